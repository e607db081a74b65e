//! The dates of an assessment as a list: what each one is, its day, the
//! days left and the rule behind it, the ones close at hand and the ones
//! passed marked. The same list on the wizard's result and on a case's page.

use leptos::prelude::*;

use super::RuleCitation;
use crate::domain::Assessment;
use crate::i18n::*;

/// Usage: `<KeyDates assessment />` inside a section that says what the
/// dates are for, and what it means when there are none.
#[component]
pub fn KeyDates(assessment: Memo<Assessment>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move || {
        let locale = i18n.get_locale();
        assessment
            .get()
            .deadlines
            .into_iter()
            .map(|deadline| {
                let passed = deadline.days_left < 0;
                view! {
                    <li class="deadline" class:deadline--passed=passed class:deadline--soon=deadline.is_close()>
                        <span class="deadline__what">{labels::deadline(locale, deadline.kind)}</span>
                        <span class="deadline__when">{dates::long_date(locale, deadline.date)}</span>
                        <span class="deadline__left">{dates::days_left(locale, deadline.days_left)}</span>
                        <RuleCitation id=deadline.rule />
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class="deadlines">{rows}</ul> }
}
