//! Offline use: the release build registers `sw.js`, which the build writes
//! (`xtask post-build`) with the list of the app's files to keep, so a
//! buyer can open the app and their cases without a network.

/// The service worker's address: the app is served from the site root, and
/// a worker controls only the pages under its own path.
pub const SERVICE_WORKER_URL: &str = "/sw.js";

/// Registers the service worker in release builds, in the background.
///
/// Development builds skip it, so `trunk serve` always shows the code just
/// built. A browser without service workers (an address that is not secure,
/// a sandboxed frame, some private modes) runs the app online as before, so
/// every failure is ignored.
#[cfg(target_arch = "wasm32")]
pub fn register() {
    use wasm_bindgen::{JsCast, JsValue};

    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    // Read through Reflect: the property is missing on insecure addresses and
    // throws in a sandboxed frame, and neither may stop the app.
    let Ok(container) =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker"))
    else {
        return;
    };
    let Ok(container) = container.dyn_into::<web_sys::ServiceWorkerContainer>() else {
        return;
    };
    let registration = container.register(SERVICE_WORKER_URL);
    wasm_bindgen_futures::spawn_local(async move {
        // A refused registration (storage full, a policy) leaves the app online only.
        let _ = wasm_bindgen_futures::JsFuture::from(registration).await;
    });
}
