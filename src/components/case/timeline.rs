//! The case's events, oldest first, each date editable in place; a date that
//! would make the case inconsistent is refused next to it and changes nothing.

use leptos::prelude::*;

use crate::components::{described_by, FieldError};
use crate::domain::{change_event_date, timeline, Case, Event, TransitionError};
use crate::i18n::*;
use crate::storage::{today, use_store};

#[component]
pub fn Timeline(case: Signal<Case>) -> impl IntoView {
    let i18n = use_i18n();
    let events = Memo::new(move |_| case.with(timeline));
    let rows = move || {
        events
            .get()
            .into_iter()
            .enumerate()
            .map(|(position, event)| view! { <TimelineRow case event position /> })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="case-timeline">
            <h2 id="case-timeline">{t!(i18n, case.timeline_title)}</h2>
            <Show
                when=move || events.with(|e| !e.is_empty())
                fallback=move || view! { <p>{t!(i18n, case.timeline_none)}</p> }
            >
                <ol class="timeline">{rows}</ol>
            </Show>
        </section>
    }
}

#[component]
fn TimelineRow(case: Signal<Case>, event: Event, position: usize) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let typed = RwSignal::new(crate::domain::format_date(event.date));
    let error = RwSignal::new(None::<String>);
    let id = format!("event-{position}");
    let change = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        typed.set(text.clone());
        let locale = i18n.get_locale();
        let date = match super::typed_day(locale, &text, event.field) {
            Ok(date) => date,
            Err(sentence) => return error.set(Some(sentence)),
        };
        if date == event.date {
            error.set(None);
            return;
        }
        let changed = change_event_date(
            &case.get_untracked(),
            event.field,
            event.index,
            date,
            today(),
        )
        .map_err(TransitionError::Invalid);
        error.set(super::commit(store, locale, changed));
    };
    let described = described_by(&id, false, move || error.with(Option::is_some));
    view! {
        <li class="timeline__event">
            <label for=id.clone() class="timeline__what">
                {move || case::event(i18n.get_locale(), &event)}
            </label>
            <span class="timeline__when">{move || dates::long_date(i18n.get_locale(), event.date)}</span>
            <input id=id.clone() type="date" class="timeline__date" prop:value=move || typed.get()
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described
                on:change=change />
            <FieldError id error />
        </li>
    }
}
