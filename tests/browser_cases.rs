//! The case page mounted in headless Chromium on a stored case: it offers
//! only the moves the lifecycle allows, a move records its dated event, and
//! the refund tracker only moves forward; and the list of cases writes
//! every row, in order and in groups, as list items.
#![cfg(target_arch = "wasm32")]

mod support;

use disputa::domain::{format_date, Case, DeliveryStatus, Dispute, Outcome, Problem};
use disputa::i18n::{case as words, td_string, Locale};
use disputa::pages::case_list::{self, CaseRow};
use disputa::storage::codec::{encode, State, STATE_KEY};
use leptos::prelude::*;
use support::{buttons, element, input, mount_app, storage, stored_state, ticks, window};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn today() -> chrono::NaiveDate {
    disputa::storage::today()
}

fn days_ago(days: u64) -> chrono::NaiveDate {
    today() - chrono::Days::new(days)
}

/// A damaged item, received ten days ago.
fn received_case() -> Case {
    let mut case = Case::new("case-1");
    case.item = Some("Speaker".into());
    case.delivery_status = DeliveryStatus::Received;
    case.shipped_on = Some(days_ago(30));
    case.delivered_on = Some(days_ago(10));
    case.problem = Some(Problem::Damaged);
    case
}

/// Stores `case` and mounts the app on its page, in English.
fn mount_case(
    case: Case,
) -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    storage().clear().unwrap();
    let state = State {
        revision: 1,
        saved_at: "2026-11-01T09:00:00.000Z".into(),
        cases: vec![case.clone()],
        settings: Default::default(),
    };
    storage().set_item(STATE_KEY, &encode(&state)).unwrap();
    mount_app(&format!("/cases/{}?lang=en", case.id))
}

/// Lets the app settle: eight turns of the task queue.
async fn settle() {
    ticks(8).await;
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|n| n.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

/// The button in `root` whose text, trimmed, is `name`.
fn button(root: &web_sys::HtmlElement, name: &str) -> web_sys::HtmlElement {
    buttons(root)
        .find(|b| b.text_content().as_deref().map(str::trim) == Some(name))
        .unwrap_or_else(|| panic!("no button {name}"))
}

fn set_value(root: &web_sys::HtmlElement, selector: &str, value: &str) {
    let field = input(root, selector);
    field.set_value(value);
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

/// The first case in the stored state.
fn stored_case() -> Case {
    stored_state().cases[0].clone()
}

fn action(kind: disputa::domain::OperationKind) -> String {
    words::operation(Locale::en, kind).to_string()
}

/// Waits for the browser's next task, after the events it queued (such as
/// a `<details>` element's `toggle`) and the parts of the page built in
/// later tasks (`Later`) have run.
async fn next_task() {
    settle().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn the_top_of_a_case_shows_first_and_the_rest_is_built_in_later_tasks() {
    let (root, _handle) = mount_case(received_case());
    settle().await;
    // The heading, the facts and what the rules say are there at once.
    assert_eq!(texts(&root, "main h1").len(), 1);
    assert!(!texts(&root, ".case-facts dt").is_empty());
    assert_eq!(texts(&root, "details.case-why > summary").len(), 1);
    // The sections below wait for their turn, and keep the footer off screen.
    let pending = root.query_selector_all(".later.later--pending").unwrap();
    assert_eq!(pending.length(), 7);
    assert!(root.query_selector(".actions").unwrap().is_none());
    assert!(root.query_selector("#case-delete").unwrap().is_none());

    next_task().await;
    assert_eq!(
        root.query_selector_all(".later--pending").unwrap().length(),
        0
    );
    // In the page's order, each once.
    let headings = texts(&root, "main h2");
    let at = |id: &str| {
        let text = element::<web_sys::Element>(&root, &format!("h2#{id}"))
            .text_content()
            .unwrap();
        headings.iter().position(|h| *h == text.trim()).unwrap()
    };
    assert!(at("case-actions") < at("case-details"));
    assert!(at("case-details") < at("case-delete"));
    assert_eq!(root.query_selector_all("#case-delete").unwrap().length(), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_case_left_before_its_turn_builds_nothing_later() {
    let (root, handle) = mount_case(received_case());
    settle().await;
    drop(handle);
    next_task().await;
    assert!(root.query_selector(".actions").unwrap().is_none());
    assert!(root.query_selector("#case-delete").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn closed_sections_are_built_on_first_opening_and_keep_what_was_typed() {
    let (root, _handle) = mount_case(received_case());
    next_task().await;

    let form: web_sys::HtmlDetailsElement = element(&root, "details.case-details");
    let why: web_sys::HtmlDetailsElement = element(&root, "details.case-why");
    assert!(!form.open() && !why.open());
    assert!(root.query_selector("#edit-case-store").unwrap().is_none());
    assert!(root
        .query_selector(".case-why details.rule")
        .unwrap()
        .is_none());
    assert_eq!(
        texts(&root, "details.case-details > summary"),
        [td_string!(Locale::en, case.details_edit)]
    );

    form.set_open(true);
    next_task().await;
    set_value(&root, "#edit-case-store", "Plug Store");
    form.set_open(false);
    next_task().await;
    form.set_open(true);
    next_task().await;
    assert_eq!(input(&root, "#edit-case-store").value(), "Plug Store");
    assert_eq!(
        root.query_selector_all("#edit-case-store")
            .unwrap()
            .length(),
        1
    );

    why.set_open(true);
    next_task().await;
    assert!(!texts(&root, ".case-why details.rule .rule__id").is_empty());
    root.remove();
}

#[wasm_bindgen_test]
async fn only_the_moves_the_lifecycle_allows_are_offered() {
    use disputa::domain::OperationKind as K;
    let (root, _handle) = mount_case(received_case());
    next_task().await;

    let offered = texts(&root, ".actions button");
    assert_eq!(
        offered,
        [
            action(K::ContactSeller),
            action(K::OpenDispute),
            action(K::ShipFreeReturn)
        ]
    );
    assert!(
        !offered.contains(&action(K::CancelOrder)),
        "shipped orders cannot be cancelled"
    );
    assert!(
        !offered.contains(&action(K::Decide)),
        "no dispute to decide"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_move_records_its_dated_event_and_changes_the_offer() {
    use disputa::domain::OperationKind as K;
    let (root, _handle) = mount_case(received_case());
    next_task().await;

    button(&root, &action(K::OpenDispute)).click();
    settle().await;
    set_value(&root, "#move-day", &format_date(days_ago(2)));
    button(&root, td_string!(Locale::en, case.move_record)).click();
    settle().await;

    let dispute = stored_case().dispute.expect("a dispute");
    assert_eq!(dispute.opened_on, Some(days_ago(2)));
    let events = texts(&root, ".timeline__what");
    assert!(events.contains(&td_string!(Locale::en, case.event.dispute_opened).to_string()));
    let offered = texts(&root, ".actions button");
    assert!(offered.contains(&action(K::Decide)));
    assert!(
        !offered.contains(&action(K::OpenDispute)),
        "one dispute at a time"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_move_dated_in_the_future_is_refused_and_nothing_is_stored() {
    use disputa::domain::OperationKind as K;
    let (root, _handle) = mount_case(received_case());
    next_task().await;

    button(&root, &action(K::ContactSeller)).click();
    settle().await;
    set_value(
        &root,
        "#move-day",
        &format_date(today() + chrono::Days::new(3)),
    );
    button(&root, td_string!(Locale::en, case.move_record)).click();
    settle().await;

    assert_eq!(
        texts(&root, "#move-error"),
        [td_string!(Locale::en, case.refused.in_future)]
    );
    assert_eq!(stored_case().contacted_seller_on, None);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_refund_tracker_only_moves_forward() {
    let mut case = received_case();
    case.dispute = Some(Dispute {
        opened_on: Some(days_ago(8)),
        closed_on: Some(days_ago(3)),
        outcome: Some(Outcome::FullRefund),
        ..Default::default()
    });
    let (root, _handle) = mount_case(case);
    next_task().await;

    let stage_word = |stage| disputa::i18n::labels::refund_stage(Locale::en, stage);
    let move_to =
        |stage| td_string!(Locale::en, case.refund_move, stage = stage_word(stage)).to_string();
    use disputa::domain::RefundStage as S;
    // Nothing recorded yet: the first step is the only one offered.
    assert_eq!(texts(&root, ".refund__form button"), [move_to(S::Waiting)]);
    for (stage, next) in [
        (S::Waiting, Some(S::Processing)),
        (S::Processing, Some(S::Refunded)),
        (S::Refunded, None),
    ] {
        button(&root, &move_to(stage)).click();
        settle().await;
        assert_eq!(stored_case().refund.unwrap().stage, stage);
        let offered = texts(&root, ".refund__form button");
        assert_eq!(offered, next.map(move_to).into_iter().collect::<Vec<_>>());
    }
    let current = root
        .query_selector(".refund__step[aria-current='step']")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(current, stage_word(S::Refunded));
    root.remove();
}

/// Rows for the list: every seventh urgent, every other with a store.
fn list_rows(count: usize) -> Vec<CaseRow> {
    (0..count)
        .map(|i| CaseRow {
            urgent: i % 7 == 0,
            href: format!("/cases/c{i}"),
            name: format!("Case {i} 📦"),
            stage: "Stage",
            store: (i % 2 == 0).then(|| format!("Store {i}")),
            step: "Step",
            deadline: None,
            amount: Some(format!("{i}.00 EUR")),
        })
        .collect()
}

#[wasm_bindgen_test]
fn the_list_writes_every_row_in_order_as_list_items_in_groups() {
    let document = window().document().unwrap();
    let list = document.create_element("div").unwrap();
    list.set_attribute("role", "list").unwrap();
    document.body().unwrap().append_child(&list).unwrap();

    let rows = list_rows(60);
    case_list::fill(&list, &rows).unwrap();
    let groups = list.children();
    let sizes: Vec<u32> = (0..groups.length())
        .map(|i| groups.item(i).unwrap().child_element_count())
        .collect();
    assert_eq!(sizes, [25, 25, 10], "25 rows to a group, in order");
    let items = list.query_selector_all("[role='listitem']").unwrap();
    assert_eq!(items.length(), 60);
    for (i, row) in rows.iter().enumerate() {
        let item: web_sys::Element = items.item(i as u32).unwrap().unchecked_into();
        let name = item.query_selector("a.case-row__name").unwrap().unwrap();
        assert_eq!(name.text_content().unwrap(), row.name);
        assert_eq!(name.get_attribute("href").unwrap(), row.href);
        assert_eq!(item.class_list().contains("case-row--urgent"), row.urgent);
        let store = item.query_selector(".case-row__store").unwrap();
        assert_eq!(store.and_then(|s| s.text_content()), row.store);
        assert!(item
            .query_selector(".case-row__deadline")
            .unwrap()
            .is_none());
    }

    // Filling again replaces the rows.
    case_list::fill(&list, &rows[..3]).unwrap();
    assert_eq!(list.children().length(), 1);
    assert_eq!(
        list.query_selector_all("[role='listitem']")
            .unwrap()
            .length(),
        3
    );
    case_list::fill(&list, &[]).unwrap();
    assert_eq!(list.child_element_count(), 0);
    list.remove();
}
