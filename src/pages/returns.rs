//! /returns: the free-return check and the return-cost calculator.

use leptos::prelude::*;

use crate::components::PageHeading;
use crate::i18n::*;

#[component]
pub fn Returns() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, pages.returns.title).to_string());
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, pages.returns.lead)}</p>
    }
}
