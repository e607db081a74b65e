//! The details of a case as a form, for a new case and for editing one.
//! Every field is checked as the buyer types (by the domain, through
//! [`CaseDraft`]); a problem shows next to its field once the field was
//! left or the form sent, and nothing typed is ever thrown away.

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::{described_by, hint_id, FieldError};
use crate::domain::{
    Case, CaseDraft, DeliveryStatus, DraftProblem, ItemCategory, PaymentMethod, Problem,
};
use crate::i18n::*;
use crate::storage::today;

/// Reaches one text field of the draft.
type Lens = fn(&mut CaseDraft) -> &mut String;

/// What the form shares with each of its fields.
#[derive(Clone, Copy)]
struct Form {
    prefix: &'static str,
    draft: RwSignal<CaseDraft>,
    problems: Memo<Vec<DraftProblem>>,
    /// Fields the buyer has left, or every field once the form was sent.
    touched: RwSignal<Vec<&'static str>>,
    sent: RwSignal<bool>,
}

impl Form {
    fn id(&self, field: &str) -> String {
        format!("{}-{}", self.prefix, field.replace('.', "-"))
    }

    fn error(&self, locale: Locale, field: &'static str) -> Option<String> {
        let shown = self.sent.get() || self.touched.with(|t| t.contains(&field));
        if !shown {
            return None;
        }
        self.problems.with(|problems| {
            problems
                .iter()
                .find(|problem| problem.field() == field)
                .map(|problem| problem_text(locale, problem))
        })
    }

    fn touch(&self, field: &'static str) {
        self.touched.update(|touched| {
            if !touched.contains(&field) {
                touched.push(field);
            }
        });
    }
}

/// A problem of the draft as one sentence naming its field.
pub fn problem_text(locale: Locale, problem: &DraftProblem) -> String {
    match problem {
        DraftProblem::NotADate(field) => labels::not_a_date(locale, field),
        DraftProblem::Invalid(invalid) => labels::invalid(locale, invalid),
    }
}

/// The form. `on_save` receives the case once every check passes; the
/// form stays as typed, so a save the store refuses loses nothing.
#[component]
pub fn CaseForm(
    /// The case whose details are edited, as it is now (a new case for the
    /// "new case" form). The form starts from it, and the details typed go
    /// over its latest version, so what was recorded on the page meanwhile
    /// (evidence, moves, requests) is kept.
    #[prop(into)]
    case: Signal<Case>,
    /// Makes the ids of this form's fields unique on the page.
    prefix: &'static str,
    #[prop(into)] submit_label: Signal<String>,
    on_save: Callback<Case>,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = RwSignal::new(case.with_untracked(CaseDraft::of));
    let problems = Memo::new(move |_| {
        draft.with(|draft| match case.with(|base| draft.apply(base, today())) {
            Ok(_) => Vec::new(),
            Err(problems) => problems,
        })
    });
    let form = Form {
        prefix,
        draft,
        problems,
        touched: RwSignal::new(Vec::new()),
        sent: RwSignal::new(false),
    };
    let summary = NodeRef::<Div>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        form.sent.set(true);
        let result = draft.with_untracked(|d| case.with_untracked(|base| d.apply(base, today())));
        match result {
            Ok(edited) => on_save.run(edited),
            Err(_) => {
                request_animation_frame(move || {
                    if let Some(summary) = summary.get_untracked() {
                        let _ = summary.focus();
                    }
                });
            }
        }
    };
    let status = move || draft.with(|d| d.delivery_status.clone());
    let delivered = move || matches!(status().as_str(), "marked_delivered" | "received");
    let received = move || status() == "received";

    view! {
        <form class="case-form" novalidate on:submit=submit>
            <ProblemSummary form summary />
            <fieldset class="case-form__group">
                <legend>{t!(i18n, case_form.order_legend)}</legend>
                <TextField form field="item" lens=|d| &mut d.item
                    label=Signal::derive(move || t_string!(i18n, case_form.item).to_string()) />
                <TextField form field="store" lens=|d| &mut d.store
                    label=Signal::derive(move || t_string!(i18n, case_form.store).to_string()) />
                <TextField form field="order_number" lens=|d| &mut d.order_number
                    label=Signal::derive(move || t_string!(i18n, case_form.order_number).to_string())
                    inputmode="numeric" />
                <div class="case-form__pair">
                    <TextField form field="price.amount" lens=|d| &mut d.amount
                        label=Signal::derive(move || t_string!(i18n, case_form.amount).to_string())
                        inputmode="decimal" />
                    <TextField form field="price.currency" lens=|d| &mut d.currency
                        label=Signal::derive(move || t_string!(i18n, case_form.currency).to_string())
                        hint=Signal::derive(move || t_string!(i18n, case_form.currency_hint).to_string()) />
                </div>
                <ChoiceField form field="payment_method" lens=|d| &mut d.payment_method
                    label=Signal::derive(move || t_string!(i18n, case_form.payment_method).to_string())
                    options=Signal::derive(move || {
                        let locale = i18n.get_locale();
                        PaymentMethod::ALL.iter()
                            .map(|m| (m.as_str().to_string(), labels::payment_method(locale, *m).to_string()))
                            .collect()
                    }) />
                <ChoiceField form field="country" lens=|d| &mut d.country
                    label=Signal::derive(move || t_string!(i18n, case_form.country).to_string())
                    options=Signal::derive(move || country_options(i18n.get_locale(), &draft.with(|d| d.country.clone()))) />
            </fieldset>
            <fieldset class="case-form__group">
                <legend>{t!(i18n, case_form.dates_legend)}</legend>
                <TextField form field="ordered_on" lens=|d| &mut d.ordered_on kind="date"
                    label=Signal::derive(move || t_string!(i18n, case_form.ordered_on).to_string()) />
                <TextField form field="shipped_on" lens=|d| &mut d.shipped_on kind="date"
                    label=Signal::derive(move || t_string!(i18n, case_form.shipped_on).to_string()) />
                <TextField form field="protection_ends_on" lens=|d| &mut d.protection_ends_on kind="date"
                    label=Signal::derive(move || t_string!(i18n, case_form.protection_ends_on).to_string())
                    hint=Signal::derive(move || t_string!(i18n, case_form.protection_ends_on_hint).to_string()) />
                <ChoiceField form field="delivery_status" lens=|d| &mut d.delivery_status required=true
                    label=Signal::derive(move || t_string!(i18n, case_form.delivery_status).to_string())
                    options=Signal::derive(move || {
                        let locale = i18n.get_locale();
                        DeliveryStatus::ALL.iter()
                            .map(|s| (s.as_str().to_string(), labels::delivery_status(locale, *s).to_string()))
                            .collect()
                    }) />
                <Show when=delivered>
                    <TextField form field="delivered_on" lens=|d| &mut d.delivered_on kind="date"
                        label=Signal::derive(move || t_string!(i18n, case_form.delivered_on).to_string()) />
                </Show>
                <Show when=received>
                    <TextField form field="receipt_confirmed_on" lens=|d| &mut d.receipt_confirmed_on kind="date"
                        label=Signal::derive(move || t_string!(i18n, case_form.receipt_confirmed_on).to_string())
                        hint=Signal::derive(move || t_string!(i18n, case_form.receipt_confirmed_on_hint).to_string()) />
                </Show>
            </fieldset>
            <fieldset class="case-form__group">
                <legend>{t!(i18n, case_form.problem_legend)}</legend>
                <ChoiceField form field="problem" lens=|d| &mut d.problem
                    label=Signal::derive(move || t_string!(i18n, case_form.problem).to_string())
                    options=Signal::derive(move || {
                        let locale = i18n.get_locale();
                        Problem::ALL.iter()
                            .map(|p| (p.as_str().to_string(), labels::problem(locale, *p).to_string()))
                            .collect()
                    }) />
                <ChoiceField form field="item_category" lens=|d| &mut d.item_category
                    label=Signal::derive(move || t_string!(i18n, case_form.item_category).to_string())
                    options=Signal::derive(move || {
                        let locale = i18n.get_locale();
                        ItemCategory::ALL.iter()
                            .map(|c| (c.as_str().to_string(), labels::item_category(locale, *c).to_string()))
                            .collect()
                    }) />
                <ChoiceField form field="item_unused" lens=|d| &mut d.item_unused
                    label=Signal::derive(move || t_string!(i18n, case_form.item_unused).to_string())
                    options=Signal::derive(move || yes_no(i18n.get_locale())) />
                <ChoiceField form field="free_return_offered" lens=|d| &mut d.free_return_offered
                    label=Signal::derive(move || t_string!(i18n, case_form.free_return_offered).to_string())
                    options=Signal::derive(move || yes_no(i18n.get_locale())) />
                <TextField form field="notes" lens=|d| &mut d.notes kind="textarea"
                    label=Signal::derive(move || t_string!(i18n, case_form.notes).to_string()) />
            </fieldset>
            <button type="submit" class="button">{move || submit_label.get()}</button>
        </form>
    }
}

fn yes_no(locale: Locale) -> Vec<(String, String)> {
    vec![
        ("yes".into(), td_string!(locale, case_form.yes).to_string()),
        ("no".into(), td_string!(locale, case_form.no).to_string()),
    ]
}

/// Every country by name; a code the app has no name for (from an imported
/// file) stays a choice, so that the form shows what the case holds.
fn country_options(locale: Locale, current: &str) -> Vec<(String, String)> {
    let mut options: Vec<(String, String)> = countries::choices(locale)
        .into_iter()
        .map(|(code, name)| (code.to_string(), name.to_string()))
        .collect();
    let current = current.trim().to_ascii_uppercase();
    if !current.is_empty() && !options.iter().any(|(code, _)| *code == current) {
        options.push((current.clone(), current));
    }
    options
}

/// After a refused send: how many problems, each one a link to its field.
#[component]
fn ProblemSummary(form: Form, summary: NodeRef<Div>) -> impl IntoView {
    let i18n = use_i18n();
    let visible = move || form.sent.get() && form.problems.with(|p| !p.is_empty());
    let items = move || {
        let locale = i18n.get_locale();
        form.problems
            .get()
            .iter()
            .map(|problem| {
                let href = format!("#{}", form.id(problem.field()));
                view! { <li><a href=href>{problem_text(locale, problem)}</a></li> }
            })
            .collect_view()
    };
    view! {
        <div class="case-form__summary" role="alert" tabindex="-1" node_ref=summary>
            <Show when=visible>
                <div class="notice notice--bad">
                    <p>{move || t_string!(i18n, case_form.problems, count = form.problems.with(Vec::len))}</p>
                    <ul>{items}</ul>
                </div>
            </Show>
        </div>
    }
}

/// A text, date or long-text field of the draft.
#[component]
fn TextField(
    form: Form,
    field: &'static str,
    lens: Lens,
    label: Signal<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = form.id(field);
    let error = Memo::new(move |_| form.error(i18n.get_locale(), field));
    let value = move || form.draft.with(|d| lens(&mut d.clone()).clone());
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        form.draft.update(|d| *lens(d) = text);
        // A date picker gives a whole date at once: check it straight away.
        if kind == "date" {
            form.touch(field);
        }
    };
    let describedby = described_by(&id, hint.is_some(), move || error.with(Option::is_some));
    let invalid = move || error.with(Option::is_some).then_some("true");
    let control = if kind == "textarea" {
        view! {
            <textarea id=id.clone() name=field rows="4"
                aria-describedby=describedby aria-invalid=invalid
                prop:value=value on:input=on_input on:blur=move |_| form.touch(field)></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() name=field type=kind inputmode=inputmode
                aria-describedby=describedby aria-invalid=invalid
                prop:value=value on:input=on_input on:blur=move |_| form.touch(field) />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field--invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{move || label.get()}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id(&id)>{move || hint.get()}</p> })}
            {control}
            <FieldError id=id.clone() error />
        </div>
    }
}

/// A choice from a list, with "not known" first unless a value is required.
#[component]
fn ChoiceField(
    form: Form,
    field: &'static str,
    lens: Lens,
    label: Signal<String>,
    options: Signal<Vec<(String, String)>>,
    #[prop(default = false)] required: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = form.id(field);
    let error = Memo::new(move |_| form.error(i18n.get_locale(), field));
    let describedby = described_by(&id, false, move || error.with(Option::is_some));
    let current = move || form.draft.with(|d| lens(&mut d.clone()).clone());
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        form.draft.update(|d| *lens(d) = value);
        form.touch(field);
    };
    let items = move || {
        options
            .get()
            .into_iter()
            .map(|(value, text)| {
                let chosen = value.clone();
                view! { <option value=value selected=move || current() == chosen>{text}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="field" class:field--invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id.clone() name=field on:change=on_change aria-describedby=describedby>
                {(!required).then(|| view! {
                    <option value="" selected=move || current().is_empty()>
                        {t!(i18n, case_form.not_known)}
                    </option>
                })}
                {items}
            </select>
            <FieldError id error />
        </div>
    }
}
