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

/// The id of a field's hint, from its control's id.
pub fn hint_id(id: &str) -> String {
    format!("{id}-hint")
}

/// The id of a field's error, from its control's id.
pub fn error_id(id: &str) -> String {
    format!("{id}-error")
}

/// A control's `aria-describedby`: its hint when it has one, and its error
/// while there is one; nothing when neither.
pub fn described_by(
    id: &str,
    has_hint: bool,
    has_error: impl Fn() -> bool + Send + Sync + 'static,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    let (hint, error) = (hint_id(id), error_id(id));
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(hint.clone());
        }
        if has_error() {
            ids.push(error.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The error under a field, by [`error_id`]: read out when it appears, and
/// taking no room while there is none.
#[component]
pub fn FieldError(
    /// The control's id.
    id: String,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <p class="field__error" id=error_id(&id) aria-live="polite">{move || error.get()}</p>
    }
}

/// The field; `error` says in words what is wrong with the value, if anything.
pub fn text_field(
    field: Field,
    value: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + Send + Sync + 'static,
    error: impl Fn(Locale) -> Option<String> + Send + Sync + 'static,
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
    let error = Signal::derive(move || error(i18n.get_locale()));
    let described = described_by(id, hint.is_some(), move || error.with(Option::is_some));
    view! {
        <div class="field">
            <label for=id>{move || label(i18n.get_locale())}</label>
            {hint.map(|hint| view! {
                <p class="field__hint" id=hint_id(id)>{move || hint(i18n.get_locale())}</p>
            })}
            <input
                type=kind
                id=id
                inputmode=inputmode
                max=max
                autocomplete="off"
                aria-describedby=described
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=value
                on:input=move |ev| set(event_target_value(&ev))
            />
            <FieldError id=id.to_string() error />
        </div>
    }
}
