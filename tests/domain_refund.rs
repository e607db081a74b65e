#![cfg(not(target_arch = "wasm32"))]
//! Refund arrival by payment method (F2) in business days that skip
//! Saturdays and Sundays only.

use chrono::{Datelike, NaiveDate, Weekday};
use disputa::domain::{
    add_business_days, days_left, is_business_day, refund_arrival, Alternative, Confidence,
    PaymentMethod, Policy, RefundDestination, RuleId,
};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn business_days_skip_weekends() {
    // 2026-03-06 is a Friday.
    assert_eq!(d("2026-03-06").weekday(), Weekday::Fri);
    assert_eq!(add_business_days(d("2026-03-06"), 0), d("2026-03-06"));
    assert_eq!(add_business_days(d("2026-03-06"), 1), d("2026-03-09"));
    assert_eq!(add_business_days(d("2026-03-06"), 5), d("2026-03-13"));
    assert_eq!(add_business_days(d("2026-03-05"), 1), d("2026-03-06"));
    assert_eq!(add_business_days(d("2026-03-05"), 2), d("2026-03-09"));
}

#[test]
fn counting_from_a_weekend_starts_on_monday() {
    assert_eq!(add_business_days(d("2026-03-07"), 1), d("2026-03-09"));
    assert_eq!(add_business_days(d("2026-03-08"), 1), d("2026-03-09"));
    assert_eq!(add_business_days(d("2026-03-07"), 5), d("2026-03-13"));
    assert_eq!(add_business_days(d("2026-03-08"), 10), d("2026-03-20"));
}

#[test]
fn business_days_agree_with_a_day_by_day_count() {
    let start = d("2026-01-01");
    for offset in 0..21 {
        let from = start + chrono::Days::new(offset);
        for days in 0..40u32 {
            let mut expected = from;
            let mut left = days;
            while left > 0 {
                expected = expected.succ_opt().unwrap();
                if is_business_day(expected) {
                    left -= 1;
                }
            }
            assert_eq!(add_business_days(from, days), expected, "{from} + {days}");
        }
    }
}

#[test]
fn card_refunds_arrive_in_3_to_20_business_days_then_up_to_15_at_the_bank() {
    // Refund completed Friday 2026-03-06.
    let window = refund_arrival(PaymentMethod::Card, d("2026-03-06"), &Policy::default());
    assert_eq!(window.destination, RefundDestination::Card);
    assert_eq!(window.earliest, Some(d("2026-03-11")));
    assert_eq!(window.latest, Some(d("2026-04-03")));
    assert_eq!(window.bank_latest, Some(d("2026-04-24")));
    assert!(window.may_show_purchase_date);
    assert!(!window.to_alipay_balance);
    assert_eq!(
        (window.rule, window.confidence),
        (RuleId::F2, Confidence::Medium)
    );
}

#[test]
fn card_refund_alternatives_shorten_the_window() {
    let policy = Policy::default().with_alternative(Alternative::CardRefund7To10);
    let window = refund_arrival(PaymentMethod::Card, d("2026-03-06"), &policy);
    assert_eq!(window.earliest, Some(d("2026-03-17")));
    assert_eq!(window.latest, Some(d("2026-03-20")));
}

#[test]
fn card_refund_latest_day_edges() {
    let window = refund_arrival(PaymentMethod::Card, d("2026-03-06"), &Policy::default());
    let latest = window.latest.unwrap();
    assert_eq!(days_left(d("2026-04-02"), latest), 1);
    assert_eq!(days_left(d("2026-04-03"), latest), 0);
    assert_eq!(days_left(d("2026-04-04"), latest), -1);
}

#[test]
fn cash_and_transfers_go_to_the_alipay_balance() {
    for method in [
        PaymentMethod::Cash,
        PaymentMethod::BankTransfer,
        PaymentMethod::AlipayBalance,
    ] {
        let window = refund_arrival(method, d("2026-03-06"), &Policy::default());
        assert!(window.to_alipay_balance, "{method}");
        assert_eq!(window.destination, RefundDestination::AlipayBalance);
        assert_eq!(window.earliest, None);
    }
    let paypal = refund_arrival(PaymentMethod::Paypal, d("2026-03-06"), &Policy::default());
    assert_eq!(paypal.destination, RefundDestination::Paypal);
    assert!(!paypal.to_alipay_balance);
    let other = refund_arrival(PaymentMethod::Other, d("2026-03-06"), &Policy::default());
    assert_eq!(other.destination, RefundDestination::PaymentMethodUsed);
}

#[test]
fn arrival_serializes_with_dates_as_text() {
    let window = refund_arrival(PaymentMethod::Card, d("2026-03-06"), &Policy::default());
    let json = serde_json::to_value(window).unwrap();
    assert_eq!(json["earliest"], "2026-03-11");
    assert_eq!(json["destination"], "card");
    assert_eq!(json["rule"], "F2");
}
