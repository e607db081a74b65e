//! The eligibility wizard mounted in headless Chromium: refusing Next,
//! dates checked as they are typed, Back keeping answers, skipped steps,
//! and the draft that survives a remount.
#![cfg(target_arch = "wasm32")]

mod support;

use disputa::domain::{Invalid, Reason};
use disputa::i18n::{labels, td_string, Locale};
use leptos::prelude::*;
use support::{button, element, input, mount_app, storage, ticks};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

use disputa::storage::wizard_draft::DRAFT_KEY;
const EN: Locale = Locale::en;

/// Mounts the app on /eligibility in English in a fresh element.
fn mount() -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    mount_app("/eligibility?lang=en")
}

/// Lets the app settle: five turns of the task queue.
async fn settle() {
    ticks(5).await;
}

fn step_heading(root: &web_sys::HtmlElement) -> String {
    element::<web_sys::Element>(root, "#wizard-heading")
        .text_content()
        .unwrap()
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    element::<web_sys::Element>(root, selector)
        .text_content()
        .unwrap_or_default()
}

async fn next(root: &web_sys::HtmlElement) {
    button(root, td_string!(EN, wizard.next)).click();
    settle().await;
}

async fn back(root: &web_sys::HtmlElement) {
    button(root, td_string!(EN, wizard.back)).click();
    settle().await;
}

/// Types `text` into an input as a browser does: the value, then a
/// bubbling `input` event.
async fn type_into(field: &web_sys::HtmlInputElement, text: &str) {
    field.set_value(text);
    let fire = js_sys::Function::new_with_args(
        "el",
        "el.dispatchEvent(new Event('input', { bubbles: true }))",
    );
    fire.call1(&JsValue::NULL, field).unwrap();
    settle().await;
}

/// Starts a fresh wizard and answers the first step with "awaiting shipment".
async fn start_awaiting_shipment() -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    storage().clear().unwrap();
    let (root, handle) = mount();
    settle().await;
    element::<web_sys::HtmlElement>(&root, "#wizard-status-0").click();
    settle().await;
    next(&root).await;
    (root, handle)
}

#[wasm_bindgen_test]
async fn next_is_refused_on_an_unanswered_step_and_says_why() {
    storage().clear().unwrap();
    let (root, _handle) = mount();
    settle().await;
    assert_eq!(step_heading(&root), td_string!(EN, wizard.status.question));
    next(&root).await;
    assert_eq!(step_heading(&root), td_string!(EN, wizard.status.question));
    assert_eq!(
        text_of(&root, "#wizard-status-0-error"),
        td_string!(EN, wizard.error.choose)
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_future_date_shows_its_message_keeps_the_text_and_blocks_next() {
    let (root, _handle) = start_awaiting_shipment().await;
    assert_eq!(step_heading(&root), td_string!(EN, wizard.dates.question));
    let ordered = input(&root, "#wizard-ordered_on");
    type_into(&ordered, "2999-01-01").await;

    let expected = labels::invalid(
        EN,
        &Invalid {
            field: "ordered_on",
            index: None,
            reason: Reason::InFuture,
        },
    );
    assert_eq!(text_of(&root, "#wizard-ordered_on-error"), expected);
    assert_eq!(
        ordered.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        ordered.get_attribute("aria-describedby").as_deref(),
        Some("wizard-ordered_on-error")
    );
    assert_eq!(ordered.value(), "2999-01-01");
    next(&root).await;
    assert_eq!(step_heading(&root), td_string!(EN, wizard.dates.question));
    root.remove();
}

#[wasm_bindgen_test]
async fn text_that_is_not_a_date_is_named_and_kept_where_the_browser_has_no_date_picker() {
    let (root, _handle) = start_awaiting_shipment().await;
    let ordered = input(&root, "#wizard-ordered_on");
    // Browsers without a date picker show a plain text field.
    ordered.set_type("text");
    type_into(&ordered, "2026-02-30").await;
    assert_eq!(
        text_of(&root, "#wizard-ordered_on-error"),
        labels::not_a_date(EN, "ordered_on")
    );
    assert_eq!(ordered.value(), "2026-02-30");
    next(&root).await;
    assert_eq!(step_heading(&root), td_string!(EN, wizard.dates.question));
    root.remove();
}

#[wasm_bindgen_test]
async fn back_keeps_the_answers_and_skipped_steps_are_skipped() {
    let (root, _handle) = start_awaiting_shipment().await;
    assert_eq!(
        text_of(&root, "#wizard-progress"),
        td_string!(EN, wizard.progress, current = 2, total = 4).to_string()
    );
    // Awaiting shipment: no shipping or delivery date is asked.
    assert!(root.query_selector("#wizard-shipped_on").unwrap().is_none());
    assert!(root
        .query_selector("#wizard-delivered_on")
        .unwrap()
        .is_none());
    type_into(&input(&root, "#wizard-ordered_on"), "2026-01-05").await;
    next(&root).await;
    assert_eq!(step_heading(&root), td_string!(EN, wizard.problem.question));
    element::<web_sys::HtmlElement>(&root, "#wizard-problem-9").click();
    settle().await;
    next(&root).await;
    // The protection end, receipt and country do not apply before shipment.
    assert_eq!(step_heading(&root), td_string!(EN, wizard.payment.question));
    assert_eq!(
        text_of(&root, "#wizard-progress"),
        td_string!(EN, wizard.progress, current = 4, total = 4).to_string()
    );

    back(&root).await;
    assert_eq!(step_heading(&root), td_string!(EN, wizard.problem.question));
    assert!(input(&root, "#wizard-problem-9").checked());
    back(&root).await;
    assert_eq!(input(&root, "#wizard-ordered_on").value(), "2026-01-05");
    back(&root).await;
    assert!(input(&root, "#wizard-status-0").checked());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_draft_survives_leaving_the_page_and_a_damaged_one_is_ignored() {
    let (root, handle) = start_awaiting_shipment().await;
    type_into(&input(&root, "#wizard-ordered_on"), "2026-01-05").await;
    drop(handle);
    root.remove();
    assert!(storage()
        .get_item(DRAFT_KEY)
        .unwrap()
        .is_some_and(|json| json.contains("2026-01-05")));

    let (root, _handle) = mount();
    settle().await;
    assert_eq!(step_heading(&root), td_string!(EN, wizard.dates.question));
    assert_eq!(input(&root, "#wizard-ordered_on").value(), "2026-01-05");
    root.remove();

    storage().set_item(DRAFT_KEY, "{broken").unwrap();
    let (root, _handle) = mount();
    settle().await;
    assert_eq!(step_heading(&root), td_string!(EN, wizard.status.question));
    assert!(root
        .text_content()
        .unwrap()
        .contains(td_string!(EN, wizard.draft.damaged)));
    // Nothing is written over the damaged draft until the buyer answers.
    assert_eq!(
        storage().get_item(DRAFT_KEY).unwrap().as_deref(),
        Some("{broken")
    );
    root.remove();
}
