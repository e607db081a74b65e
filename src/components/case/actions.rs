//! The moves the lifecycle allows now, as buttons; each asks for its day
//! (today unless changed) and what it needs, then records a dated event.

use leptos::prelude::*;

use crate::domain::{
    allowed_operations, apply, Case, Operation, OperationKind, Outcome, RefundStage, RouteOutcome,
};
use crate::i18n::*;
use crate::storage::{today, use_store};

#[component]
pub fn CaseActions(case: Signal<Case>) -> impl IntoView {
    let i18n = use_i18n();
    // Moving the refund on has its own place, on the refund tracker, and
    // the moves outside AliExpress theirs, under each route.
    let allowed = Memo::new(move |_| {
        case.with(|c| {
            allowed_operations(c)
                .into_iter()
                .filter(|kind| *kind != OperationKind::AdvanceRefund)
                .filter(|kind| kind.route().is_none())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="case-actions">
            <h2 id="case-actions">{t!(i18n, case.actions_title)}</h2>
            <p>{t!(i18n, case.actions_body)}</p>
            <Moves case allowed prefix="move" />
        </section>
    }
}

/// One button per move in `allowed`; the chosen one opens its form.
#[component]
pub(super) fn Moves(
    case: Signal<Case>,
    allowed: Memo<Vec<OperationKind>>,
    prefix: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(None::<OperationKind>);
    let buttons = move || {
        let locale = i18n.get_locale();
        allowed
            .get()
            .into_iter()
            .map(|kind| {
                view! {
                    <li>
                        <button type="button" class="button button--quiet"
                            aria-expanded=move || (chosen.get() == Some(kind)).to_string()
                            on:click=move |_| chosen.set(Some(kind))>
                            {case::operation(locale, kind)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || allowed.with(|a| !a.is_empty())>
            <ul class="actions">{buttons}</ul>
        </Show>
        {move || chosen.get().filter(|kind| allowed.with(|a| a.contains(kind))).map(|kind| view! {
            <RecordMove case kind prefix on_done=move || chosen.set(None) />
        })}
    }
}

/// The small form of one move: its day and, for some, one more answer.
/// `prefix` starts the ids of its fields, unique on the page.
#[component]
fn RecordMove(
    case: Signal<Case>,
    kind: OperationKind,
    prefix: &'static str,
    on_done: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let day = RwSignal::new(crate::domain::format_date(today()));
    let outcome = RwSignal::new(Outcome::FullRefund.as_str().to_string());
    let route_outcome = RwSignal::new(RouteOutcome::Refunded.as_str().to_string());
    let tracking = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let locale = i18n.get_locale();
        let on = match super::typed_day(locale, &day.get_untracked(), "day") {
            Ok(on) => on,
            Err(sentence) => return error.set(Some(sentence)),
        };
        let operation = match kind {
            OperationKind::ContactSeller => Operation::ContactSeller,
            OperationKind::CancelOrder => Operation::CancelOrder,
            OperationKind::OpenDispute => Operation::OpenDispute,
            OperationKind::SellerResponded => Operation::SellerResponded,
            OperationKind::Escalate => Operation::Escalate,
            OperationKind::CancelDispute => Operation::CancelDispute,
            OperationKind::Decide => Operation::Decide {
                outcome: outcome
                    .get_untracked()
                    .parse()
                    .unwrap_or(Outcome::FullRefund),
            },
            OperationKind::Appeal => Operation::Appeal,
            OperationKind::ShipReturn | OperationKind::ShipFreeReturn => Operation::ShipReturn {
                free_return: kind == OperationKind::ShipFreeReturn,
                tracking: Some(tracking.get_untracked().trim().to_string())
                    .filter(|t| !t.is_empty()),
            },
            OperationKind::AdvanceRefund => Operation::AdvanceRefund {
                stage: RefundStage::Waiting,
            },
            OperationKind::OpenPaypalDispute => Operation::OpenPaypalDispute,
            OperationKind::EscalatePaypalDispute => Operation::EscalatePaypalDispute,
            OperationKind::RequestChargeback => Operation::RequestChargeback,
            OperationKind::PaypalDecided | OperationKind::ChargebackDecided => {
                let outcome = route_outcome
                    .get_untracked()
                    .parse()
                    .unwrap_or(RouteOutcome::Refunded);
                if kind == OperationKind::PaypalDecided {
                    Operation::PaypalDecided { outcome }
                } else {
                    Operation::ChargebackDecided { outcome }
                }
            }
        };
        let changed = apply(&case.get_untracked(), operation, on, today());
        match super::commit(store, locale, changed) {
            None => on_done(),
            Some(refused) => error.set(Some(refused)),
        }
    };
    let outcomes = move || {
        let locale = i18n.get_locale();
        Outcome::ALL
            .iter()
            .filter(|o| **o != Outcome::CancelledByBuyer)
            .map(|o| view! { <option value=o.as_str()>{labels::outcome(locale, *o)}</option> })
            .collect_view()
    };
    let route_outcomes = move || {
        let locale = i18n.get_locale();
        RouteOutcome::ALL
            .iter()
            .map(
                |o| view! { <option value=o.as_str()>{labels::route_outcome(locale, *o)}</option> },
            )
            .collect_view()
    };
    let day_id = format!("{prefix}-day");
    let outcome_id = format!("{prefix}-outcome");
    let tracking_id = format!("{prefix}-tracking");
    let error_id = format!("{prefix}-error");
    let described_by = error_id.clone();
    let route_decided = matches!(
        kind,
        OperationKind::PaypalDecided | OperationKind::ChargebackDecided
    );
    view! {
        <form class="record-move" on:submit=record novalidate>
            <h3>{move || case::operation(i18n.get_locale(), kind)}</h3>
            <div class="field">
                <label for=day_id.clone()>{t!(i18n, case.move_day)}</label>
                <input id=day_id type="date" prop:value=move || day.get()
                    aria-describedby=move || error.with(Option::is_some).then(|| described_by.clone())
                    on:input=move |ev| day.set(event_target_value(&ev)) />
            </div>
            {(kind == OperationKind::Decide).then(|| view! {
                <div class="field">
                    <label for=outcome_id.clone()>{t!(i18n, case.move_outcome)}</label>
                    <select id=outcome_id.clone() on:change=move |ev| outcome.set(event_target_value(&ev))>
                        {outcomes}
                    </select>
                </div>
            })}
            {route_decided.then(|| view! {
                <div class="field">
                    <label for=outcome_id.clone()>{t!(i18n, case.move_route_outcome)}</label>
                    <select id=outcome_id.clone() on:change=move |ev| route_outcome.set(event_target_value(&ev))>
                        {route_outcomes}
                    </select>
                </div>
            })}
            {matches!(kind, OperationKind::ShipReturn | OperationKind::ShipFreeReturn).then(|| view! {
                <div class="field">
                    <label for=tracking_id.clone()>{t!(i18n, case.move_tracking)}</label>
                    <input id=tracking_id.clone() type="text" prop:value=move || tracking.get()
                        on:input=move |ev| tracking.set(event_target_value(&ev)) />
                </div>
            })}
            <p id=error_id class="field__error" role="alert">{move || error.get()}</p>
            <div class="record-move__buttons">
                <button type="submit" class="button">{t!(i18n, case.move_record)}</button>
                <button type="button" class="button button--quiet" on:click=move |_| on_done()>
                    {t!(i18n, case.move_cancel)}
                </button>
            </div>
        </form>
    }
}
