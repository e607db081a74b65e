//! The words for the rules of the policy table, in the buyer's language.

use super::countries::country_list;
use super::{td_string, Locale};
use crate::domain::{Alternative, Confidence, Policy, RuleId};

/// Where a rule comes from, as the buyer reads it.
pub fn source(locale: Locale, id: RuleId) -> &'static str {
    match id {
        RuleId::BP1 => td_string!(locale, rules.bp1.source),
        RuleId::BP2 => td_string!(locale, rules.bp2.source),
        RuleId::BP3 => td_string!(locale, rules.bp3.source),
        RuleId::BP4 => td_string!(locale, rules.bp4.source),
        RuleId::BP5 => td_string!(locale, rules.bp5.source),
        RuleId::D1 => td_string!(locale, rules.d1.source),
        RuleId::D2 => td_string!(locale, rules.d2.source),
        RuleId::D3 => td_string!(locale, rules.d3.source),
        RuleId::D4 => td_string!(locale, rules.d4.source),
        RuleId::D5 => td_string!(locale, rules.d5.source),
        RuleId::D6 => td_string!(locale, rules.d6.source),
        RuleId::D7 => td_string!(locale, rules.d7.source),
        RuleId::D8 => td_string!(locale, rules.d8.source),
        RuleId::D9 => td_string!(locale, rules.d9.source),
        RuleId::D10 => td_string!(locale, rules.d10.source),
        RuleId::D11 => td_string!(locale, rules.d11.source),
        RuleId::E1 => td_string!(locale, rules.e1.source),
        RuleId::E2 => td_string!(locale, rules.e2.source),
        RuleId::E3 => td_string!(locale, rules.e3.source),
        RuleId::E4 => td_string!(locale, rules.e4.source),
        RuleId::E5 => td_string!(locale, rules.e5.source),
        RuleId::R1 => td_string!(locale, rules.r1.source),
        RuleId::R2 => td_string!(locale, rules.r2.source),
        RuleId::R3 => td_string!(locale, rules.r3.source),
        RuleId::F1 => td_string!(locale, rules.f1.source),
        RuleId::F2 => td_string!(locale, rules.f2.source),
        RuleId::F3 => td_string!(locale, rules.f3.source),
        RuleId::O1 => td_string!(locale, rules.o1.source),
        RuleId::O2 => td_string!(locale, rules.o2.source),
        RuleId::O3 => td_string!(locale, rules.o3.source),
        RuleId::PP1 => td_string!(locale, rules.pp1.source),
        RuleId::PP2 => td_string!(locale, rules.pp2.source),
        RuleId::PP3 => td_string!(locale, rules.pp3.source),
        RuleId::PP4 => td_string!(locale, rules.pp4.source),
        RuleId::PP5 => td_string!(locale, rules.pp5.source),
        RuleId::PP6 => td_string!(locale, rules.pp6.source),
    }
}

/// What a confidence level means.
pub fn confidence(locale: Locale, confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::High => td_string!(locale, confidence.high),
        Confidence::Medium => td_string!(locale, confidence.medium),
        Confidence::Low => td_string!(locale, confidence.low),
    }
}

/// The rule in one or two plain sentences, with the numbers of the default
/// policy.
pub fn text(locale: Locale, id: RuleId) -> String {
    let p = Policy::default();
    match id {
        RuleId::BP1 => td_string!(locale, rules.bp1.text).to_string(),
        RuleId::BP2 => td_string!(locale, rules.bp2.text, days = p.protection_days).to_string(),
        RuleId::BP3 => td_string!(locale, rules.bp3.text).to_string(),
        RuleId::BP4 => td_string!(locale, rules.bp4.text).to_string(),
        RuleId::BP5 => td_string!(locale, rules.bp5.text).to_string(),
        RuleId::D1 => td_string!(locale, rules.d1.text).to_string(),
        RuleId::D2 => td_string!(locale, rules.d2.text).to_string(),
        RuleId::D3 => {
            td_string!(locale, rules.d3.text, days = p.dispute_opens_after_days).to_string()
        }
        RuleId::D4 => td_string!(locale, rules.d4.text, days = p.dispute_window_days).to_string(),
        RuleId::D5 => td_string!(locale, rules.d5.text, days = p.marked_delivered_days).to_string(),
        RuleId::D6 => td_string!(locale, rules.d6.text).to_string(),
        RuleId::D7 => td_string!(locale, rules.d7.text).to_string(),
        RuleId::D8 => td_string!(locale, rules.d8.text).to_string(),
        RuleId::D9 => td_string!(locale, rules.d9.text).to_string(),
        RuleId::D10 => td_string!(locale, rules.d10.text).to_string(),
        RuleId::D11 => td_string!(locale, rules.d11.text, days = p.status_check_days).to_string(),
        RuleId::E1 => td_string!(locale, rules.e1.text, days = p.escalation_days).to_string(),
        RuleId::E2 => td_string!(locale, rules.e2.text).to_string(),
        RuleId::E3 => td_string!(locale, rules.e3.text).to_string(),
        RuleId::E4 => td_string!(locale, rules.e4.text, days = p.appeal_days).to_string(),
        RuleId::E5 => td_string!(locale, rules.e5.text, days = p.return_ship_days).to_string(),
        RuleId::R1 => {
            let countries = country_list(locale, p.free_return_countries);
            let days = p.free_return_days;
            td_string!(locale, rules.r1.text, days = days, countries = countries).to_string()
        }
        RuleId::R2 => td_string!(locale, rules.r2.text, limit = p.free_return_max_usd).to_string(),
        RuleId::R3 => td_string!(locale, rules.r3.text).to_string(),
        RuleId::F1 => td_string!(locale, rules.f1.text).to_string(),
        RuleId::F2 => {
            let (min, max) = p.card_refund_days;
            let bank = p.bank_extra_days;
            td_string!(locale, rules.f2.text, min = min, max = max, bank = bank).to_string()
        }
        RuleId::F3 => td_string!(locale, rules.f3.text).to_string(),
        RuleId::O1 => {
            let days = p.paypal_dispute_days;
            let escalate = p.paypal_escalate_days;
            td_string!(locale, rules.o1.text, days = days, escalate = escalate).to_string()
        }
        RuleId::O2 => td_string!(locale, rules.o2.text, days = p.chargeback_days).to_string(),
        RuleId::O3 => {
            let days = p.eu_withdrawal_days;
            let years = p.eu_guarantee_years;
            td_string!(locale, rules.o3.text, days = days, years = years).to_string()
        }
        RuleId::PP1 => td_string!(locale, rules.pp1.text).to_string(),
        RuleId::PP2 => td_string!(locale, rules.pp2.text).to_string(),
        RuleId::PP3 => td_string!(locale, rules.pp3.text).to_string(),
        RuleId::PP4 => td_string!(locale, rules.pp4.text).to_string(),
        RuleId::PP5 => td_string!(locale, rules.pp5.text).to_string(),
        RuleId::PP6 => td_string!(locale, rules.pp6.text).to_string(),
    }
}

/// The rule in one plain sentence, with the numbers of the default policy:
/// what a rule chip says first. It says what the buyer can claim, never
/// what they will get.
pub fn summary(locale: Locale, id: RuleId) -> String {
    let p = Policy::default();
    match id {
        RuleId::BP1 => td_string!(locale, rules.bp1.summary).to_string(),
        RuleId::BP2 => td_string!(locale, rules.bp2.summary, days = p.protection_days),
        RuleId::BP3 => td_string!(locale, rules.bp3.summary).to_string(),
        RuleId::BP4 => td_string!(locale, rules.bp4.summary).to_string(),
        RuleId::BP5 => td_string!(locale, rules.bp5.summary).to_string(),
        RuleId::D1 => td_string!(locale, rules.d1.summary).to_string(),
        RuleId::D2 => td_string!(locale, rules.d2.summary).to_string(),
        RuleId::D3 => td_string!(locale, rules.d3.summary, days = p.dispute_opens_after_days),
        RuleId::D4 => td_string!(locale, rules.d4.summary, days = p.dispute_window_days),
        RuleId::D5 => td_string!(locale, rules.d5.summary, days = p.marked_delivered_days),
        RuleId::D6 => td_string!(locale, rules.d6.summary).to_string(),
        RuleId::D7 => td_string!(locale, rules.d7.summary).to_string(),
        RuleId::D8 => td_string!(locale, rules.d8.summary).to_string(),
        RuleId::D9 => td_string!(locale, rules.d9.summary).to_string(),
        RuleId::D10 => td_string!(locale, rules.d10.summary).to_string(),
        RuleId::D11 => td_string!(locale, rules.d11.summary, days = p.status_check_days),
        RuleId::E1 => td_string!(locale, rules.e1.summary, days = p.escalation_days),
        RuleId::E2 => td_string!(locale, rules.e2.summary).to_string(),
        RuleId::E3 => td_string!(locale, rules.e3.summary).to_string(),
        RuleId::E4 => td_string!(locale, rules.e4.summary, days = p.appeal_days),
        RuleId::E5 => td_string!(locale, rules.e5.summary, days = p.return_ship_days),
        RuleId::R1 => {
            let days = p.free_return_days;
            let count = p.free_return_countries.len();
            td_string!(locale, rules.r1.summary, days = days, count = count)
        }
        RuleId::R2 => td_string!(locale, rules.r2.summary, limit = p.free_return_max_usd),
        RuleId::R3 => td_string!(locale, rules.r3.summary).to_string(),
        RuleId::F1 => td_string!(locale, rules.f1.summary).to_string(),
        RuleId::F2 => {
            let (min, max) = p.card_refund_days;
            let bank = p.bank_extra_days;
            td_string!(locale, rules.f2.summary, min = min, max = max, bank = bank)
        }
        RuleId::F3 => td_string!(locale, rules.f3.summary).to_string(),
        RuleId::O1 => {
            let days = p.paypal_dispute_days;
            let escalate = p.paypal_escalate_days;
            td_string!(locale, rules.o1.summary, days = days, escalate = escalate)
        }
        RuleId::O2 => td_string!(locale, rules.o2.summary, days = p.chargeback_days),
        RuleId::O3 => {
            let days = p.eu_withdrawal_days;
            let years = p.eu_guarantee_years;
            td_string!(locale, rules.o3.summary, days = days, years = years)
        }
        RuleId::PP1 => td_string!(locale, rules.pp1.summary).to_string(),
        RuleId::PP2 => td_string!(locale, rules.pp2.summary).to_string(),
        RuleId::PP3 => td_string!(locale, rules.pp3.summary).to_string(),
        RuleId::PP4 => td_string!(locale, rules.pp4.summary).to_string(),
        RuleId::PP5 => td_string!(locale, rules.pp5.summary).to_string(),
        RuleId::PP6 => td_string!(locale, rules.pp6.summary).to_string(),
    }
}

/// What other sources say where they disagree with the default, with the
/// numbers of the policy alternatives; `None` where all sources agree.
pub fn alternative(locale: Locale, id: RuleId) -> Option<String> {
    let with = |choice| Policy::default().with_alternative(choice);
    let text = match id {
        RuleId::BP2 => {
            let economy = with(Alternative::Protection75).protection_days;
            let newer = with(Alternative::Protection90).protection_days;
            let brazil = with(Alternative::Protection120).protection_days;
            td_string!(
                locale,
                rules.bp2.alternative,
                economy = economy,
                newer = newer,
                brazil = brazil
            )
            .to_string()
        }
        RuleId::BP4 => td_string!(locale, rules.bp4.alternative).to_string(),
        RuleId::D1 => {
            let [short, long] = Policy::default().silent_seller_hours;
            td_string!(locale, rules.d1.alternative, short = short, long = long).to_string()
        }
        RuleId::D3 => {
            let days = with(Alternative::DisputeOpensDay5).dispute_opens_after_days;
            td_string!(locale, rules.d3.alternative, days = days).to_string()
        }
        RuleId::D5 => td_string!(locale, rules.d5.alternative).to_string(),
        RuleId::E1 => {
            let days = with(Alternative::SellerResponds5Days)
                .seller_response_days
                .unwrap_or_default();
            td_string!(locale, rules.e1.alternative, days = days).to_string()
        }
        RuleId::R1 => {
            let default = Policy::default().free_return_countries;
            let more = with(Alternative::FreeReturnCountries24)
                .free_return_countries
                .iter()
                .filter(|code| !default.contains(code))
                .copied()
                .collect::<Vec<_>>();
            let more = country_list(locale, &more);
            td_string!(locale, rules.r1.alternative, more = more).to_string()
        }
        RuleId::F2 => {
            let range = |choice| {
                let (from, to) = with(choice).card_refund_days;
                format!("{from}–{to}")
            };
            let first = range(Alternative::CardRefund3To15);
            let second = range(Alternative::CardRefund7To10);
            td_string!(locale, rules.f2.alternative, first = first, second = second).to_string()
        }
        RuleId::O2 => {
            let max = Policy::default().chargeback_max_days;
            td_string!(locale, rules.o2.alternative, max = max).to_string()
        }
        _ => return None,
    };
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_a_text_in_both_languages_with_its_numbers_filled_in() {
        for locale in [Locale::en, Locale::es] {
            for id in RuleId::ALL {
                let text = text(locale, *id);
                assert!(!text.is_empty() && !text.contains("{{"), "{id}: {text}");
                if let Some(other) = alternative(locale, *id) {
                    assert!(!other.contains("{{"), "{id}: {other}");
                }
            }
        }
        assert!(text(Locale::en, RuleId::D5).contains("5 days"));
    }

    #[test]
    fn every_rule_has_a_one_sentence_summary_in_both_languages_with_its_numbers() {
        for locale in [Locale::en, Locale::es] {
            for id in RuleId::ALL {
                let summary = summary(locale, *id);
                assert!(
                    !summary.is_empty() && !summary.contains("{{"),
                    "{id}: {summary}"
                );
                let sentences = summary.trim_end_matches('.').matches(". ").count();
                assert_eq!(sentences, 0, "{id} in one sentence: {summary}");
            }
        }
        assert!(summary(Locale::en, RuleId::D5).contains(" 5 days "));
        assert!(summary(Locale::es, RuleId::E1).contains(" 15 días "));
    }

    #[test]
    fn the_free_return_countries_read_as_names_in_the_page_language() {
        let en = text(Locale::en, RuleId::R1);
        assert!(
            en.contains("Spain") && en.contains("United Kingdom"),
            "{en}"
        );
        let es = alternative(Locale::es, RuleId::R1).unwrap();
        assert!(es.contains("Francia") && es.contains("Japón"), "{es}");
        for text in [en, es] {
            assert!(!text.contains("ES,") && !text.contains("FR,"), "{text}");
        }
    }

    #[test]
    fn alternatives_are_given_where_the_reference_lists_them() {
        for id in RuleId::ALL {
            let listed = !crate::domain::rule(*id).alternatives.is_empty();
            assert_eq!(alternative(Locale::en, *id).is_some(), listed, "{id}");
        }
    }
}
