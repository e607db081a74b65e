//! The case lifecycle: before dispute → dispute open → claim → closed, and
//! the refund's waiting → processing → refunded, with the operations that
//! move a case along and the checks that keep the moves legal.

mod error;
mod operations;
mod records;

pub use error::TransitionError;
pub use operations::{allowed_operations, apply, Operation, OperationKind};
pub use records::{add_record, Record};

use chrono::NaiveDate;

use super::case::{Case, Dispute, Outcome};
use super::dates::add_days;
use super::engine::Stage;
use super::policy::Policy;
use super::validate::validate;

/// Where the case is in the dispute lifecycle today. Escalation is derived:
/// an open dispute that reached its escalation day (E1) is a claim even when
/// the buyer has not recorded it, and an appeal awaiting its decision (E4)
/// is a claim again.
pub fn stage(case: &Case, policy: &Policy, today: NaiveDate) -> Stage {
    let Some(dispute) = &case.dispute else {
        return Stage::BeforeDispute;
    };
    if dispute.appealed_on.is_some() && dispute.closed_on.is_none() {
        return Stage::Claim;
    }
    if dispute.closed_on.is_some() {
        return Stage::Closed;
    }
    let escalated = dispute.escalated_on.is_some()
        || escalates_on(dispute, policy).is_some_and(|date| today >= date);
    if escalated {
        Stage::Claim
    } else {
        Stage::DisputeOpen
    }
}

/// The day the dispute became or becomes a claim (E1, S6): `opened_on + 15`,
/// or the recorded escalation when it came earlier; none when the dispute
/// was settled before either.
pub fn escalates_on(dispute: &Dispute, policy: &Policy) -> Option<NaiveDate> {
    let automatic = dispute
        .opened_on
        .map(|opened| add_days(opened, policy.escalation_days));
    let escalated = match (dispute.escalated_on, automatic) {
        (Some(recorded), Some(automatic)) => Some(recorded.min(automatic)),
        (recorded, automatic) => recorded.or(automatic),
    };
    match (escalated, dispute.closed_on) {
        (Some(escalated), Some(closed)) if closed < escalated => None,
        _ => escalated,
    }
}

/// Whether the dispute was cancelled by the buyer, which is the only case a
/// second dispute may be opened (D8).
pub fn cancelled_by_buyer(dispute: &Dispute) -> bool {
    dispute.closed_on.is_some() && dispute.outcome == Some(Outcome::CancelledByBuyer)
}

/// The one path of every change to a case, a move or a record: a day after
/// today is refused, the change is made on a copy, and the copy must still
/// be a valid case as of `today`.
fn change(
    case: &Case,
    on: NaiveDate,
    today: NaiveDate,
    edit: impl FnOnce(&mut Case) -> Result<(), TransitionError>,
) -> Result<Case, TransitionError> {
    if on > today {
        return Err(TransitionError::InFuture);
    }
    let mut next = case.clone();
    edit(&mut next)?;
    validate(&next, today).map_err(TransitionError::Invalid)?;
    Ok(next)
}
