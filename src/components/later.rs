//! Content built in a task of its own, just after the page around it: a long
//! page shows its top at once and builds the rest in short steps, so a tap
//! or a key during loading is answered between them.

use leptos::prelude::*;

/// Usage: `<Later>…</Later>`. The children are built in a later task of the
/// event loop; several `Later`s on a page are built one per task, in order.
/// Until then their `<div class="later">` is marked pending, and the page
/// keeps the footer below the screen (style/layout.css), so that nothing
/// visible moves as the content comes.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    // A page left before its turn has disposed of the signal: nothing to build.
    set_timeout(move || _ = shown.try_set(true), std::time::Duration::ZERO);
    view! {
        <div class="later" class:later--pending=move || !shown.get()>
            {move || shown.get().then(|| children())}
        </div>
    }
}
