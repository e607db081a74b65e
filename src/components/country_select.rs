//! The delivery country, chosen from the free-return countries of the
//! policy (R1) or "another country".

use leptos::prelude::*;

use crate::domain::{Policy, OTHER_COUNTRY};
use crate::i18n::countries::country_name;
use crate::i18n::*;

/// A select labelled `label`; `value` is an ISO code, [`OTHER_COUNTRY`] or
/// nothing yet.
pub fn country_select(
    id: &'static str,
    label: fn(Locale) -> &'static str,
    value: impl Fn() -> Option<String> + Send + Sync + Clone + 'static,
    set: impl Fn(Option<String>) + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let current = value.clone();
    let other = value.clone();
    let options = move || {
        let locale = i18n.get_locale();
        let mut countries: Vec<(&'static str, &'static str)> = Policy::default()
            .free_return_countries
            .iter()
            .map(|code| (*code, country_name(locale, code).unwrap_or(code)))
            .collect();
        countries.sort_by_key(|(_, name)| *name);
        let value = value.clone();
        countries
            .into_iter()
            .map(|(code, name)| {
                let value = value.clone();
                view! {
                    <option value=code selected=move || value().as_deref() == Some(code)>{name}</option>
                }
            })
            .collect_view()
    };
    let nothing_chosen = move || current().is_none();
    let other_chosen = move || other().as_deref() == Some(OTHER_COUNTRY);
    view! {
        <div class="field">
            <label for=id>{move || label(i18n.get_locale())}</label>
            <p class="field__hint" id=hint_id.clone()>{t!(i18n, buy.country.hint)}</p>
            <select
                id=id
                aria-describedby=hint_id
                on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    set((!chosen.is_empty()).then_some(chosen));
                }
            >
                <option value="" selected=nothing_chosen>{t!(i18n, buy.country.choose)}</option>
                {options}
                <option value=OTHER_COUNTRY selected=other_chosen>{t!(i18n, buy.country.other)}</option>
            </select>
        </div>
    }
}
