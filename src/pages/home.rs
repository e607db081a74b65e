//! /: "What is happening with your order?" and a way in for each situation.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::PageHeading;
use crate::domain::Policy;
use crate::i18n::*;

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, home.title).to_string());
    let marked_delivered_days = Policy::default().marked_delivered_days;
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, home.lead)}</p>
        <ul class="entries" aria-label=move || t_string!(i18n, home.entries_label)>
            <Entry href="/eligibility" title=move || t!(i18n, home.not_shipped.title) body=move || t!(i18n, home.not_shipped.body) />
            <Entry href="/eligibility" title=move || t!(i18n, home.too_long.title) body=move || t!(i18n, home.too_long.body) />
            <Entry
                href="/eligibility"
                title=move || t!(i18n, home.marked_delivered.title)
                body=move || t!(i18n, home.marked_delivered.body, days = marked_delivered_days)
            />
            <Entry href="/eligibility" title=move || t!(i18n, home.wrong_or_broken.title) body=move || t!(i18n, home.wrong_or_broken.body) />
            <Entry href="/returns" title=move || t!(i18n, home.changed_mind.title) body=move || t!(i18n, home.changed_mind.body) />
            <Entry href="/file" title=move || t!(i18n, home.dispute_open.title) body=move || t!(i18n, home.dispute_open.body) />
            <Entry href="/cases" title=move || t!(i18n, home.waiting_refund.title) body=move || t!(i18n, home.waiting_refund.body) />
        </ul>
    }
}

#[component]
fn Entry<T, TV, B, BV>(href: &'static str, title: T, body: B) -> impl IntoView
where
    T: Fn() -> TV + Send + Sync + 'static,
    TV: IntoView + 'static,
    B: Fn() -> BV + Send + Sync + 'static,
    BV: IntoView + 'static,
{
    view! {
        <li>
            <A href=href attr:class="entry">
                <span class="entry__title">{title}</span>
                <span class="entry__body">{body}</span>
            </A>
        </li>
    }
}
