//! A rule of the reference explained: its id and plain text, and on opening,
//! what other sources say, where it comes from and how sure it is.

use leptos::prelude::*;

use crate::domain::{rule, RuleId};
use crate::i18n::*;

/// Usage: `<RuleExplanation id=RuleId::D5 />`, once per rule that decided
/// an answer.
#[component]
pub fn RuleExplanation(id: RuleId) -> impl IntoView {
    let i18n = use_i18n();
    let confidence = rule(id).confidence;
    let alternative = move || rules::alternative(i18n.get_locale(), id);
    view! {
        <details class="rule">
            <summary>
                <span class="rule__id">{id.as_str()}</span>
                " "
                <span class="rule__text">{move || rules::text(i18n.get_locale(), id)}</span>
            </summary>
            <dl class="rule__body">
                {move || {
                    alternative()
                        .map(|other| {
                            view! {
                                <dt>{t!(i18n, citation.alternatives)}</dt>
                                <dd>{other}</dd>
                            }
                        })
                }}
                <dt>{t!(i18n, citation.source)}</dt>
                <dd>{move || rules::source(i18n.get_locale(), id)}</dd>
                <dt>{t!(i18n, citation.confidence)}</dt>
                <dd>{move || rules::confidence(i18n.get_locale(), confidence)}</dd>
            </dl>
        </details>
    }
}
