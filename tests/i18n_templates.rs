//! The seller messages and letters, in both languages, from a case's facts.

use chrono::NaiveDate;
use disputa::domain::{Case, DeliveryStatus, Dispute, Price, Problem};
use disputa::i18n::dates::long_date;
use disputa::i18n::templates::*;
use disputa::i18n::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn case(problem: Problem) -> Case {
    let mut case: Case =
        serde_json::from_str(r#"{"id": "order-1", "delivery_status": "received"}"#).unwrap();
    case.order_number = Some("8123456789012345".into());
    case.item = Some("USB-C cable, 2 m".into());
    case.store = Some("Example Store".into());
    case.price = Some(Price {
        amount: "12.99".into(),
        currency: "EUR".into(),
    });
    case.ordered_on = Some(day("2026-10-01"));
    case.delivered_on = Some(day("2026-10-20"));
    case.delivery_status = DeliveryStatus::Received;
    case.problem = Some(problem);
    case.dispute = Some(Dispute {
        opened_on: Some(day("2026-10-22")),
        ..Dispute::default()
    });
    case
}

fn all_messages(locale: Locale, ground: Problem, case: Option<&Case>) -> [String; 3] {
    [
        seller_message(locale, ground, case),
        escalation_message(locale, ground, case),
        refusal_message(locale, case),
    ]
}

const LOCALES: [Locale; 2] = [Locale::en, Locale::es];

#[test]
fn filled_messages_carry_the_case_details_for_every_ground_and_language() {
    for locale in LOCALES {
        for &ground in Problem::ALL {
            let filled = case(ground);
            let seller = seller_message(locale, ground, Some(&filled));
            for part in ["8123456789012345", "USB-C cable, 2 m", "Example Store"] {
                assert!(seller.contains(part), "{locale:?} {ground:?}: {seller}");
            }
            let ordered = long_date(locale, day("2026-10-01"));
            assert!(seller.contains(&ordered), "{seller}");
            for placeholder in [
                td_string!(locale, templates.placeholder.order_number),
                td_string!(locale, templates.placeholder.item),
                td_string!(locale, templates.placeholder.store),
                td_string!(locale, templates.placeholder.ordered_on),
                td_string!(locale, templates.placeholder.delivered_on),
                td_string!(locale, templates.placeholder.amount),
            ] {
                assert!(!seller.contains(placeholder), "{ground:?}: {seller}");
            }
            let escalation = escalation_message(locale, ground, Some(&filled));
            assert!(escalation.contains(&long_date(locale, day("2026-10-22"))));
            assert!(escalation.contains("8123456789012345"));
        }
    }
}

#[test]
fn amounts_use_the_decimal_mark_of_the_language() {
    let filled = case(Problem::Damaged);
    let en = seller_message(Locale::en, Problem::Damaged, Some(&filled));
    let es = seller_message(Locale::es, Problem::Damaged, Some(&filled));
    assert!(en.contains("12.99 EUR"), "{en}");
    assert!(es.contains("12,99 EUR"), "{es}");
}

#[test]
fn received_item_messages_give_the_delivery_date_and_offer_photos() {
    for locale in LOCALES {
        let delivered = long_date(locale, day("2026-10-20"));
        for &ground in Problem::ALL {
            let seller = seller_message(locale, ground, Some(&case(ground)));
            let photos = td_string!(locale, templates.photos);
            assert_eq!(
                seller.contains(&delivered),
                ground.is_about_received_item(),
                "{ground:?}: {seller}"
            );
            assert_eq!(seller.contains(photos), ground.is_about_received_item());
        }
    }
}

#[test]
fn unfilled_messages_show_placeholders_in_the_language() {
    let en = seller_message(Locale::en, Problem::NotReceived, None);
    assert_eq!(
        en,
        "Hello,\n\n\
         I am writing about my order [order number] ([item]), placed in your store \
         [store name] on [order date].\n\n\
         I have not received it yet.\n\n\
         Could you tell me where the parcel is? If it is not going to arrive, I would like \
         a full refund of [amount paid] through AliExpress.\n\n\
         I would rather settle this here on AliExpress. Thanks in advance."
    );
    let es = seller_message(Locale::es, Problem::Damaged, None);
    assert!(es.starts_with("Hola:\n\nLe escribo por mi pedido [número de pedido]"));
    assert!(es.contains("Llegó dañado el [fecha de entrega]: [qué está dañado]."));
    assert!(es.contains("reembolso total de [importe pagado]"));
}

#[test]
fn every_unfilled_message_names_the_order_placeholder_in_both_languages() {
    for locale in LOCALES {
        let order = td_string!(locale, templates.placeholder.order_number);
        for &ground in Problem::ALL {
            for message in all_messages(locale, ground, None) {
                assert!(message.contains(order), "{locale:?} {ground:?}: {message}");
                assert!(!message.contains("{{"), "{message}");
            }
        }
    }
}

#[test]
fn blank_case_fields_count_as_unknown() {
    let mut blank = case(Problem::Quality);
    blank.order_number = Some("  ".into());
    blank.price = Some(Price {
        amount: String::new(),
        currency: "EUR".into(),
    });
    let message = seller_message(Locale::en, Problem::Quality, Some(&blank));
    assert!(message.contains("order [order number]"), "{message}");
    assert!(message.contains("[amount paid]"), "{message}");
}

#[test]
fn change_of_mind_asks_to_cancel_or_return_not_for_a_refund_outright() {
    let message = seller_message(Locale::en, Problem::NoLongerNeeded, None);
    assert!(message.contains("cancel the order"), "{message}");
    let escalation = escalation_message(Locale::en, Problem::NoLongerNeeded, None);
    assert!(
        escalation.contains("after I return the item"),
        "{escalation}"
    );
}

#[test]
fn refusal_names_each_request_it_refuses_and_stays_on_aliexpress() {
    let en = refusal_message(Locale::en, Some(&case(Problem::Damaged)));
    for part in [
        "confirm receipt",
        "cancel the dispute",
        "extend the buyer protection",
        "pay outside AliExpress",
        "8123456789012345",
        "12.99 EUR",
    ] {
        assert!(en.contains(part), "{part}: {en}");
    }
    let es = refusal_message(Locale::es, None);
    assert!(es.contains("No voy a confirmar la recepción"), "{es}");
    assert!(es.contains("[número de pedido]"), "{es}");
}

#[test]
fn escalation_lists_the_evidence_that_fits_the_ground() {
    let missing = escalation_message(Locale::en, Problem::NotReceived, None);
    assert!(missing.contains("tracking page"), "{missing}");
    let damaged = escalation_message(Locale::en, Problem::Damaged, None);
    assert!(damaged.contains("photos of the item"), "{damaged}");
}

#[test]
fn route_letters_carry_the_payment_the_history_and_the_evidence() {
    use disputa::domain::{Evidence, EvidenceKind, Outcome, RouteKind};
    let mut filled = case(Problem::Damaged);
    if let Some(dispute) = filled.dispute.as_mut() {
        dispute.closed_on = Some(day("2026-10-30"));
        dispute.outcome = Some(Outcome::Rejected);
    }
    filled.evidence.push(Evidence {
        kind: EvidenceKind::Photo,
        note: Some("cracked housing".into()),
        captured_on: Some(day("2026-10-20")),
    });
    for locale in LOCALES {
        for route in [RouteKind::PaypalDispute, RouteKind::Chargeback] {
            let letter = route_letter(locale, route, &filled);
            for part in [
                "8123456789012345",
                "USB-C cable, 2 m",
                "Example Store",
                "cracked housing",
                &long_date(locale, day("2026-10-22")),
                disputa::i18n::labels::outcome(locale, Outcome::Rejected),
            ] {
                assert!(
                    letter.contains(part),
                    "{locale:?} {route:?}: {part} in {letter}"
                );
            }
            let amount = if locale == Locale::es {
                "12,99 EUR"
            } else {
                "12.99 EUR"
            };
            assert!(letter.contains(amount), "{letter}");
            let order_placeholder = td_string!(locale, templates.placeholder.order_number);
            assert!(!letter.contains(order_placeholder), "{letter}");
        }
    }
    let bank = route_letter(Locale::es, RouteKind::Chargeback, &filled);
    assert!(bank.contains("contracargo"), "{bank}");
    let empty = route_letter(Locale::en, RouteKind::PaypalDispute, &Case::new("x"));
    assert!(empty.contains("[order number]"), "{empty}");
    assert!(
        empty.contains("[what went wrong with the order]"),
        "{empty}"
    );
}
