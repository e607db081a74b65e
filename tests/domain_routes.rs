#![cfg(not(target_arch = "wasm32"))]
//! The routes outside AliExpress (O1, O2, O3): which ones an order has, at
//! each edge of their dates, when they are the way to go, and the moves that
//! record them.

use chrono::NaiveDate;
use disputa::domain::{
    allowed_operations, apply, assess, other_routes, parse_case_file, validate, Case, DeadlineKind,
    DeliveryStatus, Dispute, Operation, OperationKind, OtherRoutes, Outcome, PaymentMethod, Policy,
    Problem, Reason, RouteKind, RouteOutcome, RoutePayment, RouteState, Timing, TransitionError,
};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// Paid 2026-01-01, shipped 2026-01-03, received 2026-02-01, damaged.
fn damaged(payment: PaymentMethod) -> Case {
    let mut case = Case::new("routes");
    case.payment_method = Some(payment);
    case.country = Some("ES".into());
    case.ordered_on = Some(d("2026-01-01"));
    case.shipped_on = Some(d("2026-01-03"));
    case.delivery_status = DeliveryStatus::Received;
    case.delivered_on = Some(d("2026-02-01"));
    case.problem = Some(Problem::Damaged);
    case
}

fn rejected(payment: PaymentMethod) -> Case {
    let mut case = damaged(payment);
    case.dispute = Some(Dispute {
        opened_on: Some(d("2026-02-03")),
        closed_on: Some(d("2026-02-20")),
        outcome: Some(Outcome::Rejected),
        ..Dispute::default()
    });
    case
}

fn routes_at(case: &Case, today: &str) -> Option<OtherRoutes> {
    let policy = Policy::default();
    let assessment = assess(case, &policy, d(today));
    other_routes(case, &assessment, &policy, d(today))
}

fn state(case: &Case, kind: RouteKind, today: &str) -> Option<RouteState> {
    routes_at(case, today)?
        .routes
        .into_iter()
        .find(|route| route.kind == kind)
        .map(|route| route.state)
}

fn deadline(case: &Case, kind: DeadlineKind, today: &str) -> Option<NaiveDate> {
    assess(case, &Policy::default(), d(today))
        .deadlines
        .iter()
        .find(|deadline| deadline.kind == kind)
        .map(|deadline| deadline.date)
}

#[test]
fn a_paypal_dispute_is_open_until_180_days_after_payment() {
    let case = rejected(PaymentMethod::Paypal);
    let last_day = d("2026-06-30");
    let open = RouteState::Open { last_day };
    assert_eq!(
        state(&case, RouteKind::PaypalDispute, "2026-06-29"),
        Some(open)
    );
    assert_eq!(
        state(&case, RouteKind::PaypalDispute, "2026-06-30"),
        Some(open)
    );
    assert_eq!(
        state(&case, RouteKind::PaypalDispute, "2026-07-01"),
        Some(RouteState::Passed { last_day })
    );
    assert_eq!(state(&case, RouteKind::Chargeback, "2026-03-01"), None);
}

#[test]
fn an_open_paypal_dispute_must_become_a_claim_within_20_days_or_it_lapses() {
    let mut case = rejected(PaymentMethod::Paypal);
    case.paypal_dispute_opened_on = Some(d("2026-03-01"));
    let escalate_by = d("2026-03-21");
    let started = RouteState::Started {
        on: d("2026-03-01"),
        escalate_by: Some(escalate_by),
    };
    assert_eq!(
        state(&case, RouteKind::PaypalDispute, "2026-03-21"),
        Some(started)
    );
    assert_eq!(
        deadline(&case, DeadlineKind::PaypalEscalateBy, "2026-03-21"),
        Some(escalate_by)
    );
    // Once opened, the opening deadline is no longer the buyer's concern.
    assert_eq!(
        deadline(&case, DeadlineKind::PaypalDisputeBy, "2026-03-21"),
        None
    );
    assert_eq!(
        state(&case, RouteKind::PaypalDispute, "2026-03-22"),
        Some(RouteState::Lapsed {
            last_day: escalate_by
        })
    );
    case.paypal_dispute_escalated_on = Some(d("2026-03-15"));
    assert_eq!(
        state(&case, RouteKind::PaypalDispute, "2026-04-01"),
        Some(RouteState::Started {
            on: d("2026-03-01"),
            escalate_by: None
        })
    );
    assert_eq!(
        deadline(&case, DeadlineKind::PaypalEscalateBy, "2026-04-01"),
        None
    );
}

#[test]
fn a_chargeback_is_usual_for_120_days_then_the_bank_decides_until_540() {
    let case = rejected(PaymentMethod::Card);
    let usual = d("2026-05-01");
    let latest = d("2027-06-25");
    assert_eq!(
        state(&case, RouteKind::Chargeback, "2026-05-01"),
        Some(RouteState::Open { last_day: usual })
    );
    assert_eq!(
        state(&case, RouteKind::Chargeback, "2026-05-02"),
        Some(RouteState::AskBank { usual, latest })
    );
    assert_eq!(
        state(&case, RouteKind::Chargeback, "2027-06-25"),
        Some(RouteState::AskBank { usual, latest })
    );
    assert_eq!(
        state(&case, RouteKind::Chargeback, "2027-06-26"),
        Some(RouteState::Passed { last_day: latest })
    );
    // The deadline in the case's dates stays the usual day (O2, S9).
    assert_eq!(
        deadline(&case, DeadlineKind::ChargebackBy, "2026-06-01"),
        Some(usual)
    );
}

#[test]
fn eu_rights_count_from_delivery_for_a_buyer_in_the_eu() {
    let case = rejected(PaymentMethod::Card);
    assert_eq!(
        state(&case, RouteKind::EuWithdrawal, "2026-02-15"),
        Some(RouteState::Open {
            last_day: d("2026-02-15")
        })
    );
    assert_eq!(
        state(&case, RouteKind::EuWithdrawal, "2026-02-16"),
        Some(RouteState::Passed {
            last_day: d("2026-02-15")
        })
    );
    assert_eq!(
        state(&case, RouteKind::EuGuarantee, "2028-02-01"),
        Some(RouteState::Open {
            last_day: d("2028-02-01")
        })
    );
    let mut outside = case.clone();
    outside.country = Some("US".into());
    assert_eq!(state(&outside, RouteKind::EuWithdrawal, "2026-02-10"), None);
    let mut undated = case.clone();
    undated.delivered_on = None;
    assert_eq!(
        state(&undated, RouteKind::EuGuarantee, "2026-02-10"),
        Some(RouteState::Undated {
            missing: "delivered_on"
        })
    );
    let mut not_arrived = case;
    not_arrived.delivery_status = DeliveryStatus::InTransit;
    not_arrived.delivered_on = None;
    assert_eq!(
        state(&not_arrived, RouteKind::EuWithdrawal, "2026-02-10"),
        None
    );
}

#[test]
fn the_routes_wait_for_aliexpress_and_are_the_way_once_it_said_no() {
    let before = damaged(PaymentMethod::Card);
    let timing = |case: &Case, today: &str| routes_at(case, today).map(|r| r.timing);
    assert_eq!(timing(&before, "2026-02-05"), Some(Timing::AliexpressFirst));
    let mut open = before.clone();
    open.dispute = Some(Dispute {
        opened_on: Some(d("2026-02-03")),
        ..Dispute::default()
    });
    assert_eq!(timing(&open, "2026-02-05"), Some(Timing::AfterDispute));
    assert_eq!(
        timing(&rejected(PaymentMethod::Card), "2026-02-21"),
        Some(Timing::Now)
    );
    // The window closed without a dispute (D4: protection end + 15).
    let late = assess(&before, &Policy::default(), d("2026-12-01"));
    assert_eq!(late.verdict, disputa::domain::Verdict::TooLate);
    assert_eq!(timing(&before, "2026-12-01"), Some(Timing::Now));
    let mut started = open;
    started.chargeback_requested_on = Some(d("2026-02-04"));
    assert_eq!(timing(&started, "2026-02-05"), Some(Timing::Now));
}

#[test]
fn a_refund_in_full_needs_no_other_route() {
    let mut case = rejected(PaymentMethod::Card);
    case.dispute.as_mut().unwrap().outcome = Some(Outcome::FullRefund);
    assert_eq!(routes_at(&case, "2026-02-21"), None);
    assert_eq!(
        deadline(&case, DeadlineKind::ChargebackBy, "2026-02-21"),
        None
    );
    assert_eq!(
        deadline(&case, DeadlineKind::EuWithdrawalBy, "2026-02-10"),
        None
    );
    let mut won = rejected(PaymentMethod::Card);
    won.chargeback_requested_on = Some(d("2026-02-22"));
    won.chargeback_closed_on = Some(d("2026-03-10"));
    won.chargeback_outcome = Some(RouteOutcome::Refunded);
    assert_eq!(routes_at(&won, "2026-03-11"), None);
    let mut partly = rejected(PaymentMethod::Card);
    partly.dispute.as_mut().unwrap().outcome = Some(Outcome::PartialRefund);
    assert_eq!(
        routes_at(&partly, "2026-02-21").map(|r| r.timing),
        Some(Timing::Now)
    );
}

#[test]
fn the_payment_method_decides_which_route_there_is() {
    let payment = |method: Option<PaymentMethod>| {
        let mut case = rejected(PaymentMethod::Card);
        case.payment_method = method;
        let routes = routes_at(&case, "2026-02-21").unwrap();
        let kinds: Vec<RouteKind> = routes.routes.iter().map(|r| r.kind).collect();
        (routes.payment, kinds)
    };
    let eu = [RouteKind::EuWithdrawal, RouteKind::EuGuarantee];
    assert_eq!(
        payment(Some(PaymentMethod::AlipayBalance)),
        (
            RoutePayment::NoRoute(PaymentMethod::AlipayBalance),
            eu.to_vec()
        )
    );
    assert_eq!(payment(None), (RoutePayment::Unknown, eu.to_vec()));
    let (covered, kinds) = payment(Some(PaymentMethod::Paypal));
    assert_eq!(covered, RoutePayment::Covered);
    assert_eq!(kinds[0], RouteKind::PaypalDispute);
}

#[test]
fn the_lifecycle_records_a_chargeback_and_its_decision() {
    let case = rejected(PaymentMethod::Card);
    let today = d("2026-03-20");
    let allowed = allowed_operations(&case);
    assert!(allowed.contains(&OperationKind::RequestChargeback));
    assert!(!allowed.contains(&OperationKind::OpenPaypalDispute));
    assert!(!allowed.contains(&OperationKind::ChargebackDecided));
    let asked = apply(&case, Operation::RequestChargeback, d("2026-03-01"), today).unwrap();
    assert_eq!(asked.chargeback_requested_on, Some(d("2026-03-01")));
    assert_eq!(
        apply(&asked, Operation::RequestChargeback, today, today),
        Err(TransitionError::AlreadyRecorded("chargeback_requested_on"))
    );
    let decided = apply(
        &asked,
        Operation::ChargebackDecided {
            outcome: RouteOutcome::Rejected,
        },
        d("2026-03-15"),
        today,
    )
    .unwrap();
    assert_eq!(decided.chargeback_outcome, Some(RouteOutcome::Rejected));
    assert_eq!(
        state(&decided, RouteKind::Chargeback, "2026-03-20"),
        Some(RouteState::Decided {
            on: d("2026-03-15"),
            outcome: Some(RouteOutcome::Rejected)
        })
    );
    // A decision before the request does not validate.
    let early = apply(
        &asked,
        Operation::ChargebackDecided {
            outcome: RouteOutcome::Refunded,
        },
        d("2026-02-25"),
        today,
    );
    assert!(matches!(early, Err(TransitionError::Invalid(_))));
}

#[test]
fn the_lifecycle_refuses_a_route_the_order_does_not_have() {
    let paypal = rejected(PaymentMethod::Paypal);
    let today = d("2026-03-20");
    assert_eq!(
        apply(&paypal, Operation::RequestChargeback, today, today),
        Err(TransitionError::NotPaidWith(PaymentMethod::Card))
    );
    assert_eq!(
        apply(&paypal, Operation::EscalatePaypalDispute, today, today),
        Err(TransitionError::NotStarted)
    );
    let opened = apply(
        &paypal,
        Operation::OpenPaypalDispute,
        d("2026-03-01"),
        today,
    )
    .unwrap();
    let claim = apply(
        &opened,
        Operation::EscalatePaypalDispute,
        d("2026-03-10"),
        today,
    )
    .unwrap();
    let closed = apply(
        &claim,
        Operation::PaypalDecided {
            outcome: RouteOutcome::PartialRefund,
        },
        d("2026-03-18"),
        today,
    )
    .unwrap();
    assert_eq!(
        apply(&closed, Operation::EscalatePaypalDispute, today, today),
        Err(TransitionError::AlreadyDecided)
    );
    let mut refunded = rejected(PaymentMethod::Card);
    refunded.dispute.as_mut().unwrap().outcome = Some(Outcome::FullRefund);
    assert_eq!(
        apply(&refunded, Operation::RequestChargeback, today, today),
        Err(TransitionError::Settled)
    );
}

#[test]
fn route_fields_are_checked_like_every_date() {
    let today = d("2026-03-20");
    let mut case = rejected(PaymentMethod::Paypal);
    case.paypal_dispute_escalated_on = Some(d("2026-03-01"));
    case.paypal_dispute_outcome = Some(RouteOutcome::Refunded);
    case.chargeback_requested_on = Some(d("2026-03-01"));
    let problems = validate(&case, today).unwrap_err();
    let has = |field: &str, reason: Reason| {
        problems
            .iter()
            .any(|p| p.field == field && p.reason == reason)
    };
    assert!(has(
        "paypal_dispute_escalated_on",
        Reason::Missing("paypal_dispute_opened_on")
    ));
    assert!(has(
        "paypal_dispute_outcome",
        Reason::Missing("paypal_dispute_closed_on")
    ));
    assert!(has(
        "chargeback_requested_on",
        Reason::Contradicts("payment_method")
    ));
    let mut future = rejected(PaymentMethod::Card);
    future.chargeback_requested_on = Some(d("2026-04-01"));
    let problems = validate(&future, today).unwrap_err();
    assert_eq!(problems[0].field, "chargeback_requested_on");
    assert_eq!(problems[0].reason, Reason::InFuture);
}

#[test]
fn route_fields_round_trip_and_old_files_still_read() {
    let mut case = rejected(PaymentMethod::Card);
    case.chargeback_requested_on = Some(d("2026-03-01"));
    case.chargeback_closed_on = Some(d("2026-03-15"));
    case.chargeback_outcome = Some(RouteOutcome::PartialRefund);
    let json = disputa::domain::case_to_json(&case);
    assert!(json.contains("\"chargeback_outcome\": \"partial_refund\""));
    let read = parse_case_file(&json).unwrap();
    assert_eq!(
        read[0].chargeback_outcome,
        Some(RouteOutcome::PartialRefund)
    );

    let old = r#"{"format": "disputa.case", "version": 1, "id": "old",
        "payment_method": "paypal", "delivery_status": "in_transit",
        "ordered_on": "2026-01-01", "shipped_on": "2026-01-02",
        "paypal_dispute_opened_on": "2026-02-01"}"#;
    let read = parse_case_file(old).unwrap();
    let case = &read[0];
    assert_eq!(case.paypal_dispute_opened_on, Some(d("2026-02-01")));
    assert_eq!(case.paypal_dispute_outcome, None);

    let bad = old.replace(
        "\"paypal_dispute_opened_on\"",
        "\"paypal_dispute_outcome\": \"won\", \"paypal_dispute_closed_on\": \"2026-02-05\", \"paypal_dispute_opened_on\"",
    );
    let error = parse_case_file(&bad).unwrap_err();
    assert!(
        error.to_string().contains("paypal_dispute_outcome"),
        "{error}"
    );
}
