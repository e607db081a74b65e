//! Keeping the buyer's cases on this device: the stored format and its
//! decoder (pure, tested natively), merging, importing, the browser adapter,
//! and the store that the pages use.

pub mod codec;
mod device;
pub mod import;
pub mod merge;
pub mod migrate;
pub mod session;
pub mod status;
pub mod store;
pub mod wizard_draft;

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
    format!("disputa-cases-{}.json", crate::domain::format_date(date))
}

/// The buyer's calendar date now.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// A fresh case id, unique on this device: the time now in milliseconds and
/// a random part, both in base 36 (`c-lx3k9a2f-4h7q`).
pub fn new_case_id() -> String {
    let millis = chrono::Utc::now().timestamp_millis().unsigned_abs();
    format!("c-{}-{}", base36(millis), base36(random_part()))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("base 36 digits are ASCII")
}

#[cfg(target_arch = "wasm32")]
fn random_part() -> u64 {
    (js_sys::Math::random() * 36f64.powi(6)) as u64
}

/// Natively the ids only need to differ within one run.
#[cfg(not(target_arch = "wasm32"))]
fn random_part() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_ids_differ_and_use_base_36() {
        let first = new_case_id();
        let second = new_case_id();
        assert_ne!(first, second);
        assert!(first.starts_with("c-"));
        assert!(first[2..]
            .chars()
            .all(|c| c == '-' || c.is_ascii_digit() || c.is_ascii_lowercase()));
    }

    #[test]
    fn base36_writes_zero_and_large_numbers() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
    }
}
