//! The eligibility wizard as plain data: the buyer's answers (the draft), the
//! steps that apply to them, the actions that change them, and the case that
//! the engine assesses (in [`flow`]). How the draft is kept on the device is
//! the storage's concern (`storage::wizard_draft`).

mod flow;

use serde::{Deserialize, Serialize};

use crate::domain::{DeliveryStatus, Invalid, PaymentMethod, Problem, Reason};

/// The country choice for a country outside the app's list.
pub const ANOTHER_COUNTRY: &str = "other";

/// One question of the wizard, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Status,
    Dates,
    ProtectionEnd,
    Problem,
    Receipt,
    Country,
    Payment,
    Listing,
    Condition,
    Seller,
}

impl Step {
    pub const ALL: [Step; 10] = [
        Step::Status,
        Step::Dates,
        Step::ProtectionEnd,
        Step::Problem,
        Step::Receipt,
        Step::Country,
        Step::Payment,
        Step::Listing,
        Step::Condition,
        Step::Seller,
    ];
}

/// Where the buyer is: on a question, or reading the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    Step(Step),
    Result,
}

impl Default for Position {
    fn default() -> Self {
        Position::Step(Step::Status)
    }
}

/// A date as the buyer typed it, or their "I don't know".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DateAnswer {
    /// What the field holds, kept as typed even when it is not a date.
    pub text: String,
    pub unknown: bool,
    /// The browser holds a partly typed date it cannot give as text.
    #[serde(skip)]
    pub incomplete: bool,
}

/// A yes, no or "I don't know" answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    DontKnow,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::DontKnow];

    fn known(self) -> Option<bool> {
        match self {
            Answer::Yes => Some(true),
            Answer::No => Some(false),
            Answer::DontKnow => None,
        }
    }
}

/// The dates the wizard asks for, each a field of the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateField {
    Ordered,
    Shipped,
    Delivered,
    ProtectionEnds,
    ReceiptConfirmed,
    ContactedSeller,
}

impl DateField {
    /// The case field's path, as the domain and the field labels name it.
    pub fn path(self) -> &'static str {
        match self {
            DateField::Ordered => "ordered_on",
            DateField::Shipped => "shipped_on",
            DateField::Delivered => "delivered_on",
            DateField::ProtectionEnds => "protection_ends_on",
            DateField::ReceiptConfirmed => "receipt_confirmed_on",
            DateField::ContactedSeller => "contacted_seller_on",
        }
    }

    fn from_path(path: &str) -> Option<DateField> {
        [
            DateField::Ordered,
            DateField::Shipped,
            DateField::Delivered,
            DateField::ProtectionEnds,
            DateField::ReceiptConfirmed,
            DateField::ContactedSeller,
        ]
        .into_iter()
        .find(|field| field.path() == path)
    }

    pub fn step(self) -> Step {
        match self {
            DateField::Ordered | DateField::Shipped | DateField::Delivered => Step::Dates,
            DateField::ProtectionEnds => Step::ProtectionEnd,
            DateField::ReceiptConfirmed => Step::Receipt,
            DateField::ContactedSeller => Step::Seller,
        }
    }
}

/// What can be wrong with an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Issue {
    /// No answer yet: shown only once the buyer tried to go on.
    Unanswered,
    /// The text is not a date.
    NotADate,
    /// The case the answers make is inconsistent here (a future date, a
    /// delivery before shipment...).
    Invalid(Invalid),
}

impl Issue {
    /// Whether the buyer sees it while typing, or only after pressing Next.
    pub fn shown_while_typing(&self) -> bool {
        match self {
            Issue::Unanswered => false,
            Issue::NotADate => true,
            Issue::Invalid(invalid) => !matches!(invalid.reason, Reason::Missing(_)),
        }
    }
}

/// The answer an issue is about: a date, or the choice of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Date(DateField),
    Choice(Step),
}

/// Every answer the buyer gave, and where they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub at: Position,
    pub status: Option<DeliveryStatus>,
    pub ordered: DateAnswer,
    pub shipped: DateAnswer,
    pub delivered: DateAnswer,
    pub protection_ends: DateAnswer,
    /// `Some(None)`: nothing is wrong yet, the buyer wants their dates.
    #[serde(with = "problem_answer")]
    pub problem: Option<Option<Problem>>,
    pub receipt_confirmed: Option<bool>,
    pub receipt_date: DateAnswer,
    /// An ISO code, or [`ANOTHER_COUNTRY`].
    pub country: Option<String>,
    pub payment: Option<PaymentMethod>,
    pub listing_free_return: Option<Answer>,
    /// The price as typed; empty when not known (R2's limit then stays
    /// uncertain).
    pub price: String,
    /// An ISO 4217 code; empty for the delivery country's currency.
    pub currency: String,
    pub unused: Option<Answer>,
    pub seller_contacted: Option<bool>,
    pub contacted_date: DateAnswer,
    /// The buyer pressed Next on this step: unanswered questions show.
    #[serde(skip)]
    pub tried_next: bool,
}

/// What the buyer did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    ChooseStatus(DeliveryStatus),
    /// The text of a date field; `incomplete` when the browser holds a
    /// partly typed date.
    TypeDate {
        field: DateField,
        text: String,
        incomplete: bool,
    },
    SetDateUnknown(DateField, bool),
    ChooseProblem(Option<Problem>),
    ChooseReceipt(bool),
    ChooseCountry(String),
    ChoosePayment(PaymentMethod),
    ChooseListing(Answer),
    TypePrice(String),
    ChooseCurrency(String),
    ChooseCondition(Answer),
    ChooseSeller(bool),
    Next,
    Back,
    Restart,
}

/// What an action did to the buyer's place in the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    /// The answers changed; the buyer stays where they are.
    Stayed,
    /// The buyer is on another step, or on the result.
    Moved,
    /// Next was refused: the step has issues, now all shown.
    Refused,
}

/// The answer to "what is wrong?" as the draft keeps it. "Nothing yet" is an
/// answer of its own, written as [`problem_answer::NOTHING_YET`]: JSON's
/// `null` would read back as no answer.
mod problem_answer {
    use serde::de::IntoDeserializer;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::domain::Problem;

    pub const NOTHING_YET: &str = "nothing_yet";

    pub fn serialize<S: Serializer>(
        answer: &Option<Option<Problem>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match answer {
            None => serializer.serialize_none(),
            Some(None) => serializer.serialize_str(NOTHING_YET),
            Some(Some(problem)) => problem.serialize(serializer),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Option<Problem>>, D::Error> {
        match Option::<String>::deserialize(deserializer)? {
            None => Ok(None),
            Some(text) if text == NOTHING_YET => Ok(Some(None)),
            Some(text) => Problem::deserialize(text.into_deserializer()).map(|p| Some(Some(p))),
        }
    }
}
