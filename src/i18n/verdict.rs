//! An assessment in the buyer's words: the verdict as one plain sentence
//! with its date and how far it is, and the next step as a sentence.

use super::dates::{days_left, long_date};
use super::{labels, td_string, Locale};
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

/// The next step's short label for a case's row: the step, or the routes
/// outside AliExpress once nothing is left to do there but one of them is
/// still open.
pub fn step_label(locale: Locale, assessment: &Assessment) -> &'static str {
    if assessment.only_outside_routes_left() {
        td_string!(locale, routes.row_step)
    } else {
        labels::next_step(locale, assessment.next_step)
    }
}

/// The next step of a case as a sentence, with the routes outside
/// AliExpress when nothing is left to do there but one of them is open.
pub fn case_step_sentence(locale: Locale, assessment: &Assessment) -> String {
    if assessment.only_outside_routes_left() {
        td_string!(locale, routes.next_step).to_string()
    } else {
        next_step_sentence(locale, assessment.next_step)
    }
}

/// The one next step as a plain sentence.
pub fn next_step_sentence(locale: Locale, step: NextStep) -> String {
    use super::buttons::{path, AliButton as B};
    use NextStep as N;
    let text = match step {
        // These name labels of medium or low confidence: the sentence says
        // their wording may differ.
        N::CancelOrder => {
            let path = path(locale, &[B::MyOrders, B::ViewDetails, B::CancelOrder]);
            let text = td_string!(locale, wizard.next_step.cancel_order, path);
            return with_label_note(locale, &text);
        }
        N::OpenDispute => {
            let path = path(locale, &[B::MyOrders, B::ViewDetails, B::ReturnsRefunds]);
            let older = B::OpenDispute.label(locale);
            let text = td_string!(locale, wizard.next_step.open_dispute, path, older);
            return with_label_note(locale, &text);
        }
        N::TrackRefund => {
            return with_label_note(locale, td_string!(locale, wizard.next_step.track_refund));
        }
        N::Wait => td_string!(locale, wizard.next_step.wait),
        N::ContactSeller => td_string!(locale, wizard.next_step.contact_seller),
        N::GatherEvidence => td_string!(locale, wizard.next_step.gather_evidence),
        N::WaitForSeller => td_string!(locale, wizard.next_step.wait_for_seller),
        N::AnswerCaseTeam => td_string!(locale, wizard.next_step.answer_case_team),
        N::ShipReturn => td_string!(locale, wizard.next_step.ship_return),
        N::Appeal => td_string!(locale, wizard.next_step.appeal),
        N::Done => td_string!(locale, wizard.next_step.done),
    };
    text.to_string()
}

fn with_label_note(locale: Locale, sentence: &str) -> String {
    format!(
        "{sentence} {}",
        td_string!(locale, filing.labels_may_differ)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn button_paths_come_from_the_table_with_their_note() {
        let cancel = next_step_sentence(Locale::es, NextStep::CancelOrder);
        assert!(
            cancel.contains("«Mis pedidos» → «Ver detalles» → «Cancelar pedido»"),
            "{cancel}"
        );
        assert!(cancel.ends_with(td_string!(Locale::es, filing.labels_may_differ)));
        let open = next_step_sentence(Locale::en, NextStep::OpenDispute);
        assert!(
            open.contains("“My Orders” → “View details” → “Returns/refunds”")
                && open.contains("“Open Dispute”"),
            "{open}"
        );
    }
}
