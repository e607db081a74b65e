//! Keeping the buyer's cases on this device: the stored format and its
//! decoder (pure, tested natively), merging, importing, the browser adapter,
//! and the store that the pages use.

pub mod codec;
pub mod import;
pub mod merge;
pub mod status;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod files;

pub use codec::{Damage, Load, State, STATE_KEY};
pub use import::{plan_import, ImportError, ImportPlan, ImportProblem, MAX_IMPORT_BYTES};
pub use status::{StorageStatus, WriteError};
pub use store::{provide_store, use_store, Store, StoreError};

/// The name of an export made on `date`: `disputa-cases-YYYY-MM-DD.json`.
pub fn export_file_name(date: chrono::NaiveDate) -> String {
    format!("disputa-cases-{}.json", date.format("%Y-%m-%d"))
}

/// The buyer's calendar date now.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
