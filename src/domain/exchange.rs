//! R2's price limit in any currency (S5): prices are converted to US dollars
//! with the dated reference rates of the policy table, and a price that
//! comes close to the limit, or whose currency the table lacks, is called
//! uncertain rather than guessed.

use serde::Serialize;

use super::policy::Policy;
use super::validate::amount_problem;

/// How many units of a currency one US dollar bought on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReferenceRate {
    /// ISO 4217 code, like `EUR`.
    pub currency: &'static str,
    /// Units of `currency` per US dollar, in millionths.
    pub per_usd_millionths: u64,
    /// The day of the rate, `YYYY-MM-DD`.
    pub on: &'static str,
    pub source: &'static str,
}

/// The currency of a delivery country, for the countries where free returns
/// are offered (R1, every list): what a buyer there most likely paid in.
pub fn currency_of(country: &str) -> Option<&'static str> {
    Some(match country {
        "US" => "USD",
        "ES" | "IT" | "NL" | "DE" | "FR" | "BE" | "PT" => "EUR",
        "GB" => "GBP",
        "PL" => "PLN",
        "BR" => "BRL",
        "AU" => "AUD",
        "IL" => "ILS",
        "CA" => "CAD",
        "AE" => "AED",
        "SA" => "SAR",
        "KR" => "KRW",
        "MX" => "MXN",
        "CZ" => "CZK",
        "CH" => "CHF",
        "JP" => "JPY",
        "CL" => "CLP",
        "RU" => "RUB",
        "UA" => "UAH",
        _ => return None,
    })
}

/// What R2's limit says of a price.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PriceCheck {
    /// Under the limit, far enough for the reference rate not to matter.
    Under,
    /// Over the limit, even were the rate off by the margin.
    Over,
    /// Within the margin of the limit after conversion: check the listing.
    NearLimit,
    /// A currency the table has no rate for.
    NoRate,
    /// No price, or one that is not a positive decimal.
    Unknown,
}

/// Checks `amount` in `currency` against the policy's free-return limit.
/// US dollars are compared exactly; other currencies are converted, and a
/// result within `price_margin_percent` of the limit is [`PriceCheck::NearLimit`].
///
/// ```
/// use disputa::domain::{price_check, Policy, PriceCheck};
/// let policy = Policy::default();
/// assert_eq!(price_check("1000.00", "USD", &policy), PriceCheck::Under);
/// assert_eq!(price_check("5000", "EUR", &policy), PriceCheck::Over);
/// assert_eq!(price_check("50", "EUR", &policy), PriceCheck::Under);
/// assert_eq!(price_check("50", "XYZ", &policy), PriceCheck::NoRate);
/// ```
pub fn price_check(amount: &str, currency: &str, policy: &Policy) -> PriceCheck {
    if amount_problem(amount).is_some() {
        return PriceCheck::Unknown;
    }
    let Some(cents) = cents(amount) else {
        // More digits than any price: far over the limit.
        return PriceCheck::Over;
    };
    let limit = u128::from(policy.free_return_max_usd) * 100;
    if currency == "USD" {
        let over = cents.whole > limit || (cents.whole == limit && cents.beyond_cents);
        return if over {
            PriceCheck::Over
        } else {
            PriceCheck::Under
        };
    }
    let Some(rate) = policy.rate(currency) else {
        return PriceCheck::NoRate;
    };
    let usd_cents = cents.whole * 1_000_000 / u128::from(rate.per_usd_millionths.max(1));
    let margin = u128::from(policy.price_margin_percent);
    if usd_cents * 100 > limit * (100 + margin) {
        PriceCheck::Over
    } else if usd_cents * 100 >= limit * (100 - margin.min(100)) {
        PriceCheck::NearLimit
    } else {
        PriceCheck::Under
    }
}

/// An amount in whole cents, and whether digits beyond the cents are set.
struct Cents {
    whole: u128,
    beyond_cents: bool,
}

/// Reads a decimal that [`amount_problem`] accepted; `None` when it has
/// too many digits to count.
fn cents(amount: &str) -> Option<Cents> {
    let (whole, fraction) = amount.split_once('.').unwrap_or((amount, ""));
    let whole = whole.trim_start_matches('0');
    if whole.len() > 30 {
        return None;
    }
    let units: u128 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let mut digits = fraction.bytes().map(|b| u128::from(b - b'0'));
    let tens = digits.next().unwrap_or(0);
    let ones = digits.next().unwrap_or(0);
    Some(Cents {
        whole: units * 100 + tens * 10 + ones,
        beyond_cents: digits.any(|d| d != 0),
    })
}
