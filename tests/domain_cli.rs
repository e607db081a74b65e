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
