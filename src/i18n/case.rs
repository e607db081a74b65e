//! The words of a case's page: lifecycle moves and why one is refused, the
//! events of the timeline, and the seller's requests (D10).

use super::{labels, td_string, Locale};
use crate::domain::{
    Event, EventDetail, OperationKind, PaymentMethod, SellerRequestKind, TransitionError,
};

/// The button that records a move.
pub fn operation(locale: Locale, kind: OperationKind) -> &'static str {
    use OperationKind as K;
    match kind {
        K::ContactSeller => td_string!(locale, case.action.contact_seller),
        K::CancelOrder => td_string!(locale, case.action.cancel_order),
        K::OpenDispute => td_string!(locale, case.action.open_dispute),
        K::SellerResponded => td_string!(locale, case.action.seller_responded),
        K::Escalate => td_string!(locale, case.action.escalate),
        K::CancelDispute => td_string!(locale, case.action.cancel_dispute),
        K::Decide => td_string!(locale, case.action.decide),
        K::Appeal => td_string!(locale, case.action.appeal),
        K::ShipReturn => td_string!(locale, case.action.ship_return),
        K::ShipFreeReturn => td_string!(locale, case.action.ship_free_return),
        K::AdvanceRefund => td_string!(locale, case.action.advance_refund),
        K::OpenPaypalDispute => td_string!(locale, case.action.open_paypal),
        K::EscalatePaypalDispute => td_string!(locale, case.action.escalate_paypal),
        K::PaypalDecided => td_string!(locale, case.action.paypal_decided),
        K::RequestChargeback => td_string!(locale, case.action.request_chargeback),
        K::ChargebackDecided => td_string!(locale, case.action.chargeback_decided),
    }
}

/// Why the lifecycle refused a move, as one sentence.
pub fn transition_error(locale: Locale, error: &TransitionError) -> String {
    use TransitionError as E;
    let text = match error {
        E::InFuture => td_string!(locale, case.refused.in_future),
        E::AlreadyRecorded(_) => td_string!(locale, case.refused.already_recorded),
        E::AlreadyShipped => td_string!(locale, case.refused.already_shipped),
        E::OrderCancelled => td_string!(locale, case.refused.order_cancelled),
        E::NotShipped => td_string!(locale, case.refused.not_shipped),
        E::DisputeOpen => td_string!(locale, case.refused.dispute_open),
        E::OneDisputePerOrder => td_string!(locale, case.refused.one_dispute),
        E::NoOpenDispute => td_string!(locale, case.refused.no_open_dispute),
        E::NoDecision => td_string!(locale, case.refused.no_decision),
        E::AlreadyAppealed => td_string!(locale, case.refused.already_appealed),
        E::NothingToAppeal => td_string!(locale, case.refused.nothing_to_appeal),
        E::RefundUnderway => td_string!(locale, case.refused.refund_underway),
        E::NotReceived => td_string!(locale, case.refused.not_received),
        E::NoReturnAgreed => td_string!(locale, case.refused.no_return_agreed),
        E::FreeReturnUnavailable => td_string!(locale, case.refused.free_return_unavailable),
        E::NothingToRefund => td_string!(locale, case.refused.nothing_to_refund),
        E::StageNotForward { .. } => td_string!(locale, case.refused.stage_not_forward),
        E::NotPaidWith(PaymentMethod::Paypal) => td_string!(locale, case.refused.not_paypal),
        E::NotPaidWith(_) => td_string!(locale, case.refused.not_card),
        E::NotStarted => td_string!(locale, case.refused.not_started),
        E::AlreadyDecided => td_string!(locale, case.refused.already_decided),
        E::Settled => td_string!(locale, case.refused.settled),
        E::Invalid(problems) => {
            let sentences: Vec<String> = problems
                .iter()
                .map(|invalid| labels::invalid(locale, invalid))
                .collect();
            return sentences.join(" ");
        }
    };
    text.to_string()
}

/// What the seller asked for.
pub fn seller_request(locale: Locale, kind: SellerRequestKind) -> &'static str {
    use SellerRequestKind as K;
    match kind {
        K::ConfirmReceipt => td_string!(locale, case.seller.confirm_receipt),
        K::CancelDispute => td_string!(locale, case.seller.cancel_dispute),
        K::ExtendProtection => td_string!(locale, case.seller.extend_protection),
        K::PayOutside => td_string!(locale, case.seller.pay_outside),
    }
}

/// What happened, as the timeline says it.
pub fn event(locale: Locale, event: &Event) -> String {
    let base = match event.field {
        "ordered_on" => td_string!(locale, case.event.ordered),
        "shipped_on" => td_string!(locale, case.event.shipped),
        "delivered_on" => td_string!(locale, case.event.delivered),
        "receipt_confirmed_on" => td_string!(locale, case.event.receipt_confirmed),
        "cancelled_on" => td_string!(locale, case.event.cancelled),
        "contacted_seller_on" => td_string!(locale, case.event.contacted_seller),
        "paypal_dispute_opened_on" => td_string!(locale, case.event.paypal_dispute),
        "paypal_dispute_escalated_on" => td_string!(locale, case.event.paypal_escalated),
        "paypal_dispute_closed_on" => td_string!(locale, case.event.paypal_decided),
        "chargeback_requested_on" => td_string!(locale, case.event.chargeback_requested),
        "chargeback_closed_on" => td_string!(locale, case.event.chargeback_decided),
        "dispute.opened_on" => td_string!(locale, case.event.dispute_opened),
        "dispute.seller_responded_on" => td_string!(locale, case.event.seller_responded),
        "dispute.escalated_on" => td_string!(locale, case.event.escalated),
        "dispute.closed_on" => td_string!(locale, case.event.decided),
        "dispute.appealed_on" => td_string!(locale, case.event.appealed),
        "return.shipped_on" => td_string!(locale, case.event.return_shipped),
        "refund.updated_on" => td_string!(locale, case.event.refund),
        "evidence.captured_on" => td_string!(locale, case.event.evidence),
        "seller_requests.on" => td_string!(locale, case.event.seller_request),
        other => return other.to_string(),
    };
    let detail = match event.detail {
        EventDetail::None => None,
        EventDetail::Outcome(outcome) => Some(labels::outcome(locale, outcome)),
        EventDetail::RouteOutcome(outcome) => Some(labels::route_outcome(locale, outcome)),
        EventDetail::RefundStage(stage) => Some(labels::refund_stage(locale, stage)),
        EventDetail::Evidence(kind) => Some(labels::evidence_kind(locale, kind)),
        EventDetail::SellerRequest(kind) => Some(seller_request(locale, kind)),
    };
    match detail {
        Some(detail) => format!("{base}: {detail}"),
        None => base.to_string(),
    }
}
