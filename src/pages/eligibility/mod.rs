//! /eligibility: a wizard, one question per step, that ends with whether,
//! from when and until when a dispute can be opened, why, with what
//! evidence, and the one next step. The answers are a draft kept on this
//! device until the buyer saves them as a case.

mod inputs;
mod result;
mod steps;

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::PageHeading;
use crate::domain::wizard::{Action, Draft, Field, Issue, Position, Reply, Step};
use crate::i18n::*;
use crate::storage::wizard_draft::{load_draft, save_draft, Loaded};

/// The id of the heading that takes the focus when the step changes.
const HEADING_ID: &str = "wizard-heading";

/// The wizard's state, shared by its parts. Cheap to copy.
#[derive(Clone, Copy)]
struct Wizard {
    draft: RwSignal<Draft>,
    today: NaiveDate,
    /// The element to focus after the next render.
    focus: RwSignal<Option<String>>,
    /// The draft could not be kept on this device.
    not_kept: RwSignal<bool>,
}

impl Wizard {
    fn dispatch(self, action: Action) {
        let today = self.today;
        let reply = self
            .draft
            .try_update(|draft| draft.reduce(action, today))
            .unwrap_or(Reply::Stayed);
        self.not_kept.set(!save_draft(&self.draft.get_untracked()));
        match reply {
            Reply::Moved => self.focus.set(Some(HEADING_ID.to_string())),
            Reply::Refused => {
                let first = self.draft.with_untracked(|draft| match draft.at {
                    Position::Step(step) => draft.issues(step, today).first().map(|(f, _)| *f),
                    Position::Result => None,
                });
                if let Some(field) = first {
                    self.focus.set(Some(steps::element_id(field)));
                }
            }
            Reply::Stayed => {}
        }
    }
}

#[component]
pub fn Eligibility() -> impl IntoView {
    let i18n = use_i18n();
    let title = Signal::derive(move || t_string!(i18n, pages.eligibility.title).to_string());
    let (draft, loaded) = load_draft();
    let wizard = Wizard {
        draft: RwSignal::new(draft),
        today: crate::storage::today(),
        focus: RwSignal::new(None),
        not_kept: RwSignal::new(loaded == Loaded::Unavailable),
    };
    Effect::new(move |_| {
        if let Some(id) = wizard.focus.get() {
            request_animation_frame(move || focus_element(&id));
        }
    });
    let at = Memo::new(move |_| wizard.draft.with(|d| d.at));
    view! {
        <PageHeading title />
        <p class="lead">{t!(i18n, pages.eligibility.lead)}</p>
        <Show when=move || loaded == Loaded::Damaged>
            <p class="notice notice--info" role="status">{t!(i18n, wizard.draft.damaged)}</p>
        </Show>
        <Show when=move || wizard.not_kept.get()>
            <p class="notice notice--info" role="status">{t!(i18n, wizard.draft.not_kept)}</p>
        </Show>
        {move || match at.get() {
            Position::Step(step) => view! { <steps::StepForm wizard step /> }.into_any(),
            Position::Result => view! { <result::WizardResult wizard /> }.into_any(),
        }}
    }
}

fn focus_element(id: &str) {
    let element = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// The sentence for an issue of an answer, in the buyer's language.
fn issue_sentence(locale: Locale, draft: &Draft, field: Field, issue: Issue) -> String {
    match (issue, field) {
        (Issue::NotADate, Field::Date(date)) => labels::not_a_date(locale, date.path()),
        (Issue::Invalid(invalid), _) => labels::invalid(locale, &invalid),
        (_, Field::Date(date)) if draft.date_required(date) => {
            td_string!(locale, wizard.error.date_required).to_string()
        }
        (_, Field::Date(_)) => td_string!(locale, wizard.error.date_unanswered).to_string(),
        (_, Field::Choice(Step::Country)) => td_string!(locale, wizard.error.country).to_string(),
        (_, Field::Choice(_)) => td_string!(locale, wizard.error.choose).to_string(),
    }
}
