//! The assessment of a case: can a dispute be opened, until when, what else
//! applies, and what the buyer should do next, with the rules behind it.

mod deadlines;
mod dispute;
mod evidence;
mod free_return;
mod trace;
mod types;
mod verdict;

pub use deadlines::{protection_end, ProtectionEnd, ProtectionSource};
pub use evidence::evidence_for;
pub use free_return::check as free_return_check;
pub use types::{
    AlternativeRoute, Capture, Deadline, DeadlineKind, EvidenceItem, FreeReturnCheck,
    FreeReturnReason, NextStep, Stage, Verdict,
};

use chrono::NaiveDate;
use serde::Serialize;

use super::case::{Case, DeliveryStatus, RefundStage};
use super::dates;
use super::lifecycle::{self, cancelled_by_buyer};
use super::policy::{Confidence, Policy, RuleId};
use super::refund::{refund_arrival, ArrivalWindow};
use trace::Trace;

/// Everything the app shows about a case, as the assessment JSON of the
/// case format. Fields after `rules` are extra.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub case_id: String,
    pub verdict: Verdict,
    /// The first day the dispute button is there (D3).
    #[serde(serialize_with = "dates::serialize_opt")]
    pub opens_on: Option<NaiveDate>,
    /// The last day a dispute can be opened (D4, or D5 when marked delivered).
    #[serde(serialize_with = "dates::serialize_opt")]
    pub closes_on: Option<NaiveDate>,
    pub alternative: Option<AlternativeRoute>,
    pub stage: Stage,
    #[serde(serialize_with = "dates::serialize_opt")]
    pub escalates_on: Option<NaiveDate>,
    #[serde(serialize_with = "dates::serialize_opt")]
    pub protection_ends_on: Option<NaiveDate>,
    pub free_return: FreeReturnCheck,
    pub evidence: Vec<EvidenceItem>,
    /// Every deadline that applies, by date.
    pub deadlines: Vec<Deadline>,
    pub next_step: NextStep,
    /// The rules that decided it, in the reference's order.
    pub rules: Vec<RuleId>,
    /// Extra: the day the app urges opening a dispute by (D4: protection end
    /// while the item has not arrived).
    #[serde(serialize_with = "dates::serialize_opt")]
    pub recommended_open_by: Option<NaiveDate>,
    /// Extra: when the refund should arrive, once it was made (F2).
    pub refund_arrival: Option<ArrivalWindow>,
    /// Extra: the fields whose absence stopped a date or a check.
    pub missing: Vec<&'static str>,
}

/// What the verdict logic decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Decision {
    pub verdict: Verdict,
    pub alternative: Option<AlternativeRoute>,
    pub next_step: NextStep,
}

impl Decision {
    fn new(verdict: Verdict, next_step: NextStep) -> Self {
        Decision {
            verdict,
            alternative: None,
            next_step,
        }
    }
}

/// Assesses `case` under `policy` as of `today`. Never panics, whatever the
/// case holds; a case that fails [`validate`](super::validate) still gets
/// an answer, but it is only as good as its dates.
///
/// ```
/// use disputa::domain::{assess, Case, DeliveryStatus, Policy, Verdict};
/// let mut case = Case::new("a");
/// case.delivery_status = DeliveryStatus::InTransit;
/// case.shipped_on = "2026-10-03".parse().ok();
/// let assessment = assess(&case, &Policy::default(), "2026-10-05".parse().unwrap());
/// assert_eq!(assessment.verdict, Verdict::NotYet);
/// assert_eq!(assessment.opens_on, "2026-10-13".parse().ok());
/// ```
pub fn assess(case: &Case, policy: &Policy, today: NaiveDate) -> Assessment {
    let mut trace = Trace::new(today);
    let protection = protection_end(case, policy);
    record_protection(case, protection, &mut trace);
    let window = deadlines::window(case, policy, protection, &mut trace);
    let stage = lifecycle::stage(case, policy, today);
    let evidence = if window.is_some() {
        evidence_for(case)
    } else {
        Vec::new()
    };
    if !evidence.is_empty() {
        trace.rule(RuleId::D6);
        trace.rule(RuleId::D7);
    }
    let free_return = free_return::check(case, policy, today);
    record_free_return(case, &free_return, &mut trace);
    let decision = decide(
        case,
        policy,
        today,
        window.as_ref(),
        stage,
        &free_return,
        &evidence,
        &mut trace,
    );
    if super::routes::apply_to(case) {
        deadlines::other_routes(case, policy, &mut trace);
    }
    let arrival = arrival(case, policy, &mut trace);
    let escalates_on = case
        .dispute
        .as_ref()
        .and_then(|d| lifecycle::escalates_on(d, policy));
    let (rules, deadlines, missing) = trace.finish();
    Assessment {
        case_id: case.id.clone(),
        verdict: decision.verdict,
        opens_on: window.and_then(|w| w.opens_on),
        closes_on: window.and_then(|w| w.closes_on),
        alternative: decision.alternative,
        stage,
        escalates_on,
        protection_ends_on: protection.map(|p| p.date),
        free_return,
        evidence,
        deadlines,
        next_step: decision.next_step,
        rules,
        recommended_open_by: window.and_then(|w| w.open_by),
        refund_arrival: arrival,
        missing,
    }
}

#[allow(clippy::too_many_arguments)]
fn decide(
    case: &Case,
    policy: &Policy,
    today: NaiveDate,
    window: Option<&deadlines::Window>,
    stage: Stage,
    free_return: &FreeReturnCheck,
    evidence: &[EvidenceItem],
    trace: &mut Trace,
) -> Decision {
    if case.cancelled_on.is_some() {
        trace.rule(RuleId::D1);
        return verdict::settled(case, trace);
    }
    if let Some(dispute) = &case.dispute {
        match stage {
            Stage::DisputeOpen | Stage::Claim => {
                return dispute::open(dispute, policy, stage, evidence, trace)
            }
            Stage::Closed if !cancelled_by_buyer(dispute) => {
                return dispute::decided(case, dispute, policy, today, trace)
            }
            // Cancelled by the buyer: a second dispute is possible (D8).
            _ => trace.rule(RuleId::D8),
        }
    }
    if case.free_return_shipped() {
        trace.rule(RuleId::R1);
        return verdict::settled(case, trace);
    }
    match window {
        None => verdict::before_shipment(case, trace),
        Some(window) => {
            verdict::after_shipment(case, policy, today, window, free_return, evidence, trace)
        }
    }
}

fn record_protection(case: &Case, protection: Option<ProtectionEnd>, trace: &mut Trace) {
    let Some(protection) = protection else {
        if case.delivery_status != DeliveryStatus::AwaitingShipment {
            trace.missing("shipped_on");
        }
        return;
    };
    trace.rule(RuleId::BP2);
    let decided = case
        .dispute
        .as_ref()
        .is_some_and(|d| d.closed_on.is_some() && !cancelled_by_buyer(d));
    if case.receipt_confirmed_on.is_none() && case.cancelled_on.is_none() && !decided {
        // The order page's own date is certain; an estimate is as sure as BP2.
        let confidence = match protection.source {
            ProtectionSource::OrderPage => Confidence::High,
            _ => super::policy::rule(RuleId::BP2).confidence,
        };
        trace.deadline_with(
            DeadlineKind::ProtectionEnds,
            protection.date,
            RuleId::BP2,
            confidence,
        );
    }
}

fn record_free_return(case: &Case, check: &FreeReturnCheck, trace: &mut Trace) {
    let change_of_mind = case.problem.is_some_and(|p| p.is_change_of_mind());
    let hard_blocked = check.reasons.iter().any(|r| !r.is_unknown());
    if let Some(until) = check.until.filter(|_| !hard_blocked) {
        trace.deadline(DeadlineKind::FreeReturnBy, until, RuleId::R1);
    }
    if check.reasons.iter().any(|r| {
        matches!(
            r,
            FreeReturnReason::ItemExcluded
                | FreeReturnReason::PriceOverLimit
                | FreeReturnReason::PriceNearLimit
                | FreeReturnReason::NoExchangeRate
                | FreeReturnReason::AlreadyReturned
        )
    }) {
        trace.rule(RuleId::R2);
    }
    if change_of_mind && case.delivery_status == DeliveryStatus::Received {
        for reason in &check.reasons {
            let field = match reason {
                FreeReturnReason::DeliveryDateUnknown => "delivered_on",
                FreeReturnReason::ItemConditionUnknown => "item_unused",
                FreeReturnReason::CountryUnknown => "country",
                FreeReturnReason::ListingUnknown => "free_return_offered",
                FreeReturnReason::PriceUnknown => "price",
                _ => continue,
            };
            trace.missing(field);
        }
    }
}

fn arrival(case: &Case, policy: &Policy, trace: &mut Trace) -> Option<ArrivalWindow> {
    let refund = case.refund.as_ref()?;
    if refund.stage != RefundStage::Refunded {
        return None;
    }
    let Some(method) = case.payment_method else {
        trace.missing("payment_method");
        return None;
    };
    let Some(made_on) = refund.updated_on else {
        trace.missing("refund.updated_on");
        return None;
    };
    let window = refund_arrival(method, made_on, policy);
    trace.rule(window.rule);
    Some(window)
}
