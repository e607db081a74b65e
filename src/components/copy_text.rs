//! A ready-made message in a read-only text box, with a button that copies
//! it and says, aloud too, whether that worked.

use leptos::html::Textarea;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::i18n::*;

/// How the last copy went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Copy {
    Done,
    Failed,
    /// The page has no clipboard (an old browser, or a page not served
    /// over HTTPS).
    Unavailable,
}

/// `id` names the text box; the label, the hint and the text follow the
/// language.
#[component]
pub fn CopyText(
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] hint: Signal<String>,
    #[prop(into)] text: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let area = NodeRef::<Textarea>::new();
    let outcome = RwSignal::new(None::<Copy>);
    // A result about an earlier text would mislead once the text changed.
    Effect::new(move |_| {
        text.track();
        outcome.set(None);
    });
    let select_by_hand = move || {
        if let Some(area) = area.get_untracked() {
            let _ = area.focus();
            area.select();
        }
    };
    let copy = move |_| {
        let message = text.get_untracked();
        leptos::task::spawn_local(async move {
            let result = write_to_clipboard(&message).await;
            if result != Copy::Done {
                select_by_hand();
            }
            outcome.set(Some(result));
        });
    };
    let hint_id = format!("{id}-hint");
    let status = move || {
        outcome.get().map(|result| match result {
            Copy::Done => t_string!(i18n, filing.messages.copied),
            Copy::Failed => t_string!(i18n, filing.messages.failed),
            Copy::Unavailable => t_string!(i18n, filing.messages.unavailable),
        })
    };
    let status_class = move || match outcome.get() {
        Some(Copy::Done) => "copy-text__status copy-text__status--done",
        Some(_) => "copy-text__status copy-text__status--failed",
        None => "copy-text__status",
    };
    let rows = move || {
        text.with(|text| text.lines().count() + text.len() / 32)
            .clamp(4, 24)
    };
    let button_name = move || t_string!(i18n, filing.messages.copy_name, name = label.get());
    view! {
        <div class="copy-text">
            <label class="copy-text__label" for=id>{label}</label>
            <p class="note" id=hint_id.clone()>{hint}</p>
            <textarea
                id=id
                class="copy-text__box"
                readonly
                rows=rows
                aria-describedby=hint_id
                node_ref=area
                prop:value=text
            ></textarea>
            <div class="copy-text__actions">
                <button type="button" class="button" aria-label=button_name on:click=copy>
                    {t!(i18n, filing.messages.copy)}
                </button>
                <p class=status_class role="status" aria-live="polite">
                    {status}
                </p>
            </div>
        </div>
    }
}

/// Writes `message` to the clipboard through the asynchronous clipboard API.
async fn write_to_clipboard(message: &str) -> Copy {
    let Some(window) = web_sys::window() else {
        return Copy::Unavailable;
    };
    let clipboard = window.navigator().clipboard();
    let clipboard_value: &JsValue = clipboard.as_ref();
    if clipboard_value.is_undefined() || clipboard_value.is_null() {
        return Copy::Unavailable;
    }
    match wasm_bindgen_futures::JsFuture::from(clipboard.write_text(message)).await {
        Ok(_) => Copy::Done,
        Err(_) => Copy::Failed,
    }
}
