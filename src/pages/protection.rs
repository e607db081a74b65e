//! /protection: what buyer protection covers and until when (BP1–BP5), and
//! how refunds come back (F1–F3). Every number comes from the policy table.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{PageHeading, RuleCitation};
use crate::domain::{Alternative, Policy, RuleId};
use crate::i18n::buttons::AliButton;
use crate::i18n::*;

#[component]
pub fn Protection() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, protection.title).to_string());
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, protection.lead)}</p>
        <PaymentHeld />
        <ProtectionPeriod />
        <section class="card" aria-labelledby="bp3">
            <div class="card__head">
                <h2 id="bp3">{t!(i18n, protection.not_delivered.title)}</h2>
                <RuleCitation id=RuleId::BP3 />
            </div>
            <p>{t!(i18n, protection.not_delivered.body)}</p>
        </section>
        <section class="card" aria-labelledby="bp4">
            <div class="card__head">
                <h2 id="bp4">{t!(i18n, protection.counterfeit.title)}</h2>
                <RuleCitation id=RuleId::BP4 />
            </div>
            <p>{t!(i18n, protection.counterfeit.body)}</p>
        </section>
        <section class="card" aria-labelledby="bp5">
            <div class="card__head">
                <h2 id="bp5">{t!(i18n, protection.not_covered.title)}</h2>
                <RuleCitation id=RuleId::BP5 />
            </div>
            <ul>
                <li>{t!(i18n, protection.not_covered.outside)}</li>
                <li>{t!(i18n, protection.not_covered.address)}</li>
                <li>{t!(i18n, protection.not_covered.customs)}</li>
                <li>{t!(i18n, protection.not_covered.force_majeure)}</li>
            </ul>
        </section>
        <Refunds />
        <Words />
        <aside class="card card--next" aria-labelledby="protection-next">
            <h2 id="protection-next">{t!(i18n, protection.next.title)}</h2>
            <p>{t!(i18n, protection.next.body)}</p>
            <A href="/eligibility" attr:class="button">{t!(i18n, protection.next.link)}</A>
        </aside>
    }
}

#[component]
fn PaymentHeld() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="bp1">
            <div class="card__head">
                <h2 id="bp1">{t!(i18n, protection.held.title)}</h2>
                <RuleCitation id=RuleId::BP1 />
            </div>
            <p>
                {move || {
                    let button = AliButton::ConfirmReceipt.label(i18n.get_locale());
                    t_string!(i18n, protection.held.body, button)
                }}
            </p>
            <p class="warning">{t!(i18n, protection.held.warning)}</p>
        </section>
    }
}

#[component]
fn ProtectionPeriod() -> impl IntoView {
    let i18n = use_i18n();
    let days = Policy::default().protection_days;
    let alternative_days = |choice| Policy::default().with_alternative(choice).protection_days;
    let economy = alternative_days(Alternative::Protection75);
    let newer = alternative_days(Alternative::Protection90);
    let brazil = alternative_days(Alternative::Protection120);
    view! {
        <section class="card" aria-labelledby="bp2">
            <div class="card__head">
                <h2 id="bp2">{t!(i18n, protection.until.title)}</h2>
                <RuleCitation id=RuleId::BP2 />
            </div>
            <p>{t!(i18n, protection.until.order_page)}</p>
            <p>{t!(i18n, protection.until.estimate)}</p>
            <ol>
                <li>{t!(i18n, protection.until.promised)}</li>
                <li>{t!(i18n, protection.until.default, days)}</li>
            </ol>
            <p>{t!(i18n, protection.until.starts)}</p>
            <p class="note">{t!(i18n, protection.until.alternatives, economy, newer, brazil)}</p>
        </section>
    }
}

#[component]
fn Refunds() -> impl IntoView {
    let i18n = use_i18n();
    let policy = Policy::default();
    let (min, max) = policy.card_refund_days;
    let bank = policy.bank_extra_days;
    let range = |choice| {
        let (from, to) = Policy::default().with_alternative(choice).card_refund_days;
        format!("{from}–{to}")
    };
    let first = range(Alternative::CardRefund3To15);
    let second = range(Alternative::CardRefund7To10);
    view! {
        <section class="card" aria-labelledby="refunds">
            <h2 id="refunds">{t!(i18n, protection.refunds.title)}</h2>
            <div class="fact">
                <p>{t!(i18n, protection.refunds.stages)}</p>
                <RuleCitation id=RuleId::F1 />
            </div>
            <ol class="stages">
                {[AliButton::RefundWaiting, AliButton::RefundProcessing, AliButton::RefundMade]
                    .into_iter()
                    .map(|stage| view! { <li>{move || stage.label(i18n.get_locale())}</li> })
                    .collect_view()}
            </ol>
            <div class="fact">
                <p>{t!(i18n, protection.refunds.card, min, max, bank)}</p>
                <RuleCitation id=RuleId::F2 />
            </div>
            <p>{t!(i18n, protection.refunds.balance)}</p>
            <p class="note">{t!(i18n, protection.refunds.card_alternatives, first = first.clone(), second = second.clone())}</p>
            <p>{t!(i18n, protection.refunds.business_days)}</p>
            <div class="fact">
                <p>{t!(i18n, protection.refunds.same_way)}</p>
                <RuleCitation id=RuleId::F3 />
            </div>
        </section>
    }
}

/// The words of AliExpress's pages, each in one plain sentence with the rule
/// behind it.
#[component]
fn Words() -> impl IntoView {
    let i18n = use_i18n();
    let term = |words: fn(Locale) -> String, rules: &'static [RuleId]| {
        view! {
            <dd>
                <p>{move || words(i18n.get_locale())}</p>
                {rules.iter().map(|id| view! { <RuleCitation id=*id /> }).collect_view()}
            </dd>
        }
    };
    view! {
        <section class="card" aria-labelledby="words">
            <h2 id="words">{t!(i18n, protection.words.title)}</h2>
            <p>{t!(i18n, protection.words.lead)}</p>
            <dl class="glossary">
                <dt>{t!(i18n, protection.words.dispute_term)}</dt>
                {term(
                    move |l| {
                        let newer = AliButton::ReturnsRefunds.label(l);
                        let older = AliButton::OpenDispute.label(l);
                        let days = Policy::default().escalation_days;
                        td_string!(l, protection.words.dispute, newer, older, days)
                    },
                    &[RuleId::E1],
                )}
                <dt>{t!(i18n, protection.words.claim_term)}</dt>
                {term(|l| td_string!(l, protection.words.claim).to_string(), &[RuleId::E1])}
                <dt>{t!(i18n, protection.words.case_team_term)}</dt>
                {term(|l| td_string!(l, protection.words.case_team).to_string(), &[RuleId::E2])}
                <dt>{t!(i18n, protection.words.confirm_term)}</dt>
                {term(
                    |l| {
                        let button = AliButton::ConfirmReceipt.label(l);
                        td_string!(l, protection.words.confirm, button)
                    },
                    &[RuleId::BP1],
                )}
                <dt>{t!(i18n, protection.words.protection_term)}</dt>
                {term(|l| td_string!(l, protection.words.protection).to_string(), &[RuleId::BP2])}
                <dt>{t!(i18n, protection.words.stages_term)}</dt>
                {term(
                    |l| {
                        let waiting = AliButton::RefundWaiting.label(l);
                        let processing = AliButton::RefundProcessing.label(l);
                        let made = AliButton::RefundMade.label(l);
                        td_string!(l, protection.words.stages, waiting, processing, made)
                    },
                    &[RuleId::F1],
                )}
            </dl>
        </section>
    }
}
