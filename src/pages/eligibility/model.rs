//! The eligibility wizard as plain data: the buyer's answers (the draft), the
//! steps that apply to them, the actions that change them, and the case that
//! the engine assesses. No framework types, so it is tested like any Rust.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{
    currency_of, parse_date, parse_decimal, validate, Case, DeliveryStatus, Invalid, PaymentMethod,
    Price, Problem, Reason,
};

/// Where the draft is kept between visits, apart from the cases.
pub const DRAFT_KEY: &str = "disputa.draft.eligibility";
/// The shape of the stored draft; another version is ignored.
pub const DRAFT_VERSION: u32 = 1;
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub version: u32,
    pub at: Position,
    pub status: Option<DeliveryStatus>,
    pub ordered: DateAnswer,
    pub shipped: DateAnswer,
    pub delivered: DateAnswer,
    pub protection_ends: DateAnswer,
    /// `Some(None)`: nothing is wrong yet, the buyer wants their dates.
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

impl Default for Draft {
    fn default() -> Self {
        Draft {
            version: DRAFT_VERSION,
            at: Position::default(),
            status: None,
            ordered: DateAnswer::default(),
            shipped: DateAnswer::default(),
            delivered: DateAnswer::default(),
            protection_ends: DateAnswer::default(),
            problem: None,
            receipt_confirmed: None,
            receipt_date: DateAnswer::default(),
            country: None,
            payment: None,
            listing_free_return: None,
            price: String::new(),
            currency: String::new(),
            unused: None,
            seller_contacted: None,
            contacted_date: DateAnswer::default(),
            tried_next: false,
        }
    }
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

impl Draft {
    /// Reads a stored draft; `None` when it is damaged or of another version.
    pub fn from_json(text: &str) -> Option<Draft> {
        let value: serde_json::Value = serde_json::from_str(text).ok()?;
        // Serde would also read a struct from a list; a draft is an object.
        if !value.is_object() {
            return None;
        }
        serde_json::from_value::<Draft>(value)
            .ok()
            .filter(|draft| draft.version == DRAFT_VERSION)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    fn shipped_status(&self) -> bool {
        self.status
            .is_some_and(|s| s != DeliveryStatus::AwaitingShipment)
    }

    fn delivered_status(&self) -> bool {
        matches!(
            self.status,
            Some(DeliveryStatus::MarkedDelivered | DeliveryStatus::Received)
        )
    }

    /// Whether a question is asked, given the answers so far.
    pub fn applies(&self, step: Step) -> bool {
        let received = self.status == Some(DeliveryStatus::Received);
        // The free return matters when nothing is wrong with the item (D9).
        let change_of_mind = match self.problem {
            Some(Some(problem)) => problem.is_change_of_mind(),
            _ => true,
        };
        match step {
            Step::Status | Step::Dates | Step::Problem | Step::Payment => true,
            Step::ProtectionEnd | Step::Country => self.shipped_status(),
            Step::Receipt => matches!(
                self.status,
                Some(DeliveryStatus::InTransit | DeliveryStatus::Received)
            ),
            Step::Listing | Step::Condition => received && change_of_mind,
            Step::Seller => self.shipped_status() && matches!(self.problem, Some(Some(_))),
        }
    }

    /// The questions asked, in order.
    pub fn steps(&self) -> Vec<Step> {
        Step::ALL.into_iter().filter(|s| self.applies(*s)).collect()
    }

    /// "Step `n` of `total`" for the current step, counted from 1.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let Position::Step(step) = self.at else {
            return None;
        };
        let steps = self.steps();
        let index = steps.iter().position(|s| *s == step)?;
        Some((index + 1, steps.len()))
    }

    /// The date fields a step shows.
    pub fn date_fields(&self, step: Step) -> Vec<DateField> {
        let mut fields = Vec::new();
        match step {
            Step::Dates => {
                fields.push(DateField::Ordered);
                if self.shipped_status() {
                    fields.push(DateField::Shipped);
                }
                if self.delivered_status() {
                    fields.push(DateField::Delivered);
                }
            }
            Step::ProtectionEnd => fields.push(DateField::ProtectionEnds),
            Step::Receipt if self.receipt_confirmed == Some(true) => {
                fields.push(DateField::ReceiptConfirmed)
            }
            Step::Seller if self.seller_contacted == Some(true) => {
                fields.push(DateField::ContactedSeller)
            }
            _ => {}
        }
        fields
    }

    /// Whether a date must be given, with no "I don't know": the shipping
    /// date once the order arrived (the engine counts from it), and the
    /// dates of things the buyer says they did.
    pub fn date_required(&self, field: DateField) -> bool {
        match field {
            DateField::Shipped => self.delivered_status(),
            DateField::ReceiptConfirmed | DateField::ContactedSeller => true,
            _ => false,
        }
    }

    pub fn date(&self, field: DateField) -> &DateAnswer {
        match field {
            DateField::Ordered => &self.ordered,
            DateField::Shipped => &self.shipped,
            DateField::Delivered => &self.delivered,
            DateField::ProtectionEnds => &self.protection_ends,
            DateField::ReceiptConfirmed => &self.receipt_date,
            DateField::ContactedSeller => &self.contacted_date,
        }
    }

    fn date_mut(&mut self, field: DateField) -> &mut DateAnswer {
        match field {
            DateField::Ordered => &mut self.ordered,
            DateField::Shipped => &mut self.shipped,
            DateField::Delivered => &mut self.delivered,
            DateField::ProtectionEnds => &mut self.protection_ends,
            DateField::ReceiptConfirmed => &mut self.receipt_date,
            DateField::ContactedSeller => &mut self.contacted_date,
        }
    }

    /// The date a field gives the case: none when it is not asked, not
    /// known or not a date.
    fn date_value(&self, field: DateField) -> Option<NaiveDate> {
        let asked = self.applies(field.step()) && self.date_fields(field.step()).contains(&field);
        let answer = self.date(field);
        if !asked || (answer.unknown && !self.date_required(field)) {
            return None;
        }
        parse_date(answer.text.trim())
    }

    /// The currency the price is in: the one chosen, else the delivery
    /// country's.
    pub fn currency(&self) -> String {
        if !self.currency.is_empty() {
            return self.currency.clone();
        }
        let country = self.country.as_deref().unwrap_or_default();
        currency_of(country).unwrap_or_default().to_string()
    }

    /// The price, once it reads as an amount and has a currency.
    fn price(&self) -> Option<Price> {
        let amount = parse_decimal(&self.price).ok()?;
        let currency = self.currency();
        (!currency.is_empty()).then(|| Price {
            amount: amount.to_plain(),
            currency,
        })
    }

    /// The case the answers describe, as the engine reads it. Answers to
    /// questions that no longer apply are kept in the draft but left out.
    pub fn to_case(&self, id: &str) -> Case {
        let mut case = Case::new(id);
        case.delivery_status = self.status.unwrap_or(DeliveryStatus::AwaitingShipment);
        case.ordered_on = self.date_value(DateField::Ordered);
        case.shipped_on = self.date_value(DateField::Shipped);
        case.delivered_on = self.date_value(DateField::Delivered);
        case.protection_ends_on = self.date_value(DateField::ProtectionEnds);
        case.receipt_confirmed_on = self.date_value(DateField::ReceiptConfirmed);
        case.contacted_seller_on = self.date_value(DateField::ContactedSeller);
        case.problem = self.problem.flatten();
        if self.applies(Step::Country) {
            case.country = self.country.clone().filter(|code| code != ANOTHER_COUNTRY);
        }
        case.payment_method = self.payment;
        if self.applies(Step::Listing) {
            case.free_return_offered = self.listing_free_return.and_then(Answer::known);
            case.price = self.price();
        }
        if self.applies(Step::Condition) {
            case.item_unused = self.unused.and_then(Answer::known);
        }
        case
    }

    /// Every issue of a step's answers as of `today`, at most one per field.
    pub fn issues(&self, step: Step, today: NaiveDate) -> Vec<(Field, Issue)> {
        let mut issues: Vec<(Field, Issue)> = Vec::new();
        let choice = Field::Choice(step);
        let unanswered = match step {
            Step::Status => self.status.is_none(),
            Step::Dates | Step::ProtectionEnd => false,
            Step::Problem => self.problem.is_none(),
            Step::Receipt => self.receipt_confirmed.is_none(),
            Step::Country => self.country.is_none(),
            Step::Payment => self.payment.is_none(),
            Step::Listing => self.listing_free_return.is_none(),
            Step::Condition => self.unused.is_none(),
            Step::Seller => self.seller_contacted.is_none(),
        };
        if unanswered {
            issues.push((choice, Issue::Unanswered));
        }
        let fields = self.date_fields(step);
        for field in &fields {
            let answer = self.date(*field);
            let text = answer.text.trim();
            let ignored = answer.unknown && !self.date_required(*field);
            let issue = if ignored {
                None
            } else if answer.incomplete || (!text.is_empty() && parse_date(text).is_none()) {
                Some(Issue::NotADate)
            } else if text.is_empty() && !self.date_required(*field) {
                Some(Issue::Unanswered)
            } else if text.is_empty() && *field != DateField::Shipped {
                // The shipping date's absence is named by the domain below.
                Some(Issue::Unanswered)
            } else {
                None
            };
            if let Some(issue) = issue {
                issues.push((Field::Date(*field), issue));
            }
        }
        if let Err(problems) = validate(&self.to_case("draft"), today) {
            for problem in problems {
                let Some(field) = DateField::from_path(problem.field) else {
                    continue;
                };
                let taken = issues.iter().any(|(f, _)| *f == Field::Date(field));
                if fields.contains(&field) && !taken {
                    issues.push((Field::Date(field), Issue::Invalid(problem)));
                }
            }
        }
        issues
    }

    /// Updates the draft; `today` dates the consistency checks of Next.
    pub fn reduce(&mut self, action: Action, today: NaiveDate) -> Reply {
        match action {
            Action::ChooseStatus(status) => self.status = Some(status),
            Action::TypeDate {
                field,
                text,
                incomplete,
            } => {
                let answer = self.date_mut(field);
                if !text.is_empty() {
                    answer.unknown = false;
                }
                answer.text = text;
                answer.incomplete = incomplete;
            }
            Action::SetDateUnknown(field, unknown) => self.date_mut(field).unknown = unknown,
            Action::ChooseProblem(problem) => self.problem = Some(problem),
            Action::ChooseReceipt(confirmed) => self.receipt_confirmed = Some(confirmed),
            Action::ChooseCountry(code) => {
                self.country = Some(code).filter(|code| !code.is_empty())
            }
            Action::ChoosePayment(method) => self.payment = Some(method),
            Action::ChooseListing(answer) => self.listing_free_return = Some(answer),
            Action::TypePrice(text) => self.price = text,
            Action::ChooseCurrency(code) => self.currency = code,
            Action::ChooseCondition(answer) => self.unused = Some(answer),
            Action::ChooseSeller(contacted) => self.seller_contacted = Some(contacted),
            Action::Next => return self.next(today),
            Action::Back => return self.back(),
            Action::Restart => {
                *self = Draft::default();
                return Reply::Moved;
            }
        }
        Reply::Stayed
    }

    fn move_to(&mut self, at: Position) -> Reply {
        self.at = at;
        self.tried_next = false;
        Reply::Moved
    }

    fn next(&mut self, today: NaiveDate) -> Reply {
        let Position::Step(step) = self.at else {
            return Reply::Stayed;
        };
        if !self.issues(step, today).is_empty() {
            self.tried_next = true;
            return Reply::Refused;
        }
        let later = Step::ALL
            .into_iter()
            .skip_while(|s| *s != step)
            .skip(1)
            .find(|s| self.applies(*s));
        if let Some(later) = later {
            return self.move_to(Position::Step(later));
        }
        // A change on an earlier step can make an answer given before it
        // wrong: send the buyer where it can be fixed.
        let wrong = self
            .steps()
            .into_iter()
            .find(|s| !self.issues(*s, today).is_empty());
        match wrong {
            Some(wrong) => {
                self.move_to(Position::Step(wrong));
                self.tried_next = true;
                Reply::Moved
            }
            None => self.move_to(Position::Result),
        }
    }

    fn back(&mut self) -> Reply {
        let earlier = match self.at {
            Position::Result => self.steps().last().copied(),
            Position::Step(step) => Step::ALL
                .into_iter()
                .take_while(|s| *s != step)
                .filter(|s| self.applies(*s))
                .last(),
        };
        match earlier {
            Some(earlier) => self.move_to(Position::Step(earlier)),
            None => Reply::Stayed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{add_days, assess, Policy, Verdict};
    use crate::domain::{headline, next_link, Headline, NextLink};

    fn day(text: &str) -> NaiveDate {
        parse_date(text).unwrap()
    }

    const TODAY: &str = "2026-11-03";

    fn type_date(draft: &mut Draft, field: DateField, text: &str) {
        let action = Action::TypeDate {
            field,
            text: text.to_string(),
            incomplete: false,
        };
        draft.reduce(action, day(TODAY));
    }

    fn act(draft: &mut Draft, action: Action) -> Reply {
        draft.reduce(action, day(TODAY))
    }

    #[test]
    fn awaiting_shipment_skips_the_delivery_questions() {
        let mut draft = Draft::default();
        act(
            &mut draft,
            Action::ChooseStatus(DeliveryStatus::AwaitingShipment),
        );
        assert_eq!(
            draft.steps(),
            vec![Step::Status, Step::Dates, Step::Problem, Step::Payment]
        );
        assert_eq!(draft.date_fields(Step::Dates), vec![DateField::Ordered]);
    }

    #[test]
    fn a_received_change_of_mind_asks_about_the_free_return() {
        let mut draft = Draft::default();
        act(&mut draft, Action::ChooseStatus(DeliveryStatus::Received));
        act(
            &mut draft,
            Action::ChooseProblem(Some(Problem::NoLongerNeeded)),
        );
        assert!(draft.applies(Step::Listing) && draft.applies(Step::Condition));
        act(&mut draft, Action::ChooseProblem(Some(Problem::Damaged)));
        assert!(!draft.applies(Step::Listing) && !draft.applies(Step::Condition));
        assert!(draft.applies(Step::Seller));
        assert_eq!(draft.steps().len(), 8);
    }

    #[test]
    fn next_is_refused_until_the_step_is_answered() {
        let mut draft = Draft::default();
        assert_eq!(act(&mut draft, Action::Next), Reply::Refused);
        assert!(draft.tried_next);
        assert_eq!(draft.at, Position::Step(Step::Status));
        act(&mut draft, Action::ChooseStatus(DeliveryStatus::InTransit));
        assert_eq!(act(&mut draft, Action::Next), Reply::Moved);
        assert_eq!(draft.at, Position::Step(Step::Dates));
        assert!(!draft.tried_next);
        assert_eq!(draft.progress(), Some((2, 7)));
    }

    #[test]
    fn an_empty_date_needs_a_date_or_i_do_not_know() {
        let mut draft = Draft::default();
        act(&mut draft, Action::ChooseStatus(DeliveryStatus::InTransit));
        act(&mut draft, Action::Next);
        let issues = draft.issues(Step::Dates, day(TODAY));
        assert!(issues.contains(&(Field::Date(DateField::Ordered), Issue::Unanswered)));
        act(&mut draft, Action::SetDateUnknown(DateField::Ordered, true));
        act(&mut draft, Action::SetDateUnknown(DateField::Shipped, true));
        assert_eq!(act(&mut draft, Action::Next), Reply::Moved);
    }

    #[test]
    fn a_text_that_is_not_a_date_is_kept_and_named() {
        let mut draft = Draft::default();
        act(
            &mut draft,
            Action::ChooseStatus(DeliveryStatus::AwaitingShipment),
        );
        act(&mut draft, Action::Next);
        type_date(&mut draft, DateField::Ordered, "2026-02-30");
        assert_eq!(draft.ordered.text, "2026-02-30");
        let issues = draft.issues(Step::Dates, day(TODAY));
        assert_eq!(
            issues,
            vec![(Field::Date(DateField::Ordered), Issue::NotADate)]
        );
        assert!(issues[0].1.shown_while_typing());
        assert_eq!(act(&mut draft, Action::Next), Reply::Refused);
        assert_eq!(draft.to_case("x").ordered_on, None);
    }

    #[test]
    fn a_delivery_before_shipment_is_shown_on_the_delivery_date() {
        let mut draft = Draft::default();
        act(&mut draft, Action::ChooseStatus(DeliveryStatus::Received));
        act(&mut draft, Action::Next);
        type_date(&mut draft, DateField::Ordered, "2026-10-01");
        type_date(&mut draft, DateField::Shipped, "2026-10-05");
        type_date(&mut draft, DateField::Delivered, "2026-10-03");
        let issues = draft.issues(Step::Dates, day(TODAY));
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].0, Field::Date(DateField::Delivered));
        let Issue::Invalid(invalid) = issues[0].1 else {
            panic!("expected a domain issue, got {:?}", issues[0].1);
        };
        assert_eq!(invalid.reason, Reason::Before("shipped_on"));
        assert_eq!(act(&mut draft, Action::Next), Reply::Refused);
    }

    #[test]
    fn a_future_date_is_refused() {
        let mut draft = Draft::default();
        act(
            &mut draft,
            Action::ChooseStatus(DeliveryStatus::AwaitingShipment),
        );
        type_date(&mut draft, DateField::Ordered, "2026-11-04");
        let issues = draft.issues(Step::Dates, day(TODAY));
        assert!(matches!(
            issues[0].1,
            Issue::Invalid(Invalid {
                reason: Reason::InFuture,
                ..
            })
        ));
    }

    #[test]
    fn the_shipping_date_is_required_once_delivered() {
        let mut draft = Draft::default();
        act(
            &mut draft,
            Action::ChooseStatus(DeliveryStatus::MarkedDelivered),
        );
        act(&mut draft, Action::Next);
        act(&mut draft, Action::SetDateUnknown(DateField::Ordered, true));
        act(&mut draft, Action::SetDateUnknown(DateField::Shipped, true));
        type_date(&mut draft, DateField::Delivered, "2026-11-01");
        let issues = draft.issues(Step::Dates, day(TODAY));
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].0, Field::Date(DateField::Shipped));
        assert!(!issues[0].1.shown_while_typing());
    }

    #[test]
    fn going_back_keeps_the_answers() {
        let mut draft = Draft::default();
        act(
            &mut draft,
            Action::ChooseStatus(DeliveryStatus::AwaitingShipment),
        );
        act(&mut draft, Action::Next);
        type_date(&mut draft, DateField::Ordered, "2026-10-30");
        act(&mut draft, Action::Next);
        assert_eq!(draft.at, Position::Step(Step::Problem));
        act(&mut draft, Action::Back);
        act(&mut draft, Action::Back);
        assert_eq!(draft.at, Position::Step(Step::Status));
        assert_eq!(draft.status, Some(DeliveryStatus::AwaitingShipment));
        assert_eq!(draft.ordered.text, "2026-10-30");
        assert_eq!(act(&mut draft, Action::Back), Reply::Stayed);
    }

    #[test]
    fn back_and_next_skip_questions_that_do_not_apply() {
        let mut draft = Draft::default();
        act(
            &mut draft,
            Action::ChooseStatus(DeliveryStatus::AwaitingShipment),
        );
        act(&mut draft, Action::Next);
        act(&mut draft, Action::SetDateUnknown(DateField::Ordered, true));
        act(&mut draft, Action::Next);
        assert_eq!(draft.at, Position::Step(Step::Problem));
        act(
            &mut draft,
            Action::ChooseProblem(Some(Problem::NoLongerNeeded)),
        );
        act(&mut draft, Action::Next);
        assert_eq!(draft.at, Position::Step(Step::Payment));
        act(&mut draft, Action::Back);
        assert_eq!(draft.at, Position::Step(Step::Problem));
    }

    /// Answers every question of a marked-delivered order up to the result.
    fn marked_delivered_two_days_ago() -> Draft {
        let mut draft = Draft::default();
        act(
            &mut draft,
            Action::ChooseStatus(DeliveryStatus::MarkedDelivered),
        );
        act(&mut draft, Action::Next);
        type_date(&mut draft, DateField::Ordered, "2026-10-10");
        type_date(&mut draft, DateField::Shipped, "2026-10-14");
        type_date(&mut draft, DateField::Delivered, "2026-11-01");
        act(&mut draft, Action::Next);
        act(
            &mut draft,
            Action::SetDateUnknown(DateField::ProtectionEnds, true),
        );
        act(&mut draft, Action::Next);
        act(
            &mut draft,
            Action::ChooseProblem(Some(Problem::NotReceived)),
        );
        act(&mut draft, Action::Next);
        act(&mut draft, Action::ChooseCountry("FR".into()));
        act(&mut draft, Action::Next);
        act(&mut draft, Action::ChoosePayment(PaymentMethod::Card));
        act(&mut draft, Action::Next);
        act(&mut draft, Action::ChooseSeller(false));
        act(&mut draft, Action::Next);
        draft
    }

    #[test]
    fn the_answers_make_the_case_the_engine_assesses() {
        let draft = marked_delivered_two_days_ago();
        assert_eq!(draft.at, Position::Result);
        let case = draft.to_case("c-1");
        assert_eq!(case.delivery_status, DeliveryStatus::MarkedDelivered);
        assert_eq!(case.delivered_on, Some(day("2026-11-01")));
        assert_eq!(case.protection_ends_on, None);
        assert_eq!(case.problem, Some(Problem::NotReceived));
        assert_eq!(case.country.as_deref(), Some("FR"));
        assert_eq!(case.payment_method, Some(PaymentMethod::Card));
        assert_eq!(case.contacted_seller_on, None);
        let policy = Policy::default();
        let assessment = assess(&case, &policy, day(TODAY));
        assert_eq!(assessment.verdict, Verdict::EligibleNow);
        let until = add_days(day("2026-11-01"), policy.marked_delivered_days);
        assert_eq!(headline(&assessment), Headline::OpenNow(Some(until)));
        assert_eq!(
            next_link(&assessment, case.problem).href().as_deref(),
            Some("/file?ground=not_received")
        );
    }

    #[test]
    fn answers_to_skipped_questions_stay_in_the_draft_but_not_in_the_case() {
        let mut draft = marked_delivered_two_days_ago();
        act(&mut draft, Action::Restart);
        assert_eq!(draft, Draft::default());
        let mut draft = marked_delivered_two_days_ago();
        draft.status = Some(DeliveryStatus::AwaitingShipment);
        let case = draft.to_case("c");
        assert_eq!(draft.shipped.text, "2026-10-14");
        assert_eq!(
            (case.shipped_on, case.delivered_on, case.country),
            (None, None, None)
        );
    }

    #[test]
    fn an_answer_made_wrong_by_an_earlier_change_sends_the_buyer_back_to_it() {
        let mut draft = marked_delivered_two_days_ago();
        act(&mut draft, Action::Back);
        act(&mut draft, Action::ChooseSeller(true));
        type_date(&mut draft, DateField::ContactedSeller, "2026-10-20");
        // Back to the dates, which now make the contact come before the order.
        draft.at = Position::Step(Step::Dates);
        type_date(&mut draft, DateField::Ordered, "2026-10-25");
        type_date(&mut draft, DateField::Shipped, "2026-10-26");
        draft.at = Position::Step(Step::Payment);
        assert_eq!(act(&mut draft, Action::Next), Reply::Moved);
        assert_eq!(draft.at, Position::Step(Step::Seller));
        assert_eq!(act(&mut draft, Action::Next), Reply::Refused);
        assert_eq!(draft.at, Position::Step(Step::Seller));
    }

    #[test]
    fn a_free_return_country_within_the_window_leads_to_the_free_return() {
        let date = |text: &str| DateAnswer {
            text: text.into(),
            ..DateAnswer::default()
        };
        let draft = Draft {
            status: Some(DeliveryStatus::Received),
            shipped: date("2026-10-10"),
            delivered: date("2026-10-30"),
            problem: Some(Some(Problem::NoLongerNeeded)),
            country: Some("ES".into()),
            listing_free_return: Some(Answer::Yes),
            price: "49,90".into(),
            unused: Some(Answer::Yes),
            ..Draft::default()
        };
        let case = draft.to_case("c");
        assert_eq!(
            (case.free_return_offered, case.item_unused),
            (Some(true), Some(true))
        );
        let price = case
            .price
            .clone()
            .expect("the price, in the country's currency");
        assert_eq!(
            (price.amount.as_str(), price.currency.as_str()),
            ("49.90", "EUR")
        );
        let assessment = assess(&case, &Policy::default(), day(TODAY));
        let until = add_days(day("2026-10-30"), Policy::default().free_return_days);
        assert_eq!(headline(&assessment), Headline::FreeReturn(Some(until)));
        assert_eq!(next_link(&assessment, case.problem), NextLink::Returns);
    }

    #[test]
    fn another_country_leaves_the_country_out_of_the_case() {
        let mut draft = Draft {
            status: Some(DeliveryStatus::InTransit),
            country: Some(ANOTHER_COUNTRY.into()),
            ..Draft::default()
        };
        assert_eq!(draft.to_case("c").country, None);
        act(&mut draft, Action::ChooseCountry(String::new()));
        assert_eq!(draft.country, None);
    }

    #[test]
    fn a_stored_draft_comes_back_and_a_damaged_one_is_ignored() {
        let draft = marked_delivered_two_days_ago();
        let back = Draft::from_json(&draft.to_json()).expect("a draft reads back");
        assert_eq!(back, draft);
        assert_eq!(Draft::from_json("{not json"), None);
        assert_eq!(Draft::from_json(r#"{"version": 99}"#), None);
        assert_eq!(
            Draft::from_json(r#"{"version": 1, "status": "lost"}"#),
            None
        );
        assert_eq!(Draft::from_json("[]"), None);
        let partial = Draft::from_json(r#"{"version": 1, "status": "received"}"#).unwrap();
        assert_eq!(partial.status, Some(DeliveryStatus::Received));
    }
}
