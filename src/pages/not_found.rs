//! Any address that is not a page of the app.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::PageHeading;
use crate::i18n::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, not_found.title).to_string());
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, not_found.body)}</p>
        <p>
            <A href="/" attr:class="button">{t!(i18n, not_found.home)}</A>
        </p>
    }
}
