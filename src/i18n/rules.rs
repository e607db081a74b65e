//! The words for the rules of the policy table, in the buyer's language.

use super::{td_string, Locale};
use crate::domain::{Confidence, RuleId};

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
