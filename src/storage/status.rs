//! Where the stored cases stand, and why a save failed: plain types that the
//! store, the notices and the tests share.

use super::codec::{Damage, Load};
use crate::domain::Case;

/// Why a save did not happen or did not stick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's storage for this site is full.
    Quota,
    /// The browser does not let the site keep data (blocked, private mode).
    Unavailable,
    /// The write raised no error, but reading it back gave something else.
    NotReadBack,
    /// Any other refusal, with the browser's name for it.
    Other(String),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Quota => f.write_str("the storage is full"),
            WriteError::Unavailable => f.write_str("the storage is not available"),
            WriteError::NotReadBack => f.write_str("the saved data did not read back"),
            WriteError::Other(name) => write!(f, "the browser refused the write ({name})"),
        }
    }
}

impl std::error::Error for WriteError {}

/// What the app knows about the stored cases. Only [`StorageStatus::Saved`]
/// means that what the buyer sees is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageStatus {
    /// Everything shown is stored (an empty start included).
    Saved,
    /// The last change is shown but is not stored.
    NotSaved(WriteError),
    /// The browser keeps nothing: the cases last as long as the tab.
    MemoryOnly,
    /// The stored data could not be read; it is left untouched until the
    /// buyer chooses what to do.
    Damaged(DamagedData),
    /// Stored by a newer version of the app: read-only.
    Newer { version: u64 },
}

/// Stored data that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedData {
    pub problems: Vec<Damage>,
    /// The key the data was copied to, or why the copy failed.
    pub backup: Result<String, WriteError>,
    /// The cases that still read on their own.
    pub readable: Vec<Case>,
}

impl StorageStatus {
    /// Whether the buyer may change the cases: not while stored data waits
    /// for a decision or belongs to a newer version.
    pub fn accepts_changes(&self) -> bool {
        !matches!(
            self,
            StorageStatus::Damaged(_) | StorageStatus::Newer { .. }
        )
    }
}

/// What was stored when the app opened, and where damaged text was copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub load: Load,
    /// For damaged text: the backup key, or why the copy failed.
    pub backup: Option<Result<String, WriteError>>,
}
