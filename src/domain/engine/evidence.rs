//! The evidence a ground needs (D6: required attachments) and the evidence
//! that wins (D7: what to capture).

use super::types::{Capture, EvidenceItem};
use crate::domain::case::{Case, DeliveryStatus, EvidenceKind, Problem};

use Capture::*;
use EvidenceKind::{Chat, Document, Photo, Screenshot, Tracking, Video};

/// The evidence list for the case's ground, required items first.
pub fn evidence_for(case: &Case) -> Vec<EvidenceItem> {
    let Some(problem) = case.problem else {
        return Vec::new();
    };
    let required = problem.is_about_received_item();
    let mut items: Vec<(EvidenceKind, bool, Capture)> = Vec::with_capacity(5);
    if required {
        items.push((Photo, true, ItemAndLabel));
    }
    match problem {
        Problem::NotReceived => {
            items.push((Tracking, false, TrackingPage));
            if case.delivery_status == DeliveryStatus::MarkedDelivered {
                items.push((Document, false, PostOfficeStatement));
            }
            items.push((Screenshot, false, OrderPageScreenshot));
        }
        Problem::NotAsDescribed => {
            items.push((Photo, false, ItemBesideRuler));
            items.push((Screenshot, false, ListingScreenshot));
            items.push((Video, false, UnboxingVideo));
        }
        Problem::Quality => {
            items.push((Video, false, FaultVideo));
            items.push((Screenshot, false, ListingScreenshot));
        }
        Problem::Counterfeit => {
            items.push((Screenshot, false, ListingScreenshot));
            items.push((Video, false, UnboxingVideo));
        }
        Problem::Damaged => {
            items.push((Video, false, UnboxingVideo));
        }
        Problem::WrongQuantity => {
            items.push((Video, false, UnboxingVideo));
            items.push((Screenshot, false, OrderPageScreenshot));
        }
        Problem::WrongDeliveryMethod => {
            items.push((Screenshot, false, OrderPageScreenshot));
            items.push((Tracking, false, TrackingPage));
        }
        Problem::OrderedByMistake | Problem::CheaperElsewhere | Problem::NoLongerNeeded => {
            // The item's condition decides a return (R1): photograph it unused.
            items.push((Photo, false, ItemAndLabel));
        }
    }
    items.push((Chat, false, ChatScreenshot));
    items
        .into_iter()
        .map(|(kind, required, capture)| EvidenceItem {
            kind,
            required,
            capture,
            captured: case.evidence.iter().any(|e| e.kind == kind),
        })
        .collect()
}

/// Whether a required attachment (D6) is still missing from the case.
pub fn required_missing(items: &[EvidenceItem]) -> bool {
    items.iter().any(|item| item.required && !item.captured)
}
