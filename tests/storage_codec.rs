#![cfg(not(target_arch = "wasm32"))]
//! The stored-state codec on damaged input: every sample loads without a
//! panic, says what it found, and never lets the app overwrite the stored
//! text. Valid states round-trip; older versions go through the migration
//! chain.

use disputa::domain::{CaseFileErrorKind, DeliveryStatus};
use disputa::storage::codec::{
    backup_key, decode, decode_utf16, decode_with, encode, Damage, Expected, Load, MainKey, State,
    STATE_VERSION,
};
use disputa::storage::migrate::{migrate, migrate_with, Migration, MigrationError};
use serde_json::{json, Value};

fn case_a() -> Value {
    json!({
        "format": "disputa.case", "version": 1, "id": "a",
        "order_number": "8123456789012345", "store": "Example Store",
        "item": "Cable USB-C, 2 m — ñandú", "price": { "amount": "12.99", "currency": "EUR" },
        "payment_method": "card", "country": "ES",
        "ordered_on": "2026-10-01", "shipped_on": "2026-10-03",
        "delivery_status": "received", "delivered_on": "2026-10-20",
        "problem": "damaged", "item_unused": true,
        "dispute": { "opened_on": "2026-10-22" },
        "evidence": [{ "kind": "photo", "note": "cracked", "captured_on": "2026-10-20" }],
        "notes": "free text",
        "created_at": "2026-10-20T09:00:00.000Z", "updated_at": "2026-10-22T10:00:00.000Z"
    })
}

fn case_b() -> Value {
    json!({
        "format": "disputa.case", "version": 1, "id": "b",
        "delivery_status": "in_transit", "shipped_on": "2026-10-05",
        "updated_at": "2026-10-21T08:30:00+02:00"
    })
}

fn fixture() -> Value {
    json!({
        "format": "disputa.state", "version": 1, "revision": 7,
        "saved_at": "2026-10-22T10:00:00.000Z",
        "cases": [case_a(), case_b()],
        "settings": { "theme": "plain" }
    })
}

/// The fixture with one change, as stored text.
fn fixture_with(change: impl FnOnce(&mut Value)) -> String {
    let mut value = fixture();
    change(&mut value);
    value.to_string()
}

/// Checks what every damaged load must satisfy, and returns its problems.
fn damaged(load: &Load) -> Vec<Damage> {
    assert_eq!(load.main_key(), MainKey::LeaveUntouched, "{load:?}");
    match load {
        Load::Damaged { problems, .. } => {
            assert!(!problems.is_empty(), "a damaged load names its problems");
            assert!(load.needs_backup());
            problems.clone()
        }
        other => panic!("expected damaged, got {other:?}"),
    }
}

fn readable_ids(load: &Load) -> Vec<String> {
    match load {
        Load::Damaged { readable, .. } | Load::Newer { readable, .. } => {
            readable.iter().map(|c| c.id.clone()).collect()
        }
        _ => Vec::new(),
    }
}

/// One named damaged sample: the text, and a check on the first problem.
macro_rules! damaged_sample {
    ($name:ident, $text:expr, $first:pat) => {
        #[test]
        fn $name() {
            let text: String = $text;
            let load = decode(Some(&text));
            let problems = damaged(&load);
            assert!(matches!(&problems[0], $first), "{:?}", problems);
        }
    };
}

fn case_error(problems: &[Damage], path: &str) -> CaseFileErrorKind {
    problems
        .iter()
        .find_map(|p| match p {
            Damage::Case(error) if error.path == path => Some(error.kind.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no problem at {path}: {problems:?}"))
}

// Not JSON, or not an object.
damaged_sample!(empty_text, String::new(), Damage::NotJson { .. });
damaged_sample!(whitespace_only, "  \n\t ".into(), Damage::NotJson { .. });
damaged_sample!(plain_words, "my cases".into(), Damage::NotJson { .. });
damaged_sample!(nul_byte, "\0".into(), Damage::NotJson { .. });
damaged_sample!(
    byte_order_mark_first,
    format!("\u{feff}{}", fixture()),
    Damage::NotJson { .. }
);
damaged_sample!(
    trailing_garbage,
    format!("{}x", fixture()),
    Damage::NotJson { .. }
);
damaged_sample!(
    two_documents,
    format!("{0}{0}", fixture()),
    Damage::NotJson { .. }
);
damaged_sample!(json_null, "null".into(), Damage::NotAnObject);
damaged_sample!(json_number, "42".into(), Damage::NotAnObject);
damaged_sample!(json_string, "\"disputa.state\"".into(), Damage::NotAnObject);
damaged_sample!(
    json_array_of_cases,
    json!([case_a()]).to_string(),
    Damage::NotAnObject
);
damaged_sample!(json_true, "true".into(), Damage::NotAnObject);
damaged_sample!(
    number_beyond_f64,
    fixture()
        .to_string()
        .replace("\"revision\":7", "\"revision\":1e400"),
    Damage::NotJson { .. }
);
damaged_sample!(
    lone_surrogate_escape,
    fixture_with(|v| v["cases"][0]["notes"] = json!("X")).replace("\"X\"", "\"\\ud800\""),
    Damage::NotJson { .. }
);
damaged_sample!(
    deeply_nested_arrays,
    "[".repeat(100_000),
    Damage::NotJson { .. }
);
damaged_sample!(
    deeply_nested_notes,
    fixture_with(|v| v["cases"][0]["notes"] = json!("X")).replace(
        "\"X\"",
        &format!("{}{}", "[".repeat(5_000), "]".repeat(5_000))
    ),
    Damage::NotJson { .. }
);

// The envelope.
damaged_sample!(
    format_missing,
    fixture_with(|v| {
        v.as_object_mut().unwrap().remove("format");
    }),
    Damage::WrongFormat { found: None }
);
damaged_sample!(
    format_of_a_case_file,
    fixture_with(|v| v["format"] = json!("disputa.cases")),
    Damage::WrongFormat { found: Some(_) }
);
damaged_sample!(
    format_number,
    fixture_with(|v| v["format"] = json!(1)),
    Damage::WrongFormat { .. }
);
damaged_sample!(
    version_missing,
    fixture_with(|v| {
        v.as_object_mut().unwrap().remove("version");
    }),
    Damage::BadVersion { found: None }
);
damaged_sample!(
    version_as_text,
    fixture_with(|v| v["version"] = json!("1")),
    Damage::BadVersion { .. }
);
damaged_sample!(
    version_negative,
    fixture_with(|v| v["version"] = json!(-1)),
    Damage::BadVersion { .. }
);
damaged_sample!(
    version_fraction,
    fixture_with(|v| v["version"] = json!(1.5)),
    Damage::BadVersion { .. }
);
damaged_sample!(
    version_beyond_u64,
    fixture()
        .to_string()
        .replace("\"version\":1", "\"version\":18446744073709551616"),
    Damage::BadVersion { .. }
);
damaged_sample!(
    version_zero_never_released,
    fixture_with(|v| v["version"] = json!(0)),
    Damage::Migration(MigrationError::NoStep { from: 0 })
);
damaged_sample!(
    revision_missing,
    fixture_with(|v| {
        v.as_object_mut().unwrap().remove("revision");
    }),
    Damage::MissingField { .. }
);
damaged_sample!(
    revision_as_text,
    fixture_with(|v| v["revision"] = json!("7")),
    Damage::WrongType {
        expected: Expected::WholeNumber,
        ..
    }
);
damaged_sample!(
    revision_negative,
    fixture_with(|v| v["revision"] = json!(-7)),
    Damage::RevisionOutOfRange { .. }
);
damaged_sample!(
    revision_huge_float,
    fixture_with(|v| v["revision"] = json!(1e30)),
    Damage::RevisionOutOfRange { .. }
);
damaged_sample!(
    saved_at_missing,
    fixture_with(|v| {
        v.as_object_mut().unwrap().remove("saved_at");
    }),
    Damage::MissingField { .. }
);
damaged_sample!(
    saved_at_words,
    fixture_with(|v| v["saved_at"] = json!("yesterday")),
    Damage::InvalidTimestamp { .. }
);
damaged_sample!(
    saved_at_date_only,
    fixture_with(|v| v["saved_at"] = json!("2026-10-22")),
    Damage::InvalidTimestamp { .. }
);
damaged_sample!(
    saved_at_impossible_day,
    fixture_with(|v| v["saved_at"] = json!("2026-02-30T10:00:00Z")),
    Damage::InvalidTimestamp { .. }
);
damaged_sample!(
    saved_at_number,
    fixture_with(|v| v["saved_at"] = json!(1_761_127_200)),
    Damage::WrongType {
        expected: Expected::Text,
        ..
    }
);
damaged_sample!(
    cases_missing,
    fixture_with(|v| {
        v.as_object_mut().unwrap().remove("cases");
    }),
    Damage::MissingField { .. }
);
damaged_sample!(
    cases_an_object,
    fixture_with(|v| v["cases"] = json!({ "a": case_a() })),
    Damage::WrongType {
        expected: Expected::List,
        ..
    }
);
damaged_sample!(
    cases_null,
    fixture_with(|v| v["cases"] = Value::Null),
    Damage::WrongType { .. }
);
damaged_sample!(
    settings_missing,
    fixture_with(|v| {
        v.as_object_mut().unwrap().remove("settings");
    }),
    Damage::MissingField { .. }
);
damaged_sample!(
    settings_an_array,
    fixture_with(|v| v["settings"] = json!(["es"])),
    Damage::WrongType {
        expected: Expected::Object,
        ..
    }
);

// The cases inside.
damaged_sample!(
    case_a_number,
    fixture_with(|v| v["cases"][0] = json!(1)),
    Damage::Case(_)
);
damaged_sample!(
    case_without_id,
    fixture_with(|v| {
        v["cases"][0].as_object_mut().unwrap().remove("id");
    }),
    Damage::Case(_)
);
damaged_sample!(
    case_id_number,
    fixture_with(|v| v["cases"][0]["id"] = json!(7)),
    Damage::Case(_)
);
damaged_sample!(
    case_unknown_delivery_status,
    fixture_with(|v| v["cases"][1]["delivery_status"] = json!("lost")),
    Damage::Case(_)
);
damaged_sample!(
    case_impossible_date,
    fixture_with(|v| v["cases"][0]["delivered_on"] = json!("2026-02-30")),
    Damage::Case(_)
);
damaged_sample!(
    case_date_unpadded,
    fixture_with(|v| v["cases"][0]["shipped_on"] = json!("2026-9-3")),
    Damage::Case(_)
);
damaged_sample!(
    case_updated_at_words,
    fixture_with(|v| v["cases"][1]["updated_at"] = json!("last tuesday")),
    Damage::InvalidTimestamp { .. }
);
damaged_sample!(
    case_created_at_number,
    fixture_with(|v| v["cases"][0]["created_at"] = json!(12)),
    Damage::Case(_)
);
damaged_sample!(
    case_price_as_text,
    fixture_with(|v| v["cases"][0]["price"] = json!("12.99 EUR")),
    Damage::Case(_)
);
damaged_sample!(
    case_negative_processing_days,
    fixture_with(|v| v["cases"][0]["processing_days"] = json!(-1)),
    Damage::Case(_)
);
damaged_sample!(
    case_huge_processing_days,
    fixture_with(|v| v["cases"][0]["processing_days"] = json!(1e20)),
    Damage::Case(_)
);
damaged_sample!(
    case_unknown_evidence_kind,
    fixture_with(|v| v["cases"][0]["evidence"][0]["kind"] = json!("hologram")),
    Damage::Case(_)
);
damaged_sample!(
    case_of_another_format,
    fixture_with(|v| v["cases"][0]["format"] = json!("disputa.state")),
    Damage::Case(_)
);
damaged_sample!(
    case_of_a_later_version,
    fixture_with(|v| v["cases"][0]["version"] = json!(2)),
    Damage::Case(_)
);
damaged_sample!(
    duplicate_case_ids,
    fixture_with(|v| v["cases"][1]["id"] = json!("a")),
    Damage::DuplicateId { index: 1, .. }
);

#[test]
fn a_valid_state_truncated_at_every_byte_is_damaged_and_left_alone() {
    let text = fixture().to_string();
    let bytes = text.as_bytes();
    for end in 0..bytes.len() {
        let truncated = String::from_utf8_lossy(&bytes[..end]);
        let load = decode(Some(&truncated));
        let problems = damaged(&load);
        assert!(
            matches!(problems[0], Damage::NotJson { .. }),
            "cut at {end}: {problems:?}"
        );
    }
    assert!(matches!(decode(Some(&text)), Load::Ready { .. }));
}

#[test]
fn a_lone_high_surrogate_is_reported_with_its_position_and_the_cases_still_read() {
    let text = fixture_with(|v| v["cases"][0]["notes"] = json!("X"));
    let mut units: Vec<u16> = text.encode_utf16().collect();
    let byte = text.find("\"X\"").unwrap() + 1;
    let at = text[..byte].encode_utf16().count();
    units[at] = 0xD800;
    let load = decode_utf16(Some(&units));
    let problems = damaged(&load);
    assert_eq!(problems[0], Damage::InvalidUtf16 { offset: at });
    assert_eq!(readable_ids(&load), ["a", "b"]);
}

#[test]
fn a_lone_low_surrogate_first_is_reported_at_zero() {
    let mut units: Vec<u16> = vec![0xDC00];
    units.extend(fixture().to_string().encode_utf16());
    let problems = damaged(&decode_utf16(Some(&units)));
    assert_eq!(problems[0], Damage::InvalidUtf16 { offset: 0 });
}

#[test]
fn a_surrogate_pair_cut_in_half_at_the_end_is_reported() {
    let mut units: Vec<u16> = fixture().to_string().encode_utf16().collect();
    let len = units.len();
    units.push(0xD83D);
    let problems = damaged(&decode_utf16(Some(&units)));
    assert_eq!(problems[0], Damage::InvalidUtf16 { offset: len });
}

#[test]
fn valid_utf16_with_astral_characters_reads_as_text() {
    let text = fixture_with(|v| v["cases"][0]["notes"] = json!("📦 llegó roto"));
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(decode_utf16(Some(&units)), decode(Some(&text)));
    assert!(matches!(decode_utf16(Some(&units)), Load::Ready { .. }));
}

#[test]
fn one_bad_case_leaves_the_others_readable() {
    let text = fixture_with(|v| v["cases"][0]["delivery_status"] = json!("lost"));
    let load = decode(Some(&text));
    let problems = damaged(&load);
    assert!(matches!(
        case_error(&problems, "cases[0].delivery_status"),
        CaseFileErrorKind::UnknownVariant { .. }
    ));
    assert_eq!(readable_ids(&load), ["b"]);
}

#[test]
fn every_problem_is_listed_not_only_the_first() {
    let text = fixture_with(|v| {
        v["revision"] = json!("seven");
        v["saved_at"] = json!("soon");
        v["cases"][0]["ordered_on"] = json!("2026-13-01");
        v["cases"][1]["updated_at"] = json!("later");
        v["settings"] = json!(null);
    });
    let problems = damaged(&decode(Some(&text)));
    assert_eq!(problems.len(), 5, "{problems:?}");
    assert!(matches!(
        case_error(&problems, "cases[0].ordered_on"),
        CaseFileErrorKind::InvalidDate { .. }
    ));
    assert!(problems.contains(&Damage::InvalidTimestamp {
        path: "cases[1].updated_at".into(),
        value: "later".into()
    }));
}

#[test]
fn a_newer_version_is_read_only_with_its_readable_cases() {
    for version in [2u64, 4_294_967_296, u64::MAX] {
        let text = fixture_with(|v| v["version"] = json!(version));
        let load = decode(Some(&text));
        assert_eq!(load.main_key(), MainKey::LeaveUntouched);
        assert!(!load.needs_backup());
        match &load {
            Load::Newer { version: found, .. } => assert_eq!(*found, version),
            other => panic!("expected newer, got {other:?}"),
        }
        assert_eq!(readable_ids(&load), ["a", "b"]);
    }
}

#[test]
fn a_newer_version_of_another_shape_is_still_read_only() {
    let text = json!({ "format": "disputa.state", "version": 3, "books": {} }).to_string();
    let load = decode(Some(&text));
    assert_eq!(
        load,
        Load::Newer {
            version: 3,
            readable: vec![]
        }
    );
    assert_eq!(load.main_key(), MainKey::LeaveUntouched);
}

#[test]
fn nothing_stored_is_an_empty_start_that_may_be_written() {
    assert_eq!(decode(None), Load::Empty);
    assert_eq!(decode_utf16(None), Load::Empty);
    assert_eq!(Load::Empty.main_key(), MainKey::Write);
}

#[test]
fn a_valid_state_reads_in_full_and_may_be_written() {
    let load = decode(Some(&fixture().to_string()));
    assert_eq!(load.main_key(), MainKey::Write);
    let Load::Ready {
        state,
        migrated_from,
    } = load
    else {
        panic!("expected ready");
    };
    assert_eq!(migrated_from, None);
    assert_eq!(state.revision, 7);
    assert_eq!(state.saved_at, "2026-10-22T10:00:00.000Z");
    assert_eq!(state.cases.len(), 2);
    assert_eq!(state.cases[1].delivery_status, DeliveryStatus::InTransit);
    assert_eq!(state.settings["theme"], "plain");
}

#[test]
fn encoding_then_decoding_gives_the_same_state() {
    let Load::Ready { state, .. } = decode(Some(&fixture().to_string())) else {
        panic!("expected ready");
    };
    let text = encode(&state);
    assert!(text.starts_with(r#"{"format":"disputa.state","version":1,"revision":7,"#));
    assert_eq!(
        decode(Some(&text)),
        Load::Ready {
            state: state.clone(),
            migrated_from: None
        }
    );
}

#[test]
fn fields_another_tool_added_to_a_stored_case_survive_a_save() {
    let text = fixture_with(|v| v["cases"][1]["from_tool"] = json!({ "kept": [1, 2] }));
    let Load::Ready { state, .. } = decode(Some(&text)) else {
        panic!("expected ready");
    };
    let saved: Value = serde_json::from_str(&encode(&state)).unwrap();
    assert_eq!(saved["cases"][1]["from_tool"], json!({ "kept": [1, 2] }));
    assert_eq!(saved["cases"][0].get("from_tool"), None);
}

#[test]
fn the_largest_revision_still_reads() {
    let text = fixture_with(|v| v["revision"] = json!(u64::MAX));
    let Load::Ready { state, .. } = decode(Some(&text)) else {
        panic!("expected ready");
    };
    assert_eq!(state.revision, u64::MAX);
}

#[test]
fn an_empty_state_encodes_and_reads_back() {
    let state = State {
        revision: 1,
        saved_at: "2026-10-22T10:00:00Z".into(),
        ..State::default()
    };
    assert_eq!(
        decode(Some(&encode(&state))),
        Load::Ready {
            state,
            migrated_from: None
        }
    );
}

#[test]
fn backup_keys_are_distinct_per_attempt() {
    let t = "2026-10-22T10:00:00.000Z";
    assert_eq!(
        backup_key(t, 0),
        "disputa.state.backup.2026-10-22T10:00:00.000Z"
    );
    assert_ne!(backup_key(t, 0), backup_key(t, 1));
}

// The migration chain, with a version 0 that exists only in these tests:
// it kept the cases under `items` and had no settings.

fn v0_to_v1(mut value: Value) -> Result<Value, MigrationError> {
    let object = value.as_object_mut().ok_or(MigrationError::Shape {
        from: 0,
        path: String::new(),
    })?;
    let items = object.remove("items").ok_or(MigrationError::Shape {
        from: 0,
        path: "items".into(),
    })?;
    object.insert("cases".into(), items);
    object.insert("settings".into(), json!({}));
    Ok(value)
}

const TEST_CHAIN: &[Migration] = &[Migration {
    from: 0,
    run: v0_to_v1,
}];

fn v0_fixture() -> Value {
    json!({
        "format": "disputa.state", "version": 0, "revision": 3,
        "saved_at": "2026-10-01T00:00:00Z", "items": [case_b()]
    })
}

#[test]
fn an_older_version_is_upgraded_through_the_chain() {
    let load = decode_with(Some(&v0_fixture().to_string()), TEST_CHAIN);
    let Load::Ready {
        state,
        migrated_from,
    } = load
    else {
        panic!("expected ready, got {load:?}");
    };
    assert_eq!(migrated_from, Some(0));
    assert_eq!(state.revision, 3);
    assert_eq!(state.cases[0].id, "b");
}

#[test]
fn the_chain_sets_the_version_after_each_step() {
    let value = migrate_with(v0_fixture(), 0, TEST_CHAIN).unwrap();
    assert_eq!(value["version"], json!(STATE_VERSION));
    assert!(value.get("items").is_none());
}

#[test]
fn a_step_that_meets_an_unexpected_shape_reports_it_and_nothing_is_written() {
    let mut broken = v0_fixture();
    broken.as_object_mut().unwrap().remove("items");
    let load = decode_with(Some(&broken.to_string()), TEST_CHAIN);
    let problems = damaged(&load);
    assert_eq!(
        problems[0],
        Damage::Migration(MigrationError::Shape {
            from: 0,
            path: "items".into()
        })
    );
}

#[test]
fn the_current_version_needs_no_step_and_an_unreleased_one_has_none() {
    assert_eq!(migrate(fixture(), STATE_VERSION).unwrap(), fixture());
    assert_eq!(
        migrate(v0_fixture(), 0),
        Err(MigrationError::NoStep { from: 0 })
    );
}
