//! A case as the buyer types it into a form: every field as text, read into
//! a [`Case`] only when each date is a date and the domain's checks pass, so
//! that a typo is shown next to its field and nothing typed is lost.

use chrono::NaiveDate;

use super::case::{Case, DeliveryStatus, ItemCategory, PaymentMethod, Price, Problem};
use super::dates::{format_date, parse_date};
use super::validate::{validate, Invalid};

/// The editable details of a case, as text. Choices are their `as_str`
/// spelling, or empty for "not known".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseDraft {
    pub item: String,
    pub store: String,
    pub order_number: String,
    pub amount: String,
    pub currency: String,
    pub payment_method: String,
    pub country: String,
    pub ordered_on: String,
    pub shipped_on: String,
    pub protection_ends_on: String,
    pub delivery_status: String,
    pub delivered_on: String,
    pub receipt_confirmed_on: String,
    pub problem: String,
    pub item_category: String,
    pub item_unused: String,
    pub free_return_offered: String,
    pub notes: String,
}

/// Why a draft is not a case yet, by field path (`ordered_on`, `price.amount`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftProblem {
    /// The text is not a `YYYY-MM-DD` calendar date.
    NotADate(&'static str),
    /// The case the draft makes fails a domain check.
    Invalid(Invalid),
}

impl DraftProblem {
    /// The field the problem belongs to.
    pub fn field(&self) -> &'static str {
        match self {
            DraftProblem::NotADate(field) => field,
            DraftProblem::Invalid(invalid) => invalid.field,
        }
    }
}

fn text(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

fn date_text(value: Option<NaiveDate>) -> String {
    value.map(format_date).unwrap_or_default()
}

fn flag_text(value: Option<bool>) -> String {
    match value {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => String::new(),
    }
}

fn filled(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

fn flag(text: &str) -> Option<bool> {
    match text {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

impl CaseDraft {
    /// The draft of an existing case, every field as it is.
    pub fn of(case: &Case) -> Self {
        CaseDraft {
            item: text(&case.item),
            store: text(&case.store),
            order_number: text(&case.order_number),
            amount: case
                .price
                .as_ref()
                .map(|p| p.amount.clone())
                .unwrap_or_default(),
            currency: case
                .price
                .as_ref()
                .map(|p| p.currency.clone())
                .unwrap_or_default(),
            payment_method: case
                .payment_method
                .map(|m| m.as_str().to_string())
                .unwrap_or_default(),
            country: text(&case.country),
            ordered_on: date_text(case.ordered_on),
            shipped_on: date_text(case.shipped_on),
            protection_ends_on: date_text(case.protection_ends_on),
            delivery_status: case.delivery_status.as_str().to_string(),
            delivered_on: date_text(case.delivered_on),
            receipt_confirmed_on: date_text(case.receipt_confirmed_on),
            problem: case
                .problem
                .map(|p| p.as_str().to_string())
                .unwrap_or_default(),
            item_category: case
                .item_category
                .map(|c| c.as_str().to_string())
                .unwrap_or_default(),
            item_unused: flag_text(case.item_unused),
            free_return_offered: flag_text(case.free_return_offered),
            notes: text(&case.notes),
        }
    }

    /// The case with this draft's details over `base` (which keeps its id,
    /// dispute, refund, evidence and the rest), or every problem found.
    /// A price needs both the amount and the currency; a comma is read as
    /// the decimal point ("12,50").
    pub fn apply(&self, base: &Case, today: NaiveDate) -> Result<Case, Vec<DraftProblem>> {
        let mut problems = Vec::new();
        let mut date = |field: &'static str, text: &str| -> Option<NaiveDate> {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            let parsed = parse_date(text);
            if parsed.is_none() {
                problems.push(DraftProblem::NotADate(field));
            }
            parsed
        };
        let mut case = base.clone();
        case.ordered_on = date("ordered_on", &self.ordered_on);
        case.shipped_on = date("shipped_on", &self.shipped_on);
        case.protection_ends_on = date("protection_ends_on", &self.protection_ends_on);
        let delivered_on = date("delivered_on", &self.delivered_on);
        let receipt_confirmed_on = date("receipt_confirmed_on", &self.receipt_confirmed_on);
        case.item = filled(&self.item);
        case.store = filled(&self.store);
        case.order_number = filled(&self.order_number);
        case.notes = filled(&self.notes);
        case.country = filled(&self.country).map(|c| c.to_ascii_uppercase());
        case.price = match (filled(&self.amount), filled(&self.currency)) {
            (None, None) => None,
            (amount, currency) => Some(Price {
                amount: amount.unwrap_or_default().replace(',', "."),
                currency: currency.unwrap_or_default().to_ascii_uppercase(),
            }),
        };
        case.payment_method = self.payment_method.parse::<PaymentMethod>().ok();
        case.delivery_status = self
            .delivery_status
            .parse::<DeliveryStatus>()
            .unwrap_or(base.delivery_status);
        // A date the status does not use stays in the draft, in case the
        // buyer picks the status back, but not in the case.
        let delivered = matches!(
            case.delivery_status,
            DeliveryStatus::MarkedDelivered | DeliveryStatus::Received
        );
        case.delivered_on = delivered_on.filter(|_| delivered);
        case.receipt_confirmed_on =
            receipt_confirmed_on.filter(|_| case.delivery_status == DeliveryStatus::Received);
        case.problem = self.problem.parse::<Problem>().ok();
        case.item_category = self.item_category.parse::<ItemCategory>().ok();
        case.item_unused = flag(&self.item_unused);
        case.free_return_offered = flag(&self.free_return_offered);
        if let Err(invalid) = validate(&case, today) {
            problems.extend(invalid.into_iter().map(DraftProblem::Invalid));
        }
        if problems.is_empty() {
            Ok(case)
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Reason;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_case_survives_a_round_trip_through_its_draft() {
        let mut case = Case::new("a");
        case.item = Some("Phone case".into());
        case.price = Some(Price {
            amount: "12.50".into(),
            currency: "EUR".into(),
        });
        case.delivery_status = DeliveryStatus::Received;
        case.ordered_on = Some(d("2026-10-01"));
        case.shipped_on = Some(d("2026-10-03"));
        case.delivered_on = Some(d("2026-10-20"));
        case.problem = Some(Problem::Damaged);
        case.item_unused = Some(false);
        let draft = CaseDraft::of(&case);
        assert_eq!(draft.apply(&case, d("2026-11-01")), Ok(case));
    }

    #[test]
    fn a_date_that_is_not_a_date_names_its_field_and_keeps_the_rest() {
        let base = Case::new("a");
        let draft = CaseDraft {
            ordered_on: "2026-02-30".into(),
            item: "Lamp".into(),
            ..CaseDraft::of(&base)
        };
        let problems = draft.apply(&base, d("2026-11-01")).unwrap_err();
        assert_eq!(problems, [DraftProblem::NotADate("ordered_on")]);
        assert_eq!(draft.item, "Lamp");
    }

    #[test]
    fn dates_out_of_order_are_the_domains_problem_on_the_later_field() {
        let base = Case::new("a");
        let draft = CaseDraft {
            delivery_status: "received".into(),
            shipped_on: "2026-10-10".into(),
            delivered_on: "2026-10-01".into(),
            ..CaseDraft::of(&base)
        };
        let problems = draft.apply(&base, d("2026-11-01")).unwrap_err();
        assert!(problems.iter().any(|p| p.field() == "delivered_on"
            && matches!(p, DraftProblem::Invalid(i) if i.reason == Reason::Before("shipped_on"))));
    }

    #[test]
    fn a_comma_amount_and_lowercase_codes_are_read_as_meant() {
        let base = Case::new("a");
        let draft = CaseDraft {
            amount: "12,50".into(),
            currency: "eur".into(),
            country: "es".into(),
            ..CaseDraft::of(&base)
        };
        let case = draft.apply(&base, d("2026-11-01")).unwrap();
        assert_eq!(case.price.unwrap().amount, "12.50");
        assert_eq!(case.country.as_deref(), Some("ES"));
    }

    #[test]
    fn a_delivery_date_is_kept_in_the_draft_but_not_used_while_in_transit() {
        let base = Case::new("a");
        let draft = CaseDraft {
            delivery_status: "in_transit".into(),
            delivered_on: "2026-10-20".into(),
            ..CaseDraft::of(&base)
        };
        let case = draft.apply(&base, d("2026-11-01")).unwrap();
        assert_eq!(case.delivered_on, None);
        assert_eq!(draft.delivered_on, "2026-10-20");
    }

    #[test]
    fn an_amount_without_a_currency_is_refused() {
        let base = Case::new("a");
        let draft = CaseDraft {
            amount: "9.99".into(),
            ..CaseDraft::of(&base)
        };
        let problems = draft.apply(&base, d("2026-11-01")).unwrap_err();
        assert_eq!(problems[0].field(), "price.currency");
    }
}
