//! The thin adapter between the codec and the browser's `localStorage`.
//! Stored text is read and copied as the JavaScript string it is, so that
//! damaged text with lone surrogates reaches its backup exactly.

use js_sys::JsString;
use leptos::prelude::window_event_listener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::codec::{backup_key, decode, decode_utf16, Load, BACKUP_PREFIX, STATE_KEY};
use super::status::{Opened, WriteError};

#[wasm_bindgen]
extern "C" {
    /// `Storage` with `getItem` and `setItem` taking and giving JavaScript
    /// strings as they are: web-sys's own bindings pass Rust strings, which
    /// replace lone surrogates.
    #[wasm_bindgen(extends = js_sys::Object)]
    type RawStorage;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_raw(this: &RawStorage, key: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_raw(this: &RawStorage, key: &str, value: &JsValue) -> Result<(), JsValue>;
}

/// `localStorage`, or [`WriteError::Unavailable`] when the browser blocks it.
pub fn local_storage() -> Result<web_sys::Storage, WriteError> {
    match web_sys::window().map(|window| window.local_storage()) {
        Some(Ok(Some(storage))) => Ok(storage),
        _ => Err(WriteError::Unavailable),
    }
}

/// The value under `key` exactly as the browser holds it.
pub fn read_raw(key: &str) -> Result<Option<JsString>, WriteError> {
    let storage: RawStorage = local_storage()?.unchecked_into();
    let value = storage.get_raw(key).map_err(|_| WriteError::Unavailable)?;
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    value
        .dyn_into::<JsString>()
        .map(Some)
        .map_err(|_| WriteError::Other("not a string".into()))
}

/// Stores a JavaScript string under `key` as it is, and reads it back.
pub fn write_raw(key: &str, value: &JsString) -> Result<(), WriteError> {
    let storage: RawStorage = local_storage()?.unchecked_into();
    storage.set_raw(key, value).map_err(write_error)?;
    let back = storage.get_raw(key).map_err(write_error)?;
    if back == ***value {
        Ok(())
    } else {
        Err(WriteError::NotReadBack)
    }
}

/// Decodes a stored JavaScript string; the slow path through UTF-16 code
/// units is taken only when the string holds lone surrogates.
pub fn decode_raw(raw: Option<&JsString>) -> Load {
    let Some(raw) = raw else {
        return Load::Empty;
    };
    if let Some(text) = raw.as_string() {
        // `as_string` replaces lone surrogates: a faithful round trip shows there were none.
        if JsValue::from_str(&text) == ***raw {
            return decode(Some(&text));
        }
    }
    let units: Vec<u16> = raw.iter().collect();
    decode_utf16(Some(&units))
}

/// What is stored now, decoded; damaged text is not copied.
pub fn read() -> Result<Load, WriteError> {
    Ok(decode_raw(read_raw(STATE_KEY)?.as_ref()))
}

/// Reads the stored state; damaged text is copied to a backup key named
/// after `now()`, and the main key is left as it is.
pub fn open(now: impl FnOnce() -> String) -> Result<Opened, WriteError> {
    let raw = read_raw(STATE_KEY)?;
    let load = decode_raw(raw.as_ref());
    let backup = match raw {
        Some(raw) if load.needs_backup() => Some(back_up(&raw, &now())),
        _ => None,
    };
    Ok(Opened { load, backup })
}

/// Copies `raw` to a backup key, unless an earlier visit already did.
fn back_up(raw: &JsString, now: &str) -> Result<String, WriteError> {
    for key in keys_with_prefix(BACKUP_PREFIX)? {
        if read_raw(&key)?.as_ref() == Some(raw) {
            return Ok(key);
        }
    }
    for attempt in 0..100 {
        let key = backup_key(now, attempt);
        if read_raw(&key)?.is_none() {
            write_raw(&key, raw)?;
            return Ok(key);
        }
    }
    Err(WriteError::Other("no free backup key".into()))
}

/// Saves `text` under the main key; it counts as saved only once it reads
/// back the same.
pub fn write(text: &str) -> Result<(), WriteError> {
    let storage = local_storage()?;
    storage.set_item(STATE_KEY, text).map_err(write_error)?;
    match storage.get_item(STATE_KEY) {
        Ok(Some(back)) if back == text => Ok(()),
        Ok(_) => Err(WriteError::NotReadBack),
        Err(error) => Err(write_error(error)),
    }
}

/// Removes every key of the app: the state, its backups and the language.
pub fn remove_all() -> Result<(), WriteError> {
    let storage = local_storage()?;
    for key in keys_with_prefix("disputa.")? {
        storage.remove_item(&key).map_err(write_error)?;
    }
    Ok(())
}

/// The keys that start with `prefix`.
pub fn keys_with_prefix(prefix: &str) -> Result<Vec<String>, WriteError> {
    let storage = local_storage()?;
    let length = storage.length().map_err(|_| WriteError::Unavailable)?;
    Ok((0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect())
}

/// Calls `on_change` whenever another tab changes the stored state (or
/// clears the storage).
pub fn listen(on_change: impl Fn() + 'static) -> leptos::prelude::WindowListenerHandle {
    window_event_listener(leptos::ev::storage, move |event| {
        let ours = event.key().is_none_or(|key| key == STATE_KEY);
        if ours {
            on_change();
        }
    })
}

/// The browser's refusal as a typed error.
fn write_error(error: JsValue) -> WriteError {
    let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => WriteError::Quota,
        "SecurityError" => WriteError::Unavailable,
        "" => WriteError::Other("unknown".into()),
        _ => WriteError::Other(name),
    }
}
