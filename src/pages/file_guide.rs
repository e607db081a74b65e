//! /file: the step-by-step filing guide for each ground, with messages to
//! copy. `?ground=` chooses the ground; `?case=` fills the messages from a
//! saved case and, without a ground, takes the case's.

mod steps;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::{CopyText, PageHeading, RuleCitation};
use crate::domain::{Case, Policy, Problem, RuleId};
use crate::i18n::buttons::AliButton;
use crate::i18n::*;
use crate::storage::use_store;

use steps::{BeforeOpening, Steps, WhatNotToDo};

#[component]
pub fn FileGuide() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, pages.file.title).to_string());
    let query = use_query_map();
    let store = use_store();
    let case_id = Memo::new(move |_| {
        query
            .with(|query| query.get("case"))
            .filter(|id| !id.trim().is_empty())
    });
    let case = Memo::new(move |_| {
        let id = case_id.get()?;
        store
            .cases()
            .with(|cases| cases.iter().find(|case| case.id == id).cloned())
    });
    let ground = Memo::new(move |_| {
        query
            .with(|query| {
                query
                    .get_str("ground")
                    .and_then(|g| g.parse::<Problem>().ok())
            })
            .or_else(|| case.with(|case| case.as_ref().and_then(|case| case.problem)))
    });
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, pages.file.lead)}</p>
        <CaseNotice case_id case />
        <GroundChoice ground />
        {move || match ground.get() {
            None => view! { <p class="filing-hint">{t!(i18n, filing.choose.hint)}</p> }.into_any(),
            Some(ground) => view! { <Guide ground case /> }.into_any(),
        }}
    }
}

/// Says which saved case fills the messages, or that the linked case is
/// not on this device.
#[component]
fn CaseNotice(case_id: Memo<Option<String>>, case: Memo<Option<Case>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        case_id.get()?;
        let view = match case.get() {
            Some(case) => {
                let name = storage::case_name(i18n.get_locale(), &case);
                view! {
                    <p class="filing-case filing-case--filled">
                        {move || t_string!(i18n, filing.case.filled, name = name.clone())}
                    </p>
                }
                .into_any()
            }
            None => view! {
                <p class="filing-case filing-case--unknown">{t!(i18n, filing.case.unknown)}</p>
            }
            .into_any(),
        };
        Some(view)
    }
}

/// The choice of ground; the address carries it, so a changed choice
/// replaces the address rather than adding a history entry.
#[component]
fn GroundChoice(ground: Memo<Option<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_navigate();
    let choose = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let mut params = query.get_untracked();
        match value.parse::<Problem>() {
            Ok(ground) => params.replace("ground", ground.as_str().to_string()),
            Err(_) => {
                params.remove("ground");
            }
        }
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..NavigateOptions::default()
        };
        navigate(&format!("/file{}", params.to_query_string()), options);
    };
    let options = Problem::ALL
        .iter()
        .map(|&problem| {
            view! {
                <option value=problem.as_str() selected=move || ground.get() == Some(problem)>
                    {move || labels::problem(i18n.get_locale(), problem)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="ground-choice">
            <label for="ground" class="ground-choice__label">{t!(i18n, filing.choose.label)}</label>
            <select
                id="ground"
                class="ground-choice__select"
                on:change=choose
                prop:value=move || ground.get().map(|g| g.as_str()).unwrap_or_default()
            >
                <option value="" selected=move || ground.get().is_none()>
                    {t!(i18n, filing.choose.prompt)}
                </option>
                {options}
            </select>
        </div>
    }
}

/// Everything for one ground: the better ways for a change of mind, what
/// to do before, the steps, what not to do, and the messages.
#[component]
fn Guide(ground: Problem, case: Memo<Option<Case>>) -> impl IntoView {
    view! {
        {ground.is_change_of_mind().then(|| view! { <BetterWay /> })}
        <BeforeOpening />
        <Steps ground />
        <WhatNotToDo />
        <Messages ground case />
    }
}

/// D9: a change of mind is better settled by cancelling or a free return.
#[component]
fn BetterWay() -> impl IntoView {
    let i18n = use_i18n();
    let free_return_days = Policy::default().free_return_days;
    let label = move |button: AliButton| button.label(i18n.get_locale());
    view! {
        <section class="card card--next" aria-labelledby="filing-better">
            <div class="card__head">
                <h2 id="filing-better">{t!(i18n, filing.better_way.title)}</h2>
                <RuleCitation id=RuleId::D9 />
            </div>
            <div class="fact">
                <p>
                    {move || {
                        t_string!(
                            i18n, filing.better_way.cancel, button = label(AliButton::CancelOrder)
                        )
                    }}
                </p>
                <RuleCitation id=RuleId::D1 />
            </div>
            <steps::LabelNote button=AliButton::CancelOrder />
            <div class="fact">
                <p>
                    {move || {
                        t_string!(
                            i18n,
                            filing.better_way.free_return,
                            button = label(AliButton::FreeReturn),
                            days = free_return_days
                        )
                    }}
                </p>
                <RuleCitation id=RuleId::R1 />
            </div>
            <p>
                <A href="/returns" attr:class="button">
                    {t!(i18n, filing.better_way.free_return_link)}
                </A>
            </p>
            <div class="fact">
                <p>{t!(i18n, filing.better_way.refused)}</p>
                <RuleCitation id=RuleId::D1 />
            </div>
            <div class="fact">
                <p>{t!(i18n, filing.better_way.dispute)}</p>
                <RuleCitation id=RuleId::R3 />
            </div>
        </section>
    }
}

/// The three messages, filled from the case when there is one.
#[component]
fn Messages(ground: Problem, case: Memo<Option<Case>>) -> impl IntoView {
    let i18n = use_i18n();
    let seller = Signal::derive(move || {
        case.with(|case| templates::seller_message(i18n.get_locale(), ground, case.as_ref()))
    });
    let escalation = Signal::derive(move || {
        case.with(|case| templates::escalation_message(i18n.get_locale(), ground, case.as_ref()))
    });
    let refusal = Signal::derive(move || {
        case.with(|case| templates::refusal_message(i18n.get_locale(), case.as_ref()))
    });
    let text = move |key: fn(Locale) -> &'static str| {
        Signal::derive(move || key(i18n.get_locale()).to_string())
    };
    view! {
        <section class="card" aria-labelledby="filing-messages">
            <div class="card__head">
                <h2 id="filing-messages">{t!(i18n, filing.messages.title)}</h2>
                <RuleCitation id=RuleId::D2 />
            </div>
            <p>{t!(i18n, filing.messages.fill_in)}</p>
            <CopyText
                id="message-seller"
                label=text(|l| td_string!(l, filing.messages.seller_label))
                hint=text(|l| td_string!(l, filing.messages.seller_hint))
                text=seller
            />
            <CopyText
                id="message-case-team"
                label=text(|l| td_string!(l, filing.messages.escalation_label))
                hint=text(|l| td_string!(l, filing.messages.escalation_hint))
                text=escalation
            />
            <CopyText
                id="message-refusal"
                label=text(|l| td_string!(l, filing.messages.refusal_label))
                hint=text(|l| td_string!(l, filing.messages.refusal_hint))
                text=refusal
            />
        </section>
    }
}
