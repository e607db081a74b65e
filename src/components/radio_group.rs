//! One question answered by picking one choice: radio buttons in a fieldset
//! whose legend is the question, usable with arrow keys.

use leptos::prelude::*;

use crate::components::RuleCitation;
use crate::domain::RuleId;
use crate::i18n::*;

/// A text of the locale files, looked up in the current language.
pub type Words = fn(Locale) -> &'static str;

/// A radio group named `name` (also the prefix of its ids). `selected` reads
/// the current answer, `pick` stores a new one.
pub fn radio_group<T>(
    name: &'static str,
    legend: Words,
    hint: Option<Words>,
    rules: &'static [RuleId],
    choices: Vec<(T, Words)>,
    selected: impl Fn() -> Option<T> + Send + Sync + Clone + 'static,
    pick: impl Fn(T) + Send + Sync + Clone + 'static,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let hint_id = format!("{name}-hint");
    let described = hint.map(|_| hint_id.clone());
    let options = choices
        .into_iter()
        .enumerate()
        .map(|(index, (value, label))| {
            let id = format!("{name}-{index}");
            let selected = selected.clone();
            let pick = pick.clone();
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name=name
                        prop:checked=move || selected() == Some(value)
                        on:change=move |_| pick(value)
                    />
                    <label for=id>{move || label(i18n.get_locale())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="question" aria-describedby=described>
            <legend>{move || legend(i18n.get_locale())}</legend>
            {(!rules.is_empty()).then(|| view! {
                <div class="question__rules">
                    {rules.iter().map(|id| view! { <RuleCitation id=*id /> }).collect_view()}
                </div>
            })}
            {hint.map(|hint| view! {
                <p class="question__hint" id=hint_id>{move || hint(i18n.get_locale())}</p>
            })}
            <div class="choices">{options}</div>
        </fieldset>
    }
}
