//! Verdict and next step once a dispute exists: open (E1, E2, E3, D10),
//! decided (E4, E5, R3, F1), and the refund that follows (F1, F3).

use chrono::NaiveDate;

use super::evidence::required_missing;
use super::trace::Trace;
use super::types::{DeadlineKind, EvidenceItem, NextStep, Stage, Verdict};
use super::Decision;
use crate::domain::case::{Case, Dispute, Outcome, RefundStage};
use crate::domain::dates::add_days;
use crate::domain::policy::{Policy, RuleId};

/// The dispute or claim is still open.
pub fn open(
    dispute: &Dispute,
    policy: &Policy,
    stage: Stage,
    evidence: &[EvidenceItem],
    trace: &mut Trace,
) -> Decision {
    trace.rule(RuleId::E1);
    trace.rule(RuleId::D10);
    let Some(opened) = dispute.opened_on else {
        trace.missing("dispute.opened_on");
        return Decision::new(
            Verdict::InProgress,
            next_while_open(dispute, stage, evidence, trace),
        );
    };
    if stage == Stage::DisputeOpen {
        let escalates = add_days(opened, policy.escalation_days);
        trace.deadline(DeadlineKind::EscalatesOn, escalates, RuleId::E1);
        if let (Some(days), None) = (policy.seller_response_days, dispute.seller_responded_on) {
            let date = add_days(opened, days);
            trace.deadline(DeadlineKind::SellerRespondsBy, date, RuleId::E1);
        }
    }
    Decision::new(
        Verdict::InProgress,
        next_while_open(dispute, stage, evidence, trace),
    )
}

fn next_while_open(
    dispute: &Dispute,
    stage: Stage,
    evidence: &[EvidenceItem],
    trace: &mut Trace,
) -> NextStep {
    // The step is the dispute's; missing evidence stays listed to gather
    // (S6).
    if required_missing(evidence) {
        trace.rule(RuleId::D6);
    }
    if stage == Stage::Claim {
        trace.rule(RuleId::E2);
        return NextStep::AnswerCaseTeam;
    }
    if dispute.seller_responded_on.is_none() {
        NextStep::WaitForSeller
    } else {
        // The seller answered: agree (E3) or let it escalate (E1).
        trace.rule(RuleId::E3);
        NextStep::Wait
    }
}

/// The dispute was decided (not cancelled by the buyer: that is D8's case).
pub fn decided(
    case: &Case,
    dispute: &Dispute,
    policy: &Policy,
    today: NaiveDate,
    trace: &mut Trace,
) -> Decision {
    trace.rule(RuleId::D8);
    let closed = dispute.closed_on;
    let mut appeal_open = false;
    if let (Some(closed), None) = (closed, dispute.appealed_on) {
        trace.rule(RuleId::E4);
        let appeal_by = add_days(closed, policy.appeal_days);
        trace.deadline(DeadlineKind::AppealBy, appeal_by, RuleId::E4);
        appeal_open = today <= appeal_by;
    }
    let next = match dispute.outcome {
        Some(Outcome::ReturnAndRefund) if !return_shipped(case) => {
            trace.rule(RuleId::R3);
            match closed {
                Some(closed) => {
                    let ship_by = add_days(closed, policy.return_ship_days);
                    trace.deadline(DeadlineKind::ReturnShipBy, ship_by, RuleId::E5);
                    if today <= ship_by {
                        NextStep::ShipReturn
                    } else {
                        NextStep::Done
                    }
                }
                None => NextStep::ShipReturn,
            }
        }
        Some(Outcome::Rejected) if appeal_open => NextStep::Appeal,
        Some(Outcome::Rejected) => NextStep::Done,
        Some(_) => refund_step(case, trace),
        None => {
            trace.missing("dispute.outcome");
            if case.refund.is_some() {
                refund_step(case, trace)
            } else {
                NextStep::Done
            }
        }
    };
    Decision::new(Verdict::Resolved, next)
}

fn return_shipped(case: &Case) -> bool {
    case.return_
        .as_ref()
        .is_some_and(|r| r.shipped_on.is_some())
}

/// Following the refund through its three stages (F1); a cancellation and
/// a free return are refunded the same way (F3).
pub fn refund_step(case: &Case, trace: &mut Trace) -> NextStep {
    trace.rule(RuleId::F1);
    match case.refund.as_ref().map(|r| r.stage) {
        Some(RefundStage::Refunded) => NextStep::Done,
        _ => NextStep::TrackRefund,
    }
}
