//! "Add to calendar": downloads the case's open deadlines as an .ics file,
//! made in the browser.

use leptos::prelude::*;

use crate::calendar::{ics, CalendarEvent};
use crate::domain::{Assessment, Case};
use crate::i18n::*;

/// The events of the open deadlines, named in the buyer's language.
pub fn deadline_events(locale: Locale, case: &Case, assessment: &Assessment) -> Vec<CalendarEvent> {
    let name = storage::case_name(locale, case);
    assessment
        .open_deadlines()
        .map(|deadline| CalendarEvent {
            uid: format!("{}-{:?}@disputa", case.id, deadline.kind),
            date: deadline.date,
            summary: format!("{} · {name}", labels::deadline(locale, deadline.kind)),
            description: td_string!(
                locale,
                case.calendar_description,
                name = name.clone(),
                rule = deadline.rule.as_str()
            )
            .to_string(),
        })
        .collect()
}

#[component]
pub fn CalendarButton(case: Signal<Case>, assessment: Memo<Assessment>) -> impl IntoView {
    let i18n = use_i18n();
    let failed = RwSignal::new(false);
    let has_open = move || assessment.with(|a| a.open_deadlines().next().is_some());
    let download = move |_| {
        let locale = i18n.get_locale();
        let case = case.get_untracked();
        let events = assessment.with_untracked(|a| deadline_events(locale, &case, a));
        let stamp = crate::calendar::utc_stamp(chrono::Utc::now());
        let file = ics(&events, &stamp);
        failed.set(save_file(&format!("disputa-{}.ics", case.id), &file).is_err());
    };
    view! {
        <Show when=has_open>
            <button type="button" class="button button--quiet" on:click=download>
                {t!(i18n, case.calendar)}
            </button>
            <Show when=move || failed.get()>
                <p class="field__error" role="alert">{t!(i18n, pages.settings.export_failed)}</p>
            </Show>
        </Show>
    }
}

#[cfg(target_arch = "wasm32")]
fn save_file(name: &str, text: &str) -> Result<(), ()> {
    let contents = wasm_bindgen::JsValue::from_str(text);
    crate::storage::files::download(name, &contents, "text/calendar").map_err(|_| ())
}

#[cfg(not(target_arch = "wasm32"))]
fn save_file(_name: &str, _text: &str) -> Result<(), ()> {
    Err(())
}
