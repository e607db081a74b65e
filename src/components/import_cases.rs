//! Importing a case file: pick a file, read every problem or a preview of
//! what will be added, updated or kept, then confirm. Nothing changes
//! before the buyer confirms, and a refused file changes nothing at all.

use leptos::html::Input;
use leptos::prelude::*;

use crate::domain::Case;
use crate::i18n::*;
use crate::storage::{use_store, ImportError, ImportPlan, StoreError};

/// Where an import stands. (A native build reads no files, so it never
/// refuses or previews one.)
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Idle,
    Refused(ImportError),
    Unreadable,
    Preview(ImportPlan),
    Done { added: usize, updated: usize },
    NotKept,
}

#[component]
pub fn ImportCases() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let step = RwSignal::new(Step::Idle);
    let input = NodeRef::<Input>::new();
    let reset_input = move || {
        if let Some(input) = input.get_untracked() {
            input.set_value("");
        }
    };
    let on_change = move |_| {
        if let Some(input) = input.get_untracked() {
            read_picked(&input, store.cases().get_untracked(), step);
        }
    };
    let confirm = move |plan: ImportPlan| {
        let added = plan.added.len();
        let updated = plan.updated.len();
        step.set(match store.import(&plan.cases) {
            Ok(()) => Step::Done { added, updated },
            Err(StoreError::NotKept(_)) => Step::NotKept,
            Err(_) => Step::Idle,
        });
        reset_input();
    };
    let cancel = move |_| {
        step.set(Step::Idle);
        reset_input();
    };
    view! {
        <section class="card" aria-labelledby="settings-import">
            <h2 id="settings-import">{t!(i18n, pages.settings.import_title)}</h2>
            <p>{t!(i18n, pages.settings.import_body)}</p>
            <label class="field" for="import-file">
                <span class="field__label">{t!(i18n, pages.settings.import_label)}</span>
                <input
                    id="import-file"
                    type="file"
                    accept=".json,application/json"
                    node_ref=input
                    on:change=on_change
                />
            </label>
            <div role="status">
                {move || match step.get() {
                    Step::Done { added, updated } => view! {
                        <p class="notice__line notice__line--ok">
                            {move || t_string!(i18n, pages.settings.import_done, added = added, updated = updated)}
                        </p>
                    }.into_any(),
                    Step::NotKept => view! {
                        <p class="notice__line">{t!(i18n, pages.settings.not_kept)}</p>
                    }.into_any(),
                    _ => ().into_any(),
                }}
            </div>
            {move || match step.get() {
                Step::Refused(error) => view! { <Refused error /> }.into_any(),
                Step::Unreadable => view! {
                    <div class="notice notice--bad" role="alert">
                        <p>{t!(i18n, pages.settings.import_unreadable)}</p>
                    </div>
                }.into_any(),
                Step::Preview(plan) => view! {
                    <Preview plan=plan.clone() on_confirm=move || confirm(plan.clone()) on_cancel=cancel />
                }.into_any(),
                _ => ().into_any(),
            }}
        </section>
    }
}

/// Reads the picked file, if any, and moves `step` to the refusal or the preview.
#[cfg(target_arch = "wasm32")]
fn read_picked(input: &web_sys::HtmlInputElement, current: Vec<Case>, step: RwSignal<Step>) {
    use crate::storage::{plan_import, today, MAX_IMPORT_BYTES};
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        step.set(Step::Idle);
        return;
    };
    // A size beyond the cap is refused before a single byte is read.
    let size = file.size();
    if size > MAX_IMPORT_BYTES as f64 {
        step.set(Step::Refused(ImportError::TooLarge { bytes: size as u64 }));
        return;
    }
    leptos::task::spawn_local(async move {
        step.set(match crate::storage::files::read_bytes(&file).await {
            Err(_) => Step::Unreadable,
            Ok(bytes) => match plan_import(&bytes, &current, today()) {
                Ok(plan) => Step::Preview(plan),
                Err(error) => Step::Refused(error),
            },
        });
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn read_picked(_input: &web_sys::HtmlInputElement, _current: Vec<Case>, step: RwSignal<Step>) {
    step.set(Step::Unreadable);
}

#[component]
fn Refused(error: ImportError) -> impl IntoView {
    let i18n = use_i18n();
    let lines = move || {
        let locale = i18n.get_locale();
        match &error {
            ImportError::TooLarge { bytes } => {
                let size = format!("{:.1}", *bytes as f64 / (1024.0 * 1024.0));
                vec![td_string!(
                    locale,
                    pages.settings.import_too_large,
                    size = size
                )]
            }
            ImportError::NotText => vec![td_string!(locale, pages.settings.import_not_text).into()],
            ImportError::NoCases => vec![td_string!(locale, pages.settings.import_no_cases).into()],
            ImportError::Problems(problems) => problems
                .iter()
                .map(|problem| storage::import_problem(locale, problem))
                .collect(),
        }
    };
    view! {
        <div class="notice notice--bad" role="alert">
            <p class="notice__title">{t!(i18n, pages.settings.import_refused)}</p>
            <ul class="problems">
                {move || lines().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        </div>
    }
}

#[component]
fn Preview(
    plan: ImportPlan,
    on_confirm: impl Fn() + Send + Sync + 'static,
    on_cancel: impl Fn(leptos::ev::MouseEvent) + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let changes = plan.changes_something();
    let names = move |ids: &[String]| {
        let ids = ids.to_vec();
        let cases = plan.cases.clone();
        move || {
            let locale = i18n.get_locale();
            ids.iter()
                .filter_map(|id| cases.iter().find(|case| &case.id == id))
                .map(|case| view! { <li>{storage::case_name(locale, case)}</li> })
                .collect_view()
        }
    };
    let group = |count: usize, heading: Signal<String>, items| {
        (count > 0).then(|| {
            view! {
                <h4>{heading}</h4>
                <ul>{items}</ul>
            }
        })
    };
    let (added, updated, kept, unchanged) = (
        plan.added.len(),
        plan.updated.len(),
        plan.kept_newer.len(),
        plan.unchanged.len(),
    );
    let added_items = names(&plan.added);
    let updated_items = names(&plan.updated);
    let kept_items = names(&plan.kept_newer);
    let unchanged_items = names(&plan.unchanged);
    view! {
        <section class="preview" aria-labelledby="import-preview">
            <h3 id="import-preview">{t!(i18n, pages.settings.import_preview)}</h3>
            {group(added, Signal::derive(move || t_string!(i18n, pages.settings.import_added, count = added)), added_items)}
            {group(updated, Signal::derive(move || t_string!(i18n, pages.settings.import_updated, count = updated)), updated_items)}
            {group(kept, Signal::derive(move || t_string!(i18n, pages.settings.import_kept, count = kept)), kept_items)}
            {group(unchanged, Signal::derive(move || t_string!(i18n, pages.settings.import_unchanged, count = unchanged)), unchanged_items)}
            {(!changes).then(|| view! { <p>{t!(i18n, pages.settings.import_nothing)}</p> })}
            <div class="notice__actions">
                {changes.then(|| view! {
                    <button type="button" class="button" on:click=move |_| on_confirm()>
                        {t!(i18n, pages.settings.import_confirm)}
                    </button>
                })}
                <button type="button" class="button button--quiet" on:click=on_cancel>
                    {t!(i18n, pages.settings.import_cancel)}
                </button>
            </div>
        </section>
    }
}
