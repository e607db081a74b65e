//! /cases/:id: one case: what the rules say now, the moves to record, the
//! timeline, the evidence, the refund, the other ways to get the money
//! back, the seller's requests, the details
//! (editable), the calendar file, printing, and delete with undo.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::case::{
    CalendarButton, CaseActions, CaseAssessment, EvidenceChecklist, OtherRoutes, RefundTracker,
    SellerRequests, Timeline,
};
use crate::components::{CaseForm, Disclosure, Later, PageHeading};
use crate::domain::{assess, Case, Policy};
use crate::i18n::*;
use crate::storage::{today, use_store, StoreError};

#[component]
pub fn CaseDetail() -> impl IntoView {
    let store = use_store();
    // While the router leaves for another page, the path is no longer a
    // case's: the page keeps its case until it is gone.
    let path = use_location().pathname;
    let id = Memo::new(move |previous: Option<&String>| {
        path.with(|path| crate::app::case_id_from_path(path))
            .or_else(|| previous.cloned())
            .unwrap_or_default()
    });
    let found = Memo::new(move |_| {
        let id = id.get();
        store
            .cases()
            .with(|cases| cases.iter().find(|case| case.id == id).cloned())
    });
    let deleted_here = move || {
        store
            .last_deleted()
            .with(|d| d.as_ref().is_some_and(|d| d.case.id == id.get()))
    };
    // The page is built once per case: edits change `found`, not which case
    // it is or whether it is there.
    let shown = Memo::new(move |_| (id.get(), found.with(Option::is_some)));
    move || {
        if shown.get().1 {
            let initial = found
                .get_untracked()
                .unwrap_or_else(|| Case::new(id.get_untracked()));
            view! { <CasePage initial found /> }.into_any()
        } else if deleted_here() {
            view! { <CaseDeleted /> }.into_any()
        } else {
            view! { <CaseNotFound /> }.into_any()
        }
    }
}

/// The page of a case that exists. `found` follows the store, so edits from
/// this page and from other tabs show at once.
#[component]
fn CasePage(initial: Case, found: Memo<Option<Case>>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let case = Signal::derive(move || found.get().unwrap_or_else(|| initial.clone()));
    let assessment = Memo::new(move |_| case.with(|c| assess(c, &Policy::default(), today())));
    let title = Signal::derive(move || storage::case_name(i18n.get_locale(), &case.get()));
    let delete_error = RwSignal::new(None::<String>);
    let delete = move |_| {
        let id = case.with_untracked(|c| c.id.clone());
        if let Err(error) = store.delete(&id) {
            if !matches!(error, StoreError::NotKept(_)) {
                delete_error.set(Some(storage::store_error(i18n.get_locale(), &error)));
            }
        }
    };
    let print = move |_| {
        let _ = window().print();
    };
    let details_saved = RwSignal::new(None::<String>);
    let on_save = Callback::new(move |edited: Case| {
        let locale = i18n.get_locale();
        let message = match store.upsert(edited) {
            Ok(()) => td_string!(locale, case.details_saved).to_string(),
            Err(error) => storage::store_error(locale, &error),
        };
        details_saved.set(Some(message));
    });
    let submit_label = Signal::derive(move || t_string!(i18n, case.details_save).to_string());
    let facts = move || {
        let locale = i18n.get_locale();
        case.with(|c| {
            let mut facts = Vec::new();
            if let Some(store) = &c.store {
                facts.push((td_string!(locale, case_form.store), store.clone()));
            }
            if let Some(number) = &c.order_number {
                facts.push((td_string!(locale, case_form.order_number), number.clone()));
            }
            if let Some(price) = &c.price {
                facts.push((
                    td_string!(locale, case_form.amount),
                    format!("{} {}", price.amount, price.currency),
                ));
            }
            facts.push((
                td_string!(locale, case_form.delivery_status),
                labels::delivery_status(locale, c.delivery_status).to_string(),
            ));
            if let Some(problem) = c.problem {
                facts.push((
                    td_string!(locale, case_form.problem),
                    labels::problem(locale, problem).to_string(),
                ));
            }
            facts.push((
                td_string!(locale, case.stage),
                assessment.with(|a| labels::stage(locale, a.stage).to_string()),
            ));
            facts
                .into_iter()
                .map(|(term, value)| view! { <dt>{term}</dt><dd>{value}</dd> })
                .collect_view()
        })
    };
    view! {
        <p class="breadcrumb"><A href="/cases">{t!(i18n, case.back_to_list)}</A></p>
        <PageHeading title />
        <dl class="case-facts">{facts}</dl>
        <div class="case-tools no-print">
            <CalendarButton case assessment />
            <button type="button" class="button button--quiet" on:click=print>
                {t!(i18n, case.print)}
            </button>
        </div>
        <CaseAssessment case assessment />
        <Later><CaseActions case /></Later>
        <Later><RefundTracker case assessment /></Later>
        <Later><OtherRoutes case assessment record=true /></Later>
        <Later><EvidenceChecklist case assessment /></Later>
        <Later><Timeline case /></Later>
        <Later><SellerRequests case /></Later>
        <Later>
            <section class="card no-print" aria-labelledby="case-details">
                <h2 id="case-details">{t!(i18n, case.details_title)}</h2>
                <Disclosure class="case-details" summary=move || t!(i18n, case.details_edit)>
                    <CaseForm case prefix="edit-case" submit_label on_save />
                </Disclosure>
                <p role="status" class="case-details__saved">{move || details_saved.get()}</p>
            </section>
            <section class="card no-print" aria-labelledby="case-delete">
                <h2 id="case-delete">{t!(i18n, case.delete_title)}</h2>
                <p>{t!(i18n, case.delete_body)}</p>
                <button type="button" class="button button--danger" on:click=delete>
                    {t!(i18n, case.delete_button)}
                </button>
                <p role="alert" class="field__error">{move || delete_error.get()}</p>
            </section>
        </Later>
    }
}

/// Shown in place of a case just deleted from its own page, with the undo.
#[component]
fn CaseDeleted() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let title = Signal::derive(move || t_string!(i18n, case.deleted_title).to_string());
    let name = move || {
        store
            .last_deleted()
            .with(|d| {
                d.as_ref()
                    .map(|d| storage::case_name(i18n.get_locale(), &d.case))
            })
            .unwrap_or_default()
    };
    view! {
        <PageHeading title />
        <p role="status">{move || td_string!(i18n.get_locale(), case.deleted_body, name = name())}</p>
        <div class="case-tools">
            <button type="button" class="button" on:click=move |_| { let _ = store.undo_delete(); }>
                {t!(i18n, case.undo)}
            </button>
            <A href="/cases" attr:class="button button--quiet">{t!(i18n, case.back_to_list)}</A>
        </div>
    }
}

/// An id that no case on this device has.
#[component]
fn CaseNotFound() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, case.not_found_title).to_string());
    view! {
        <PageHeading title />
        <p>{t!(i18n, case.not_found_body)}</p>
        <A href="/cases" attr:class="button">{t!(i18n, case.back_to_list)}</A>
    }
}
