//! /returns: the free-return check (R1, R2), told by the engine from the
//! buyer's answers, and the calculator of return shipping against the
//! refund, with who pays it (R3).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::components::{
    country_select, radio_group, text_field, Field, PageHeading, RuleCitation,
};
use crate::domain::{
    delivery_date, format_date, free_return_answer, parse_decimal, reason_rule, return_cost,
    Balance, DeliveryDateProblem, FreeReturnAnswer, FreeReturnReason, Hundredths, ItemCategory,
    Knows, NumberProblem, Policy, Problem, ReturnAnswers, ReturnPayer, RuleId,
};
use crate::i18n::dates::{amount, long_date};
use crate::i18n::*;
use crate::storage::session::{session_answers, RETURNS_ANSWERS_KEY};

/// Everything the buyer answered on this page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct ReturnsAnswers {
    check: ReturnAnswers,
    problem: Option<Problem>,
    refund: String,
    shipping: String,
}

#[component]
pub fn Returns() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, pages.returns.title).to_string());
    let answers = session_answers::<ReturnsAnswers>(RETURNS_ANSWERS_KEY);
    let today = crate::storage::today();
    let verdict = Memo::new(move |_| {
        answers.with(|a| free_return_answer(&a.check, &Policy::default(), today))
    });
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, pages.returns.lead)}</p>
        <p class="note">{t!(i18n, returns.kept)}</p>
        <section class="card" aria-labelledby="free-return">
            <div class="card__head">
                <h2 id="free-return">{t!(i18n, returns.check.title)}</h2>
                <RuleCitation id=RuleId::R1 />
                <RuleCitation id=RuleId::R2 />
            </div>
            <p>{t!(i18n, returns.check.intro, days = Policy::default().free_return_days)}</p>
            <div class="fact">
                <p>{t!(i18n, returns.check.per_product)}</p>
                <RuleCitation id=RuleId::PP1 />
            </div>
            <form class="guide-form" on:submit=|ev| ev.prevent_default()>
                {order_questions(answers, today)}
                {item_questions(answers)}
            </form>
            <FreeReturnResult verdict />
        </section>
        <ReturnCost answers verdict />
    }
}

/// A yes or no question of the free-return check.
fn yes_no(
    name: &'static str,
    legend: crate::components::Words,
    hint: Option<crate::components::Words>,
    get: impl Fn(&ReturnAnswers) -> Option<bool> + Send + Sync + Clone + 'static,
    set: impl Fn(&mut ReturnAnswers, bool) + Send + Sync + Clone + 'static,
    answers: RwSignal<ReturnsAnswers>,
) -> impl IntoView {
    radio_group(
        name,
        legend,
        hint,
        &[],
        vec![
            (true, |l| td_string!(l, returns.yes)),
            (false, |l| td_string!(l, returns.no)),
        ],
        move || answers.with(|a| get(&a.check)),
        move |value| answers.update(|a| set(&mut a.check, value)),
    )
}

fn order_questions(answers: RwSignal<ReturnsAnswers>, today: chrono::NaiveDate) -> impl IntoView {
    let date_error = move |locale: Locale| {
        answers.with(|a| match delivery_date(&a.check, today) {
            Ok(_) => None,
            Err(DeliveryDateProblem::NotADate) => {
                Some(td_string!(locale, returns.check.date_not_a_date).to_string())
            }
            Err(DeliveryDateProblem::AfterToday) => {
                Some(td_string!(locale, returns.check.date_after_today).to_string())
            }
        })
    };
    let arrived = move || answers.with(|a| a.check.arrived == Some(true));
    view! {
        {radio_group(
            "return-listing",
            |l| td_string!(l, returns.check.listing),
            None,
            &[],
            vec![
                (Knows::Yes, |l| td_string!(l, returns.yes)),
                (Knows::No, |l| td_string!(l, returns.no)),
                (Knows::NotSure, |l| td_string!(l, returns.not_sure)),
            ],
            move || answers.with(|a| a.check.listing_offers),
            move |value| answers.update(|a| a.check.listing_offers = Some(value)),
        )}
        {country_select(
            "return-country",
            |l| td_string!(l, returns.check.country),
            move || answers.with(|a| a.check.country.clone()),
            move |value| answers.update(|a| a.check.country = value),
        )}
        {yes_no(
            "return-arrived",
            |l| td_string!(l, returns.check.arrived),
            None,
            |c| c.arrived,
            |c, v| c.arrived = Some(v),
            answers,
        )}
        <Show when=arrived>
            {text_field(
                Field {
                    id: "return-delivered-on",
                    label: |l| td_string!(l, returns.check.delivered_on),
                    hint: Some(|l| td_string!(l, returns.check.delivered_on_hint)),
                    kind: "date",
                    inputmode: None,
                    max: Some(format_date(today)),
                },
                move || answers.with(|a| a.check.delivered_on.clone()),
                move |value| answers.update(|a| a.check.delivered_on = value),
                date_error,
            )}
        </Show>
    }
}

fn item_questions(answers: RwSignal<ReturnsAnswers>) -> impl IntoView {
    let limit = Policy::default().free_return_max_usd;
    let i18n = use_i18n();
    view! {
        {yes_no(
            "return-unused",
            |l| td_string!(l, returns.check.unused),
            Some(|l| td_string!(l, returns.check.unused_hint)),
            |c| c.unused,
            |c, v| c.unused = Some(v),
            answers,
        )}
        {radio_group(
            "return-category",
            |l| td_string!(l, returns.check.category),
            None,
            &[],
            vec![
                (ItemCategory::Phone, |l| td_string!(l, returns.check.category_phone)),
                (ItemCategory::Underwear, |l| td_string!(l, returns.check.category_underwear)),
                (ItemCategory::Food, |l| td_string!(l, returns.check.category_food)),
                (ItemCategory::CustomMade, |l| td_string!(l, returns.check.category_custom_made)),
                (ItemCategory::Other, |l| td_string!(l, returns.check.category_other)),
            ],
            move || answers.with(|a| a.check.category),
            move |value| answers.update(|a| a.check.category = Some(value)),
        )}
        // The legend carries the policy's limit, so it is built here rather
        // than from a fixed text.
        <fieldset class="question">
            <legend>{move || t_string!(i18n, returns.check.over_limit, limit = limit)}</legend>
            <div class="choices">
                {[(true, "return-over-limit-0"), (false, "return-over-limit-1")].map(|(value, id)| view! {
                    <div class="choice">
                        <input
                            type="radio"
                            id=id
                            name="return-over-limit"
                            prop:checked=move || answers.with(|a| a.check.over_limit == Some(value))
                            on:change=move |_| answers.update(|a| a.check.over_limit = Some(value))
                        />
                        <label for=id>
                            {move || if value { t_string!(i18n, returns.yes) } else { t_string!(i18n, returns.no) }}
                        </label>
                    </div>
                })}
            </div>
        </fieldset>
        {yes_no(
            "return-returned-before",
            |l| td_string!(l, returns.check.returned_before),
            Some(|l| td_string!(l, returns.check.returned_before_hint)),
            |c| c.returned_before,
            |c, v| c.returned_before = Some(v),
            answers,
        )}
        {yes_no(
            "return-dispute",
            |l| td_string!(l, returns.check.dispute_opened),
            None,
            |c| c.dispute_opened,
            |c, v| c.dispute_opened = Some(v),
            answers,
        )}
    }
}

/// The engine's answer in one sentence, then the reasons, each with its rule.
#[component]
fn FreeReturnResult(verdict: Memo<FreeReturnAnswer>) -> impl IntoView {
    let i18n = use_i18n();
    let body = move || {
        let locale = i18n.get_locale();
        match verdict.get() {
            FreeReturnAnswer::Possible { until, days_left } => {
                let date = long_date(locale, until);
                let sentence = if days_left == 0 {
                    td_string!(locale, returns.result.possible_today, date = date).to_string()
                } else {
                    td_string!(locale, returns.result.possible, date = date, days = days_left)
                        .to_string()
                };
                view! {
                    <p class="verdict verdict--yes">{sentence}</p>
                    <p>{td_string!(locale, returns.result.how)}</p>
                }
                .into_any()
            }
            FreeReturnAnswer::NotPossible { reasons, until } => {
                let window = until.map(|until| {
                    let date = long_date(locale, until);
                    if reasons.contains(&FreeReturnReason::WindowClosed) {
                        td_string!(locale, returns.result.window_ended, date = date).to_string()
                    } else {
                        td_string!(locale, returns.result.window_ends, date = date).to_string()
                    }
                });
                view! {
                    <p class="verdict verdict--no">{td_string!(locale, returns.result.not_possible)}</p>
                    {reason_list(locale, reasons)}
                    {window.map(|text| view! { <p>{text}</p> })}
                }
                .into_any()
            }
            FreeReturnAnswer::Unknown { reasons, unanswered } => view! {
                <p class="verdict">{td_string!(locale, returns.result.unknown)}</p>
                {reason_list(locale, reasons)}
                {(unanswered > 0).then(|| view! {
                    <p class="note">{td_string!(locale, returns.result.unanswered, count = unanswered).to_string()}</p>
                })}
            }
            .into_any(),
        }
    };
    view! {
        <section class="result" aria-labelledby="free-return-result">
            <h3 id="free-return-result">{t!(i18n, returns.result.title)}</h3>
            <div aria-live="polite">{body}</div>
        </section>
    }
}

fn reason_list(locale: Locale, reasons: Vec<FreeReturnReason>) -> impl IntoView {
    (!reasons.is_empty()).then(|| {
        view! {
            <ul class="reasons">
                {reasons.into_iter().map(|reason| view! {
                    <li class="reason">
                        <span>{reason_text(locale, reason)}</span>
                        " "
                        <RuleCitation id=reason_rule(reason) />
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}

fn reason_text(locale: Locale, reason: FreeReturnReason) -> String {
    use FreeReturnReason::*;
    let policy = Policy::default();
    match reason {
        NotReceived => td_string!(locale, returns.reason.not_received).to_string(),
        DeliveryDateUnknown => td_string!(locale, returns.reason.delivery_date_unknown).to_string(),
        WindowClosed => td_string!(
            locale,
            returns.reason.window_closed,
            days = policy.free_return_days
        )
        .to_string(),
        ItemUsed => td_string!(locale, returns.reason.item_used).to_string(),
        ItemConditionUnknown => {
            td_string!(locale, returns.reason.item_condition_unknown).to_string()
        }
        CountryNotCovered => td_string!(locale, returns.reason.country_not_covered).to_string(),
        CountryUnknown => td_string!(locale, returns.reason.country_unknown).to_string(),
        ListingWithoutFreeReturn => {
            td_string!(locale, returns.reason.listing_without_free_return).to_string()
        }
        ListingUnknown => td_string!(locale, returns.reason.listing_unknown).to_string(),
        ItemExcluded => td_string!(locale, returns.reason.item_excluded).to_string(),
        PriceOverLimit => td_string!(
            locale,
            returns.reason.price_over_limit,
            limit = policy.free_return_max_usd
        )
        .to_string(),
        PriceNearLimit | NoExchangeRate | PriceUnknown => {
            labels::free_return_reason(locale, reason).to_string()
        }
        AlreadyReturned => td_string!(locale, returns.reason.already_returned).to_string(),
        DisputeOpened => td_string!(locale, returns.reason.dispute_opened).to_string(),
    }
}

/// The words for a typed amount that could not be read.
fn amount_error(locale: Locale, text: &str) -> Option<String> {
    match parse_decimal(text) {
        Ok(_) | Err(NumberProblem::Empty) => None,
        Err(NumberProblem::NotANumber) => {
            Some(td_string!(locale, returns.cost.not_a_number).to_string())
        }
        Err(NumberProblem::TooManyDecimals) => {
            Some(td_string!(locale, returns.cost.decimals).to_string())
        }
        Err(NumberProblem::TooLarge) => {
            Some(td_string!(locale, returns.cost.too_large).to_string())
        }
    }
}

/// Return shipping against the refund, and who pays it (R3).
#[component]
fn ReturnCost(answers: RwSignal<ReturnsAnswers>, verdict: Memo<FreeReturnAnswer>) -> impl IntoView {
    let i18n = use_i18n();
    let problems: Vec<(Problem, crate::components::Words)> = vec![
        (Problem::NotAsDescribed, |l| {
            td_string!(l, returns.cost.problem_not_as_described)
        }),
        (Problem::Quality, |l| {
            td_string!(l, returns.cost.problem_quality)
        }),
        (Problem::Counterfeit, |l| {
            td_string!(l, returns.cost.problem_counterfeit)
        }),
        (Problem::Damaged, |l| {
            td_string!(l, returns.cost.problem_damaged)
        }),
        (Problem::WrongDeliveryMethod, |l| {
            td_string!(l, returns.cost.problem_wrong_delivery_method)
        }),
        (Problem::WrongQuantity, |l| {
            td_string!(l, returns.cost.problem_wrong_quantity)
        }),
        (Problem::OrderedByMistake, |l| {
            td_string!(l, returns.cost.problem_ordered_by_mistake)
        }),
        (Problem::CheaperElsewhere, |l| {
            td_string!(l, returns.cost.problem_cheaper_elsewhere)
        }),
        (Problem::NoLongerNeeded, |l| {
            td_string!(l, returns.cost.problem_no_longer_needed)
        }),
    ];
    let amount_field =
        |id: &'static str, label: crate::components::Words, hint: crate::components::Words| Field {
            id,
            label,
            hint: Some(hint),
            kind: "text",
            inputmode: Some("decimal"),
            max: None,
        };
    view! {
        <section class="card" aria-labelledby="return-cost">
            <div class="card__head">
                <h2 id="return-cost">{t!(i18n, returns.cost.title)}</h2>
                <RuleCitation id=RuleId::R3 />
            </div>
            <p>{t!(i18n, returns.cost.intro)}</p>
            <form class="guide-form" on:submit=|ev| ev.prevent_default()>
                {radio_group(
                    "return-problem",
                    |l| td_string!(l, returns.cost.problem),
                    None,
                    &[],
                    problems,
                    move || answers.with(|a| a.problem),
                    move |value| answers.update(|a| a.problem = Some(value)),
                )}
                <div class="amounts">
                    {text_field(
                        amount_field("return-refund", |l| td_string!(l, returns.cost.refund), |l| td_string!(l, returns.cost.refund_hint)),
                        move || answers.with(|a| a.refund.clone()),
                        move |value| answers.update(|a| a.refund = value),
                        move |locale| answers.with(|a| amount_error(locale, &a.refund)),
                    )}
                    {text_field(
                        amount_field("return-shipping", |l| td_string!(l, returns.cost.shipping), |l| td_string!(l, returns.cost.shipping_hint)),
                        move || answers.with(|a| a.shipping.clone()),
                        move |value| answers.update(|a| a.shipping = value),
                        move |locale| answers.with(|a| amount_error(locale, &a.shipping)),
                    )}
                </div>
            </form>
            <section class="result" aria-labelledby="return-cost-result">
                <h3 id="return-cost-result">{t!(i18n, returns.result.title)}</h3>
                <div aria-live="polite">{move || cost_result(i18n.get_locale(), answers, verdict)}</div>
            </section>
        </section>
    }
}

fn cost_result(
    locale: Locale,
    answers: RwSignal<ReturnsAnswers>,
    verdict: Memo<FreeReturnAnswer>,
) -> impl IntoView {
    let (problem, refund, shipping) = answers.with(|a| {
        (
            a.problem,
            parse_decimal(&a.refund).ok(),
            parse_decimal(&a.shipping).ok(),
        )
    });
    let (Some(problem), Some(refund), Some(shipping)) = (problem, refund, shipping) else {
        return view! { <p>{td_string!(locale, returns.cost.incomplete)}</p> }.into_any();
    };
    let cost = return_cost(problem, refund, shipping);
    let written = |value: Hundredths| amount(locale, value);
    let who = match cost.payer {
        ReturnPayer::Seller => td_string!(locale, returns.cost.seller_pays),
        ReturnPayer::Buyer => td_string!(locale, returns.cost.buyer_pays),
    };
    let (class, balance) = match cost.if_buyer_pays {
        Balance::Gain(net) => (
            "verdict verdict--yes",
            td_string!(
                locale,
                returns.cost.gain,
                shipping = written(shipping),
                refund = written(refund),
                net = written(net)
            )
            .to_string(),
        ),
        Balance::Even => (
            "verdict verdict--no",
            td_string!(locale, returns.cost.even).to_string(),
        ),
        Balance::Loss(net) => (
            "verdict verdict--no",
            td_string!(locale, returns.cost.loss, net = written(net)).to_string(),
        ),
    };
    let free = verdict.with(|v| matches!(v, FreeReturnAnswer::Possible { .. }));
    view! {
        <div class="fact"><p>{who}</p><RuleCitation id=RuleId::R3 /></div>
        <p class=class>{td_string!(locale, returns.cost.if_you_pay)} " " {balance}</p>
        {free.then(|| view! {
            <div class="fact"><p>{td_string!(locale, returns.cost.free_instead)}</p><RuleCitation id=RuleId::R1 /></div>
        })}
    }
    .into_any()
}
