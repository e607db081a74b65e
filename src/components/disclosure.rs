//! A `<details>` whose content is built the first time it opens, and kept
//! from then on: a closed section costs nothing when its page first shows,
//! and what the buyer typed inside stays when they close it again.

use leptos::prelude::*;

/// Usage: `<Disclosure class="case-why" summary=|| view! { … }>…</Disclosure>`.
/// The summary is always there; the children are built on the first
/// opening.
#[component]
pub fn Disclosure(
    class: &'static str,
    #[prop(into)] summary: ViewFn,
    children: ChildrenFn,
) -> impl IntoView {
    let opened = RwSignal::new(false);
    let build = move || {
        if !opened.get_untracked() {
            opened.set(true);
        }
    };
    // A click on the summary (or Enter or Space on it) builds the content at
    // once, before the key that follows: a Tab pressed right after Enter
    // lands in it. `toggle` comes a task later, and covers opening by other
    // means, such as the browser's find in page.
    let on_toggle = move |ev: leptos::ev::Event| {
        if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
            build();
        }
    };
    view! {
        <details class=class on:toggle=on_toggle>
            <summary on:click=move |_| build()>{summary.run()}</summary>
            {move || opened.get().then(|| children())}
        </details>
    }
}
