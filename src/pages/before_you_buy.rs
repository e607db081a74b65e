//! /before-you-buy: checking a listing and its seller before paying.

use leptos::prelude::*;

use crate::components::PageHeading;
use crate::i18n::*;

#[component]
pub fn BeforeYouBuy() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, pages.before_you_buy.title).to_string());
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, pages.before_you_buy.lead)}</p>
    }
}
