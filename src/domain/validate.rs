//! Consistency checks on a case, each naming the field and the reason, so
//! that the app can say "delivered_on is before shipped_on" in the buyer's
//! language instead of computing deadlines from impossible dates.

use chrono::NaiveDate;

use super::case::{Case, DeliveryStatus, PaymentMethod};

/// One inconsistency: which field, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invalid {
    /// The field path, like `dispute.opened_on` or `evidence.captured_on`.
    pub field: &'static str,
    /// For a field of a list entry (`evidence`), the entry's position.
    pub index: Option<usize>,
    pub reason: Reason,
}

/// Why a field is inconsistent. Field names inside are paths like `field`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The date is before the date of the named field.
    Before(&'static str),
    /// The date is after the date of the named field, and may not be (S7:
    /// an order is cancelled before it ships).
    After(&'static str),
    /// The date is after today.
    InFuture,
    /// An amount that is zero or negative, or a count that must be positive.
    NotPositive,
    /// An amount not written as a decimal number like `12.99`.
    NotADecimal,
    /// A currency not written as three uppercase letters (`EUR`).
    NotCurrencyCode,
    /// A country not written as two uppercase ASCII letters (`GB`).
    NotCountryCode,
    /// A text that must not be empty.
    Empty,
    /// The field is absent, but the named field needs it.
    Missing(&'static str),
    /// The field is set, but the named field says it cannot be.
    Contradicts(&'static str),
    /// A refund with nothing that refunds: no closed dispute, approved
    /// cancellation or shipped free return (F3).
    NothingToRefund,
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::Before(other) => write!(f, "is before {other}"),
            Reason::After(other) => write!(f, "is after {other}"),
            Reason::InFuture => f.write_str("is after today"),
            Reason::NotPositive => f.write_str("is not a positive amount"),
            Reason::NotADecimal => f.write_str("is not a decimal amount like 12.99"),
            Reason::NotCurrencyCode => {
                f.write_str("is not a three-letter currency code like EUR")
            }
            Reason::NotCountryCode => {
                f.write_str("is not two uppercase letters like ES or GB")
            }
            Reason::Empty => f.write_str("is empty"),
            Reason::Missing(needed_by) => write!(f, "is missing, but {needed_by} needs it"),
            Reason::Contradicts(other) => write!(f, "contradicts {other}"),
            Reason::NothingToRefund => f.write_str(
                "has nothing that refunds: no closed dispute, approved cancellation or shipped free return",
            ),
        }
    }
}

impl Invalid {
    fn new(field: &'static str, reason: Reason) -> Self {
        Invalid {
            field,
            index: None,
            reason,
        }
    }

    /// The field's path with the entry position: `evidence[2].captured_on`.
    pub fn path(&self) -> String {
        match (self.index, self.field.split_once('.')) {
            (Some(index), Some((list, rest))) => format!("{list}[{index}].{rest}"),
            (Some(index), None) => format!("{}[{index}]", self.field),
            (None, _) => self.field.to_string(),
        }
    }
}

impl std::fmt::Display for Invalid {
    /// `delivered_on is before shipped_on`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.path(), self.reason)
    }
}

impl std::error::Error for Invalid {}

/// Every inconsistency of `case` as of `today`, or `Ok` when there is none.
///
/// ```
/// use disputa::domain::{validate, Case, DeliveryStatus, Reason};
/// let mut case = Case::new("a");
/// case.delivery_status = DeliveryStatus::Received;
/// case.shipped_on = "2026-10-03".parse().ok();
/// case.delivered_on = "2026-10-01".parse().ok();
/// let problems = validate(&case, "2026-11-01".parse().unwrap()).unwrap_err();
/// assert_eq!(problems[0].to_string(), "delivered_on is before shipped_on");
/// assert_eq!(problems[0].reason, Reason::Before("shipped_on"));
/// ```
pub fn validate(case: &Case, today: NaiveDate) -> Result<(), Vec<Invalid>> {
    let mut problems = Vec::new();
    check_texts(case, &mut problems);
    check_order_dates(case, &mut problems);
    check_status(case, &mut problems);
    check_dispute(case, &mut problems);
    check_return_and_refund(case, &mut problems);
    check_future(case, today, &mut problems);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Pushes `Before(later_than)` on `field` when both dates are known and
/// `date` comes first.
fn not_before(
    problems: &mut Vec<Invalid>,
    field: &'static str,
    date: Option<NaiveDate>,
    later_than: &'static str,
    earlier: Option<NaiveDate>,
) {
    if let (Some(date), Some(earlier)) = (date, earlier) {
        if date < earlier {
            problems.push(Invalid::new(field, Reason::Before(later_than)));
        }
    }
}

fn check_texts(case: &Case, problems: &mut Vec<Invalid>) {
    if case.id.trim().is_empty() {
        problems.push(Invalid::new("id", Reason::Empty));
    }
    if let Some(country) = &case.country {
        let ok = country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase());
        if !ok {
            problems.push(Invalid::new("country", Reason::NotCountryCode));
        }
    }
    if let Some(price) = &case.price {
        if let Some(reason) = amount_problem(&price.amount) {
            problems.push(Invalid::new("price.amount", reason));
        }
        let ok =
            price.currency.len() == 3 && price.currency.bytes().all(|b| b.is_ascii_uppercase());
        if !ok {
            problems.push(Invalid::new("price.currency", Reason::NotCurrencyCode));
        }
    }
    if let Some(amount) = case.refund.as_ref().and_then(|r| r.amount.as_deref()) {
        if let Some(reason) = amount_problem(amount) {
            problems.push(Invalid::new("refund.amount", reason));
        }
    }
    if case.promised_delivery_days == Some(0) {
        problems.push(Invalid::new("promised_delivery_days", Reason::NotPositive));
    }
}

/// Why `amount` is not a positive decimal like `12.99`, if it is not.
pub fn amount_problem(amount: &str) -> Option<Reason> {
    let unsigned = amount.strip_prefix('-').unwrap_or(amount);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let well_formed = !whole.is_empty()
        && digits(whole)
        && digits(fraction)
        && (!fraction.is_empty() || !unsigned.ends_with('.'));
    if !well_formed {
        return Some(Reason::NotADecimal);
    }
    let zero = unsigned.bytes().all(|b| b == b'0' || b == b'.');
    if amount.starts_with('-') || zero {
        return Some(Reason::NotPositive);
    }
    None
}

/// The first of `candidates` that is known, with its field name: the latest
/// event a date must not precede.
fn latest_known(
    candidates: &[(&'static str, Option<NaiveDate>)],
) -> (&'static str, Option<NaiveDate>) {
    candidates
        .iter()
        .copied()
        .find(|(_, date)| date.is_some())
        .unwrap_or(("", None))
}

fn check_order_dates(case: &Case, problems: &mut Vec<Invalid>) {
    let p = problems;
    let ordered = ("ordered_on", case.ordered_on);
    let shipped = ("shipped_on", case.shipped_on);
    let delivered = ("delivered_on", case.delivered_on);
    not_before(p, "shipped_on", case.shipped_on, ordered.0, ordered.1);
    let (field, date) = latest_known(&[shipped, ordered]);
    not_before(p, "delivered_on", case.delivered_on, field, date);
    let (field, date) = latest_known(&[delivered, shipped, ordered]);
    not_before(
        p,
        "receipt_confirmed_on",
        case.receipt_confirmed_on,
        field,
        date,
    );
    // There is no protection end before shipment (BP2).
    let protection = case.protection_ends_on;
    let (field, date) = latest_known(&[shipped, ordered]);
    not_before(p, "protection_ends_on", protection, field, date);
    not_before(p, "cancelled_on", case.cancelled_on, ordered.0, ordered.1);
    // A cancellation is approved before shipment (D1, S7).
    if let (Some(cancelled), Some(shipped)) = (case.cancelled_on, case.shipped_on) {
        if cancelled > shipped {
            p.push(Invalid::new("cancelled_on", Reason::After("shipped_on")));
        }
    }
    let contacted = case.contacted_seller_on;
    not_before(p, "contacted_seller_on", contacted, ordered.0, ordered.1);
    let paypal = case.paypal_dispute_opened_on;
    not_before(p, "paypal_dispute_opened_on", paypal, ordered.0, ordered.1);
    let paid_by_paypal = case
        .payment_method
        .is_none_or(|m| m == PaymentMethod::Paypal);
    if paypal.is_some() && !paid_by_paypal {
        let reason = Reason::Contradicts("payment_method");
        p.push(Invalid::new("paypal_dispute_opened_on", reason));
    }
    check_outside_routes(case, p);
}

/// The PayPal dispute (O1) and the chargeback (O2): each step after the
/// one before it, an outcome only with its closing day, and a chargeback
/// only on a card payment.
fn check_outside_routes(case: &Case, p: &mut Vec<Invalid>) {
    let opened = ("paypal_dispute_opened_on", case.paypal_dispute_opened_on);
    let escalated = (
        "paypal_dispute_escalated_on",
        case.paypal_dispute_escalated_on,
    );
    let closed = ("paypal_dispute_closed_on", case.paypal_dispute_closed_on);
    let outcome = ("paypal_dispute_outcome", case.paypal_dispute_outcome);
    let requested = ("chargeback_requested_on", case.chargeback_requested_on);
    let decided = ("chargeback_closed_on", case.chargeback_closed_on);
    let verdict = ("chargeback_outcome", case.chargeback_outcome);
    for (field, date) in [escalated, closed] {
        if date.is_some() && opened.1.is_none() {
            p.push(Invalid::new(field, Reason::Missing(opened.0)));
        }
    }
    not_before(p, escalated.0, escalated.1, opened.0, opened.1);
    let (field, date) = latest_known(&[escalated, opened]);
    not_before(p, closed.0, closed.1, field, date);
    if outcome.1.is_some() && closed.1.is_none() {
        p.push(Invalid::new(outcome.0, Reason::Missing(closed.0)));
    }
    let ordered = ("ordered_on", case.ordered_on);
    not_before(p, requested.0, requested.1, ordered.0, ordered.1);
    if decided.1.is_some() && requested.1.is_none() {
        p.push(Invalid::new(decided.0, Reason::Missing(requested.0)));
    }
    not_before(p, decided.0, decided.1, requested.0, requested.1);
    if verdict.1.is_some() && decided.1.is_none() {
        p.push(Invalid::new(verdict.0, Reason::Missing(decided.0)));
    }
    let paid_by_card = case.payment_method.is_none_or(|m| m == PaymentMethod::Card);
    if requested.1.is_some() && !paid_by_card {
        let reason = Reason::Contradicts("payment_method");
        p.push(Invalid::new(requested.0, reason));
    }
}

fn check_status(case: &Case, problems: &mut Vec<Invalid>) {
    match case.delivery_status {
        DeliveryStatus::AwaitingShipment => {
            if case.shipped_on.is_some() {
                problems.push(Invalid::new(
                    "shipped_on",
                    Reason::Contradicts("delivery_status"),
                ));
            }
            if case.delivered_on.is_some() {
                problems.push(Invalid::new(
                    "delivered_on",
                    Reason::Contradicts("delivery_status"),
                ));
            }
            if case.receipt_confirmed_on.is_some() {
                let reason = Reason::Contradicts("delivery_status");
                problems.push(Invalid::new("receipt_confirmed_on", reason));
            }
        }
        DeliveryStatus::InTransit => {
            if case.delivered_on.is_some() {
                problems.push(Invalid::new(
                    "delivered_on",
                    Reason::Contradicts("delivery_status"),
                ));
            }
        }
        DeliveryStatus::MarkedDelivered | DeliveryStatus::Received => {
            if case.shipped_on.is_none() {
                problems.push(Invalid::new(
                    "shipped_on",
                    Reason::Missing("delivery_status"),
                ));
            }
        }
    }
}

fn check_dispute(case: &Case, problems: &mut Vec<Invalid>) {
    let Some(dispute) = &case.dispute else {
        return;
    };
    let p = problems;
    let opened = dispute.opened_on;
    if opened.is_none() {
        p.push(Invalid::new(
            "dispute.opened_on",
            Reason::Missing("dispute"),
        ));
    }
    if case.delivery_status == DeliveryStatus::AwaitingShipment {
        p.push(Invalid::new(
            "dispute.opened_on",
            Reason::Contradicts("delivery_status"),
        ));
    }
    let (field, date) = latest_known(&[
        ("shipped_on", case.shipped_on),
        ("ordered_on", case.ordered_on),
    ]);
    not_before(p, "dispute.opened_on", opened, field, date);
    let responded = dispute.seller_responded_on;
    not_before(
        p,
        "dispute.seller_responded_on",
        responded,
        "dispute.opened_on",
        opened,
    );
    let escalated = dispute.escalated_on;
    not_before(
        p,
        "dispute.escalated_on",
        escalated,
        "dispute.opened_on",
        opened,
    );
    let closed = dispute.closed_on;
    not_before(p, "dispute.closed_on", closed, "dispute.opened_on", opened);
    not_before(
        p,
        "dispute.closed_on",
        closed,
        "dispute.escalated_on",
        escalated,
    );
    let appealed = dispute.appealed_on;
    not_before(
        p,
        "dispute.appealed_on",
        appealed,
        "dispute.opened_on",
        opened,
    );
    not_before(
        p,
        "dispute.closed_on",
        closed,
        "dispute.appealed_on",
        appealed,
    );
    if dispute.outcome.is_some() && closed.is_none() {
        p.push(Invalid::new(
            "dispute.closed_on",
            Reason::Missing("dispute.outcome"),
        ));
    }
}

fn check_return_and_refund(case: &Case, problems: &mut Vec<Invalid>) {
    if let Some(shipped) = case.return_.as_ref().and_then(|r| r.shipped_on) {
        if case.delivery_status != DeliveryStatus::Received {
            let reason = Reason::Contradicts("delivery_status");
            problems.push(Invalid::new("return.shipped_on", reason));
        }
        not_before(
            problems,
            "return.shipped_on",
            Some(shipped),
            "delivered_on",
            case.delivered_on,
        );
    }
    if case.refund.is_some() && !has_refund_source(case) {
        problems.push(Invalid::new("refund", Reason::NothingToRefund));
    }
}

/// Whether something in the case sends money back: a closed dispute that did
/// not end without refund, an approved cancellation, or a shipped free
/// return (F1, F3).
pub fn has_refund_source(case: &Case) -> bool {
    let dispute_refunds = case.dispute.as_ref().is_some_and(|d| {
        d.closed_on.is_some() && d.outcome.is_none_or(|outcome| outcome.refunds())
    });
    dispute_refunds || case.cancelled_on.is_some() || case.free_return_shipped()
}

fn check_future(case: &Case, today: NaiveDate, problems: &mut Vec<Invalid>) {
    let dispute = case.dispute.as_ref();
    let of_dispute = |date: fn(&super::case::Dispute) -> Option<NaiveDate>| dispute.and_then(date);
    let dated: [(&'static str, Option<NaiveDate>); 18] = [
        ("ordered_on", case.ordered_on),
        ("shipped_on", case.shipped_on),
        ("delivered_on", case.delivered_on),
        ("receipt_confirmed_on", case.receipt_confirmed_on),
        ("cancelled_on", case.cancelled_on),
        ("contacted_seller_on", case.contacted_seller_on),
        ("paypal_dispute_opened_on", case.paypal_dispute_opened_on),
        (
            "paypal_dispute_escalated_on",
            case.paypal_dispute_escalated_on,
        ),
        ("paypal_dispute_closed_on", case.paypal_dispute_closed_on),
        ("chargeback_requested_on", case.chargeback_requested_on),
        ("chargeback_closed_on", case.chargeback_closed_on),
        ("dispute.opened_on", of_dispute(|d| d.opened_on)),
        (
            "dispute.seller_responded_on",
            of_dispute(|d| d.seller_responded_on),
        ),
        ("dispute.escalated_on", of_dispute(|d| d.escalated_on)),
        ("dispute.closed_on", of_dispute(|d| d.closed_on)),
        ("dispute.appealed_on", of_dispute(|d| d.appealed_on)),
        (
            "return.shipped_on",
            case.return_.as_ref().and_then(|r| r.shipped_on),
        ),
        (
            "refund.updated_on",
            case.refund.as_ref().and_then(|r| r.updated_on),
        ),
    ];
    for (field, date) in dated {
        if date.is_some_and(|date| date > today) {
            problems.push(Invalid::new(field, Reason::InFuture));
        }
    }
    for (index, evidence) in case.evidence.iter().enumerate() {
        if evidence.captured_on.is_some_and(|date| date > today) {
            problems.push(Invalid {
                field: "evidence.captured_on",
                index: Some(index),
                reason: Reason::InFuture,
            });
        }
    }
    for (index, request) in case.seller_requests.iter().enumerate() {
        if request.on.is_some_and(|date| date > today) {
            problems.push(Invalid {
                field: "seller_requests.on",
                index: Some(index),
                reason: Reason::InFuture,
            });
        }
    }
}
