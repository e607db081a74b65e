//! The steps of the filing guide, from "My Orders" to the claim (E1–E5),
//! with the evidence for the ground (D6, D7) and what not to do (D2, D10).

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::components::RuleCitation;
use crate::domain::{Confidence, Policy, Problem, RuleId};
use crate::i18n::buttons::AliButton;
use crate::i18n::*;

/// A sentence with the rule it rests on.
#[component]
fn Fact(rule: RuleId, children: Children) -> impl IntoView {
    view! {
        <div class="fact">
            <p>{children()}</p>
            <RuleCitation id=rule />
        </div>
    }
}

/// One numbered step: its heading lets a screen reader move from step to
/// step.
#[component]
fn Step(
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <li class="filing-step">
            <h3 id=id class="filing-step__title">{title}</h3>
            {children()}
        </li>
    }
}

/// Says that AliExpress may word a button slightly differently, for the
/// labels the reference is less sure of.
#[component]
pub(super) fn LabelNote(button: AliButton) -> impl IntoView {
    let i18n = use_i18n();
    (button.confidence() != Confidence::High).then(|| {
        view! {
            <p class="note">
                {move || {
                    t_string!(i18n, filing.label_may_differ, button = button.label(i18n.get_locale()))
                }}
            </p>
        }
    })
}

fn label(i18n: I18nContext<Locale>, button: AliButton) -> &'static str {
    button.label(i18n.get_locale())
}

/// D2: talk to the seller first, on AliExpress only.
#[component]
pub(super) fn BeforeOpening() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="filing-before">
            <h2 id="filing-before">{t!(i18n, filing.before.title)}</h2>
            <Fact rule=RuleId::D2>
                {move || {
                    t_string!(
                        i18n, filing.before.contact, button = label(i18n, AliButton::ContactSeller)
                    )
                }}
            </Fact>
            <LabelNote button=AliButton::ContactSeller />
            <p class="warning">{t!(i18n, filing.before.no_outside)}</p>
        </section>
    }
}

/// The numbered steps for `ground`; a parcel that never came has nothing to
/// photograph or send back, so those parts follow the ground.
#[component]
pub(super) fn Steps(ground: Problem) -> impl IntoView {
    let i18n = use_i18n();
    let policy = Policy::default();
    let (escalation_days, return_ship_days, appeal_days) = (
        policy.escalation_days,
        policy.return_ship_days,
        policy.appeal_days,
    );
    let not_received = ground == Problem::NotReceived;
    let title = move |make: fn(Locale, &'static str) -> String, button: AliButton| {
        Signal::derive(move || {
            let locale = i18n.get_locale();
            make(locale, button.label(locale))
        })
    };
    let plain = move |make: fn(Locale) -> &'static str| {
        Signal::derive(move || make(i18n.get_locale()).to_string())
    };
    view! {
        <section class="card" aria-labelledby="filing-steps">
            <h2 id="filing-steps">{t!(i18n, filing.steps_title)}</h2>
            <ol class="filing-steps">
                <Step
                    id="step-my-orders"
                    title=title(|l, b| td_string!(l, filing.step.my_orders_title, button = b), AliButton::MyOrders)
                >
                    <p>
                        {move || {
                            t_string!(
                                i18n, filing.step.my_orders_body, button = label(i18n, AliButton::MyOrders)
                            )
                        }}
                    </p>
                </Step>
                <Step
                    id="step-details"
                    title=title(|l, b| td_string!(l, filing.step.details_title, button = b), AliButton::ViewDetails)
                >
                    <p>
                        {move || {
                            t_string!(
                                i18n, filing.step.details_body, button = label(i18n, AliButton::ViewDetails)
                            )
                        }}
                    </p>
                </Step>
                <Step
                    id="step-open"
                    title=Signal::derive(move || {
                        let locale = i18n.get_locale();
                        let newer = AliButton::ReturnsRefunds.label(locale);
                        let older = AliButton::OpenDispute.label(locale);
                        td_string!(locale, filing.step.open_title, newer, older)
                    })
                >
                    <p>
                        {move || {
                            let older = label(i18n, AliButton::OpenDispute);
                            t_string!(i18n, filing.step.open_newer, older)
                        }}
                    </p>
                    <LabelNote button=AliButton::ReturnsRefunds />
                    <OpenDispute not_received policy />
                </Step>
                <Step id="step-choose" title=plain(|l| td_string!(l, filing.step.choose_title))>
                    <ChooseRemedy ground />
                </Step>
                <Step id="step-write" title=plain(|l| td_string!(l, filing.step.write_title))>
                    <p>{t!(i18n, filing.step.write_body)}</p>
                </Step>
                <Step id="step-attach" title=plain(|l| td_string!(l, filing.step.attach_title))>
                    <Evidence ground />
                </Step>
                <Step id="step-wait" title=plain(|l| td_string!(l, filing.step.wait_title))>
                    <Fact rule=RuleId::E1>
                        {t!(i18n, filing.step.wait_body, days = escalation_days)}
                    </Fact>
                    <p>{t!(i18n, filing.step.wait_check)}</p>
                    <Fact rule=RuleId::E1>{t!(i18n, filing.step.escalate_self)}</Fact>
                </Step>
                <Step id="step-claim" title=plain(|l| td_string!(l, filing.step.claim_title))>
                    <Fact rule=RuleId::E2>{t!(i18n, filing.step.claim_body)}</Fact>
                    <p>{t!(i18n, filing.step.claim_template)}</p>
                </Step>
                <Step id="step-agreed" title=plain(|l| td_string!(l, filing.step.agreed_title))>
                    <Fact rule=RuleId::E3>{t!(i18n, filing.step.agreed_body)}</Fact>
                    <Fact rule=RuleId::D10>{t!(i18n, filing.step.agreed_careful)}</Fact>
                </Step>
                {(!not_received).then(|| view! {
                    <Step id="step-return" title=plain(|l| td_string!(l, filing.step.return_title))>
                        <Fact rule=RuleId::E5>
                            {t!(i18n, filing.step.return_body, days = return_ship_days)}
                        </Fact>
                    </Step>
                })}
                <Step id="step-appeal" title=plain(|l| td_string!(l, filing.step.appeal_title))>
                    <Fact rule=RuleId::E4>
                        {t!(i18n, filing.step.appeal_body, days = appeal_days)}
                    </Fact>
                    <p class="note">{t!(i18n, filing.step.appeal_unsure)}</p>
                </Step>
            </ol>
        </section>
    }
}

/// When the button appears and until when it can be pressed (D3–D5).
#[component]
fn OpenDispute(not_received: bool, policy: Policy) -> impl IntoView {
    let i18n = use_i18n();
    let opens_after_days = policy.dispute_opens_after_days;
    let window_days = policy.dispute_window_days;
    let marked_delivered_days = policy.marked_delivered_days;
    view! {
        <Fact rule=RuleId::D3>
            {t!(i18n, filing.step.open_appears, days = opens_after_days)}
        </Fact>
        <Fact rule=RuleId::D4>
            {t!(i18n, filing.step.open_window, days = window_days)}
        </Fact>
        {not_received.then(|| view! {
            <Fact rule=RuleId::BP1>{t!(i18n, filing.step.open_before_protection)}</Fact>
            <div class="fact warning">
                <p>
                    {t!(i18n, filing.step.open_marked_delivered, days = marked_delivered_days)}
                </p>
                <RuleCitation id=RuleId::D5 />
            </div>
        })}
    }
}

/// Refund only or a return, the amount and the reason.
#[component]
fn ChooseRemedy(ground: Problem) -> impl IntoView {
    let i18n = use_i18n();
    let refund_only = move || label(i18n, AliButton::RefundOnly);
    let ground_words = move || labels::problem(i18n.get_locale(), ground);
    let form_asks = move || {
        let return_refund = label(i18n, AliButton::ReturnAndRefund);
        t_string!(
            i18n,
            filing.step.form_asks,
            refund_only = refund_only(),
            return_refund
        )
    };
    let form_asks = view! { <Fact rule=RuleId::D6>{form_asks}</Fact> };
    if ground == Problem::NotReceived {
        return view! {
            {form_asks}
            <p>{move || t_string!(i18n, filing.step.choose_refund_only_missing, button = refund_only())}</p>
            <p>{move || t_string!(i18n, filing.step.choose_reason, ground = ground_words())}</p>
        }
        .into_any();
    }
    view! {
        {form_asks}
        <p>{move || t_string!(i18n, filing.step.choose_refund_only_kept, button = refund_only())}</p>
        <Fact rule=RuleId::R3>
            {move || {
                t_string!(
                    i18n, filing.step.choose_return, button = label(i18n, AliButton::ReturnAndRefund)
                )
            }}
        </Fact>
        <LabelNote button=AliButton::ReturnAndRefund />
        <p>
            {move || {
                t_string!(
                    i18n,
                    filing.step.choose_amount,
                    full = label(i18n, AliButton::FullRefund),
                    partial = label(i18n, AliButton::PartialRefund)
                )
            }}
        </p>
        <p>{move || t_string!(i18n, filing.step.choose_reason, ground = ground_words())}</p>
    }
    .into_any()
}

/// A piece of evidence that wins disputes (D7).
#[derive(Clone, Copy)]
enum Tip {
    PhotosItem,
    PhotosDamage,
    PhotosCount,
    Size,
    VideoFault,
    Genuine,
    ShippingMethod,
    Unboxing,
    Screenshots,
    Tracking,
    PostOffice,
    Customs,
}

impl Tip {
    fn for_ground(ground: Problem) -> &'static [Tip] {
        use Tip::*;
        match ground {
            Problem::NotReceived => &[Tracking, PostOffice, Customs, Screenshots],
            Problem::NotAsDescribed => &[PhotosItem, Size, Unboxing, Screenshots],
            Problem::Quality => &[PhotosItem, VideoFault, Size, Unboxing, Screenshots],
            Problem::Counterfeit => &[Genuine, PhotosItem, Unboxing, Screenshots],
            Problem::Damaged => &[PhotosDamage, VideoFault, Unboxing, Screenshots],
            Problem::WrongDeliveryMethod => &[ShippingMethod, Tracking, Screenshots],
            Problem::WrongQuantity => &[PhotosCount, Unboxing, Screenshots],
            Problem::OrderedByMistake | Problem::CheaperElsewhere | Problem::NoLongerNeeded => {
                &[PhotosItem, Screenshots]
            }
        }
    }

    fn text(self, locale: Locale) -> &'static str {
        match self {
            Tip::PhotosItem => td_string!(locale, filing.evidence.photos_item),
            Tip::PhotosDamage => td_string!(locale, filing.evidence.photos_damage),
            Tip::PhotosCount => td_string!(locale, filing.evidence.photos_count),
            Tip::Size => td_string!(locale, filing.evidence.size),
            Tip::VideoFault => td_string!(locale, filing.evidence.video_fault),
            Tip::Genuine => td_string!(locale, filing.evidence.genuine),
            Tip::ShippingMethod => td_string!(locale, filing.evidence.shipping_method),
            Tip::Unboxing => td_string!(locale, filing.evidence.unboxing),
            Tip::Screenshots => td_string!(locale, filing.evidence.screenshots),
            Tip::Tracking => td_string!(locale, filing.evidence.tracking),
            Tip::PostOffice => td_string!(locale, filing.evidence.post_office),
            Tip::Customs => td_string!(locale, filing.evidence.customs),
        }
    }
}

/// Whether photos are required (D6) and what else helps (D7).
#[component]
fn Evidence(ground: Problem) -> impl IntoView {
    let i18n = use_i18n();
    let requirement = if ground.is_about_received_item() {
        view! { <p class="filing-required">{t!(i18n, filing.step.attach_required)}</p> }.into_any()
    } else if ground == Problem::NotReceived {
        view! { <p>{t!(i18n, filing.step.attach_not_required)}</p> }.into_any()
    } else {
        view! { <p>{t!(i18n, filing.step.attach_change_of_mind)}</p> }.into_any()
    };
    let tips = Tip::for_ground(ground)
        .iter()
        .map(|&tip| view! { <li>{move || tip.text(i18n.get_locale())}</li> })
        .collect_view();
    view! {
        <div class="fact">
            <div class="fact__text">{requirement}</div>
            <RuleCitation id=RuleId::D6 />
        </div>
        <div class="fact">
            <p>{t!(i18n, filing.step.attach_wins)}</p>
            <RuleCitation id=RuleId::D7 />
        </div>
        <ul class="filing-evidence">{tips}</ul>
    }
}

/// D2 and D10: what the buyer should refuse, whoever asks.
#[component]
pub(super) fn WhatNotToDo() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="filing-dont">
            <h2 id="filing-dont">{t!(i18n, filing.dont.title)}</h2>
            <Fact rule=RuleId::D2>{t!(i18n, filing.dont.outside)}</Fact>
            <Fact rule=RuleId::D10>{t!(i18n, filing.dont.pressure)}</Fact>
            <ul class="filing-dont">
                <li>
                    {move || {
                        t_string!(
                            i18n, filing.dont.confirm, button = label(i18n, AliButton::ConfirmReceipt)
                        )
                    }}
                </li>
                <li>{t!(i18n, filing.dont.cancel)}</li>
                <li>{t!(i18n, filing.dont.extend)}</li>
                <li>{t!(i18n, filing.dont.pay_outside)}</li>
            </ul>
            <LabelNote button=AliButton::ConfirmReceipt />
            <p class="warning">{t!(i18n, filing.dont.never)}</p>
        </section>
    }
}
