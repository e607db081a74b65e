#![cfg(not(target_arch = "wasm32"))]
//! The `disputa-assess` command on the sample files.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn samples(name: &str) -> String {
    format!("{}/tests/samples/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_disputa-assess"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout_json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_case_file_prints_one_assessment() {
    let output = run(&["--today", "2026-11-01", &samples("damaged.json")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json = stdout_json(&output);
    assert_eq!(json["case_id"], "damaged");
    assert_eq!(json["verdict"], "in_progress");
    assert_eq!(json["stage"], "dispute_open");
    assert_eq!(json["escalates_on"], "2026-11-06");
    assert_eq!(json["protection_ends_on"], "2026-11-17");
    assert_eq!(json["next_step"], "wait_for_seller");
    // Pretty-printed.
    assert!(String::from_utf8_lossy(&output.stdout).contains("\n  \"verdict\""));
}

#[test]
fn a_collection_prints_an_array_in_order() {
    let output = run(&["--today=2026-11-01", &samples("collection.json")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json = stdout_json(&output);
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["case_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "awaiting-shipment",
            "in-transit",
            "marked-delivered",
            "received",
            "damaged"
        ]
    );
    assert_eq!(json[0]["verdict"], "not_needed");
    assert_eq!(json[0]["alternative"], "cancel_order");
    assert_eq!(json[2]["closes_on"], "2026-11-03");
}

#[test]
fn every_sample_assesses_with_exit_zero() {
    for entry in std::fs::read_dir(samples("")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let output = run(&["--today", "2026-11-01", path.to_str().unwrap()]);
            assert_eq!(
                output.status.code(),
                Some(0),
                "{}: {}",
                path.display(),
                stderr(&output)
            );
            stdout_json(&output);
        }
    }
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_disputa-assess"))
        .args(["--today", "2026-11-01", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let json = std::fs::read(samples("received.json")).unwrap();
    child.stdin.take().unwrap().write_all(&json).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout_json(&output)["case_id"], "received");
}

#[test]
fn without_today_the_local_date_is_used() {
    let output = run(&[&samples("in_transit.json")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout_json(&output)["case_id"], "in-transit");
}

fn assert_rejected(args: &[&str], names: &str) {
    let output = run(args);
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    let message = stderr(&output);
    assert_eq!(message.trim_end().lines().count(), 1, "one line: {message}");
    assert!(message.contains(names), "{message} should name {names}");
    assert!(output.stdout.is_empty());
}

#[test]
fn unknown_values_exit_2_naming_the_field() {
    assert_rejected(
        &[
            "--today",
            "2026-11-01",
            &samples("invalid/unknown_status_in_collection.json"),
        ],
        "cases[2].delivery_status: unknown variant \"lost\"",
    );
    assert_rejected(
        &[
            "--today",
            "2026-11-01",
            &samples("invalid/unknown_problem.json"),
        ],
        "problem: unknown variant \"brokn\"",
    );
}

#[test]
fn malformed_input_exits_2_naming_the_field() {
    let today = ["--today", "2026-11-01"];
    let cases = [
        (
            "invalid/malformed_date.json",
            "ordered_on: invalid date \"2026-9-20\"",
        ),
        ("invalid/wrong_version.json", "version"),
        ("invalid/not_json.json", "not valid JSON at line"),
    ];
    for (file, names) in cases {
        let path = samples(file);
        assert_rejected(&[today[0], today[1], &path], names);
    }
}

#[test]
fn inconsistent_cases_exit_2_naming_the_field() {
    let today = ["--today", "2026-11-01"];
    let cases = [
        (
            "invalid/delivered_before_shipped.json",
            "delivered_on: is before shipped_on",
        ),
        (
            "invalid/refund_without_source.json",
            "refund: has nothing that refunds",
        ),
        (
            "invalid/price_not_positive.json",
            "price.amount: is not a positive amount",
        ),
    ];
    for (file, names) in cases {
        let path = samples(file);
        assert_rejected(&[today[0], today[1], &path], names);
    }
    // A date after --today is in the future.
    assert_rejected(
        &["--today", "2026-10-01", &samples("damaged.json")],
        "is after today",
    );
}

#[test]
fn bad_usage_exits_2() {
    assert_rejected(&[], "missing FILE");
    assert_rejected(&["--today"], "--today needs a date");
    assert_rejected(
        &["--today", "2026-13-01", "x.json"],
        "--today: invalid date",
    );
    assert_rejected(&["--frobnicate", "x.json"], "unknown option --frobnicate");
    assert_rejected(&["a.json", "b.json"], "only one FILE");
    assert_rejected(
        &["--today", "2026-11-01", "/nonexistent/case.json"],
        "cannot read /nonexistent/case.json",
    );
}

#[test]
fn help_prints_usage_and_exits_0() {
    for flag in ["--help", "-h"] {
        let output = run(&[flag]);
        assert_eq!(output.status.code(), Some(0));
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.starts_with("usage: disputa-assess [--today YYYY-MM-DD] FILE|-"));
    }
}

fn assess_stdin(json: &str, today: &str) -> serde_json::Value {
    let mut child = Command::new(env!("CARGO_BIN_EXE_disputa-assess"))
        .args(["--today", today, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(json.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout_json(&output)
}

const CHANGED_MIND_IN_EUROS: &str = r#"{
  "format": "disputa.case", "version": 1, "id": "eur",
  "price": { "amount": "AMOUNT", "currency": "EUR" },
  "country": "DE", "shipped_on": "2026-10-01",
  "delivery_status": "received", "delivered_on": "2026-10-20",
  "problem": "no_longer_needed", "item_unused": true, "free_return_offered": true
}"#;

#[test]
fn the_free_return_price_limit_holds_for_euros() {
    let expensive = assess_stdin(
        &CHANGED_MIND_IN_EUROS.replace("AMOUNT", "5000"),
        "2026-10-22",
    );
    assert_eq!(expensive["free_return"]["eligible"], false);
    assert_ne!(expensive["next_step"], "ship_return");
    let cheap = assess_stdin(&CHANGED_MIND_IN_EUROS.replace("AMOUNT", "50"), "2026-10-22");
    assert_eq!(cheap["free_return"]["eligible"], true);
    assert_eq!(cheap["next_step"], "ship_return");
}

#[test]
fn marked_delivered_without_a_date_is_not_open_forever() {
    let json = r#"{ "format": "disputa.case", "version": 1, "id": "m",
      "shipped_on": "2026-03-01", "delivery_status": "marked_delivered",
      "problem": "not_received" }"#;
    let year_later = assess_stdin(json, "2027-03-01");
    assert_eq!(year_later["closes_on"], "2026-05-15");
    assert_eq!(year_later["verdict"], "too_late");
    let missing = year_later["missing"].as_array().unwrap();
    assert!(missing.iter().any(|m| m == "delivered_on"), "{missing:?}");
}

#[test]
fn a_late_confirm_receipt_and_a_claim_without_photos_follow_the_readings() {
    let json = r#"{ "format": "disputa.case", "version": 1, "id": "c",
      "shipped_on": "2026-03-01", "protection_ends_on": "2026-04-30",
      "delivery_status": "received", "delivered_on": "2026-03-20",
      "receipt_confirmed_on": "2026-05-10", "problem": "damaged",
      "dispute": { "opened_on": "2026-05-12", "escalated_on": "2026-05-14" } }"#;
    let assessment = assess_stdin(json, "2026-05-20");
    assert_eq!(assessment["closes_on"], "2026-05-15");
    assert_eq!(assessment["stage"], "claim");
    assert_eq!(assessment["next_step"], "answer_case_team");
    let evidence = assessment["evidence"].as_array().unwrap();
    assert!(evidence
        .iter()
        .any(|e| e["kind"] == "photo" && e["required"] == true && e["captured"] == false));
}

#[test]
fn a_rejected_dispute_can_be_appealed_within_seven_days() {
    let json = r#"{ "format": "disputa.case", "version": 1, "id": "r",
      "shipped_on": "2026-03-01", "delivery_status": "received",
      "delivered_on": "2026-03-20", "problem": "quality",
      "evidence": [{ "kind": "photo", "captured_on": "2026-03-20" }],
      "dispute": { "opened_on": "2026-03-21", "closed_on": "2026-04-01",
                   "outcome": "rejected" } }"#;
    assert_eq!(assess_stdin(json, "2026-04-08")["next_step"], "appeal");
    assert_eq!(assess_stdin(json, "2026-04-09")["next_step"], "done");
    // One appeal (E4): once appealed and decided again, no second one.
    let appealed = json.replace(
        "\"closed_on\": \"2026-04-01\"",
        "\"appealed_on\": \"2026-04-02\", \"closed_on\": \"2026-04-05\"",
    );
    assert_eq!(assess_stdin(&appealed, "2026-04-06")["next_step"], "done");
}

#[test]
fn a_cancellation_after_shipment_exits_2_naming_cancelled_on() {
    let json = r#"{ "format": "disputa.case", "version": 1, "id": "x",
      "ordered_on": "2026-03-01", "shipped_on": "2026-03-03",
      "delivery_status": "in_transit", "cancelled_on": "2026-03-05" }"#;
    let mut child = Command::new(env!("CARGO_BIN_EXE_disputa-assess"))
        .args(["--today", "2026-03-10", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(json.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cancelled_on"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("is after shipped_on"),
        "{}",
        stderr(&output)
    );
}
