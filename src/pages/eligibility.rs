//! /eligibility: whether, from when and until when a dispute can be opened.

use leptos::prelude::*;

use crate::components::PageHeading;
use crate::i18n::*;

#[component]
pub fn Eligibility() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, pages.eligibility.title).to_string());
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, pages.eligibility.lead)}</p>
    }
}
