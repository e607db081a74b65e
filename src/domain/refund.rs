//! When a refund should arrive, by payment method (F1, F2), counted in
//! business days that skip Saturdays and Sundays.

use chrono::NaiveDate;
use serde::Serialize;

use super::case::PaymentMethod;
use super::dates::{self, add_business_days};
use super::policy::{rule, Confidence, Policy, RuleId};

/// Where the money goes back to (F1, F2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RefundDestination {
    Card,
    Paypal,
    /// Cash, Western Union and bank transfer payments are refunded to the
    /// Alipay balance, like payments made from it.
    AlipayBalance,
    /// Any other method: back to the method used.
    PaymentMethodUsed,
}

/// The days a refund should arrive between, counted from the day the
/// payments tracker says "refund completed".
///
/// ```
/// use disputa::domain::{refund_arrival, PaymentMethod, Policy};
/// let made = "2026-11-06".parse().unwrap(); // a Friday
/// let window = refund_arrival(PaymentMethod::Card, made, &Policy::default());
/// assert_eq!(window.earliest.unwrap().to_string(), "2026-11-11"); // 3 business days
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ArrivalWindow {
    pub destination: RefundDestination,
    /// Whether the money lands on the Alipay balance rather than the method.
    pub to_alipay_balance: bool,
    /// The first day it may show; `None` where the sources give no number.
    #[serde(serialize_with = "dates::serialize_opt")]
    pub earliest: Option<NaiveDate>,
    /// The day it should have shown by.
    #[serde(serialize_with = "dates::serialize_opt")]
    pub latest: Option<NaiveDate>,
    /// For cards, the day by which the bank should have booked it, after its
    /// own extra days (F2).
    #[serde(serialize_with = "dates::serialize_opt")]
    pub bank_latest: Option<NaiveDate>,
    /// Card refunds are sometimes dated on the purchase day on the statement.
    pub may_show_purchase_date: bool,
    pub rule: RuleId,
    pub confidence: Confidence,
}

/// When a refund made on `refund_made_on` should arrive, for `method`.
pub fn refund_arrival(
    method: PaymentMethod,
    refund_made_on: NaiveDate,
    policy: &Policy,
) -> ArrivalWindow {
    let unknown = |destination, rule_id: RuleId| ArrivalWindow {
        destination,
        to_alipay_balance: destination == RefundDestination::AlipayBalance,
        earliest: None,
        latest: None,
        bank_latest: None,
        may_show_purchase_date: false,
        rule: rule_id,
        confidence: rule(rule_id).confidence,
    };
    match method {
        PaymentMethod::Card => {
            let (from, to) = policy.card_refund_days;
            let latest = add_business_days(refund_made_on, to);
            ArrivalWindow {
                destination: RefundDestination::Card,
                to_alipay_balance: false,
                earliest: Some(add_business_days(refund_made_on, from)),
                latest: Some(latest),
                bank_latest: Some(add_business_days(latest, policy.bank_extra_days)),
                may_show_purchase_date: true,
                rule: RuleId::F2,
                confidence: rule(RuleId::F2).confidence,
            }
        }
        PaymentMethod::Cash | PaymentMethod::BankTransfer | PaymentMethod::AlipayBalance => {
            unknown(RefundDestination::AlipayBalance, RuleId::F2)
        }
        PaymentMethod::Paypal => unknown(RefundDestination::Paypal, RuleId::F1),
        PaymentMethod::Other => unknown(RefundDestination::PaymentMethodUsed, RuleId::F1),
    }
}
