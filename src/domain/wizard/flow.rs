//! How the answers move the buyer through the wizard, what is wrong with
//! them, and the case they describe.

use chrono::NaiveDate;

use super::ANOTHER_COUNTRY;
use super::{Action, Answer, DateAnswer, DateField, Draft, Field, Issue, Position, Reply, Step};
use crate::domain::{
    currency_of, parse_date, parse_decimal, validate, Case, DeliveryStatus, Price,
};

impl Draft {
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
