//! A page's `<h1>`, which also names the document and receives focus after
//! an in-app navigation, so screen readers announce the new page.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::html::H1;
use leptos::prelude::*;

use crate::i18n::*;

/// The first heading rendered belongs to the page the browser loaded; focus
/// stays where the browser put it. Later headings come from navigation.
static FIRST_HEADING_SHOWN: AtomicBool = AtomicBool::new(false);

#[component]
pub fn PageHeading(#[prop(into)] title: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        let suffix = t_string!(i18n, app.title_suffix);
        document().set_title(&format!("{} · {suffix}", title.get()));
    });
    let navigated = FIRST_HEADING_SHOWN.swap(true, Ordering::Relaxed);
    Effect::new(move |_| {
        if let Some(h1) = heading.get() {
            if navigated {
                let _ = h1.focus();
            }
        }
    });
    view! {
        <h1 node_ref=heading tabindex="-1">
            {title}
        </h1>
    }
}
