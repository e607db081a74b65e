//! /cases: every case the buyer follows, the most urgent first, each with
//! its status, next deadline and amount; finished cases apart; and a form
//! to start a new case.

use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use super::case_list::{self, CaseRow};
use crate::components::{CaseForm, PageHeading};
use crate::domain::{AssessedCase, Case, Overview};
use crate::i18n::*;
use crate::storage::{new_case_id, use_store, StoreError};

#[component]
pub fn Cases() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let title = Signal::derive(move || t_string!(i18n, pages.cases.title).to_string());
    let overview = store.overview();
    let is_empty = move || store.cases().with(Vec::is_empty);
    let has_finished = move || overview.with(|o| !o.finished.is_empty());
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
                    <CaseList overview list=|o| &o.open />
                </Show>
            </section>
        </Show>
        <Show when=has_finished>
            <section aria-labelledby="cases-finished">
                <h2 id="cases-finished">{t!(i18n, cases.finished_title)}</h2>
                <CaseList overview list=|o| &o.finished />
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

/// One list of the overview (open or finished cases), most urgent first.
/// Its rows are written by [`case_list::fill`], again as a whole when the
/// cases or the language change; the rows sit in groups, so the list is an
/// element with the role `list` rather than `<ul>`, which may hold only `<li>`.
#[component]
fn CaseList(overview: Memo<Overview>, list: fn(&Overview) -> &Vec<AssessedCase>) -> impl IntoView {
    let i18n = use_i18n();
    let node = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        let locale = i18n.get_locale();
        let rows: Vec<CaseRow> = overview.with(|o| {
            list(o)
                .iter()
                .map(|assessed| CaseRow::new(locale, assessed))
                .collect()
        });
        if let Err(error) = case_list::fill(&element, &rows) {
            leptos::logging::error!("the list of cases could not be shown: {error:?}");
        }
    });
    view! { <div role="list" class="case-list" node_ref=node></div> }
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
            navigate(&crate::app::case_path(&id), NavigateOptions::default());
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
