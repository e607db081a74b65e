//! An assessment in the buyer's words: the verdict as one plain sentence
//! with its date and how far it is, and the next step as a sentence.

use super::dates::{days_left, long_date};
use super::{td_string, Locale};
use crate::domain::{headline, Assessment, Headline, NextStep, Policy, RuleId};

/// The verdict as one plain sentence, with its date and how far it is.
pub fn verdict_sentence(
    locale: Locale,
    assessment: &Assessment,
    today: chrono::NaiveDate,
) -> String {
    let dated = |date: chrono::NaiveDate| {
        let left = days_left(locale, crate::domain::days_left(today, date));
        (long_date(locale, date), left)
    };
    match headline(assessment) {
        Headline::OpenNow(Some(until)) => {
            let (date, left) = dated(until);
            td_string!(locale, wizard.verdict.open_now, date = date, left = left).to_string()
        }
        Headline::OpenNow(None) => td_string!(locale, wizard.verdict.open_now_undated).to_string(),
        Headline::OpensOn(Some(from)) => {
            let (date, left) = dated(from);
            td_string!(locale, wizard.verdict.too_early, date = date, left = left).to_string()
        }
        Headline::OpensOn(None) => td_string!(locale, wizard.verdict.too_early_undated).to_string(),
        Headline::Undated => td_string!(locale, wizard.verdict.undated).to_string(),
        Headline::ClosedOn(Some(last)) => {
            let (date, ago) = dated(last);
            td_string!(locale, wizard.verdict.too_late, date = date, ago = ago).to_string()
        }
        Headline::ClosedOn(None) => td_string!(locale, wizard.verdict.too_late_undated).to_string(),
        Headline::CancelInstead => td_string!(locale, wizard.verdict.cancel).to_string(),
        Headline::FreeReturn(Some(until)) => {
            let (date, left) = dated(until);
            td_string!(locale, wizard.verdict.free_return, date = date, left = left).to_string()
        }
        Headline::FreeReturn(None) => {
            td_string!(locale, wizard.verdict.free_return_undated).to_string()
        }
        Headline::InProgress => td_string!(locale, wizard.verdict.in_progress).to_string(),
        Headline::Resolved => td_string!(locale, wizard.verdict.resolved).to_string(),
    }
}

/// What the buyer should add so every date can be worked out: the general
/// note, and the marked-delivered order's missing delivery date (S4, D5).
pub fn missing_sentences(locale: Locale, assessment: &Assessment) -> Vec<String> {
    let mut sentences = Vec::new();
    if assessment.missing.is_empty() {
        return sentences;
    }
    let fields = assessment
        .missing
        .iter()
        .map(|path| super::labels::field(locale, path))
        .collect::<Vec<_>>()
        .join(", ");
    sentences.push(td_string!(locale, wizard.result.missing, fields = fields).to_string());
    let marked_delivered = assessment.rules.contains(&RuleId::D5);
    if marked_delivered && assessment.missing.contains(&"delivered_on") {
        let days = Policy::default().marked_delivered_days;
        sentences
            .push(td_string!(locale, wizard.result.delivered_on_missing, days = days).to_string());
    }
    sentences
}

/// The one next step as a plain sentence.
pub fn next_step_sentence(locale: Locale, step: NextStep) -> &'static str {
    use NextStep as N;
    match step {
        N::CancelOrder => td_string!(locale, wizard.next_step.cancel_order),
        N::Wait => td_string!(locale, wizard.next_step.wait),
        N::ContactSeller => td_string!(locale, wizard.next_step.contact_seller),
        N::OpenDispute => td_string!(locale, wizard.next_step.open_dispute),
        N::GatherEvidence => td_string!(locale, wizard.next_step.gather_evidence),
        N::WaitForSeller => td_string!(locale, wizard.next_step.wait_for_seller),
        N::AnswerCaseTeam => td_string!(locale, wizard.next_step.answer_case_team),
        N::ShipReturn => td_string!(locale, wizard.next_step.ship_return),
        N::TrackRefund => td_string!(locale, wizard.next_step.track_refund),
        N::Appeal => td_string!(locale, wizard.next_step.appeal),
        N::Done => td_string!(locale, wizard.next_step.done),
    }
}
