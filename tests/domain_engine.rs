#![cfg(not(target_arch = "wasm32"))]
//! The assessment: verdicts, next steps, evidence, free returns, missing
//! dates, and the exact JSON shape of the case format.

use chrono::NaiveDate;
use disputa::domain::{
    assess, parse_case_file, AlternativeRoute, Assessment, Capture, Case, Confidence, DeadlineKind,
    DeliveryStatus, Dispute, Evidence, EvidenceKind, FreeReturnReason, ItemCategory, NextStep,
    Outcome, PaymentMethod, Policy, Price, Problem, Refund, RefundStage, ReturnShipment, RuleId,
    Stage, Verdict,
};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn at(case: &Case, today: &str) -> Assessment {
    assess(case, &Policy::default(), d(today))
}

fn sample(name: &str) -> Case {
    let path = format!("{}/tests/samples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(path).unwrap();
    parse_case_file(&json).unwrap().remove(0)
}

fn received(problem: Option<Problem>) -> Case {
    let mut case = Case::new("received");
    case.delivery_status = DeliveryStatus::Received;
    case.ordered_on = Some(d("2026-03-01"));
    case.shipped_on = Some(d("2026-03-03"));
    case.delivered_on = Some(d("2026-03-20"));
    case.problem = problem;
    case
}

#[test]
fn awaiting_shipment_needs_no_dispute_but_a_cancellation() {
    let mut case = Case::new("a");
    case.problem = Some(Problem::CheaperElsewhere);
    let assessment = at(&case, "2026-03-02");
    assert_eq!(assessment.verdict, Verdict::NotNeeded);
    assert_eq!(assessment.alternative, Some(AlternativeRoute::CancelOrder));
    assert_eq!(assessment.next_step, NextStep::CancelOrder);
    assert_eq!(assessment.protection_ends_on, None);
    assert_eq!(assessment.opens_on, None);
    assert!(assessment.rules.contains(&RuleId::D1));
    assert!(assessment.rules.contains(&RuleId::D9));
}

#[test]
fn awaiting_shipment_without_a_problem_waits() {
    assert_eq!(at(&Case::new("a"), "2026-03-02").next_step, NextStep::Wait);
}

#[test]
fn order_page_protection_date_wins_over_every_estimate() {
    let mut case = received(None);
    case.promised_delivery_days = Some(30);
    case.protection_ends_on = Some(d("2026-06-01"));
    let assessment = at(&case, "2026-03-21");
    assert_eq!(assessment.protection_ends_on, Some(d("2026-06-01")));
    let deadline = assessment
        .deadlines
        .iter()
        .find(|dl| dl.kind == DeadlineKind::ProtectionEnds)
        .unwrap();
    assert_eq!(deadline.confidence, Confidence::High);
    assert_eq!(deadline.rule, RuleId::BP2);
}

#[test]
fn promised_delivery_time_sets_protection_when_no_date_is_entered() {
    let mut case = received(None);
    case.promised_delivery_days = Some(30);
    assert_eq!(
        at(&case, "2026-03-21").protection_ends_on,
        Some(d("2026-04-02"))
    );
}

#[test]
fn damaged_item_needs_photos_before_the_dispute() {
    let case = received(Some(Problem::Damaged));
    let assessment = at(&case, "2026-03-21");
    assert_eq!(assessment.verdict, Verdict::EligibleNow);
    assert_eq!(assessment.next_step, NextStep::GatherEvidence);
    let photo = &assessment.evidence[0];
    assert_eq!(photo.kind, EvidenceKind::Photo);
    assert!(photo.required);
    assert_eq!(photo.capture, Capture::ItemAndLabel);
    assert!(!photo.captured);
}

#[test]
fn with_photos_the_buyer_contacts_the_seller_first_then_disputes() {
    let mut case = received(Some(Problem::Damaged));
    case.evidence.push(Evidence {
        kind: EvidenceKind::Photo,
        note: None,
        captured_on: Some(d("2026-03-20")),
    });
    assert_eq!(at(&case, "2026-03-21").next_step, NextStep::ContactSeller);
    case.contacted_seller_on = Some(d("2026-03-21"));
    assert_eq!(at(&case, "2026-03-22").next_step, NextStep::OpenDispute);
}

#[test]
fn near_the_close_the_buyer_opens_without_waiting_for_the_seller() {
    let mut case = received(Some(Problem::Damaged));
    case.evidence.push(Evidence {
        kind: EvidenceKind::Photo,
        note: None,
        captured_on: None,
    });
    // Protection ends 2026-05-02; the dispute closes 2026-05-17.
    assert_eq!(at(&case, "2026-05-10").next_step, NextStep::OpenDispute);
}

#[test]
fn not_received_needs_no_attachments() {
    let mut case = received(Some(Problem::NotReceived));
    case.delivery_status = DeliveryStatus::MarkedDelivered;
    let assessment = at(&case, "2026-03-21");
    assert!(assessment.evidence.iter().all(|item| !item.required));
    let captures: Vec<Capture> = assessment.evidence.iter().map(|i| i.capture).collect();
    assert!(captures.contains(&Capture::TrackingPage));
    assert!(captures.contains(&Capture::PostOfficeStatement));
    assert_eq!(assessment.next_step, NextStep::OpenDispute);
}

#[test]
fn every_ground_about_a_received_item_requires_a_photo() {
    for problem in Problem::ALL {
        let assessment = at(&received(Some(*problem)), "2026-03-21");
        let required = assessment.evidence.iter().any(|item| item.required);
        assert_eq!(required, problem.is_about_received_item(), "{problem}");
        assert!(!assessment.evidence.is_empty(), "{problem}");
    }
}

#[test]
fn size_problems_ask_for_the_item_beside_a_ruler_and_faults_for_a_video() {
    let described = at(&received(Some(Problem::NotAsDescribed)), "2026-03-21");
    assert!(described
        .evidence
        .iter()
        .any(|i| i.capture == Capture::ItemBesideRuler));
    let quality = at(&received(Some(Problem::Quality)), "2026-03-21");
    assert!(quality
        .evidence
        .iter()
        .any(|i| i.capture == Capture::FaultVideo));
}

#[test]
fn no_problem_no_evidence_list() {
    assert!(at(&received(None), "2026-03-21").evidence.is_empty());
}

#[test]
fn change_of_mind_without_a_free_return_pays_its_own_return() {
    let mut case = received(Some(Problem::OrderedByMistake));
    case.country = Some("SE".into());
    case.item_unused = Some(true);
    case.free_return_offered = Some(true);
    let assessment = at(&case, "2026-03-21");
    assert_eq!(assessment.verdict, Verdict::EligibleNow);
    assert!(assessment
        .free_return
        .reasons
        .contains(&FreeReturnReason::CountryNotCovered));
    assert!(assessment.rules.contains(&RuleId::R3));
    assert_eq!(assessment.next_step, NextStep::ContactSeller);
    case.contacted_seller_on = Some(d("2026-03-21"));
    assert_eq!(at(&case, "2026-03-22").next_step, NextStep::OpenDispute);
}

#[test]
fn a_wider_country_list_brings_free_returns_to_more_buyers() {
    let mut case = received(Some(Problem::NoLongerNeeded));
    case.country = Some("FR".into());
    case.item_unused = Some(true);
    case.free_return_offered = Some(true);
    case.price = Some(Price {
        amount: "50".into(),
        currency: "EUR".into(),
    });
    let today = d("2026-03-21");
    assert!(
        !assess(&case, &Policy::default(), today)
            .free_return
            .eligible
    );
    let wider =
        Policy::default().with_alternative(disputa::domain::Alternative::FreeReturnCountries16);
    let assessment = assess(&case, &wider, today);
    assert!(assessment.free_return.eligible);
    assert_eq!(assessment.alternative, Some(AlternativeRoute::FreeReturn));
}

#[test]
fn free_return_exclusions_are_reasons() {
    let mut case = received(Some(Problem::NoLongerNeeded));
    case.country = Some("US".into());
    case.item_unused = Some(false);
    case.free_return_offered = Some(false);
    case.item_category = Some(ItemCategory::Phone);
    case.price = Some(Price {
        amount: "1000.01".into(),
        currency: "USD".into(),
    });
    let reasons = at(&case, "2026-03-21").free_return.reasons;
    for reason in [
        FreeReturnReason::ItemUsed,
        FreeReturnReason::ListingWithoutFreeReturn,
        FreeReturnReason::ItemExcluded,
        FreeReturnReason::PriceOverLimit,
    ] {
        assert!(reasons.contains(&reason), "{reason:?} in {reasons:?}");
    }
}

#[test]
fn free_return_price_limit_is_inclusive_and_holds_in_every_currency() {
    let mut case = received(Some(Problem::NoLongerNeeded));
    let over = |case: &Case| {
        at(case, "2026-03-21")
            .free_return
            .reasons
            .contains(&FreeReturnReason::PriceOverLimit)
    };
    for (amount, currency, expected) in [
        ("1000.00", "USD", false),
        ("999.99", "USD", false),
        ("1000.50", "USD", true),
        ("12000", "USD", true),
        ("5000", "EUR", true),
        ("50", "EUR", false),
    ] {
        case.price = Some(Price {
            amount: amount.into(),
            currency: currency.into(),
        });
        assert_eq!(over(&case), expected, "{amount} {currency}");
    }
}

#[test]
fn unknown_free_return_facts_are_reported_not_guessed() {
    let mut case = received(Some(Problem::NoLongerNeeded));
    case.delivered_on = None;
    let assessment = at(&case, "2026-03-21");
    assert!(!assessment.free_return.eligible);
    for field in [
        "delivered_on",
        "item_unused",
        "free_return_offered",
        "country",
    ] {
        assert!(assessment.missing.contains(&field), "{field}");
    }
}

#[test]
fn in_transit_without_a_shipping_date_lists_it_as_missing() {
    let mut case = Case::new("a");
    case.delivery_status = DeliveryStatus::InTransit;
    let assessment = at(&case, "2026-03-21");
    assert_eq!(assessment.opens_on, None);
    assert_eq!(assessment.protection_ends_on, None);
    assert!(assessment.missing.contains(&"shipped_on"));
}

#[test]
fn marked_delivered_without_a_date_keeps_the_outer_limit_and_says_so() {
    let mut case = Case::new("a");
    case.delivery_status = DeliveryStatus::MarkedDelivered;
    case.shipped_on = Some(d("2026-03-01"));
    let assessment = at(&case, "2026-03-21");
    // S4: protection end (shipment + 60) + 15.
    assert_eq!(assessment.closes_on, Some(d("2026-05-15")));
    assert!(assessment.missing.contains(&"delivered_on"));
    assert_eq!(assessment.next_step, NextStep::OpenDispute);
}

#[test]
fn too_late_points_to_the_seller() {
    let case = received(Some(Problem::Quality));
    let assessment = at(&case, "2026-12-01");
    assert_eq!(assessment.verdict, Verdict::TooLate);
    assert_eq!(
        assessment.alternative,
        Some(AlternativeRoute::ContactSeller)
    );
    assert_eq!(assessment.next_step, NextStep::ContactSeller);
    assert_eq!(at(&received(None), "2026-12-01").next_step, NextStep::Done);
}

#[test]
fn open_dispute_waits_for_the_seller_then_for_the_case_team() {
    let mut case = sample("damaged");
    let assessment = at(&case, "2026-11-01");
    assert_eq!(assessment.verdict, Verdict::InProgress);
    assert_eq!(assessment.stage, Stage::DisputeOpen);
    assert_eq!(assessment.next_step, NextStep::WaitForSeller);
    case.dispute.as_mut().unwrap().seller_responded_on = Some(d("2026-10-25"));
    assert_eq!(at(&case, "2026-11-01").next_step, NextStep::Wait);
    let later = at(&case, "2026-11-07");
    assert_eq!(later.stage, Stage::Claim);
    assert_eq!(later.next_step, NextStep::AnswerCaseTeam);
    assert!(later.rules.contains(&RuleId::E2));
}

#[test]
fn open_dispute_without_required_photos_lists_them_and_waits_for_the_seller() {
    let mut case = sample("damaged");
    case.evidence.clear();
    let assessment = at(&case, "2026-11-01");
    assert_eq!(assessment.next_step, NextStep::WaitForSeller);
    assert!(assessment
        .evidence
        .iter()
        .any(|item| item.required && !item.captured));
}

#[test]
fn decided_dispute_is_resolved_and_the_refund_tracked() {
    let mut case = sample("wrong_quantity");
    let assessment = at(&case, "2026-11-01");
    assert_eq!(assessment.verdict, Verdict::Resolved);
    assert_eq!(assessment.stage, Stage::Closed);
    assert_eq!(assessment.next_step, NextStep::Done);
    let arrival = assessment.refund_arrival.expect("a card refund has dates");
    assert_eq!(arrival.earliest, Some(d("2026-10-28")));
    case.refund.as_mut().unwrap().stage = RefundStage::Processing;
    assert_eq!(at(&case, "2026-11-01").next_step, NextStep::TrackRefund);
    assert_eq!(at(&case, "2026-11-01").refund_arrival, None);
}

#[test]
fn dispute_cancelled_by_the_buyer_allows_a_new_one() {
    let mut case = received(Some(Problem::Damaged));
    case.dispute = Some(Dispute {
        opened_on: Some(d("2026-03-21")),
        closed_on: Some(d("2026-03-25")),
        outcome: Some(Outcome::CancelledByBuyer),
        ..Dispute::default()
    });
    let assessment = at(&case, "2026-03-26");
    assert_eq!(assessment.verdict, Verdict::EligibleNow);
    assert_eq!(assessment.stage, Stage::Closed);
    assert!(assessment.rules.contains(&RuleId::D8));
    assert_eq!(assessment.escalates_on, None);
}

#[test]
fn pending_appeal_is_a_claim_again() {
    let mut case = received(Some(Problem::Damaged));
    case.dispute = Some(Dispute {
        opened_on: Some(d("2026-03-21")),
        appealed_on: Some(d("2026-04-10")),
        ..Dispute::default()
    });
    let assessment = at(&case, "2026-04-11");
    assert_eq!(assessment.stage, Stage::Claim);
    assert_eq!(assessment.verdict, Verdict::InProgress);
}

#[test]
fn decision_with_unknown_outcome_says_so() {
    let mut case = received(Some(Problem::Damaged));
    case.dispute = Some(Dispute {
        opened_on: Some(d("2026-03-21")),
        closed_on: Some(d("2026-03-30")),
        ..Dispute::default()
    });
    let assessment = at(&case, "2026-04-01");
    assert_eq!(assessment.verdict, Verdict::Resolved);
    assert!(assessment.missing.contains(&"dispute.outcome"));
    assert_eq!(assessment.next_step, NextStep::Done);
}

#[test]
fn cancelled_order_and_free_return_are_refunded_like_disputes() {
    let cancelled = at(&sample("cancelled"), "2026-11-01");
    assert_eq!(cancelled.verdict, Verdict::Resolved);
    assert_eq!(cancelled.next_step, NextStep::TrackRefund);
    assert!(cancelled.rules.contains(&RuleId::F3));
    let returned = at(&sample("no_longer_needed"), "2026-11-01");
    assert_eq!(returned.verdict, Verdict::Resolved);
    assert_eq!(returned.next_step, NextStep::TrackRefund);
    assert!(returned.rules.contains(&RuleId::F3));
}

#[test]
fn refunds_to_the_alipay_balance_have_no_invented_dates() {
    let mut case = sample("cancelled");
    case.refund = Some(Refund {
        stage: RefundStage::Refunded,
        amount: None,
        updated_on: Some(d("2026-10-28")),
    });
    let arrival = at(&case, "2026-11-01").refund_arrival.unwrap();
    assert!(arrival.to_alipay_balance);
    assert_eq!(arrival.earliest, None);
}

#[test]
fn refund_made_without_payment_method_or_date_says_what_is_missing() {
    let mut case = sample("cancelled");
    case.payment_method = None;
    case.refund = Some(Refund {
        stage: RefundStage::Refunded,
        amount: None,
        updated_on: None,
    });
    assert!(at(&case, "2026-11-01").missing.contains(&"payment_method"));
    case.payment_method = Some(PaymentMethod::Card);
    assert!(at(&case, "2026-11-01")
        .missing
        .contains(&"refund.updated_on"));
}

#[test]
fn free_return_shipped_with_a_dispute_outcome_is_not_a_second_return() {
    let mut case = received(Some(Problem::NoLongerNeeded));
    case.return_ = Some(ReturnShipment {
        free_return: false,
        shipped_on: Some(d("2026-03-25")),
        tracking: None,
    });
    let reasons = at(&case, "2026-03-26").free_return.reasons;
    assert!(reasons.contains(&FreeReturnReason::AlreadyReturned));
}

#[test]
fn rules_are_sorted_and_unique() {
    let assessment = at(&sample("damaged"), "2026-11-01");
    let mut sorted = assessment.rules.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(assessment.rules, sorted);
}

#[test]
fn the_case_format_example_assesses_to_the_documented_shape() {
    let assessment = at(&sample("damaged"), "2026-11-01");
    let json = serde_json::to_value(&assessment).unwrap();
    let expected = serde_json::json!({
        "case_id": "damaged",
        "verdict": "in_progress",
        "opens_on": "2026-10-13",
        "closes_on": "2026-12-02",
        "alternative": null,
        "stage": "dispute_open",
        "escalates_on": "2026-11-06",
        "protection_ends_on": "2026-11-17",
        "next_step": "wait_for_seller",
    });
    for (key, value) in expected.as_object().unwrap() {
        assert_eq!(&json[key], value, "{key}");
    }
    assert_eq!(json["free_return"]["until"], "2026-11-04");
    assert_eq!(json["free_return"]["eligible"], false);
    assert_eq!(
        json["evidence"][0],
        serde_json::json!({"kind": "photo", "required": true, "capture": "item_and_label", "captured": true})
    );
    let escalation = json["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|dl| dl["kind"] == "escalates_on")
        .unwrap();
    assert_eq!(escalation["date"], "2026-11-06");
    assert_eq!(escalation["rule"], "E1");
    assert_eq!(escalation["confidence"], "high");
    assert_eq!(json["rules"][0], "BP2");
}

#[test]
fn assessment_uses_every_spelling_of_the_case_format() {
    let names = |value: serde_json::Value| value.as_str().unwrap().to_string();
    let verdicts = [
        Verdict::EligibleNow,
        Verdict::NotYet,
        Verdict::TooLate,
        Verdict::NotNeeded,
        Verdict::InProgress,
        Verdict::Resolved,
    ]
    .map(|v| names(serde_json::to_value(v).unwrap()));
    assert_eq!(
        verdicts,
        [
            "eligible_now",
            "not_yet",
            "too_late",
            "not_needed",
            "in_progress",
            "resolved"
        ]
    );
    let steps = [
        NextStep::CancelOrder,
        NextStep::Wait,
        NextStep::ContactSeller,
        NextStep::OpenDispute,
        NextStep::GatherEvidence,
        NextStep::WaitForSeller,
        NextStep::AnswerCaseTeam,
        NextStep::ShipReturn,
        NextStep::TrackRefund,
        NextStep::Done,
    ]
    .map(|v| names(serde_json::to_value(v).unwrap()));
    assert_eq!(
        steps,
        [
            "cancel_order",
            "wait",
            "contact_seller",
            "open_dispute",
            "gather_evidence",
            "wait_for_seller",
            "answer_case_team",
            "ship_return",
            "track_refund",
            "done"
        ]
    );
    let kinds = [
        DeadlineKind::OpenDisputeBy,
        DeadlineKind::EscalatesOn,
        DeadlineKind::ProtectionEnds,
        DeadlineKind::FreeReturnBy,
        DeadlineKind::AppealBy,
        DeadlineKind::ReturnShipBy,
        DeadlineKind::PaypalDisputeBy,
        DeadlineKind::PaypalEscalateBy,
        DeadlineKind::ChargebackBy,
        DeadlineKind::EuWithdrawalBy,
    ]
    .map(|v| names(serde_json::to_value(v).unwrap()));
    assert_eq!(
        kinds,
        [
            "open_dispute_by",
            "escalates_on",
            "protection_ends",
            "free_return_by",
            "appeal_by",
            "return_ship_by",
            "paypal_dispute_by",
            "paypal_escalate_by",
            "chargeback_by",
            "eu_withdrawal_by"
        ]
    );
    let stages = [
        Stage::BeforeDispute,
        Stage::DisputeOpen,
        Stage::Claim,
        Stage::Closed,
    ]
    .map(|v| names(serde_json::to_value(v).unwrap()));
    assert_eq!(
        stages,
        ["before_dispute", "dispute_open", "claim", "closed"]
    );
    let routes = [
        AlternativeRoute::CancelOrder,
        AlternativeRoute::FreeReturn,
        AlternativeRoute::ContactSeller,
    ]
    .map(|v| names(serde_json::to_value(v).unwrap()));
    assert_eq!(routes, ["cancel_order", "free_return", "contact_seller"]);
}

#[test]
fn every_sample_assesses_to_its_story() {
    let today = "2026-11-01";
    let expect = [
        ("awaiting_shipment", Verdict::NotNeeded, NextStep::Wait),
        ("in_transit", Verdict::EligibleNow, NextStep::Wait),
        (
            "marked_delivered",
            Verdict::EligibleNow,
            NextStep::OpenDispute,
        ),
        ("received", Verdict::EligibleNow, NextStep::Done),
        ("not_received", Verdict::EligibleNow, NextStep::OpenDispute),
        (
            "not_as_described",
            Verdict::EligibleNow,
            NextStep::OpenDispute,
        ),
        ("quality", Verdict::InProgress, NextStep::WaitForSeller),
        ("counterfeit", Verdict::InProgress, NextStep::AnswerCaseTeam),
        ("damaged", Verdict::InProgress, NextStep::WaitForSeller),
        (
            "wrong_delivery_method",
            Verdict::Resolved,
            NextStep::ShipReturn,
        ),
        ("wrong_quantity", Verdict::Resolved, NextStep::Done),
        (
            "ordered_by_mistake",
            Verdict::NotNeeded,
            NextStep::ShipReturn,
        ),
        (
            "cheaper_elsewhere",
            Verdict::NotNeeded,
            NextStep::CancelOrder,
        ),
        ("no_longer_needed", Verdict::Resolved, NextStep::TrackRefund),
        ("cancelled", Verdict::Resolved, NextStep::TrackRefund),
    ];
    for (name, verdict, next) in expect {
        let assessment = at(&sample(name), today);
        assert_eq!(
            (assessment.verdict, assessment.next_step),
            (verdict, next),
            "{name}"
        );
        assert!(
            assessment.missing.is_empty(),
            "{name}: {:?}",
            assessment.missing
        );
    }
}
