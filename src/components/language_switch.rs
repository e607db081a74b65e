//! English / Español: switches every string at once and remembers the choice.

use leptos::prelude::*;

use crate::i18n::*;
use crate::storage::use_store;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let choose = move |locale: Locale| {
        i18n.set_locale(locale);
        // Where nothing can be stored the choice lasts for this visit, and
        // the storage notice says why.
        let _ = store.set_language(locale.as_str());
    };
    let option = move |locale: Locale, name: &'static str| {
        view! {
            <button
                type="button"
                class="lang-switch__option"
                lang=locale.as_str()
                aria-pressed=move || (i18n.get_locale() == locale).to_string()
                on:click=move |_| choose(locale)
            >
                {name}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=move || t_string!(i18n, lang.label)>
            {option(Locale::en, td_string!(Locale::en, lang.en))}
            {option(Locale::es, td_string!(Locale::es, lang.es))}
        </div>
    }
}
