//! A rule id as a small citation; opening it says the rule in one plain
//! sentence, then where it comes from and how far the sources can be trusted.

use leptos::prelude::*;

use crate::domain::{rule, RuleId};
use crate::i18n::*;

#[component]
pub fn RuleCitation(id: RuleId) -> impl IntoView {
    let i18n = use_i18n();
    let confidence = rule(id).confidence;
    view! {
        <details class="cite">
            <summary>
                <span class="visually-hidden">{t!(i18n, citation.rule)} " "</span>
                {id.as_str()}
            </summary>
            <div class="cite__body">
                <p class="cite__rule">{move || rules::summary(i18n.get_locale(), id)}</p>
                <dl>
                    <dt>{t!(i18n, citation.source)}</dt>
                    <dd>{move || rules::source(i18n.get_locale(), id)}</dd>
                    <dt>{t!(i18n, citation.confidence)}</dt>
                    <dd>{move || rules::confidence(i18n.get_locale(), confidence)}</dd>
                </dl>
            </div>
        </details>
    }
}
