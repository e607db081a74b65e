//! The app taking the place of a page rendered at build time
//! ([`crate::app::PRERENDERED`]). A buyer may already have read, scrolled,
//! typed, ticked, chosen, opened or tapped something on it before the wasm
//! arrived: all of that carries over to the app's own page, which is laid out
//! the same, so that the switch shows nothing and loses nothing.

use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, EventInit, FocusOptions, HtmlDetailsElement, HtmlElement, HtmlInputElement,
    HtmlSelectElement, HtmlTextAreaElement, Node, ScrollBehavior, ScrollToOptions,
};

/// What the app replaces: the loading shell, and the rendered page if one
/// shows, with the scroll position the buyer had (the router's start-up may
/// scroll to the top).
pub struct Replaced {
    nodes: Vec<Node>,
    scroll: (f64, f64),
}

impl Replaced {
    /// What `root` holds before the app is mounted in it.
    pub fn children_of(root: &Element) -> Self {
        let nodes = root.child_nodes();
        let window = leptos::prelude::window();
        Self {
            nodes: (0..nodes.length())
                .filter_map(|at| nodes.item(at))
                .collect(),
            scroll: (
                window.scroll_x().unwrap_or_default(),
                window.scroll_y().unwrap_or_default(),
            ),
        }
    }

    /// Takes these away from `root`, where the app now runs, and gives the
    /// app's page what the buyer did on the rendered one.
    pub fn replace_in(self, root: &Element) {
        let carried = shown_page(&self.nodes).map(|page| read(&page, self.scroll));
        for node in &self.nodes {
            let _ = root.remove_child(node);
        }
        // The app's page shows from here (the stylesheet hides it while the
        // copy shows), so that the scroll and the focus can be given back.
        let html = leptos::prelude::document().document_element();
        let tapped = html.as_ref().and_then(|html| html.get_attribute(TAPPED));
        if let Some(html) = html {
            let _ = html.remove_attribute(SHOWING);
            let _ = html.remove_attribute(TAPPED);
        }
        if let Some(carried) = carried {
            restore(root, carried);
            // The last button tapped, answered now (noted by the start-up script).
            if let Some(button) = tapped
                .and_then(|at| at.parse::<usize>().ok())
                .and_then(|at| elements(root, "button").into_iter().nth(at))
                .and_then(|el| el.dyn_into::<HtmlElement>().ok())
            {
                button.click();
            }
        }
    }
}

/// Waits, while a rendered page shows, until it has been painted. Where the
/// app's code comes quickly (a fast network, or the copy the service worker
/// kept), the app would otherwise take its place before its first frame,
/// and the page's first paint would wait for the app. Elsewhere it was long
/// painted, and this costs at most a frame.
pub async fn after_first_paint() {
    let shows = leptos::prelude::document()
        .document_element()
        .is_some_and(|html| html.has_attribute(SHOWING));
    if !shows {
        return;
    }
    // A task queued from an animation frame runs once that frame is painted.
    let painted = js_sys::Promise::new(&mut |resolve, _| {
        leptos::prelude::request_animation_frame(move || {
            leptos::prelude::set_timeout(
                move || {
                    let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
                },
                std::time::Duration::ZERO,
            );
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(painted).await;
}

/// The rendered page among `nodes`, if the start-up script showed one.
fn shown_page(nodes: &[Node]) -> Option<Element> {
    let lang = leptos::prelude::document()
        .document_element()?
        .get_attribute(SHOWING)?;
    nodes
        .iter()
        .filter_map(|node| node.dyn_ref::<Element>())
        .find(|el| el.get_attribute(BLOCK).as_deref() == Some(lang.as_str()))
        .cloned()
}

/// The attribute on each language's copy of a page rendered at build time.
const BLOCK: &str = "data-prerendered-lang";
/// Set on `<html>` by the page's start-up script while a rendered page shows.
const SHOWING: &str = "data-prerendered";
/// Set on `<html>` by the start-up script: the place of the last button
/// tapped on the rendered page, among its buttons.
const TAPPED: &str = "data-prerendered-tap";
/// The form controls whose state a buyer can change without the app.
const CONTROLS: &str = "input, select, textarea";
/// What can hold the keyboard focus.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// What the buyer did on the rendered page.
struct Carried {
    /// Each changed control: its place among the page's controls, and what it now holds.
    controls: Vec<(u32, Control)>,
    /// Each disclosure: its place, and whether it is open.
    details: Vec<(u32, bool)>,
    /// The place of the focused element among those that can be focused.
    focus: Option<u32>,
    scroll: (f64, f64),
}

enum Control {
    Checked(bool),
    Value(String),
}

/// What the buyer did on the rendered page `shown`.
fn read(shown: &Element, scroll: (f64, f64)) -> Carried {
    let mut controls = Vec::new();
    for (at, control) in elements(shown, CONTROLS).into_iter().enumerate() {
        if let Some(changed) = changed(&control) {
            controls.push((at as u32, changed));
        }
    }
    let details = elements(shown, "details")
        .into_iter()
        .enumerate()
        .filter_map(|(at, el)| {
            let details = el.dyn_into::<HtmlDetailsElement>().ok()?;
            Some((at as u32, details.open()))
        })
        .collect();
    let active = leptos::prelude::document().active_element();
    let focus = active.and_then(|active| {
        elements(shown, FOCUSABLE)
            .iter()
            .position(|el| *el == active)
            .map(|at| at as u32)
    });
    Carried {
        controls,
        details,
        focus,
        scroll,
    }
}

/// Gives the app's page in `root` what the buyer did on the rendered one.
/// A changed control is set and told so by `input` and `change` events, as
/// if the buyer had just done it, so that the app's own handlers take it in.
fn restore(root: &Element, carried: Carried) {
    let controls = elements(root, CONTROLS);
    for (at, change) in carried.controls {
        if let Some(control) = controls.get(at as usize) {
            apply(control, change);
        }
    }
    let details = elements(root, "details");
    for (at, open) in carried.details {
        if let Some(details) = details
            .get(at as usize)
            .and_then(|el| el.dyn_ref::<HtmlDetailsElement>())
        {
            if details.open() != open {
                details.set_open(open);
            }
        }
    }
    if let Some(at) = carried.focus {
        if let Some(el) = elements(root, FOCUSABLE)
            .get(at as usize)
            .and_then(|el| el.dyn_ref::<HtmlElement>())
        {
            // Where the page was scrolled to comes next, not where the focus is.
            let options = FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
    }
    let window = leptos::prelude::window();
    let (x, y) = carried.scroll;
    if window.scroll_x().unwrap_or_default() != x || window.scroll_y().unwrap_or_default() != y {
        // At once: the page is where it was, not moving back to it.
        let options = ScrollToOptions::new();
        options.set_left(x);
        options.set_top(y);
        options.set_behavior(ScrollBehavior::Instant);
        window.scroll_to_with_scroll_to_options(&options);
    }
}

fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|at| list.item(at)?.dyn_into::<Element>().ok())
        .collect()
}

/// What a control holds, when the buyer changed it from what the page gave.
fn changed(control: &Element) -> Option<Control> {
    if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
        let kind = input.type_();
        if kind == "checkbox" || kind == "radio" {
            return (input.checked() != input.default_checked())
                .then(|| Control::Checked(input.checked()));
        }
        return (input.value() != input.default_value()).then(|| Control::Value(input.value()));
    }
    if let Some(area) = control.dyn_ref::<HtmlTextAreaElement>() {
        let given = area.default_value().unwrap_or_default();
        return (area.value() != given).then(|| Control::Value(area.value()));
    }
    let select = control.dyn_ref::<HtmlSelectElement>()?;
    let given = select
        .query_selector("option[selected]")
        .ok()
        .flatten()
        .or_else(|| select.query_selector("option").ok().flatten())
        .and_then(|option| option.get_attribute("value"))
        .unwrap_or_default();
    (select.value() != given).then(|| Control::Value(select.value()))
}

fn apply(control: &Element, change: Control) {
    match change {
        Control::Checked(checked) => {
            if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
                input.set_checked(checked);
            }
        }
        Control::Value(value) => {
            if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
                input.set_value(&value);
            } else if let Some(area) = control.dyn_ref::<HtmlTextAreaElement>() {
                area.set_value(&value);
            } else if let Some(select) = control.dyn_ref::<HtmlSelectElement>() {
                select.set_value(&value);
            }
        }
    }
    let init = EventInit::new();
    init.set_bubbles(true);
    for kind in ["input", "change"] {
        if let Ok(event) = Event::new_with_event_init_dict(kind, &init) {
            let _ = control.dispatch_event(&event);
        }
    }
}
