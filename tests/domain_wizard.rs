//! The eligibility wizard's draft: which questions apply, what Next refuses,
//! the case the answers make, and the draft kept on the device.

use chrono::NaiveDate;
use disputa::domain::wizard::*;
use disputa::domain::{
    add_days, assess, parse_date, DeliveryStatus, Invalid, PaymentMethod, Policy, Problem, Reason,
    Verdict,
};
use disputa::domain::{headline, next_link, Headline, NextLink};
use disputa::storage::wizard_draft::{read_draft, write_draft};

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
    let back = read_draft(&write_draft(&draft)).expect("a draft reads back");
    assert_eq!(back, draft);
    assert_eq!(read_draft("{not json"), None);
    assert_eq!(read_draft(r#"{"version": 99}"#), None);
    assert_eq!(read_draft(r#"{"version": 1, "status": "lost"}"#), None);
    assert_eq!(read_draft("[]"), None);
    let partial = read_draft(r#"{"version": 1, "status": "received"}"#).unwrap();
    assert_eq!(partial.status, Some(DeliveryStatus::Received));
}

#[test]
fn nothing_wrong_yet_is_an_answer_that_comes_back() {
    let mut draft = Draft::default();
    act(&mut draft, Action::ChooseProblem(None));
    assert_eq!(draft.problem, Some(None));
    let back = read_draft(&write_draft(&draft)).expect("a draft reads back");
    assert_eq!(back.problem, Some(None));
    // Drafts stored before keep their answers; an unknown one is damage.
    let stored = read_draft(r#"{"version": 1, "problem": "damaged"}"#).unwrap();
    assert_eq!(stored.problem, Some(Some(Problem::Damaged)));
    assert_eq!(
        read_draft(r#"{"version": 1, "problem": null}"#)
            .unwrap()
            .problem,
        None
    );
    assert_eq!(read_draft(r#"{"version": 1, "problem": "broken"}"#), None);
}
