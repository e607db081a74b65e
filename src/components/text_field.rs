//! A typed answer (an amount, a number, a date) with its label, hint and an
//! error that is read out when it appears.

use leptos::prelude::*;

use crate::components::Words;
use crate::i18n::*;

/// What the field is and how it behaves; the value is stored by `set`.
pub struct Field {
    pub id: &'static str,
    pub label: Words,
    pub hint: Option<Words>,
    /// `text` with `inputmode` for numbers, so "12,50" can be typed and
    /// checked by the app; `date` for dates.
    pub kind: &'static str,
    pub inputmode: Option<&'static str>,
    pub max: Option<String>,
}

/// The field; `error` says in words what is wrong with the value, if anything.
pub fn text_field(
    field: Field,
    value: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + Send + Sync + 'static,
    error: impl Fn(Locale) -> Option<String> + Send + Sync + Clone + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let Field {
        id,
        label,
        hint,
        kind,
        inputmode,
        max,
    } = field;
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some();
    let described = {
        let error = error.clone();
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error(i18n.get_locale()).is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = {
        let error = error.clone();
        move || error(i18n.get_locale()).map(|_| "true")
    };
    view! {
        <div class="field">
            <label for=id>{move || label(i18n.get_locale())}</label>
            {hint.map(|hint| view! {
                <p class="field__hint" id=hint_id>{move || hint(i18n.get_locale())}</p>
            })}
            <input
                type=kind
                id=id
                inputmode=inputmode
                max=max
                autocomplete="off"
                aria-describedby=described
                aria-invalid=invalid
                prop:value=value
                on:input=move |ev| set(event_target_value(&ev))
            />
            <p class="field__error" id=error_id aria-live="polite">
                {move || error(i18n.get_locale())}
            </p>
        </div>
    }
}
