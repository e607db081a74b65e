//! Shown in place of a page whose code did not arrive (see `src/app.rs`).

use leptos::prelude::*;

use crate::components::PageHeading;
use crate::i18n::*;

/// Says the page did not arrive and offers to fetch it again by reloading
/// the address; nothing the buyer saved is touched.
#[component]
pub fn PageNotLoaded() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, page_not_loaded.title).to_string());
    let retry = move |_| {
        let _ = window().location().reload();
    };
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, page_not_loaded.body)}</p>
        <p>
            <button type="button" class="button" on:click=retry>
                {t!(i18n, page_not_loaded.retry)}
            </button>
        </p>
    }
}
