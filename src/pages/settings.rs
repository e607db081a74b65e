//! /settings: the language, and the cases kept on this device: each one
//! with delete and undo, export to a file, import from a file, and
//! deleting everything behind a confirmation.

use leptos::html::Button;
use leptos::prelude::*;

use crate::components::{ExportButton, ImportCases, LanguageSwitch, PageHeading};
use crate::i18n::*;
use crate::storage::{use_store, StoreError};

#[component]
pub fn Settings() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, pages.settings.title).to_string());
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, pages.settings.lead)}</p>
        <section class="card" aria-labelledby="settings-language">
            <h2 id="settings-language">{t!(i18n, lang.label)}</h2>
            <LanguageSwitch />
        </section>
        <KeptCases />
        <section class="card" aria-labelledby="settings-export">
            <h2 id="settings-export">{t!(i18n, pages.settings.export_title)}</h2>
            <p>{t!(i18n, pages.settings.export_body)}</p>
            <ExportButton />
        </section>
        <Show when=move || use_store().status().with(|s| s.accepts_changes())>
            <ImportCases />
        </Show>
        <DeleteAll />
    }
}

/// The cases on this device, each with a delete button, and the undo of
/// the last delete.
#[component]
fn KeptCases() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let writable = move || store.status().with(|s| s.accepts_changes());
    let not_kept = RwSignal::new(false);
    let undo_button = NodeRef::<Button>::new();
    let delete = move |id: String| {
        let result = store.delete(&id);
        not_kept.set(matches!(result, Err(StoreError::NotKept(_))));
        // The deleted row took the focus with it; the undo button takes it.
        request_animation_frame(move || {
            if let Some(button) = undo_button.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    let undo = move |_| {
        let result = store.undo_delete();
        not_kept.set(matches!(result, Err(StoreError::NotKept(_))));
    };
    let rows = move || {
        let locale = i18n.get_locale();
        store
            .cases()
            .get()
            .into_iter()
            .map(|case| {
                let name = storage::case_name(locale, &case);
                let label = td_string!(
                    locale,
                    pages.settings.delete_case_label,
                    name = name.clone()
                );
                let id = case.id.clone();
                view! {
                    <li class="kept-case">
                        <span class="kept-case__name">{name}</span>
                        <Show when=writable>
                            <button
                                type="button"
                                class="button button--quiet"
                                aria-label=label.clone()
                                on:click={
                                    let id = id.clone();
                                    move |_| delete(id.clone())
                                }
                            >
                                {t!(i18n, pages.settings.delete_case)}
                            </button>
                        </Show>
                    </li>
                }
            })
            .collect_view()
    };
    let count = move || store.cases().with(Vec::len);
    let deleted_name = move || {
        store
            .last_deleted()
            .get()
            .map(|deleted| storage::case_name(i18n.get_locale(), &deleted.case))
    };
    view! {
        <section class="card" aria-labelledby="settings-cases">
            <h2 id="settings-cases">{t!(i18n, pages.settings.cases_title)}</h2>
            <Show
                when=move || { count() > 0 }
                fallback=move || view! { <p>{t!(i18n, pages.settings.cases_none)}</p> }
            >
                <p>{move || t_string!(i18n, pages.settings.cases_count, count = count())}</p>
                <ul class="kept-cases">{rows}</ul>
            </Show>
            <Show when=move || { !writable() && count() > 0 }>
                <p class="note">{t!(i18n, pages.settings.read_only)}</p>
            </Show>
            <div role="status">
                {move || deleted_name().map(|name| {
                    let label = t_string!(i18n, pages.settings.undo_label, name = name.clone());
                    view! {
                        <p class="undo">
                            {t_string!(i18n, pages.settings.deleted, name = name)}
                            " "
                            <button
                                type="button"
                                class="button button--quiet"
                                aria-label=label
                                node_ref=undo_button
                                on:click=undo
                            >
                                {t!(i18n, pages.settings.undo)}
                            </button>
                        </p>
                    }
                })}
                <Show when=move || not_kept.get()>
                    <p class="notice__line">{t!(i18n, pages.settings.not_kept)}</p>
                </Show>
            </div>
        </section>
    }
}

/// Deleting everything, behind a confirmation that names what goes.
#[component]
fn DeleteAll() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let asking = RwSignal::new(false);
    let done = RwSignal::new(false);
    let keep_button = NodeRef::<Button>::new();
    let ask_button = NodeRef::<Button>::new();
    Effect::new(move |_| {
        if let Some(button) = keep_button.get() {
            let _ = button.focus();
        }
    });
    let confirm = move |_| {
        let result = store.delete_all();
        asking.set(false);
        done.set(result.is_ok());
    };
    let cancel = move |_| {
        asking.set(false);
        request_animation_frame(move || {
            if let Some(button) = ask_button.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    let count = move || store.cases().with(Vec::len);
    view! {
        <section class="card card--danger" aria-labelledby="settings-delete-all">
            <h2 id="settings-delete-all">{t!(i18n, pages.settings.delete_all_title)}</h2>
            <p>{t!(i18n, pages.settings.delete_all_body)}</p>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <button
                        type="button"
                        class="button button--danger"
                        node_ref=ask_button
                        on:click=move |_| {
                            done.set(false);
                            asking.set(true);
                        }
                    >
                        {t!(i18n, pages.settings.delete_all_button)}
                    </button>
                }
            >
                <div class="confirm" role="group" aria-labelledby="delete-all-question">
                    <p id="delete-all-question" class="warning">
                        {move || t_string!(i18n, pages.settings.delete_all_question, count = count())}
                    </p>
                    <div class="notice__actions">
                        <button type="button" class="button button--danger" on:click=confirm>
                            {t!(i18n, pages.settings.delete_all_confirm)}
                        </button>
                        <button type="button" class="button button--quiet" node_ref=keep_button on:click=cancel>
                            {t!(i18n, pages.settings.delete_all_cancel)}
                        </button>
                    </div>
                </div>
            </Show>
            <div role="status">
                <Show when=move || done.get()>
                    <p class="notice__line notice__line--ok">{t!(i18n, pages.settings.delete_all_done)}</p>
                </Show>
            </div>
        </section>
    }
}
