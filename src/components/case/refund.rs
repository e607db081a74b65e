//! The refund tracker: the three steps of the payments page (F1), after a
//! dispute, a cancellation or a free return alike (F3), moving forward only,
//! with the window in which the money should arrive (F2).

use leptos::prelude::*;

use crate::components::RuleCitation;
use crate::domain::{
    allowed_operations, apply, Assessment, Case, Operation, OperationKind, RefundStage, RuleId,
};
use crate::i18n::*;
use crate::storage::{today, use_store};

#[component]
pub fn RefundTracker(case: Signal<Case>, assessment: Memo<Assessment>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let stage = move || case.with(|c| c.refund.as_ref().map(|r| r.stage));
    let can_move =
        move || case.with(|c| allowed_operations(c).contains(&OperationKind::AdvanceRefund));
    let shown = move || stage().is_some() || can_move();
    let next_stage = move || match stage() {
        None => Some(RefundStage::Waiting),
        Some(RefundStage::Waiting) => Some(RefundStage::Processing),
        Some(RefundStage::Processing) => Some(RefundStage::Refunded),
        Some(RefundStage::Refunded) => None,
    };
    let day = RwSignal::new(crate::domain::format_date(today()));
    let error = RwSignal::new(None::<String>);
    let advance = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let locale = i18n.get_locale();
        let Some(to) = next_stage() else { return };
        let on = match super::typed_day(locale, &day.get_untracked(), "refund.updated_on") {
            Ok(on) => on,
            Err(sentence) => return error.set(Some(sentence)),
        };
        let operation = Operation::AdvanceRefund { stage: to };
        let changed = apply(&case.get_untracked(), operation, on, today());
        error.set(super::commit(store, locale, changed));
    };
    let steps = move || {
        let locale = i18n.get_locale();
        let current = stage();
        RefundStage::ALL
            .iter()
            .map(|step| {
                let done = current.is_some_and(|c| c as u8 >= *step as u8);
                let here = current == Some(*step);
                view! {
                    <li class="refund__step" class:refund__step--done=done
                        aria-current=here.then_some("step")>
                        {labels::refund_stage(locale, *step)}
                    </li>
                }
            })
            .collect_view()
    };
    let arrival = move || {
        let locale = i18n.get_locale();
        assessment.with(|a| {
            a.refund_arrival.as_ref().and_then(|window| {
                let (earliest, latest) = (window.earliest?, window.latest?);
                let text = td_string!(
                    locale,
                    case.refund_arrival,
                    from = dates::long_date(locale, earliest),
                    until = dates::long_date(locale, latest)
                )
                .to_string();
                let bank = window.bank_latest.map(|bank| {
                    td_string!(
                        locale,
                        case.refund_bank,
                        until = dates::long_date(locale, bank)
                    )
                    .to_string()
                });
                Some(view! {
                    <p class="refund__arrival">{text}</p>
                    {bank.map(|bank| view! { <p>{bank}</p> })}
                })
            })
        })
    };
    view! {
        <Show when=shown>
            <section class="card" aria-labelledby="case-refund">
                <div class="card__head">
                    <h2 id="case-refund">{t!(i18n, case.refund_title)}</h2>
                    <RuleCitation id=RuleId::F1 />
                    <RuleCitation id=RuleId::F2 />
                </div>
                <ol class="refund">{steps}</ol>
                {arrival}
                {move || next_stage().filter(|_| can_move()).map(|to| view! {
                    <form class="refund__form" on:submit=advance novalidate>
                        <div class="field">
                            <label for="refund-day">{t!(i18n, case.refund_day)}</label>
                            <input id="refund-day" type="date" prop:value=move || day.get()
                                on:input=move |ev| day.set(event_target_value(&ev)) />
                        </div>
                        <button type="submit" class="button">
                            {move || td_string!(i18n.get_locale(), case.refund_move,
                                stage = labels::refund_stage(i18n.get_locale(), to))}
                        </button>
                    </form>
                })}
                <p class="field__error" role="alert">{move || error.get()}</p>
            </section>
        </Show>
    }
}
