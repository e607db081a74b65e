//! What the seller pressed the buyer to do (D10): recorded with its day, and
//! once any is recorded, a warning with a polite refusal to copy.

use leptos::prelude::*;

use crate::components::RuleCitation;
use crate::domain::{add_record, Case, Record, RuleId, SellerRequestKind};
use crate::i18n::*;
use crate::storage::{today, use_store};

#[component]
pub fn SellerRequests(case: Signal<Case>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let kind = RwSignal::new(SellerRequestKind::ConfirmReceipt.as_str().to_string());
    let day = RwSignal::new(crate::domain::format_date(today()));
    let error = RwSignal::new(None::<String>);
    let recorded = move || case.with(|c| !c.seller_requests.is_empty());
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let locale = i18n.get_locale();
        let on = match super::typed_day(locale, &day.get_untracked(), "seller_requests.on") {
            Ok(on) => on,
            Err(sentence) => return error.set(Some(sentence)),
        };
        let Ok(kind) = kind.get_untracked().parse::<SellerRequestKind>() else {
            return;
        };
        let record = Record::SellerRequest { kind };
        let changed = add_record(&case.get_untracked(), record, on, today());
        error.set(super::commit(store, locale, changed));
    };
    let options = move || {
        let locale = i18n.get_locale();
        SellerRequestKind::ALL
            .iter()
            .map(|k| {
                view! {
                    <option value=k.as_str() selected=move || kind.get() == k.as_str()>
                        {case::seller_request(locale, *k)}
                    </option>
                }
            })
            .collect_view()
    };
    let refusal = move || {
        let locale = i18n.get_locale();
        case.with(|c| templates::refusal_message(locale, Some(c)))
    };
    view! {
        <section class="card" aria-labelledby="case-seller">
            <div class="card__head">
                <h2 id="case-seller">{t!(i18n, case.seller.title)}</h2>
                <RuleCitation id=RuleId::D10 />
            </div>
            <Show when=recorded>
                <div class="notice notice--warn">
                    <p><strong>{t!(i18n, case.seller.warning_title)}</strong></p>
                    <p>{t!(i18n, case.seller.warning_body)}</p>
                    <label for="seller-refusal">{t!(i18n, case.seller.refusal_label)}</label>
                    <textarea id="seller-refusal" readonly rows="9" prop:value=refusal></textarea>
                </div>
            </Show>
            <p>{t!(i18n, case.seller.body)}</p>
            <form class="seller-form" on:submit=record novalidate>
                <div class="field">
                    <label for="seller-kind">{t!(i18n, case.seller.kind)}</label>
                    <select id="seller-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                        {options}
                    </select>
                </div>
                <div class="field">
                    <label for="seller-day">{t!(i18n, case.seller.day)}</label>
                    <input id="seller-day" type="date" prop:value=move || day.get()
                        on:input=move |ev| day.set(event_target_value(&ev)) />
                </div>
                <p class="field__error" role="alert">{move || error.get()}</p>
                <button type="submit" class="button button--quiet">{t!(i18n, case.seller.record)}</button>
            </form>
        </section>
    }
}
