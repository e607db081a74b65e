//! The parts of a case's page, one per file: what the rules say now, the
//! moves to record, the timeline, the evidence, the refund, the seller's
//! requests, the routes outside AliExpress and the calendar file.

mod actions;
mod assessment;
mod calendar;
mod evidence;
mod other_routes;
mod refund;
mod seller_requests;
mod timeline;

pub use actions::CaseActions;
pub use assessment::CaseAssessment;
pub use calendar::CalendarButton;
pub use evidence::EvidenceChecklist;
pub use other_routes::OtherRoutes;
pub use refund::RefundTracker;
pub use seller_requests::SellerRequests;
pub use timeline::Timeline;

use chrono::NaiveDate;

use crate::domain::{parse_date, Case, TransitionError};
use crate::i18n::{case, labels, storage, Locale};
use crate::storage::{Store, StoreError};

/// The day a buyer typed for a change to `field`; the sentence to show
/// when it is not a date.
fn typed_day(locale: Locale, text: &str, field: &str) -> Result<NaiveDate, String> {
    parse_date(text.trim()).ok_or_else(|| labels::not_a_date(locale, field))
}

/// Stores a change the domain made (a move, a record, a date corrected):
/// the sentence to show when the domain refused it, or when the store
/// refused it or did not keep it (a change not kept is still shown, and the
/// storage notice says why).
fn commit(store: Store, locale: Locale, changed: Result<Case, TransitionError>) -> Option<String> {
    match changed {
        Ok(next) => store
            .upsert(next)
            .err()
            .map(|error: StoreError| storage::store_error(locale, &error)),
        Err(refused) => Some(case::transition_error(locale, &refused)),
    }
}
