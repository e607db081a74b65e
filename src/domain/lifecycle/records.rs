//! The facts a buyer adds to a case without moving it along: a piece of
//! evidence captured, and what the seller asked for (D10). They go through
//! the same path as a move: not after today, and the case stays valid.

use chrono::NaiveDate;

use super::{change, TransitionError};
use crate::domain::case::{Case, Evidence, EvidenceKind, SellerRequest, SellerRequestKind};

/// A fact added to a case on a given day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// The buyer captured a piece of evidence, with an optional note.
    Evidence {
        kind: EvidenceKind,
        note: Option<String>,
    },
    /// The seller asked the buyer for something (D10).
    SellerRequest { kind: SellerRequestKind },
}

/// Adds `record` to `case` as of `on`, or says why it is refused. A blank
/// note is no note.
///
/// ```
/// use disputa::domain::{add_record, Case, EvidenceKind, Record, TransitionError};
/// let today = "2026-11-01".parse().unwrap();
/// let photo = Record::Evidence { kind: EvidenceKind::Photo, note: Some("  ".into()) };
/// let next = add_record(&Case::new("a"), photo.clone(), today, today).unwrap();
/// assert_eq!(next.evidence[0].note, None);
/// let tomorrow = "2026-11-02".parse().unwrap();
/// let refused = add_record(&Case::new("a"), photo, tomorrow, today);
/// assert_eq!(refused, Err(TransitionError::InFuture));
/// ```
pub fn add_record(
    case: &Case,
    record: Record,
    on: NaiveDate,
    today: NaiveDate,
) -> Result<Case, TransitionError> {
    change(case, on, today, |next| {
        match record {
            Record::Evidence { kind, note } => next.evidence.push(Evidence {
                kind,
                note: note
                    .map(|note| note.trim().to_string())
                    .filter(|note| !note.is_empty()),
                captured_on: Some(on),
            }),
            Record::SellerRequest { kind } => next
                .seller_requests
                .push(SellerRequest { kind, on: Some(on) }),
        }
        Ok(())
    })
}
