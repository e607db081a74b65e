#![cfg(not(target_arch = "wasm32"))]
//! Properties over generated cases: no panic on anything, deadlines never
//! before the date they count from, too_late never turns back into
//! eligible_now, JSON round trips (from text and from parsed JSON), validation names the broken field,
//! and the invariants of the readings: no open window without an end, no close after its limits,
//! no free return that may exceed the price limit, no pre-dispute step once a dispute is open.

use chrono::{Days, NaiveDate};
use disputa::domain::{
    add_days, apply, assess, case_to_json, other_routes, parse_case_file, parse_case_value,
    price_check, validate, Alternative, Case, DeadlineKind, DeliveryStatus, Dispute, Evidence,
    EvidenceKind, ItemCategory, NextStep, Operation, Outcome, PaymentMethod, Policy, Price,
    PriceCheck, Problem, Reason, Refund, RefundStage, ReturnShipment, RouteOutcome, RouteState,
    Stage, Verdict,
};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()
}

fn plus(date: NaiveDate, days: u32) -> NaiveDate {
    date + Days::new(u64::from(days))
}

fn ordinary_date() -> BoxedStrategy<NaiveDate> {
    (0u32..5000)
        .prop_map(|days| plus(NaiveDate::from_ymd_opt(2018, 1, 1).unwrap(), days))
        .boxed()
}

/// A date, sometimes the first or last one chrono can hold.
fn any_date() -> BoxedStrategy<NaiveDate> {
    prop_oneof![
        8 => ordinary_date(),
        1 => select(vec![NaiveDate::MIN, NaiveDate::MAX]),
    ]
    .boxed()
}

fn any_dispute(date: fn() -> BoxedStrategy<NaiveDate>) -> impl Strategy<Value = Dispute> {
    (
        option::of(date()),
        option::of(date()),
        option::of(date()),
        option::of(date()),
        option::of(select(Outcome::ALL)),
        option::of(date()),
    )
        .prop_map(
            |(opened, responded, escalated, closed, outcome, appealed)| Dispute {
                opened_on: opened,
                seller_responded_on: responded,
                escalated_on: escalated,
                closed_on: closed,
                outcome,
                appealed_on: appealed,
            },
        )
}

/// Any case at all, consistent or not, with dates from `date`.
fn case_with(date: fn() -> BoxedStrategy<NaiveDate>) -> impl Strategy<Value = Case> {
    let dates = (
        option::of(date()),
        option::of(date()),
        option::of(date()),
        option::of(date()),
        option::of(date()),
        option::of(date()),
        option::of(date()),
        option::of(date()),
    );
    let facts = (
        select(DeliveryStatus::ALL),
        option::of(select(Problem::ALL)),
        option::of(select(PaymentMethod::ALL)),
        option::of("[A-Z]{2}|[a-z]{1,3}"),
        option::of(any::<u32>()),
        option::of(any::<u32>()),
        option::of(any::<bool>()),
        option::of(any::<bool>()),
        option::of(select(ItemCategory::ALL)),
        option::of(("-?[0-9]{0,5}(\\.[0-9]{0,3})?", "[A-Z]{3}|usd")),
    );
    let rest = (
        option::of(any_dispute(date)),
        option::of((any::<bool>(), option::of(date()))),
        option::of((select(RefundStage::ALL), option::of(date()))),
        proptest::collection::vec((select(EvidenceKind::ALL), option::of(date())), 0..3),
        "\\PC{0,8}",
    );
    (dates, facts, rest).prop_map(|(dates, facts, rest)| {
        let (ordered, shipped, protection, delivered, confirmed, cancelled, contacted, paypal) =
            dates;
        let (
            status,
            problem,
            method,
            country,
            processing,
            promised,
            unused,
            offered,
            category,
            price,
        ) = facts;
        let (dispute, shipment, refund, evidence, id) = rest;
        let mut case = Case::new(id);
        case.ordered_on = ordered;
        case.shipped_on = shipped;
        case.protection_ends_on = protection;
        case.delivered_on = delivered;
        case.receipt_confirmed_on = confirmed;
        case.cancelled_on = cancelled;
        case.contacted_seller_on = contacted;
        case.paypal_dispute_opened_on = paypal;
        case.delivery_status = status;
        case.problem = problem;
        case.payment_method = method;
        case.country = country;
        case.processing_days = processing;
        case.promised_delivery_days = promised;
        case.item_unused = unused;
        case.free_return_offered = offered;
        case.item_category = category;
        case.price = price.map(|(amount, currency)| Price { amount, currency });
        case.dispute = dispute;
        case.return_ = shipment.map(|(free_return, shipped_on)| ReturnShipment {
            free_return,
            shipped_on,
            tracking: None,
        });
        case.refund = refund.map(|(stage, updated_on)| Refund {
            stage,
            amount: None,
            updated_on,
        });
        case.evidence = evidence
            .into_iter()
            .map(|(kind, captured_on)| Evidence {
                kind,
                note: None,
                captured_on,
            })
            .collect();
        case
    })
}

/// Any case at all, with dates up to the extremes.
fn any_case() -> impl Strategy<Value = Case> {
    case_with(any_date)
}

/// A case a buyer could really have: events in order, status consistent,
/// nothing after the returned "today".
fn plausible_case() -> impl Strategy<Value = (Case, NaiveDate)> {
    let timeline = (
        0u32..3000,
        option::of(0u32..20),
        option::of(1u32..90),
        option::of(0u32..30),
        option::of(1u32..120),
        option::of(0u32..200),
        option::of(0u32..10),
        0u32..400,
    );
    let facts = (
        select(DeliveryStatus::ALL),
        option::of(select(Problem::ALL)),
        option::of(select(PaymentMethod::ALL)),
        option::of(select(vec!["ES", "US", "FR", "SE", "BR", "GB", "DE", "JP"])),
        option::of(any::<bool>()),
        option::of(any::<bool>()),
        option::of(1u32..30),
    );
    let dispute = option::of((
        0u32..60,
        option::of(0u32..20),
        option::of(0u32..30),
        option::of(0u32..60),
        option::of(select(Outcome::ALL)),
    ));
    (timeline, facts, dispute).prop_map(|(timeline, facts, dispute)| {
        let (ordered, ship, deliver, confirm, promised, protection, contact, later) = timeline;
        let (status, problem, method, country, unused, offered, processing) = facts;
        let ordered = plus(base(), ordered);
        let mut case = Case::new("plausible");
        case.ordered_on = Some(ordered);
        case.delivery_status = status;
        case.problem = problem;
        case.payment_method = method;
        case.country = country.map(str::to_string);
        case.item_unused = unused;
        case.free_return_offered = offered;
        case.processing_days = processing;
        case.promised_delivery_days = promised;
        case.contacted_seller_on = contact.map(|days| plus(ordered, days));
        let mut latest = case.contacted_seller_on.unwrap_or(ordered).max(ordered);
        if status != DeliveryStatus::AwaitingShipment {
            let shipped = plus(ordered, ship.unwrap_or(2));
            case.shipped_on = Some(shipped);
            case.protection_ends_on = protection.map(|days| plus(shipped, days));
            latest = latest.max(shipped);
            let arrived = matches!(
                status,
                DeliveryStatus::Received | DeliveryStatus::MarkedDelivered
            );
            if arrived {
                case.delivered_on = deliver.map(|days| plus(shipped, days));
                if let Some(delivered) = case.delivered_on {
                    latest = latest.max(delivered);
                    case.receipt_confirmed_on = confirm.map(|days| plus(delivered, days));
                    latest = latest.max(case.receipt_confirmed_on.unwrap_or(delivered));
                }
            }
            if let Some((open, respond, escalate, close, outcome)) = dispute {
                let opened = plus(latest, open);
                let escalated = escalate.map(|days| plus(opened, days));
                let closed = close.map(|days| plus(escalated.unwrap_or(opened), days));
                case.dispute = Some(Dispute {
                    opened_on: Some(opened),
                    seller_responded_on: respond.map(|days| plus(opened, days)),
                    escalated_on: escalated,
                    closed_on: closed,
                    outcome: closed.and(outcome),
                    appealed_on: None,
                });
                latest = [
                    Some(opened),
                    escalated,
                    closed,
                    respond.map(|days| plus(opened, days)),
                ]
                .into_iter()
                .flatten()
                .max()
                .unwrap_or(latest);
            }
        }
        (case, plus(latest, later))
    })
}

fn any_operation() -> impl Strategy<Value = Operation> {
    prop_oneof![
        Just(Operation::ContactSeller),
        Just(Operation::CancelOrder),
        Just(Operation::OpenDispute),
        Just(Operation::SellerResponded),
        Just(Operation::Escalate),
        Just(Operation::CancelDispute),
        select(Outcome::ALL).prop_map(|outcome| Operation::Decide { outcome }),
        Just(Operation::Appeal),
        any::<bool>().prop_map(|free_return| Operation::ShipReturn {
            free_return,
            tracking: None
        }),
        select(RefundStage::ALL).prop_map(|stage| Operation::AdvanceRefund { stage }),
        Just(Operation::OpenPaypalDispute),
        Just(Operation::EscalatePaypalDispute),
        select(RouteOutcome::ALL).prop_map(|outcome| Operation::PaypalDecided { outcome }),
        Just(Operation::RequestChargeback),
        select(RouteOutcome::ALL).prop_map(|outcome| Operation::ChargebackDecided { outcome }),
    ]
}

/// Any case, with the routes outside AliExpress recorded or not (O1, O2).
fn case_with_routes() -> impl Strategy<Value = Case> {
    let recorded = (
        option::of(any_date()),
        option::of(any_date()),
        option::of(select(RouteOutcome::ALL)),
        option::of(any_date()),
        option::of(any_date()),
        option::of(select(RouteOutcome::ALL)),
    );
    (any_case(), recorded).prop_map(|(mut case, recorded)| {
        let (escalated, closed, outcome, requested, decided, verdict) = recorded;
        case.paypal_dispute_escalated_on = escalated;
        case.paypal_dispute_closed_on = closed;
        case.paypal_dispute_outcome = outcome;
        case.chargeback_requested_on = requested;
        case.chargeback_closed_on = decided;
        case.chargeback_outcome = verdict;
        case
    })
}

fn any_policy() -> impl Strategy<Value = Policy> {
    proptest::collection::vec(select(Alternative::ALL), 0..3)
        .prop_map(|alternatives| Policy::default().with_alternatives(alternatives))
}

/// The date a deadline of `kind` counts from, for the case.
fn counts_from(case: &Case, kind: DeadlineKind) -> Option<NaiveDate> {
    let dispute = case.dispute.clone().unwrap_or_default();
    match kind {
        DeadlineKind::ShipsBy | DeadlineKind::PaypalDisputeBy | DeadlineKind::ChargebackBy => {
            case.ordered_on
        }
        DeadlineKind::OpenDisputeBy
        | DeadlineKind::DisputeClosesOn
        | DeadlineKind::ProtectionEnds => case.shipped_on,
        DeadlineKind::EscalatesOn | DeadlineKind::SellerRespondsBy => dispute.opened_on,
        DeadlineKind::AppealBy | DeadlineKind::ReturnShipBy => dispute.closed_on,
        DeadlineKind::FreeReturnBy
        | DeadlineKind::EuWithdrawalBy
        | DeadlineKind::EuGuaranteeUntil => case.delivered_on,
        DeadlineKind::PaypalEscalateBy => case.paypal_dispute_opened_on,
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn nothing_panics_on_any_case(case in any_case(), today in any_date(), policy in any_policy()) {
        let assessment = assess(&case, &policy, today);
        let _ = validate(&case, today);
        let _ = serde_json::to_string(&assessment).unwrap();
        for deadline in &assessment.deadlines {
            prop_assert!(deadline.days_left == disputa::domain::days_left(today, deadline.date));
        }
    }

    #[test]
    fn nothing_panics_on_any_move(case in any_case(), op in any_operation(), on in any_date(), today in any_date()) {
        if let Ok(next) = apply(&case, op, on, today) {
            prop_assert!(validate(&next, today).is_ok());
        }
    }

    #[test]
    fn plausible_cases_validate((case, today) in plausible_case()) {
        let result = validate(&case, today);
        prop_assert!(result.is_ok(), "{:?}", result);
    }

    #[test]
    fn no_deadline_comes_before_the_date_it_counts_from((case, today) in plausible_case(), policy in any_policy()) {
        let assessment = assess(&case, &policy, today);
        for deadline in &assessment.deadlines {
            if let Some(from) = counts_from(&case, deadline.kind) {
                prop_assert!(deadline.date >= from, "{:?} {} before {}", deadline.kind, deadline.date, from);
            }
        }
        if let (Some(opens), Some(shipped)) = (assessment.opens_on, case.shipped_on) {
            prop_assert!(opens >= shipped);
        }
        if let (Some(closes), Some(shipped)) = (assessment.closes_on, case.shipped_on) {
            prop_assert!(closes >= shipped);
        }
    }

    #[test]
    fn too_late_never_turns_back_into_eligible_now(
        case in any_case(),
        start in 0u32..5000,
        steps in proptest::collection::vec(1u32..200, 1..6),
    ) {
        let policy = Policy::default();
        let mut today = plus(NaiveDate::from_ymd_opt(2018, 1, 1).unwrap(), start);
        let mut was_too_late = false;
        for step in steps {
            let verdict = assess(&case, &policy, today).verdict;
            if was_too_late {
                prop_assert_ne!(verdict, Verdict::EligibleNow);
            }
            was_too_late |= verdict == Verdict::TooLate;
            today = plus(today, step);
        }
    }

    #[test]
    fn json_round_trip_leaves_a_case_unchanged(case in case_with(ordinary_date)) {
        let json = case_to_json(&case);
        let back = parse_case_file(&json).unwrap();
        prop_assert_eq!(&back, &[case]);
        // Read from parsed JSON, as the stored cases are, it is the same case.
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(parse_case_value(value).unwrap(), back);
    }

    #[test]
    fn validation_names_the_field_it_rejects((case, today) in plausible_case(), breakage in 0usize..6, days in 1u32..30) {
        let mut broken = case.clone();
        let expected: (&str, Reason) = match breakage {
            0 => {
                broken.id = String::new();
                ("id", Reason::Empty)
            }
            1 => {
                broken.ordered_on = Some(plus(today, days));
                ("ordered_on", Reason::InFuture)
            }
            2 => {
                broken.country = Some("uk".into());
                ("country", Reason::NotCountryCode)
            }
            3 => {
                broken.price = Some(Price { amount: "0".into(), currency: "EUR".into() });
                ("price.amount", Reason::NotPositive)
            }
            4 => {
                broken.cancelled_on = broken.ordered_on.map(|o| o - Days::new(u64::from(days)));
                ("cancelled_on", Reason::Before("ordered_on"))
            }
            _ => {
                let outcome_without_close = Dispute { opened_on: case.shipped_on, outcome: Some(Outcome::Rejected), ..Dispute::default() };
                prop_assume!(case.shipped_on.is_some());
                broken.dispute = Some(outcome_without_close);
                ("dispute.closed_on", Reason::Missing("dispute.outcome"))
            }
        };
        let problems = validate(&broken, today).unwrap_err();
        prop_assert!(
            problems.iter().any(|p| p.path() == expected.0 && p.reason == expected.1),
            "{:?} not in {:?}", expected, problems
        );
    }
}

/// A price in a currency of the reference rates, or in one without, around
/// R2's limit.
fn priced_case() -> impl Strategy<Value = (Case, NaiveDate)> {
    let currency = select(vec!["USD", "EUR", "GBP", "JPY", "KRW", "XOF", "AED"]);
    (
        plausible_case(),
        option::of((0u64..3_000_000_000, currency)),
    )
        .prop_map(|((mut case, today), price)| {
            case.price = price.map(|(cents, currency)| Price {
                amount: format!("{}.{:02}", cents / 100, cents % 100),
                currency: currency.to_string(),
            });
            (case, today)
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 3000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// S4: no window is open without its last day.
    #[test]
    fn no_window_is_open_without_an_end(case in any_case(), today in any_date(), policy in any_policy()) {
        let assessment = assess(&case, &policy, today);
        if assessment.verdict == Verdict::EligibleNow {
            prop_assert!(assessment.closes_on.is_some(), "{:?}", assessment);
        }
    }

    /// D4, S3, S4: the window never closes after protection end + 15, nor
    /// after confirmed receipt + 15, nor, marked delivered, after delivery + 5.
    #[test]
    fn the_window_never_closes_after_its_limits(case in any_case(), today in any_date(), policy in any_policy()) {
        let assessment = assess(&case, &policy, today);
        let Some(closes) = assessment.closes_on else { return Ok(()) };
        if let Some(end) = assessment.protection_ends_on {
            prop_assert!(closes <= add_days(end, policy.dispute_window_days));
        }
        if let Some(confirmed) = case.receipt_confirmed_on {
            prop_assert!(closes <= add_days(confirmed, policy.dispute_window_days));
        }
        if case.delivery_status == DeliveryStatus::MarkedDelivered {
            if let Some(delivered) = case.delivered_on {
                prop_assert!(closes <= add_days(delivered, policy.marked_delivered_days));
            }
        }
    }

    /// R2, S5: a free return is never eligible when the price may be over
    /// the limit: unknown, near it once converted, or in a currency without
    /// a rate.
    #[test]
    fn a_free_return_is_eligible_only_under_the_price_limit((case, today) in priced_case(), policy in any_policy()) {
        let assessment = assess(&case, &policy, today);
        if assessment.free_return.eligible {
            let price = case.price.as_ref().expect("a known price");
            prop_assert_eq!(price_check(&price.amount, &price.currency, &policy), PriceCheck::Under);
        }
    }

    #[test]
    fn no_free_return_on_any_case_may_exceed_the_limit(case in any_case(), today in any_date()) {
        let policy = Policy::default();
        if assess(&case, &policy, today).free_return.eligible {
            let price = case.price.as_ref().expect("a known price");
            prop_assert_eq!(price_check(&price.amount, &price.currency, &policy), PriceCheck::Under);
        }
    }

    /// S6: once a dispute is open the step is the dispute's, never one from
    /// before it, and E1's date is never after opening + 15.
    #[test]
    fn an_open_dispute_never_steps_back(case in any_case(), today in any_date(), policy in any_policy()) {
        let assessment = assess(&case, &policy, today);
        if matches!(assessment.stage, Stage::DisputeOpen | Stage::Claim) {
            prop_assert!(!matches!(
                assessment.next_step,
                NextStep::CancelOrder | NextStep::ContactSeller | NextStep::OpenDispute | NextStep::GatherEvidence
            ), "{:?}", assessment.next_step);
        }
        let opened = case.dispute.as_ref().and_then(|d| d.opened_on);
        if let (Some(escalates), Some(opened)) = (assessment.escalates_on, opened) {
            prop_assert!(escalates <= add_days(opened, policy.escalation_days));
        }
    }

    /// S7: a cancellation after shipment never validates.
    #[test]
    fn a_cancellation_after_shipment_never_validates((case, today) in plausible_case(), days in 1u32..30) {
        let Some(shipped) = case.shipped_on else { return Ok(()) };
        let mut cancelled = case;
        cancelled.cancelled_on = Some(plus(shipped, days));
        let problems = validate(&cancelled, plus(today, days)).unwrap_err();
        prop_assert!(problems.iter().any(|p| p.field == "cancelled_on" && p.reason == Reason::After("shipped_on")));
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 3000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// O1, O2, O3: a route open today has its last day ahead, a passed one
    /// behind; a route is only listed while the money is not back, and its
    /// deadlines go with it.
    #[test]
    fn routes_are_dated_against_today(case in case_with_routes(), today in any_date(), policy in any_policy()) {
        let assessment = assess(&case, &policy, today);
        let route_deadline = |kind: DeadlineKind| matches!(
            kind,
            DeadlineKind::PaypalDisputeBy
                | DeadlineKind::PaypalEscalateBy
                | DeadlineKind::ChargebackBy
                | DeadlineKind::EuWithdrawalBy
                | DeadlineKind::EuGuaranteeUntil
        );
        match other_routes(&case, &assessment, &policy, today) {
            None => prop_assert!(!assessment.deadlines.iter().any(|d| route_deadline(d.kind))),
            Some(routes) => {
                for route in routes.routes {
                    match route.state {
                        RouteState::Open { last_day } => prop_assert!(last_day >= today),
                        RouteState::Passed { last_day } | RouteState::Lapsed { last_day } => {
                            prop_assert!(last_day < today)
                        }
                        RouteState::AskBank { usual, latest } => {
                            prop_assert!(usual < today && today <= latest)
                        }
                        RouteState::Started { escalate_by: Some(date), .. } => {
                            prop_assert!(date >= today)
                        }
                        _ => {}
                    }
                }
            }
        }
        let kinds: Vec<DeadlineKind> = assessment.deadlines.iter().map(|d| d.kind).collect();
        prop_assert!(
            !(kinds.contains(&DeadlineKind::PaypalDisputeBy)
                && kinds.contains(&DeadlineKind::PaypalEscalateBy))
        );
    }
}
