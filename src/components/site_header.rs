//! The header on every page: the product name, the sections and the language switch.

use leptos::prelude::*;
use leptos_router::components::A;

use super::LanguageSwitch;
use crate::i18n::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href="/" attr:class="brand">
                    {t!(i18n, app.name)}
                </A>
                <LanguageSwitch />
            </div>
            <nav class="site-nav" aria-label=move || t_string!(i18n, app.nav_label)>
                <ul>
                    <li><A href="/before-you-buy">{t!(i18n, nav.before_you_buy)}</A></li>
                    <li><A href="/protection">{t!(i18n, nav.protection)}</A></li>
                    <li><A href="/eligibility">{t!(i18n, nav.eligibility)}</A></li>
                    <li><A href="/file">{t!(i18n, nav.file)}</A></li>
                    <li><A href="/cases">{t!(i18n, nav.cases)}</A></li>
                    <li><A href="/returns">{t!(i18n, nav.returns)}</A></li>
                    <li><A href="/settings">{t!(i18n, nav.settings)}</A></li>
                </ul>
            </nav>
        </header>
    }
}
