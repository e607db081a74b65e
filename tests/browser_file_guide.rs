//! The filing guide mounted in headless Chromium: the ground from the
//! address, a changed ground replacing the address, and the messages filled
//! from a saved case.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::NaiveDate;
use disputa::domain::{Case, Price, Problem};
use disputa::i18n::{td_string, templates, Locale};
use disputa::storage::codec::{encode, State, STATE_KEY};
use leptos::prelude::*;
use support::{mount_app, storage, ticks, window};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Puts the page at `url` with `cases` stored, and mounts the app in a
/// fresh element.
fn mount_at(
    url: &str,
    cases: Vec<Case>,
) -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    storage().clear().unwrap();
    if !cases.is_empty() {
        let state = State {
            revision: 1,
            saved_at: "2026-10-22T10:00:00.000Z".into(),
            cases,
            settings: Default::default(),
        };
        storage().set_item(STATE_KEY, &encode(&state)).unwrap();
    }
    mount_app(url)
}

/// Lets the app settle: eight turns of the task queue.
async fn settle() {
    ticks(8).await;
}

fn text(root: &web_sys::HtmlElement) -> String {
    root.query_selector("main")
        .unwrap()
        .expect("a main element")
        .text_content()
        .unwrap_or_default()
}

fn ground_select(root: &web_sys::HtmlElement) -> web_sys::HtmlSelectElement {
    root.query_selector("select#ground")
        .unwrap()
        .expect("the ground choice")
        .unchecked_into()
}

fn step_titles(root: &web_sys::HtmlElement) -> Vec<String> {
    let titles = root
        .query_selector_all("ol.filing-steps > li > h3")
        .unwrap();
    (0..titles.length())
        .filter_map(|i| titles.item(i))
        .filter_map(|node| node.text_content())
        .collect()
}

fn message(root: &web_sys::HtmlElement, id: &str) -> String {
    let area: web_sys::HtmlTextAreaElement = root
        .query_selector(&format!("textarea#{id}"))
        .unwrap()
        .expect("the message box")
        .unchecked_into();
    area.value()
}

#[wasm_bindgen_test]
async fn deep_link_to_damaged_shows_that_ground_and_requires_photos() {
    let (root, _handle) = mount_at("/file?ground=damaged&lang=en", Vec::new());
    settle().await;

    assert_eq!(ground_select(&root).value(), "damaged");
    let page = text(&root);
    assert!(page.contains(td_string!(Locale::en, filing.step.attach_required)));
    assert!(!page.contains(td_string!(Locale::en, filing.step.attach_not_required)));
    assert!(page.contains("Open Dispute"), "the English button label");
    assert!(step_titles(&root).len() >= 8, "{:?}", step_titles(&root));
    assert_eq!(
        message(&root, "message-seller"),
        templates::seller_message(Locale::en, Problem::Damaged, None)
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn changing_the_ground_replaces_the_address_and_the_steps() {
    let (root, _handle) = mount_at("/file?ground=damaged&lang=es", Vec::new());
    settle().await;
    let history_length = window().history().unwrap().length().unwrap();
    let damaged_steps = step_titles(&root);
    assert!(
        text(&root).contains("Abrir disputa"),
        "the Spanish button label"
    );

    let select = ground_select(&root);
    select.set_value("not_received");
    let change = web_sys::Event::new("change").unwrap();
    select.dispatch_event(&change).unwrap();
    settle().await;

    let search = window().location().search().unwrap();
    assert!(search.contains("ground=not_received"), "{search}");
    assert!(
        search.contains("lang=es"),
        "other parameters stay: {search}"
    );
    assert_eq!(
        window().history().unwrap().length().unwrap(),
        history_length,
        "the address is replaced, not pushed"
    );
    let page = text(&root);
    assert!(page.contains(td_string!(Locale::es, filing.step.attach_not_required)));
    assert!(!page.contains(td_string!(Locale::es, filing.step.attach_required)));
    let not_received_steps = step_titles(&root);
    assert_ne!(damaged_steps, not_received_steps);
    let return_step = td_string!(Locale::es, filing.step.return_title);
    assert!(damaged_steps.iter().any(|title| title == return_step));
    assert!(!not_received_steps.iter().any(|title| title == return_step));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_saved_case_chooses_the_ground_and_fills_the_messages() {
    let mut case = Case::new("order-1");
    case.order_number = Some("8123456789012345".into());
    case.item = Some("USB-C cable, 2 m".into());
    case.store = Some("Example Store".into());
    case.price = Some(Price {
        amount: "12.99".into(),
        currency: "EUR".into(),
    });
    case.ordered_on = NaiveDate::from_ymd_opt(2026, 10, 1);
    case.delivered_on = NaiveDate::from_ymd_opt(2026, 10, 20);
    case.problem = Some(Problem::Quality);
    let (root, _handle) = mount_at("/file?case=order-1&lang=en", vec![case.clone()]);
    settle().await;

    assert_eq!(ground_select(&root).value(), "quality");
    let seller = message(&root, "message-seller");
    assert_eq!(
        seller,
        templates::seller_message(Locale::en, Problem::Quality, Some(&case))
    );
    assert!(seller.contains("8123456789012345"), "{seller}");
    assert!(
        message(&root, "message-refusal").contains("12.99 EUR"),
        "the refusal is filled too"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn an_unknown_case_says_so_and_leaves_the_blanks() {
    let (root, _handle) = mount_at("/file?ground=not_received&case=gone&lang=en", Vec::new());
    settle().await;

    assert!(text(&root).contains(td_string!(Locale::en, filing.case.unknown)));
    assert!(message(&root, "message-seller").contains("[order number]"));
    root.remove();
}
