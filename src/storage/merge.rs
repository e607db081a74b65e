//! Merging two copies of the cases case by case, for two tabs that saved
//! independently and for an imported file: nothing either side added or
//! changed is lost, and when both changed one case the later change wins.

use std::cmp::Ordering;

use chrono::{DateTime, FixedOffset};

use crate::domain::Case;

/// The result of [`merge`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub cases: Vec<Case>,
    /// Ids of the cases changed on both sides; the later change was kept.
    pub both_changed: Vec<String>,
    /// For each case of `both_changed`, the earlier of the two versions,
    /// which the merge did not keep: the buyer may still choose it.
    pub set_aside: Vec<Case>,
}

/// Merges `ours` and `theirs`, two copies that both started from `base`.
///
/// A case added or changed on one side only is taken from that side; a case
/// deleted on one side and left alone on the other is deleted; a case
/// deleted on one side and changed on the other is kept, changed. A case
/// changed on both sides is taken from the side with the later
/// `updated_at` (theirs on a tie, since it is already stored).
///
/// ```
/// use disputa::domain::Case;
/// use disputa::storage::merge::merge;
/// let base = vec![Case::new("a")];
/// let ours = vec![Case::new("a"), Case::new("b")];
/// let theirs: Vec<Case> = vec![];
/// let merged = merge(&base, &ours, &theirs);
/// assert_eq!(merged.cases, vec![Case::new("b")]);
/// ```
pub fn merge(base: &[Case], ours: &[Case], theirs: &[Case]) -> Merged {
    let find = |cases: &[Case], id: &str| cases.iter().position(|c| c.id == id);
    let mut cases = Vec::new();
    let mut both_changed = Vec::new();
    let mut set_aside = Vec::new();
    for our in ours {
        let base = find(base, &our.id).map(|i| &base[i]);
        let their = find(theirs, &our.id).map(|i| &theirs[i]);
        let kept = match (base, their) {
            (_, Some(their)) if their == our => Some(our),
            (Some(base), Some(their)) if base == our => Some(their),
            (Some(base), Some(their)) if base == their => Some(our),
            (_, Some(their)) => {
                both_changed.push(our.id.clone());
                let (later, earlier) = if is_later(our, their) {
                    (our, their)
                } else {
                    (their, our)
                };
                set_aside.push(earlier.clone());
                Some(later)
            }
            // Deleted on their side: gone unless we changed it since.
            (Some(base), None) if base == our => None,
            (_, None) => Some(our),
        };
        cases.extend(kept.cloned());
    }
    for their in theirs {
        if find(ours, &their.id).is_some() {
            continue;
        }
        let deleted_by_us_unchanged = find(base, &their.id).is_some_and(|i| &base[i] == their);
        if !deleted_by_us_unchanged {
            cases.push(their.clone());
        }
    }
    Merged {
        cases,
        both_changed,
        set_aside,
    }
}

/// Whether `a` was changed strictly later than `b`. A case without a
/// readable `updated_at` counts as the oldest.
pub fn is_later(a: &Case, b: &Case) -> bool {
    compare_updated(a, b) == Ordering::Greater
}

/// Orders two cases by `updated_at`, unknown first.
pub fn compare_updated(a: &Case, b: &Case) -> Ordering {
    updated(a).cmp(&updated(b))
}

fn updated(case: &Case) -> Option<DateTime<FixedOffset>> {
    case.updated_at
        .as_deref()
        .and_then(|text| DateTime::parse_from_rfc3339(text).ok())
}
