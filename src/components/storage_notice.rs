//! The notice above every page when the cases are not safely kept: stored
//! data that could not be read, data of a newer version, storage that the
//! browser blocks, or a save that failed. Also says when changes from
//! another tab were merged.

use leptos::prelude::*;

use super::ExportButton;
use crate::i18n::*;
use crate::storage::status::DamagedData;
use crate::storage::{use_store, StorageStatus, Store};

#[component]
pub fn StorageNotice() -> impl IntoView {
    let store = use_store();
    view! {
        {move || match store.status().get() {
            StorageStatus::Saved => ().into_any(),
            StorageStatus::NotSaved(error) => view! { <NotSaved error /> }.into_any(),
            StorageStatus::MemoryOnly => view! { <MemoryOnly /> }.into_any(),
            StorageStatus::Damaged(data) => view! { <Damaged data /> }.into_any(),
            StorageStatus::Newer { version } => view! { <Newer version /> }.into_any(),
        }}
        <ChangedInTwoTabs store />
    }
}

#[component]
fn NotSaved(error: crate::storage::WriteError) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let reason = move || storage::write_error(i18n.get_locale(), &error);
    view! {
        <div class="notice notice--bad" role="alert">
            <p class="notice__title">{t!(i18n, storage.notice.not_saved_title)}</p>
            <p>{move || t_string!(i18n, storage.notice.not_saved_body, reason = reason())}</p>
            <div class="notice__actions">
                <ExportButton />
                <button type="button" class="button button--quiet" on:click=move |_| {
                    let _ = store.retry_save();
                }>{t!(i18n, storage.notice.try_again)}</button>
            </div>
        </div>
    }
}

#[component]
fn MemoryOnly() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice notice--warn" role="alert">
            <p class="notice__title">{t!(i18n, storage.notice.memory_title)}</p>
            <p>{t!(i18n, storage.notice.memory_body)}</p>
            <div class="notice__actions">
                <ExportButton />
            </div>
        </div>
    }
}

#[component]
fn Newer(version: u64) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice notice--warn" role="alert">
            <p class="notice__title">{t!(i18n, storage.notice.newer_title)}</p>
            <p>{move || t_string!(i18n, storage.notice.newer_body, version = version)}</p>
        </div>
    }
}

#[component]
fn Damaged(data: DamagedData) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let readable = data.readable.len();
    let backup_key = data.backup.clone().ok();
    let backup = data.backup.clone();
    let backup_line = move || match &backup {
        Ok(key) => t_string!(i18n, storage.notice.backup_made, key = key),
        Err(error) => {
            let reason = storage::write_error(i18n.get_locale(), error);
            t_string!(i18n, storage.notice.backup_failed, reason = reason)
        }
    };
    let problems = data.problems.clone();
    let problem_items = move || {
        let locale = i18n.get_locale();
        problems
            .iter()
            .map(|problem| view! { <li>{storage::damage(locale, problem)}</li> })
            .collect_view()
    };
    let failed = RwSignal::new(false);
    let download = move |_| failed.set(download_damaged(backup_key.as_deref()).is_err());
    view! {
        <div class="notice notice--bad" role="alert">
            <p class="notice__title">{t!(i18n, storage.notice.damaged_title)}</p>
            <p>{t!(i18n, storage.notice.damaged_body)}</p>
            <p>{backup_line}</p>
            <details class="notice__details">
                <summary>{t!(i18n, storage.notice.problems)}</summary>
                <ul>{problem_items}</ul>
            </details>
            <p>{move || t_string!(i18n, storage.notice.readable, count = readable)}</p>
            <Show when=move || failed.get()>
                <p class="notice__line">{t!(i18n, pages.settings.export_failed)}</p>
            </Show>
            <div class="notice__actions">
                <button type="button" class="button" on:click=download>
                    {t!(i18n, storage.notice.download_damaged)}
                </button>
                <Show when=move || { readable > 0 }>
                    <button type="button" class="button button--quiet" on:click=move |_| {
                        let _ = store.start_afresh(true);
                    }>{t!(i18n, storage.notice.start_afresh_readable)}</button>
                </Show>
                <button type="button" class="button button--quiet" on:click=move |_| {
                    let _ = store.start_afresh(false);
                }>{t!(i18n, storage.notice.start_afresh)}</button>
            </div>
        </div>
    }
}

/// Cases changed in this tab and in another: the later change is shown, and
/// the other version stays at hand until the buyer chooses or dismisses it.
#[component]
fn ChangedInTwoTabs(store: Store) -> impl IntoView {
    let i18n = use_i18n();
    let count = move || store.set_aside().with(Vec::len);
    let versions = move || {
        let locale = i18n.get_locale();
        store
            .set_aside()
            .get()
            .into_iter()
            .map(|case| {
                let name = storage::case_name(locale, &case);
                let label = td_string!(locale, storage.notice.use_other_label, name = name.clone());
                let id = case.id.clone();
                view! {
                    <li>
                        <span>{name}</span>
                        " "
                        <button type="button" class="button button--quiet" aria-label=label
                            on:click=move |_| { let _ = store.use_set_aside(&id); }>
                            {t!(i18n, storage.notice.use_other)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div role="status" class="notice-live">
            <Show when=move || { count() > 0 }>
                <div class="notice notice--info">
                    <p>{move || t_string!(i18n, storage.notice.two_tabs, count = count())}</p>
                    <ul class="notice__list">{versions}</ul>
                    <button type="button" class="button button--quiet" on:click=move |_| {
                        store.dismiss_set_aside()
                    }>{t!(i18n, storage.notice.dismiss)}</button>
                </div>
            </Show>
        </div>
    }
}

/// Downloads the damaged text exactly as stored: from its backup, which
/// stays when another tab starts afresh, or from the untouched main key
/// when no backup could be made.
#[cfg(target_arch = "wasm32")]
fn download_damaged(backup_key: Option<&str>) -> Result<(), ()> {
    use crate::storage::{browser, files, STATE_KEY};
    let raw = match backup_key {
        Some(key) => browser::read_raw(key),
        None => browser::read_raw(STATE_KEY),
    };
    let raw = raw.ok().flatten().ok_or(())?;
    let name = format!(
        "disputa-damaged-data-{}.json",
        crate::domain::format_date(crate::storage::today())
    );
    files::download(&name, &raw, "application/json").map_err(|_| ())
}

#[cfg(not(target_arch = "wasm32"))]
fn download_damaged(_backup_key: Option<&str>) -> Result<(), ()> {
    Err(())
}
