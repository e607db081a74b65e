//! The questions of the wizard: one form per step, with its progress, its
//! answers, the issues tied to them, and Back and Next.

use leptos::prelude::*;

use super::inputs::{CountrySelect, DateFields, PriceFields};
use super::{issue_sentence, Wizard, HEADING_ID};
use crate::domain::wizard::{Action, Answer, Draft, Field, Step};
use crate::domain::{DeliveryStatus, PaymentMethod, Problem};
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

pub(super) fn error_id(field: Field) -> String {
    crate::components::error_id(&element_id(field))
}

/// The sentence to show for an answer now, if any.
pub(super) fn visible_issue(wizard: Wizard, step: Step, field: Field) -> Option<String> {
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
            <p id=error_id(field) class="field__error" aria-live="polite">
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
    chosen: fn(&Draft) -> Option<T>,
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
    chosen: fn(&Draft) -> Option<bool>,
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
