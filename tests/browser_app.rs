//! The app mounted in headless Chromium: the language switch and `?lang=`.
#![cfg(target_arch = "wasm32")]

mod support;

use disputa::i18n::{td_string, Locale};
use disputa::storage::STATE_KEY;
use leptos::prelude::*;
use support::{button, mount_app, storage, ticks, window};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Puts the page at `url` with the given remembered language, and mounts the
/// app in a fresh element.
fn mount_at(
    url: &str,
    stored: Option<&str>,
) -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    storage().clear().unwrap();
    if let Some(lang) = stored {
        let state = format!(
            r#"{{"format":"disputa.state","version":1,"revision":1,"saved_at":"2026-11-01T09:00:00.000Z","cases":[],"settings":{{"language":"{lang}"}}}}"#
        );
        storage().set_item(STATE_KEY, &state).unwrap();
    }
    mount_app(url)
}

/// The language remembered in the stored state's settings.
fn stored_language() -> Option<String> {
    let text = storage().get_item(STATE_KEY).unwrap()?;
    let state: serde_json::Value = serde_json::from_str(&text).unwrap();
    state["settings"]["language"].as_str().map(str::to_string)
}

/// Lets the app settle: five turns of the task queue.
async fn settle() {
    ticks(5).await;
}

fn heading(root: &web_sys::HtmlElement) -> String {
    root.query_selector("main h1")
        .unwrap()
        .expect("a main heading")
        .text_content()
        .unwrap()
}

fn html_lang() -> String {
    window()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
        .get_attribute("lang")
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn switching_to_spanish_changes_heading_lang_and_stored_choice() {
    let (root, _handle) = mount_at("/?lang=en", None);
    settle().await;
    assert_eq!(heading(&root), td_string!(Locale::en, home.title));

    button(&root, "Español").click();
    settle().await;

    assert_eq!(heading(&root), td_string!(Locale::es, home.title));
    assert_eq!(html_lang(), "es");
    assert_eq!(stored_language().as_deref(), Some("es"));
    root.remove();
}

#[wasm_bindgen_test]
async fn query_language_wins_over_the_stored_choice_and_is_remembered() {
    let (root, _handle) = mount_at("/protection?lang=es", Some("en"));
    settle().await;

    assert_eq!(heading(&root), td_string!(Locale::es, protection.title));
    assert_eq!(html_lang(), "es");
    assert_eq!(stored_language().as_deref(), Some("es"));
    root.remove();
}

#[wasm_bindgen_test]
async fn stored_choice_is_used_without_a_query() {
    let (root, _handle) = mount_at("/", Some("es"));
    settle().await;

    assert_eq!(heading(&root), td_string!(Locale::es, home.title));
    assert_eq!(html_lang(), "es");
    root.remove();
}
