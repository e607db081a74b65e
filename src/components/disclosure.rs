//! A `<details>` whose content is built the first time it opens, and kept
//! from then on: a closed section costs nothing when its page first shows,
//! and what the buyer typed inside stays when they close it again.

use leptos::prelude::*;

/// Usage: `<Disclosure class="case-why" summary=|| view! { … }>…</Disclosure>`.
/// The summary is always there; the children are built on the first
/// `toggle` to open.
#[component]
pub fn Disclosure(
    class: &'static str,
    #[prop(into)] summary: ViewFn,
    children: ChildrenFn,
) -> impl IntoView {
    let opened = RwSignal::new(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        if open && !opened.get_untracked() {
            opened.set(true);
        }
    };
    view! {
        <details class=class on:toggle=on_toggle>
            <summary>{summary.run()}</summary>
            {move || opened.get().then(|| children())}
        </details>
    }
}
