//! AliExpress's own words (its buttons, order statuses and refund stages) as
//! the buyer sees them in each language: the one table every quoted label of
//! the app comes from, mirroring "AliExpress's own words" in DOMAIN.md with
//! its confidence.

use super::Locale;
use crate::domain::Confidence;

/// A button, status or stage on AliExpress's pages that the texts name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AliButton {
    MyOrders,
    ViewDetails,
    OrderDetails,
    /// The newer name of the dispute button (2024–2026 help pages): a
    /// return/refund request, followed under this section.
    ReturnsRefunds,
    /// The older name of the dispute button.
    OpenDispute,
    BuyerProtection,
    RefundOnly,
    FreeReturn,
    FullRefund,
    PartialRefund,
    ReturnAndRefund,
    ContactSeller,
    ConfirmReceipt,
    CancelOrder,
    AwaitingShipment,
    AwaitingDelivery,
    RefundWaiting,
    RefundProcessing,
    RefundMade,
}

/// One row of the table: the words in English and in Spanish, and how sure
/// the reference is that AliExpress shows them exactly so.
#[derive(Debug, Clone, Copy)]
pub struct AliWord {
    pub button: AliButton,
    pub en: &'static str,
    pub es: &'static str,
    pub confidence: Confidence,
}

const fn word(button: AliButton, en: &'static str, es: &'static str, c: Confidence) -> AliWord {
    AliWord {
        button,
        en,
        es,
        confidence: c,
    }
}

use Confidence::{High as H, Low as L, Medium as M};

/// Every label of AliExpress's interface that a text of the app quotes.
/// A native test (`tests/texts.rs`) fails when a locale text quotes
/// anything else in «…» or “…”.
pub const ALIEXPRESS_WORDS: &[AliWord] = &[
    word(AliButton::MyOrders, "My Orders", "Mis pedidos", H),
    word(AliButton::ViewDetails, "View details", "Ver detalles", H),
    word(
        AliButton::OrderDetails,
        "Order details",
        "Detalles del pedido",
        H,
    ),
    // The dispute button changed its name: both are named, the newer first.
    word(
        AliButton::ReturnsRefunds,
        "Returns/refunds",
        "Reembolsos y devoluciones",
        M,
    ),
    word(AliButton::OpenDispute, "Open Dispute", "Abrir disputa", M),
    word(
        AliButton::BuyerProtection,
        "Buyer Protection",
        "Protección al comprador",
        H,
    ),
    word(AliButton::RefundOnly, "Refund only", "Solo reembolso", H),
    word(
        AliButton::FreeReturn,
        "Free return",
        "Devolución gratuita",
        H,
    ),
    word(AliButton::FullRefund, "Full refund", "Reembolso total", H),
    word(
        AliButton::PartialRefund,
        "Partial refund",
        "Reembolso parcial",
        H,
    ),
    word(
        AliButton::ReturnAndRefund,
        "Return & refund",
        "Devolución y reembolso",
        M,
    ),
    word(
        AliButton::ContactSeller,
        "Contact seller",
        "Contactar al vendedor",
        M,
    ),
    word(
        AliButton::ConfirmReceipt,
        "Confirm receipt",
        "Confirmar recepción",
        M,
    ),
    word(AliButton::CancelOrder, "Cancel order", "Cancelar pedido", M),
    word(
        AliButton::AwaitingShipment,
        "Awaiting shipment",
        "Esperando envío",
        L,
    ),
    word(
        AliButton::AwaitingDelivery,
        "Awaiting delivery",
        "Esperando entrega",
        L,
    ),
    // The refund tracker's three stages (F1): the disputes guide's words,
    // not checked against the live site.
    word(
        AliButton::RefundWaiting,
        "Waiting for the refund",
        "Esperando el reembolso",
        L,
    ),
    word(
        AliButton::RefundProcessing,
        "Refund being processed",
        "Reembolso en proceso",
        L,
    ),
    word(
        AliButton::RefundMade,
        "Refund made",
        "Reembolso realizado",
        L,
    ),
];

impl AliButton {
    pub const ALL: &'static [AliButton] = &[
        AliButton::MyOrders,
        AliButton::ViewDetails,
        AliButton::OrderDetails,
        AliButton::ReturnsRefunds,
        AliButton::OpenDispute,
        AliButton::BuyerProtection,
        AliButton::RefundOnly,
        AliButton::FreeReturn,
        AliButton::FullRefund,
        AliButton::PartialRefund,
        AliButton::ReturnAndRefund,
        AliButton::ContactSeller,
        AliButton::ConfirmReceipt,
        AliButton::CancelOrder,
        AliButton::AwaitingShipment,
        AliButton::AwaitingDelivery,
        AliButton::RefundWaiting,
        AliButton::RefundProcessing,
        AliButton::RefundMade,
    ];

    fn row(self) -> &'static AliWord {
        ALIEXPRESS_WORDS
            .iter()
            .find(|row| row.button == self)
            .expect("every button has a row in ALIEXPRESS_WORDS")
    }

    /// The label exactly as AliExpress shows it in `locale`.
    pub fn label(self, locale: Locale) -> &'static str {
        let row = self.row();
        match locale {
            Locale::en => row.en,
            Locale::es => row.es,
        }
    }

    /// How sure the reference is that the label reads exactly so; below
    /// high, the page says the wording may differ slightly.
    pub fn confidence(self) -> Confidence {
        self.row().confidence
    }

    /// The label between the quotation marks of `locale`: “…” or «…».
    pub fn quoted(self, locale: Locale) -> String {
        match locale {
            Locale::en => format!("“{}”", self.label(locale)),
            Locale::es => format!("«{}»", self.label(locale)),
        }
    }
}

/// A path of buttons as written in a sentence: «Mis pedidos» → «Ver detalles».
pub fn path(locale: Locale, buttons: &[AliButton]) -> String {
    buttons
        .iter()
        .map(|button| button.quoted(locale))
        .collect::<Vec<_>>()
        .join(" → ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_follow_the_reference_in_both_languages() {
        assert_eq!(AliButton::OpenDispute.label(Locale::en), "Open Dispute");
        assert_eq!(AliButton::OpenDispute.label(Locale::es), "Abrir disputa");
        assert_eq!(
            AliButton::ReturnsRefunds.label(Locale::es),
            "Reembolsos y devoluciones"
        );
        assert_eq!(AliButton::MyOrders.label(Locale::es), "Mis pedidos");
        assert_eq!(
            AliButton::ConfirmReceipt.label(Locale::es),
            "Confirmar recepción"
        );
    }

    #[test]
    fn every_button_has_one_row_with_words_in_both_languages() {
        assert_eq!(ALIEXPRESS_WORDS.len(), AliButton::ALL.len());
        for &button in AliButton::ALL {
            let rows = ALIEXPRESS_WORDS.iter().filter(|r| r.button == button);
            assert_eq!(rows.count(), 1, "{button:?}");
            for locale in [Locale::en, Locale::es] {
                assert!(!button.label(locale).is_empty());
            }
        }
    }

    #[test]
    fn labels_checked_by_fewer_sources_are_marked() {
        assert_eq!(AliButton::MyOrders.confidence(), Confidence::High);
        assert_eq!(AliButton::OpenDispute.confidence(), Confidence::Medium);
        assert_eq!(AliButton::ContactSeller.confidence(), Confidence::Medium);
        assert_eq!(AliButton::AwaitingDelivery.confidence(), Confidence::Low);
    }

    #[test]
    fn a_path_quotes_each_label_in_the_language_s_marks() {
        let buttons = [AliButton::MyOrders, AliButton::ViewDetails];
        assert_eq!(path(Locale::es, &buttons), "«Mis pedidos» → «Ver detalles»");
        assert_eq!(path(Locale::en, &buttons), "“My Orders” → “View details”");
    }
}
