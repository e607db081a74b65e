//! A case's history as dated events, read off its dates, and the change of
//! one event's date, checked like any other edit.

use chrono::NaiveDate;

use super::case::{Case, Dispute, Outcome, RefundStage, RouteOutcome, SellerRequestKind};
use super::validate::{validate, Invalid};

/// One dated thing that happened. `field` is the case field that holds the
/// date (`dispute.opened_on`), `index` the entry of a list field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    pub field: &'static str,
    pub index: Option<usize>,
    pub date: NaiveDate,
    pub detail: EventDetail,
}

/// What an event adds to its field's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventDetail {
    None,
    Outcome(Outcome),
    /// How PayPal or the bank decided (O1, O2).
    RouteOutcome(RouteOutcome),
    RefundStage(RefundStage),
    Evidence(super::case::EvidenceKind),
    SellerRequest(SellerRequestKind),
}

/// Reads one date of a dispute.
type DisputeDate = fn(&Dispute) -> Option<NaiveDate>;

const DISPUTE_DATES: [(&str, DisputeDate); 5] = [
    ("dispute.opened_on", |d| d.opened_on),
    ("dispute.seller_responded_on", |d| d.seller_responded_on),
    ("dispute.escalated_on", |d| d.escalated_on),
    ("dispute.closed_on", |d| d.closed_on),
    ("dispute.appealed_on", |d| d.appealed_on),
];

/// Every dated event of the case, oldest first (ties keep the order of the
/// case's life: ordered before shipped, and so on).
pub fn timeline(case: &Case) -> Vec<Event> {
    let mut events = Vec::new();
    let mut push = |field, date: Option<NaiveDate>, detail| {
        if let Some(date) = date {
            events.push(Event {
                field,
                index: None,
                date,
                detail,
            });
        }
    };
    push("ordered_on", case.ordered_on, EventDetail::None);
    push("shipped_on", case.shipped_on, EventDetail::None);
    push("delivered_on", case.delivered_on, EventDetail::None);
    push(
        "receipt_confirmed_on",
        case.receipt_confirmed_on,
        EventDetail::None,
    );
    push("cancelled_on", case.cancelled_on, EventDetail::None);
    push(
        "contacted_seller_on",
        case.contacted_seller_on,
        EventDetail::None,
    );
    push(
        "paypal_dispute_opened_on",
        case.paypal_dispute_opened_on,
        EventDetail::None,
    );
    push(
        "paypal_dispute_escalated_on",
        case.paypal_dispute_escalated_on,
        EventDetail::None,
    );
    push(
        "paypal_dispute_closed_on",
        case.paypal_dispute_closed_on,
        route_outcome(case.paypal_dispute_outcome),
    );
    push(
        "chargeback_requested_on",
        case.chargeback_requested_on,
        EventDetail::None,
    );
    push(
        "chargeback_closed_on",
        case.chargeback_closed_on,
        route_outcome(case.chargeback_outcome),
    );
    if let Some(dispute) = &case.dispute {
        for (field, date) in DISPUTE_DATES {
            let detail = match (field, dispute.outcome) {
                ("dispute.closed_on", Some(outcome)) => EventDetail::Outcome(outcome),
                _ => EventDetail::None,
            };
            push(field, date(dispute), detail);
        }
    }
    if let Some(shipment) = &case.return_ {
        push("return.shipped_on", shipment.shipped_on, EventDetail::None);
    }
    if let Some(refund) = &case.refund {
        push(
            "refund.updated_on",
            refund.updated_on,
            EventDetail::RefundStage(refund.stage),
        );
    }
    for (index, evidence) in case.evidence.iter().enumerate() {
        if let Some(date) = evidence.captured_on {
            events.push(Event {
                field: "evidence.captured_on",
                index: Some(index),
                date,
                detail: EventDetail::Evidence(evidence.kind),
            });
        }
    }
    for (index, request) in case.seller_requests.iter().enumerate() {
        if let Some(date) = request.on {
            events.push(Event {
                field: "seller_requests.on",
                index: Some(index),
                date,
                detail: EventDetail::SellerRequest(request.kind),
            });
        }
    }
    events.sort_by_key(|event| event.date);
    events
}

fn route_outcome(outcome: Option<RouteOutcome>) -> EventDetail {
    outcome.map_or(EventDetail::None, EventDetail::RouteOutcome)
}

/// The case with the date of one event changed, if the case stays
/// consistent; else the problems, and the case is left as it was.
pub fn change_event_date(
    case: &Case,
    field: &str,
    index: Option<usize>,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<Case, Vec<Invalid>> {
    let mut changed = case.clone();
    let slot: Option<&mut Option<NaiveDate>> = match (field, index) {
        ("ordered_on", _) => Some(&mut changed.ordered_on),
        ("shipped_on", _) => Some(&mut changed.shipped_on),
        ("delivered_on", _) => Some(&mut changed.delivered_on),
        ("receipt_confirmed_on", _) => Some(&mut changed.receipt_confirmed_on),
        ("cancelled_on", _) => Some(&mut changed.cancelled_on),
        ("contacted_seller_on", _) => Some(&mut changed.contacted_seller_on),
        ("paypal_dispute_opened_on", _) => Some(&mut changed.paypal_dispute_opened_on),
        ("paypal_dispute_escalated_on", _) => Some(&mut changed.paypal_dispute_escalated_on),
        ("paypal_dispute_closed_on", _) => Some(&mut changed.paypal_dispute_closed_on),
        ("chargeback_requested_on", _) => Some(&mut changed.chargeback_requested_on),
        ("chargeback_closed_on", _) => Some(&mut changed.chargeback_closed_on),
        ("return.shipped_on", _) => changed.return_.as_mut().map(|r| &mut r.shipped_on),
        ("refund.updated_on", _) => changed.refund.as_mut().map(|r| &mut r.updated_on),
        ("evidence.captured_on", Some(i)) => {
            changed.evidence.get_mut(i).map(|e| &mut e.captured_on)
        }
        ("seller_requests.on", Some(i)) => changed.seller_requests.get_mut(i).map(|r| &mut r.on),
        (field, _) => changed.dispute.as_mut().and_then(|d| match field {
            "dispute.opened_on" => Some(&mut d.opened_on),
            "dispute.seller_responded_on" => Some(&mut d.seller_responded_on),
            "dispute.escalated_on" => Some(&mut d.escalated_on),
            "dispute.closed_on" => Some(&mut d.closed_on),
            "dispute.appealed_on" => Some(&mut d.appealed_on),
            _ => None,
        }),
    };
    if let Some(slot) = slot {
        *slot = Some(date);
    }
    validate(&changed, today)?;
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{DeliveryStatus, Evidence, EvidenceKind, Reason};

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn disputed() -> Case {
        let mut case = Case::new("a");
        case.delivery_status = DeliveryStatus::Received;
        case.ordered_on = Some(d("2026-09-01"));
        case.shipped_on = Some(d("2026-09-03"));
        case.delivered_on = Some(d("2026-09-20"));
        case.dispute = Some(Dispute {
            opened_on: Some(d("2026-09-22")),
            closed_on: Some(d("2026-10-01")),
            outcome: Some(Outcome::FullRefund),
            ..Default::default()
        });
        case.evidence.push(Evidence {
            kind: EvidenceKind::Photo,
            note: None,
            captured_on: Some(d("2026-09-21")),
        });
        case
    }

    #[test]
    fn events_come_oldest_first_with_their_details() {
        let events = timeline(&disputed());
        let fields: Vec<_> = events.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "ordered_on",
                "shipped_on",
                "delivered_on",
                "evidence.captured_on",
                "dispute.opened_on",
                "dispute.closed_on"
            ]
        );
        assert_eq!(events[5].detail, EventDetail::Outcome(Outcome::FullRefund));
        assert_eq!(events[3].index, Some(0));
    }

    #[test]
    fn a_changed_date_is_checked_and_a_bad_one_changes_nothing() {
        let case = disputed();
        let today = d("2026-11-01");
        let changed =
            change_event_date(&case, "dispute.opened_on", None, d("2026-09-25"), today).unwrap();
        assert_eq!(changed.dispute.unwrap().opened_on, Some(d("2026-09-25")));

        let problems =
            change_event_date(&case, "shipped_on", None, d("2026-09-25"), today).unwrap_err();
        assert!(problems
            .iter()
            .any(|p| p.field == "delivered_on" && p.reason == Reason::Before("shipped_on")));

        let changed = change_event_date(
            &case,
            "evidence.captured_on",
            Some(0),
            d("2026-09-23"),
            today,
        )
        .unwrap();
        assert_eq!(changed.evidence[0].captured_on, Some(d("2026-09-23")));
    }
}
