//! The ways to get the money back outside AliExpress (O1, O2, O3): which
//! ones this order has and until when, step by step, the letter to PayPal
//! or the bank filled from the case, and (on a saved case) the moves to
//! record.

use leptos::prelude::*;

use super::actions::Moves;
use crate::components::{CopyText, Disclosure, RuleCitation};
use crate::domain::{
    allowed_operations, other_routes, Assessment, Case, DeadlineKind, Policy, Route, RouteKind,
    RoutePayment, RouteState, Timing,
};
use crate::i18n::dates::long_date;
use crate::i18n::*;
use crate::storage::today;

/// Shown when the case needs them (something went wrong and the money is
/// not back). `record` adds the buttons that record a move: only a saved
/// case has them.
#[component]
pub fn OtherRoutes(
    case: Signal<Case>,
    assessment: Memo<Assessment>,
    record: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let routes = Memo::new(move |_| {
        case.with(|c| assessment.with(|a| other_routes(c, a, &Policy::default(), today())))
    });
    let lead = move || {
        routes.with(|r| {
            r.as_ref().map(|r| match r.timing {
                Timing::AliexpressFirst => t_string!(i18n, routes.lead.aliexpress_first),
                Timing::AfterDispute => t_string!(i18n, routes.lead.after_dispute),
                Timing::Now => t_string!(i18n, routes.lead.now),
            })
        })
    };
    // A decision can still be appealed on AliExpress (E4) next to the
    // routes outside it.
    let appeal = move || {
        let locale = i18n.get_locale();
        assessment.with(|a| {
            a.open_deadlines()
                .find(|d| d.kind == DeadlineKind::AppealBy)
                .map(|d| {
                    let date = long_date(locale, d.date);
                    view! { <p>{td_string!(locale, routes.appeal_still, date = date)}</p> }
                })
        })
    };
    let payment = move || {
        let locale = i18n.get_locale();
        routes
            .with(|r| match r.as_ref().map(|r| r.payment) {
                Some(RoutePayment::Unknown) => {
                    Some(td_string!(locale, routes.payment.unknown).to_string())
                }
                Some(RoutePayment::NoRoute(method)) => Some(td_string!(
                    locale,
                    routes.payment.none,
                    method = labels::payment_method(locale, method)
                )),
                _ => None,
            })
            .map(|text| view! { <p class="note">{text}</p> })
    };
    let cards = move || {
        let timing = routes.with(|r| r.as_ref().map(|r| r.timing));
        routes
            .get()
            .map(|r| r.routes)
            .unwrap_or_default()
            .into_iter()
            .map(|route| {
                // The steps show at once for a route to take now; a passed
                // or decided one keeps them behind its disclosure.
                let now = timing == Some(Timing::Now) && route.state.is_open();
                view! { <RouteCard case route now record /> }
            })
            .collect_view()
    };
    view! {
        <Show when=move || routes.with(Option::is_some)>
            <section class="card other-routes" aria-labelledby="other-routes">
                <h2 id="other-routes">{t!(i18n, routes.title)}</h2>
                <p class="other-routes__lead">{lead}</p>
                {appeal}
                {payment}
                {cards}
                <p class="note">{t!(i18n, routes.decides)}</p>
            </section>
        </Show>
    }
}

/// One route: where it stands, its rule, the moves to record, the steps and
/// the letter. When the route is open and the way now (`now`), the steps
/// and the letter show at once, and print with the page; else they wait
/// behind a disclosure.
#[component]
fn RouteCard(case: Signal<Case>, route: Route, now: bool, record: bool) -> impl IntoView {
    let i18n = use_i18n();
    let kind = route.kind;
    let heading_id = format!("route-{}", kind.as_str());
    let labelled_by = heading_id.clone();
    let state = move || state_sentence(i18n.get_locale(), &route);
    let details = move || view! { <RouteHow case kind /> };
    view! {
        <article class="route" aria-labelledby=labelled_by data-route=kind.as_str()>
            <h3 id=heading_id>{move || route_name(i18n.get_locale(), kind)}</h3>
            <div class="route__state">{state} " " <RuleCitation id=route.rule /></div>
            {record.then(|| view! { <RouteMoves case kind /> })}
            {if now {
                details().into_any()
            } else {
                view! {
                    <Disclosure class="route__how" summary=move || t!(i18n, routes.how)>
                        {details()}
                    </Disclosure>
                }
                .into_any()
            }}
        </article>
    }
}

/// The steps, what not to do, and the letter of one route.
#[component]
fn RouteHow(case: Signal<Case>, kind: RouteKind) -> impl IntoView {
    let i18n = use_i18n();
    let steps = move || {
        steps(i18n.get_locale(), kind)
            .into_iter()
            .map(|step| view! { <li>{step}</li> })
            .collect_view()
    };
    let dont = move || dont(i18n.get_locale(), kind);
    let letter = kind.has_letter().then(|| {
        let label = Signal::derive(move || {
            if kind == RouteKind::PaypalDispute {
                t_string!(i18n, routes.letter_paypal).to_string()
            } else {
                t_string!(i18n, routes.letter_bank).to_string()
            }
        });
        let hint = Signal::derive(move || t_string!(i18n, routes.letter_hint).to_string());
        let text = Signal::derive(move || {
            case.with(|c| templates::route_letter(i18n.get_locale(), kind, c))
        });
        let id = if kind == RouteKind::PaypalDispute {
            "letter-paypal"
        } else {
            "letter-bank"
        };
        view! { <CopyText id label hint text /> }
    });
    view! {
        <h4>{t!(i18n, routes.steps_title)}</h4>
        <ol class="route__steps">{steps}</ol>
        {move || dont().map(|text| view! {
            <h4>{t!(i18n, routes.dont_title)}</h4>
            <p>{text}</p>
        })}
        {letter}
    }
}

/// The moves of one route that the lifecycle allows now.
#[component]
fn RouteMoves(case: Signal<Case>, kind: RouteKind) -> impl IntoView {
    let allowed = Memo::new(move |_| {
        case.with(|c| {
            allowed_operations(c)
                .into_iter()
                .filter(|op| op.route() == Some(kind))
                .collect::<Vec<_>>()
        })
    });
    let prefix: &'static str = match kind {
        RouteKind::PaypalDispute => "paypal-move",
        _ => "chargeback-move",
    };
    view! { <Moves case allowed prefix /> }
}

fn route_name(locale: Locale, kind: RouteKind) -> &'static str {
    match kind {
        RouteKind::PaypalDispute => td_string!(locale, routes.kind.paypal),
        RouteKind::Chargeback => td_string!(locale, routes.kind.chargeback),
        RouteKind::EuWithdrawal => td_string!(locale, routes.kind.eu_withdrawal),
        RouteKind::EuGuarantee => td_string!(locale, routes.kind.eu_guarantee),
    }
}

/// Where the route stands, in one or two sentences with its dates.
fn state_sentence(locale: Locale, route: &Route) -> String {
    let day = |date| long_date(locale, date);
    match (route.kind, route.state) {
        (kind, RouteState::Open { last_day }) => {
            let date = day(last_day);
            match kind {
                RouteKind::PaypalDispute => {
                    td_string!(locale, routes.state.open_paypal, date = date)
                }
                RouteKind::Chargeback => {
                    td_string!(locale, routes.state.open_chargeback, date = date)
                }
                RouteKind::EuWithdrawal => {
                    td_string!(locale, routes.state.open_eu_withdrawal, date = date)
                }
                RouteKind::EuGuarantee => {
                    td_string!(locale, routes.state.open_eu_guarantee, date = date)
                }
            }
        }
        (_, RouteState::AskBank { usual, latest }) => td_string!(
            locale,
            routes.state.ask_bank,
            usual = day(usual),
            latest = day(latest)
        ),
        (_, RouteState::Passed { last_day }) => {
            td_string!(locale, routes.state.passed, date = day(last_day))
        }
        (_, RouteState::Undated { missing }) => td_string!(
            locale,
            routes.state.undated,
            field = storage::field_name(locale, missing)
        ),
        (RouteKind::PaypalDispute, RouteState::Started { on, escalate_by }) => match escalate_by {
            Some(date) => td_string!(
                locale,
                routes.state.started_paypal,
                on = day(on),
                date = day(date)
            ),
            None => td_string!(locale, routes.state.claim_paypal, on = day(on)),
        },
        (_, RouteState::Started { on, .. }) => {
            td_string!(locale, routes.state.started_chargeback, on = day(on))
        }
        (_, RouteState::Lapsed { last_day }) => {
            td_string!(locale, routes.state.lapsed, date = day(last_day))
        }
        (_, RouteState::Decided { on, outcome }) => match outcome {
            Some(outcome) => td_string!(
                locale,
                routes.state.decided,
                on = day(on),
                outcome = labels::route_outcome(locale, outcome)
            ),
            None => td_string!(locale, routes.state.decided_unknown, on = day(on)),
        },
    }
}

fn steps(locale: Locale, kind: RouteKind) -> Vec<&'static str> {
    match kind {
        RouteKind::PaypalDispute => vec![
            td_string!(locale, routes.steps.paypal.sign_in),
            td_string!(locale, routes.steps.paypal.choose),
            td_string!(locale, routes.steps.paypal.describe),
            td_string!(locale, routes.steps.paypal.escalate),
            td_string!(locale, routes.steps.paypal.record),
        ],
        RouteKind::Chargeback => vec![
            td_string!(locale, routes.steps.chargeback.ask),
            td_string!(locale, routes.steps.chargeback.payment),
            td_string!(locale, routes.steps.chargeback.attach),
            td_string!(locale, routes.steps.chargeback.decides),
            td_string!(locale, routes.steps.chargeback.record),
        ],
        RouteKind::EuWithdrawal => vec![
            td_string!(locale, routes.steps.eu_withdrawal.tell),
            td_string!(locale, routes.steps.eu_withdrawal.keep),
            td_string!(locale, routes.steps.eu_withdrawal.record),
        ],
        RouteKind::EuGuarantee => vec![
            td_string!(locale, routes.steps.eu_guarantee.tell),
            td_string!(locale, routes.steps.eu_guarantee.attach),
            td_string!(locale, routes.steps.eu_guarantee.country),
        ],
    }
}

fn dont(locale: Locale, kind: RouteKind) -> Option<&'static str> {
    match kind {
        RouteKind::PaypalDispute => Some(td_string!(locale, routes.dont.paypal)),
        RouteKind::Chargeback => Some(td_string!(locale, routes.dont.chargeback)),
        RouteKind::EuWithdrawal | RouteKind::EuGuarantee => None,
    }
}
