//! Verdict and next step before any dispute: awaiting shipment (D1), change
//! of mind (D9, R1, R3), and the dispute window after shipment (D2..D5, D11).

use chrono::NaiveDate;

use super::deadlines::Window;
use super::dispute::refund_step;
use super::evidence::required_missing;
use super::trace::Trace;
use super::types::{
    AlternativeRoute, DeadlineKind, EvidenceItem, FreeReturnCheck, NextStep, Verdict,
};
use super::Decision;
use crate::domain::case::{Case, DeliveryStatus, Problem};
use crate::domain::dates::{add_days, days_left};
use crate::domain::policy::{Policy, RuleId};

/// Before shipment there is nothing to dispute: cancel instead (D1, D9).
pub fn before_shipment(case: &Case, trace: &mut Trace) -> Decision {
    trace.rule(RuleId::D1);
    if case.problem.is_some_and(|p| p.is_change_of_mind()) {
        trace.rule(RuleId::D9);
    }
    match (case.ordered_on, case.processing_days) {
        (Some(ordered), Some(days)) => {
            trace.deadline(DeadlineKind::ShipsBy, add_days(ordered, days), RuleId::D1);
        }
        (None, Some(_)) => trace.missing("ordered_on"),
        _ => {}
    }
    let next = if case.problem.is_some() {
        NextStep::CancelOrder
    } else {
        NextStep::Wait
    };
    Decision {
        verdict: Verdict::NotNeeded,
        alternative: Some(AlternativeRoute::CancelOrder),
        next_step: next,
    }
}

/// An order that was cancelled or sent back with a free return is settled;
/// what is left is the refund (F3).
pub fn settled(case: &Case, trace: &mut Trace) -> Decision {
    trace.rule(RuleId::F3);
    Decision::new(Verdict::Resolved, refund_step(case, trace))
}

/// Where the dispute window stands today. Once closed it stays closed, even
/// when the opening date is later than the closing one. A window without an
/// end is never called open (S4): it waits for the date that ends it.
pub fn window_verdict(window: &Window, today: NaiveDate) -> Verdict {
    let Some(close) = window.closes_on else {
        return Verdict::NotYet;
    };
    if today > close {
        Verdict::TooLate
    } else if window.opens_on.is_some_and(|open| today < open) {
        Verdict::NotYet
    } else {
        Verdict::EligibleNow
    }
}

/// The order shipped and no dispute is open.
pub fn after_shipment(
    case: &Case,
    policy: &Policy,
    today: NaiveDate,
    window: &Window,
    free_return: &FreeReturnCheck,
    evidence: &[EvidenceItem],
    trace: &mut Trace,
) -> Decision {
    record_window(case, window, trace);
    let verdict = window_verdict(window, today);
    let problem = case.problem;
    if problem.is_some_and(|p| p.is_change_of_mind())
        && case.delivery_status != DeliveryStatus::MarkedDelivered
    {
        return change_of_mind(case, verdict, free_return, trace);
    }
    match verdict {
        Verdict::TooLate => {
            let next = if problem.is_some() || case.delivery_status != DeliveryStatus::Received {
                trace.rule(RuleId::D2);
                NextStep::ContactSeller
            } else {
                NextStep::Done
            };
            Decision {
                verdict,
                alternative: Some(AlternativeRoute::ContactSeller),
                next_step: next,
            }
        }
        Verdict::NotYet => {
            let next = if problem.is_some() && case.contacted_seller_on.is_none()
                || case.delivery_status == DeliveryStatus::MarkedDelivered
            {
                trace.rule(RuleId::D2);
                NextStep::ContactSeller
            } else {
                NextStep::Wait
            };
            Decision::new(verdict, next)
        }
        _ => Decision::new(
            verdict,
            when_open(case, policy, today, window, evidence, trace),
        ),
    }
}

fn record_window(case: &Case, window: &Window, trace: &mut Trace) {
    if let Some(open_by) = window.open_by {
        trace.deadline(DeadlineKind::OpenDisputeBy, open_by, window.close_rule);
    }
    if let Some(close) = window.closes_on.filter(|c| Some(*c) != window.open_by) {
        trace.deadline(DeadlineKind::DisputeClosesOn, close, window.close_rule);
    }
    match case.delivery_status {
        DeliveryStatus::InTransit => {
            // Protection ends and the seller is paid before the hard close.
            trace.rule(RuleId::BP1);
            trace.rule(RuleId::D11);
        }
        DeliveryStatus::MarkedDelivered => trace.rule(RuleId::D11),
        _ => {}
    }
    match case.problem {
        Some(Problem::NotReceived) => trace.rule(RuleId::BP3),
        Some(Problem::Counterfeit) => trace.rule(RuleId::BP4),
        _ => {}
    }
}

/// D9: after delivery prefer a free return; otherwise a dispute is possible
/// but the buyer usually pays the return (R3). In transit, wait for it.
fn change_of_mind(
    case: &Case,
    verdict: Verdict,
    free_return: &FreeReturnCheck,
    trace: &mut Trace,
) -> Decision {
    trace.rule(RuleId::D9);
    trace.rule(RuleId::R1);
    if case.delivery_status != DeliveryStatus::Received {
        return Decision::new(verdict, NextStep::Wait);
    }
    if free_return.eligible {
        return Decision {
            verdict: Verdict::NotNeeded,
            alternative: Some(AlternativeRoute::FreeReturn),
            next_step: NextStep::ShipReturn,
        };
    }
    trace.rule(RuleId::R3);
    match verdict {
        Verdict::EligibleNow if case.contacted_seller_on.is_some() => {
            Decision::new(verdict, NextStep::OpenDispute)
        }
        Verdict::TooLate => Decision {
            verdict,
            alternative: Some(AlternativeRoute::ContactSeller),
            next_step: NextStep::ContactSeller,
        },
        _ => {
            trace.rule(RuleId::D2);
            Decision::new(verdict, NextStep::ContactSeller)
        }
    }
}

/// The window is open: what to do depends on the ground and on how soon the
/// recommended date comes.
fn when_open(
    case: &Case,
    policy: &Policy,
    today: NaiveDate,
    window: &Window,
    evidence: &[EvidenceItem],
    trace: &mut Trace,
) -> NextStep {
    // Urgent: the recommended date comes before the buyer's next weekly
    // status check (D11).
    let urgent = window
        .open_by
        .is_some_and(|by| days_left(today, by) <= i64::from(policy.status_check_days));
    match (case.delivery_status, case.problem) {
        (DeliveryStatus::MarkedDelivered, _) => NextStep::OpenDispute,
        (DeliveryStatus::InTransit, None | Some(Problem::NotReceived)) if !urgent => {
            if case.problem.is_some() && case.contacted_seller_on.is_none() {
                trace.rule(RuleId::D2);
                NextStep::ContactSeller
            } else {
                NextStep::Wait
            }
        }
        (DeliveryStatus::InTransit, None) => NextStep::OpenDispute,
        (DeliveryStatus::Received, None) => NextStep::Done,
        (_, Some(_)) if required_missing(evidence) => NextStep::GatherEvidence,
        (_, Some(_)) if case.contacted_seller_on.is_none() && !urgent => {
            trace.rule(RuleId::D2);
            NextStep::ContactSeller
        }
        _ => NextStep::OpenDispute,
    }
}
