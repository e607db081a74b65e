//! Answers kept for as long as the browser tab is open (sessionStorage), so
//! a buyer who leaves a guide page to look at AliExpress finds it as they
//! left it. Nothing here outlives the tab.

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// The before-you-buy check's answers.
pub const LISTING_ANSWERS_KEY: &str = "disputa.session.before_you_buy";

/// The returns page's answers.
pub const RETURNS_ANSWERS_KEY: &str = "disputa.session.returns";

/// A signal that starts from what `key` holds in this tab, or the default,
/// and writes every change back.
pub fn session_answers<T>(key: &'static str) -> RwSignal<T>
where
    T: Serialize + DeserializeOwned + Default + Send + Sync + 'static,
{
    let answers = RwSignal::new(read(key).unwrap_or_default());
    // The first run only subscribes: writing back what was just read could
    // replace answers saved by a newer version with this version's default.
    Effect::new(move |previous: Option<()>| {
        answers.with(|value| {
            if previous.is_some() {
                write(key, value);
            }
        });
    });
    answers
}

/// The tab's storage; `None` where the browser blocks it (reaching it then
/// throws, which must not stop the page).
#[cfg(target_arch = "wasm32")]
fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Unreadable or old-shaped answers start the page afresh.
#[cfg(target_arch = "wasm32")]
fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = session_storage()?.get_item(key).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Blocked storage keeps the answers for this visit of the page only, which
/// is all that can be done.
#[cfg(target_arch = "wasm32")]
fn write<T: Serialize>(key: &str, value: &T) {
    if let (Some(storage), Ok(text)) = (session_storage(), serde_json::to_string(value)) {
        let _ = storage.set_item(key, &text);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn read<T: DeserializeOwned>(_key: &str) -> Option<T> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
fn write<T: Serialize>(_key: &str, _value: &T) {}
