//! /settings: the language, and the cases kept on this device.

use leptos::prelude::*;

use crate::components::{LanguageSwitch, PageHeading};
use crate::i18n::*;

#[component]
pub fn Settings() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, pages.settings.title).to_string());
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, pages.settings.lead)}</p>
        <section class="card" aria-labelledby="settings-language">
            <h2 id="settings-language">{t!(i18n, lang.label)}</h2>
            <LanguageSwitch />
        </section>
    }
}
