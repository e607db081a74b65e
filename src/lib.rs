//! Disputa: guides AliExpress buyers from "should I buy this?" to "the refund is on my card".
//!
//! `domain` is pure Rust (the rules engine); `storage` keeps the cases on the
//! device; everything else is the browser app.

pub mod app;
pub mod calendar;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod offline;
pub mod pages;
pub mod storage;

pub use app::App;

/// Replaces the static loading shell in `#app` (or the body) with the running
/// app, once the code of the page at the address is here.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use wasm_bindgen::JsCast;

    console_error_panic_hook::set_once();
    let document = leptos::prelude::document();
    let root = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| document.body().expect("the page has a body"));
    // A page loaded on its first visit comes first, so that it shows with
    // the layout (see `app::load_page_at`); the loading shell stays meanwhile.
    let path = leptos::prelude::window()
        .location()
        .pathname()
        .unwrap_or_default();
    wasm_bindgen_futures::spawn_local(async move {
        app::load_page_at(&path).await;
        root.set_text_content(None);
        leptos::mount::mount_to(root, App).forget();
        offline::register();
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("disputa-mounted");
        }
    });
}
