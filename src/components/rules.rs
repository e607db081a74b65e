//! A rule of the reference, in two sizes: a small citation beside what it
//! decided (its id; opening it says the rule in one plain sentence), and an
//! explanation in a list of the rules behind an answer (its id and text;
//! opening it says what other sources say). Both end with where the rule
//! comes from and how far the sources can be trusted.

use leptos::prelude::*;

use crate::domain::{rule, RuleId};
use crate::i18n::*;

/// Usage: `<RuleCitation id=RuleId::D5 />` beside a date or a sentence.
#[component]
pub fn RuleCitation(id: RuleId) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="cite">
            <summary>
                <span class="visually-hidden">{t!(i18n, citation.rule)} " "</span>
                {id.as_str()}
            </summary>
            <div class="cite__body">
                <p class="cite__rule">{move || rules::summary(i18n.get_locale(), id)}</p>
                <RuleSources id alternatives=false />
            </div>
        </details>
    }
}

/// Usage: `<RuleExplanation id=RuleId::D5 />`, once per rule that decided
/// an answer.
#[component]
pub fn RuleExplanation(id: RuleId) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="rule">
            <summary>
                <span class="rule__id">{id.as_str()}</span>
                " "
                <span class="rule__text">{move || rules::text(i18n.get_locale(), id)}</span>
            </summary>
            <RuleSources id alternatives=true class="rule__body" />
        </details>
    }
}

/// What other sources say (when asked for and there is something), where
/// the rule comes from and how sure it is.
#[component]
fn RuleSources(
    id: RuleId,
    alternatives: bool,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let confidence = rule(id).confidence;
    let alternative = move || {
        alternatives
            .then(|| rules::alternative(i18n.get_locale(), id))
            .flatten()
            .map(|other| {
                view! {
                    <dt>{t!(i18n, citation.alternatives)}</dt>
                    <dd>{other}</dd>
                }
            })
    };
    view! {
        <dl class=class>
            {alternative}
            <dt>{t!(i18n, citation.source)}</dt>
            <dd>{move || rules::source(i18n.get_locale(), id)}</dd>
            <dt>{t!(i18n, citation.confidence)}</dt>
            <dd>{move || rules::confidence(i18n.get_locale(), confidence)}</dd>
        </dl>
    }
}
