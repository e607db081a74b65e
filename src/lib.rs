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

/// Replaces the static loading shell in `#app` (or the body) with the running app.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use wasm_bindgen::JsCast;

    console_error_panic_hook::set_once();
    let document = leptos::prelude::document();
    let root = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| document.body().expect("the page has a body"));
    root.set_text_content(None);
    leptos::mount::mount_to(root, App).forget();
    offline::register();
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("disputa-mounted");
    }
}
