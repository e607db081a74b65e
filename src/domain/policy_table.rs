//! The rows of the domain reference, one per rule id, in the order of
//! `RuleId::ALL`: short title, source, confidence, default and alternatives.

use super::exchange::ReferenceRate;
use super::policy::{Confidence, Rule, RuleId};
use Confidence::{High, Low, Medium};

const fn row(
    id: RuleId,
    title: &'static str,
    source: &'static str,
    confidence: Confidence,
    default: Option<&'static str>,
    alternatives: &'static [&'static str],
) -> Rule {
    Rule {
        id,
        title,
        source,
        confidence,
        default,
        alternatives,
    }
}

/// Every rule of the reference, indexed by `RuleId as usize`.
pub static RULES: [Rule; 36] = [
    row(RuleId::BP1, "Payment is held until receipt is confirmed or protection ends",
        "seed guide; AliExpress help \"how do I open a dispute\"", High, None, &[]),
    row(RuleId::BP2, "When buyer protection ends",
        "seed guide (\"standard for delivery is within 60 days\"); AliExpress seller-guarantee page",
        Medium, Some("60 days after shipment"),
        &["75 days (economy shipping)", "90 days (newer help text)", "120 days (Brazil)"]),
    row(RuleId::BP3, "Not delivered within protection: a full refund can be claimed",
        "seed guide", High, None, &[]),
    row(RuleId::BP4, "Counterfeit item: a full refund can be claimed",
        "seed guide; seller-guarantee page", Medium, Some("full refund"),
        &["up to 2x from Guaranteed Genuine sellers"]),
    row(RuleId::BP5, "What protection does not cover",
        "seller-guarantee page copies", Medium, None, &[]),
    row(RuleId::D1, "Awaiting shipment: cancel the order instead",
        "seed guide; alifaq; guide-aliexpress", Medium, Some("automatic cancellation after the processing time"),
        &["automatic cancellation if the seller is silent 48 hours", "automatic cancellation if the seller is silent 72 hours"]),
    row(RuleId::D2, "Contact the seller first, on AliExpress",
        "seed guide", High, None, &[]),
    row(RuleId::D3, "When the dispute button opens",
        "AliExpress buyer-protection process page", Medium, Some("10 days after shipment"),
        &["5 days after shipment (older help pages)"]),
    row(RuleId::D4, "Until when a dispute can be opened",
        "AliExpress help copies (\"until 15 days after the delivery time ends or after Confirm receipt\")",
        High, Some("15 days after receipt is confirmed or protection ends"), &[]),
    row(RuleId::D5, "Marked delivered but not received",
        "seed guide; AliExpress help", Medium, Some("5 days after the delivered date"),
        &["\"a few days\" (seed guide)"]),
    row(RuleId::D6, "Which grounds need attachments",
        "seed guide; AliExpress \"how to provide evidence\"", High, None, &[]),
    row(RuleId::D7, "Evidence that wins a dispute",
        "AliExpress \"how to provide evidence\"; seed guide", High, None, &[]),
    row(RuleId::D8, "One dispute per order",
        "seller-guarantee page; alixblog", Medium, None, &[]),
    row(RuleId::D9, "Change of mind: cancel, free return, or pay the return",
        "seed guide", High, None, &[]),
    row(RuleId::D10, "What sellers press for, and why to refuse",
        "vapingday, baxili (buyer reports)", Medium, None, &[]),
    row(RuleId::D11, "Check the order status every week",
        "seed guide", High, Some("weekly"), &[]),
    row(RuleId::E1, "An open dispute becomes a claim after 15 days",
        "seed guide; AliExpress dispute/claim process page", High, Some("15 days after opening"),
        &["the seller must respond within 5 days (newer help text)", "the buyer may escalate from day 3"]),
    row(RuleId::E2, "Answer the case management team",
        "seed guide", High, None, &[]),
    row(RuleId::E3, "Agreement during mediation: cancel claim and dispute",
        "seed guide", High, None, &[]),
    row(RuleId::E4, "One appeal, within 7 days of the decision",
        "hb2b Q&A", Low, Some("7 days"), &[]),
    row(RuleId::E5, "Ship an agreed return within 10 days",
        "ssopdot; cnjdpart", Medium, Some("10 days"), &[]),
    row(RuleId::R1, "Free return within 15 days of delivery",
        "seed guide; AliExpress press release 2019; returnpolicies.info", High,
        Some("15 days; 12 countries"),
        &["16 countries (adds FR, RU, SA, KR)", "24 countries (adds BE, PT, MX, UA, CZ, CH, CL, JP)"]),
    row(RuleId::R2, "Free return exclusions",
        "AliExpress help copies", Medium, Some("items over US$1,000 excluded"), &[]),
    row(RuleId::R3, "Who pays the return shipping",
        "seed guide", High, None, &[]),
    row(RuleId::F1, "Refunds go back to the payment method",
        "seed guide", High, None, &[]),
    row(RuleId::F2, "How long a card refund takes",
        "Alipay help; AliExpress card-refund FAQ", Medium,
        Some("3 to 20 business days, plus up to 15 at the bank"),
        &["3 to 15 business days", "7 to 10 business days"]),
    row(RuleId::F3, "Cancellations and free returns are refunded like disputes",
        "seed guide", High, None, &[]),
    row(RuleId::O1, "PayPal dispute and claim",
        "PayPal help", High, Some("180 days to open; 20 days to escalate"), &[]),
    row(RuleId::O2, "Card chargeback through the bank",
        "Visa rules summaries", Medium, Some("120 days"), &["540 days at most"]),
    row(RuleId::O3, "EU right of withdrawal and legal guarantee",
        "AliExpress EU help copy", Medium, Some("14 days; 2 years"), &[]),
    row(RuleId::PP1, "Does the listing offer returns and refunds?",
        "seed guide", High, None, &[]),
    row(RuleId::PP2, "Is the seller reliable?",
        "seed guide", High, None, &[]),
    row(RuleId::PP3, "Ask the seller before ordering",
        "seed guide", High, None, &[]),
    row(RuleId::PP4, "Screenshot the listing and keep every step",
        "seed guide", High, None, &[]),
    row(RuleId::PP5, "Are free returns available in your country?",
        "seed guide", High, None, &[]),
    row(RuleId::PP6, "Pay only through AliExpress",
        "seller-guarantee page", High, None, &[]),
];

const ECB: &str = "ECB euro reference rates of 30 June 2025, converted to US dollars and rounded";
const PEG: &str = "the currency's fixed US-dollar peg";

const fn rate(
    currency: &'static str,
    per_usd_millionths: u64,
    source: &'static str,
) -> ReferenceRate {
    ReferenceRate {
        currency,
        per_usd_millionths,
        on: "2025-06-30",
        source,
    }
}

/// S5: units of each currency per US dollar, for R2's price limit. A price
/// within the policy's margin of the limit is uncertain, which absorbs the
/// rounding and the moves of the rates since their date.
#[rustfmt::skip]
pub const REFERENCE_RATES: &[ReferenceRate] = &[
    rate("EUR", 853_200, ECB),
    rate("GBP", 730_000, ECB),
    rate("CHF", 797_500, ECB),
    rate("PLN", 3_620_000, ECB),
    rate("CZK", 21_110_000, ECB),
    rate("HUF", 341_100_000, ECB),
    rate("RON", 4_332_000, ECB),
    rate("SEK", 9_511_000, ECB),
    rate("DKK", 6_366_000, ECB),
    rate("NOK", 10_070_000, ECB),
    rate("BRL", 5_493_000, ECB),
    rate("MXN", 18_850_000, ECB),
    rate("CAD", 1_368_000, ECB),
    rate("AUD", 1_531_000, ECB),
    rate("NZD", 1_650_000, ECB),
    rate("JPY", 144_300_000, ECB),
    rate("KRW", 1_355_000_000, ECB),
    rate("CNY", 7_160_000, ECB),
    rate("HKD", 7_850_000, ECB),
    rate("SGD", 1_274_000, ECB),
    rate("ILS", 3_370_000, ECB),
    rate("INR", 85_600_000, ECB),
    rate("AED", 3_672_500, PEG),
    rate("SAR", 3_750_000, PEG),
];
