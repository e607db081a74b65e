//! What the rules say about the case today: the verdict, the one next step
//! with its link, the deadlines with days left, and the rules behind it.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{Disclosure, KeyDates, RuleExplanation};
use crate::domain::{next_link, Assessment, Case, NextLink, NextStep};
use crate::i18n::*;
use crate::storage::today;

#[component]
pub fn CaseAssessment(case: Signal<Case>, assessment: Memo<Assessment>) -> impl IntoView {
    let i18n = use_i18n();
    let verdict = move || {
        let locale = i18n.get_locale();
        assessment.with(|a| verdict::verdict_sentence(locale, a, today()))
    };
    let step = move || {
        let locale = i18n.get_locale();
        assessment.with(|a| verdict::case_step_sentence(locale, a))
    };
    // The filing guide opens on this case, so its messages are filled in.
    let link = move || {
        let problem = case.with(|c| c.problem);
        assessment.with(|a| match next_link(a, problem) {
            NextLink::FilingGuide(_) => case.with(|c| {
                let ground = c
                    .problem
                    .map(|p| format!("ground={}&", p.as_str()))
                    .unwrap_or_default();
                Some((
                    format!("/file?{ground}case={}", c.id),
                    t_string!(i18n, case.open_guide),
                ))
            }),
            NextLink::Returns => Some(("/returns".to_string(), t_string!(i18n, case.open_returns))),
            NextLink::None => None,
        })
    };
    // Evidence still to attach shows under the step, never as the step once
    // a dispute is open (S6), and so do the facts that would date a window.
    let notes = move || {
        let locale = i18n.get_locale();
        assessment.with(|a| {
            let mut notes = verdict::missing_sentences(locale, a);
            let to_gather = a
                .evidence
                .iter()
                .filter(|item| item.required && !item.captured)
                .map(|item| labels::capture(locale, item.capture).to_string())
                .collect::<Vec<_>>();
            if !to_gather.is_empty() && a.next_step != NextStep::GatherEvidence {
                let items = to_gather.join(", ");
                notes.push(td_string!(locale, case.to_gather, items = items).to_string());
            }
            notes
                .into_iter()
                .map(|text| view! { <p class="case-now__note">{text}</p> })
                .collect_view()
        })
    };
    let rules = move || {
        assessment
            .get()
            .rules
            .into_iter()
            .map(|id| view! { <li><RuleExplanation id /></li> })
            .collect_view()
    };
    view! {
        <section class="card case-now" aria-labelledby="case-now">
            <h2 id="case-now">{t!(i18n, case.now_title)}</h2>
            <p class="case-now__verdict" aria-live="polite">{verdict}</p>
            <p class="case-now__step">
                <strong>{t!(i18n, case.next_step)}</strong> " " {step}
            </p>
            {notes}
            {move || link().map(|(href, words)| view! { <A href=href attr:class="button">{words}</A> })}
            <p class="case-now__disclaimer">{t!(i18n, case.disclaimer)}</p>
        </section>
        <section class="card" aria-labelledby="case-deadlines">
            <h2 id="case-deadlines">{t!(i18n, case.deadlines_title)}</h2>
            <Show
                when=move || assessment.with(|a| !a.deadlines.is_empty())
                fallback=move || view! { <p>{t!(i18n, case.deadlines_none)}</p> }
            >
                <KeyDates assessment />
            </Show>
            <Disclosure class="case-why" summary=move || t!(i18n, case.why)>
                <ul class="case-why__rules">{rules}</ul>
            </Disclosure>
        </section>
    }
}
