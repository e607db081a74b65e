//! Messages the buyer can copy: to the seller for each ground, to the case
//! team once a dispute becomes a claim, and a polite refusal when the seller
//! asks for something against the buyer's interest (D10).
//!
//! Each message is filled from a saved case; whatever the case does not know
//! becomes a bracketed placeholder ("[order number]") for the buyer to fill in.

use chrono::NaiveDate;

use super::dates::long_date;
use super::{td_string, Locale};
use crate::domain::{timeline, Case, Price, Problem, RouteKind};

/// The message to send the seller in the AliExpress chat before opening a
/// dispute: what was ordered, what went wrong and the remedy asked for.
///
/// Usage: `seller_message(Locale::en, Problem::Damaged, store.case(id).as_ref())`.
pub fn seller_message(locale: Locale, ground: Problem, case: Option<&Case>) -> String {
    let details = Details::new(locale, case);
    let mut what_happened = ground_sentence(locale, ground, &details);
    if ground.is_about_received_item() {
        what_happened.push(' ');
        what_happened.push_str(td_string!(locale, templates.photos));
    }
    let closing = format!(
        "{} {}",
        td_string!(locale, templates.on_aliexpress),
        td_string!(locale, templates.thanks)
    );
    paragraphs([
        td_string!(locale, templates.greeting).to_string(),
        order_sentence(locale, &details),
        what_happened,
        seller_ask(locale, ground, &details),
        closing,
    ])
}

/// The message for the AliExpress case team once the dispute is a claim
/// (E2): the dispute, what went wrong, the evidence attached, the remedy.
pub fn escalation_message(locale: Locale, ground: Problem, case: Option<&Case>) -> String {
    let details = Details::new(locale, case);
    let opened = td_string!(
        locale,
        templates.escalation.opened,
        opened_on = details.opened_on.clone(),
        order_number = details.order_number.clone(),
        item = details.item.clone(),
        store = details.store.clone()
    );
    let evidence = if ground == Problem::NotReceived {
        td_string!(locale, templates.escalation.evidence_not_received)
    } else {
        td_string!(locale, templates.escalation.evidence_received)
    };
    let amount = details.amount.clone();
    let ask = if ground.is_change_of_mind() {
        td_string!(locale, templates.escalation.ask_return, amount = amount)
    } else {
        td_string!(locale, templates.escalation.ask_refund, amount = amount)
    };
    paragraphs([
        td_string!(locale, templates.greeting).to_string(),
        opened,
        format!("{} {evidence}", ground_sentence(locale, ground, &details)),
        ask,
        td_string!(locale, templates.escalation.answer).to_string(),
    ])
}

/// A polite refusal to confirm receipt, cancel the dispute, extend
/// protection or pay outside AliExpress before the refund (D10).
pub fn refusal_message(locale: Locale, case: Option<&Case>) -> String {
    let details = Details::new(locale, case);
    let settle = td_string!(
        locale,
        templates.refusal.settle,
        order_number = details.order_number,
        amount = details.amount
    );
    paragraphs([
        td_string!(locale, templates.refusal.thanks).to_string(),
        td_string!(locale, templates.refusal.refuse).to_string(),
        settle,
        td_string!(locale, templates.refusal.thanks_end).to_string(),
    ])
}

/// The letter to PayPal (O1) or to the card's bank (O2) asking for the
/// payment back: the payment, what went wrong, what the buyer did on
/// AliExpress and how it ended (the timeline), and the evidence attached.
/// Anything the case does not know stays a bracketed placeholder.
///
/// Usage: `route_letter(Locale::es, RouteKind::Chargeback, &case)`.
pub fn route_letter(locale: Locale, route: RouteKind, case: &Case) -> String {
    let details = Details::new(locale, Some(case));
    let (subject, payment) = if route == RouteKind::PaypalDispute {
        (
            td_string!(
                locale,
                templates.letter.subject_paypal,
                order_number = details.order_number.clone()
            ),
            td_string!(
                locale,
                templates.letter.payment_paypal,
                amount = details.amount.clone(),
                ordered_on = details.ordered_on.clone(),
                order_number = details.order_number.clone(),
                item = details.item.clone(),
                store = details.store.clone()
            ),
        )
    } else {
        (
            td_string!(
                locale,
                templates.letter.subject_bank,
                order_number = details.order_number.clone()
            ),
            td_string!(
                locale,
                templates.letter.payment_card,
                amount = details.amount.clone(),
                ordered_on = details.ordered_on.clone(),
                order_number = details.order_number.clone(),
                item = details.item.clone(),
                store = details.store.clone()
            ),
        )
    };
    let what_happened = match case.problem {
        Some(ground) => ground_sentence(locale, ground, &details),
        None => td_string!(locale, templates.placeholder.what_happened).to_string(),
    };
    let mut history = vec![td_string!(locale, templates.letter.history).to_string()];
    history.extend(
        timeline(case)
            .iter()
            .filter(|event| event.field != "evidence.captured_on")
            .map(|event| {
                format!(
                    "- {}: {}",
                    long_date(locale, event.date),
                    super::case::event(locale, event)
                )
            }),
    );
    let mut attached = vec![td_string!(locale, templates.letter.attached).to_string()];
    attached.extend(case.evidence.iter().map(|item| {
        let kind = super::labels::evidence_kind(locale, item.kind);
        match item
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            Some(note) => format!("- {kind}: {note}"),
            None => format!("- {kind}"),
        }
    }));
    attached.push(format!(
        "- {}",
        td_string!(locale, templates.placeholder.attachments)
    ));
    let ask = if route == RouteKind::PaypalDispute {
        td_string!(locale, templates.letter.ask_paypal)
    } else {
        td_string!(locale, templates.letter.ask_bank)
    };
    paragraphs([
        subject,
        td_string!(locale, templates.greeting).to_string(),
        payment,
        what_happened,
        history.join("\n"),
        attached.join("\n"),
        ask.to_string(),
        format!(
            "{}\n{}",
            td_string!(locale, templates.letter.regards),
            td_string!(locale, templates.placeholder.name)
        ),
    ])
}

/// What the messages say about the order, each part already in words or a
/// placeholder.
struct Details {
    order_number: String,
    item: String,
    store: String,
    ordered_on: String,
    delivered_on: String,
    opened_on: String,
    amount: String,
}

impl Details {
    fn new(locale: Locale, case: Option<&Case>) -> Self {
        let text = |field: fn(&Case) -> Option<&String>, placeholder: &str| {
            case.and_then(field)
                .map(|value| value.trim())
                .filter(|value| !value.is_empty())
                .unwrap_or(placeholder)
                .to_string()
        };
        let date = |field: fn(&Case) -> Option<NaiveDate>, placeholder: &str| {
            case.and_then(field)
                .map(|day| long_date(locale, day))
                .unwrap_or_else(|| placeholder.to_string())
        };
        Details {
            order_number: text(
                |case| case.order_number.as_ref(),
                td_string!(locale, templates.placeholder.order_number),
            ),
            item: text(
                |case| case.item.as_ref(),
                td_string!(locale, templates.placeholder.item),
            ),
            store: text(
                |case| case.store.as_ref(),
                td_string!(locale, templates.placeholder.store),
            ),
            ordered_on: date(
                |case| case.ordered_on,
                td_string!(locale, templates.placeholder.ordered_on),
            ),
            delivered_on: date(
                |case| case.delivered_on,
                td_string!(locale, templates.placeholder.delivered_on),
            ),
            opened_on: date(
                |case| case.dispute.as_ref().and_then(|dispute| dispute.opened_on),
                td_string!(locale, templates.placeholder.opened_on),
            ),
            amount: case
                .and_then(|case| case.price.as_ref())
                .and_then(|price| amount(locale, price))
                .unwrap_or_else(|| td_string!(locale, templates.placeholder.amount).to_string()),
        }
    }
}

/// "12.99 EUR", with the decimal comma in Spanish; nothing when the case
/// holds no amount.
fn amount(locale: Locale, price: &Price) -> Option<String> {
    let number = price.amount.trim();
    if number.is_empty() {
        return None;
    }
    let number = match locale {
        Locale::es => number.replace('.', ","),
        Locale::en => number.to_string(),
    };
    Some(
        format!("{number} {}", price.currency.trim())
            .trim()
            .to_string(),
    )
}

fn order_sentence(locale: Locale, details: &Details) -> String {
    td_string!(
        locale,
        templates.order,
        order_number = details.order_number.clone(),
        item = details.item.clone(),
        store = details.store.clone(),
        ordered_on = details.ordered_on.clone()
    )
}

/// What went wrong, in one sentence; the parts only the buyer can describe
/// stay placeholders even in a filled message.
fn ground_sentence(locale: Locale, ground: Problem, details: &Details) -> String {
    let delivered_on = details.delivered_on.clone();
    match ground {
        Problem::NotReceived => td_string!(locale, templates.ground.not_received).to_string(),
        Problem::NotAsDescribed => td_string!(
            locale,
            templates.ground.not_as_described,
            delivered_on = delivered_on,
            difference = td_string!(locale, templates.placeholder.difference)
        ),
        Problem::Quality => td_string!(
            locale,
            templates.ground.quality,
            delivered_on = delivered_on,
            fault = td_string!(locale, templates.placeholder.fault)
        ),
        Problem::Counterfeit => td_string!(
            locale,
            templates.ground.counterfeit,
            delivered_on = delivered_on,
            not_genuine = td_string!(locale, templates.placeholder.not_genuine)
        ),
        Problem::Damaged => td_string!(
            locale,
            templates.ground.damaged,
            delivered_on = delivered_on,
            damage = td_string!(locale, templates.placeholder.damage)
        ),
        Problem::WrongDeliveryMethod => td_string!(
            locale,
            templates.ground.wrong_delivery_method,
            delivered_on = delivered_on,
            method = td_string!(locale, templates.placeholder.method)
        ),
        Problem::WrongQuantity => td_string!(
            locale,
            templates.ground.wrong_quantity,
            delivered_on = delivered_on,
            ordered_count = td_string!(locale, templates.placeholder.ordered_count),
            received_count = td_string!(locale, templates.placeholder.received_count)
        ),
        Problem::OrderedByMistake => {
            td_string!(locale, templates.ground.ordered_by_mistake).to_string()
        }
        Problem::CheaperElsewhere => {
            td_string!(locale, templates.ground.cheaper_elsewhere).to_string()
        }
        Problem::NoLongerNeeded => {
            td_string!(locale, templates.ground.no_longer_needed).to_string()
        }
    }
}

/// The remedy asked of the seller: a refund for what never came, a refund or
/// a return at the seller's cost for a faulty item (R3), the missing part for
/// a short delivery, cancellation or a return for a change of mind (D9).
fn seller_ask(locale: Locale, ground: Problem, details: &Details) -> String {
    let amount = details.amount.clone();
    match ground {
        Problem::NotReceived => td_string!(locale, templates.ask.not_received, amount = amount),
        Problem::WrongQuantity => {
            td_string!(locale, templates.ask.wrong_quantity, amount = amount)
        }
        ground if ground.is_change_of_mind() => {
            td_string!(locale, templates.ask.change_of_mind, amount = amount)
        }
        _ => td_string!(locale, templates.ask.received, amount = amount),
    }
}

fn paragraphs<const N: usize>(parts: [String; N]) -> String {
    parts.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ground_has_its_own_sentence_and_a_remedy() {
        for locale in [Locale::en, Locale::es] {
            let sentences: std::collections::BTreeSet<String> = Problem::ALL
                .iter()
                .map(|&ground| ground_sentence(locale, ground, &Details::new(locale, None)))
                .collect();
            assert_eq!(sentences.len(), Problem::ALL.len());
            for &ground in Problem::ALL {
                let message = seller_message(locale, ground, None);
                assert!(message.contains('?'), "no question asked: {message}");
            }
        }
    }
}
