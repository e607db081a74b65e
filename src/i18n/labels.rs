//! The words for the domain's vocabulary (grounds, statuses, deadlines,
//! next steps...) in the buyer's language.

use super::{td_string, Locale};

/// The words for a `Problem`.
pub fn problem(locale: Locale, value: crate::domain::Problem) -> &'static str {
    use crate::domain::Problem as V;
    match value {
        V::NotReceived => td_string!(locale, labels.problem.not_received),
        V::NotAsDescribed => td_string!(locale, labels.problem.not_as_described),
        V::Quality => td_string!(locale, labels.problem.quality),
        V::Counterfeit => td_string!(locale, labels.problem.counterfeit),
        V::Damaged => td_string!(locale, labels.problem.damaged),
        V::WrongDeliveryMethod => td_string!(locale, labels.problem.wrong_delivery_method),
        V::WrongQuantity => td_string!(locale, labels.problem.wrong_quantity),
        V::OrderedByMistake => td_string!(locale, labels.problem.ordered_by_mistake),
        V::CheaperElsewhere => td_string!(locale, labels.problem.cheaper_elsewhere),
        V::NoLongerNeeded => td_string!(locale, labels.problem.no_longer_needed),
    }
}

/// The words for a `DeliveryStatus`.
pub fn delivery_status(locale: Locale, value: crate::domain::DeliveryStatus) -> &'static str {
    use crate::domain::DeliveryStatus as V;
    match value {
        V::AwaitingShipment => td_string!(locale, labels.delivery_status.awaiting_shipment),
        V::InTransit => td_string!(locale, labels.delivery_status.in_transit),
        V::MarkedDelivered => td_string!(locale, labels.delivery_status.marked_delivered),
        V::Received => td_string!(locale, labels.delivery_status.received),
    }
}

/// The words for a `PaymentMethod`.
pub fn payment_method(locale: Locale, value: crate::domain::PaymentMethod) -> &'static str {
    use crate::domain::PaymentMethod as V;
    match value {
        V::Card => td_string!(locale, labels.payment_method.card),
        V::Paypal => td_string!(locale, labels.payment_method.paypal),
        V::AlipayBalance => td_string!(locale, labels.payment_method.alipay_balance),
        V::BankTransfer => td_string!(locale, labels.payment_method.bank_transfer),
        V::Cash => td_string!(locale, labels.payment_method.cash),
        V::Other => td_string!(locale, labels.payment_method.other),
    }
}

/// The words for a `Outcome`.
pub fn outcome(locale: Locale, value: crate::domain::Outcome) -> &'static str {
    use crate::domain::Outcome as V;
    match value {
        V::FullRefund => td_string!(locale, labels.outcome.full_refund),
        V::PartialRefund => td_string!(locale, labels.outcome.partial_refund),
        V::Rejected => td_string!(locale, labels.outcome.rejected),
        V::CancelledByBuyer => td_string!(locale, labels.outcome.cancelled_by_buyer),
        V::ReturnAndRefund => td_string!(locale, labels.outcome.return_and_refund),
    }
}

/// How PayPal or the bank decided (O1, O2).
pub fn route_outcome(locale: Locale, value: crate::domain::RouteOutcome) -> &'static str {
    use crate::domain::RouteOutcome as V;
    match value {
        V::Refunded => td_string!(locale, labels.route_outcome.refunded),
        V::PartialRefund => td_string!(locale, labels.route_outcome.partial_refund),
        V::Rejected => td_string!(locale, labels.route_outcome.rejected),
    }
}

/// The words for a `RefundStage`.
pub fn refund_stage(locale: Locale, value: crate::domain::RefundStage) -> &'static str {
    use crate::domain::RefundStage as V;
    match value {
        V::Waiting => td_string!(locale, labels.refund_stage.waiting),
        V::Processing => td_string!(locale, labels.refund_stage.processing),
        V::Refunded => td_string!(locale, labels.refund_stage.refunded),
    }
}

/// The words for a `EvidenceKind`.
pub fn evidence_kind(locale: Locale, value: crate::domain::EvidenceKind) -> &'static str {
    use crate::domain::EvidenceKind as V;
    match value {
        V::Photo => td_string!(locale, labels.evidence_kind.photo),
        V::Video => td_string!(locale, labels.evidence_kind.video),
        V::Screenshot => td_string!(locale, labels.evidence_kind.screenshot),
        V::Tracking => td_string!(locale, labels.evidence_kind.tracking),
        V::Chat => td_string!(locale, labels.evidence_kind.chat),
        V::Document => td_string!(locale, labels.evidence_kind.document),
    }
}

/// The words for a `ItemCategory`.
pub fn item_category(locale: Locale, value: crate::domain::ItemCategory) -> &'static str {
    use crate::domain::ItemCategory as V;
    match value {
        V::Phone => td_string!(locale, labels.item_category.phone),
        V::Underwear => td_string!(locale, labels.item_category.underwear),
        V::Food => td_string!(locale, labels.item_category.food),
        V::CustomMade => td_string!(locale, labels.item_category.custom_made),
        V::Other => td_string!(locale, labels.item_category.other),
    }
}

/// The words for a `Verdict`.
pub fn verdict(locale: Locale, value: crate::domain::Verdict) -> &'static str {
    use crate::domain::Verdict as V;
    match value {
        V::EligibleNow => td_string!(locale, labels.verdict.eligible_now),
        V::NotYet => td_string!(locale, labels.verdict.not_yet),
        V::TooLate => td_string!(locale, labels.verdict.too_late),
        V::NotNeeded => td_string!(locale, labels.verdict.not_needed),
        V::InProgress => td_string!(locale, labels.verdict.in_progress),
        V::Resolved => td_string!(locale, labels.verdict.resolved),
    }
}

/// The words for a `AlternativeRoute`.
pub fn alternative(locale: Locale, value: crate::domain::AlternativeRoute) -> &'static str {
    use crate::domain::AlternativeRoute as V;
    match value {
        V::CancelOrder => td_string!(locale, labels.alternative.cancel_order),
        V::FreeReturn => td_string!(locale, labels.alternative.free_return),
        V::ContactSeller => td_string!(locale, labels.alternative.contact_seller),
    }
}

/// The words for a `Stage`.
pub fn stage(locale: Locale, value: crate::domain::Stage) -> &'static str {
    use crate::domain::Stage as V;
    match value {
        V::BeforeDispute => td_string!(locale, labels.stage.before_dispute),
        V::DisputeOpen => td_string!(locale, labels.stage.dispute_open),
        V::Claim => td_string!(locale, labels.stage.claim),
        V::Closed => td_string!(locale, labels.stage.closed),
    }
}

/// The words for a `NextStep`.
pub fn next_step(locale: Locale, value: crate::domain::NextStep) -> &'static str {
    use crate::domain::NextStep as V;
    match value {
        V::CancelOrder => td_string!(locale, labels.next_step.cancel_order),
        V::Wait => td_string!(locale, labels.next_step.wait),
        V::ContactSeller => td_string!(locale, labels.next_step.contact_seller),
        V::OpenDispute => td_string!(locale, labels.next_step.open_dispute),
        V::GatherEvidence => td_string!(locale, labels.next_step.gather_evidence),
        V::WaitForSeller => td_string!(locale, labels.next_step.wait_for_seller),
        V::AnswerCaseTeam => td_string!(locale, labels.next_step.answer_case_team),
        V::ShipReturn => td_string!(locale, labels.next_step.ship_return),
        V::TrackRefund => td_string!(locale, labels.next_step.track_refund),
        V::Appeal => td_string!(locale, labels.next_step.appeal),
        V::Done => td_string!(locale, labels.next_step.done),
    }
}

/// The words for a `DeadlineKind`.
pub fn deadline(locale: Locale, value: crate::domain::DeadlineKind) -> &'static str {
    use crate::domain::DeadlineKind as V;
    match value {
        V::ShipsBy => td_string!(locale, labels.deadline.ships_by),
        V::OpenDisputeBy => td_string!(locale, labels.deadline.open_dispute_by),
        V::DisputeClosesOn => td_string!(locale, labels.deadline.dispute_closes_on),
        V::ProtectionEnds => td_string!(locale, labels.deadline.protection_ends),
        V::SellerRespondsBy => td_string!(locale, labels.deadline.seller_responds_by),
        V::EscalatesOn => td_string!(locale, labels.deadline.escalates_on),
        V::AppealBy => td_string!(locale, labels.deadline.appeal_by),
        V::ReturnShipBy => td_string!(locale, labels.deadline.return_ship_by),
        V::FreeReturnBy => td_string!(locale, labels.deadline.free_return_by),
        V::PaypalDisputeBy => td_string!(locale, labels.deadline.paypal_dispute_by),
        V::PaypalEscalateBy => td_string!(locale, labels.deadline.paypal_escalate_by),
        V::ChargebackBy => td_string!(locale, labels.deadline.chargeback_by),
        V::EuWithdrawalBy => td_string!(locale, labels.deadline.eu_withdrawal_by),
        V::EuGuaranteeUntil => td_string!(locale, labels.deadline.eu_guarantee_until),
    }
}

/// The words for a `Capture`.
pub fn capture(locale: Locale, value: crate::domain::Capture) -> &'static str {
    use crate::domain::Capture as V;
    match value {
        V::ItemAndLabel => td_string!(locale, labels.capture.item_and_label),
        V::ItemBesideRuler => td_string!(locale, labels.capture.item_beside_ruler),
        V::FaultVideo => td_string!(locale, labels.capture.fault_video),
        V::UnboxingVideo => td_string!(locale, labels.capture.unboxing_video),
        V::ListingScreenshot => td_string!(locale, labels.capture.listing_screenshot),
        V::OrderPageScreenshot => td_string!(locale, labels.capture.order_page_screenshot),
        V::ChatScreenshot => td_string!(locale, labels.capture.chat_screenshot),
        V::TrackingPage => td_string!(locale, labels.capture.tracking_page),
        V::PostOfficeStatement => td_string!(locale, labels.capture.post_office_statement),
        V::CustomsPapers => td_string!(locale, labels.capture.customs_papers),
    }
}

/// The words for a `FreeReturnReason`.
pub fn free_return_reason(locale: Locale, value: crate::domain::FreeReturnReason) -> &'static str {
    use crate::domain::FreeReturnReason as V;
    match value {
        V::NotReceived => td_string!(locale, labels.free_return_reason.not_received),
        V::DeliveryDateUnknown => {
            td_string!(locale, labels.free_return_reason.delivery_date_unknown)
        }
        V::WindowClosed => td_string!(locale, labels.free_return_reason.window_closed),
        V::ItemUsed => td_string!(locale, labels.free_return_reason.item_used),
        V::ItemConditionUnknown => {
            td_string!(locale, labels.free_return_reason.item_condition_unknown)
        }
        V::CountryNotCovered => td_string!(locale, labels.free_return_reason.country_not_covered),
        V::CountryUnknown => td_string!(locale, labels.free_return_reason.country_unknown),
        V::ListingWithoutFreeReturn => td_string!(
            locale,
            labels.free_return_reason.listing_without_free_return
        ),
        V::ListingUnknown => td_string!(locale, labels.free_return_reason.listing_unknown),
        V::ItemExcluded => td_string!(locale, labels.free_return_reason.item_excluded),
        V::PriceOverLimit => td_string!(locale, labels.free_return_reason.price_over_limit),
        V::PriceNearLimit => td_string!(locale, labels.free_return_reason.price_near_limit),
        V::NoExchangeRate => td_string!(locale, labels.free_return_reason.no_exchange_rate),
        V::PriceUnknown => td_string!(locale, labels.free_return_reason.price_unknown),
        V::AlreadyReturned => td_string!(locale, labels.free_return_reason.already_returned),
        V::DisputeOpened => td_string!(locale, labels.free_return_reason.dispute_opened),
    }
}

/// The name of a case field, given as the domain names it (`dispute.opened_on`),
/// in the buyer's words; unknown paths are shown as they are.
pub fn field(locale: Locale, path: &str) -> String {
    let words = match path {
        "id" => td_string!(locale, labels.field.id),
        "order_number" => td_string!(locale, labels.field.order_number),
        "store" => td_string!(locale, labels.field.store),
        "item" => td_string!(locale, labels.field.item),
        "price" | "price.amount" => td_string!(locale, labels.field.price_amount),
        "price.currency" => td_string!(locale, labels.field.price_currency),
        "payment_method" => td_string!(locale, labels.field.payment_method),
        "country" => td_string!(locale, labels.field.country),
        "ordered_on" => td_string!(locale, labels.field.ordered_on),
        "shipped_on" => td_string!(locale, labels.field.shipped_on),
        "processing_days" => td_string!(locale, labels.field.processing_days),
        "promised_delivery_days" => td_string!(locale, labels.field.promised_delivery_days),
        "protection_ends_on" => td_string!(locale, labels.field.protection_ends_on),
        "delivery_status" => td_string!(locale, labels.field.delivery_status),
        "delivered_on" => td_string!(locale, labels.field.delivered_on),
        "receipt_confirmed_on" => td_string!(locale, labels.field.receipt_confirmed_on),
        "cancelled_on" => td_string!(locale, labels.field.cancelled_on),
        "problem" => td_string!(locale, labels.field.problem),
        "contacted_seller_on" => td_string!(locale, labels.field.contacted_seller_on),
        "paypal_dispute_opened_on" => td_string!(locale, labels.field.paypal_dispute_opened_on),
        "paypal_dispute_escalated_on" => {
            td_string!(locale, labels.field.paypal_dispute_escalated_on)
        }
        "paypal_dispute_closed_on" => td_string!(locale, labels.field.paypal_dispute_closed_on),
        "paypal_dispute_outcome" => td_string!(locale, labels.field.paypal_dispute_outcome),
        "chargeback_requested_on" => td_string!(locale, labels.field.chargeback_requested_on),
        "chargeback_closed_on" => td_string!(locale, labels.field.chargeback_closed_on),
        "chargeback_outcome" => td_string!(locale, labels.field.chargeback_outcome),
        "dispute" => td_string!(locale, labels.field.dispute),
        "dispute.opened_on" => td_string!(locale, labels.field.dispute_opened_on),
        "dispute.seller_responded_on" => {
            td_string!(locale, labels.field.dispute_seller_responded_on)
        }
        "dispute.escalated_on" => td_string!(locale, labels.field.dispute_escalated_on),
        "dispute.closed_on" => td_string!(locale, labels.field.dispute_closed_on),
        "dispute.outcome" => td_string!(locale, labels.field.dispute_outcome),
        "dispute.appealed_on" => td_string!(locale, labels.field.dispute_appealed_on),
        "return.shipped_on" => td_string!(locale, labels.field.return_shipped_on),
        "refund" => td_string!(locale, labels.field.refund),
        "refund.amount" => td_string!(locale, labels.field.refund_amount),
        "refund.updated_on" => td_string!(locale, labels.field.refund_updated_on),
        "evidence.captured_on" => td_string!(locale, labels.field.evidence_captured_on),
        "seller_requests.on" => td_string!(locale, labels.field.seller_requests_on),
        "day" => td_string!(locale, labels.field.day),
        other => return other.to_string(),
    };
    words.to_string()
}

/// A validation problem as one sentence naming the field in the buyer's words.
pub fn invalid(locale: Locale, invalid: &crate::domain::Invalid) -> String {
    use crate::domain::Reason;
    let field = field(locale, invalid.field);
    match invalid.reason {
        Reason::Before(other) => {
            let other = self::field(locale, other);
            td_string!(locale, labels.reason.before, field = field, other = other).to_string()
        }
        Reason::After(other) => {
            let other = self::field(locale, other);
            td_string!(locale, labels.reason.after, field = field, other = other).to_string()
        }
        Reason::InFuture => td_string!(locale, labels.reason.in_future, field = field).to_string(),
        Reason::NotPositive => {
            td_string!(locale, labels.reason.not_positive, field = field).to_string()
        }
        Reason::NotADecimal => {
            td_string!(locale, labels.reason.not_a_decimal, field = field).to_string()
        }
        Reason::NotCurrencyCode => {
            td_string!(locale, labels.reason.not_currency, field = field).to_string()
        }
        Reason::NotCountryCode => {
            td_string!(locale, labels.reason.not_country, field = field).to_string()
        }
        Reason::Empty => td_string!(locale, labels.reason.empty, field = field).to_string(),
        Reason::Missing(other) => {
            let other = self::field(locale, other);
            td_string!(locale, labels.reason.missing, field = field, other = other).to_string()
        }
        Reason::Contradicts(other) => {
            let other = self::field(locale, other);
            td_string!(
                locale,
                labels.reason.contradicts,
                field = field,
                other = other
            )
            .to_string()
        }
        Reason::NothingToRefund => td_string!(locale, labels.reason.nothing_to_refund).to_string(),
    }
}

/// What the buyer typed in the date field `path` is not a date.
pub fn not_a_date(locale: Locale, path: &str) -> String {
    let field = field(locale, path);
    td_string!(locale, labels.reason.not_a_date, field = field).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_has_words_in_both_languages() {
        for locale in [Locale::en, Locale::es] {
            for value in [
                crate::domain::Problem::NotReceived,
                crate::domain::Problem::NotAsDescribed,
                crate::domain::Problem::Quality,
                crate::domain::Problem::Counterfeit,
                crate::domain::Problem::Damaged,
                crate::domain::Problem::WrongDeliveryMethod,
                crate::domain::Problem::WrongQuantity,
                crate::domain::Problem::OrderedByMistake,
                crate::domain::Problem::CheaperElsewhere,
                crate::domain::Problem::NoLongerNeeded,
            ] {
                assert!(!problem(locale, value).is_empty());
            }
            for value in [
                crate::domain::DeliveryStatus::AwaitingShipment,
                crate::domain::DeliveryStatus::InTransit,
                crate::domain::DeliveryStatus::MarkedDelivered,
                crate::domain::DeliveryStatus::Received,
            ] {
                assert!(!delivery_status(locale, value).is_empty());
            }
            for value in [
                crate::domain::PaymentMethod::Card,
                crate::domain::PaymentMethod::Paypal,
                crate::domain::PaymentMethod::AlipayBalance,
                crate::domain::PaymentMethod::BankTransfer,
                crate::domain::PaymentMethod::Cash,
                crate::domain::PaymentMethod::Other,
            ] {
                assert!(!payment_method(locale, value).is_empty());
            }
            for value in [
                crate::domain::Outcome::FullRefund,
                crate::domain::Outcome::PartialRefund,
                crate::domain::Outcome::Rejected,
                crate::domain::Outcome::CancelledByBuyer,
                crate::domain::Outcome::ReturnAndRefund,
            ] {
                assert!(!outcome(locale, value).is_empty());
            }
            for value in [
                crate::domain::RefundStage::Waiting,
                crate::domain::RefundStage::Processing,
                crate::domain::RefundStage::Refunded,
            ] {
                assert!(!refund_stage(locale, value).is_empty());
            }
            for value in [
                crate::domain::EvidenceKind::Photo,
                crate::domain::EvidenceKind::Video,
                crate::domain::EvidenceKind::Screenshot,
                crate::domain::EvidenceKind::Tracking,
                crate::domain::EvidenceKind::Chat,
                crate::domain::EvidenceKind::Document,
            ] {
                assert!(!evidence_kind(locale, value).is_empty());
            }
            for value in [
                crate::domain::ItemCategory::Phone,
                crate::domain::ItemCategory::Underwear,
                crate::domain::ItemCategory::Food,
                crate::domain::ItemCategory::CustomMade,
                crate::domain::ItemCategory::Other,
            ] {
                assert!(!item_category(locale, value).is_empty());
            }
            for value in [
                crate::domain::Verdict::EligibleNow,
                crate::domain::Verdict::NotYet,
                crate::domain::Verdict::TooLate,
                crate::domain::Verdict::NotNeeded,
                crate::domain::Verdict::InProgress,
                crate::domain::Verdict::Resolved,
            ] {
                assert!(!verdict(locale, value).is_empty());
            }
            for value in [
                crate::domain::AlternativeRoute::CancelOrder,
                crate::domain::AlternativeRoute::FreeReturn,
                crate::domain::AlternativeRoute::ContactSeller,
            ] {
                assert!(!alternative(locale, value).is_empty());
            }
            for value in [
                crate::domain::Stage::BeforeDispute,
                crate::domain::Stage::DisputeOpen,
                crate::domain::Stage::Claim,
                crate::domain::Stage::Closed,
            ] {
                assert!(!stage(locale, value).is_empty());
            }
            for value in [
                crate::domain::NextStep::CancelOrder,
                crate::domain::NextStep::Wait,
                crate::domain::NextStep::ContactSeller,
                crate::domain::NextStep::OpenDispute,
                crate::domain::NextStep::GatherEvidence,
                crate::domain::NextStep::WaitForSeller,
                crate::domain::NextStep::AnswerCaseTeam,
                crate::domain::NextStep::ShipReturn,
                crate::domain::NextStep::TrackRefund,
                crate::domain::NextStep::Appeal,
                crate::domain::NextStep::Done,
            ] {
                assert!(!next_step(locale, value).is_empty());
            }
            for value in [
                crate::domain::DeadlineKind::ShipsBy,
                crate::domain::DeadlineKind::OpenDisputeBy,
                crate::domain::DeadlineKind::DisputeClosesOn,
                crate::domain::DeadlineKind::ProtectionEnds,
                crate::domain::DeadlineKind::SellerRespondsBy,
                crate::domain::DeadlineKind::EscalatesOn,
                crate::domain::DeadlineKind::AppealBy,
                crate::domain::DeadlineKind::ReturnShipBy,
                crate::domain::DeadlineKind::FreeReturnBy,
                crate::domain::DeadlineKind::PaypalDisputeBy,
                crate::domain::DeadlineKind::PaypalEscalateBy,
                crate::domain::DeadlineKind::ChargebackBy,
                crate::domain::DeadlineKind::EuWithdrawalBy,
                crate::domain::DeadlineKind::EuGuaranteeUntil,
            ] {
                assert!(!deadline(locale, value).is_empty());
            }
            for value in [
                crate::domain::Capture::ItemAndLabel,
                crate::domain::Capture::ItemBesideRuler,
                crate::domain::Capture::FaultVideo,
                crate::domain::Capture::UnboxingVideo,
                crate::domain::Capture::ListingScreenshot,
                crate::domain::Capture::OrderPageScreenshot,
                crate::domain::Capture::ChatScreenshot,
                crate::domain::Capture::TrackingPage,
                crate::domain::Capture::PostOfficeStatement,
                crate::domain::Capture::CustomsPapers,
            ] {
                assert!(!capture(locale, value).is_empty());
            }
            for value in [
                crate::domain::FreeReturnReason::NotReceived,
                crate::domain::FreeReturnReason::DeliveryDateUnknown,
                crate::domain::FreeReturnReason::WindowClosed,
                crate::domain::FreeReturnReason::ItemUsed,
                crate::domain::FreeReturnReason::ItemConditionUnknown,
                crate::domain::FreeReturnReason::CountryNotCovered,
                crate::domain::FreeReturnReason::CountryUnknown,
                crate::domain::FreeReturnReason::ListingWithoutFreeReturn,
                crate::domain::FreeReturnReason::ListingUnknown,
                crate::domain::FreeReturnReason::ItemExcluded,
                crate::domain::FreeReturnReason::PriceOverLimit,
                crate::domain::FreeReturnReason::PriceNearLimit,
                crate::domain::FreeReturnReason::NoExchangeRate,
                crate::domain::FreeReturnReason::PriceUnknown,
                crate::domain::FreeReturnReason::AlreadyReturned,
                crate::domain::FreeReturnReason::DisputeOpened,
            ] {
                assert!(!free_return_reason(locale, value).is_empty());
            }
        }
    }
}
