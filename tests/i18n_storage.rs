//! Storage, import and file problems in the buyer's words, in both languages.

use disputa::i18n::storage::*;
use disputa::i18n::*;
use disputa::storage::codec::{decode, Load};
use disputa::storage::import::{plan_import, ImportError};

fn import_lines(locale: Locale, file: serde_json::Value) -> Vec<String> {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    match plan_import(file.to_string().as_bytes(), &[], today) {
        Err(ImportError::Problems(problems)) => problems
            .iter()
            .map(|problem| import_problem(locale, problem))
            .collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

/// No field path, list position from 0 or value of a vocabulary as
/// written in the file.
fn assert_plain(line: &str) {
    for internal in [
        "cases[",
        "[0]",
        "_on",
        "delivery_status",
        "awaiting_shipment",
        "in_transit",
    ] {
        assert!(!line.contains(internal), "{internal} in {line}");
    }
}

fn collection(cases: serde_json::Value) -> serde_json::Value {
    serde_json::json!({ "format": "disputa.cases", "version": 1, "cases": cases })
}

#[test]
fn an_import_problem_names_the_case_from_1_with_its_item_and_the_field_in_words() {
    let file = collection(serde_json::json!([
        { "id": "a", "delivery_status": "in_transit" },
        { "id": "b", "item": "Watch", "delivery_status": "received",
          "shipped_on": "2026-10-10", "delivered_on": "2026-10-01" },
    ]));
    assert_eq!(
        import_lines(Locale::en, file.clone()),
        ["Case 2 (Watch): the delivery date is before the shipping date."]
    );
    assert_eq!(
        import_lines(Locale::es, file),
        ["Caso 2 (Watch): la fecha de entrega es anterior a la fecha de envío."]
    );
}

#[test]
fn a_cancellation_after_shipment_says_when_an_order_is_cancelled() {
    let file = collection(serde_json::json!([
        { "id": "a", "item": "Lamp", "delivery_status": "in_transit",
          "shipped_on": "2026-10-10", "cancelled_on": "2026-10-12" },
    ]));
    let lines = import_lines(Locale::en, file.clone());
    assert!(
        lines.contains(&"Case 1 (Lamp): the cancellation date is after the shipping date: an order is cancelled before it ships.".to_string()),
        "{lines:?}"
    );
    let lines = import_lines(Locale::es, file);
    assert!(
        lines.iter().any(|l| l.starts_with(
            "Caso 1 (Lamp): la fecha de cancelación es posterior a la fecha de envío"
        )),
        "{lines:?}"
    );
}

#[test]
fn an_unknown_value_is_refused_with_the_known_ones_in_words() {
    let file = collection(serde_json::json!([{ "id": "a", "delivery_status": "lost" }]));
    let [line] = &import_lines(Locale::en, file)[..] else {
        panic!("one problem expected")
    };
    assert!(
        line.starts_with("Case 1: the delivery status holds a value"),
        "{line}"
    );
    assert!(
        line.contains("(lost)") && line.contains("On its way"),
        "{line}"
    );
    assert_plain(line);
}

#[test]
fn a_single_case_file_reads_as_sentences_and_entries_count_from_1() {
    let file = serde_json::json!({
        "format": "disputa.case", "version": 1, "id": "a", "item": "Lamp",
        "delivery_status": "received", "shipped_on": "2026-10-01", "delivered_on": "2026-10-05",
        "evidence": [{ "kind": "photo", "captured_on": "2026-12-01" }],
        "price": { "amount": "-3", "currency": "euro" },
        "updated_at": "soon",
    });
    let lines = import_lines(Locale::en, file);
    assert!(
        lines.contains(&"The date of evidence item 1 is after today.".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"The price must be more than zero.".to_string()),
        "{lines:?}"
    );
    for line in &lines {
        assert_plain(line);
        assert!(line.starts_with(char::is_uppercase), "{line}");
    }
}

#[test]
fn problems_of_the_stored_cases_name_the_case_and_field_in_words() {
    let stored = serde_json::json!({
        "format": "disputa.state", "version": 1, "revision": 1,
        "saved_at": "2026-10-01T10:00:00Z", "settings": {},
        "cases": [
            { "format": "disputa.case", "version": 1, "id": "a", "delivery_status": "in_transit" },
            { "format": "disputa.case", "version": 1, "id": "b", "delivery_status": "lost" },
            { "format": "disputa.case", "version": 1, "id": "c", "delivery_status": "in_transit",
              "updated_at": "soon" },
        ],
    });
    let Load::Damaged { problems, .. } = decode(Some(&stored.to_string())) else {
        panic!("damaged data expected")
    };
    let lines: Vec<String> = problems.iter().map(|p| damage(Locale::es, p)).collect();
    assert!(
        lines[0].starts_with("Caso 2: el estado de la entrega tiene un valor"),
        "{lines:?}"
    );
    assert_eq!(
        lines[1],
        "Caso 3: la hora del último cambio del caso no es una hora válida (soon)."
    );
    lines.iter().for_each(|line| assert_plain(line));
}

#[test]
fn every_field_a_case_file_can_name_has_words_in_both_languages() {
    let paths = [
        "",
        "cases",
        "format",
        "version",
        "revision",
        "saved_at",
        "settings",
        "id",
        "order_number",
        "store",
        "item",
        "item_category",
        "price",
        "price.amount",
        "price.currency",
        "payment_method",
        "country",
        "ordered_on",
        "shipped_on",
        "processing_days",
        "promised_delivery_days",
        "protection_ends_on",
        "delivery_status",
        "delivered_on",
        "receipt_confirmed_on",
        "cancelled_on",
        "problem",
        "item_unused",
        "free_return_offered",
        "contacted_seller_on",
        "paypal_dispute_opened_on",
        "paypal_dispute_escalated_on",
        "paypal_dispute_closed_on",
        "paypal_dispute_outcome",
        "chargeback_requested_on",
        "chargeback_closed_on",
        "chargeback_outcome",
        "dispute",
        "dispute.opened_on",
        "dispute.seller_responded_on",
        "dispute.escalated_on",
        "dispute.closed_on",
        "dispute.outcome",
        "dispute.appealed_on",
        "return",
        "return.free_return",
        "return.shipped_on",
        "return.tracking",
        "refund",
        "refund.stage",
        "refund.amount",
        "refund.updated_on",
        "evidence",
        "evidence[0]",
        "evidence[0].kind",
        "evidence[0].note",
        "evidence[0].captured_on",
        "evidence.captured_on",
        "seller_requests",
        "seller_requests[0]",
        "seller_requests[0].kind",
        "seller_requests[0].on",
        "seller_requests.on",
        "notes",
        "created_at",
        "updated_at",
    ];
    for locale in [Locale::en, Locale::es] {
        for path in paths {
            let words = field_name(locale, path);
            let unknown = td_string!(locale, storage.field.other, name = path);
            assert_ne!(words, unknown, "{path} has words of its own");
            assert_plain(&words);
        }
    }
    assert_eq!(
        field_name(Locale::en, "evidence[1].kind"),
        "the kind of evidence item 2"
    );
}

#[test]
fn every_value_of_each_vocabulary_has_words() {
    use disputa::domain::*;
    let vocabularies: [(&str, Vec<&str>); 9] = [
        (
            "delivery_status",
            DeliveryStatus::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        ("problem", Problem::ALL.iter().map(|v| v.as_str()).collect()),
        (
            "payment_method",
            PaymentMethod::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "item_category",
            ItemCategory::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "dispute.outcome",
            Outcome::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "chargeback_outcome",
            RouteOutcome::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "refund.stage",
            RefundStage::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "evidence[].kind",
            EvidenceKind::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "seller_requests[].kind",
            SellerRequestKind::ALL.iter().map(|v| v.as_str()).collect(),
        ),
    ];
    for (shape, values) in vocabularies {
        for value in values {
            assert!(
                value_name(Locale::es, shape, value).is_some(),
                "{shape} {value}"
            );
        }
    }
}
