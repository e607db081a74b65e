//! The buyer's cases at a glance: each assessed once, the ones still moving
//! first and the most urgent of those on top, the finished ones after.

use std::cmp::Reverse;

use chrono::NaiveDate;

use super::case::Case;
use super::engine::{assess, Assessment, Deadline, DeadlineKind, NextStep};
use super::policy::Policy;

impl Assessment {
    /// The nearest deadline that has not passed, if any.
    pub fn next_deadline(&self) -> Option<&Deadline> {
        self.deadlines
            .iter()
            .filter(|deadline| deadline.days_left >= 0)
            .min_by_key(|deadline| (deadline.date, deadline.kind))
    }

    /// The deadlines that have not passed, by date.
    pub fn open_deadlines(&self) -> impl Iterator<Item = &Deadline> {
        self.deadlines
            .iter()
            .filter(|deadline| deadline.days_left >= 0)
    }

    /// Nothing is left to do or to wait for: on AliExpress, and on the
    /// routes outside it that can still be taken by a day ahead (O1, O2,
    /// O3's withdrawal).
    pub fn is_finished(&self) -> bool {
        self.next_step == NextStep::Done && !self.outside_route_open()
    }

    /// Nothing is left to do on AliExpress, but a route outside it is
    /// still open: the next step is to look at those routes.
    pub fn only_outside_routes_left(&self) -> bool {
        self.next_step == NextStep::Done && self.outside_route_open()
    }

    /// A route outside AliExpress has a last day ahead. The EU guarantee's
    /// end is not one: it only says until when a fault can be claimed.
    pub fn outside_route_open(&self) -> bool {
        self.open_deadlines().any(|deadline| {
            matches!(
                deadline.kind,
                DeadlineKind::PaypalDisputeBy
                    | DeadlineKind::PaypalEscalateBy
                    | DeadlineKind::ChargebackBy
                    | DeadlineKind::EuWithdrawalBy
            )
        })
    }
}

/// A case with its assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessedCase {
    pub case: Case,
    pub assessment: Assessment,
}

/// Every case, split and sorted for the list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overview {
    /// Cases still moving: the nearest open deadline first, cases without
    /// one after them, newest change first among equals.
    pub open: Vec<AssessedCase>,
    /// Finished cases, the most recently changed first.
    pub finished: Vec<AssessedCase>,
}

/// Assesses every case and sorts them for the list.
pub fn overview(cases: &[Case], policy: &Policy, today: NaiveDate) -> Overview {
    let (mut finished, mut open): (Vec<_>, Vec<_>) = cases
        .iter()
        .map(|case| AssessedCase {
            assessment: assess(case, policy, today),
            case: case.clone(),
        })
        .partition(|assessed| assessed.assessment.is_finished());
    // Each key is worked out once per case, not once per comparison.
    open.sort_by_cached_key(|c| {
        let due = c.assessment.next_deadline().map(|d| d.date);
        (due.is_none(), due, Reverse(c.case.updated_at.clone()))
    });
    finished.sort_by(|a, b| b.case.updated_at.cmp(&a.case.updated_at));
    Overview { open, finished }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{DeliveryStatus, Outcome, Problem, Refund, RefundStage};

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn in_transit(id: &str, shipped: &str) -> Case {
        let mut case = Case::new(id);
        case.delivery_status = DeliveryStatus::InTransit;
        case.shipped_on = Some(d(shipped));
        case
    }

    fn refunded(id: &str) -> Case {
        let mut case = Case::new(id);
        case.ordered_on = Some(d("2026-10-01"));
        case.cancelled_on = Some(d("2026-10-02"));
        case.refund = Some(Refund {
            stage: RefundStage::Refunded,
            amount: None,
            updated_on: Some(d("2026-10-05")),
        });
        case
    }

    #[test]
    fn the_nearest_open_deadline_comes_first_and_finished_cases_apart() {
        let today = d("2026-11-01");
        let cases = vec![
            in_transit("later", "2026-10-20"),
            refunded("done"),
            in_transit("sooner", "2026-09-10"),
        ];
        let overview = overview(&cases, &Policy::default(), today);
        let ids =
            |list: &[AssessedCase]| list.iter().map(|c| c.case.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&overview.open), ["sooner", "later"]);
        assert_eq!(ids(&overview.finished), ["done"]);
    }

    #[test]
    fn next_deadline_skips_the_ones_that_passed() {
        let mut case = in_transit("a", "2026-08-01");
        case.delivery_status = DeliveryStatus::Received;
        case.delivered_on = Some(d("2026-10-20"));
        case.problem = Some(Problem::Damaged);
        let assessment = assess(&case, &Policy::default(), d("2026-11-01"));
        let next = assessment.next_deadline().expect("an open deadline");
        assert!(next.days_left >= 0);
        assert!(assessment
            .open_deadlines()
            .all(|deadline| deadline.date >= d("2026-11-01")));
    }

    #[test]
    fn a_rejected_dispute_stays_open_while_the_bank_can_still_be_asked() {
        let mut case = in_transit("a", "2026-09-01");
        case.ordered_on = Some(d("2026-08-30"));
        case.payment_method = Some(crate::domain::PaymentMethod::Card);
        case.delivery_status = DeliveryStatus::Received;
        case.delivered_on = Some(d("2026-09-20"));
        case.problem = Some(Problem::Damaged);
        case.dispute = Some(crate::domain::Dispute {
            opened_on: Some(d("2026-09-22")),
            closed_on: Some(d("2026-10-01")),
            outcome: Some(Outcome::Rejected),
            ..Default::default()
        });
        // The appeal (E4) is over; the usual chargeback day (O2) is 2026-12-28.
        let open = assess(&case, &Policy::default(), d("2026-12-01"));
        assert_eq!(open.next_step, NextStep::Done);
        assert!(!open.is_finished());
        let later = assess(&case, &Policy::default(), d("2026-12-29"));
        assert!(later.is_finished());
    }

    #[test]
    fn a_decided_dispute_with_its_refund_made_is_finished() {
        let mut case = in_transit("a", "2026-09-01");
        case.delivery_status = DeliveryStatus::Received;
        case.delivered_on = Some(d("2026-09-20"));
        case.problem = Some(Problem::Damaged);
        case.dispute = Some(crate::domain::Dispute {
            opened_on: Some(d("2026-09-22")),
            closed_on: Some(d("2026-10-01")),
            outcome: Some(Outcome::FullRefund),
            ..Default::default()
        });
        case.refund = Some(Refund {
            stage: RefundStage::Processing,
            amount: None,
            updated_on: Some(d("2026-10-02")),
        });
        let today = d("2026-10-03");
        assert!(!assess(&case, &Policy::default(), today).is_finished());
        case.refund.as_mut().unwrap().stage = RefundStage::Refunded;
        assert!(assess(&case, &Policy::default(), today).is_finished());
    }
}
