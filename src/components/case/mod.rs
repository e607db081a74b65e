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

use crate::domain::Case;
use crate::i18n::{storage, Locale};
use crate::storage::{Store, StoreError};

/// Stores a changed case; the sentence to show when the change was refused
/// or not kept (a change not kept is still shown, and the storage notice
/// says why).
fn save(store: Store, locale: Locale, case: Case) -> Option<String> {
    store
        .upsert(case)
        .err()
        .map(|error: StoreError| storage::store_error(locale, &error))
}
