//! /cases: every case the buyer follows, the most urgent first, each with
//! its status, next deadline and amount; finished cases apart; and a form
//! to start a new case.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::components::{CaseForm, PageHeading};
use crate::domain::{overview, AssessedCase, Case, Overview, Policy};
use crate::i18n::*;
use crate::storage::{new_case_id, today, use_store, StoreError};

#[component]
pub fn Cases() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let title = Signal::derive(move || t_string!(i18n, pages.cases.title).to_string());
    let overview = Memo::new(move |_| {
        store
            .cases()
            .with(|cases| overview(cases, &Policy::default(), today()))
    });
    let is_empty = move || store.cases().with(Vec::is_empty);
    let has_finished = move || overview.with(|o| !o.finished.is_empty());
    // The rows of one list, built from the overview without copying it.
    let rows = move |list: fn(&Overview) -> &Vec<AssessedCase>| {
        let locale = i18n.get_locale();
        overview.with(|o| {
            list(o)
                .iter()
                .map(|assessed| case_row(locale, assessed))
                .collect_view()
        })
    };
    let show_form = RwSignal::new(false);

    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, pages.cases.lead)}</p>
        <Show when=is_empty>
            <section class="card card--next" aria-labelledby="cases-empty">
                <h2 id="cases-empty">{t!(i18n, cases.empty_title)}</h2>
                <p>{t!(i18n, cases.empty_body)}</p>
                <A href="/eligibility" attr:class="button">{t!(i18n, cases.empty_wizard)}</A>
            </section>
        </Show>
        <Show when=move || !is_empty()>
            <section aria-labelledby="cases-open">
                <h2 id="cases-open">{t!(i18n, cases.open_title)}</h2>
                <Show
                    when=move || overview.with(|o| !o.open.is_empty())
                    fallback=move || view! { <p>{t!(i18n, cases.open_none)}</p> }
                >
                    <ul class="case-list">{move || rows(|o| &o.open)}</ul>
                </Show>
            </section>
        </Show>
        <Show when=has_finished>
            <section aria-labelledby="cases-finished">
                <h2 id="cases-finished">{t!(i18n, cases.finished_title)}</h2>
                <ul class="case-list">{move || rows(|o| &o.finished)}</ul>
            </section>
        </Show>
        <section class="card" aria-labelledby="cases-new">
            <h2 id="cases-new">{t!(i18n, cases.new_title)}</h2>
            <Show
                when=move || show_form.get()
                fallback=move || view! {
                    <p>{t!(i18n, cases.new_body)}</p>
                    <button type="button" class="button" aria-expanded="false"
                        on:click=move |_| show_form.set(true)>
                        {t!(i18n, cases.new_button)}
                    </button>
                }
            >
                <NewCase />
            </Show>
        </section>
    }
}

/// One case in the list, in the page's language: its name (a link to it),
/// store, status, next step, next deadline and amount. The texts are plain:
/// a list of a thousand cases is built in one pass, and built again as a
/// whole when the language changes.
fn case_row(locale: Locale, assessed: &AssessedCase) -> impl IntoView {
    let AssessedCase { case, assessment } = assessed;
    let next = assessment.next_deadline();
    let class = if next.is_some_and(|deadline| deadline.days_left <= 3) {
        "case-row case-row--urgent"
    } else {
        "case-row"
    };
    let deadline = next.map(|deadline| {
        let what = labels::deadline(locale, deadline.kind);
        let when = dates::long_date(locale, deadline.date);
        let left = dates::days_left(locale, deadline.days_left);
        format!("{what}: {when} ({left})")
    });
    let store = case.store.clone();
    let amount = case
        .price
        .as_ref()
        .map(|price| format!("{} {}", price.amount, price.currency));
    view! {
        <li class=class>
            <div class="case-row__head">
                <a class="case-row__name" href=format!("/cases/{}", case.id)>
                    {storage::case_name(locale, case)}
                </a>
                <span class="badge">{labels::stage(locale, assessment.stage)}</span>
            </div>
            {store.map(|store| view! { <p class="case-row__store">{store}</p> })}
            <p class="case-row__step">{labels::next_step(locale, assessment.next_step)}</p>
            {deadline.map(|next| view! { <p class="case-row__deadline">{next}</p> })}
            {amount.map(|amount| view! { <p class="case-row__amount">{amount}</p> })}
        </li>
    }
}

/// The "new case" form: the case is stored and opened once it validates.
#[component]
fn NewCase() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<StoreError>);
    let saved = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if let Some(id) = saved.get() {
            navigate(&format!("/cases/{id}"), NavigateOptions::default());
        }
    });
    let on_save = Callback::new(move |case: Case| {
        let id = case.id.clone();
        match store.upsert(case) {
            // A change that was not kept is still shown, and the storage
            // notice says why: the case opens either way.
            Ok(()) | Err(StoreError::NotKept(_)) => saved.set(Some(id)),
            Err(refused) => error.set(Some(refused)),
        }
    });
    let submit_label = Signal::derive(move || t_string!(i18n, cases.new_save).to_string());
    // One id for this form, so that sending it again after a refusal saves the same case.
    let case = Signal::stored(Case::new(new_case_id()));
    view! {
        <CaseForm case prefix="new-case" submit_label on_save />
        <p role="alert" class="field__error">
            {move || error.get().map(|e| storage::store_error(i18n.get_locale(), &e))}
        </p>
    }
}
