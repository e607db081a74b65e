#![cfg(not(target_arch = "wasm32"))]
//! Every inconsistency a buyer can type is refused with the field and reason.

use chrono::NaiveDate;
use disputa::domain::{
    amount_problem, validate, Case, DeliveryStatus, Dispute, Evidence, EvidenceKind, Invalid,
    Outcome, PaymentMethod, Price, Reason, Refund, RefundStage, ReturnShipment,
};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

const TODAY: &str = "2026-06-01";

fn problems(case: &Case) -> Vec<Invalid> {
    validate(case, d(TODAY)).err().unwrap_or_default()
}

fn has(case: &Case, field: &str, reason: Reason) -> bool {
    problems(case)
        .iter()
        .any(|p| p.path() == field && p.reason == reason)
}

fn received() -> Case {
    let mut case = Case::new("ok");
    case.delivery_status = DeliveryStatus::Received;
    case.ordered_on = Some(d("2026-03-01"));
    case.shipped_on = Some(d("2026-03-03"));
    case.delivered_on = Some(d("2026-03-20"));
    case
}

fn with_dispute(dispute: Dispute) -> Case {
    let mut case = received();
    case.dispute = Some(dispute);
    case
}

#[test]
fn a_consistent_case_passes() {
    assert_eq!(validate(&received(), d(TODAY)), Ok(()));
    assert_eq!(validate(&Case::new("new"), d(TODAY)), Ok(()));
}

#[test]
fn delivered_before_shipped_is_refused() {
    let mut case = received();
    case.delivered_on = Some(d("2026-03-02"));
    assert!(has(&case, "delivered_on", Reason::Before("shipped_on")));
    assert_eq!(
        problems(&case)[0].to_string(),
        "delivered_on is before shipped_on"
    );
}

#[test]
fn shipped_before_ordered_is_refused() {
    let mut case = received();
    case.shipped_on = Some(d("2026-02-01"));
    assert!(has(&case, "shipped_on", Reason::Before("ordered_on")));
}

#[test]
fn delivered_before_ordered_is_refused_when_shipment_is_unknown() {
    let mut case = received();
    case.delivery_status = DeliveryStatus::InTransit;
    case.delivered_on = None;
    case.shipped_on = None;
    case.receipt_confirmed_on = Some(d("2026-02-01"));
    assert!(has(
        &case,
        "receipt_confirmed_on",
        Reason::Before("ordered_on")
    ));
    let mut case = received();
    case.shipped_on = None;
    case.delivered_on = Some(d("2026-02-01"));
    assert!(has(&case, "delivered_on", Reason::Before("ordered_on")));
}

#[test]
fn receipt_confirmed_before_delivery_is_refused() {
    let mut case = received();
    case.receipt_confirmed_on = Some(d("2026-03-19"));
    assert!(has(
        &case,
        "receipt_confirmed_on",
        Reason::Before("delivered_on")
    ));
    let mut in_transit = received();
    in_transit.delivery_status = DeliveryStatus::InTransit;
    in_transit.delivered_on = None;
    in_transit.receipt_confirmed_on = Some(d("2026-03-02"));
    assert!(has(
        &in_transit,
        "receipt_confirmed_on",
        Reason::Before("shipped_on")
    ));
}

#[test]
fn dispute_opened_before_shipment_is_refused() {
    let case = with_dispute(Dispute {
        opened_on: Some(d("2026-03-02")),
        ..Dispute::default()
    });
    assert!(has(
        &case,
        "dispute.opened_on",
        Reason::Before("shipped_on")
    ));
}

#[test]
fn dispute_events_before_opening_are_refused() {
    let case = with_dispute(Dispute {
        opened_on: Some(d("2026-03-21")),
        seller_responded_on: Some(d("2026-03-20")),
        escalated_on: Some(d("2026-03-20")),
        closed_on: Some(d("2026-03-20")),
        outcome: Some(Outcome::Rejected),
        appealed_on: Some(d("2026-03-20")),
    });
    for field in [
        "dispute.seller_responded_on",
        "dispute.escalated_on",
        "dispute.closed_on",
        "dispute.appealed_on",
    ] {
        assert!(
            has(&case, field, Reason::Before("dispute.opened_on")),
            "{field}"
        );
    }
}

#[test]
fn closing_before_escalation_or_appeal_is_refused() {
    let case = with_dispute(Dispute {
        opened_on: Some(d("2026-03-21")),
        escalated_on: Some(d("2026-04-05")),
        closed_on: Some(d("2026-04-01")),
        appealed_on: Some(d("2026-04-03")),
        outcome: Some(Outcome::FullRefund),
        ..Dispute::default()
    });
    assert!(has(
        &case,
        "dispute.closed_on",
        Reason::Before("dispute.escalated_on")
    ));
    assert!(has(
        &case,
        "dispute.closed_on",
        Reason::Before("dispute.appealed_on")
    ));
}

#[test]
fn outcome_without_closing_date_is_refused() {
    let case = with_dispute(Dispute {
        opened_on: Some(d("2026-03-21")),
        outcome: Some(Outcome::FullRefund),
        ..Dispute::default()
    });
    assert!(has(
        &case,
        "dispute.closed_on",
        Reason::Missing("dispute.outcome")
    ));
    let text = problems(&case)[0].to_string();
    assert_eq!(
        text,
        "dispute.closed_on is missing, but dispute.outcome needs it"
    );
}

#[test]
fn dispute_without_opening_date_is_refused() {
    let case = with_dispute(Dispute::default());
    assert!(has(&case, "dispute.opened_on", Reason::Missing("dispute")));
}

#[test]
fn dispute_while_awaiting_shipment_is_refused() {
    let mut case = Case::new("a");
    case.dispute = Some(Dispute {
        opened_on: Some(d("2026-03-21")),
        ..Dispute::default()
    });
    assert!(has(
        &case,
        "dispute.opened_on",
        Reason::Contradicts("delivery_status")
    ));
}

#[test]
fn dates_after_today_are_refused() {
    let mut case = received();
    case.delivered_on = Some(d("2026-06-02"));
    case.evidence.push(Evidence {
        kind: EvidenceKind::Photo,
        note: None,
        captured_on: Some(d("2026-06-02")),
    });
    case.evidence.push(Evidence {
        kind: EvidenceKind::Video,
        note: None,
        captured_on: Some(d("2026-07-02")),
    });
    assert!(has(&case, "delivered_on", Reason::InFuture));
    assert!(has(&case, "evidence[0].captured_on", Reason::InFuture));
    assert!(has(&case, "evidence[1].captured_on", Reason::InFuture));
    assert_eq!(
        problems(&case).last().unwrap().to_string(),
        "evidence[1].captured_on is after today"
    );
}

#[test]
fn the_protection_end_may_be_in_the_future() {
    let mut case = received();
    case.protection_ends_on = Some(d("2026-12-01"));
    assert_eq!(validate(&case, d(TODAY)), Ok(()));
}

#[test]
fn today_itself_is_not_the_future() {
    let mut case = received();
    case.delivered_on = Some(d(TODAY));
    assert_eq!(validate(&case, d(TODAY)), Ok(()));
}

#[test]
fn prices_must_be_positive_decimal_amounts() {
    for (amount, expected) in [
        ("12.99", None),
        ("7", None),
        ("0.01", None),
        ("0", Some(Reason::NotPositive)),
        ("0.00", Some(Reason::NotPositive)),
        ("-3.50", Some(Reason::NotPositive)),
        ("12,99", Some(Reason::NotADecimal)),
        ("12.", Some(Reason::NotADecimal)),
        (".5", Some(Reason::NotADecimal)),
        ("", Some(Reason::NotADecimal)),
        ("abc", Some(Reason::NotADecimal)),
        ("1e3", Some(Reason::NotADecimal)),
    ] {
        assert_eq!(amount_problem(amount), expected, "{amount:?}");
    }
    let mut case = received();
    case.price = Some(Price {
        amount: "0".into(),
        currency: "eur".into(),
    });
    assert!(has(&case, "price.amount", Reason::NotPositive));
    assert!(has(&case, "price.currency", Reason::NotCurrencyCode));
}

#[test]
fn country_must_be_two_uppercase_letters() {
    for bad in ["es", "ESP", "E", "É1", "U K"] {
        let mut case = received();
        case.country = Some(bad.into());
        assert!(has(&case, "country", Reason::NotCountryCode), "{bad}");
    }
    let mut case = received();
    case.country = Some("GB".into());
    assert_eq!(validate(&case, d(TODAY)), Ok(()));
}

#[test]
fn empty_id_is_refused() {
    let mut case = received();
    case.id = "  ".into();
    assert!(has(&case, "id", Reason::Empty));
}

#[test]
fn refund_needs_something_that_refunds() {
    let mut case = received();
    case.refund = Some(Refund {
        stage: RefundStage::Waiting,
        amount: Some("-1".into()),
        updated_on: None,
    });
    assert!(has(&case, "refund", Reason::NothingToRefund));
    assert!(has(&case, "refund.amount", Reason::NotPositive));
    let mut rejected = case.clone();
    rejected.dispute = Some(Dispute {
        opened_on: Some(d("2026-03-21")),
        closed_on: Some(d("2026-04-01")),
        outcome: Some(Outcome::Rejected),
        ..Dispute::default()
    });
    assert!(has(&rejected, "refund", Reason::NothingToRefund));
    let mut refunded = rejected.clone();
    refunded.dispute.as_mut().unwrap().outcome = Some(Outcome::FullRefund);
    assert!(!has(&refunded, "refund", Reason::NothingToRefund));
    let mut returned = case.clone();
    returned.return_ = Some(ReturnShipment {
        free_return: true,
        shipped_on: Some(d("2026-03-25")),
        tracking: None,
    });
    assert!(!has(&returned, "refund", Reason::NothingToRefund));
    let mut cancelled = Case::new("c");
    cancelled.cancelled_on = Some(d("2026-03-02"));
    cancelled.refund = Some(Refund {
        stage: RefundStage::Processing,
        amount: None,
        updated_on: None,
    });
    assert_eq!(validate(&cancelled, d(TODAY)), Ok(()));
}

#[test]
fn delivery_status_must_agree_with_the_dates() {
    let mut awaiting = received();
    awaiting.delivery_status = DeliveryStatus::AwaitingShipment;
    awaiting.receipt_confirmed_on = Some(d("2026-03-21"));
    assert!(has(
        &awaiting,
        "shipped_on",
        Reason::Contradicts("delivery_status")
    ));
    assert!(has(
        &awaiting,
        "delivered_on",
        Reason::Contradicts("delivery_status")
    ));
    assert!(has(
        &awaiting,
        "receipt_confirmed_on",
        Reason::Contradicts("delivery_status")
    ));
    let mut in_transit = received();
    in_transit.delivery_status = DeliveryStatus::InTransit;
    assert!(has(
        &in_transit,
        "delivered_on",
        Reason::Contradicts("delivery_status")
    ));
    let mut marked = received();
    marked.delivery_status = DeliveryStatus::MarkedDelivered;
    marked.shipped_on = None;
    assert!(has(
        &marked,
        "shipped_on",
        Reason::Missing("delivery_status")
    ));
}

#[test]
fn a_return_needs_the_item_received_first() {
    let mut case = received();
    case.return_ = Some(ReturnShipment {
        free_return: false,
        shipped_on: Some(d("2026-03-10")),
        tracking: None,
    });
    assert!(has(
        &case,
        "return.shipped_on",
        Reason::Before("delivered_on")
    ));
    case.delivery_status = DeliveryStatus::MarkedDelivered;
    assert!(has(
        &case,
        "return.shipped_on",
        Reason::Contradicts("delivery_status")
    ));
}

#[test]
fn paypal_dispute_date_needs_a_paypal_payment() {
    let mut case = received();
    case.payment_method = Some(PaymentMethod::Card);
    case.paypal_dispute_opened_on = Some(d("2026-02-01"));
    assert!(has(
        &case,
        "paypal_dispute_opened_on",
        Reason::Contradicts("payment_method")
    ));
    assert!(has(
        &case,
        "paypal_dispute_opened_on",
        Reason::Before("ordered_on")
    ));
}

#[test]
fn other_dates_before_the_order_are_refused() {
    let mut case = received();
    case.cancelled_on = Some(d("2026-02-01"));
    case.contacted_seller_on = Some(d("2026-02-01"));
    case.promised_delivery_days = Some(0);
    assert!(has(&case, "cancelled_on", Reason::Before("ordered_on")));
    assert!(has(
        &case,
        "contacted_seller_on",
        Reason::Before("ordered_on")
    ));
    assert!(has(&case, "promised_delivery_days", Reason::NotPositive));
}

#[test]
fn every_reason_reads_as_english() {
    let reasons = [
        (Reason::Before("shipped_on"), "is before shipped_on"),
        (Reason::InFuture, "is after today"),
        (Reason::NotPositive, "is not a positive amount"),
        (Reason::NotADecimal, "is not a decimal amount like 12.99"),
        (
            Reason::NotCurrencyCode,
            "is not a three-letter currency code like EUR",
        ),
        (
            Reason::NotCountryCode,
            "is not two uppercase letters like ES or GB",
        ),
        (Reason::Empty, "is empty"),
        (
            Reason::Contradicts("delivery_status"),
            "contradicts delivery_status",
        ),
    ];
    for (reason, text) in reasons {
        assert_eq!(reason.to_string(), text);
    }
    assert!(Reason::NothingToRefund
        .to_string()
        .starts_with("has nothing that refunds"));
}
