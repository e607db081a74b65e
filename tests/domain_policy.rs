#![cfg(not(target_arch = "wasm32"))]
//! The policy table: one row per rule id, the default column, alternatives
//! and country lists.

use disputa::domain::{
    rule, Alternative, Confidence, Policy, RuleId, DEFAULT_POLICY, EU_COUNTRIES,
    FREE_RETURN_COUNTRIES_12, FREE_RETURN_COUNTRIES_16, FREE_RETURN_COUNTRIES_24, RULES,
};

#[test]
fn the_table_has_one_row_per_rule_in_reference_order() {
    assert_eq!(RuleId::ALL.len(), 36);
    assert_eq!(RULES.len(), RuleId::ALL.len());
    for (row, id) in RULES.iter().zip(RuleId::ALL) {
        assert_eq!(row.id, *id);
        assert_eq!(rule(*id).id, *id);
        assert!(!row.title.is_empty() && !row.source.is_empty(), "{id}");
    }
}

#[test]
fn every_family_of_the_reference_is_covered() {
    let count = |prefix: &str| {
        RuleId::ALL
            .iter()
            .filter(|id| {
                let text = id.as_str();
                text.starts_with(prefix) && text[prefix.len()..].chars().all(|c| c.is_ascii_digit())
            })
            .count()
    };
    assert_eq!(
        [
            count("BP"),
            count("D"),
            count("E"),
            count("R"),
            count("F"),
            count("O"),
            count("PP")
        ],
        [5, 11, 5, 3, 3, 3, 6]
    );
}

#[test]
fn confidences_follow_the_reference() {
    assert_eq!(rule(RuleId::BP2).confidence, Confidence::Medium);
    assert_eq!(rule(RuleId::D4).confidence, Confidence::High);
    assert_eq!(rule(RuleId::D5).confidence, Confidence::Medium);
    assert_eq!(rule(RuleId::E1).confidence, Confidence::High);
    assert_eq!(rule(RuleId::E4).confidence, Confidence::Low);
    assert_eq!(rule(RuleId::F2).confidence, Confidence::Medium);
    assert_eq!(rule(RuleId::O1).confidence, Confidence::High);
    assert_eq!(serde_json::to_string(&Confidence::Low).unwrap(), "\"low\"");
    assert_eq!(Confidence::Medium.as_str(), "medium");
}

#[test]
fn rules_with_alternatives_keep_them_as_text() {
    assert_eq!(rule(RuleId::BP2).alternatives.len(), 3);
    assert_eq!(rule(RuleId::BP2).default, Some("60 days after shipment"));
    assert_eq!(rule(RuleId::R1).alternatives.len(), 2);
    assert_eq!(rule(RuleId::F2).alternatives.len(), 2);
    assert!(rule(RuleId::D2).default.is_none());
    for alternative in Alternative::ALL {
        assert!(
            !rule(alternative.rule()).alternatives.is_empty(),
            "{alternative:?}"
        );
    }
}

#[test]
fn the_default_policy_is_the_default_column() {
    let policy = Policy::default();
    assert_eq!(policy, DEFAULT_POLICY);
    assert_eq!(policy.protection_days, 60);
    assert_eq!(policy.dispute_opens_after_days, 10);
    assert_eq!(policy.dispute_window_days, 15);
    assert_eq!(policy.marked_delivered_days, 5);
    assert_eq!(policy.status_check_days, 7);
    assert_eq!(policy.escalation_days, 15);
    assert_eq!(policy.seller_response_days, None);
    assert_eq!(policy.appeal_days, 7);
    assert_eq!(policy.return_ship_days, 10);
    assert_eq!(policy.free_return_days, 15);
    assert_eq!(policy.free_return_countries.len(), 12);
    assert_eq!(policy.free_return_max_usd, 1000);
    assert_eq!(policy.card_refund_days, (3, 20));
    assert_eq!(policy.bank_extra_days, 15);
    assert_eq!(
        (policy.paypal_dispute_days, policy.paypal_escalate_days),
        (180, 20)
    );
    assert_eq!(
        (policy.chargeback_days, policy.chargeback_max_days),
        (120, 540)
    );
    assert_eq!(
        (policy.eu_withdrawal_days, policy.eu_guarantee_years),
        (14, 2)
    );
}

#[test]
fn each_alternative_changes_its_own_value() {
    let base = Policy::default();
    let with = |a| base.clone().with_alternative(a);
    assert_eq!(with(Alternative::Protection75).protection_days, 75);
    assert_eq!(with(Alternative::Protection90).protection_days, 90);
    assert_eq!(with(Alternative::Protection120).protection_days, 120);
    assert_eq!(
        with(Alternative::DisputeOpensDay5).dispute_opens_after_days,
        5
    );
    assert_eq!(
        with(Alternative::SellerResponds5Days).seller_response_days,
        Some(5)
    );
    assert_eq!(
        with(Alternative::FreeReturnCountries16)
            .free_return_countries
            .len(),
        16
    );
    assert_eq!(
        with(Alternative::FreeReturnCountries24)
            .free_return_countries
            .len(),
        24
    );
    assert_eq!(with(Alternative::CardRefund3To15).card_refund_days, (3, 15));
    assert_eq!(with(Alternative::CardRefund7To10).card_refund_days, (7, 10));
    let both = base
        .clone()
        .with_alternatives([Alternative::Protection90, Alternative::CardRefund7To10]);
    assert_eq!((both.protection_days, both.card_refund_days), (90, (7, 10)));
}

#[test]
fn alternatives_name_their_rule_and_spell_as_in_json() {
    assert_eq!(Alternative::Protection120.rule(), RuleId::BP2);
    assert_eq!(Alternative::DisputeOpensDay5.rule(), RuleId::D3);
    assert_eq!(Alternative::SellerResponds5Days.rule(), RuleId::E1);
    assert_eq!(Alternative::FreeReturnCountries24.rule(), RuleId::R1);
    assert_eq!(Alternative::CardRefund3To15.rule(), RuleId::F2);
    assert_eq!(Alternative::for_rule(RuleId::BP2).count(), 3);
    for alternative in Alternative::ALL {
        let json = serde_json::to_string(alternative).unwrap();
        assert_eq!(json, format!("\"{}\"", alternative.as_str()));
        let back: Alternative = serde_json::from_str(&json).unwrap();
        assert_eq!(back, *alternative);
    }
}

#[test]
fn country_lists_grow_and_hold_only_iso_codes() {
    assert_eq!(FREE_RETURN_COUNTRIES_12.len(), 12);
    assert_eq!(FREE_RETURN_COUNTRIES_16.len(), 16);
    assert_eq!(FREE_RETURN_COUNTRIES_24.len(), 24);
    assert_eq!(EU_COUNTRIES.len(), 27);
    assert!(FREE_RETURN_COUNTRIES_12
        .iter()
        .all(|c| FREE_RETURN_COUNTRIES_16.contains(c)));
    assert!(FREE_RETURN_COUNTRIES_16
        .iter()
        .all(|c| FREE_RETURN_COUNTRIES_24.contains(c)));
    let all = FREE_RETURN_COUNTRIES_24.iter().chain(EU_COUNTRIES);
    for code in all {
        assert!(
            code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
            "{code}"
        );
    }
    assert!(!FREE_RETURN_COUNTRIES_24.contains(&"UK"));
    assert!(Policy::default().free_returns_in("GB"));
    assert!(Policy::default().is_eu("GR"));
    assert!(!Policy::default().is_eu("GB"));
}

#[test]
fn rule_ids_read_and_write_as_in_the_reference() {
    for id in RuleId::ALL {
        assert_eq!(id.as_str().parse::<RuleId>(), Ok(*id));
        assert_eq!(serde_json::to_string(id).unwrap(), format!("\"{id}\""));
    }
    let error = "D12".parse::<RuleId>().unwrap_err();
    assert_eq!(error.to_string(), "unknown rule id \"D12\"");
}
