//! The footer on every page: what Disputa is not, and where the buyer's data stays.

use leptos::prelude::*;

use crate::i18n::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{t!(i18n, footer.not_affiliated)}</p>
            <p>{t!(i18n, footer.no_legal_advice)}</p>
            <p>{t!(i18n, footer.data_on_device)}</p>
        </footer>
    }
}
