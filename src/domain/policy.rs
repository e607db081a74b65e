//! The policy table: every rule of the domain reference with its source and
//! confidence, and every number the engine counts with, as data.
//!
//! AliExpress changes its rules often and sources disagree, so no deadline
//! number lives anywhere else: the engine reads them from a [`Policy`], whose
//! default is the "default" column of the reference, and the values other
//! sources give are kept as [`Alternative`]s the buyer can switch to.

use serde::{Deserialize, Serialize};

/// How far a rule can be trusted: H (official page or sources agree),
/// M (one official copy or several secondary sources), L (one secondary source).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

impl Confidence {
    pub fn as_str(&self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }
}

macro_rules! rule_ids {
    ($($id:ident),* $(,)?) => {
        /// The id of a rule in the domain reference (BP protection, D dispute,
        /// E escalation, R returns, F refunds, O other routes, PP before buying).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum RuleId {
            $($id),*
        }

        impl RuleId {
            /// Every rule id, in the order of the reference and of [`RULES`].
            pub const ALL: &'static [RuleId] = &[$(RuleId::$id),*];

            pub fn as_str(&self) -> &'static str {
                match self {
                    $(RuleId::$id => stringify!($id)),*
                }
            }
        }

        impl std::str::FromStr for RuleId {
            type Err = UnknownRuleId;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                match text {
                    $(stringify!($id) => Ok(RuleId::$id),)*
                    _ => Err(UnknownRuleId(text.to_string())),
                }
            }
        }
    };
}

rule_ids!(
    BP1, BP2, BP3, BP4, BP5, D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, E1, E2, E3, E4, E5, R1,
    R2, R3, F1, F2, F3, O1, O2, O3, PP1, PP2, PP3, PP4, PP5, PP6,
);

/// A text that names no rule of the reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRuleId(pub String);

impl std::fmt::Display for UnknownRuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown rule id \"{}\"", self.0)
    }
}

impl std::error::Error for UnknownRuleId {}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One row of the reference: what it says in short, where it comes from, how
/// sure we are, and the values other sources give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub id: RuleId,
    pub title: &'static str,
    pub source: &'static str,
    pub confidence: Confidence,
    /// The value the default policy uses, in words ("60 days").
    pub default: Option<&'static str>,
    /// The values other sources give, in words.
    pub alternatives: &'static [&'static str],
}

/// The row of the table for `id`.
pub fn rule(id: RuleId) -> &'static Rule {
    // RULES follows RuleId::ALL, which a test pins.
    &RULES[id as usize]
}

use super::exchange::ReferenceRate;
pub use super::policy_table::{REFERENCE_RATES, RULES};

/// The countries where free returns are offered, in the 12-country list of
/// the seed guide (R1 default).
pub const FREE_RETURN_COUNTRIES_12: &[&str] = &[
    "ES", "US", "GB", "PL", "IT", "NL", "BR", "AU", "IL", "CA", "AE", "DE",
];

/// The 16-country list of later sources (R1 alternative).
pub const FREE_RETURN_COUNTRIES_16: &[&str] = &[
    "ES", "US", "GB", "PL", "IT", "NL", "BR", "AU", "IL", "CA", "AE", "DE", "FR", "RU", "SA", "KR",
];

/// The 24-country list of later sources (R1 alternative).
pub const FREE_RETURN_COUNTRIES_24: &[&str] = &[
    "ES", "US", "GB", "PL", "IT", "NL", "BR", "AU", "IL", "CA", "AE", "DE", "FR", "RU", "SA", "KR",
    "BE", "PT", "MX", "UA", "CZ", "CH", "CL", "JP",
];

/// The 27 member states of the European Union, ISO 3166-1 alpha-2 (O3).
pub const EU_COUNTRIES: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// Every number the engine counts with. Build it with [`Policy::default`]
/// (the "default" column) and switch single values with
/// [`Policy::with_alternative`].
///
/// ```
/// use disputa::domain::{Alternative, Policy};
/// let brazil = Policy::default().with_alternative(Alternative::Protection120);
/// assert_eq!(brazil.protection_days, 120);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// BP2: protection after shipment when neither the order page nor the
    /// promised delivery time says otherwise.
    pub protection_days: u32,
    /// D1 alternatives: some guides say an order is cancelled when the seller
    /// stays silent this many hours. Shown to the buyer, not counted with.
    pub silent_seller_hours: [u32; 2],
    /// D3: the dispute button opens this many days after shipment.
    pub dispute_opens_after_days: u32,
    /// D4: a dispute can be opened until this many days after receipt was
    /// confirmed or protection ended.
    pub dispute_window_days: u32,
    /// D5: an order marked delivered closes this many days after delivery.
    pub marked_delivered_days: u32,
    /// D11: how often the buyer should look at the order status.
    pub status_check_days: u32,
    /// E1: an open dispute becomes a claim after this many days.
    pub escalation_days: u32,
    /// E1 alternative: the seller must respond within this many days.
    pub seller_response_days: Option<u32>,
    /// E4: an appeal is possible within this many days of a decision.
    pub appeal_days: u32,
    /// E5: an agreed return must be shipped within this many days.
    pub return_ship_days: u32,
    /// R1: a free return is possible within this many days of delivery.
    pub free_return_days: u32,
    /// R1: the countries with free returns.
    pub free_return_countries: &'static [&'static str],
    /// R2: items over this many US dollars are excluded from free returns.
    pub free_return_max_usd: u32,
    /// S5: the reference rates that convert other currencies to US dollars.
    pub reference_rates: &'static [ReferenceRate],
    /// S5: a converted price within this many percent of the R2 limit is
    /// uncertain.
    pub price_margin_percent: u32,
    /// F2: card refunds arrive this many business days after "refund completed".
    pub card_refund_days: (u32, u32),
    /// F2: the bank may take up to this many more business days.
    pub bank_extra_days: u32,
    /// O1: a PayPal dispute can be opened within this many days of payment.
    pub paypal_dispute_days: u32,
    /// O1: a PayPal dispute must become a claim within this many days.
    pub paypal_escalate_days: u32,
    /// O2: the usual chargeback window after the transaction.
    pub chargeback_days: u32,
    /// O2: the longest chargeback window any card scheme allows.
    pub chargeback_max_days: u32,
    /// O3: the EU right of withdrawal, in days from delivery.
    pub eu_withdrawal_days: u32,
    /// O3: the EU legal guarantee, in years from delivery.
    pub eu_guarantee_years: u32,
    /// O3: the countries where the EU consumer rules apply.
    pub eu_countries: &'static [&'static str],
}

/// The "default" column of the reference.
pub const DEFAULT_POLICY: Policy = Policy {
    silent_seller_hours: [48, 72],
    protection_days: 60,
    dispute_opens_after_days: 10,
    dispute_window_days: 15,
    marked_delivered_days: 5,
    status_check_days: 7,
    escalation_days: 15,
    seller_response_days: None,
    appeal_days: 7,
    return_ship_days: 10,
    free_return_days: 15,
    free_return_countries: FREE_RETURN_COUNTRIES_12,
    free_return_max_usd: 1000,
    reference_rates: REFERENCE_RATES,
    price_margin_percent: 10,
    card_refund_days: (3, 20),
    bank_extra_days: 15,
    paypal_dispute_days: 180,
    paypal_escalate_days: 20,
    chargeback_days: 120,
    chargeback_max_days: 540,
    eu_withdrawal_days: 14,
    eu_guarantee_years: 2,
    eu_countries: EU_COUNTRIES,
};

impl Default for Policy {
    fn default() -> Self {
        DEFAULT_POLICY
    }
}

impl Policy {
    /// This policy with one value replaced by what another source says.
    pub fn with_alternative(mut self, alternative: Alternative) -> Self {
        match alternative {
            Alternative::Protection75 => self.protection_days = 75,
            Alternative::Protection90 => self.protection_days = 90,
            Alternative::Protection120 => self.protection_days = 120,
            Alternative::DisputeOpensDay5 => self.dispute_opens_after_days = 5,
            Alternative::SellerResponds5Days => self.seller_response_days = Some(5),
            Alternative::FreeReturnCountries16 => {
                self.free_return_countries = FREE_RETURN_COUNTRIES_16
            }
            Alternative::FreeReturnCountries24 => {
                self.free_return_countries = FREE_RETURN_COUNTRIES_24
            }
            Alternative::CardRefund3To15 => self.card_refund_days = (3, 15),
            Alternative::CardRefund7To10 => self.card_refund_days = (7, 10),
        }
        self
    }

    /// This policy with several alternatives applied in order.
    pub fn with_alternatives(self, alternatives: impl IntoIterator<Item = Alternative>) -> Self {
        alternatives.into_iter().fold(self, |policy, alternative| {
            policy.with_alternative(alternative)
        })
    }

    /// Whether free returns are offered in `country` (R1).
    pub fn free_returns_in(&self, country: &str) -> bool {
        self.free_return_countries.contains(&country)
    }

    /// The reference rate of `currency` (S5), if the table has one.
    pub fn rate(&self, currency: &str) -> Option<&'static ReferenceRate> {
        self.reference_rates.iter().find(|r| r.currency == currency)
    }

    /// Whether the EU consumer rules apply in `country` (O3).
    pub fn is_eu(&self, country: &str) -> bool {
        self.eu_countries.contains(&country)
    }
}

/// A value of the policy that another source gives, which the buyer may
/// choose instead of the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Alternative {
    /// BP2: 75 days (economy shipping).
    Protection75,
    /// BP2: 90 days (newer help text).
    Protection90,
    /// BP2: 120 days (Brazil).
    Protection120,
    /// D3: the dispute button opens 5 days after shipment (older help pages).
    DisputeOpensDay5,
    /// E1: the seller must respond within 5 days (newer help text).
    SellerResponds5Days,
    /// R1: the 16-country free-return list.
    FreeReturnCountries16,
    /// R1: the 24-country free-return list.
    FreeReturnCountries24,
    /// F2: card refunds in 3 to 15 business days.
    CardRefund3To15,
    /// F2: card refunds in 7 to 10 business days.
    CardRefund7To10,
}

impl Alternative {
    pub const ALL: &'static [Alternative] = &[
        Alternative::Protection75,
        Alternative::Protection90,
        Alternative::Protection120,
        Alternative::DisputeOpensDay5,
        Alternative::SellerResponds5Days,
        Alternative::FreeReturnCountries16,
        Alternative::FreeReturnCountries24,
        Alternative::CardRefund3To15,
        Alternative::CardRefund7To10,
    ];

    /// The rule whose value this alternative replaces.
    pub fn rule(&self) -> RuleId {
        match self {
            Alternative::Protection75 | Alternative::Protection90 | Alternative::Protection120 => {
                RuleId::BP2
            }
            Alternative::DisputeOpensDay5 => RuleId::D3,
            Alternative::SellerResponds5Days => RuleId::E1,
            Alternative::FreeReturnCountries16 | Alternative::FreeReturnCountries24 => RuleId::R1,
            Alternative::CardRefund3To15 | Alternative::CardRefund7To10 => RuleId::F2,
        }
    }

    /// The snake_case name used in JSON and in stored settings.
    pub fn as_str(&self) -> &'static str {
        match self {
            Alternative::Protection75 => "protection75",
            Alternative::Protection90 => "protection90",
            Alternative::Protection120 => "protection120",
            Alternative::DisputeOpensDay5 => "dispute_opens_day5",
            Alternative::SellerResponds5Days => "seller_responds5_days",
            Alternative::FreeReturnCountries16 => "free_return_countries16",
            Alternative::FreeReturnCountries24 => "free_return_countries24",
            Alternative::CardRefund3To15 => "card_refund3_to15",
            Alternative::CardRefund7To10 => "card_refund7_to10",
        }
    }

    /// The alternatives that replace a value of `rule`.
    pub fn for_rule(rule: RuleId) -> impl Iterator<Item = Alternative> {
        Alternative::ALL
            .iter()
            .copied()
            .filter(move |a| a.rule() == rule)
    }
}
