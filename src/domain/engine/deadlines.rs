//! The dates of the dispute window (BP2, D3, D4, D5) and of the routes
//! outside AliExpress (O1, O2, O3).

use chrono::NaiveDate;

use super::trace::Trace;
use super::types::DeadlineKind;
use crate::domain::case::{Case, DeliveryStatus};
use crate::domain::dates::add_days;
use crate::domain::policy::{Policy, RuleId};

/// Where the protection end comes from (BP2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProtectionSource {
    /// Read off the order page: it wins over every estimate.
    OrderPage,
    /// `shipped_on + promised_delivery_days`.
    PromisedDelivery,
    /// `shipped_on + protection_days` of the policy.
    Policy,
}

/// The end of buyer protection and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProtectionEnd {
    pub date: NaiveDate,
    pub source: ProtectionSource,
}

/// When buyer protection ends (BP2): the order page's date, else shipment
/// plus the promised delivery time, else shipment plus the policy's days.
/// There is none before shipment.
pub fn protection_end(case: &Case, policy: &Policy) -> Option<ProtectionEnd> {
    if case.delivery_status == DeliveryStatus::AwaitingShipment {
        return None;
    }
    if let Some(date) = case.protection_ends_on {
        return Some(ProtectionEnd {
            date,
            source: ProtectionSource::OrderPage,
        });
    }
    let shipped = case.shipped_on?;
    Some(match case.promised_delivery_days {
        Some(days) => ProtectionEnd {
            date: add_days(shipped, days),
            source: ProtectionSource::PromisedDelivery,
        },
        None => ProtectionEnd {
            date: add_days(shipped, policy.protection_days),
            source: ProtectionSource::Policy,
        },
    })
}

/// The dispute window of an order that shipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// The first day the dispute button is there (D3).
    pub opens_on: Option<NaiveDate>,
    /// The last day a dispute can be opened (D4, or D5 when marked delivered).
    pub closes_on: Option<NaiveDate>,
    /// The rule that set `closes_on`.
    pub close_rule: RuleId,
    /// The day the app urges opening by: protection end while the item has
    /// not arrived, else `closes_on`.
    pub open_by: Option<NaiveDate>,
}

/// The dispute window, or `None` before shipment (D1).
pub fn window(
    case: &Case,
    policy: &Policy,
    protection: Option<ProtectionEnd>,
    trace: &mut Trace,
) -> Option<Window> {
    if case.delivery_status == DeliveryStatus::AwaitingShipment {
        return None;
    }
    trace.rule(RuleId::D3);
    let opens_on = case
        .shipped_on
        .map(|shipped| add_days(shipped, policy.dispute_opens_after_days));
    if opens_on.is_none() {
        trace.missing("shipped_on");
    }
    // D4's hard close, from receipt confirmed or protection end, whichever
    // came first (S3: a late "Confirm receipt" does not extend it).
    let confirmed = match (case.receipt_confirmed_on, protection.map(|p| p.date)) {
        (Some(receipt), Some(end)) => Some(receipt.min(end)),
        (receipt, end) => receipt.or(end),
    };
    let outer = confirmed.map(|date| add_days(date, policy.dispute_window_days));
    let (closes_on, close_rule) = if case.delivery_status == DeliveryStatus::MarkedDelivered {
        trace.rule(RuleId::D5);
        trace.rule(RuleId::D4);
        // D5 shortens the window; without the delivery date only D4's outer
        // limit is known (S4).
        match case.delivered_on {
            Some(delivered) => {
                let d5 = add_days(delivered, policy.marked_delivered_days);
                match outer {
                    Some(outer) if outer < d5 => (Some(outer), RuleId::D4),
                    _ => (Some(d5), RuleId::D5),
                }
            }
            None => {
                trace.missing("delivered_on");
                (outer, RuleId::D4)
            }
        }
    } else {
        trace.rule(RuleId::D4);
        (outer, RuleId::D4)
    };
    let open_by = match (case.delivery_status, protection) {
        (DeliveryStatus::InTransit, Some(protection)) if case.receipt_confirmed_on.is_none() => {
            Some(closes_on.map_or(protection.date, |close| close.min(protection.date)))
        }
        _ => closes_on,
    };
    Some(Window {
        opens_on,
        closes_on,
        close_rule,
        open_by,
    })
}

/// The deadlines of the routes outside AliExpress (O1, O2, O3), for a case
/// that needs them (`routes::apply_to`): the day each route can be taken
/// by, the PayPal claim's last day once a PayPal dispute is open, and the
/// facts that would date the ones that cannot be dated.
pub fn other_routes(case: &Case, policy: &Policy, trace: &mut Trace) {
    use crate::domain::routes::{routes, usual_chargeback_day, RouteKind, RouteState};
    for route in routes(case, policy, trace.today) {
        trace.rule(route.rule);
        let kind = match (route.kind, route.state) {
            (RouteKind::PaypalDispute, RouteState::Started { .. } | RouteState::Lapsed { .. }) => {
                DeadlineKind::PaypalEscalateBy
            }
            (RouteKind::PaypalDispute, _) => DeadlineKind::PaypalDisputeBy,
            (RouteKind::Chargeback, _) => DeadlineKind::ChargebackBy,
            (RouteKind::EuWithdrawal, _) => DeadlineKind::EuWithdrawalBy,
            (RouteKind::EuGuarantee, _) => DeadlineKind::EuGuaranteeUntil,
        };
        let date = match route.state {
            RouteState::Undated { missing } => {
                trace.missing(missing);
                None
            }
            // A chargeback's deadline is the usual day (O2), also once it
            // passed: after it, only the bank can say.
            RouteState::Open { .. } | RouteState::AskBank { .. } | RouteState::Passed { .. }
                if route.kind == RouteKind::Chargeback =>
            {
                usual_chargeback_day(case, policy)
            }
            state => state.last_day(),
        };
        if let Some(date) = date {
            trace.deadline(kind, date, route.rule);
        }
    }
}
