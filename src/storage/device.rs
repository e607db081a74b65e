//! The store's four touches of the device: the browser's storage in a
//! browser build; a native build has none, so its store keeps the cases in
//! memory and says so.

use super::codec::Load;
use super::status::{Opened, WriteError};
#[cfg(target_arch = "wasm32")]
use super::store::now;

#[cfg(target_arch = "wasm32")]
pub(super) fn open_storage() -> Result<Opened, WriteError> {
    super::browser::open(now)
}

#[cfg(target_arch = "wasm32")]
pub(super) fn read_storage() -> Result<Load, WriteError> {
    super::browser::read()
}

#[cfg(target_arch = "wasm32")]
pub(super) fn write_storage(text: &str) -> Result<(), WriteError> {
    super::browser::write(text)
}

#[cfg(target_arch = "wasm32")]
pub(super) fn clear_storage() -> Result<(), WriteError> {
    super::browser::remove_all()
}

#[cfg(not(target_arch = "wasm32"))]
pub(super) fn open_storage() -> Result<Opened, WriteError> {
    Err(WriteError::Unavailable)
}

#[cfg(not(target_arch = "wasm32"))]
pub(super) fn read_storage() -> Result<Load, WriteError> {
    Err(WriteError::Unavailable)
}

#[cfg(not(target_arch = "wasm32"))]
pub(super) fn write_storage(_text: &str) -> Result<(), WriteError> {
    Err(WriteError::Unavailable)
}

#[cfg(not(target_arch = "wasm32"))]
pub(super) fn clear_storage() -> Result<(), WriteError> {
    Err(WriteError::Unavailable)
}
