//! Helpers shared by the browser tests: the window and its storage, the app
//! mounted at an address, waiting for the app, and finding elements.
#![cfg(target_arch = "wasm32")]
// Each test crate uses a different subset of these helpers.
#![allow(dead_code)]

use disputa::storage::codec::{decode, Load, State, STATE_KEY};
use disputa::App;
use leptos::mount::UnmountHandle;
use leptos::prelude::Mountable;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// The browser window.
pub fn window() -> web_sys::Window {
    web_sys::window().unwrap()
}

/// The window's `localStorage`.
pub fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

/// Puts the page at `url`, without a new history entry, and mounts the app
/// in a fresh element at the end of the body.
pub fn mount_app(url: &str) -> (HtmlElement, UnmountHandle<impl Mountable>) {
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(url))
        .unwrap();
    let document = window().document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), App);
    (root, handle)
}

/// Lets the app's pending work run for `count` turns of the task queue.
pub async fn ticks(count: usize) {
    for _ in 0..count {
        leptos::task::tick().await;
    }
}

/// The element in `root` that `selector` finds, as a `T`; panics if there
/// is none.
pub fn element<T: JsCast>(root: &Element, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {selector}"))
        .unchecked_into()
}

/// The input in `root` that `selector` finds.
pub fn input(root: &Element, selector: &str) -> HtmlInputElement {
    element(root, selector)
}

/// The buttons in `root`, in document order.
pub fn buttons(root: &Element) -> impl Iterator<Item = HtmlElement> {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(move |i| buttons.item(i))
        .map(|b| b.unchecked_into::<HtmlElement>())
}

/// The button in `root` whose text is exactly `name`; panics if there is
/// none.
pub fn button(root: &Element, name: &str) -> HtmlElement {
    buttons(root)
        .find(|b| b.text_content().as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no button {name}"))
}

/// The state in `localStorage`; panics if it is missing or unreadable.
pub fn stored_state() -> State {
    let text = storage().get_item(STATE_KEY).unwrap();
    match decode(text.as_deref()) {
        Load::Ready { state, .. } => state,
        other => panic!("expected a readable state, got {other:?}"),
    }
}
