//! The eligibility wizard's draft on this device: kept apart from the cases,
//! under its own key, as the draft's fields beside a format version. A draft
//! that cannot be read, or of another version, is ignored, never repaired.

use serde::{Deserialize, Serialize};

use crate::domain::wizard::Draft;

/// Where the draft is kept between visits, apart from the cases.
pub const DRAFT_KEY: &str = "disputa.draft.eligibility";
/// The shape of the stored draft; another version is ignored.
pub const DRAFT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Written<'a> {
    version: u32,
    #[serde(flatten)]
    draft: &'a Draft,
}

#[derive(Deserialize)]
struct Read {
    #[serde(default = "current_version")]
    version: u32,
    #[serde(flatten)]
    draft: Draft,
}

fn current_version() -> u32 {
    DRAFT_VERSION
}

/// Reads a stored draft; `None` when it is damaged or of another version.
pub fn read_draft(text: &str) -> Option<Draft> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    // Serde would also read a struct from a list; a draft is an object.
    if !value.is_object() {
        return None;
    }
    serde_json::from_value::<Read>(value)
        .ok()
        .filter(|read| read.version == DRAFT_VERSION)
        .map(|read| read.draft)
}

/// The draft as it is stored.
pub fn write_draft(draft: &Draft) -> String {
    let written = Written {
        version: DRAFT_VERSION,
        draft,
    };
    serde_json::to_string(&written).unwrap_or_default()
}

/// How the stored draft was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loaded {
    Fresh,
    Restored,
    /// There was a draft, but it could not be read: it is ignored.
    Damaged,
    /// The browser does not let the page read its storage.
    Unavailable,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored draft, or a fresh one and why.
pub fn load_draft() -> (Draft, Loaded) {
    let Some(storage) = local_storage() else {
        return (Draft::default(), Loaded::Unavailable);
    };
    match storage.get_item(DRAFT_KEY) {
        Ok(None) => (Draft::default(), Loaded::Fresh),
        Ok(Some(text)) => match read_draft(&text) {
            Some(draft) => (draft, Loaded::Restored),
            None => (Draft::default(), Loaded::Damaged),
        },
        Err(_) => (Draft::default(), Loaded::Unavailable),
    }
}

/// Keeps the draft; `false` when the browser refuses it.
pub fn save_draft(draft: &Draft) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(DRAFT_KEY, &write_draft(draft)).is_ok())
}

/// Forgets the draft once it became a case.
pub fn clear_draft() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(DRAFT_KEY);
    }
}
