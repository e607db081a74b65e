#![cfg(not(target_arch = "wasm32"))]
//! Merging two tabs' copies of the cases: nothing added or changed on
//! either side is lost; a case changed on both keeps the later change.

use disputa::domain::{Case, DeliveryStatus};
use disputa::storage::merge::{is_later, merge};

fn case(id: &str, updated_at: &str) -> Case {
    let mut case = Case::new(id);
    case.updated_at = Some(updated_at.into());
    case
}

fn edited(mut case: Case, updated_at: &str, notes: &str) -> Case {
    case.updated_at = Some(updated_at.into());
    case.notes = Some(notes.into());
    case
}

fn ids(cases: &[Case]) -> Vec<&str> {
    cases.iter().map(|c| c.id.as_str()).collect()
}

const T0: &str = "2026-10-01T10:00:00Z";
const T1: &str = "2026-10-02T10:00:00Z";
const T2: &str = "2026-10-03T10:00:00Z";

#[test]
fn two_tabs_editing_different_cases_keep_both_edits() {
    let base = vec![case("a", T0), case("b", T0)];
    let ours = vec![edited(base[0].clone(), T1, "ours"), base[1].clone()];
    let theirs = vec![base[0].clone(), edited(base[1].clone(), T2, "theirs")];
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.cases, vec![ours[0].clone(), theirs[1].clone()]);
    assert!(merged.both_changed.is_empty());
}

#[test]
fn cases_added_on_each_side_are_all_kept() {
    let base = vec![case("a", T0)];
    let ours = vec![case("a", T0), case("mine", T1)];
    let theirs = vec![case("a", T0), case("yours", T2)];
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(ids(&merged.cases), ["a", "mine", "yours"]);
}

#[test]
fn a_case_changed_on_both_sides_keeps_the_later_change() {
    let base = vec![case("a", T0)];
    let ours = vec![edited(base[0].clone(), T2, "ours, later")];
    let theirs = vec![edited(base[0].clone(), T1, "theirs, earlier")];
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.cases, ours);
    assert_eq!(merged.both_changed, ["a"]);
    assert_eq!(merged.set_aside, theirs);
    let merged = merge(&base, &theirs, &ours);
    assert_eq!(merged.cases, ours);
    assert_eq!(merged.set_aside, theirs);
}

#[test]
fn on_a_tie_the_stored_copy_wins() {
    let base = vec![case("a", T0)];
    let ours = vec![edited(base[0].clone(), T1, "ours")];
    let theirs = vec![edited(base[0].clone(), T1, "theirs")];
    assert_eq!(merge(&base, &ours, &theirs).cases, theirs);
}

#[test]
fn timestamps_in_other_offsets_compare_as_instants() {
    let utc = case("a", "2026-10-02T10:00:00Z");
    let madrid_later = case("a", "2026-10-02T12:30:00+02:00");
    assert!(is_later(&madrid_later, &utc));
    assert!(!is_later(&utc, &madrid_later));
}

#[test]
fn a_case_without_a_time_counts_as_the_oldest() {
    let unknown = Case::new("a");
    assert!(is_later(&case("a", T0), &unknown));
    assert!(!is_later(&unknown, &case("a", T0)));
}

#[test]
fn a_case_deleted_in_one_tab_and_untouched_in_the_other_is_deleted() {
    let base = vec![case("a", T0), case("b", T0)];
    let ours = vec![case("b", T0)];
    let theirs = base.clone();
    assert_eq!(ids(&merge(&base, &ours, &theirs).cases), ["b"]);
    assert_eq!(ids(&merge(&base, &theirs, &ours).cases), ["b"]);
}

#[test]
fn a_case_deleted_in_one_tab_but_edited_in_the_other_is_kept_edited() {
    let base = vec![case("a", T0)];
    let deleted: Vec<Case> = vec![];
    let edited_copy = vec![edited(base[0].clone(), T1, "still needed")];
    assert_eq!(merge(&base, &deleted, &edited_copy).cases, edited_copy);
    assert_eq!(merge(&base, &edited_copy, &deleted).cases, edited_copy);
}

#[test]
fn a_tab_that_changed_nothing_takes_the_other_tab_state_as_is() {
    let base = vec![case("a", T0)];
    let mut changed = case("a", T1);
    changed.delivery_status = DeliveryStatus::InTransit;
    let theirs = vec![changed, case("c", T1)];
    assert_eq!(merge(&base, &base, &theirs).cases, theirs);
}

#[test]
fn clearing_the_storage_in_another_tab_removes_only_the_untouched_cases() {
    let base = vec![case("a", T0), case("b", T0)];
    let ours = vec![case("a", T0), edited(case("b", T0), T1, "new note")];
    let cleared: Vec<Case> = vec![];
    assert_eq!(ids(&merge(&base, &ours, &cleared).cases), ["b"]);
}
