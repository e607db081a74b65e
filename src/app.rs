//! The application: locale provider, router and the page layout around every route.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{SiteFooter, SiteHeader, StorageNotice};
use crate::i18n::*;
use crate::pages::{
    BeforeYouBuy, CaseDetail, Cases, Eligibility, FileGuide, Home, NotFound, Protection, Returns,
    Settings,
};
use leptos_i18n::I18nContext;

/// The whole app. Mount it with [`crate::mount`].
#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <Router>
                <Layout />
            </Router>
        </I18nContextProvider>
    }
}

#[component]
fn Layout() -> impl IntoView {
    let store = crate::storage::provide_store();
    let i18n = use_i18n();
    apply_initial_locale(i18n, store);

    let skip_to_main = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {t!(i18n, app.skip_to_content)}
        </a>
        <SiteHeader />
        <main id="main" class="page" tabindex="-1">
            <StorageNotice />
            <Routes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/") view=Home />
                <Route path=path!("/before-you-buy") view=BeforeYouBuy />
                <Route path=path!("/protection") view=Protection />
                <Route path=path!("/eligibility") view=Eligibility />
                <Route path=path!("/file") view=FileGuide />
                <Route path=path!("/cases") view=Cases />
                <Route path=path!("/cases/:id") view=CaseDetail />
                <Route path=path!("/returns") view=Returns />
                <Route path=path!("/settings") view=Settings />
            </Routes>
        </main>
        <SiteFooter />
    }
}

/// The provider starts from the browser's languages; the address and the
/// buyer's remembered choice take over once its own start-up has run.
fn apply_initial_locale(i18n: I18nContext<Locale>, store: crate::storage::Store) {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos_i18n::Locale as _;
        let (initial, from_query) = language::initial_locale(store.language().as_deref());
        if let Some(locale) = from_query {
            // Storage may be unavailable or read-only: the choice then lasts
            // for this visit, and the storage notice says why.
            let _ = store.set_language(locale.as_str());
        }
        Effect::new(move |_| i18n.set_locale(initial));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (i18n, store);
}
