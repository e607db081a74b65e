//! What the rules say about the case today: the verdict, the one next step
//! with its link, the deadlines with days left, and the rules behind it.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::RuleCitation;
use crate::domain::{Assessment, Case, NextStep, Verdict};
use crate::i18n::*;

#[component]
pub fn CaseAssessment(case: Signal<Case>, assessment: Memo<Assessment>) -> impl IntoView {
    let i18n = use_i18n();
    let verdict = move || {
        let locale = i18n.get_locale();
        assessment.with(|a| verdict_sentence(locale, a))
    };
    let step = move || {
        let locale = i18n.get_locale();
        assessment.with(|a| labels::next_step(locale, a.next_step).to_string())
    };
    let guide_href = move || {
        case.with(|c| match c.problem {
            Some(problem) => format!("/file?ground={}&case={}", problem.as_str(), c.id),
            None => format!("/file?case={}", c.id),
        })
    };
    let wants_guide = move || {
        assessment.with(|a| {
            matches!(
                a.next_step,
                NextStep::OpenDispute
                    | NextStep::GatherEvidence
                    | NextStep::ContactSeller
                    | NextStep::WaitForSeller
                    | NextStep::AnswerCaseTeam
                    | NextStep::Appeal
            )
        })
    };
    let deadlines = move || {
        let locale = i18n.get_locale();
        assessment
            .get()
            .deadlines
            .into_iter()
            .map(|deadline| {
                let passed = deadline.days_left < 0;
                view! {
                    <li class="deadline" class:deadline--passed=passed class:deadline--soon=move || (0..=3).contains(&deadline.days_left)>
                        <span class="deadline__what">{labels::deadline(locale, deadline.kind)}</span>
                        <span class="deadline__when">{dates::long_date(locale, deadline.date)}</span>
                        <span class="deadline__left">{dates::days_left(locale, deadline.days_left)}</span>
                        <RuleCitation id=deadline.rule />
                    </li>
                }
            })
            .collect_view()
    };
    let rules = move || {
        assessment
            .get()
            .rules
            .into_iter()
            .map(|id| view! { <li><RuleCitation id /></li> })
            .collect_view()
    };
    view! {
        <section class="card case-now" aria-labelledby="case-now">
            <h2 id="case-now">{t!(i18n, case.now_title)}</h2>
            <p class="case-now__verdict" aria-live="polite">{verdict}</p>
            <p class="case-now__step">
                <strong>{t!(i18n, case.next_step)}</strong> " " {step}
            </p>
            <Show when=wants_guide>
                <A href=guide_href attr:class="button">{t!(i18n, case.open_guide)}</A>
            </Show>
            <p class="case-now__disclaimer">{t!(i18n, case.disclaimer)}</p>
        </section>
        <section class="card" aria-labelledby="case-deadlines">
            <h2 id="case-deadlines">{t!(i18n, case.deadlines_title)}</h2>
            <Show
                when=move || assessment.with(|a| !a.deadlines.is_empty())
                fallback=move || view! { <p>{t!(i18n, case.deadlines_none)}</p> }
            >
                <ul class="deadlines">{deadlines}</ul>
            </Show>
            <details class="case-why">
                <summary>{t!(i18n, case.why)}</summary>
                <ul class="case-why__rules">{rules}</ul>
            </details>
        </section>
    }
}

/// The verdict in one plain sentence, with the date that matters.
pub fn verdict_sentence(locale: Locale, assessment: &Assessment) -> String {
    let day = |date| dates::long_date(locale, date);
    let left = |date| {
        dates::days_left(
            locale,
            crate::domain::days_left(crate::storage::today(), date),
        )
    };
    match (
        assessment.verdict,
        assessment.closes_on,
        assessment.opens_on,
    ) {
        (Verdict::EligibleNow, Some(closes), _) => {
            let by = assessment.recommended_open_by.unwrap_or(closes);
            td_string!(
                locale,
                case.verdict.eligible_until,
                date = day(by),
                left = left(by)
            )
            .to_string()
        }
        (Verdict::NotYet, _, Some(opens)) => {
            td_string!(locale, case.verdict.not_yet_from, date = day(opens)).to_string()
        }
        (Verdict::TooLate, Some(closes), _) => {
            td_string!(locale, case.verdict.too_late_since, date = day(closes)).to_string()
        }
        (Verdict::NotNeeded, _, _) => match assessment.alternative {
            Some(route) => td_string!(
                locale,
                case.verdict.not_needed_route,
                route = labels::alternative(locale, route)
            )
            .to_string(),
            None => labels::verdict(locale, Verdict::NotNeeded).to_string(),
        },
        (verdict, _, _) => labels::verdict(locale, verdict).to_string(),
    }
}
