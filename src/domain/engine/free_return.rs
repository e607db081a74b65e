//! The free-return check: R1 (window, condition, listing, country) and R2
//! (exclusions, one return per order).

use super::types::{FreeReturnCheck, FreeReturnReason};
use crate::domain::case::{Case, DeliveryStatus};
use crate::domain::dates::add_days;
use crate::domain::policy::Policy;
use crate::domain::validate::amount_problem;
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
    if over_price_limit(case, policy) {
        reasons.push(PriceOverLimit);
    }
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

/// R2's limit is in US dollars; prices in other currencies are not
/// converted (the app has no exchange rates), so only USD prices are checked.
fn over_price_limit(case: &Case, policy: &Policy) -> bool {
    let Some(price) = &case.price else {
        return false;
    };
    if price.currency != "USD" || amount_problem(&price.amount).is_some() {
        return false;
    }
    let whole = price.amount.split('.').next().unwrap_or_default();
    let fraction_nonzero = price
        .amount
        .split_once('.')
        .is_some_and(|(_, f)| f.bytes().any(|b| b != b'0'));
    let limit = policy.free_return_max_usd.to_string();
    let whole = whole.trim_start_matches('0');
    // Compare as decimal text, so any length of amount is handled.
    match whole.len().cmp(&limit.len()) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => whole > limit.as_str() || (whole == limit && fraction_nonzero),
    }
}
