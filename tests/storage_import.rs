#![cfg(not(target_arch = "wasm32"))]
//! Importing a case file: strict checks that name each case and field, the
//! preview of what a merge by id does, and the merge itself.

use chrono::NaiveDate;
use disputa::domain::{cases_to_collection_json, Case, CaseFileErrorKind, Reason};
use disputa::storage::import::{
    apply_import, plan_import, ImportError, ImportProblemKind, MAX_IMPORT_BYTES,
};
use serde_json::json;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
}

fn case(id: &str, updated_at: &str) -> Case {
    let mut case = Case::new(id);
    case.item = Some(format!("item {id}"));
    case.updated_at = Some(updated_at.into());
    case
}

fn problems(bytes: &[u8]) -> Vec<disputa::storage::ImportProblem> {
    match plan_import(bytes, &[], today()) {
        Err(ImportError::Problems(problems)) => problems,
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn an_exported_collection_imports_into_an_empty_device_as_added() {
    let cases = vec![
        case("a", "2026-10-01T10:00:00Z"),
        case("b", "2026-10-02T10:00:00Z"),
    ];
    let file = cases_to_collection_json(&cases);
    let plan = plan_import(file.as_bytes(), &[], today()).unwrap();
    assert_eq!(plan.added, ["a", "b"]);
    assert_eq!(plan.cases, cases);
    assert_eq!(apply_import(&[], &plan.cases), cases);
}

#[test]
fn a_single_case_file_imports_too() {
    let file = serde_json::to_string(&case("solo", "2026-10-01T10:00:00Z")).unwrap();
    let plan = plan_import(file.as_bytes(), &[], today()).unwrap();
    assert_eq!(plan.added, ["solo"]);
}

#[test]
fn the_preview_tells_added_updated_kept_and_unchanged_apart() {
    let current = vec![
        case("same", "2026-10-01T10:00:00Z"),
        case("older_here", "2026-10-01T10:00:00Z"),
        case("newer_here", "2026-10-05T10:00:00Z"),
    ];
    let mut newer_in_file = case("older_here", "2026-10-03T10:00:00Z");
    newer_in_file.notes = Some("from the file".into());
    let mut older_in_file = case("newer_here", "2026-10-02T10:00:00Z");
    older_in_file.notes = Some("stale".into());
    let file_cases = vec![
        current[0].clone(),
        newer_in_file.clone(),
        older_in_file,
        case("new", "2026-10-04T10:00:00Z"),
    ];
    let file = cases_to_collection_json(&file_cases);
    let plan = plan_import(file.as_bytes(), &current, today()).unwrap();
    assert_eq!(plan.added, ["new"]);
    assert_eq!(plan.updated, ["older_here"]);
    assert_eq!(plan.kept_newer, ["newer_here"]);
    assert_eq!(plan.unchanged, ["same"]);
    assert!(plan.changes_something());

    let merged = apply_import(&current, &plan.cases);
    assert_eq!(merged.len(), 4);
    assert_eq!(merged[1], newer_in_file);
    assert_eq!(merged[2], current[2], "the copy changed here later stays");
    assert_eq!(merged[3].id, "new");
}

#[test]
fn a_file_identical_to_the_device_changes_nothing() {
    let current = vec![case("a", "2026-10-01T10:00:00Z")];
    let plan = plan_import(
        cases_to_collection_json(&current).as_bytes(),
        &current,
        today(),
    )
    .unwrap();
    assert!(!plan.changes_something());
}

#[test]
fn every_problem_of_every_case_is_listed_with_its_case_and_field() {
    let file = json!({
        "format": "disputa.cases", "version": 1,
        "cases": [
            { "id": "ok", "delivery_status": "received", "shipped_on": "2026-10-01" },
            { "id": "bad-status", "delivery_status": "lost" },
            { "id": "bad-dates", "delivery_status": "received",
              "shipped_on": "2026-10-10", "delivered_on": "2026-10-05" },
            { "id": "bad-time", "delivery_status": "in_transit", "updated_at": "noon" },
            { "delivery_status": "in_transit" }
        ]
    });
    let problems = problems(file.to_string().as_bytes());
    assert_eq!(problems.len(), 4, "{problems:?}");
    let at = |index: usize| problems.iter().find(|p| p.index == Some(index)).unwrap();

    assert_eq!(at(1).case_id.as_deref(), Some("bad-status"));
    let ImportProblemKind::File(error) = &at(1).kind else {
        panic!()
    };
    assert_eq!(error.path, "cases[1].delivery_status");
    assert!(matches!(
        error.kind,
        CaseFileErrorKind::UnknownVariant { .. }
    ));

    let ImportProblemKind::File(error) = &at(2).kind else {
        panic!()
    };
    assert_eq!(error.path, "cases[2].delivered_on");
    assert_eq!(
        error.kind,
        CaseFileErrorKind::Invalid(Reason::Before("shipped_on"))
    );

    assert_eq!(
        at(3).kind,
        ImportProblemKind::InvalidTimestamp {
            path: "cases[3].updated_at".into(),
            value: "noon".into()
        }
    );

    assert_eq!(at(4).case_id, None);
    let ImportProblemKind::File(error) = &at(4).kind else {
        panic!()
    };
    assert_eq!(error.path, "cases[4].id");
    assert_eq!(error.kind, CaseFileErrorKind::MissingField);
}

#[test]
fn duplicate_ids_in_a_file_are_refused() {
    let file = cases_to_collection_json(&[
        case("a", "2026-10-01T10:00:00Z"),
        case("a", "2026-10-02T10:00:00Z"),
    ]);
    let problems = problems(file.as_bytes());
    assert_eq!(problems[0].index, Some(1));
    assert_eq!(problems[0].kind, ImportProblemKind::DuplicateId);
}

#[test]
fn a_file_that_is_not_a_case_file_is_refused_as_a_whole() {
    for text in [
        "not json",
        "[]",
        r#"{"format":"disputa.state","version":1}"#,
        r#"{"format":"disputa.cases","version":2,"cases":[]}"#,
    ] {
        let problems = problems(text.as_bytes());
        assert_eq!(problems.len(), 1, "{text}");
        assert_eq!(problems[0].index, None, "{text}");
    }
}

#[test]
fn a_file_over_five_megabytes_is_refused_before_it_is_read() {
    let big = vec![b' '; usize::try_from(MAX_IMPORT_BYTES).unwrap() + 1];
    assert_eq!(
        plan_import(&big, &[], today()),
        Err(ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        })
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused() {
    assert_eq!(
        plan_import(&[0xff, 0xfe, b'{'], &[], today()),
        Err(ImportError::NotText)
    );
}

#[test]
fn an_empty_collection_is_refused() {
    let file = json!({ "format": "disputa.cases", "version": 1, "cases": [] }).to_string();
    assert_eq!(
        plan_import(file.as_bytes(), &[], today()),
        Err(ImportError::NoCases)
    );
}

#[test]
fn a_case_dated_after_today_is_refused() {
    let file = json!({ "format": "disputa.case", "version": 1, "id": "x",
        "delivery_status": "in_transit", "shipped_on": "2027-01-01" })
    .to_string();
    let problems = problems(file.as_bytes());
    let ImportProblemKind::File(error) = &problems[0].kind else {
        panic!()
    };
    assert_eq!(error.path, "shipped_on");
    assert_eq!(error.kind, CaseFileErrorKind::Invalid(Reason::InFuture));
}
