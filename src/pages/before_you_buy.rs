//! /before-you-buy: checking a listing and its seller before paying
//! (PP1–PP6, R1, BP5). The questions feed the domain's listing check; the
//! summary below them follows every answer.

use leptos::prelude::*;

use crate::components::{
    country_select, radio_group, text_field, Field, PageHeading, RuleCitation,
};
use crate::domain::{
    check_listing, parse_decimal, parse_whole, Finding, FindingKind, ListingAnswers, NumberProblem,
    Payment, Policy, QuestionsAsked, ReturnsOffered, ReviewsRead, Severity, FULL_PERCENT,
    MAX_STORE_YEARS, MIN_FEEDBACK_PERCENT, MIN_STORE_YEARS,
};
use crate::i18n::dates::number;
use crate::i18n::*;
use crate::storage::session::{session_answers, LISTING_ANSWERS_KEY};

#[component]
pub fn BeforeYouBuy() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, pages.before_you_buy.title).to_string());
    let answers = session_answers::<ListingAnswers>(LISTING_ANSWERS_KEY);
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, pages.before_you_buy.lead)}</p>
        <p class="note">{t!(i18n, buy.kept)}</p>
        <form class="guide-form" on:submit=|ev| ev.prevent_default()>
            <section class="card">
                {listing_questions(answers)}
            </section>
            <section class="card">
                <SellerQuestions answers />
            </section>
            <section class="card">
                {habit_questions(answers)}
            </section>
        </form>
        <Summary answers />
    }
}

fn listing_questions(answers: RwSignal<ListingAnswers>) -> impl IntoView {
    view! {
        {radio_group(
            "buy-returns",
            |l| td_string!(l, buy.returns.legend),
            Some(|l| td_string!(l, buy.returns.hint)),
            &[crate::domain::RuleId::PP1],
            vec![
                (ReturnsOffered::FreeReturn, |l| td_string!(l, buy.returns.free)),
                (ReturnsOffered::PaidReturn, |l| td_string!(l, buy.returns.paid)),
                (ReturnsOffered::None, |l| td_string!(l, buy.returns.none)),
            ],
            move || answers.with(|a| a.returns),
            move |value| answers.update(|a| a.returns = Some(value)),
        )}
        {country_select(
            "buy-country",
            |l| td_string!(l, buy.country.label),
            move || answers.with(|a| a.country.clone()),
            move |value| answers.update(|a| a.country = value),
        )}
    }
}

/// The seller's feedback and the store's age, with the app's own limits said
/// out loud (PP2 gives none).
#[component]
fn SellerQuestions(answers: RwSignal<ListingAnswers>) -> impl IntoView {
    let i18n = use_i18n();
    let percent = move || number(i18n.get_locale(), MIN_FEEDBACK_PERCENT);
    let feedback_error = move |locale: Locale| {
        answers.with(|a| match parse_decimal(&a.feedback_percent) {
            Ok(value) if value > FULL_PERCENT => {
                Some(td_string!(locale, buy.number.percent_too_large).to_string())
            }
            Ok(_) | Err(NumberProblem::Empty) => None,
            Err(NumberProblem::TooManyDecimals) => {
                Some(td_string!(locale, buy.number.percent_decimals).to_string())
            }
            Err(NumberProblem::TooLarge) => {
                Some(td_string!(locale, buy.number.percent_too_large).to_string())
            }
            Err(NumberProblem::NotANumber) => {
                Some(td_string!(locale, buy.number.percent_not_a_number).to_string())
            }
        })
    };
    let years_error = move |locale: Locale| {
        answers.with(|a| match parse_whole(&a.store_years, MAX_STORE_YEARS) {
            Ok(_) | Err(NumberProblem::Empty) => None,
            Err(NumberProblem::TooLarge) => Some(
                td_string!(locale, buy.number.years_too_large, max = MAX_STORE_YEARS).to_string(),
            ),
            Err(_) => Some(td_string!(locale, buy.number.years_not_a_number).to_string()),
        })
    };
    view! {
        <fieldset class="question">
            <legend>{t!(i18n, buy.seller.legend)}</legend>
            <div class="question__rules"><RuleCitation id=crate::domain::RuleId::PP2 /></div>
            {text_field(
                Field {
                    id: "buy-feedback",
                    label: |l| td_string!(l, buy.seller.feedback),
                    hint: Some(|l| td_string!(l, buy.seller.feedback_hint)),
                    kind: "text",
                    inputmode: Some("decimal"),
                    max: None,
                },
                move || answers.with(|a| a.feedback_percent.clone()),
                move |value| answers.update(|a| a.feedback_percent = value),
                feedback_error,
            )}
            {text_field(
                Field {
                    id: "buy-years",
                    label: |l| td_string!(l, buy.seller.years),
                    hint: Some(|l| td_string!(l, buy.seller.years_hint)),
                    kind: "text",
                    inputmode: Some("numeric"),
                    max: None,
                },
                move || answers.with(|a| a.store_years.clone()),
                move |value| answers.update(|a| a.store_years = value),
                years_error,
            )}
            <p class="note rule-of-thumb">
                {move || t_string!(i18n, buy.seller.thumb, percent = percent(), years = MIN_STORE_YEARS)}
            </p>
        </fieldset>
        {radio_group(
            "buy-reviews",
            |l| td_string!(l, buy.reviews.legend),
            None,
            &[],
            vec![
                (ReviewsRead::WithPhotos, |l| td_string!(l, buy.reviews.with_photos)),
                (ReviewsRead::WithoutPhotos, |l| td_string!(l, buy.reviews.without_photos)),
                (ReviewsRead::No, |l| td_string!(l, buy.not_yet)),
            ],
            move || answers.with(|a| a.reviews),
            move |value| answers.update(|a| a.reviews = Some(value)),
        )}
    }
}

fn habit_questions(answers: RwSignal<ListingAnswers>) -> impl IntoView {
    use crate::domain::RuleId;
    view! {
        {radio_group(
            "buy-questions",
            |l| td_string!(l, buy.questions.legend),
            None,
            &[RuleId::PP3],
            vec![
                (QuestionsAsked::InChat, |l| td_string!(l, buy.questions.in_chat)),
                (QuestionsAsked::Elsewhere, |l| td_string!(l, buy.questions.elsewhere)),
                (QuestionsAsked::NotYet, |l| td_string!(l, buy.not_yet)),
                (QuestionsAsked::NoQuestions, |l| td_string!(l, buy.questions.none)),
            ],
            move || answers.with(|a| a.questions),
            move |value| answers.update(|a| a.questions = Some(value)),
        )}
        {radio_group(
            "buy-screenshots",
            |l| td_string!(l, buy.screenshots.legend),
            Some(|l| td_string!(l, buy.screenshots.hint)),
            &[RuleId::PP4],
            vec![
                (true, |l| td_string!(l, buy.yes)),
                (false, |l| td_string!(l, buy.not_yet)),
            ],
            move || answers.with(|a| a.screenshots),
            move |value| answers.update(|a| a.screenshots = Some(value)),
        )}
        {radio_group(
            "buy-payment",
            |l| td_string!(l, buy.payment.legend),
            None,
            &[RuleId::PP6],
            vec![
                (Payment::Checkout, |l| td_string!(l, buy.payment.checkout)),
                (Payment::Outside, |l| td_string!(l, buy.payment.outside)),
            ],
            move || answers.with(|a| a.payment),
            move |value| answers.update(|a| a.payment = Some(value)),
        )}
    }
}

/// What is risky, what to do before paying and what is fine, as the domain
/// finds it from the answers so far.
#[component]
fn Summary(answers: RwSignal<ListingAnswers>) -> impl IntoView {
    let i18n = use_i18n();
    let report = Memo::new(move |_| answers.with(|a| check_listing(a, &Policy::default())));
    let group = move |severity: Severity| {
        let findings: Vec<Finding> = report.with(|r| {
            r.findings
                .iter()
                .copied()
                .filter(|f| f.severity == severity)
                .collect()
        });
        (!findings.is_empty()).then(|| {
            let (class, heading) = match severity {
                Severity::Risky => ("findings findings--risky", t_string!(i18n, buy.summary.risky)),
                Severity::ToDo => ("findings findings--todo", t_string!(i18n, buy.summary.todo)),
                Severity::Fine => ("findings findings--fine", t_string!(i18n, buy.summary.fine)),
            };
            view! {
                <div class=class>
                    <h3>{heading}</h3>
                    <ul>{findings.into_iter().map(|f| view! { <FindingItem finding=f /> }).collect_view()}</ul>
                </div>
            }
        })
    };
    let nothing_yet = move || report.with(|r| r.findings.is_empty());
    let all_clear = move || {
        report
            .with(|r| r.unanswered == 0 && r.findings.iter().all(|f| f.severity == Severity::Fine))
    };
    let unanswered = move || report.with(|r| r.unanswered);
    view! {
        <section class="card summary" aria-labelledby="buy-summary">
            <h2 id="buy-summary">{t!(i18n, buy.summary.title)}</h2>
            <div aria-live="polite" class="summary__live">
                <Show when=nothing_yet>
                    <p>{t!(i18n, buy.summary.empty)}</p>
                </Show>
                {move || group(Severity::Risky)}
                {move || group(Severity::ToDo)}
                {move || group(Severity::Fine)}
                <Show when=all_clear>
                    <p class="summary__clear">{t!(i18n, buy.summary.all_clear)}</p>
                </Show>
                <Show when=move || { unanswered() > 0 && !nothing_yet() }>
                    <p class="note">{move || t_string!(i18n, buy.summary.unanswered, count = unanswered())}</p>
                </Show>
            </div>
        </section>
    }
}

#[component]
fn FindingItem(finding: Finding) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li class="finding">
            <p class="finding__text">{move || finding_text(i18n.get_locale(), finding.kind)}</p>
            {finding.heuristic.then(|| view! {
                <p class="finding__thumb">{t!(i18n, buy.summary.rule_of_thumb)}</p>
            })}
            <div class="finding__rules">
                {finding.rules.iter().map(|id| view! { <RuleCitation id=*id /> }).collect_view()}
            </div>
        </li>
    }
}

/// A finding in the buyer's words, with the numbers of the policy and of the
/// app's rules of thumb filled in.
fn finding_text(locale: Locale, kind: FindingKind) -> String {
    use FindingKind::*;
    let min = number(locale, MIN_FEEDBACK_PERCENT);
    let years = MIN_STORE_YEARS;
    match kind {
        FreeReturnOffered => td_string!(
            locale,
            buy.finding.free_return_offered,
            days = Policy::default().free_return_days,
            limit = Policy::default().free_return_max_usd
        )
        .to_string(),
        ReturnsNotFree => td_string!(locale, buy.finding.returns_not_free).to_string(),
        NoReturns => td_string!(locale, buy.finding.no_returns).to_string(),
        CountryHasFreeReturns => {
            td_string!(locale, buy.finding.country_has_free_returns).to_string()
        }
        CountryWithoutFreeReturns => {
            td_string!(locale, buy.finding.country_without_free_returns).to_string()
        }
        FeedbackGood => td_string!(locale, buy.finding.feedback_good, min = min).to_string(),
        FeedbackLow => td_string!(locale, buy.finding.feedback_low, min = min).to_string(),
        StoreEstablished => {
            td_string!(locale, buy.finding.store_established, years = years).to_string()
        }
        StoreNew => td_string!(locale, buy.finding.store_new, years = years).to_string(),
        ReviewsWithPhotos => td_string!(locale, buy.finding.reviews_with_photos).to_string(),
        ReviewsWithoutPhotos => td_string!(locale, buy.finding.reviews_without_photos).to_string(),
        ReviewsNotRead => td_string!(locale, buy.finding.reviews_not_read).to_string(),
        QuestionsOnRecord => td_string!(locale, buy.finding.questions_on_record).to_string(),
        QuestionsOffRecord => td_string!(locale, buy.finding.questions_off_record).to_string(),
        QuestionsToAsk => td_string!(locale, buy.finding.questions_to_ask).to_string(),
        NoQuestions => td_string!(locale, buy.finding.no_questions).to_string(),
        ScreenshotsTaken => td_string!(locale, buy.finding.screenshots_taken).to_string(),
        ScreenshotsToTake => td_string!(locale, buy.finding.screenshots_to_take).to_string(),
        PayThroughAliexpress => td_string!(locale, buy.finding.pay_through_aliexpress).to_string(),
        PayOutside => td_string!(locale, buy.finding.pay_outside).to_string(),
    }
}
