//! The inputs of the wizard's questions that are more than a choice: the
//! dates (with "I don't know"), the price and its currency, and the country.

use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::steps::{element_id, error_id, visible_issue};
use super::Wizard;
use crate::components::{described_by, text_field, Field as TextField, FieldError};
use crate::domain::wizard::{Action, DateField, Field, Step, ANOTHER_COUNTRY};
use crate::domain::{parse_decimal, DeliveryStatus, NumberProblem, REFERENCE_RATES};
use crate::i18n::*;

/// The date inputs a step shows now; re-rendered only when that list changes,
/// so that typing keeps the focus.
#[component]
pub(super) fn DateFields(wizard: Wizard, step: Step) -> impl IntoView {
    let fields = Memo::new(move |_| wizard.draft.with(|d| d.date_fields(step)));
    move || {
        fields
            .get()
            .into_iter()
            .map(|field| view! { <DateInput wizard step field /> })
            .collect_view()
    }
}

fn date_label(locale: Locale, wizard: Wizard, field: DateField) -> String {
    let marked = wizard
        .draft
        .with(|d| d.status == Some(DeliveryStatus::MarkedDelivered));
    match field {
        DateField::Ordered => td_string!(locale, wizard.dates.ordered),
        DateField::Shipped => td_string!(locale, wizard.dates.shipped),
        DateField::Delivered if marked => td_string!(locale, wizard.dates.marked_delivered),
        DateField::Delivered => td_string!(locale, wizard.dates.delivered),
        DateField::ProtectionEnds => td_string!(locale, wizard.protection.label),
        DateField::ReceiptConfirmed => td_string!(locale, wizard.receipt.date),
        DateField::ContactedSeller => td_string!(locale, wizard.seller.date),
    }
    .to_string()
}

fn unknown_label(locale: Locale, field: DateField) -> String {
    match field {
        DateField::ProtectionEnds => td_string!(locale, wizard.protection.unknown).to_string(),
        other => {
            let field = labels::field(locale, other.path());
            td_string!(locale, wizard.unknown_date, field = field).to_string()
        }
    }
}

/// Whether the browser holds a date typed only in part (`validity.badInput`):
/// it then gives an empty value, but the buyer has typed something.
fn bad_input(input: &HtmlInputElement) -> bool {
    js_sys::Reflect::get(input, &"validity".into())
        .and_then(|validity| js_sys::Reflect::get(&validity, &"badInput".into()))
        .is_ok_and(|bad| bad.as_bool() == Some(true))
}

#[component]
fn DateInput(wizard: Wizard, step: Step, field: DateField) -> impl IntoView {
    let i18n = use_i18n();
    let id = element_id(Field::Date(field));
    let unknown_id = format!("{id}-unknown");
    // Set once: re-setting the value would wipe a date typed only in part.
    let initial = wizard.draft.with_untracked(|d| d.date(field).text.clone());
    let required = move || wizard.draft.with(|d| d.date_required(field));
    let unknown = move || wizard.draft.with(|d| d.date(field).unknown) && !required();
    let issue = Memo::new(move |_| visible_issue(wizard, step, Field::Date(field)));
    let described = described_by(&id, false, move || issue.with(Option::is_some));
    let on_input = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let text = input.value();
        let incomplete = text.is_empty() && bad_input(&input);
        wizard.dispatch(Action::TypeDate {
            field,
            text,
            incomplete,
        });
    };
    // Browsers fire no input event while a date is typed only in part:
    // leaving the field tells whether it holds one.
    let on_blur = move |ev: leptos::ev::FocusEvent| {
        let input: HtmlInputElement = event_target(&ev);
        let incomplete = input.value().is_empty() && bad_input(&input);
        let known = wizard.draft.with_untracked(|d| d.date(field).incomplete);
        if incomplete != known {
            wizard.dispatch(Action::TypeDate {
                field,
                text: input.value(),
                incomplete,
            });
        }
    };
    let shipped_hint = move || {
        (field == DateField::Shipped && required())
            .then(|| view! { <p class="hint">{t!(i18n, wizard.dates.shipped_needed)}</p> })
    };
    view! {
        <div class="date-field">
            <label for=id.clone()>{move || date_label(i18n.get_locale(), wizard, field)}</label>
            {shipped_hint}
            <input
                type="date"
                id=id.clone()
                value=initial
                max=crate::domain::format_date(wizard.today)
                aria-describedby=described
                aria-invalid=move || if issue.with(Option::is_some) { "true" } else { "false" }
                prop:disabled=unknown
                on:input=on_input
                on:blur=on_blur
            />
            <FieldError id error=issue />
            <Show when=move || !required()>
                <label class="choice choice--check" for=unknown_id.clone()>
                    <input
                        type="checkbox"
                        id=unknown_id.clone()
                        prop:checked=unknown
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            wizard.dispatch(Action::SetDateUnknown(field, checked));
                        }
                    />
                    <span>{move || unknown_label(i18n.get_locale(), field)}</span>
                </label>
            </Show>
        </div>
    }
}

#[component]
pub(super) fn CountrySelect(wizard: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let field = Field::Choice(Step::Country);
    let chosen = move || wizard.draft.with(|d| d.country.clone().unwrap_or_default());
    let options = move || {
        let locale = i18n.get_locale();
        crate::i18n::countries::choices(locale)
            .into_iter()
            .map(|(code, name)| {
                view! {
                    <option value=code prop:selected=move || chosen() == code>
                        {name}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <div class="select-field">
            <label for=element_id(field)>{t!(i18n, wizard.country.label)}</label>
            <select
                id=element_id(field)
                aria-describedby=error_id(field)
                on:change=move |ev| wizard.dispatch(Action::ChooseCountry(event_target_value(&ev)))
            >
                <option value="" prop:selected=move || chosen().is_empty()>
                    {t!(i18n, wizard.country.choose)}
                </option>
                {options}
                <option
                    value=ANOTHER_COUNTRY
                    prop:selected=move || chosen() == ANOTHER_COUNTRY
                >
                    {t!(i18n, wizard.country.another)}
                </option>
            </select>
        </div>
    }
}

/// The price paid, for R2's limit in any currency (S5): optional, and in
/// the delivery country's currency unless another is chosen.
#[component]
pub(super) fn PriceFields(wizard: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let amount_error = move |locale: Locale| {
        let text = wizard.draft.with(|d| d.price.clone());
        match parse_decimal(&text) {
            Ok(_) | Err(NumberProblem::Empty) => None,
            Err(_) => Some(td_string!(locale, wizard.listing.price_error).to_string()),
        }
    };
    let chosen = move || wizard.draft.with(|d| d.currency());
    // US dollars, the currencies with a reference rate, and the delivery
    // country's when it has none (its price then stays uncertain).
    let options = move || {
        let mut codes: Vec<String> = std::iter::once("USD")
            .chain(REFERENCE_RATES.iter().map(|rate| rate.currency))
            .map(str::to_string)
            .collect();
        let current = chosen();
        if !current.is_empty() && !codes.contains(&current) {
            codes.push(current);
        }
        codes
            .into_iter()
            .map(|code| {
                let (value, selected) = (code.clone(), code.clone());
                view! { <option value=value prop:selected=move || chosen() == selected>{code}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="price-fields">
            {text_field(
                TextField {
                    id: "wizard-price",
                    label: |l| td_string!(l, wizard.listing.price),
                    hint: Some(|l| td_string!(l, wizard.listing.price_hint)),
                    kind: "text",
                    inputmode: Some("decimal"),
                    max: None,
                },
                move || wizard.draft.with(|d| d.price.clone()),
                move |text| wizard.dispatch(Action::TypePrice(text)),
                amount_error,
            )}
            <div class="select-field">
                <label for="wizard-currency">{t!(i18n, wizard.listing.currency)}</label>
                <select
                    id="wizard-currency"
                    on:change=move |ev| wizard.dispatch(Action::ChooseCurrency(event_target_value(&ev)))
                >
                    <option value="" prop:selected=move || chosen().is_empty()>
                        {t!(i18n, wizard.listing.currency_choose)}
                    </option>
                    {options}
                </select>
            </div>
        </div>
    }
}
