//! The returns page's questions turned into a case for the free-return check
//! (R1, R2), and the return-shipping calculator (R3).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::case::{Case, DeliveryStatus, ItemCategory, Price, Problem, ReturnShipment};
use super::dates::{days_left, parse_date};
use super::decimal::Hundredths;
use super::engine::{free_return_check, FreeReturnCheck, FreeReturnReason};
use super::policy::{Policy, RuleId};

/// A yes / no / not sure answer, for what the buyer may not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Knows {
    Yes,
    No,
    NotSure,
}

/// The buyer's answers; `None` is "not answered yet", the date stays as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnAnswers {
    pub listing_offers: Option<Knows>,
    /// An ISO code from the free-return list, or "other".
    pub country: Option<String>,
    pub arrived: Option<bool>,
    /// `YYYY-MM-DD`, as a date field gives it.
    pub delivered_on: String,
    pub unused: Option<bool>,
    pub category: Option<ItemCategory>,
    /// Whether the item cost more than the R2 limit.
    pub over_limit: Option<bool>,
    /// Whether a free return was already sent for this order.
    pub returned_before: Option<bool>,
    pub dispute_opened: Option<bool>,
}

/// Why the typed delivery date is not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryDateProblem {
    NotADate,
    AfterToday,
}

/// The delivery date, if it is a real date no later than today.
pub fn delivery_date(
    answers: &ReturnAnswers,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, DeliveryDateProblem> {
    let text = answers.delivered_on.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match parse_date(text) {
        None => Err(DeliveryDateProblem::NotADate),
        Some(date) if date > today => Err(DeliveryDateProblem::AfterToday),
        Some(date) => Ok(Some(date)),
    }
}

/// The case the answers describe, for the engine's free-return check.
pub fn case_from_answers(answers: &ReturnAnswers, policy: &Policy, today: NaiveDate) -> Case {
    let mut case = Case::new("free-return-check");
    // Not answered yet counts as arrived with an unknown date, so the check
    // reports a missing date rather than a parcel still on its way.
    case.delivery_status = match answers.arrived {
        Some(false) => DeliveryStatus::InTransit,
        _ => DeliveryStatus::Received,
    };
    case.delivered_on = delivery_date(answers, today).ok().flatten();
    case.item_unused = answers.unused;
    case.free_return_offered = match answers.listing_offers {
        Some(Knows::Yes) => Some(true),
        Some(Knows::No) => Some(false),
        Some(Knows::NotSure) | None => None,
    };
    case.country = answers.country.clone();
    case.item_category = answers.category;
    // The engine checks the R2 limit on a price in US dollars; the buyer only
    // says whether it was over, so the price is the smallest amount over it.
    if answers.over_limit == Some(true) {
        case.price = Some(Price {
            amount: format!("{}.01", policy.free_return_max_usd),
            currency: "USD".into(),
        });
    }
    // The engine counts a return as sent once it has a shipping date; the
    // buyer did not give one, and only whether it happened matters here.
    if answers.returned_before == Some(true) {
        case.return_ = Some(ReturnShipment {
            free_return: true,
            shipped_on: Some(today),
            tracking: None,
        });
    }
    if answers.dispute_opened == Some(true) {
        case.dispute = Some(Default::default());
    }
    case
}

/// What the page says about a free return.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FreeReturnAnswer {
    /// Possible until `until` (the last day), `days_left` from today.
    Possible { until: NaiveDate, days_left: i64 },
    /// Not possible, for these reasons; `until` when the window is known.
    NotPossible {
        reasons: Vec<FreeReturnReason>,
        until: Option<NaiveDate>,
    },
    /// Nothing rules it out, but these questions are still open.
    Unknown {
        reasons: Vec<FreeReturnReason>,
        unanswered: usize,
    },
}

/// The engine's check for the answers, told as the page needs it.
pub fn free_return_answer(
    answers: &ReturnAnswers,
    policy: &Policy,
    today: NaiveDate,
) -> FreeReturnAnswer {
    let case = case_from_answers(answers, policy, today);
    let FreeReturnCheck { until, reasons, .. } = free_return_check(&case, policy, today);
    // The page asks about R2's limit itself (`over_limit`), not the price.
    let (unknown, definite): (Vec<_>, Vec<_>) = reasons
        .into_iter()
        .filter(|r| *r != FreeReturnReason::PriceUnknown)
        .partition(|r| r.is_unknown());
    if !definite.is_empty() {
        return FreeReturnAnswer::NotPossible {
            reasons: definite,
            until,
        };
    }
    // The engine takes an absent category, limit or earlier return as "none";
    // the page waits until the buyer said so.
    let unanswered = [
        answers.category.is_none(),
        answers.over_limit.is_none(),
        answers.returned_before.is_none(),
        answers.dispute_opened.is_none(),
        answers.arrived.is_none(),
    ]
    .into_iter()
    .filter(|open| *open)
    .count();
    match until {
        Some(until) if unknown.is_empty() && unanswered == 0 => FreeReturnAnswer::Possible {
            until,
            days_left: days_left(today, until),
        },
        _ => FreeReturnAnswer::Unknown {
            reasons: unknown,
            unanswered,
        },
    }
}

/// The rule a free-return reason comes from.
pub fn reason_rule(reason: FreeReturnReason) -> RuleId {
    use FreeReturnReason::*;
    match reason {
        NotReceived
        | DeliveryDateUnknown
        | WindowClosed
        | ItemUsed
        | ItemConditionUnknown
        | CountryNotCovered
        | CountryUnknown
        | ListingWithoutFreeReturn
        | ListingUnknown => RuleId::R1,
        ItemExcluded | PriceOverLimit | PriceNearLimit | NoExchangeRate | PriceUnknown
        | AlreadyReturned => RuleId::R2,
        DisputeOpened => RuleId::D9,
    }
}

/// Who pays the return shipping (R3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReturnPayer {
    /// The item was wrong, damaged or not as described.
    Seller,
    /// A change of mind: some sellers charge the buyer.
    Buyer,
}

/// What is left of the refund once the buyer paid the return shipping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Balance {
    Gain(Hundredths),
    Even,
    /// The shipping costs this much more than the refund.
    Loss(Hundredths),
}

/// The calculator's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReturnCost {
    pub payer: ReturnPayer,
    /// The refund less the shipping, were the buyer to pay it.
    pub if_buyer_pays: Balance,
}

/// Who pays the return for `problem` (R3), and what the buyer keeps of
/// `refund` after paying `shipping` themselves.
pub fn return_cost(problem: Problem, refund: Hundredths, shipping: Hundredths) -> ReturnCost {
    let payer = if problem.is_seller_fault() {
        ReturnPayer::Seller
    } else {
        ReturnPayer::Buyer
    };
    let if_buyer_pays = match refund.cmp(&shipping) {
        std::cmp::Ordering::Greater => Balance::Gain(Hundredths(refund.0 - shipping.0)),
        std::cmp::Ordering::Equal => Balance::Even,
        std::cmp::Ordering::Less => Balance::Loss(Hundredths(shipping.0 - refund.0)),
    };
    ReturnCost {
        payer,
        if_buyer_pays,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FreeReturnReason::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
    }

    fn all_well() -> ReturnAnswers {
        ReturnAnswers {
            listing_offers: Some(Knows::Yes),
            country: Some("ES".into()),
            arrived: Some(true),
            delivered_on: "2026-10-22".into(),
            unused: Some(true),
            category: Some(ItemCategory::Other),
            over_limit: Some(false),
            returned_before: Some(false),
            dispute_opened: Some(false),
        }
    }

    #[test]
    fn within_the_window_the_last_day_is_fifteen_days_after_delivery() {
        let answer = free_return_answer(&all_well(), &Policy::default(), today());
        let until = NaiveDate::from_ymd_opt(2026, 11, 6).unwrap();
        assert_eq!(
            answer,
            FreeReturnAnswer::Possible {
                until,
                days_left: 4
            }
        );
    }

    #[test]
    fn the_window_follows_the_policy() {
        let policy = Policy {
            free_return_days: 20,
            ..Policy::default()
        };
        let answer = free_return_answer(&all_well(), &policy, today());
        let until = NaiveDate::from_ymd_opt(2026, 11, 11).unwrap();
        assert_eq!(
            answer,
            FreeReturnAnswer::Possible {
                until,
                days_left: 9
            }
        );
    }

    #[test]
    fn the_day_after_the_last_day_is_too_late() {
        let answers = ReturnAnswers {
            delivered_on: "2026-10-17".into(),
            ..all_well()
        };
        let answer = free_return_answer(&answers, &Policy::default(), today());
        let until = NaiveDate::from_ymd_opt(2026, 11, 1);
        assert_eq!(
            answer,
            FreeReturnAnswer::NotPossible {
                reasons: vec![WindowClosed],
                until
            }
        );
    }

    #[test]
    fn every_exclusion_is_a_reason() {
        let answers = ReturnAnswers {
            listing_offers: Some(Knows::No),
            country: Some("other".into()),
            unused: Some(false),
            category: Some(ItemCategory::Underwear),
            over_limit: Some(true),
            returned_before: Some(true),
            dispute_opened: Some(true),
            ..all_well()
        };
        let FreeReturnAnswer::NotPossible { reasons, .. } =
            free_return_answer(&answers, &Policy::default(), today())
        else {
            panic!("expected not possible");
        };
        assert_eq!(
            reasons,
            [
                ItemUsed,
                ListingWithoutFreeReturn,
                CountryNotCovered,
                ItemExcluded,
                PriceOverLimit,
                AlreadyReturned,
                DisputeOpened
            ]
        );
    }

    #[test]
    fn a_parcel_on_its_way_cannot_be_returned_yet() {
        let answers = ReturnAnswers {
            arrived: Some(false),
            delivered_on: String::new(),
            ..all_well()
        };
        let answer = free_return_answer(&answers, &Policy::default(), today());
        assert_eq!(
            answer,
            FreeReturnAnswer::NotPossible {
                reasons: vec![NotReceived],
                until: None
            }
        );
    }

    #[test]
    fn open_questions_give_no_verdict_yet() {
        let answer = free_return_answer(&ReturnAnswers::default(), &Policy::default(), today());
        let FreeReturnAnswer::Unknown {
            reasons,
            unanswered,
        } = answer
        else {
            panic!("expected unknown");
        };
        assert_eq!(
            reasons,
            [
                DeliveryDateUnknown,
                ItemConditionUnknown,
                ListingUnknown,
                CountryUnknown
            ]
        );
        assert_eq!(unanswered, 5);
    }

    #[test]
    fn not_sure_about_the_listing_is_unknown_not_no() {
        let answers = ReturnAnswers {
            listing_offers: Some(Knows::NotSure),
            ..all_well()
        };
        let answer = free_return_answer(&answers, &Policy::default(), today());
        assert_eq!(
            answer,
            FreeReturnAnswer::Unknown {
                reasons: vec![ListingUnknown],
                unanswered: 0
            }
        );
    }

    #[test]
    fn a_delivery_date_after_today_is_refused() {
        let answers = ReturnAnswers {
            delivered_on: "2026-11-03".into(),
            ..all_well()
        };
        assert_eq!(
            delivery_date(&answers, today()),
            Err(DeliveryDateProblem::AfterToday)
        );
        let typo = ReturnAnswers {
            delivered_on: "2026-13-01".into(),
            ..all_well()
        };
        assert_eq!(
            delivery_date(&typo, today()),
            Err(DeliveryDateProblem::NotADate)
        );
    }

    #[test]
    fn exclusions_cite_r2_and_the_window_r1() {
        assert_eq!(reason_rule(ItemExcluded), RuleId::R2);
        assert_eq!(reason_rule(AlreadyReturned), RuleId::R2);
        assert_eq!(reason_rule(WindowClosed), RuleId::R1);
    }

    #[test]
    fn the_seller_pays_when_at_fault_and_the_buyer_on_a_change_of_mind() {
        let fault = return_cost(Problem::Damaged, Hundredths(1250), Hundredths(500));
        assert_eq!(fault.payer, ReturnPayer::Seller);
        let mind = return_cost(Problem::NoLongerNeeded, Hundredths(1250), Hundredths(500));
        assert_eq!(mind.payer, ReturnPayer::Buyer);
        assert_eq!(mind.if_buyer_pays, Balance::Gain(Hundredths(750)));
    }

    #[test]
    fn shipping_dearer_than_the_refund_is_a_loss() {
        let cost = return_cost(Problem::CheaperElsewhere, Hundredths(800), Hundredths(1250));
        assert_eq!(cost.if_buyer_pays, Balance::Loss(Hundredths(450)));
        let even = return_cost(Problem::OrderedByMistake, Hundredths(800), Hundredths(800));
        assert_eq!(even.if_buyer_pays, Balance::Even);
    }
}
