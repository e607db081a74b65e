//! The closed vocabularies of the case file: each one spelled in snake_case in
//! JSON, listed in `ALL`, and readable from text with `FromStr`.

use serde::{Deserialize, Serialize};

/// A text that is not one of the values of a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    /// The vocabulary, named like the field that holds it ("problem").
    pub vocabulary: &'static str,
    pub value: String,
}

impl std::fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown {} \"{}\"", self.vocabulary, self.value)
    }
}

impl std::error::Error for UnknownValue {}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $label:literal { $($(#[$vmeta:meta])* $variant:ident => $text:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant),*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The JSON spelling.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $($name::$variant => $text),*
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownValue;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                match text {
                    $($text => Ok($name::$variant),)*
                    _ => Err(UnknownValue { vocabulary: $label, value: text.to_string() }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// How the order was paid; decides where a refund goes (F1, F2) and which
    /// outside routes exist (O1, O2).
    PaymentMethod, "payment_method" {
        Card => "card",
        Paypal => "paypal",
        AlipayBalance => "alipay_balance",
        BankTransfer => "bank_transfer",
        Cash => "cash",
        Other => "other",
    }
);

vocabulary!(
    /// Where the parcel is, as the order page and the buyer see it.
    DeliveryStatus, "delivery_status" {
        AwaitingShipment => "awaiting_shipment",
        InTransit => "in_transit",
        /// The tracking says delivered, but nothing arrived (D5).
        MarkedDelivered => "marked_delivered",
        Received => "received",
    }
);

vocabulary!(
    /// The ground of a dispute: what went wrong.
    Problem, "problem" {
        NotReceived => "not_received",
        NotAsDescribed => "not_as_described",
        Quality => "quality",
        Counterfeit => "counterfeit",
        Damaged => "damaged",
        WrongDeliveryMethod => "wrong_delivery_method",
        WrongQuantity => "wrong_quantity",
        OrderedByMistake => "ordered_by_mistake",
        CheaperElsewhere => "cheaper_elsewhere",
        NoLongerNeeded => "no_longer_needed",
    }
);

impl Problem {
    /// The grounds where nothing is wrong with the order (D9).
    pub fn is_change_of_mind(&self) -> bool {
        matches!(
            self,
            Problem::OrderedByMistake | Problem::CheaperElsewhere | Problem::NoLongerNeeded
        )
    }

    /// The grounds about an item that arrived, which need photos (D6).
    pub fn is_about_received_item(&self) -> bool {
        matches!(
            self,
            Problem::NotAsDescribed
                | Problem::Quality
                | Problem::Counterfeit
                | Problem::Damaged
                | Problem::WrongQuantity
                | Problem::WrongDeliveryMethod
        )
    }

    /// The grounds where the seller is at fault and pays the return (R3).
    pub fn is_seller_fault(&self) -> bool {
        self.is_about_received_item()
    }
}

vocabulary!(
    /// How AliExpress closed a dispute.
    Outcome, "outcome" {
        FullRefund => "full_refund",
        PartialRefund => "partial_refund",
        Rejected => "rejected",
        CancelledByBuyer => "cancelled_by_buyer",
        ReturnAndRefund => "return_and_refund",
    }
);

impl Outcome {
    /// Whether the outcome sends money back to the buyer (F1).
    pub fn refunds(&self) -> bool {
        matches!(
            self,
            Outcome::FullRefund | Outcome::PartialRefund | Outcome::ReturnAndRefund
        )
    }
}

vocabulary!(
    /// How PayPal or the bank closed a dispute outside AliExpress (O1, O2).
    RouteOutcome, "route outcome" {
        Refunded => "refunded",
        PartialRefund => "partial_refund",
        Rejected => "rejected",
    }
);

vocabulary!(
    /// The three steps of the payments tracker (F1).
    RefundStage, "refund stage" {
        Waiting => "waiting",
        Processing => "processing",
        Refunded => "refunded",
    }
);

vocabulary!(
    /// What a piece of evidence is (D7).
    EvidenceKind, "evidence kind" {
        Photo => "photo",
        Video => "video",
        Screenshot => "screenshot",
        Tracking => "tracking",
        Chat => "chat",
        Document => "document",
    }
);

vocabulary!(
    /// Kinds of item that free returns exclude (R2); `other` is none of them.
    ItemCategory, "item_category" {
        Phone => "phone",
        Underwear => "underwear",
        Food => "food",
        CustomMade => "custom_made",
        Other => "other",
    }
);

impl ItemCategory {
    /// Whether free returns exclude this kind of item (R2).
    pub fn excluded_from_free_return(&self) -> bool {
        !matches!(self, ItemCategory::Other)
    }
}

vocabulary!(
    /// What a seller pressed the buyer to do, against the buyer's interest
    /// before a refund (D10).
    SellerRequestKind, "seller request" {
        ConfirmReceipt => "confirm_receipt",
        CancelDispute => "cancel_dispute",
        ExtendProtection => "extend_protection",
        PayOutside => "pay_outside",
    }
);
