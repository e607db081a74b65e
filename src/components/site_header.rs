//! The header on every page: the product name, the sections and the language
//! switch. On a phone the sections fold behind a menu button, so the page
//! itself comes first.

use leptos::prelude::*;
use leptos_router::components::A;

use super::LanguageSwitch;
use crate::i18n::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let menu_open = RwSignal::new(false);
    // Following any of the links closes the menu.
    let close_on_link = move |ev: leptos::ev::MouseEvent| {
        let on_link = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| el.closest("a").ok().flatten().is_some());
        if on_link {
            menu_open.set(false);
        }
    };
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href="/" attr:class="brand">
                    {t!(i18n, app.name)}
                </A>
                <div class="site-header__tools">
                    <LanguageSwitch />
                    <button
                        type="button"
                        class="menu-button"
                        aria-controls="site-nav"
                        aria-expanded=move || menu_open.get().to_string()
                        on:click=move |_| menu_open.update(|open| *open = !*open)
                    >
                        {t!(i18n, nav.menu)}
                    </button>
                </div>
            </div>
            <nav
                id="site-nav"
                class="site-nav"
                class:site-nav--open=move || menu_open.get()
                aria-label=move || t_string!(i18n, app.nav_label)
                on:click=close_on_link
            >
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
