//! The evidence checklist for the case's ground (D6, D7): required and
//! recommended items, what exactly to capture, and each one markable as
//! captured with a date and a note.

use leptos::prelude::*;

use crate::components::RuleCitation;
use crate::domain::{add_record, Assessment, Case, EvidenceItem, Record, RuleId};
use crate::i18n::*;
use crate::storage::{today, use_store};

#[component]
pub fn EvidenceChecklist(case: Signal<Case>, assessment: Memo<Assessment>) -> impl IntoView {
    let i18n = use_i18n();
    let items = move || {
        assessment
            .get()
            .evidence
            .into_iter()
            .enumerate()
            .map(|(position, item)| view! { <EvidenceRow case item position /> })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="case-evidence">
            <div class="card__head">
                <h2 id="case-evidence">{t!(i18n, case.evidence_title)}</h2>
                <RuleCitation id=RuleId::D7 />
            </div>
            <Show
                when=move || assessment.with(|a| !a.evidence.is_empty())
                fallback=move || view! { <p>{t!(i18n, case.evidence_none)}</p> }
            >
                <ul class="case-evidence">{items}</ul>
            </Show>
        </section>
    }
}

#[component]
fn EvidenceRow(case: Signal<Case>, item: EvidenceItem, position: usize) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let day = RwSignal::new(crate::domain::format_date(today()));
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let open = RwSignal::new(false);
    let captured = move || {
        case.with(|c| {
            c.evidence
                .iter()
                .filter(|e| e.kind == item.kind)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let mark = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let locale = i18n.get_locale();
        let on = match super::typed_day(locale, &day.get_untracked(), "evidence.captured_on") {
            Ok(on) => on,
            Err(sentence) => return error.set(Some(sentence)),
        };
        let record = Record::Evidence {
            kind: item.kind,
            note: Some(note.get_untracked()),
        };
        let changed = add_record(&case.get_untracked(), record, on, today());
        match super::commit(store, locale, changed) {
            None => {
                open.set(false);
                note.set(String::new());
                error.set(None);
            }
            Some(refused) => error.set(Some(refused)),
        }
    };
    let day_id = format!("evidence-{position}-day");
    let note_id = format!("evidence-{position}-note");
    let entries = move || {
        let locale = i18n.get_locale();
        captured()
            .into_iter()
            .map(|entry| {
                let when = entry.captured_on.map(|d| dates::long_date(locale, d)).unwrap_or_default();
                view! {
                    <li>
                        {td_string!(locale, case.evidence_captured, date = when)}
                        {entry.note.map(|n| view! { " — " <span class="case-evidence__note">{n}</span> })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <li class="case-evidence__item" class:case-evidence__item--done=move || !captured().is_empty()>
            <p class="case-evidence__head">
                <strong>{move || labels::evidence_kind(i18n.get_locale(), item.kind)}</strong>
                " "
                <span class="badge" class:badge--required=item.required>
                    {move || if item.required {
                        t_string!(i18n, case.evidence_required)
                    } else {
                        t_string!(i18n, case.evidence_recommended)
                    }}
                </span>
            </p>
            <p>{move || labels::capture(i18n.get_locale(), item.capture)}</p>
            <ul class="case-evidence__entries">{entries}</ul>
            <Show
                when=move || open.get()
                fallback=move || view! {
                    <button type="button" class="button button--quiet" on:click=move |_| open.set(true)>
                        {move || td_string!(i18n.get_locale(), case.evidence_mark,
                            kind = labels::evidence_kind(i18n.get_locale(), item.kind))}
                    </button>
                }
            >
                <form class="case-evidence__form" on:submit=mark novalidate>
                    <div class="field">
                        <label for=day_id.clone()>{t!(i18n, case.evidence_day)}</label>
                        <input id=day_id.clone() type="date" prop:value=move || day.get()
                            on:input=move |ev| day.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for=note_id.clone()>{t!(i18n, case.evidence_note)}</label>
                        <input id=note_id.clone() type="text" prop:value=move || note.get()
                            on:input=move |ev| note.set(event_target_value(&ev)) />
                    </div>
                    <p class="field__error" role="alert">{move || error.get()}</p>
                    <button type="submit" class="button">{t!(i18n, case.evidence_save)}</button>
                </form>
            </Show>
        </li>
    }
}
