//! The cases of this device as signals in context: pages read them and
//! change them through the store, which saves every change, merges changes
//! from other tabs and reports, without ever hiding it, when the cases are
//! not kept.
//!
//! Usage: `provide_store()` once near the root (`Layout` does), then in a
//! component:
//!
//! ```no_run
//! use disputa::storage::use_store;
//! use leptos::prelude::*;
//!
//! #[component]
//! fn CaseCount() -> impl IntoView {
//!     let store = use_store();
//!     view! { <p>{move || store.cases().with(Vec::len)}</p> }
//! }
//! ```

use chrono::NaiveDate;
use leptos::prelude::*;
use serde_json::{Map, Value};

use super::codec::{encode, Load, State, LANGUAGE_SETTING};
use super::device::{clear_storage, open_storage, read_storage, write_storage};
use super::import::apply_import;
use super::merge::merge;
use super::status::{DamagedData, StorageStatus, WriteError};
use crate::domain::{cases_to_collection_json, overview, Case, Overview, Policy};

/// Why a change was refused or not kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The stored data is damaged or newer: nothing may change it now.
    ReadOnly,
    /// No case has this id.
    NoSuchCase,
    /// The change is shown but not stored (the status says why).
    NotKept(WriteError),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::ReadOnly => f.write_str("the stored cases are read-only"),
            StoreError::NoSuchCase => f.write_str("no case has this id"),
            StoreError::NotKept(error) => write!(f, "the change was not kept: {error}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A deleted case and where it was, until it is restored or forgotten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleted {
    pub case: Case,
    pub index: usize,
}

/// The cases and their storage, shared through context. Cheap to copy.
#[derive(Debug, Clone, Copy)]
pub struct Store {
    cases: RwSignal<Vec<Case>>,
    status: RwSignal<StorageStatus>,
    deleted: RwSignal<Option<Deleted>>,
    /// The versions that merges with other tabs' saves did not keep.
    set_aside: RwSignal<Vec<Case>>,
    /// The state as last read from or written to storage: the common
    /// ancestor of a merge with another tab's save.
    synced: StoredValue<State>,
    /// The date the overview is worked out for.
    today: RwSignal<NaiveDate>,
    /// Every case assessed and sorted, again only when the cases or the
    /// date change.
    overview: Memo<Overview>,
}

/// Opens the stored cases, listens for other tabs' changes and provides
/// the store to every component below.
pub fn provide_store() -> Store {
    let store = Store::open();
    provide_context(store);
    #[cfg(target_arch = "wasm32")]
    {
        let handle = super::browser::listen(move || store.other_tab_changed());
        on_cleanup(move || handle.remove());
    }
    store
}

/// The store provided by [`provide_store`].
pub fn use_store() -> Store {
    expect_context::<Store>()
}

/// Now, as the RFC 3339 time the cases and the state record.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Store {
    fn open() -> Store {
        let cases = RwSignal::new(Vec::new());
        let today = RwSignal::new(super::today());
        let store = Store {
            cases,
            status: RwSignal::new(StorageStatus::MemoryOnly),
            deleted: RwSignal::new(None),
            set_aside: RwSignal::new(Vec::new()),
            synced: StoredValue::new(State::default()),
            today,
            overview: Memo::new(move |_| {
                let today = today.get();
                cases.with(|cases| overview(cases, &Policy::default(), today))
            }),
        };
        store.reopen();
        store
    }

    /// Reads the storage again from scratch, as on start-up.
    fn reopen(self) {
        let (cases, status, synced) = match open_storage() {
            Err(_) => (Vec::new(), StorageStatus::MemoryOnly, State::default()),
            Ok(opened) => match opened.load {
                Load::Empty => (Vec::new(), StorageStatus::Saved, State::default()),
                Load::Ready { state, .. } => (state.cases.clone(), StorageStatus::Saved, state),
                Load::Damaged { problems, readable } => {
                    let backup = opened.backup.unwrap_or(Err(WriteError::NotReadBack));
                    let data = DamagedData {
                        problems,
                        backup,
                        readable: readable.clone(),
                    };
                    (readable, StorageStatus::Damaged(data), State::default())
                }
                Load::Newer { version, readable } => {
                    (readable, StorageStatus::Newer { version }, State::default())
                }
            },
        };
        self.synced.set_value(synced);
        self.cases.set(cases);
        self.status.set(status);
    }

    /// Every case, in the order the buyer added them.
    pub fn cases(&self) -> Signal<Vec<Case>> {
        self.cases.into()
    }

    /// Every case assessed as of today and sorted for the list (see
    /// [`overview`]). It is worked out when first read and then only again
    /// when the cases or the date change, so every visit to the list after
    /// the first finds it ready.
    pub fn overview(&self) -> Memo<Overview> {
        let today = super::today();
        if self.today.get_untracked() != today {
            self.today.set(today);
        }
        self.overview
    }

    /// Works the overview out now, if the cases or the date changed since,
    /// so that the list opens without waiting for it.
    pub fn prepare_overview(&self) {
        self.overview().with_untracked(|_| ());
    }

    /// Where the stored cases stand.
    pub fn status(&self) -> Signal<StorageStatus> {
        self.status.into()
    }

    /// The case last deleted, while it can still be restored.
    pub fn last_deleted(&self) -> Signal<Option<Deleted>> {
        self.deleted.into()
    }

    /// The cases that this tab and another both changed: for each, the
    /// version that was not kept (the later change of each was).
    pub fn set_aside(&self) -> Signal<Vec<Case>> {
        self.set_aside.into()
    }

    /// Replaces a case with the version set aside by a merge, which then
    /// counts as the latest change.
    pub fn use_set_aside(&self, id: &str) -> Result<(), StoreError> {
        let version = self
            .set_aside
            .with_untracked(|cases| cases.iter().find(|case| case.id == id).cloned())
            .ok_or(StoreError::NoSuchCase)?;
        self.upsert(version)?;
        self.set_aside
            .update(|cases| cases.retain(|case| case.id != id));
        Ok(())
    }

    /// Forgets the versions set aside, once the buyer has seen them.
    pub fn dismiss_set_aside(&self) {
        self.set_aside.set(Vec::new());
    }

    /// The case with `id`.
    pub fn case(&self, id: &str) -> Option<Case> {
        self.cases
            .with_untracked(|cases| cases.iter().find(|case| case.id == id).cloned())
    }

    /// Adds a case, or replaces the case with its id, stamping
    /// `updated_at` (and `created_at` for a new one) with the time now.
    pub fn upsert(&self, mut case: Case) -> Result<(), StoreError> {
        self.change(|cases| {
            let stamp = now();
            case.updated_at = Some(stamp.clone());
            match cases.iter_mut().find(|known| known.id == case.id) {
                Some(known) => {
                    case.created_at = case.created_at.take().or(known.created_at.clone());
                    *known = case;
                }
                None => {
                    case.created_at.get_or_insert(stamp);
                    cases.push(case);
                }
            }
            Ok(())
        })
    }

    /// Deletes the case with `id`; [`Store::undo_delete`] restores it.
    pub fn delete(&self, id: &str) -> Result<(), StoreError> {
        let mut deleted = None;
        let result = self.change(|cases| {
            let index = cases
                .iter()
                .position(|case| case.id == id)
                .ok_or(StoreError::NoSuchCase)?;
            deleted = Some(Deleted {
                case: cases.remove(index),
                index,
            });
            Ok(())
        });
        if deleted.is_some() {
            self.deleted.set(deleted);
        }
        result
    }

    /// Restores the case deleted last, where it was.
    pub fn undo_delete(&self) -> Result<(), StoreError> {
        let Some(deleted) = self.deleted.get_untracked() else {
            return Err(StoreError::NoSuchCase);
        };
        let result = self.change(|cases| {
            if !cases.iter().any(|case| case.id == deleted.case.id) {
                let index = deleted.index.min(cases.len());
                cases.insert(index, deleted.case.clone());
            }
            Ok(())
        });
        if !matches!(result, Err(StoreError::ReadOnly)) {
            self.deleted.set(None);
        }
        result
    }

    /// Replaces every case at once.
    pub fn replace_all(&self, replacement: Vec<Case>) -> Result<(), StoreError> {
        self.change(|cases| {
            *cases = replacement;
            Ok(())
        })
    }

    /// Merges imported cases by id (see [`apply_import`]).
    pub fn import(&self, imported: &[Case]) -> Result<(), StoreError> {
        self.change(|cases| {
            *cases = apply_import(cases, imported);
            Ok(())
        })
    }

    /// The cases as a collection file (`disputa.cases`).
    pub fn export_json(&self) -> String {
        self.cases
            .with_untracked(|cases| cases_to_collection_json(cases))
    }

    /// Tries the last failed save again.
    pub fn retry_save(&self) -> Result<(), StoreError> {
        self.change(|_| Ok(()))
    }

    /// Replaces damaged stored data with a fresh state, empty or with the
    /// cases that could still be read. The damaged data stays in its backup.
    pub fn start_afresh(&self, keep_readable: bool) -> Result<(), StoreError> {
        let StorageStatus::Damaged(data) = self.status.get_untracked() else {
            return Err(StoreError::ReadOnly);
        };
        let cases = if keep_readable {
            data.readable
        } else {
            Vec::new()
        };
        let state = State {
            revision: 1,
            saved_at: now(),
            cases,
            settings: Default::default(),
        };
        self.cases.set(state.cases.clone());
        self.deleted.set(None);
        self.write_state(state)
    }

    /// Deletes the cases, their backups and the settings from this device.
    pub fn delete_all(&self) -> Result<(), StoreError> {
        let removed = clear_storage();
        self.cases.set(Vec::new());
        self.deleted.set(None);
        self.set_aside.set(Vec::new());
        self.synced.set_value(State::default());
        match removed {
            Ok(()) => {
                self.status.set(StorageStatus::Saved);
                Ok(())
            }
            Err(WriteError::Unavailable) => {
                self.status.set(StorageStatus::MemoryOnly);
                Ok(())
            }
            Err(error) => {
                self.status.set(StorageStatus::NotSaved(error.clone()));
                Err(StoreError::NotKept(error))
            }
        }
    }

    /// Applies `edit` to the cases shown, then saves them.
    fn change(
        &self,
        edit: impl FnOnce(&mut Vec<Case>) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        if !self.status.with_untracked(StorageStatus::accepts_changes) {
            return Err(StoreError::ReadOnly);
        }
        let mut cases = self.cases.get_untracked();
        edit(&mut cases)?;
        self.cases.set(cases);
        self.save()
    }

    /// The buyer's remembered language tag (`en`, `es`), if any.
    pub fn language(&self) -> Option<String> {
        self.synced.with_value(|state| {
            state
                .settings
                .get(LANGUAGE_SETTING)
                .and_then(|value| value.as_str())
                .map(str::to_string)
        })
    }

    /// Remembers the buyer's language in the stored settings. Where nothing
    /// can be stored the choice lasts for this visit, and the status says why.
    pub fn set_language(&self, tag: &str) -> Result<(), StoreError> {
        if self.language().as_deref() == Some(tag) {
            return Ok(());
        }
        if !self.status.with_untracked(StorageStatus::accepts_changes) {
            return Err(StoreError::ReadOnly);
        }
        let tag = Value::String(tag.to_string());
        self.save_with(|settings| {
            settings.insert(LANGUAGE_SETTING.to_string(), tag);
        })
    }

    /// Saves the cases shown. Another tab may have saved since this one
    /// last read: its state is merged in case by case, never overwritten.
    fn save(&self) -> Result<(), StoreError> {
        self.save_with(|_| {})
    }

    /// Saves the cases shown with the stored settings changed by `edit`.
    fn save_with(&self, edit: impl FnOnce(&mut Map<String, Value>)) -> Result<(), StoreError> {
        if self.status.get_untracked() == StorageStatus::MemoryOnly {
            return Err(StoreError::NotKept(WriteError::Unavailable));
        }
        let stored = match self.read_stored() {
            Ok(Some(stored)) => stored,
            Ok(None) => return Err(StoreError::ReadOnly),
            Err(error) => return Err(self.not_saved(error)),
        };
        let synced = self.synced.get_value();
        let ours = self.cases.get_untracked();
        let cases = if stored == synced {
            ours
        } else {
            let merged = merge(&synced.cases, &ours, &stored.cases);
            self.note_set_aside(merged.set_aside);
            merged.cases
        };
        self.cases.set(cases.clone());
        let mut settings = stored.settings;
        edit(&mut settings);
        self.write_state(State {
            revision: stored.revision.saturating_add(1),
            saved_at: now(),
            cases,
            settings,
        })
    }

    /// The state stored now; `None` when it turned damaged or newer, in
    /// which case the store has switched to read-only.
    fn read_stored(&self) -> Result<Option<State>, WriteError> {
        match read_storage()? {
            Load::Empty => Ok(Some(State::default())),
            Load::Ready { state, .. } => Ok(Some(state)),
            Load::Damaged { .. } | Load::Newer { .. } => {
                self.reopen();
                Ok(None)
            }
        }
    }

    fn write_state(&self, state: State) -> Result<(), StoreError> {
        match write_storage(&encode(&state)) {
            Ok(()) => {
                self.synced.set_value(state);
                self.status.set(StorageStatus::Saved);
                Ok(())
            }
            Err(error) => Err(self.not_saved(error)),
        }
    }

    fn not_saved(&self, error: WriteError) -> StoreError {
        self.status.set(StorageStatus::NotSaved(error.clone()));
        StoreError::NotKept(error)
    }

    fn note_set_aside(&self, versions: Vec<Case>) {
        if !versions.is_empty() {
            self.set_aside.update(|known| {
                known.retain(|case| versions.iter().all(|v| v.id != case.id));
                known.extend(versions);
            });
        }
    }

    /// Another tab saved, or cleared the storage: its state is merged with
    /// this tab's, and saved again only if this tab had changes it lacks.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    fn other_tab_changed(&self) {
        match self.status.get_untracked() {
            StorageStatus::MemoryOnly => return,
            StorageStatus::Damaged(_) | StorageStatus::Newer { .. } => return self.reopen(),
            StorageStatus::Saved | StorageStatus::NotSaved(_) => {}
        }
        let stored = match self.read_stored() {
            Ok(Some(stored)) => stored,
            Ok(None) => return,
            Err(error) => {
                self.not_saved(error);
                return;
            }
        };
        let synced = self.synced.get_value();
        if stored == synced {
            return;
        }
        let ours = self.cases.get_untracked();
        let merged = merge(&synced.cases, &ours, &stored.cases);
        self.note_set_aside(merged.set_aside);
        let adopt = merged.cases == stored.cases;
        self.cases.set(merged.cases);
        self.synced.set_value(stored);
        if adopt {
            self.status.set(StorageStatus::Saved);
        } else {
            // This tab holds changes the other lacks; saving is what the
            // buyer expects, and the outcome shows in the status.
            let _ = self.save();
        }
    }
}
