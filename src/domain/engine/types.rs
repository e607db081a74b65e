//! The vocabulary of an assessment, spelled as the assessment JSON spells it.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::case::EvidenceKind;
use crate::domain::dates;
use crate::domain::policy::{Confidence, RuleId};

/// Whether a dispute can be opened, and if not, why not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The dispute window is open today.
    EligibleNow,
    /// The window has not opened yet (see `opens_on`).
    NotYet,
    /// The window closed (`closes_on` was its last day).
    TooLate,
    /// Another route is better (see `alternative`).
    NotNeeded,
    /// A dispute or claim is open.
    InProgress,
    /// The dispute was decided, or the order cancelled or returned.
    Resolved,
}

/// The better route when a dispute is not needed or no longer possible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlternativeRoute {
    CancelOrder,
    FreeReturn,
    ContactSeller,
}

/// Where the case is in the dispute lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    BeforeDispute,
    DisputeOpen,
    /// Escalated to the case management team, by the buyer or automatically
    /// (E1), or reopened by an appeal (E4).
    Claim,
    Closed,
}

/// What the buyer should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NextStep {
    CancelOrder,
    Wait,
    ContactSeller,
    OpenDispute,
    GatherEvidence,
    WaitForSeller,
    AnswerCaseTeam,
    ShipReturn,
    TrackRefund,
    /// Extra: a decision went against the buyer and the appeal window (E4)
    /// is open.
    Appeal,
    Done,
}

/// Which date a deadline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// Extra (D1): the seller must ship by then or the order is cancelled.
    ShipsBy,
    OpenDisputeBy,
    /// Extra (D4): the last day a dispute can be opened at all, when the
    /// recommended `open_dispute_by` is earlier.
    DisputeClosesOn,
    ProtectionEnds,
    /// Extra (E1 alternative): the seller must respond by then.
    SellerRespondsBy,
    EscalatesOn,
    AppealBy,
    ReturnShipBy,
    FreeReturnBy,
    PaypalDisputeBy,
    PaypalEscalateBy,
    ChargebackBy,
    EuWithdrawalBy,
    /// Extra (O3): the end of the EU legal guarantee.
    EuGuaranteeUntil,
}

/// A date that matters for the case, with the rule it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub kind: DeadlineKind,
    #[serde(serialize_with = "dates::serialize")]
    pub date: NaiveDate,
    pub rule: RuleId,
    /// The rule's confidence, or high when the date is the one the buyer
    /// read off the order page.
    pub confidence: Confidence,
    /// Extra: days from today, negative once passed.
    pub days_left: i64,
}

impl Deadline {
    /// How many days ahead a deadline counts as close: the list of cases marks
    /// the case urgent and the case page highlights the date.
    pub const CLOSE_DAYS: i64 = 3;

    /// Today or within [`Self::CLOSE_DAYS`] days, and not passed.
    pub fn is_close(&self) -> bool {
        (0..=Self::CLOSE_DAYS).contains(&self.days_left)
    }
}

/// What a piece of evidence should show (D7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Capture {
    /// The item and its label.
    ItemAndLabel,
    /// The item flat beside a ruler, with the size label.
    ItemBesideRuler,
    /// A video showing the fault.
    FaultVideo,
    UnboxingVideo,
    ListingScreenshot,
    OrderPageScreenshot,
    ChatScreenshot,
    TrackingPage,
    PostOfficeStatement,
    CustomsPapers,
}

/// One piece of evidence for the case's ground.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EvidenceItem {
    pub kind: EvidenceKind,
    /// Attachments are required for grounds about a received item (D6).
    pub required: bool,
    pub capture: Capture,
    /// Extra: whether the case already holds evidence of this kind.
    pub captured: bool,
}

/// Why a free return is not available, or what is not known to tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FreeReturnReason {
    /// The item has not arrived.
    NotReceived,
    DeliveryDateUnknown,
    /// More than the free-return days since delivery.
    WindowClosed,
    ItemUsed,
    ItemConditionUnknown,
    CountryNotCovered,
    CountryUnknown,
    ListingWithoutFreeReturn,
    ListingUnknown,
    /// Phones, underwear, food and custom-made goods (R2).
    ItemExcluded,
    /// Over the R2 price limit, in US dollars or converted (S5).
    PriceOverLimit,
    /// Within the margin of the R2 limit once converted (S5): check the
    /// listing.
    PriceNearLimit,
    /// A currency the reference rates lack (S5): check the listing.
    NoExchangeRate,
    /// No price known, so R2's limit cannot be checked.
    PriceUnknown,
    /// One free return per order (R2), or a return already shipped.
    AlreadyReturned,
    /// A dispute is open or was decided.
    DisputeOpened,
}

impl FreeReturnReason {
    /// Whether the reason is only that something is not known, or not sure
    /// (a price near the R2 limit).
    pub fn is_unknown(&self) -> bool {
        matches!(
            self,
            FreeReturnReason::DeliveryDateUnknown
                | FreeReturnReason::ItemConditionUnknown
                | FreeReturnReason::CountryUnknown
                | FreeReturnReason::ListingUnknown
                | FreeReturnReason::PriceNearLimit
                | FreeReturnReason::NoExchangeRate
                | FreeReturnReason::PriceUnknown
        )
    }
}

/// The free-return check of R1 and R2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FreeReturnCheck {
    pub eligible: bool,
    /// The last day of the free-return window, when delivery is known.
    #[serde(serialize_with = "dates::serialize_opt")]
    pub until: Option<NaiveDate>,
    pub reasons: Vec<FreeReturnReason>,
}
