#![cfg(not(target_arch = "wasm32"))]
//! The readings DOMAIN.md settles where the rules left a gap (S3..S7, and
//! R2's limit in any currency), each at its edges: the day (or cent) before,
//! on, and after.

use chrono::NaiveDate;
use disputa::domain::{
    add_days, assess, price_check, validate, Assessment, Case, DeliveryStatus, Dispute, Evidence,
    EvidenceKind, FreeReturnReason, NextStep, Outcome, Policy, Price, PriceCheck, Problem, Reason,
    Stage, Verdict, REFERENCE_RATES,
};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn at(case: &Case, today: &str) -> Assessment {
    assess(case, &Policy::default(), d(today))
}

/// A change of mind on an unused item from a listing with the free-return
/// badge, delivered in Germany: only the price decides the free return.
fn changed_mind(amount: &str, currency: &str) -> Case {
    let mut case = Case::new("changed-mind");
    case.delivery_status = DeliveryStatus::Received;
    case.shipped_on = Some(d("2026-10-01"));
    case.delivered_on = Some(d("2026-10-20"));
    case.problem = Some(Problem::NoLongerNeeded);
    case.country = Some("DE".into());
    case.item_unused = Some(true);
    case.free_return_offered = Some(true);
    case.price = Some(Price {
        amount: amount.into(),
        currency: currency.into(),
    });
    case
}

#[test]
fn an_expensive_item_in_euros_is_not_a_free_return() {
    let assessment = at(&changed_mind("5000", "EUR"), "2026-10-22");
    assert!(!assessment.free_return.eligible);
    assert!(assessment
        .free_return
        .reasons
        .contains(&FreeReturnReason::PriceOverLimit));
    assert_ne!(assessment.next_step, NextStep::ShipReturn);
    assert!(assessment.rules.contains(&disputa::domain::RuleId::R2));
}

#[test]
fn a_cheap_item_in_euros_stays_a_free_return() {
    let assessment = at(&changed_mind("50", "EUR"), "2026-10-22");
    assert!(assessment.free_return.eligible);
    assert_eq!(assessment.next_step, NextStep::ShipReturn);
}

#[test]
fn a_converted_price_near_the_limit_is_uncertain_on_both_sides() {
    let policy = Policy::default();
    // EUR per dollar is 0.8532: US$900 (limit - 10%) is EUR 767.88 and
    // US$1,100 (limit + 10%) is EUR 938.52.
    for (amount, expected) in [
        ("767.87", PriceCheck::Under),
        ("767.88", PriceCheck::NearLimit),
        ("853.20", PriceCheck::NearLimit),
        ("938.52", PriceCheck::NearLimit),
        ("938.53", PriceCheck::Over),
    ] {
        assert_eq!(
            price_check(amount, "EUR", &policy),
            expected,
            "EUR {amount}"
        );
    }
    let near = at(&changed_mind("853.20", "EUR"), "2026-10-22");
    assert!(!near.free_return.eligible);
    assert!(near
        .free_return
        .reasons
        .contains(&FreeReturnReason::PriceNearLimit));
    assert_ne!(near.next_step, NextStep::ShipReturn);
}

#[test]
fn dollars_are_compared_exactly() {
    let policy = Policy::default();
    for (amount, expected) in [
        ("999.99", PriceCheck::Under),
        ("1000", PriceCheck::Under),
        ("1000.00", PriceCheck::Under),
        ("1000.001", PriceCheck::Over),
        ("1000.01", PriceCheck::Over),
        ("99999999999999999999999999999999999", PriceCheck::Over),
    ] {
        assert_eq!(
            price_check(amount, "USD", &policy),
            expected,
            "USD {amount}"
        );
    }
}

#[test]
fn a_currency_without_a_rate_or_no_price_is_uncertain_and_says_what_is_missing() {
    let unknown_currency = at(&changed_mind("10", "XOF"), "2026-10-22");
    assert!(!unknown_currency.free_return.eligible);
    assert!(unknown_currency
        .free_return
        .reasons
        .contains(&FreeReturnReason::NoExchangeRate));

    let mut no_price = changed_mind("10", "EUR");
    no_price.price = None;
    let assessment = at(&no_price, "2026-10-22");
    assert!(!assessment.free_return.eligible);
    assert!(assessment
        .free_return
        .reasons
        .contains(&FreeReturnReason::PriceUnknown));
    assert!(assessment.missing.contains(&"price"));
}

#[test]
fn every_reference_rate_is_dated_sourced_and_positive() {
    for rate in REFERENCE_RATES {
        assert!(rate.on.parse::<NaiveDate>().is_ok(), "{}", rate.currency);
        assert!(!rate.source.is_empty(), "{}", rate.currency);
        assert!(rate.per_usd_millionths > 0, "{}", rate.currency);
        assert_eq!(rate.currency.len(), 3);
        assert_ne!(rate.currency, "USD");
    }
    let policy = Policy::default();
    assert!(policy.rate("EUR").is_some() && policy.rate("XOF").is_none());
}

fn marked_delivered(delivered: Option<&str>) -> Case {
    let mut case = Case::new("marked");
    case.delivery_status = DeliveryStatus::MarkedDelivered;
    case.problem = Some(Problem::NotReceived);
    case.shipped_on = Some(d("2026-03-01"));
    case.delivered_on = delivered.map(d);
    case
}

#[test]
fn marked_delivered_without_a_date_closes_at_the_outer_limit() {
    let case = marked_delivered(None);
    // Protection: shipment + 60 = 2026-04-30; the outer limit is 15 days on.
    let last = d("2026-05-15");
    let on_the_day = at(&case, "2026-05-15");
    assert_eq!(on_the_day.closes_on, Some(last));
    assert_eq!(on_the_day.verdict, Verdict::EligibleNow);
    assert!(on_the_day.missing.contains(&"delivered_on"));
    assert_eq!(at(&case, "2026-05-14").verdict, Verdict::EligibleNow);
    assert_eq!(at(&case, "2026-05-16").verdict, Verdict::TooLate);
    assert_eq!(at(&case, "2027-03-01").verdict, Verdict::TooLate);
}

#[test]
fn marked_delivered_closes_five_days_after_delivery() {
    let case = marked_delivered(Some("2026-03-20"));
    let assessment = at(&case, "2026-03-25");
    assert_eq!(assessment.closes_on, Some(d("2026-03-25")));
    assert_eq!(assessment.verdict, Verdict::EligibleNow);
    assert_eq!(at(&case, "2026-03-24").verdict, Verdict::EligibleNow);
    assert_eq!(at(&case, "2026-03-26").verdict, Verdict::TooLate);
}

#[test]
fn marked_delivered_late_in_protection_still_closes_at_the_outer_limit() {
    let mut case = marked_delivered(Some("2026-05-12"));
    case.protection_ends_on = Some(d("2026-04-30"));
    // D5 would say 2026-05-17; D4's hard close (2026-05-15) comes first.
    assert_eq!(at(&case, "2026-05-13").closes_on, Some(d("2026-05-15")));
}

#[test]
fn a_late_confirm_receipt_does_not_extend_the_window() {
    let mut case = Case::new("received");
    case.delivery_status = DeliveryStatus::Received;
    case.shipped_on = Some(d("2026-03-01"));
    case.delivered_on = Some(d("2026-03-20"));
    case.protection_ends_on = Some(d("2026-04-30"));
    for (confirmed, closes) in [
        ("2026-04-29", "2026-05-14"),
        ("2026-04-30", "2026-05-15"),
        ("2026-05-01", "2026-05-15"),
        ("2026-06-20", "2026-05-15"),
    ] {
        case.receipt_confirmed_on = Some(d(confirmed));
        let assessment = at(&case, "2026-05-01");
        assert_eq!(
            assessment.closes_on,
            Some(d(closes)),
            "confirmed {confirmed}"
        );
    }
}

fn open_dispute_without_photos() -> Case {
    let mut case = Case::new("dispute");
    case.delivery_status = DeliveryStatus::Received;
    case.shipped_on = Some(d("2026-10-01"));
    case.delivered_on = Some(d("2026-10-20"));
    case.problem = Some(Problem::Damaged);
    case.dispute = Some(Dispute {
        opened_on: Some(d("2026-10-22")),
        ..Dispute::default()
    });
    case
}

#[test]
fn an_open_dispute_without_photos_waits_for_the_seller_and_lists_them() {
    let case = open_dispute_without_photos();
    let assessment = at(&case, "2026-10-25");
    assert_eq!(assessment.stage, Stage::DisputeOpen);
    assert_eq!(assessment.next_step, NextStep::WaitForSeller);
    let photo = assessment
        .evidence
        .iter()
        .find(|item| item.kind == EvidenceKind::Photo && item.required)
        .expect("the photo is listed");
    assert!(!photo.captured);
}

#[test]
fn in_a_claim_without_photos_the_step_is_answering_the_case_team() {
    let case = open_dispute_without_photos();
    // E1: opened 2026-10-22, a claim from 2026-11-06.
    assert_eq!(at(&case, "2026-11-05").next_step, NextStep::WaitForSeller);
    let claim = at(&case, "2026-11-06");
    assert_eq!(claim.stage, Stage::Claim);
    assert_eq!(claim.next_step, NextStep::AnswerCaseTeam);
    let mut escalated = case.clone();
    escalated.dispute.as_mut().unwrap().escalated_on = Some(d("2026-10-25"));
    assert_eq!(
        at(&escalated, "2026-10-26").next_step,
        NextStep::AnswerCaseTeam
    );
    let mut with_photo = case;
    with_photo.evidence.push(Evidence {
        kind: EvidenceKind::Photo,
        note: None,
        captured_on: Some(d("2026-10-21")),
    });
    assert_eq!(
        at(&with_photo, "2026-11-06").next_step,
        NextStep::AnswerCaseTeam
    );
}

#[test]
fn escalation_stays_fifteen_days_after_opening_unless_earlier() {
    let mut case = open_dispute_without_photos();
    let dispute = case.dispute.as_mut().unwrap();
    let automatic = d("2026-11-06");
    dispute.escalated_on = Some(d("2026-11-10"));
    assert_eq!(at(&case, "2026-11-12").escalates_on, Some(automatic));
    let dispute = case.dispute.as_mut().unwrap();
    dispute.escalated_on = Some(d("2026-10-25"));
    assert_eq!(at(&case, "2026-11-12").escalates_on, Some(d("2026-10-25")));
    // Settled before it escalated: no escalation at all.
    let dispute = case.dispute.as_mut().unwrap();
    dispute.escalated_on = None;
    dispute.closed_on = Some(d("2026-11-05"));
    dispute.outcome = Some(Outcome::FullRefund);
    assert_eq!(at(&case, "2026-11-12").escalates_on, None);
    // Decided after the fifteenth day: it had become a claim on that day.
    let dispute = case.dispute.as_mut().unwrap();
    dispute.closed_on = Some(d("2026-11-09"));
    assert_eq!(at(&case, "2026-11-12").escalates_on, Some(automatic));
}

#[test]
fn a_cancellation_after_shipment_is_refused_naming_the_field() {
    let mut case = Case::new("cancelled");
    case.delivery_status = DeliveryStatus::InTransit;
    case.ordered_on = Some(d("2026-03-01"));
    case.shipped_on = Some(d("2026-03-03"));
    for (cancelled, refused) in [
        ("2026-03-02", false),
        ("2026-03-03", false),
        ("2026-03-04", true),
    ] {
        case.cancelled_on = Some(d(cancelled));
        let problems = validate(&case, d("2026-03-10")).err().unwrap_or_default();
        let named = problems
            .iter()
            .any(|p| p.field == "cancelled_on" && p.reason == Reason::After("shipped_on"));
        assert_eq!(named, refused, "cancelled {cancelled}: {problems:?}");
    }
}

#[test]
fn a_window_without_an_end_is_never_open() {
    let mut case = Case::new("undated");
    case.delivery_status = DeliveryStatus::InTransit;
    case.problem = Some(Problem::NotReceived);
    let assessment = at(&case, "2026-03-10");
    assert_eq!(assessment.closes_on, None);
    assert_ne!(assessment.verdict, Verdict::EligibleNow);
    assert!(assessment.missing.contains(&"shipped_on"));
    // With the order page's protection end, the window has its end.
    case.protection_ends_on = Some(d("2026-04-30"));
    let dated = at(&case, "2026-03-10");
    assert_eq!(dated.closes_on, Some(add_days(d("2026-04-30"), 15)));
}
