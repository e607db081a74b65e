//! The case model: one order and what happened to it, as the buyer records it
//! and as the case file (`disputa.case`, version 1) stores it.

use chrono::NaiveDate;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

use super::dates;
pub use super::enums::{
    DeliveryStatus, EvidenceKind, ItemCategory, Outcome, PaymentMethod, Problem, RefundStage,
    RouteOutcome, SellerRequestKind,
};

/// The `format` of a file that holds one case.
pub const CASE_FORMAT: &str = "disputa.case";
/// The `format` of a file that holds a collection of cases.
pub const COLLECTION_FORMAT: &str = "disputa.cases";
/// The version of both formats this crate reads and writes.
pub const FORMAT_VERSION: u64 = 1;

/// One order and what happened to it. Every date is optional: an absent
/// date means "not known", and the assessment says which ones it missed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Case {
    pub id: String,
    #[serde(default)]
    pub order_number: Option<String>,
    #[serde(default)]
    pub store: Option<String>,
    #[serde(default)]
    pub item: Option<String>,
    /// Extra field: the kind of item, for the free-return exclusions (R2).
    #[serde(default)]
    pub item_category: Option<ItemCategory>,
    #[serde(default)]
    pub price: Option<Price>,
    #[serde(default)]
    pub payment_method: Option<PaymentMethod>,
    /// ISO 3166-1 alpha-2 code of the delivery address.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default, deserialize_with = "dates::deserialize_opt")]
    pub ordered_on: Option<NaiveDate>,
    #[serde(default, deserialize_with = "dates::deserialize_opt")]
    pub shipped_on: Option<NaiveDate>,
    #[serde(default)]
    pub processing_days: Option<u32>,
    #[serde(default)]
    pub promised_delivery_days: Option<u32>,
    /// The date the order page shows; it wins over every estimate (BP2).
    #[serde(default, deserialize_with = "dates::deserialize_opt")]
    pub protection_ends_on: Option<NaiveDate>,
    pub delivery_status: DeliveryStatus,
    #[serde(default, deserialize_with = "dates::deserialize_opt")]
    pub delivered_on: Option<NaiveDate>,
    #[serde(default, deserialize_with = "dates::deserialize_opt")]
    pub receipt_confirmed_on: Option<NaiveDate>,
    /// The day an order cancellation was approved (D1, F3).
    #[serde(default, deserialize_with = "dates::deserialize_opt")]
    pub cancelled_on: Option<NaiveDate>,
    #[serde(default)]
    pub problem: Option<Problem>,
    #[serde(default)]
    pub item_unused: Option<bool>,
    /// Extra field: whether the listing offers free returns (R1, PP1).
    #[serde(default)]
    pub free_return_offered: Option<bool>,
    #[serde(default, deserialize_with = "dates::deserialize_opt")]
    pub contacted_seller_on: Option<NaiveDate>,
    /// Extra field: the day a PayPal dispute was opened, outside AliExpress (O1).
    #[serde(default, deserialize_with = "dates::deserialize_opt")]
    pub paypal_dispute_opened_on: Option<NaiveDate>,
    /// Extra field: the day the PayPal dispute became a claim (O1).
    #[serde(default, deserialize_with = "dates::deserialize_opt")]
    pub paypal_dispute_escalated_on: Option<NaiveDate>,
    /// Extra field: the day PayPal closed the dispute or claim (O1).
    #[serde(default, deserialize_with = "dates::deserialize_opt")]
    pub paypal_dispute_closed_on: Option<NaiveDate>,
    /// Extra field: how PayPal closed it.
    #[serde(default)]
    pub paypal_dispute_outcome: Option<RouteOutcome>,
    /// Extra field: the day the buyer asked the bank for a chargeback (O2).
    #[serde(default, deserialize_with = "dates::deserialize_opt")]
    pub chargeback_requested_on: Option<NaiveDate>,
    /// Extra field: the day the bank decided the chargeback (O2).
    #[serde(default, deserialize_with = "dates::deserialize_opt")]
    pub chargeback_closed_on: Option<NaiveDate>,
    /// Extra field: how the bank decided.
    #[serde(default)]
    pub chargeback_outcome: Option<RouteOutcome>,
    #[serde(default)]
    pub dispute: Option<Dispute>,
    #[serde(default, rename = "return")]
    pub return_: Option<ReturnShipment>,
    #[serde(default)]
    pub refund: Option<Refund>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Extra field: what the seller pressed the buyer to do (D10).
    #[serde(default)]
    pub seller_requests: Vec<SellerRequest>,
    #[serde(default)]
    pub notes: Option<String>,
    /// Extra field: RFC 3339 timestamp the app keeps.
    #[serde(default)]
    pub created_at: Option<String>,
    /// Extra field: RFC 3339 timestamp the app keeps.
    #[serde(default)]
    pub updated_at: Option<String>,
    /// Fields of the case this version does not know (another tool's, or a
    /// later version's), kept as they came and written back after the known
    /// ones. Filled by the case-file parser.
    #[serde(skip)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A price as the order page shows it: a decimal amount ("12.99") and an
/// ISO 4217 currency code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Price {
    pub amount: String,
    pub currency: String,
}

/// The dispute of the order (one per order, D8).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dispute {
    #[serde(
        default,
        serialize_with = "dates::serialize_opt",
        deserialize_with = "dates::deserialize_opt"
    )]
    pub opened_on: Option<NaiveDate>,
    #[serde(
        default,
        serialize_with = "dates::serialize_opt",
        deserialize_with = "dates::deserialize_opt"
    )]
    pub seller_responded_on: Option<NaiveDate>,
    /// The day it became a claim, by the buyer or automatically (E1).
    #[serde(
        default,
        serialize_with = "dates::serialize_opt",
        deserialize_with = "dates::deserialize_opt"
    )]
    pub escalated_on: Option<NaiveDate>,
    #[serde(
        default,
        serialize_with = "dates::serialize_opt",
        deserialize_with = "dates::deserialize_opt"
    )]
    pub closed_on: Option<NaiveDate>,
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// Extra field: the day the buyer appealed the decision (E4). An appeal
    /// reopens the case, so `closed_on` and `outcome` then hold the decision
    /// on the appeal, if any.
    #[serde(
        default,
        serialize_with = "dates::serialize_opt",
        deserialize_with = "dates::deserialize_opt"
    )]
    pub appealed_on: Option<NaiveDate>,
}

/// A return shipped to the seller, or with `free_return` to the local
/// warehouse (R1, E5).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnShipment {
    #[serde(default)]
    pub free_return: bool,
    #[serde(
        default,
        serialize_with = "dates::serialize_opt",
        deserialize_with = "dates::deserialize_opt"
    )]
    pub shipped_on: Option<NaiveDate>,
    #[serde(default)]
    pub tracking: Option<String>,
}

/// Where the refund is on the payments tracker (F1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refund {
    pub stage: RefundStage,
    #[serde(default)]
    pub amount: Option<String>,
    #[serde(
        default,
        serialize_with = "dates::serialize_opt",
        deserialize_with = "dates::deserialize_opt"
    )]
    pub updated_on: Option<NaiveDate>,
}

/// A request of the seller that the buyer recorded (D10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SellerRequest {
    pub kind: SellerRequestKind,
    #[serde(
        default,
        serialize_with = "dates::serialize_opt",
        deserialize_with = "dates::deserialize_opt"
    )]
    pub on: Option<NaiveDate>,
}

/// A piece of evidence the buyer captured (D7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub kind: EvidenceKind,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(
        default,
        serialize_with = "dates::serialize_opt",
        deserialize_with = "dates::deserialize_opt"
    )]
    pub captured_on: Option<NaiveDate>,
}

impl Case {
    /// A free return went back to the local warehouse (R1): it refunds like
    /// a dispute (F3) and settles the order.
    pub fn free_return_shipped(&self) -> bool {
        self.return_
            .as_ref()
            .is_some_and(|r| r.free_return && r.shipped_on.is_some())
    }

    /// An order that has not shipped yet, with nothing else known.
    pub fn new(id: impl Into<String>) -> Self {
        Case {
            id: id.into(),
            order_number: None,
            store: None,
            item: None,
            item_category: None,
            price: None,
            payment_method: None,
            country: None,
            ordered_on: None,
            shipped_on: None,
            processing_days: None,
            promised_delivery_days: None,
            protection_ends_on: None,
            delivery_status: DeliveryStatus::AwaitingShipment,
            delivered_on: None,
            receipt_confirmed_on: None,
            cancelled_on: None,
            problem: None,
            item_unused: None,
            free_return_offered: None,
            contacted_seller_on: None,
            paypal_dispute_opened_on: None,
            paypal_dispute_escalated_on: None,
            paypal_dispute_closed_on: None,
            paypal_dispute_outcome: None,
            chargeback_requested_on: None,
            chargeback_closed_on: None,
            chargeback_outcome: None,
            dispute: None,
            return_: None,
            refund: None,
            evidence: Vec::new(),
            seller_requests: Vec::new(),
            notes: None,
            created_at: None,
            updated_at: None,
            extra: serde_json::Map::new(),
        }
    }
}

/// The members of a case as read (`object`) that this version does not know:
/// neither its fields nor `format` and `version`.
pub fn extra_fields(
    object: &serde_json::Map<String, serde_json::Value>,
) -> serde_json::Map<String, serde_json::Value> {
    object
        .iter()
        .filter(|(name, _)| !KNOWN_FIELDS.contains(&name.as_str()))
        .map(|(name, value)| (name.clone(), value.clone()))
        .collect()
}

/// Every member a case file's case may have that this version reads, in the
/// order it writes them.
pub const KNOWN_FIELDS: [&str; 38] = [
    "format",
    "version",
    "id",
    "order_number",
    "store",
    "item",
    "item_category",
    "price",
    "payment_method",
    "country",
    "ordered_on",
    "shipped_on",
    "processing_days",
    "promised_delivery_days",
    "protection_ends_on",
    "delivery_status",
    "delivered_on",
    "receipt_confirmed_on",
    "cancelled_on",
    "problem",
    "item_unused",
    "free_return_offered",
    "contacted_seller_on",
    "paypal_dispute_opened_on",
    "paypal_dispute_escalated_on",
    "paypal_dispute_closed_on",
    "paypal_dispute_outcome",
    "chargeback_requested_on",
    "chargeback_closed_on",
    "chargeback_outcome",
    "dispute",
    "return",
    "refund",
    "evidence",
    "seller_requests",
    "notes",
    "created_at",
    "updated_at",
];

/// Wraps an optional date so that it serializes as `YYYY-MM-DD` or `null`.
struct DateOut(Option<NaiveDate>);

impl Serialize for DateOut {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        dates::serialize_opt(&self.0, serializer)
    }
}

impl Serialize for Case {
    /// Writes `format` and `version` first, so that a case serialized alone
    /// is a complete case file, and the fields it does not know last.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let extra = self
            .extra
            .iter()
            .filter(|(name, _)| !KNOWN_FIELDS.contains(&name.as_str()));
        let mut s = serializer.serialize_map(Some(KNOWN_FIELDS.len() + extra.clone().count()))?;
        s.serialize_entry("format", CASE_FORMAT)?;
        s.serialize_entry("version", &FORMAT_VERSION)?;
        s.serialize_entry("id", &self.id)?;
        s.serialize_entry("order_number", &self.order_number)?;
        s.serialize_entry("store", &self.store)?;
        s.serialize_entry("item", &self.item)?;
        s.serialize_entry("item_category", &self.item_category)?;
        s.serialize_entry("price", &self.price)?;
        s.serialize_entry("payment_method", &self.payment_method)?;
        s.serialize_entry("country", &self.country)?;
        s.serialize_entry("ordered_on", &DateOut(self.ordered_on))?;
        s.serialize_entry("shipped_on", &DateOut(self.shipped_on))?;
        s.serialize_entry("processing_days", &self.processing_days)?;
        s.serialize_entry("promised_delivery_days", &self.promised_delivery_days)?;
        s.serialize_entry("protection_ends_on", &DateOut(self.protection_ends_on))?;
        s.serialize_entry("delivery_status", &self.delivery_status)?;
        s.serialize_entry("delivered_on", &DateOut(self.delivered_on))?;
        s.serialize_entry("receipt_confirmed_on", &DateOut(self.receipt_confirmed_on))?;
        s.serialize_entry("cancelled_on", &DateOut(self.cancelled_on))?;
        s.serialize_entry("problem", &self.problem)?;
        s.serialize_entry("item_unused", &self.item_unused)?;
        s.serialize_entry("free_return_offered", &self.free_return_offered)?;
        s.serialize_entry("contacted_seller_on", &DateOut(self.contacted_seller_on))?;
        let paypal_opened = DateOut(self.paypal_dispute_opened_on);
        s.serialize_entry("paypal_dispute_opened_on", &paypal_opened)?;
        let paypal_escalated = DateOut(self.paypal_dispute_escalated_on);
        s.serialize_entry("paypal_dispute_escalated_on", &paypal_escalated)?;
        let paypal_closed = DateOut(self.paypal_dispute_closed_on);
        s.serialize_entry("paypal_dispute_closed_on", &paypal_closed)?;
        s.serialize_entry("paypal_dispute_outcome", &self.paypal_dispute_outcome)?;
        let chargeback = DateOut(self.chargeback_requested_on);
        s.serialize_entry("chargeback_requested_on", &chargeback)?;
        let chargeback_closed = DateOut(self.chargeback_closed_on);
        s.serialize_entry("chargeback_closed_on", &chargeback_closed)?;
        s.serialize_entry("chargeback_outcome", &self.chargeback_outcome)?;
        s.serialize_entry("dispute", &self.dispute)?;
        s.serialize_entry("return", &self.return_)?;
        s.serialize_entry("refund", &self.refund)?;
        s.serialize_entry("evidence", &self.evidence)?;
        s.serialize_entry("seller_requests", &self.seller_requests)?;
        s.serialize_entry("notes", &self.notes)?;
        s.serialize_entry("created_at", &self.created_at)?;
        s.serialize_entry("updated_at", &self.updated_at)?;
        for (name, value) in extra {
            s.serialize_entry(name, value)?;
        }
        s.end()
    }
}
