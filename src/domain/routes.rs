//! The ways to get the money back outside AliExpress (O1, O2, O3): which
//! ones this order has, until when, and where the buyer is on each.
//!
//! The dates are the rules' own: PayPal's are firm (O1); a bank's and the
//! EU rights' are what usually applies, and the bank or the seller's country
//! decides (O2, O3, S9).

use chrono::{Months, NaiveDate};

use super::case::{Case, DeliveryStatus, Outcome, PaymentMethod, RouteOutcome};
use super::dates::add_days;
use super::engine::{Assessment, Stage, Verdict};
use super::policy::{rule, Confidence, Policy, RuleId};

/// One way outside AliExpress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RouteKind {
    /// A dispute in PayPal's resolution centre, then a claim (O1).
    PaypalDispute,
    /// A chargeback asked of the card's bank (O2).
    Chargeback,
    /// The EU right of withdrawal, from delivery (O3).
    EuWithdrawal,
    /// The EU legal guarantee, from delivery (O3).
    EuGuarantee,
}

impl RouteKind {
    pub fn rule(self) -> RuleId {
        match self {
            RouteKind::PaypalDispute => RuleId::O1,
            RouteKind::Chargeback => RuleId::O2,
            RouteKind::EuWithdrawal | RouteKind::EuGuarantee => RuleId::O3,
        }
    }

    /// The name used in element ids and test selectors.
    pub fn as_str(self) -> &'static str {
        match self {
            RouteKind::PaypalDispute => "paypal",
            RouteKind::Chargeback => "chargeback",
            RouteKind::EuWithdrawal => "eu-withdrawal",
            RouteKind::EuGuarantee => "eu-guarantee",
        }
    }

    /// Whether the buyer writes to PayPal or the bank (a letter) rather than
    /// to the seller.
    pub fn has_letter(self) -> bool {
        matches!(self, RouteKind::PaypalDispute | RouteKind::Chargeback)
    }
}

/// Where a route stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteState {
    /// It can be used until `last_day` (the usual last day for O2 and O3).
    Open { last_day: NaiveDate },
    /// O2: the usual day has passed, the longest any card scheme allows has
    /// not: only the bank can say.
    AskBank { usual: NaiveDate, latest: NaiveDate },
    /// Its last day has passed.
    Passed { last_day: NaiveDate },
    /// A fact it counts from is not known (the field is named).
    Undated { missing: &'static str },
    /// The buyer started it on `on`. For PayPal, `escalate_by` is the last
    /// day to make it a claim (O1), unless it already is one.
    Started {
        on: NaiveDate,
        escalate_by: Option<NaiveDate>,
    },
    /// O1: the PayPal dispute was not made a claim in time, so PayPal
    /// closed it for good.
    Lapsed { last_day: NaiveDate },
    /// PayPal or the bank decided.
    Decided {
        on: NaiveDate,
        outcome: Option<RouteOutcome>,
    },
}

impl RouteState {
    /// The day the page shows as the route's last day, if there is one.
    pub fn last_day(&self) -> Option<NaiveDate> {
        match *self {
            RouteState::Open { last_day }
            | RouteState::Passed { last_day }
            | RouteState::Lapsed { last_day } => Some(last_day),
            RouteState::AskBank { latest, .. } => Some(latest),
            RouteState::Started { escalate_by, .. } => escalate_by,
            RouteState::Undated { .. } | RouteState::Decided { .. } => None,
        }
    }

    /// Whether the buyer can still take this route (or its next step).
    pub fn is_open(&self) -> bool {
        matches!(
            self,
            RouteState::Open { .. } | RouteState::AskBank { .. } | RouteState::Undated { .. }
        ) || matches!(
            self,
            RouteState::Started {
                escalate_by: Some(_),
                ..
            }
        )
    }
}

/// One route with its rule and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    pub kind: RouteKind,
    pub rule: RuleId,
    pub confidence: Confidence,
    pub state: RouteState,
}

/// When the routes outside AliExpress are the way to go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// AliExpress's own way is still open: use it first.
    AliexpressFirst,
    /// A dispute or claim is open on AliExpress: wait for its decision.
    AfterDispute,
    /// AliExpress said no or refunded only part, its window closed, or the
    /// buyer already went to PayPal or the bank.
    Now,
}

/// What the payment method leaves open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoutePayment {
    /// Paid by card or PayPal: the route is in the list.
    Covered,
    /// The case does not say how the order was paid.
    Unknown,
    /// Paid another way (Alipay balance, bank transfer, cash): neither
    /// PayPal nor a card chargeback applies.
    NoRoute(PaymentMethod),
}

/// The routes outside AliExpress for one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherRoutes {
    pub timing: Timing,
    pub payment: RoutePayment,
    pub routes: Vec<Route>,
}

/// Whether the money is back or on its way through AliExpress, PayPal or
/// the bank, so no route outside AliExpress is needed: a cancelled order
/// (F3), a shipped free return (R1), a full refund decided (with or without
/// a return), or a refund won at PayPal or the bank.
pub fn settled(case: &Case) -> bool {
    let decided_in_full = case.dispute.as_ref().is_some_and(|d| {
        d.closed_on.is_some()
            && matches!(
                d.outcome,
                Some(Outcome::FullRefund) | Some(Outcome::ReturnAndRefund)
            )
    });
    let won = |outcome: Option<RouteOutcome>| outcome == Some(RouteOutcome::Refunded);
    case.cancelled_on.is_some()
        || case.free_return_shipped()
        || decided_in_full
        || won(case.paypal_dispute_outcome)
        || won(case.chargeback_outcome)
}

/// Whether the routes outside AliExpress matter for `case`: something went
/// wrong (a problem or a dispute) and the money is not back.
pub fn apply_to(case: &Case) -> bool {
    (case.problem.is_some() || case.dispute.is_some()) && !settled(case)
}

/// Every route the case has, by the rules alone (no timing).
pub fn routes(case: &Case, policy: &Policy, today: NaiveDate) -> Vec<Route> {
    let mut routes = Vec::new();
    let mut push = |kind: RouteKind, state: RouteState| {
        let id = kind.rule();
        routes.push(Route {
            kind,
            rule: id,
            confidence: rule(id).confidence,
            state,
        })
    };
    match case.payment_method {
        Some(PaymentMethod::Paypal) => push(RouteKind::PaypalDispute, paypal(case, policy, today)),
        Some(PaymentMethod::Card) => push(RouteKind::Chargeback, chargeback(case, policy, today)),
        _ => {}
    }
    if eu_buyer_with_item(case, policy) {
        let (withdrawal, guarantee) = match case.delivered_on {
            Some(delivered) => {
                let withdrawal = add_days(delivered, policy.eu_withdrawal_days);
                let months = Months::new(policy.eu_guarantee_years.saturating_mul(12));
                let guarantee = delivered
                    .checked_add_months(months)
                    .unwrap_or(NaiveDate::MAX);
                (by(withdrawal, today), by(guarantee, today))
            }
            None => {
                let undated = RouteState::Undated {
                    missing: "delivered_on",
                };
                (undated, undated)
            }
        };
        push(RouteKind::EuWithdrawal, withdrawal);
        push(RouteKind::EuGuarantee, guarantee);
    }
    routes
}

/// The routes of `case` and when to take them, or `None` when the case
/// needs none (see [`apply_to`]).
///
/// ```
/// use disputa::domain::{assess, other_routes, Case, DeliveryStatus, PaymentMethod, Policy,
///     Problem, RouteState, Timing};
/// let mut case = Case::new("a");
/// case.payment_method = Some(PaymentMethod::Card);
/// case.delivery_status = DeliveryStatus::InTransit;
/// case.ordered_on = "2026-01-05".parse().ok();
/// case.shipped_on = "2026-01-07".parse().ok();
/// case.problem = Some(Problem::NotReceived);
/// let today = "2026-04-01".parse().unwrap();
/// let assessment = assess(&case, &Policy::default(), today);
/// let routes = other_routes(&case, &assessment, &Policy::default(), today).unwrap();
/// assert_eq!(routes.timing, Timing::Now); // the dispute window closed
/// assert_eq!(routes.routes[0].state, RouteState::Open { last_day: "2026-05-05".parse().unwrap() });
/// ```
pub fn other_routes(
    case: &Case,
    assessment: &Assessment,
    policy: &Policy,
    today: NaiveDate,
) -> Option<OtherRoutes> {
    if !apply_to(case) {
        return None;
    }
    let payment = match case.payment_method {
        Some(PaymentMethod::Card | PaymentMethod::Paypal) => RoutePayment::Covered,
        Some(other) => RoutePayment::NoRoute(other),
        None => RoutePayment::Unknown,
    };
    Some(OtherRoutes {
        timing: timing(case, assessment),
        payment,
        routes: routes(case, policy, today),
    })
}

fn timing(case: &Case, assessment: &Assessment) -> Timing {
    let started = case.paypal_dispute_opened_on.is_some() || case.chargeback_requested_on.is_some();
    let said_no = case.dispute.as_ref().is_some_and(|d| {
        d.closed_on.is_some()
            && matches!(
                d.outcome,
                Some(Outcome::Rejected) | Some(Outcome::PartialRefund)
            )
    });
    if started || said_no || assessment.verdict == Verdict::TooLate {
        Timing::Now
    } else if matches!(assessment.stage, Stage::DisputeOpen | Stage::Claim) {
        Timing::AfterDispute
    } else {
        Timing::AliexpressFirst
    }
}

/// Open until `last_day`, or passed.
fn by(last_day: NaiveDate, today: NaiveDate) -> RouteState {
    if today <= last_day {
        RouteState::Open { last_day }
    } else {
        RouteState::Passed { last_day }
    }
}

fn paypal(case: &Case, policy: &Policy, today: NaiveDate) -> RouteState {
    if let Some(on) = case.paypal_dispute_closed_on {
        return RouteState::Decided {
            on,
            outcome: case.paypal_dispute_outcome,
        };
    }
    if let Some(opened) = case.paypal_dispute_opened_on {
        if case.paypal_dispute_escalated_on.is_some() {
            return RouteState::Started {
                on: opened,
                escalate_by: None,
            };
        }
        let escalate_by = add_days(opened, policy.paypal_escalate_days);
        return if today <= escalate_by {
            RouteState::Started {
                on: opened,
                escalate_by: Some(escalate_by),
            }
        } else {
            RouteState::Lapsed {
                last_day: escalate_by,
            }
        };
    }
    match case.ordered_on {
        Some(paid) => by(add_days(paid, policy.paypal_dispute_days), today),
        None => RouteState::Undated {
            missing: "ordered_on",
        },
    }
}

fn chargeback(case: &Case, policy: &Policy, today: NaiveDate) -> RouteState {
    if let Some(on) = case.chargeback_closed_on {
        return RouteState::Decided {
            on,
            outcome: case.chargeback_outcome,
        };
    }
    if let Some(on) = case.chargeback_requested_on {
        return RouteState::Started {
            on,
            escalate_by: None,
        };
    }
    // No scheme allows more than the maximum.
    let (Some(paid), Some(usual)) = (case.ordered_on, usual_chargeback_day(case, policy)) else {
        return RouteState::Undated {
            missing: "ordered_on",
        };
    };
    let latest = add_days(paid, policy.chargeback_max_days);
    if today <= usual {
        RouteState::Open { last_day: usual }
    } else if today <= latest {
        RouteState::AskBank { usual, latest }
    } else {
        RouteState::Passed { last_day: latest }
    }
}

/// The day a bank usually accepts a chargeback until (O2). The payment day
/// is the earlier, safer base; some banks count from the expected delivery
/// instead.
pub(crate) fn usual_chargeback_day(case: &Case, policy: &Policy) -> Option<NaiveDate> {
    case.ordered_on
        .map(|paid| add_days(paid, policy.chargeback_days))
}

fn eu_buyer_with_item(case: &Case, policy: &Policy) -> bool {
    case.delivery_status == DeliveryStatus::Received
        && case.country.as_deref().is_some_and(|c| policy.is_eu(c))
}
