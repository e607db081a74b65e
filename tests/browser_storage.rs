//! The storage adapter and the store on the real `localStorage` of headless
//! Chromium: damaged text is backed up exactly, a full storage is reported
//! and nothing claims to be saved, and another tab's change is applied.
#![cfg(target_arch = "wasm32")]

mod support;

use disputa::domain::Case;
use disputa::i18n::{td_string, Locale};
use disputa::storage::browser;
use disputa::storage::codec::{encode, Damage, Load, State, BACKUP_PREFIX, STATE_KEY};
use disputa::storage::status::WriteError;
use disputa::storage::{provide_store, StorageStatus, Store, StoreError};
use js_sys::{Function, JsString, Reflect};
use leptos::prelude::*;
use support::{button, mount_app, storage, stored_state, ticks, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// `localStorage.getItem` / `setItem` with JavaScript strings as they are.
fn get_raw(key: &str) -> JsValue {
    let get: Function = Reflect::get(&storage(), &"getItem".into())
        .unwrap()
        .unchecked_into();
    get.call1(&storage(), &key.into()).unwrap()
}

fn set_raw(key: &str, value: &JsValue) {
    let set: Function = Reflect::get(&storage(), &"setItem".into())
        .unwrap()
        .unchecked_into();
    set.call2(&storage(), &key.into(), value).unwrap();
}

/// Stored text that is not JSON and holds a lone surrogate, which no Rust
/// string can carry.
fn damaged_text() -> JsString {
    let mut units: Vec<u16> = r#"{"format":"disputa.state","cases":[""#.encode_utf16().collect();
    units.push(0xD800);
    units.extend("\u{e9}]".encode_utf16());
    JsString::from_char_code(&units)
}

fn case(id: &str) -> Case {
    let mut case = Case::new(id);
    case.item = Some(format!("Item {id}"));
    case.updated_at = Some("2026-10-20T10:00:00.000Z".into());
    case
}

fn state(revision: u64, cases: Vec<Case>) -> State {
    State {
        revision,
        saved_at: "2026-10-20T10:00:00.000Z".into(),
        cases,
        settings: Default::default(),
    }
}

fn ids(cases: &[Case]) -> Vec<String> {
    cases.iter().map(|c| c.id.clone()).collect()
}

/// A store in an owner of its own, as `Layout` provides it.
fn open_store() -> (Owner, Store) {
    let owner = Owner::new();
    let store = owner.with(provide_store);
    (owner, store)
}

/// Fills the storage until not even one more character fits; returns the
/// filler keys.
fn fill_storage() -> Vec<String> {
    let mut keys = Vec::new();
    let mut size = 1 << 20;
    while size >= 1 {
        let chunk = "x".repeat(size);
        loop {
            let key = format!("filler.{}", keys.len());
            if storage().set_item(&key, &chunk).is_err() {
                break;
            }
            keys.push(key);
        }
        size /= 4;
    }
    keys
}

/// The `storage` event the browser sends this tab when another tab saves.
fn announce_other_tab_save() {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(STATE_KEY));
    init.set_storage_area(Some(&storage()));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    window().dispatch_event(&event).unwrap();
}

/// Lets the app settle: five turns of the task queue.
async fn settle() {
    ticks(5).await;
}

#[wasm_bindgen_test]
fn damaged_text_with_a_lone_surrogate_is_backed_up_exactly_and_left_in_place() {
    storage().clear().unwrap();
    let damaged = damaged_text();
    set_raw(STATE_KEY, &damaged);

    let opened = browser::open(|| "2026-10-22T10:00:00.000Z".into()).unwrap();
    let Load::Damaged { problems, .. } = &opened.load else {
        panic!("expected damaged, got {:?}", opened.load);
    };
    assert_eq!(problems[0], Damage::InvalidUtf16 { offset: 36 });
    let backup_key = opened.backup.clone().unwrap().unwrap();
    assert!(backup_key.starts_with(BACKUP_PREFIX));

    // The same JavaScript string, code unit for code unit, in both places.
    assert_eq!(get_raw(&backup_key), JsValue::from(damaged.clone()));
    assert_eq!(get_raw(STATE_KEY), JsValue::from(damaged.clone()));
    let backup: JsString = get_raw(&backup_key).unchecked_into();
    assert_eq!(backup.char_code_at(36), 0xD800 as f64);

    // Opening again finds the earlier copy instead of making another.
    let again = browser::open(|| "2026-10-22T11:00:00.000Z".into()).unwrap();
    assert_eq!(again.backup, Some(Ok(backup_key)));
    assert_eq!(browser::keys_with_prefix(BACKUP_PREFIX).unwrap().len(), 1);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn the_app_shows_damaged_data_as_an_alert_and_writes_only_when_the_buyer_chooses() {
    storage().clear().unwrap();
    let damaged = damaged_text();
    set_raw(STATE_KEY, &damaged);
    let (root, handle) = mount_app("/settings?lang=en");
    settle().await;

    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let text = alert.text_content().unwrap();
    assert!(
        text.contains(td_string!(Locale::en, storage.notice.damaged_title)),
        "{text}"
    );
    assert_eq!(
        get_raw(STATE_KEY),
        JsValue::from(damaged.clone()),
        "nothing written yet"
    );

    let start_afresh = td_string!(Locale::en, storage.notice.start_afresh);
    button(&alert, start_afresh).click();
    settle().await;

    assert_eq!(stored_state().cases, vec![]);
    let backups = browser::keys_with_prefix(BACKUP_PREFIX).unwrap();
    assert_eq!(
        get_raw(&backups[0]),
        JsValue::from(damaged),
        "the copy stays"
    );
    assert!(root.query_selector("[role=alert]").unwrap().is_none());
    drop(handle);
    root.remove();
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_full_storage_fails_the_write_and_leaves_the_stored_state() {
    storage().clear().unwrap();
    browser::write(&encode(&state(1, vec![case("a")]))).unwrap();
    let fillers = fill_storage();
    assert!(!fillers.is_empty());

    let mut big = case("b");
    big.notes = Some("n".repeat(100_000));
    let result = browser::write(&encode(&state(2, vec![case("a"), big])));
    assert_eq!(result, Err(WriteError::Quota));
    assert_eq!(ids(&stored_state().cases), ["a"]);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_by_the_store_and_nothing_claims_to_be_saved() {
    storage().clear().unwrap();
    browser::write(&encode(&state(1, vec![case("a")]))).unwrap();
    let (_owner, store) = open_store();
    assert_eq!(store.status().get_untracked(), StorageStatus::Saved);
    let fillers = fill_storage();

    let mut big = case("b");
    big.notes = Some("n".repeat(100_000));
    let result = store.upsert(big);
    assert_eq!(result, Err(StoreError::NotKept(WriteError::Quota)));
    assert_eq!(
        store.status().get_untracked(),
        StorageStatus::NotSaved(WriteError::Quota)
    );
    // Shown, but not stored.
    assert_eq!(ids(&store.cases().get_untracked()), ["a", "b"]);
    assert_eq!(ids(&stored_state().cases), ["a"]);

    // Once there is room again, trying again saves it.
    for key in fillers {
        storage().remove_item(&key).unwrap();
    }
    assert_eq!(store.retry_save(), Ok(()));
    assert_eq!(store.status().get_untracked(), StorageStatus::Saved);
    assert_eq!(ids(&stored_state().cases), ["a", "b"]);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_storage_event_from_another_tab_is_applied() {
    storage().clear().unwrap();
    browser::write(&encode(&state(1, vec![case("a")]))).unwrap();
    let (_owner, store) = open_store();
    assert_eq!(ids(&store.cases().get_untracked()), ["a"]);

    // Another tab saves a second case; the browser tells this one.
    browser::write(&encode(&state(2, vec![case("a"), case("b")]))).unwrap();
    announce_other_tab_save();

    assert_eq!(ids(&store.cases().get_untracked()), ["a", "b"]);
    assert_eq!(store.status().get_untracked(), StorageStatus::Saved);
    assert_eq!(
        stored_state().revision,
        2,
        "adopting another tab's state writes nothing"
    );
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_save_merges_a_newer_revision_instead_of_overwriting_it() {
    storage().clear().unwrap();
    browser::write(&encode(&state(1, vec![case("a")]))).unwrap();
    let (_owner, store) = open_store();

    // Another tab saved, and this tab has not heard of it yet.
    browser::write(&encode(&state(2, vec![case("a"), case("b")]))).unwrap();
    store.upsert(case("c")).unwrap();

    let stored = stored_state();
    assert_eq!(stored.revision, 3);
    assert_eq!(ids(&stored.cases), ["a", "c", "b"]);
    assert_eq!(ids(&store.cases().get_untracked()), ["a", "c", "b"]);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn data_of_a_newer_version_is_read_only_and_never_written() {
    storage().clear().unwrap();
    let newer = encode(&state(4, vec![case("a")]))
        .replace("\"version\":1,\"revision\"", "\"version\":2,\"revision\"");
    storage().set_item(STATE_KEY, &newer).unwrap();
    let (_owner, store) = open_store();

    assert_eq!(
        store.status().get_untracked(),
        StorageStatus::Newer { version: 2 }
    );
    assert_eq!(ids(&store.cases().get_untracked()), ["a"]);
    assert_eq!(store.upsert(case("b")), Err(StoreError::ReadOnly));
    assert_eq!(store.delete("a"), Err(StoreError::ReadOnly));
    assert_eq!(storage().get_item(STATE_KEY).unwrap(), Some(newer));
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_deleted_case_comes_back_in_place_on_undo() {
    storage().clear().unwrap();
    browser::write(&encode(&state(1, vec![case("a"), case("b"), case("c")]))).unwrap();
    let (_owner, store) = open_store();

    store.delete("b").unwrap();
    assert_eq!(ids(&stored_state().cases), ["a", "c"]);
    assert_eq!(store.last_deleted().get_untracked().unwrap().case.id, "b");

    store.undo_delete().unwrap();
    assert_eq!(ids(&stored_state().cases), ["a", "b", "c"]);
    assert_eq!(stored_state().cases[1], case("b"), "restored as it was");
    assert!(store.last_deleted().get_untracked().is_none());
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn an_upsert_stamps_the_times_and_reads_back() {
    storage().clear().unwrap();
    let (_owner, store) = open_store();
    let mut fresh = Case::new("new");
    fresh.updated_at = None;
    store.upsert(fresh).unwrap();
    let stored = stored_state();
    assert_eq!(stored.revision, 1);
    let saved = &stored.cases[0];
    assert!(saved.created_at.is_some());
    assert_eq!(saved.created_at, saved.updated_at);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn the_language_is_kept_in_the_state_with_the_cases_and_other_settings() {
    storage().clear().unwrap();
    let mut before = state(3, vec![case("a")]);
    before
        .settings
        .insert("theme".into(), serde_json::Value::String("dark".into()));
    storage().set_item(STATE_KEY, &encode(&before)).unwrap();
    let (_owner, store) = open_store();

    assert_eq!(store.language(), None);
    assert_eq!(store.set_language("es"), Ok(()));

    let after = stored_state();
    assert_eq!(after.revision, 4);
    assert_eq!(ids(&after.cases), ["a"]);
    assert_eq!(after.settings["language"], "es");
    assert_eq!(after.settings["theme"], "dark");
    assert_eq!(store.language().as_deref(), Some("es"));
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_language_choice_never_writes_over_damaged_data() {
    storage().clear().unwrap();
    set_raw(STATE_KEY, &damaged_text());
    let (_owner, store) = open_store();

    assert_eq!(store.set_language("es"), Err(StoreError::ReadOnly));
    assert_eq!(get_raw(STATE_KEY), JsValue::from(damaged_text()));
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_case_edited_in_two_tabs_keeps_the_other_version_for_the_buyer_to_choose() {
    storage().clear().unwrap();
    browser::write(&encode(&state(1, vec![case("a")]))).unwrap();
    let (_owner, store) = open_store();

    // Another tab edits the same case, stamped later than this tab's edit.
    let mut theirs = case("a");
    theirs.notes = Some("edited in the other tab".into());
    theirs.updated_at = Some("2099-01-01T00:00:00.000Z".into());
    browser::write(&encode(&state(2, vec![theirs.clone()]))).unwrap();
    let mut ours = case("a");
    ours.notes = Some("edited in this tab".into());
    store.upsert(ours).unwrap();

    assert_eq!(stored_state().cases[0].notes, theirs.notes);
    let set_aside = store.set_aside().get_untracked();
    assert_eq!(set_aside.len(), 1);
    assert_eq!(set_aside[0].notes.as_deref(), Some("edited in this tab"));

    store.use_set_aside("a").unwrap();
    assert_eq!(
        stored_state().cases[0].notes.as_deref(),
        Some("edited in this tab")
    );
    assert!(store.set_aside().get_untracked().is_empty());
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn the_shared_overview_follows_every_change_of_the_cases() {
    storage().clear().unwrap();
    browser::write(&encode(&state(1, vec![case("a")]))).unwrap();
    let (_owner, store) = open_store();
    let listed = |store: Store| {
        store.overview().with_untracked(|overview| {
            let mut all: Vec<String> = overview
                .open
                .iter()
                .chain(&overview.finished)
                .map(|assessed| assessed.case.id.clone())
                .collect();
            all.sort();
            all
        })
    };
    store.prepare_overview();
    assert_eq!(listed(store), ["a"]);

    store.upsert(case("b")).unwrap();
    assert_eq!(listed(store), ["a", "b"], "a new case is listed");
    store.delete("a").unwrap();
    assert_eq!(listed(store), ["b"], "a deleted case is not");

    // Another tab saves its own cases; the browser tells this one.
    let theirs = stored_state().revision + 1;
    browser::write(&encode(&state(theirs, vec![case("b"), case("c")]))).unwrap();
    announce_other_tab_save();
    assert_eq!(listed(store), ["b", "c"], "another tab's cases are listed");
    storage().clear().unwrap();
}
