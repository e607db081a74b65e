//! AliExpress's own button labels, as the buyer sees them in each language,
//! and how sure the domain reference is of each wording.

use super::{td_string, Locale};
use crate::domain::Confidence;

/// A button or label on AliExpress's pages that the instructions name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AliButton {
    MyOrders,
    ViewDetails,
    OpenDispute,
    RefundOnly,
    ReturnAndRefund,
    FullRefund,
    PartialRefund,
    ContactSeller,
    ConfirmReceipt,
    CancelOrder,
    FreeReturn,
}

impl AliButton {
    pub const ALL: &'static [AliButton] = &[
        AliButton::MyOrders,
        AliButton::ViewDetails,
        AliButton::OpenDispute,
        AliButton::RefundOnly,
        AliButton::ReturnAndRefund,
        AliButton::FullRefund,
        AliButton::PartialRefund,
        AliButton::ContactSeller,
        AliButton::ConfirmReceipt,
        AliButton::CancelOrder,
        AliButton::FreeReturn,
    ];

    /// The label exactly as AliExpress shows it in `locale`.
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            AliButton::MyOrders => td_string!(locale, filing.button.my_orders),
            AliButton::ViewDetails => td_string!(locale, filing.button.view_details),
            AliButton::OpenDispute => td_string!(locale, filing.button.open_dispute),
            AliButton::RefundOnly => td_string!(locale, filing.button.refund_only),
            AliButton::ReturnAndRefund => td_string!(locale, filing.button.return_and_refund),
            AliButton::FullRefund => td_string!(locale, filing.button.full_refund),
            AliButton::PartialRefund => td_string!(locale, filing.button.partial_refund),
            AliButton::ContactSeller => td_string!(locale, filing.button.contact_seller),
            AliButton::ConfirmReceipt => td_string!(locale, filing.button.confirm_receipt),
            AliButton::CancelOrder => td_string!(locale, filing.button.cancel_order),
            AliButton::FreeReturn => td_string!(locale, filing.button.free_return),
        }
    }

    /// How sure the reference is that the label reads exactly so (the
    /// table "AliExpress's own words" of the domain reference); below high,
    /// the page says the wording may differ slightly.
    pub fn confidence(self) -> Confidence {
        match self {
            AliButton::MyOrders
            | AliButton::ViewDetails
            | AliButton::OpenDispute
            | AliButton::RefundOnly
            | AliButton::FullRefund
            | AliButton::PartialRefund
            | AliButton::FreeReturn => Confidence::High,
            AliButton::ReturnAndRefund
            | AliButton::ContactSeller
            | AliButton::ConfirmReceipt
            | AliButton::CancelOrder => Confidence::Medium,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_follow_the_reference_in_both_languages() {
        assert_eq!(AliButton::OpenDispute.label(Locale::en), "Open Dispute");
        assert_eq!(AliButton::OpenDispute.label(Locale::es), "Abrir disputa");
        assert_eq!(AliButton::MyOrders.label(Locale::es), "Mis pedidos");
        assert_eq!(
            AliButton::ConfirmReceipt.label(Locale::es),
            "Confirmar recepción"
        );
    }

    #[test]
    fn labels_checked_by_fewer_sources_are_marked() {
        assert_eq!(AliButton::OpenDispute.confidence(), Confidence::High);
        assert_eq!(AliButton::ContactSeller.confidence(), Confidence::Medium);
        for &button in AliButton::ALL {
            for locale in [Locale::en, Locale::es] {
                assert!(!button.label(locale).is_empty());
            }
        }
    }
}
