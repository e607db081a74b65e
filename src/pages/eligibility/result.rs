//! The wizard's result: the verdict in one sentence, the next step, the key
//! dates, the evidence, the rules behind it, and saving it as a case.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::{Wizard, HEADING_ID};
use crate::components::case::OtherRoutes;
use crate::components::{KeyDates, RuleExplanation};
use crate::domain::wizard::Action;
use crate::domain::{assess, next_link, Assessment, EvidenceItem, NextLink, Policy};
use crate::i18n::*;
use crate::storage::wizard_draft::clear_draft;
use crate::storage::{new_case_id, use_store, StoreError};

#[component]
pub fn WizardResult(wizard: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let today = wizard.today;
    let case = Signal::derive(move || wizard.draft.with(|d| d.to_case("draft")));
    let assessment = Memo::new(move |_| case.with(|c| assess(c, &Policy::default(), today)));
    let problem = move || wizard.draft.with(|d| d.problem.flatten());
    view! {
        <section class="wizard-result card" aria-labelledby=HEADING_ID>
            <h2 id=HEADING_ID tabindex="-1">{t!(i18n, wizard.result.title)}</h2>
            <p class="verdict" aria-live="polite">
                {move || verdict::verdict_sentence(i18n.get_locale(), &assessment.get(), today)}
            </p>
            <p class="note">{t!(i18n, wizard.result.decides)}</p>
            {move || missing(i18n.get_locale(), &assessment.get())}
        </section>
        <section class="card card--next" aria-labelledby="wizard-next">
            <h2 id="wizard-next">{t!(i18n, wizard.result.next_title)}</h2>
            {move || next_step(i18n.get_locale(), &assessment.get(), problem())}
        </section>
        <DatesSection assessment />
        <Evidence assessment />
        <OtherRoutes case assessment record=false />
        <section class="card" aria-labelledby="wizard-why">
            <h2 id="wizard-why">{t!(i18n, wizard.result.why_title)}</h2>
            <p>{t!(i18n, wizard.result.why_lead)}</p>
            <div class="rules">
                {move || {
                    assessment
                        .get()
                        .rules
                        .into_iter()
                        .map(|id| view! { <RuleExplanation id /> })
                        .collect_view()
                }}
            </div>
        </section>
        <SaveCase wizard />
        <div class="wizard__nav">
            <button
                type="button"
                class="button button--quiet"
                on:click=move |_| wizard.dispatch(Action::Back)
            >
                {t!(i18n, wizard.result.edit)}
            </button>
            <button
                type="button"
                class="button button--quiet"
                on:click=move |_| wizard.dispatch(Action::Restart)
            >
                {t!(i18n, wizard.result.restart)}
            </button>
        </div>
    }
}

/// The answers whose absence stopped a date, if any.
fn missing(locale: Locale, assessment: &Assessment) -> impl IntoView {
    verdict::missing_sentences(locale, assessment)
        .into_iter()
        .map(|text| view! { <p class="note">{text}</p> })
        .collect_view()
}

fn next_step(
    locale: Locale,
    assessment: &Assessment,
    problem: Option<crate::domain::Problem>,
) -> impl IntoView {
    let sentence = verdict::next_step_sentence(locale, assessment.next_step);
    let link = next_link(assessment, problem);
    let words = match link {
        NextLink::FilingGuide(Some(_)) => td_string!(locale, wizard.next_step.link_file),
        NextLink::FilingGuide(None) => td_string!(locale, wizard.next_step.link_file_any),
        NextLink::Returns => td_string!(locale, wizard.next_step.link_returns),
        NextLink::None => "",
    };
    view! {
        <p class="next-step">{sentence}</p>
        {link.href().map(|href| view! { <A href=href attr:class="button">{words}</A> })}
    }
}

#[component]
fn DatesSection(assessment: Memo<Assessment>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="wizard-dates">
            <h2 id="wizard-dates">{t!(i18n, wizard.result.dates_title)}</h2>
            <Show
                when=move || assessment.with(|a| !a.deadlines.is_empty())
                fallback=move || view! { <p>{t!(i18n, wizard.result.dates_none)}</p> }
            >
                <KeyDates assessment />
            </Show>
        </section>
    }
}

#[component]
fn Evidence(assessment: Memo<Assessment>) -> impl IntoView {
    let i18n = use_i18n();
    let list = move |required: bool| {
        let locale = i18n.get_locale();
        let items: Vec<EvidenceItem> = assessment
            .get()
            .evidence
            .into_iter()
            .filter(|item| item.required == required)
            .collect();
        (!items.is_empty()).then(|| {
            let title = if required {
                td_string!(locale, wizard.result.required)
            } else {
                td_string!(locale, wizard.result.recommended)
            };
            let rows = items
                .into_iter()
                .map(|item| {
                    view! {
                        <li>
                            <strong>{labels::evidence_kind(locale, item.kind)}</strong>
                            ": "
                            {labels::capture(locale, item.capture)}
                        </li>
                    }
                })
                .collect_view();
            let class = if required {
                "evidence evidence--required"
            } else {
                "evidence"
            };
            view! {
                <h3>{title}</h3>
                <ul class=class>{rows}</ul>
            }
        })
    };
    view! {
        <Show when=move || assessment.with(|a| !a.evidence.is_empty())>
            <section class="card" aria-labelledby="wizard-evidence">
                <h2 id="wizard-evidence">{t!(i18n, wizard.result.evidence_title)}</h2>
                {move || list(true)}
                {move || list(false)}
            </section>
        </Show>
    }
}

/// Stores the answers as a case, forgets the draft and opens the case.
#[component]
fn SaveCase(wizard: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let navigate = use_navigate();
    let item = RwSignal::new(String::new());
    let order = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // One id for this result, so that saving again after a refusal
    // updates the same case.
    let id = StoredValue::new(new_case_id());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = id.get_value();
        let mut case = wizard.draft.with_untracked(|d| d.to_case(&id));
        let text = |value: String| Some(value.trim().to_string()).filter(|v| !v.is_empty());
        case.item = text(item.get_untracked());
        case.order_number = text(order.get_untracked());
        let locale = i18n.get_locale_untracked();
        match store.upsert(case) {
            Ok(()) => {
                clear_draft();
                navigate(&crate::app::case_path(&id), Default::default());
            }
            Err(StoreError::NotKept(reason)) => {
                let reason = storage::write_error(locale, &reason);
                error.set(Some(
                    td_string!(locale, wizard.save.not_kept, reason = reason).to_string(),
                ));
            }
            Err(_) => error.set(Some(td_string!(locale, wizard.save.read_only).to_string())),
        }
    };
    view! {
        <form class="card save-case" aria-labelledby="wizard-save" on:submit=on_submit>
            <h2 id="wizard-save">{t!(i18n, wizard.save.title)}</h2>
            <p>{t!(i18n, wizard.save.lead)}</p>
            <div class="text-field">
                <label for="wizard-item">{t!(i18n, wizard.save.item)}</label>
                <input
                    type="text"
                    id="wizard-item"
                    autocomplete="off"
                    prop:value=item
                    on:input=move |ev| item.set(event_target_value(&ev))
                />
            </div>
            <div class="text-field">
                <label for="wizard-order">{t!(i18n, wizard.save.order)}</label>
                <input
                    type="text"
                    id="wizard-order"
                    inputmode="numeric"
                    autocomplete="off"
                    prop:value=order
                    on:input=move |ev| order.set(event_target_value(&ev))
                />
            </div>
            <p class="field__error" role="alert">{move || error.get()}</p>
            <button type="submit" class="button">{t!(i18n, wizard.save.button)}</button>
        </form>
    }
}
