#![cfg(not(target_arch = "wasm32"))]
//! Every rule with a window, at each edge: the day before, the day itself
//! and the day after ("until D + N" includes D + N and is closed from D + N + 1).

use chrono::NaiveDate;
use disputa::domain::{
    assess, Alternative, Assessment, Case, DeadlineKind, DeliveryStatus, Dispute, FreeReturnReason,
    NextStep, Outcome, PaymentMethod, Policy, Price, Problem, Stage, Verdict,
};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn at(case: &Case, today: &str) -> Assessment {
    assess(case, &Policy::default(), d(today))
}

fn in_transit(shipped: &str) -> Case {
    let mut case = Case::new("window");
    case.delivery_status = DeliveryStatus::InTransit;
    case.ordered_on = Some(d("2026-01-01"));
    case.shipped_on = Some(d(shipped));
    case
}

fn received(shipped: &str, delivered: &str) -> Case {
    let mut case = in_transit(shipped);
    case.delivery_status = DeliveryStatus::Received;
    case.delivered_on = Some(d(delivered));
    case
}

fn deadline(assessment: &Assessment, kind: DeadlineKind) -> Option<NaiveDate> {
    assessment
        .deadlines
        .iter()
        .find(|deadline| deadline.kind == kind)
        .map(|deadline| deadline.date)
}

#[test]
fn dispute_button_opens_ten_days_after_shipment() {
    let case = in_transit("2026-03-01");
    assert_eq!(at(&case, "2026-03-10").verdict, Verdict::NotYet);
    assert_eq!(at(&case, "2026-03-10").opens_on, Some(d("2026-03-11")));
    assert_eq!(at(&case, "2026-03-11").verdict, Verdict::EligibleNow);
    assert_eq!(at(&case, "2026-03-12").verdict, Verdict::EligibleNow);
}

#[test]
fn older_help_pages_open_the_dispute_five_days_after_shipment() {
    let case = in_transit("2026-03-01");
    let policy = Policy::default().with_alternative(Alternative::DisputeOpensDay5);
    let verdict = |today| assess(&case, &policy, d(today)).verdict;
    assert_eq!(verdict("2026-03-05"), Verdict::NotYet);
    assert_eq!(verdict("2026-03-06"), Verdict::EligibleNow);
    assert_eq!(verdict("2026-03-07"), Verdict::EligibleNow);
}

#[test]
fn in_transit_dispute_closes_fifteen_days_after_protection_ends() {
    // Shipped 2026-03-01: protection ends 2026-04-30 (60 days), hard close 2026-05-15.
    let case = in_transit("2026-03-01");
    let on_day = at(&case, "2026-05-15");
    assert_eq!(on_day.protection_ends_on, Some(d("2026-04-30")));
    assert_eq!(on_day.closes_on, Some(d("2026-05-15")));
    assert_eq!(at(&case, "2026-05-14").verdict, Verdict::EligibleNow);
    assert_eq!(on_day.verdict, Verdict::EligibleNow);
    assert_eq!(at(&case, "2026-05-16").verdict, Verdict::TooLate);
}

#[test]
fn confirmed_receipt_closes_the_dispute_fifteen_days_later() {
    let mut case = received("2026-03-01", "2026-03-20");
    case.receipt_confirmed_on = Some(d("2026-03-21"));
    case.problem = Some(Problem::Damaged);
    assert_eq!(at(&case, "2026-04-05").closes_on, Some(d("2026-04-05")));
    assert_eq!(at(&case, "2026-04-04").verdict, Verdict::EligibleNow);
    assert_eq!(at(&case, "2026-04-05").verdict, Verdict::EligibleNow);
    assert_eq!(at(&case, "2026-04-06").verdict, Verdict::TooLate);
}

#[test]
fn received_without_confirmation_closes_fifteen_days_after_protection() {
    let case = received("2026-03-01", "2026-03-20");
    assert_eq!(at(&case, "2026-05-15").closes_on, Some(d("2026-05-15")));
    assert_eq!(at(&case, "2026-05-14").verdict, Verdict::EligibleNow);
    assert_eq!(at(&case, "2026-05-15").verdict, Verdict::EligibleNow);
    assert_eq!(at(&case, "2026-05-16").verdict, Verdict::TooLate);
}

#[test]
fn marked_delivered_closes_after_five_days() {
    let mut case = received("2026-03-01", "2026-03-20");
    case.delivery_status = DeliveryStatus::MarkedDelivered;
    assert_eq!(at(&case, "2026-03-25").closes_on, Some(d("2026-03-25")));
    assert_eq!(at(&case, "2026-03-24").verdict, Verdict::EligibleNow);
    assert_eq!(at(&case, "2026-03-25").verdict, Verdict::EligibleNow);
    assert_eq!(at(&case, "2026-03-26").verdict, Verdict::TooLate);
}

#[test]
fn not_arrived_item_is_urged_to_open_a_week_before_protection_ends() {
    // Protection ends 2026-04-30; the weekly check (D11) before it is 2026-04-23.
    let case = in_transit("2026-03-01");
    assert_eq!(at(&case, "2026-04-22").next_step, NextStep::Wait);
    assert_eq!(at(&case, "2026-04-23").next_step, NextStep::OpenDispute);
    assert_eq!(at(&case, "2026-04-24").next_step, NextStep::OpenDispute);
    let assessment = at(&case, "2026-04-23");
    assert_eq!(assessment.recommended_open_by, Some(d("2026-04-30")));
    assert_eq!(
        deadline(&assessment, DeadlineKind::OpenDisputeBy),
        Some(d("2026-04-30"))
    );
    assert_eq!(
        deadline(&assessment, DeadlineKind::DisputeClosesOn),
        Some(d("2026-05-15"))
    );
}

#[test]
fn protection_ends_sixty_days_after_shipment_by_default() {
    let case = in_transit("2026-03-01");
    let days_left = |today| {
        at(&case, today)
            .deadlines
            .iter()
            .find(|dl| dl.kind == DeadlineKind::ProtectionEnds)
            .map(|dl| dl.days_left)
    };
    assert_eq!(days_left("2026-04-29"), Some(1));
    assert_eq!(days_left("2026-04-30"), Some(0));
    assert_eq!(days_left("2026-05-01"), Some(-1));
}

#[test]
fn protection_alternatives_move_its_end() {
    let case = in_transit("2026-03-01");
    let end = |alternative| {
        let policy = Policy::default().with_alternative(alternative);
        assess(&case, &policy, d("2026-03-02")).protection_ends_on
    };
    assert_eq!(end(Alternative::Protection75), Some(d("2026-05-15")));
    assert_eq!(end(Alternative::Protection90), Some(d("2026-05-30")));
    assert_eq!(end(Alternative::Protection120), Some(d("2026-06-29")));
}

#[test]
fn dispute_becomes_a_claim_fifteen_days_after_opening() {
    let mut case = received("2026-03-01", "2026-03-20");
    case.problem = Some(Problem::Damaged);
    case.dispute = Some(Dispute {
        opened_on: Some(d("2026-03-21")),
        ..Dispute::default()
    });
    assert_eq!(at(&case, "2026-04-04").stage, Stage::DisputeOpen);
    assert_eq!(at(&case, "2026-04-05").stage, Stage::Claim);
    assert_eq!(at(&case, "2026-04-06").stage, Stage::Claim);
    assert_eq!(at(&case, "2026-04-04").escalates_on, Some(d("2026-04-05")));
}

#[test]
fn seller_must_respond_within_five_days_under_the_newer_help_text() {
    let mut case = received("2026-03-01", "2026-03-20");
    case.dispute = Some(Dispute {
        opened_on: Some(d("2026-03-21")),
        ..Dispute::default()
    });
    let policy = Policy::default().with_alternative(Alternative::SellerResponds5Days);
    let left = |today| {
        assess(&case, &policy, d(today))
            .deadlines
            .iter()
            .find(|dl| dl.kind == DeadlineKind::SellerRespondsBy)
            .map(|dl| dl.days_left)
    };
    assert_eq!(left("2026-03-25"), Some(1));
    assert_eq!(left("2026-03-26"), Some(0));
    assert_eq!(left("2026-03-27"), Some(-1));
    assert_eq!(
        deadline(&at(&case, "2026-03-22"), DeadlineKind::SellerRespondsBy),
        None
    );
}

fn decided(outcome: Outcome, closed: &str) -> Case {
    let mut case = received("2026-03-01", "2026-03-20");
    case.problem = Some(Problem::NotAsDescribed);
    case.dispute = Some(Dispute {
        opened_on: Some(d("2026-03-21")),
        closed_on: Some(d(closed)),
        outcome: Some(outcome),
        ..Dispute::default()
    });
    case
}

#[test]
fn rejected_decision_can_be_appealed_for_seven_days() {
    let case = decided(Outcome::Rejected, "2026-04-01");
    assert_eq!(at(&case, "2026-04-07").next_step, NextStep::Appeal);
    assert_eq!(at(&case, "2026-04-08").next_step, NextStep::Appeal);
    assert_eq!(at(&case, "2026-04-09").next_step, NextStep::Done);
    let assessment = at(&case, "2026-04-08");
    assert_eq!(
        deadline(&assessment, DeadlineKind::AppealBy),
        Some(d("2026-04-08"))
    );
    assert_eq!(assessment.verdict, Verdict::Resolved);
}

#[test]
fn agreed_return_must_ship_within_ten_days() {
    let case = decided(Outcome::ReturnAndRefund, "2026-04-01");
    assert_eq!(at(&case, "2026-04-10").next_step, NextStep::ShipReturn);
    assert_eq!(at(&case, "2026-04-11").next_step, NextStep::ShipReturn);
    assert_eq!(at(&case, "2026-04-12").next_step, NextStep::Done);
    let assessment = at(&case, "2026-04-11");
    assert_eq!(
        deadline(&assessment, DeadlineKind::ReturnShipBy),
        Some(d("2026-04-11"))
    );
}

fn change_of_mind(delivered: &str) -> Case {
    let mut case = received("2026-03-01", delivered);
    case.problem = Some(Problem::NoLongerNeeded);
    case.country = Some("ES".into());
    case.item_unused = Some(true);
    case.free_return_offered = Some(true);
    case.price = Some(Price {
        amount: "35.00".into(),
        currency: "EUR".into(),
    });
    case
}

#[test]
fn free_return_is_open_fifteen_days_after_delivery() {
    let case = change_of_mind("2026-03-20");
    let check = |today| at(&case, today).free_return;
    assert!(check("2026-04-03").eligible);
    assert!(check("2026-04-04").eligible);
    assert_eq!(check("2026-04-04").until, Some(d("2026-04-04")));
    let after = check("2026-04-05");
    assert!(!after.eligible);
    assert_eq!(after.reasons, vec![FreeReturnReason::WindowClosed]);
}

#[test]
fn change_of_mind_prefers_the_free_return_until_its_window_closes() {
    let case = change_of_mind("2026-03-20");
    assert_eq!(at(&case, "2026-04-03").verdict, Verdict::NotNeeded);
    assert_eq!(at(&case, "2026-04-04").verdict, Verdict::NotNeeded);
    assert_eq!(at(&case, "2026-04-05").verdict, Verdict::EligibleNow);
}

fn with_payment(method: PaymentMethod) -> Case {
    let mut case = received("2026-03-01", "2026-03-20");
    case.payment_method = Some(method);
    case.problem = Some(Problem::Damaged);
    case
}

fn days_left_at(case: &Case, kind: DeadlineKind, today: &str) -> Option<i64> {
    at(case, today)
        .deadlines
        .iter()
        .find(|dl| dl.kind == kind)
        .map(|dl| dl.days_left)
}

#[test]
fn paypal_dispute_is_possible_for_180_days_after_payment() {
    // Ordered 2026-01-01: 180 days later is 2026-06-30.
    let case = with_payment(PaymentMethod::Paypal);
    let kind = DeadlineKind::PaypalDisputeBy;
    assert_eq!(days_left_at(&case, kind, "2026-06-29"), Some(1));
    assert_eq!(days_left_at(&case, kind, "2026-06-30"), Some(0));
    assert_eq!(days_left_at(&case, kind, "2026-07-01"), Some(-1));
}

#[test]
fn paypal_dispute_must_be_escalated_within_20_days() {
    let mut case = with_payment(PaymentMethod::Paypal);
    case.paypal_dispute_opened_on = Some(d("2026-04-01"));
    let kind = DeadlineKind::PaypalEscalateBy;
    assert_eq!(days_left_at(&case, kind, "2026-04-20"), Some(1));
    assert_eq!(days_left_at(&case, kind, "2026-04-21"), Some(0));
    assert_eq!(days_left_at(&case, kind, "2026-04-22"), Some(-1));
}

#[test]
fn card_chargeback_is_possible_for_120_days_after_the_transaction() {
    // Ordered 2026-01-01: 120 days later is 2026-05-01.
    let case = with_payment(PaymentMethod::Card);
    let kind = DeadlineKind::ChargebackBy;
    assert_eq!(days_left_at(&case, kind, "2026-04-30"), Some(1));
    assert_eq!(days_left_at(&case, kind, "2026-05-01"), Some(0));
    assert_eq!(days_left_at(&case, kind, "2026-05-02"), Some(-1));
}

#[test]
fn eu_buyers_may_withdraw_for_14_days_after_delivery() {
    let mut case = with_payment(PaymentMethod::Card);
    case.country = Some("FR".into());
    let kind = DeadlineKind::EuWithdrawalBy;
    assert_eq!(days_left_at(&case, kind, "2026-04-02"), Some(1));
    assert_eq!(days_left_at(&case, kind, "2026-04-03"), Some(0));
    assert_eq!(days_left_at(&case, kind, "2026-04-04"), Some(-1));
    let guarantee = deadline(&at(&case, "2026-04-03"), DeadlineKind::EuGuaranteeUntil);
    assert_eq!(guarantee, Some(d("2028-03-20")));
}

#[test]
fn seller_must_ship_within_the_processing_time() {
    let mut case = Case::new("awaiting");
    case.ordered_on = Some(d("2026-03-01"));
    case.processing_days = Some(7);
    let kind = DeadlineKind::ShipsBy;
    assert_eq!(days_left_at(&case, kind, "2026-03-07"), Some(1));
    assert_eq!(days_left_at(&case, kind, "2026-03-08"), Some(0));
    assert_eq!(days_left_at(&case, kind, "2026-03-09"), Some(-1));
}
