#![cfg(not(target_arch = "wasm32"))]
//! Reading and writing case files: strict values and dates, errors that name
//! the field, format and version checks, round trips.

use chrono::NaiveDate;
use disputa::domain::{
    case_to_json, cases_to_collection_json, load_case_file, parse_case_file, parse_date,
    read_case_file, Case, CaseFileErrorKind, DeliveryStatus, EvidenceKind, Outcome, PaymentMethod,
    Problem, Reason, RefundStage,
};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn samples_dir() -> String {
    format!("{}/tests/samples", env!("CARGO_MANIFEST_DIR"))
}

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{}/{name}", samples_dir())).unwrap()
}

fn minimal(extra: &str) -> String {
    format!(
        r#"{{"format":"disputa.case","version":1,"id":"a","delivery_status":"in_transit"{extra}}}"#
    )
}

#[test]
fn the_case_format_example_reads_field_by_field() {
    let case = parse_case_file(&read("damaged.json")).unwrap().remove(0);
    assert_eq!(case.id, "damaged");
    assert_eq!(case.price.as_ref().unwrap().amount, "12.99");
    assert_eq!(case.payment_method, Some(PaymentMethod::Card));
    assert_eq!(case.shipped_on, Some(d("2026-10-03")));
    assert_eq!(case.promised_delivery_days, Some(45));
    assert_eq!(case.protection_ends_on, None);
    assert_eq!(case.delivery_status, DeliveryStatus::Received);
    assert_eq!(case.problem, Some(Problem::Damaged));
    assert_eq!(
        case.dispute.as_ref().unwrap().opened_on,
        Some(d("2026-10-22"))
    );
    assert!(!case.return_.as_ref().unwrap().free_return);
    assert_eq!(case.evidence[0].kind, EvidenceKind::Photo);
    assert_eq!(case.notes.as_deref(), Some("free text"));
}

#[test]
fn every_sample_reads_and_validates() {
    let today = d("2026-11-01");
    let mut count = 0;
    for entry in std::fs::read_dir(samples_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let json = std::fs::read_to_string(&path).unwrap();
            let cases = load_case_file(&json, today)
                .unwrap_or_else(|e| panic!("{}: {}", path.display(), e[0]));
            count += cases.len();
        }
    }
    assert!(count >= 20, "{count} cases in the samples");
}

#[test]
fn unknown_value_in_a_collection_names_the_case_and_field() {
    let error = parse_case_file(&read("invalid/unknown_status_in_collection.json")).unwrap_err();
    assert_eq!(error.path, "cases[2].delivery_status");
    assert!(
        matches!(&error.kind, CaseFileErrorKind::UnknownVariant { value, expected }
        if value == "lost" && expected.len() == 4)
    );
    assert!(error
        .to_string()
        .starts_with("cases[2].delivery_status: unknown variant \"lost\""));
}

#[test]
fn unknown_problem_names_the_value() {
    let error = parse_case_file(&read("invalid/unknown_problem.json")).unwrap_err();
    assert_eq!(error.path, "problem");
    assert!(error.to_string().contains("\"brokn\""), "{error}");
}

#[test]
fn malformed_dates_are_errors_naming_the_field() {
    for bad in [
        "2026-9-20",
        "2026-02-30",
        "20-09-2026",
        " 2026-09-20",
        "2026/09/20",
        "2026-09-20T00:00:00",
    ] {
        let error = parse_case_file(&minimal(&format!(r#","ordered_on":"{bad}""#))).unwrap_err();
        assert_eq!(error.path, "ordered_on", "{bad}");
        assert_eq!(
            error.kind,
            CaseFileErrorKind::InvalidDate {
                value: bad.to_string()
            }
        );
    }
    let nested = minimal(r#","dispute":{"opened_on":"2026-13-01"}"#);
    assert_eq!(
        parse_case_file(&nested).unwrap_err().path,
        "dispute.opened_on"
    );
    let listed = minimal(r#","evidence":[{"kind":"photo"},{"kind":"video","captured_on":"x"}]"#);
    assert_eq!(
        parse_case_file(&listed).unwrap_err().path,
        "evidence[1].captured_on"
    );
}

#[test]
fn strict_dates_accept_only_real_calendar_days() {
    assert_eq!(parse_date("2028-02-29"), Some(d("2028-02-29")));
    assert_eq!(parse_date("2026-02-29"), None);
    assert_eq!(parse_date("+2026-01-01"), None);
    assert_eq!(parse_date("2026-01-0a"), None);
}

#[test]
fn format_and_version_are_required() {
    let wrong = parse_case_file(r#"{"format":"other","version":1}"#).unwrap_err();
    assert_eq!(wrong.path, "format");
    assert!(wrong.to_string().contains("\"other\""));
    let missing = parse_case_file(r#"{"version":1}"#).unwrap_err();
    assert_eq!(
        missing.kind,
        CaseFileErrorKind::UnknownFormat { found: None }
    );
    let version = parse_case_file(&read("invalid/wrong_version.json")).unwrap_err();
    assert_eq!(version.path, "version");
    assert_eq!(version.to_string(), "version: version must be 1, found 2");
    let collection = parse_case_file(r#"{"format":"disputa.cases","version":"1","cases":[]}"#);
    assert_eq!(collection.unwrap_err().path, "version");
}

#[test]
fn collection_members_may_repeat_only_the_case_format() {
    let bad = r#"{"format":"disputa.cases","version":1,"cases":[{"format":"disputa.cases","id":"a","delivery_status":"received"}]}"#;
    assert_eq!(parse_case_file(bad).unwrap_err().path, "cases[0].format");
    let version = r#"{"format":"disputa.cases","version":1,"cases":[{"version":3,"id":"a","delivery_status":"received"}]}"#;
    assert_eq!(
        parse_case_file(version).unwrap_err().path,
        "cases[0].version"
    );
    let bare = r#"{"format":"disputa.cases","version":1,"cases":[{"id":"a","delivery_status":"received"}]}"#;
    assert_eq!(parse_case_file(bare).unwrap().len(), 1);
}

#[test]
fn missing_required_fields_are_named() {
    let error = parse_case_file(r#"{"format":"disputa.case","version":1,"id":"a"}"#).unwrap_err();
    assert_eq!(error.path, "delivery_status");
    assert_eq!(error.kind, CaseFileErrorKind::MissingField);
    let refund = parse_case_file(&minimal(r#","refund":{"amount":"3.00"}"#)).unwrap_err();
    assert_eq!(refund.path, "refund.stage");
    let in_collection =
        r#"{"format":"disputa.cases","version":1,"cases":[{"delivery_status":"received"}]}"#;
    assert_eq!(
        parse_case_file(in_collection).unwrap_err().path,
        "cases[0].id"
    );
}

#[test]
fn wrong_types_are_errors_naming_the_field() {
    let error = parse_case_file(&minimal(r#","processing_days":"seven""#)).unwrap_err();
    assert_eq!(error.path, "processing_days");
    assert!(matches!(error.kind, CaseFileErrorKind::WrongValue { .. }));
    let negative = parse_case_file(&minimal(r#","promised_delivery_days":-3"#)).unwrap_err();
    assert_eq!(negative.path, "promised_delivery_days");
}

#[test]
fn broken_json_reports_line_and_column() {
    let error = parse_case_file(&read("invalid/not_json.json")).unwrap_err();
    assert_eq!(error.path, "");
    assert!(
        matches!(error.kind, CaseFileErrorKind::Syntax { line: 3, .. }),
        "{error}"
    );
    assert!(error.to_string().starts_with("not valid JSON at line 3"));
    assert_eq!(
        parse_case_file("[1]").unwrap_err().kind,
        CaseFileErrorKind::NotAnObject
    );
}

#[test]
fn extra_fields_are_allowed() {
    let cases = parse_case_file(&minimal(
        r#","colour":"blue","dispute":{"opened_on":null,"x":1}"#,
    ));
    assert_eq!(cases.unwrap().len(), 1);
}

#[test]
fn extra_fields_of_a_case_are_kept_and_written_back_after_the_known_ones() {
    let extra = r#","colour":"blue","tool":{"name":"x","tags":[1,null,"ñ"]},"zeta":-2.5"#;
    let case = parse_case_file(&minimal(extra)).unwrap().remove(0);
    assert_eq!(case.extra.len(), 3);
    assert_eq!(case.extra["colour"], "blue");
    assert_eq!(case.extra["tool"]["tags"][2], "ñ");
    assert!(!case.extra.contains_key("format") && !case.extra.contains_key("version"));

    let written = disputa::domain::case_to_json(&case);
    // Written as serde_json writes it; a Value would sort the names.
    let at = |name: &str| written.find(&format!("\"{name}\":")).unwrap();
    assert!(at("format") < at("id") && at("id") < at("updated_at"));
    assert!(
        at("updated_at") < at("colour") && at("colour") < at("tool") && at("tool") < at("zeta")
    );
    let value: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert_eq!(
        value["tool"],
        serde_json::json!({"name": "x", "tags": [1, null, "ñ"]})
    );
    assert_eq!(parse_case_file(&written).unwrap().remove(0), case);
}

#[test]
fn extra_fields_are_kept_for_every_case_of_a_collection() {
    let file = r#"{"format":"disputa.cases","version":1,"cases":[
        {"id":"a","delivery_status":"in_transit","from":"other tool"},
        {"id":"b","delivery_status":"in_transit"},
        {"id":"c","delivery_status":"in_transit","rank":3}
    ]}"#;
    let cases = parse_case_file(file).unwrap();
    assert_eq!(cases[0].extra["from"], "other tool");
    assert!(cases[1].extra.is_empty());
    assert_eq!(cases[2].extra["rank"], 3);
    let written = disputa::domain::cases_to_collection_json(&cases);
    assert_eq!(parse_case_file(&written).unwrap(), cases);
}

#[test]
fn the_known_fields_are_exactly_what_a_case_writes() {
    let value: serde_json::Value =
        serde_json::from_str(&disputa::domain::case_to_json(&Case::new("a"))).unwrap();
    let names: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut known = disputa::domain::KNOWN_FIELDS.to_vec();
    known.sort_unstable();
    // A Value holds its names sorted.
    assert_eq!(names, known);
}

#[test]
fn nulls_mean_not_known() {
    let case = parse_case_file(&minimal(
        r#","shipped_on":null,"problem":null,"dispute":null"#,
    ))
    .unwrap()
    .remove(0);
    assert_eq!(case.shipped_on, None);
    assert_eq!(case.problem, None);
    assert_eq!(case.dispute, None);
}

#[test]
fn a_case_serializes_format_and_version_first() {
    let json = case_to_json(&Case::new("a"));
    let format = json.find("\"format\"").unwrap();
    let version = json.find("\"version\"").unwrap();
    let id = json.find("\"id\"").unwrap();
    assert!(format < version && version < id, "{json}");
    assert!(json.contains("\"return\": null"));
}

#[test]
fn every_sample_round_trips_unchanged() {
    for name in [
        "damaged.json",
        "collection.json",
        "wrong_quantity.json",
        "no_longer_needed.json",
    ] {
        let cases = parse_case_file(&read(name)).unwrap();
        let again = parse_case_file(&cases_to_collection_json(&cases)).unwrap();
        assert_eq!(cases, again, "{name}");
        for case in &cases {
            assert_eq!(
                parse_case_file(&case_to_json(case)).unwrap(),
                vec![case.clone()]
            );
        }
    }
}

#[test]
fn enumerations_read_from_text_and_list_every_value() {
    assert_eq!("damaged".parse::<Problem>(), Ok(Problem::Damaged));
    assert_eq!(Problem::ALL.len(), 10);
    assert_eq!(DeliveryStatus::ALL.len(), 4);
    assert_eq!(PaymentMethod::ALL.len(), 6);
    assert_eq!(Outcome::ALL.len(), 5);
    assert_eq!(RefundStage::ALL.len(), 3);
    assert_eq!(EvidenceKind::ALL.len(), 6);
    let error = "brokn".parse::<Problem>().unwrap_err();
    assert_eq!(error.to_string(), "unknown problem \"brokn\"");
    for problem in Problem::ALL {
        let json = serde_json::to_string(problem).unwrap();
        assert_eq!(json, format!("\"{}\"", problem.as_str()));
        assert_eq!(problem.as_str().parse::<Problem>(), Ok(*problem));
    }
    for status in DeliveryStatus::ALL {
        assert_eq!(status.as_str().parse::<DeliveryStatus>(), Ok(*status));
        assert_eq!(status.to_string(), status.as_str());
    }
}

#[test]
fn change_of_mind_and_received_item_grounds_split_the_ten() {
    let mind: Vec<_> = Problem::ALL
        .iter()
        .filter(|p| p.is_change_of_mind())
        .collect();
    let item: Vec<_> = Problem::ALL
        .iter()
        .filter(|p| p.is_about_received_item())
        .collect();
    assert_eq!(mind.len(), 3);
    assert_eq!(item.len(), 6);
    assert!(
        !Problem::NotReceived.is_change_of_mind() && !Problem::NotReceived.is_about_received_item()
    );
}

#[test]
fn validation_errors_of_a_file_name_the_case_and_field() {
    let today = d("2026-11-01");
    let errors = load_case_file(&read("invalid/delivered_before_shipped.json"), today).unwrap_err();
    assert_eq!(errors[0].path, "delivered_on");
    assert_eq!(
        errors[0].kind,
        CaseFileErrorKind::Invalid(Reason::Before("shipped_on"))
    );
    assert_eq!(errors[0].to_string(), "delivered_on: is before shipped_on");
    let mut collection: serde_json::Value = serde_json::from_str(&read("collection.json")).unwrap();
    collection["cases"][1]["shipped_on"] = "2027-01-01".into();
    let errors = load_case_file(&collection.to_string(), today).unwrap_err();
    assert!(
        errors.iter().any(|e| e.path == "cases[1].shipped_on"),
        "{errors:?}"
    );
    let file = read_case_file(&read("collection.json"), today).unwrap();
    assert!(file.collection);
    assert_eq!(file.cases.len(), 5);
}

#[test]
fn seller_requests_read_write_and_refuse_unknown_kinds_and_future_dates() {
    let json = minimal(r#","seller_requests":[{"kind":"confirm_receipt","on":"2026-10-20"}]"#);
    let case = &parse_case_file(&json).unwrap()[0];
    assert_eq!(
        case.seller_requests[0].kind,
        disputa::domain::SellerRequestKind::ConfirmReceipt
    );
    assert_eq!(case.seller_requests[0].on, Some(d("2026-10-20")));
    assert_eq!(&parse_case_file(&case_to_json(case)).unwrap()[0], case);

    let unknown = minimal(r#","seller_requests":[{"kind":"send_gift"}]"#);
    let error = parse_case_file(&unknown).unwrap_err();
    assert_eq!(error.path, "seller_requests[0].kind");

    let future = minimal(r#","seller_requests":[{"kind":"pay_outside","on":"2026-12-01"}]"#);
    let errors = read_case_file(&future, d("2026-11-01")).unwrap_err();
    assert_eq!(errors[0].path, "seller_requests[0].on");
    assert_eq!(errors[0].kind, CaseFileErrorKind::Invalid(Reason::InFuture));
}
