//! The button that downloads every case as a collection file
//! (`disputa-cases-YYYY-MM-DD.json`), built in the browser.

use leptos::prelude::*;

use crate::i18n::*;
use crate::storage::use_store;

#[component]
pub fn ExportButton() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let failed = RwSignal::new(false);
    let export = move |_| {
        let json = store.export_json();
        let name = crate::storage::export_file_name(crate::storage::today());
        failed.set(download(&name, &json).is_err());
    };
    view! {
        <button type="button" class="button" on:click=export>
            {t!(i18n, pages.settings.export_button)}
        </button>
        <Show when=move || failed.get()>
            <p class="notice__line" role="alert">{t!(i18n, pages.settings.export_failed)}</p>
        </Show>
    }
}

#[cfg(target_arch = "wasm32")]
fn download(name: &str, json: &str) -> Result<(), ()> {
    let contents = wasm_bindgen::JsValue::from_str(json);
    crate::storage::files::download(name, &contents, "application/json").map_err(|_| ())
}

#[cfg(not(target_arch = "wasm32"))]
fn download(_name: &str, _json: &str) -> Result<(), ()> {
    Err(())
}
