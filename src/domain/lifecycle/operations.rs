//! The moves a buyer records on a case, and the checks that refuse a move
//! the lifecycle does not allow (with a typed error the app can explain).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{cancelled_by_buyer, change, TransitionError};
use crate::domain::case::{
    Case, DeliveryStatus, Dispute, Outcome, PaymentMethod, Refund, RefundStage, ReturnShipment,
    RouteOutcome,
};
use crate::domain::routes::RouteKind;
use crate::domain::validate::has_refund_source;

/// A move on a case, recorded on a given day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "operation")]
pub enum Operation {
    /// The buyer wrote to the seller (D2).
    ContactSeller,
    /// An order cancellation was approved (D1, F3).
    CancelOrder,
    OpenDispute,
    SellerResponded,
    /// The dispute became a claim (E1), by the buyer or automatically.
    Escalate,
    /// Buyer and seller agreed: the buyer cancelled the claim and the
    /// dispute (E3). A new dispute stays possible (D8).
    CancelDispute,
    /// AliExpress decided.
    Decide {
        outcome: Outcome,
    },
    /// The buyer appealed the decision (E4).
    Appeal,
    /// The item went back: to the seller (E5) or, for a free return, to the
    /// local warehouse (R1).
    ShipReturn {
        free_return: bool,
        tracking: Option<String>,
    },
    /// The payments tracker moved on (F1).
    AdvanceRefund {
        stage: RefundStage,
    },
    /// The buyer opened a dispute with PayPal (O1).
    OpenPaypalDispute,
    /// The buyer made the PayPal dispute a claim (O1).
    EscalatePaypalDispute,
    /// PayPal decided.
    PaypalDecided {
        outcome: RouteOutcome,
    },
    /// The buyer asked the card's bank for a chargeback (O2).
    RequestChargeback,
    /// The bank decided.
    ChargebackDecided {
        outcome: RouteOutcome,
    },
}

/// The kind of an [`Operation`], without its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperationKind {
    ContactSeller,
    CancelOrder,
    OpenDispute,
    SellerResponded,
    Escalate,
    CancelDispute,
    Decide,
    Appeal,
    ShipReturn,
    ShipFreeReturn,
    AdvanceRefund,
    OpenPaypalDispute,
    EscalatePaypalDispute,
    PaypalDecided,
    RequestChargeback,
    ChargebackDecided,
}

impl OperationKind {
    pub const ALL: &'static [OperationKind] = &[
        OperationKind::ContactSeller,
        OperationKind::CancelOrder,
        OperationKind::OpenDispute,
        OperationKind::SellerResponded,
        OperationKind::Escalate,
        OperationKind::CancelDispute,
        OperationKind::Decide,
        OperationKind::Appeal,
        OperationKind::ShipReturn,
        OperationKind::ShipFreeReturn,
        OperationKind::AdvanceRefund,
        OperationKind::OpenPaypalDispute,
        OperationKind::EscalatePaypalDispute,
        OperationKind::PaypalDecided,
        OperationKind::RequestChargeback,
        OperationKind::ChargebackDecided,
    ];

    /// The route outside AliExpress a move belongs to (O1, O2); none for
    /// a move on AliExpress.
    pub fn route(self) -> Option<RouteKind> {
        match self {
            OperationKind::OpenPaypalDispute
            | OperationKind::EscalatePaypalDispute
            | OperationKind::PaypalDecided => Some(RouteKind::PaypalDispute),
            OperationKind::RequestChargeback | OperationKind::ChargebackDecided => {
                Some(RouteKind::Chargeback)
            }
            _ => None,
        }
    }
}

impl Operation {
    pub fn kind(&self) -> OperationKind {
        match self {
            Operation::ContactSeller => OperationKind::ContactSeller,
            Operation::CancelOrder => OperationKind::CancelOrder,
            Operation::OpenDispute => OperationKind::OpenDispute,
            Operation::SellerResponded => OperationKind::SellerResponded,
            Operation::Escalate => OperationKind::Escalate,
            Operation::CancelDispute => OperationKind::CancelDispute,
            Operation::Decide { .. } => OperationKind::Decide,
            Operation::Appeal => OperationKind::Appeal,
            Operation::ShipReturn {
                free_return: false, ..
            } => OperationKind::ShipReturn,
            Operation::ShipReturn {
                free_return: true, ..
            } => OperationKind::ShipFreeReturn,
            Operation::AdvanceRefund { .. } => OperationKind::AdvanceRefund,
            Operation::OpenPaypalDispute => OperationKind::OpenPaypalDispute,
            Operation::EscalatePaypalDispute => OperationKind::EscalatePaypalDispute,
            Operation::PaypalDecided { .. } => OperationKind::PaypalDecided,
            Operation::RequestChargeback => OperationKind::RequestChargeback,
            Operation::ChargebackDecided { .. } => OperationKind::ChargebackDecided,
        }
    }
}

/// The moves the lifecycle allows on `case` now. The day of a move is
/// checked by [`apply`].
pub fn allowed_operations(case: &Case) -> Vec<OperationKind> {
    OperationKind::ALL
        .iter()
        .copied()
        .filter(|kind| check(case, *kind).is_ok())
        .collect()
}

fn open_dispute(case: &Case) -> Option<&Dispute> {
    case.dispute.as_ref().filter(|d| d.closed_on.is_none())
}

/// Whether the lifecycle allows a move of `kind` on `case`.
fn check(case: &Case, kind: OperationKind) -> Result<(), TransitionError> {
    use TransitionError as E;
    let cancelled = case.cancelled_on.is_some();
    let shipped = case.delivery_status != DeliveryStatus::AwaitingShipment;
    let received = case.delivery_status == DeliveryStatus::Received;
    let returned = case
        .return_
        .as_ref()
        .is_some_and(|r| r.shipped_on.is_some());
    match kind {
        OperationKind::ContactSeller if case.contacted_seller_on.is_some() => {
            Err(E::AlreadyRecorded("contacted_seller_on"))
        }
        OperationKind::ContactSeller => Ok(()),
        OperationKind::CancelOrder if cancelled => Err(E::AlreadyRecorded("cancelled_on")),
        OperationKind::CancelOrder if shipped => Err(E::AlreadyShipped),
        OperationKind::CancelOrder => Ok(()),
        OperationKind::OpenDispute if cancelled => Err(E::OrderCancelled),
        OperationKind::OpenDispute if !shipped => Err(E::NotShipped),
        OperationKind::OpenDispute => match &case.dispute {
            None => Ok(()),
            Some(d) if cancelled_by_buyer(d) => Ok(()),
            Some(d) if d.closed_on.is_none() => Err(E::DisputeOpen),
            Some(_) => Err(E::OneDisputePerOrder),
        },
        OperationKind::SellerResponded => match open_dispute(case) {
            None => Err(E::NoOpenDispute),
            Some(d) if d.seller_responded_on.is_some() => {
                Err(E::AlreadyRecorded("dispute.seller_responded_on"))
            }
            Some(_) => Ok(()),
        },
        OperationKind::Escalate => match open_dispute(case) {
            None => Err(E::NoOpenDispute),
            Some(d) if d.escalated_on.is_some() => Err(E::AlreadyRecorded("dispute.escalated_on")),
            Some(_) => Ok(()),
        },
        OperationKind::CancelDispute | OperationKind::Decide => {
            open_dispute(case).map(|_| ()).ok_or(E::NoOpenDispute)
        }
        OperationKind::Appeal => match &case.dispute {
            None => Err(E::NoDecision),
            Some(d) if d.appealed_on.is_some() => Err(E::AlreadyAppealed),
            Some(d) if d.closed_on.is_none() => Err(E::NoDecision),
            Some(d) if cancelled_by_buyer(d) => Err(E::NothingToAppeal),
            Some(_) if case.refund.is_some() => Err(E::RefundUnderway),
            Some(_) => Ok(()),
        },
        OperationKind::ShipReturn | OperationKind::ShipFreeReturn if !received => {
            Err(E::NotReceived)
        }
        OperationKind::ShipReturn | OperationKind::ShipFreeReturn if returned => {
            Err(E::AlreadyRecorded("return.shipped_on"))
        }
        OperationKind::ShipReturn => {
            let agreed = case.dispute.as_ref().is_some_and(|d| {
                d.closed_on.is_none() || d.outcome == Some(Outcome::ReturnAndRefund)
            });
            if agreed {
                Ok(())
            } else {
                Err(E::NoReturnAgreed)
            }
        }
        OperationKind::ShipFreeReturn if case.dispute.is_some() || cancelled => {
            Err(E::FreeReturnUnavailable)
        }
        OperationKind::ShipFreeReturn => Ok(()),
        OperationKind::AdvanceRefund if !has_refund_source(case) => Err(E::NothingToRefund),
        OperationKind::AdvanceRefund => Ok(()),
        OperationKind::OpenPaypalDispute
        | OperationKind::EscalatePaypalDispute
        | OperationKind::PaypalDecided => check_outside(
            case,
            PaymentMethod::Paypal,
            kind,
            [
                case.paypal_dispute_opened_on,
                case.paypal_dispute_escalated_on,
                case.paypal_dispute_closed_on,
            ],
        ),
        OperationKind::RequestChargeback | OperationKind::ChargebackDecided => check_outside(
            case,
            PaymentMethod::Card,
            kind,
            [
                case.chargeback_requested_on,
                None,
                case.chargeback_closed_on,
            ],
        ),
    }
}

/// A move of a route outside AliExpress, whose dates are `[started,
/// escalated, decided]` (a chargeback has no escalation).
fn check_outside(
    case: &Case,
    paid_with: PaymentMethod,
    kind: OperationKind,
    [started, escalated, decided]: [Option<NaiveDate>; 3],
) -> Result<(), TransitionError> {
    use TransitionError as E;
    if case.payment_method != Some(paid_with) {
        return Err(E::NotPaidWith(paid_with));
    }
    if decided.is_some() {
        return Err(E::AlreadyDecided);
    }
    match kind {
        OperationKind::OpenPaypalDispute | OperationKind::RequestChargeback => {
            if started.is_some() {
                Err(E::AlreadyRecorded(if paid_with == PaymentMethod::Paypal {
                    "paypal_dispute_opened_on"
                } else {
                    "chargeback_requested_on"
                }))
            } else if !crate::domain::routes::apply_to(case) {
                Err(E::Settled)
            } else {
                Ok(())
            }
        }
        _ if started.is_none() => Err(E::NotStarted),
        OperationKind::EscalatePaypalDispute if escalated.is_some() => {
            Err(E::AlreadyRecorded("paypal_dispute_escalated_on"))
        }
        _ => Ok(()),
    }
}

/// Records `operation` on `case` as done on `on`, or says why the lifecycle
/// refuses it. The result is validated against `today`.
///
/// ```
/// use disputa::domain::{apply, Case, DeliveryStatus, Operation, TransitionError};
/// let today = "2026-11-01".parse().unwrap();
/// let case = Case::new("a"); // awaiting shipment
/// let refused = apply(&case, Operation::OpenDispute, today, today);
/// assert_eq!(refused, Err(TransitionError::NotShipped));
/// ```
pub fn apply(
    case: &Case,
    operation: Operation,
    on: NaiveDate,
    today: NaiveDate,
) -> Result<Case, TransitionError> {
    change(case, on, today, |next| {
        check(case, operation.kind())?;
        record(next, operation, on)
    })
}

/// A refund starts at "waiting" once something refunds (F1, F3).
fn start_refund(case: &mut Case, on: NaiveDate) {
    if case.refund.is_none() {
        case.refund = Some(Refund {
            stage: RefundStage::Waiting,
            amount: None,
            updated_on: Some(on),
        });
    }
}

fn record(case: &mut Case, operation: Operation, on: NaiveDate) -> Result<(), TransitionError> {
    match operation {
        Operation::ContactSeller => case.contacted_seller_on = Some(on),
        Operation::CancelOrder => {
            case.cancelled_on = Some(on);
            start_refund(case, on);
        }
        Operation::OpenDispute => {
            case.dispute = Some(Dispute {
                opened_on: Some(on),
                ..Dispute::default()
            })
        }
        Operation::SellerResponded => dispute_mut(case).seller_responded_on = Some(on),
        Operation::Escalate => dispute_mut(case).escalated_on = Some(on),
        Operation::CancelDispute => close(case, Outcome::CancelledByBuyer, on),
        Operation::Decide { outcome } => close(case, outcome, on),
        Operation::Appeal => {
            let dispute = dispute_mut(case);
            dispute.appealed_on = Some(on);
            dispute.closed_on = None;
            dispute.outcome = None;
        }
        Operation::ShipReturn {
            free_return,
            tracking,
        } => {
            case.return_ = Some(ReturnShipment {
                free_return,
                shipped_on: Some(on),
                tracking,
            });
            if free_return {
                start_refund(case, on);
            }
        }
        Operation::AdvanceRefund { stage } => advance_refund(case, stage, on)?,
        Operation::OpenPaypalDispute => case.paypal_dispute_opened_on = Some(on),
        Operation::EscalatePaypalDispute => case.paypal_dispute_escalated_on = Some(on),
        Operation::PaypalDecided { outcome } => {
            case.paypal_dispute_closed_on = Some(on);
            case.paypal_dispute_outcome = Some(outcome);
        }
        Operation::RequestChargeback => case.chargeback_requested_on = Some(on),
        Operation::ChargebackDecided { outcome } => {
            case.chargeback_closed_on = Some(on);
            case.chargeback_outcome = Some(outcome);
        }
    }
    Ok(())
}

fn dispute_mut(case: &mut Case) -> &mut Dispute {
    // `check` has made sure there is a dispute.
    case.dispute.get_or_insert_with(Dispute::default)
}

fn close(case: &mut Case, outcome: Outcome, on: NaiveDate) {
    let dispute = dispute_mut(case);
    dispute.closed_on = Some(on);
    dispute.outcome = Some(outcome);
    if outcome.refunds() {
        start_refund(case, on);
    }
}

fn advance_refund(case: &mut Case, to: RefundStage, on: NaiveDate) -> Result<(), TransitionError> {
    let from = case.refund.as_ref().map(|r| r.stage);
    if from.is_some_and(|from| from as u8 >= to as u8) {
        return Err(TransitionError::StageNotForward { from, to });
    }
    let refund = case.refund.get_or_insert(Refund {
        stage: to,
        amount: None,
        updated_on: None,
    });
    refund.stage = to;
    refund.updated_on = Some(on);
    Ok(())
}
