#![cfg(not(target_arch = "wasm32"))]
//! The lifecycle: which moves are allowed, what they record, and the typed
//! errors for the ones that are not.

use chrono::NaiveDate;
use disputa::domain::{
    add_record, allowed_operations, apply, assess, stage, Case, DeliveryStatus, EvidenceKind,
    Operation, OperationKind, Outcome, Policy, Problem, Reason, Record, RefundStage, RuleId,
    SellerRequestKind, Stage, TransitionError, Verdict,
};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

const TODAY: &str = "2026-06-01";

fn step(case: &Case, operation: Operation, on: &str) -> Result<Case, TransitionError> {
    apply(case, operation, d(on), d(TODAY))
}

fn received() -> Case {
    let mut case = Case::new("life");
    case.delivery_status = DeliveryStatus::Received;
    case.ordered_on = Some(d("2026-03-01"));
    case.shipped_on = Some(d("2026-03-03"));
    case.delivered_on = Some(d("2026-03-20"));
    case.problem = Some(Problem::Damaged);
    case
}

fn opened() -> Case {
    step(&received(), Operation::OpenDispute, "2026-03-21").unwrap()
}

#[test]
fn a_dispute_moves_from_open_to_claim_to_closed() {
    let policy = Policy::default();
    let open = opened();
    assert_eq!(stage(&open, &policy, d("2026-03-22")), Stage::DisputeOpen);
    let responded = step(&open, Operation::SellerResponded, "2026-03-23").unwrap();
    let claim = step(&responded, Operation::Escalate, "2026-03-25").unwrap();
    assert_eq!(stage(&claim, &policy, d("2026-03-26")), Stage::Claim);
    let decision = Operation::Decide {
        outcome: Outcome::FullRefund,
    };
    let closed = step(&claim, decision, "2026-04-10").unwrap();
    assert_eq!(stage(&closed, &policy, d("2026-04-11")), Stage::Closed);
    let refund = closed.refund.as_ref().expect("a refund starts at waiting");
    assert_eq!(refund.stage, RefundStage::Waiting);
    assert_eq!(refund.updated_on, Some(d("2026-04-10")));
}

#[test]
fn escalation_is_automatic_after_fifteen_days() {
    let open = opened();
    let assessment = assess(&open, &Policy::default(), d("2026-04-06"));
    assert_eq!(assessment.stage, Stage::Claim);
    assert!(open.dispute.as_ref().unwrap().escalated_on.is_none());
    // The buyer may still record the day it happened.
    assert!(allowed_operations(&open).contains(&OperationKind::Escalate));
}

#[test]
fn the_refund_moves_forward_only() {
    let closed = step(
        &opened(),
        Operation::Decide {
            outcome: Outcome::PartialRefund,
        },
        "2026-04-01",
    )
    .unwrap();
    let processing = step(
        &closed,
        Operation::AdvanceRefund {
            stage: RefundStage::Processing,
        },
        "2026-04-03",
    )
    .unwrap();
    let back = step(
        &processing,
        Operation::AdvanceRefund {
            stage: RefundStage::Waiting,
        },
        "2026-04-04",
    );
    assert_eq!(
        back,
        Err(TransitionError::StageNotForward {
            from: Some(RefundStage::Processing),
            to: RefundStage::Waiting
        })
    );
    let done = step(
        &processing,
        Operation::AdvanceRefund {
            stage: RefundStage::Refunded,
        },
        "2026-04-08",
    )
    .unwrap();
    assert_eq!(done.refund.unwrap().updated_on, Some(d("2026-04-08")));
}

#[test]
fn an_approved_cancellation_is_refunded_through_the_same_stages() {
    let mut case = Case::new("c");
    case.ordered_on = Some(d("2026-03-01"));
    let cancelled = step(&case, Operation::CancelOrder, "2026-03-02").unwrap();
    assert_eq!(
        cancelled.refund.as_ref().unwrap().stage,
        RefundStage::Waiting
    );
    let assessment = assess(&cancelled, &Policy::default(), d("2026-03-03"));
    assert_eq!(assessment.verdict, Verdict::Resolved);
    assert!(assessment.rules.contains(&RuleId::F3));
    let refunded = step(
        &cancelled,
        Operation::AdvanceRefund {
            stage: RefundStage::Refunded,
        },
        "2026-03-05",
    );
    assert!(refunded.is_ok());
    assert_eq!(
        step(&cancelled, Operation::CancelOrder, "2026-03-03"),
        Err(TransitionError::AlreadyRecorded("cancelled_on"))
    );
}

#[test]
fn a_shipped_free_return_starts_the_refund() {
    let mut case = received();
    case.problem = Some(Problem::NoLongerNeeded);
    let returned = step(
        &case,
        Operation::ShipReturn {
            free_return: true,
            tracking: Some("LX1".into()),
        },
        "2026-03-25",
    )
    .unwrap();
    assert_eq!(
        returned.refund.as_ref().unwrap().stage,
        RefundStage::Waiting
    );
    let again = step(
        &returned,
        Operation::ShipReturn {
            free_return: true,
            tracking: None,
        },
        "2026-03-26",
    );
    assert_eq!(
        again,
        Err(TransitionError::AlreadyRecorded("return.shipped_on"))
    );
}

#[test]
fn nothing_to_dispute_before_shipment() {
    let case = Case::new("a");
    let refused = step(&case, Operation::OpenDispute, "2026-03-02");
    assert_eq!(refused, Err(TransitionError::NotShipped));
    assert_eq!(TransitionError::NotShipped.rule(), Some(RuleId::D1));
    assert_eq!(
        allowed_operations(&case),
        vec![OperationKind::ContactSeller, OperationKind::CancelOrder]
    );
}

#[test]
fn a_shipped_order_can_no_longer_be_cancelled() {
    let refused = step(&received(), Operation::CancelOrder, "2026-03-21");
    assert_eq!(refused, Err(TransitionError::AlreadyShipped));
}

#[test]
fn one_dispute_per_order_unless_the_first_was_cancelled() {
    let open = opened();
    assert_eq!(
        step(&open, Operation::OpenDispute, "2026-03-22"),
        Err(TransitionError::DisputeOpen)
    );
    let decided = step(
        &open,
        Operation::Decide {
            outcome: Outcome::Rejected,
        },
        "2026-04-01",
    )
    .unwrap();
    let second = step(&decided, Operation::OpenDispute, "2026-04-02");
    assert_eq!(second, Err(TransitionError::OneDisputePerOrder));
    assert_eq!(TransitionError::OneDisputePerOrder.rule(), Some(RuleId::D8));
    let cancelled = step(&open, Operation::CancelDispute, "2026-03-25").unwrap();
    let reopened = step(&cancelled, Operation::OpenDispute, "2026-03-27").unwrap();
    let dispute = reopened.dispute.unwrap();
    assert_eq!(dispute.opened_on, Some(d("2026-03-27")));
    assert_eq!(dispute.closed_on, None);
}

#[test]
fn moves_on_a_dispute_need_an_open_one() {
    let case = received();
    for operation in [
        Operation::SellerResponded,
        Operation::Escalate,
        Operation::CancelDispute,
        Operation::Decide {
            outcome: Outcome::FullRefund,
        },
    ] {
        assert_eq!(
            step(&case, operation, "2026-03-22"),
            Err(TransitionError::NoOpenDispute)
        );
    }
    let responded = step(&opened(), Operation::SellerResponded, "2026-03-22").unwrap();
    assert_eq!(
        step(&responded, Operation::SellerResponded, "2026-03-23"),
        Err(TransitionError::AlreadyRecorded(
            "dispute.seller_responded_on"
        ))
    );
    let escalated = step(&responded, Operation::Escalate, "2026-03-23").unwrap();
    assert_eq!(
        step(&escalated, Operation::Escalate, "2026-03-24"),
        Err(TransitionError::AlreadyRecorded("dispute.escalated_on"))
    );
}

#[test]
fn one_appeal_reopens_the_case_as_a_claim() {
    let open = opened();
    assert_eq!(
        step(&received(), Operation::Appeal, "2026-04-02"),
        Err(TransitionError::NoDecision)
    );
    assert_eq!(
        step(&open, Operation::Appeal, "2026-04-02"),
        Err(TransitionError::NoDecision)
    );
    let rejected = step(
        &open,
        Operation::Decide {
            outcome: Outcome::Rejected,
        },
        "2026-04-01",
    )
    .unwrap();
    let appealed = step(&rejected, Operation::Appeal, "2026-04-03").unwrap();
    assert_eq!(
        stage(&appealed, &Policy::default(), d("2026-04-04")),
        Stage::Claim
    );
    let again = step(
        &appealed,
        Operation::Decide {
            outcome: Outcome::FullRefund,
        },
        "2026-04-10",
    )
    .unwrap();
    assert_eq!(
        step(&again, Operation::Appeal, "2026-04-11"),
        Err(TransitionError::AlreadyAppealed)
    );
    let cancelled = step(&open, Operation::CancelDispute, "2026-03-25").unwrap();
    assert_eq!(
        step(&cancelled, Operation::Appeal, "2026-03-26"),
        Err(TransitionError::NothingToAppeal)
    );
    let partial = step(
        &open,
        Operation::Decide {
            outcome: Outcome::PartialRefund,
        },
        "2026-04-01",
    )
    .unwrap();
    assert_eq!(
        step(&partial, Operation::Appeal, "2026-04-02"),
        Err(TransitionError::RefundUnderway)
    );
}

#[test]
fn a_return_to_the_seller_needs_an_agreement() {
    let ship = || Operation::ShipReturn {
        free_return: false,
        tracking: None,
    };
    assert_eq!(
        step(&received(), ship(), "2026-03-22"),
        Err(TransitionError::NoReturnAgreed)
    );
    let decided = step(
        &opened(),
        Operation::Decide {
            outcome: Outcome::ReturnAndRefund,
        },
        "2026-04-01",
    )
    .unwrap();
    let shipped = step(&decided, ship(), "2026-04-05").unwrap();
    let assessment = assess(&shipped, &Policy::default(), d("2026-04-06"));
    assert_eq!(assessment.next_step, disputa::domain::NextStep::TrackRefund);
    let mut in_transit = received();
    in_transit.delivery_status = DeliveryStatus::InTransit;
    in_transit.delivered_on = None;
    assert_eq!(
        step(&in_transit, ship(), "2026-03-22"),
        Err(TransitionError::NotReceived)
    );
    let free = Operation::ShipReturn {
        free_return: true,
        tracking: None,
    };
    assert_eq!(
        step(&opened(), free, "2026-03-22"),
        Err(TransitionError::FreeReturnUnavailable)
    );
}

#[test]
fn a_refund_needs_something_that_refunds() {
    let advance = Operation::AdvanceRefund {
        stage: RefundStage::Processing,
    };
    assert_eq!(
        step(&received(), advance.clone(), "2026-03-22"),
        Err(TransitionError::NothingToRefund)
    );
    let rejected = step(
        &opened(),
        Operation::Decide {
            outcome: Outcome::Rejected,
        },
        "2026-04-01",
    )
    .unwrap();
    assert_eq!(
        step(&rejected, advance, "2026-04-02"),
        Err(TransitionError::NothingToRefund)
    );
}

#[test]
fn moves_in_the_future_or_out_of_order_are_refused() {
    assert_eq!(
        step(&received(), Operation::ContactSeller, "2026-06-02"),
        Err(TransitionError::InFuture)
    );
    let early = step(&opened(), Operation::SellerResponded, "2026-03-20");
    let Err(TransitionError::Invalid(problems)) = early else {
        panic!("expected an invalid case, got {early:?}");
    };
    assert_eq!(problems[0].field, "dispute.seller_responded_on");
    assert_eq!(problems[0].reason, Reason::Before("dispute.opened_on"));
    let contacted = step(&received(), Operation::ContactSeller, "2026-03-21").unwrap();
    assert_eq!(contacted.contacted_seller_on, Some(d("2026-03-21")));
    assert!(!allowed_operations(&contacted).contains(&OperationKind::ContactSeller));
}

#[test]
fn allowed_moves_follow_the_stage() {
    let open = opened();
    let allowed = allowed_operations(&open);
    for kind in [
        OperationKind::SellerResponded,
        OperationKind::Escalate,
        OperationKind::CancelDispute,
        OperationKind::Decide,
        OperationKind::ShipReturn,
    ] {
        assert!(allowed.contains(&kind), "{kind:?}");
    }
    assert!(!allowed.contains(&OperationKind::OpenDispute));
    assert!(!allowed.contains(&OperationKind::Appeal));
    assert!(!allowed.contains(&OperationKind::ShipFreeReturn));
    assert_eq!(OperationKind::ALL.len(), 16);
}

#[test]
fn transition_errors_read_as_english() {
    let errors = [
        TransitionError::InFuture,
        TransitionError::OrderCancelled,
        TransitionError::NotShipped,
        TransitionError::StageNotForward {
            from: None,
            to: RefundStage::Waiting,
        },
        TransitionError::StageNotForward {
            from: Some(RefundStage::Refunded),
            to: RefundStage::Waiting,
        },
    ];
    let texts: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(texts[0], "the date is after today");
    assert_eq!(texts[3], "the refund cannot start at waiting");
    assert_eq!(texts[4], "the refund cannot go from refunded to waiting");
    let json = serde_json::to_string(&Operation::Decide {
        outcome: Outcome::FullRefund,
    })
    .unwrap();
    assert_eq!(json, r#"{"operation":"decide","outcome":"full_refund"}"#);
}

#[test]
fn a_cancelled_order_cannot_be_disputed() {
    let mut case = received();
    case.cancelled_on = Some(d("2026-03-02"));
    assert_eq!(
        step(&case, Operation::OpenDispute, "2026-03-22"),
        Err(TransitionError::OrderCancelled)
    );
}

#[test]
fn every_refusal_explains_itself_and_names_its_rule_when_one_forbids_it() {
    let with_rules = [
        (TransitionError::AlreadyShipped, Some(RuleId::D1)),
        (TransitionError::NotShipped, Some(RuleId::D1)),
        (TransitionError::OneDisputePerOrder, Some(RuleId::D8)),
        (TransitionError::NoDecision, Some(RuleId::E4)),
        (TransitionError::AlreadyAppealed, Some(RuleId::E4)),
        (TransitionError::NothingToAppeal, Some(RuleId::E4)),
        (TransitionError::NoReturnAgreed, Some(RuleId::E5)),
        (TransitionError::FreeReturnUnavailable, Some(RuleId::R2)),
        (TransitionError::NothingToRefund, Some(RuleId::F3)),
        (
            TransitionError::StageNotForward {
                from: None,
                to: RefundStage::Waiting,
            },
            Some(RuleId::F1),
        ),
        (TransitionError::InFuture, None),
        (TransitionError::AlreadyRecorded("cancelled_on"), None),
        (TransitionError::OrderCancelled, None),
        (TransitionError::DisputeOpen, None),
        (TransitionError::NoOpenDispute, None),
        (TransitionError::RefundUnderway, None),
        (TransitionError::NotReceived, None),
        (TransitionError::Invalid(Vec::new()), None),
    ];
    let mut texts = std::collections::HashSet::new();
    for (error, rule) in with_rules {
        assert_eq!(error.rule(), rule, "{error:?}");
        let text = error.to_string();
        if !matches!(error, TransitionError::Invalid(_)) {
            assert!(!text.is_empty(), "{error:?}");
            assert!(texts.insert(text), "{error:?} reads like another refusal");
        }
    }
    assert_eq!(
        TransitionError::AlreadyRecorded("cancelled_on").to_string(),
        "cancelled_on is already recorded"
    );
}

#[test]
fn evidence_and_seller_requests_are_recorded_through_the_same_checks_as_moves() {
    let case = received();
    let photo = Record::Evidence {
        kind: EvidenceKind::Photo,
        note: Some("  box crushed  ".into()),
    };
    let next = add_record(&case, photo.clone(), d("2026-05-30"), d(TODAY)).unwrap();
    assert_eq!(next.evidence.len(), 1);
    assert_eq!(next.evidence[0].kind, EvidenceKind::Photo);
    assert_eq!(next.evidence[0].note.as_deref(), Some("box crushed"));
    assert_eq!(next.evidence[0].captured_on, Some(d("2026-05-30")));
    let blank = Record::Evidence {
        kind: EvidenceKind::Video,
        note: Some("   ".into()),
    };
    let next = add_record(&next, blank, d(TODAY), d(TODAY)).unwrap();
    assert_eq!(next.evidence[1].note, None);

    let asked = Record::SellerRequest {
        kind: SellerRequestKind::ConfirmReceipt,
    };
    let next = add_record(&next, asked.clone(), d(TODAY), d(TODAY)).unwrap();
    assert_eq!(next.seller_requests.len(), 1);
    assert_eq!(next.seller_requests[0].on, Some(d(TODAY)));
    // The case as it was is untouched.
    assert!(case.evidence.is_empty() && case.seller_requests.is_empty());

    for record in [photo, asked] {
        assert_eq!(
            add_record(&case, record, d("2026-06-02"), d(TODAY)),
            Err(TransitionError::InFuture)
        );
    }
}

#[test]
fn a_record_on_a_case_that_is_already_inconsistent_says_what_is_wrong() {
    let mut case = received();
    case.delivered_on = Some(d("2026-03-01"));
    let refused = add_record(
        &case,
        Record::SellerRequest {
            kind: SellerRequestKind::ConfirmReceipt,
        },
        d(TODAY),
        d(TODAY),
    );
    assert!(
        matches!(&refused, Err(TransitionError::Invalid(problems)) if !problems.is_empty()),
        "{refused:?}"
    );
}
