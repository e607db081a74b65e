//! The free-return check: R1 (window, condition, listing, country) and R2
//! (exclusions, one return per order).

use super::types::{FreeReturnCheck, FreeReturnReason};
use crate::domain::case::{Case, DeliveryStatus};
use crate::domain::dates::add_days;
use crate::domain::exchange::{price_check, PriceCheck};
use crate::domain::policy::Policy;
use chrono::NaiveDate;

use FreeReturnReason::*;

/// Whether the case can use a free return today, until when, and every
/// reason it cannot (or cannot be told).
pub fn check(case: &Case, policy: &Policy, today: NaiveDate) -> FreeReturnCheck {
    let mut reasons = Vec::new();
    let received = case.delivery_status == DeliveryStatus::Received;
    let until = if received {
        case.delivered_on
            .map(|delivered| add_days(delivered, policy.free_return_days))
    } else {
        None
    };
    if !received {
        reasons.push(NotReceived);
    } else if let Some(until) = until {
        if today > until {
            reasons.push(WindowClosed);
        }
    } else {
        reasons.push(DeliveryDateUnknown);
    }
    match case.item_unused {
        Some(false) => reasons.push(ItemUsed),
        None => reasons.push(ItemConditionUnknown),
        Some(true) => {}
    }
    match case.free_return_offered {
        Some(false) => reasons.push(ListingWithoutFreeReturn),
        None => reasons.push(ListingUnknown),
        Some(true) => {}
    }
    match case.country.as_deref() {
        Some(country) if !policy.free_returns_in(country) => reasons.push(CountryNotCovered),
        None => reasons.push(CountryUnknown),
        Some(_) => {}
    }
    if case
        .item_category
        .is_some_and(|c| c.excluded_from_free_return())
    {
        reasons.push(ItemExcluded);
    }
    reasons.extend(price_reason(case, policy));
    if case
        .return_
        .as_ref()
        .is_some_and(|r| r.shipped_on.is_some())
    {
        reasons.push(AlreadyReturned);
    }
    if case.dispute.is_some() {
        reasons.push(DisputeOpened);
    }
    FreeReturnCheck {
        eligible: reasons.is_empty(),
        until,
        reasons,
    }
}

/// R2's limit, in any currency (S5): over it is an exclusion; near it, in a
/// currency without a reference rate, or with no price, a free return is
/// uncertain until the buyer checks the listing.
fn price_reason(case: &Case, policy: &Policy) -> Option<FreeReturnReason> {
    let Some(price) = &case.price else {
        return Some(PriceUnknown);
    };
    match price_check(&price.amount, &price.currency, policy) {
        PriceCheck::Under => None,
        PriceCheck::Over => Some(PriceOverLimit),
        PriceCheck::NearLimit => Some(PriceNearLimit),
        PriceCheck::NoRate => Some(NoExchangeRate),
        PriceCheck::Unknown => Some(PriceUnknown),
    }
}
