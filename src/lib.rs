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
#[cfg(target_arch = "wasm32")]
mod takeover;

pub use app::App;

/// Replaces the static loading shell in `#app` (or the body), or the page
/// rendered at build time, with the running app, once the code of the page
/// at the address is here. The app is added first, and what it replaces is
/// taken away just before the next frame is painted, when the page's own
/// content has come in: nothing is painted in between, and the page never
/// gets shorter, so it keeps its scroll. Until then a rendered page hides
/// the app's (see the stylesheet's `[data-prerendered]` rules), so the page
/// never holds two of anything. What the buyer did on the rendered page
/// carries over ([`takeover`]).
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
        takeover::after_first_paint().await;
        let replaced = takeover::Replaced::children_of(&root);
        leptos::mount::mount_to(root.clone(), App).forget();
        leptos::prelude::request_animation_frame(move || {
            replaced.replace_in(&root);
            offline::register();
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("disputa-mounted");
            }
        });
    });
}
