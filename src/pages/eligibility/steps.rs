//! The questions of the wizard: one form per step, with its progress, its
//! answers, the issues tied to them, and Back and Next.

use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::model::{Action, Answer, DateField, Field, Step};
use super::{issue_sentence, Wizard, HEADING_ID};
use crate::components::{text_field, Field as TextField};
use crate::domain::{
    parse_decimal, DeliveryStatus, NumberProblem, PaymentMethod, Problem, REFERENCE_RATES,
};
use crate::i18n::*;

/// A short name of a step, for element ids.
fn key(step: Step) -> &'static str {
    match step {
        Step::Status => "status",
        Step::Dates => "dates",
        Step::ProtectionEnd => "protection",
        Step::Problem => "problem",
        Step::Receipt => "receipt",
        Step::Country => "country",
        Step::Payment => "payment",
        Step::Listing => "listing",
        Step::Condition => "condition",
        Step::Seller => "seller",
    }
}

/// The id of the control that holds an answer: a date input, the country
/// select or a choice's first option.
pub fn element_id(field: Field) -> String {
    match field {
        Field::Date(date) => format!("wizard-{}", date.path()),
        Field::Choice(Step::Country) => "wizard-country".to_string(),
        Field::Choice(step) => format!("wizard-{}-0", key(step)),
    }
}

fn error_id(field: Field) -> String {
    format!("{}-error", element_id(field))
}

/// The sentence to show for an answer now, if any.
fn visible_issue(wizard: Wizard, step: Step, field: Field) -> Option<String> {
    let locale = use_i18n().get_locale();
    wizard.draft.with(|draft| {
        let (_, issue) = draft
            .issues(step, wizard.today)
            .into_iter()
            .find(|(f, issue)| *f == field && (issue.shown_while_typing() || draft.tried_next))?;
        Some(issue_sentence(locale, draft, field, issue))
    })
}

#[component]
pub fn StepForm(wizard: Wizard, step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let progress = Memo::new(move |_| wizard.draft.with(|d| d.progress()).unwrap_or((1, 1)));
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        wizard.dispatch(Action::Next);
    };
    view! {
        <form class="wizard card" novalidate on:submit=on_submit>
            <p id="wizard-progress" class="wizard__progress">
                {move || {
                    let (current, total) = progress.get();
                    t_string!(i18n, wizard.progress, current, total).to_string()
                }}
            </p>
            <progress
                class="wizard__bar"
                aria-labelledby="wizard-progress"
                max=move || progress.get().1
                value=move || progress.get().0
            ></progress>
            {question(wizard, step)}
            <div class="wizard__nav">
                <Show when=move || { progress.get().0 > 1 }>
                    <button
                        type="button"
                        class="button button--quiet"
                        on:click=move |_| wizard.dispatch(Action::Back)
                    >
                        {t!(i18n, wizard.back)}
                    </button>
                </Show>
                <button type="submit" class="button">
                    {t!(i18n, wizard.next)}
                </button>
            </div>
        </form>
    }
}

fn question(wizard: Wizard, step: Step) -> AnyView {
    let i18n = use_i18n();
    match step {
        Step::Status => {
            let title = Signal::derive(move || t_string!(i18n, wizard.status.question).to_string());
            let hint = Signal::derive(move || t_string!(i18n, wizard.status.hint).to_string());
            view! {
                <Question wizard step title hint=Some(hint)>
                    {choices(
                        wizard,
                        step,
                        DeliveryStatus::ALL.to_vec(),
                        |locale, s| labels::delivery_status(locale, s).to_string(),
                        |d| d.status,
                        Action::ChooseStatus,
                    )}
                </Question>
            }
            .into_any()
        }
        Step::Dates => {
            let title = Signal::derive(move || t_string!(i18n, wizard.dates.question).to_string());
            let hint = Signal::derive(move || t_string!(i18n, wizard.dates.hint).to_string());
            view! {
                <Question wizard step title hint=Some(hint)>
                    <DateFields wizard step />
                </Question>
            }
            .into_any()
        }
        Step::ProtectionEnd => {
            let title =
                Signal::derive(move || t_string!(i18n, wizard.protection.question).to_string());
            let hint = Signal::derive(move || t_string!(i18n, wizard.protection.hint).to_string());
            view! {
                <Question wizard step title hint=Some(hint)>
                    <DateFields wizard step />
                </Question>
            }
            .into_any()
        }
        Step::Problem => {
            let title =
                Signal::derive(move || t_string!(i18n, wizard.problem.question).to_string());
            let mut options: Vec<Option<Problem>> =
                Problem::ALL.iter().copied().map(Some).collect();
            options.push(None);
            view! {
                <Question wizard step title hint=None>
                    {choices(
                        wizard,
                        step,
                        options,
                        |locale, p| match p {
                            Some(p) => labels::problem(locale, p).to_string(),
                            None => td_string!(locale, wizard.problem.none).to_string(),
                        },
                        |d| d.problem,
                        Action::ChooseProblem,
                    )}
                </Question>
            }
            .into_any()
        }
        Step::Receipt => {
            let title =
                Signal::derive(move || t_string!(i18n, wizard.receipt.question).to_string());
            let hint = Signal::derive(move || t_string!(i18n, wizard.receipt.hint).to_string());
            view! {
                <Question wizard step title hint=Some(hint)>
                    {yes_no(wizard, step, |d| d.receipt_confirmed, Action::ChooseReceipt)}
                    <DateFields wizard step />
                </Question>
            }
            .into_any()
        }
        Step::Country => {
            let title =
                Signal::derive(move || t_string!(i18n, wizard.country.question).to_string());
            view! {
                <Question wizard step title hint=None>
                    <CountrySelect wizard />
                </Question>
            }
            .into_any()
        }
        Step::Payment => {
            let title =
                Signal::derive(move || t_string!(i18n, wizard.payment.question).to_string());
            view! {
                <Question wizard step title hint=None>
                    {choices(
                        wizard,
                        step,
                        PaymentMethod::ALL.to_vec(),
                        |locale, m| labels::payment_method(locale, m).to_string(),
                        |d| d.payment,
                        Action::ChoosePayment,
                    )}
                </Question>
            }
            .into_any()
        }
        Step::Listing => {
            let title =
                Signal::derive(move || t_string!(i18n, wizard.listing.question).to_string());
            let hint = Signal::derive(move || t_string!(i18n, wizard.listing.hint).to_string());
            view! {
                <Question wizard step title hint=Some(hint)>
                    {choices(
                        wizard,
                        step,
                        Answer::ALL.to_vec(),
                        answer_words,
                        |d| d.listing_free_return,
                        Action::ChooseListing,
                    )}
                    <PriceFields wizard />
                </Question>
            }
            .into_any()
        }
        Step::Condition => {
            let title =
                Signal::derive(move || t_string!(i18n, wizard.condition.question).to_string());
            view! {
                <Question wizard step title hint=None>
                    {choices(
                        wizard,
                        step,
                        Answer::ALL.to_vec(),
                        answer_words,
                        |d| d.unused,
                        Action::ChooseCondition,
                    )}
                </Question>
            }
            .into_any()
        }
        Step::Seller => {
            let title = Signal::derive(move || t_string!(i18n, wizard.seller.question).to_string());
            view! {
                <Question wizard step title hint=None>
                    {yes_no(wizard, step, |d| d.seller_contacted, Action::ChooseSeller)}
                    <DateFields wizard step />
                </Question>
            }
            .into_any()
        }
    }
}

/// The price paid, for R2's limit in any currency (S5): optional, and in
/// the delivery country's currency unless another is chosen.
#[component]
fn PriceFields(wizard: Wizard) -> impl IntoView {
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

fn answer_words(locale: Locale, answer: Answer) -> String {
    match answer {
        Answer::Yes => td_string!(locale, wizard.yes),
        Answer::No => td_string!(locale, wizard.no),
        Answer::DontKnow => td_string!(locale, wizard.dont_know),
    }
    .to_string()
}

/// A step's question as a fieldset: the legend holds the heading that takes
/// the focus, and the step's own issue (an unanswered choice) follows.
#[component]
fn Question(
    wizard: Wizard,
    step: Step,
    title: Signal<String>,
    hint: Option<Signal<String>>,
    children: Children,
) -> impl IntoView {
    let field = Field::Choice(step);
    let hint_id = format!("wizard-{}-hint", key(step));
    let described_by = match hint {
        Some(_) => format!("{hint_id} {}", error_id(field)),
        None => error_id(field),
    };
    view! {
        <fieldset class="question" aria-describedby=described_by>
            <legend>
                <h2 id=HEADING_ID tabindex="-1">
                    {title}
                </h2>
            </legend>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {children()}
            <p id=error_id(field) class="field-error" aria-live="polite">
                {move || visible_issue(wizard, step, field)}
            </p>
        </fieldset>
    }
}

/// Radio buttons for the values of a step.
fn choices<T>(
    wizard: Wizard,
    step: Step,
    options: Vec<T>,
    words: fn(Locale, T) -> String,
    chosen: fn(&super::model::Draft) -> Option<T>,
    action: fn(T) -> Action,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(index, value)| {
            let id = format!("wizard-{}-{index}", key(step));
            let label_for = id.clone();
            view! {
                <label class="choice" for=label_for>
                    <input
                        type="radio"
                        id=id
                        name=format!("wizard-{}", key(step))
                        prop:checked=move || wizard.draft.with(|d| chosen(d) == Some(value))
                        on:change=move |_| wizard.dispatch(action(value))
                    />
                    <span>{move || words(i18n.get_locale(), value)}</span>
                </label>
            }
        })
        .collect_view();
    view! { <div class="choices">{items}</div> }
}

fn yes_no(
    wizard: Wizard,
    step: Step,
    chosen: fn(&super::model::Draft) -> Option<bool>,
    action: fn(bool) -> Action,
) -> impl IntoView {
    choices(
        wizard,
        step,
        vec![true, false],
        |locale, yes| {
            if yes {
                td_string!(locale, wizard.yes).to_string()
            } else {
                td_string!(locale, wizard.no).to_string()
            }
        },
        chosen,
        action,
    )
}

/// The date inputs a step shows now; re-rendered only when that list changes,
/// so that typing keeps the focus.
#[component]
fn DateFields(wizard: Wizard, step: Step) -> impl IntoView {
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
    let described_by = error_id(Field::Date(field));
    let unknown_id = format!("{id}-unknown");
    // Set once: re-setting the value would wipe a date typed only in part.
    let initial = wizard.draft.with_untracked(|d| d.date(field).text.clone());
    let required = move || wizard.draft.with(|d| d.date_required(field));
    let unknown = move || wizard.draft.with(|d| d.date(field).unknown) && !required();
    let issue = move || visible_issue(wizard, step, Field::Date(field));
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
                id=id
                value=initial
                max=crate::domain::format_date(wizard.today)
                aria-describedby=described_by.clone()
                aria-invalid=move || if issue().is_some() { "true" } else { "false" }
                prop:disabled=unknown
                on:input=on_input
                on:blur=on_blur
            />
            <p id=described_by class="field-error" aria-live="polite">
                {issue}
            </p>
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
fn CountrySelect(wizard: Wizard) -> impl IntoView {
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
                    value=super::model::ANOTHER_COUNTRY
                    prop:selected=move || chosen() == super::model::ANOTHER_COUNTRY
                >
                    {t!(i18n, wizard.country.another)}
                </option>
            </select>
        </div>
    }
}
