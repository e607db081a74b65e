//! Why a move or a record is refused, with the rule behind it when one
//! forbids it.

use crate::domain::case::{PaymentMethod, RefundStage};
use crate::domain::policy::RuleId;
use crate::domain::validate::Invalid;

/// Why a move is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransitionError {
    /// The day of the move is after today.
    InFuture,
    /// The move was already recorded (the field is named).
    AlreadyRecorded(&'static str),
    /// Only an order awaiting shipment can be cancelled (D1).
    AlreadyShipped,
    OrderCancelled,
    /// Nothing to dispute before shipment (D1).
    NotShipped,
    /// A dispute is open.
    DisputeOpen,
    /// A dispute was decided: a second one only after a cancelled one (D8).
    OneDisputePerOrder,
    NoOpenDispute,
    /// An appeal needs a decision (E4).
    NoDecision,
    /// One appeal only (E4).
    AlreadyAppealed,
    /// A dispute the buyer cancelled has no decision to appeal.
    NothingToAppeal,
    /// The decision's refund is under way; it cannot be appealed here.
    RefundUnderway,
    /// Only an item that arrived can be returned.
    NotReceived,
    /// A return to the seller needs a dispute that agreed or decided it (E5).
    NoReturnAgreed,
    /// One free return per order (R2), and none during a dispute.
    FreeReturnUnavailable,
    /// Nothing refunds yet: no closed dispute, cancellation or free return.
    NothingToRefund,
    /// Refund stages only move forward (F1).
    StageNotForward {
        from: Option<RefundStage>,
        to: RefundStage,
    },
    /// The route outside AliExpress needs another payment method: PayPal
    /// for a PayPal dispute (O1), a card for a chargeback (O2).
    NotPaidWith(PaymentMethod),
    /// The step needs the PayPal dispute or the chargeback to be started.
    NotStarted,
    /// PayPal or the bank already decided.
    AlreadyDecided,
    /// The money is back, or on its way: no route outside AliExpress is
    /// needed.
    Settled,
    /// The move would make the case inconsistent (dates out of order).
    Invalid(Vec<Invalid>),
}

impl TransitionError {
    /// The rule that forbids the move, when one does.
    pub fn rule(&self) -> Option<RuleId> {
        match self {
            TransitionError::AlreadyShipped | TransitionError::NotShipped => Some(RuleId::D1),
            TransitionError::OneDisputePerOrder => Some(RuleId::D8),
            TransitionError::NoDecision
            | TransitionError::AlreadyAppealed
            | TransitionError::NothingToAppeal => Some(RuleId::E4),
            TransitionError::NoReturnAgreed => Some(RuleId::E5),
            TransitionError::FreeReturnUnavailable => Some(RuleId::R2),
            TransitionError::NothingToRefund => Some(RuleId::F3),
            TransitionError::StageNotForward { .. } => Some(RuleId::F1),
            TransitionError::NotPaidWith(PaymentMethod::Paypal) => Some(RuleId::O1),
            TransitionError::NotPaidWith(_) => Some(RuleId::O2),
            _ => None,
        }
    }
}

impl std::fmt::Display for TransitionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransitionError::InFuture => f.write_str("the date is after today"),
            TransitionError::AlreadyRecorded(field) => write!(f, "{field} is already recorded"),
            TransitionError::AlreadyShipped => {
                f.write_str("the order has shipped: it can no longer be cancelled")
            }
            TransitionError::OrderCancelled => f.write_str("the order was cancelled"),
            TransitionError::NotShipped => {
                f.write_str("the order has not shipped: cancel it instead of disputing")
            }
            TransitionError::DisputeOpen => f.write_str("a dispute is open"),
            TransitionError::OneDisputePerOrder => f.write_str(
                "one dispute per order: a second one only after the first was cancelled",
            ),
            TransitionError::NoOpenDispute => f.write_str("no dispute is open"),
            TransitionError::NoDecision => f.write_str("there is no decision to appeal"),
            TransitionError::AlreadyAppealed => f.write_str("the decision was already appealed"),
            TransitionError::NothingToAppeal => {
                f.write_str("the buyer cancelled the dispute: there is no decision to appeal")
            }
            TransitionError::RefundUnderway => f.write_str("the refund is already under way"),
            TransitionError::NotReceived => f.write_str("the item has not been received"),
            TransitionError::NoReturnAgreed => {
                f.write_str("no return was agreed or decided in a dispute")
            }
            TransitionError::FreeReturnUnavailable => {
                f.write_str("a free return is not possible: one per order, and none during a dispute")
            }
            TransitionError::NothingToRefund => f.write_str(
                "nothing refunds yet: no closed dispute, approved cancellation or shipped free return",
            ),
            TransitionError::StageNotForward { from, to } => match from {
                Some(from) => write!(f, "the refund cannot go from {from} to {to}"),
                None => write!(f, "the refund cannot start at {to}"),
            },
            TransitionError::NotPaidWith(method) => {
                write!(f, "the order was not paid with {method}")
            }
            TransitionError::NotStarted => {
                f.write_str("the PayPal dispute or the chargeback has not been started")
            }
            TransitionError::AlreadyDecided => f.write_str("PayPal or the bank already decided"),
            TransitionError::Settled => {
                f.write_str("the money is back or on its way: no other route is needed")
            }
            TransitionError::Invalid(problems) => {
                let texts: Vec<String> = problems.iter().map(Invalid::to_string).collect();
                f.write_str(&texts.join("; "))
            }
        }
    }
}

impl std::error::Error for TransitionError {}
