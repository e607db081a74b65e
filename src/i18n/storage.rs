//! Storage problems and import errors as sentences in the buyer's language.

use super::{td_string, Locale};
use crate::domain::{Case, CaseFileError, CaseFileErrorKind, Reason};
use crate::storage::codec::{Damage, Expected};
use crate::storage::import::{ImportProblem, ImportProblemKind};
use crate::storage::migrate::MigrationError;
use crate::storage::WriteError;

/// Why a save failed, as the end of a sentence.
pub fn write_error(locale: Locale, error: &WriteError) -> String {
    match error {
        WriteError::Quota => td_string!(locale, storage.write_error.quota).to_string(),
        WriteError::Unavailable => td_string!(locale, storage.write_error.unavailable).to_string(),
        WriteError::NotReadBack => {
            td_string!(locale, storage.write_error.not_read_back).to_string()
        }
        WriteError::Other(name) => td_string!(locale, storage.write_error.other, name = name),
    }
}

/// One problem of damaged stored data, naming the case by its position
/// (from 1) and the field in the buyer's words.
pub fn damage(locale: Locale, damage: &Damage) -> String {
    match damage {
        Damage::InvalidUtf16 { offset } => {
            td_string!(locale, storage.damage.invalid_utf16, offset = offset)
        }
        Damage::NotJson { line, column } => {
            td_string!(
                locale,
                storage.damage.not_json,
                line = line,
                column = column
            )
        }
        Damage::NotAnObject | Damage::WrongFormat { .. } => {
            td_string!(locale, storage.damage.not_disputa).to_string()
        }
        Damage::BadVersion { found: Some(found) } => {
            td_string!(locale, storage.damage.bad_version, found = found)
        }
        Damage::BadVersion { found: None } => {
            td_string!(locale, storage.damage.version_missing).to_string()
        }
        Damage::Migration(MigrationError::NoStep { from }) => {
            td_string!(locale, storage.damage.no_migration, version = from)
        }
        Damage::Migration(MigrationError::Shape { from, path }) => {
            let (case, field) = split_case(path);
            let field = field_name(locale, field);
            let text = td_string!(
                locale,
                storage.damage.migration_shape,
                version = from,
                field = field
            );
            in_case(locale, case, None, text)
        }
        Damage::MissingField { path } => {
            let (case, field) = split_case(path);
            let field = field_name(locale, field);
            let text = td_string!(locale, storage.file.missing_field, field = field);
            in_case(locale, case, None, text)
        }
        Damage::WrongType { path, expected } => {
            let (case, field) = split_case(path);
            let field = field_name(locale, field);
            let expected = expected_text(locale, *expected);
            let text = td_string!(
                locale,
                storage.damage.wrong_type,
                field = field,
                expected = expected
            );
            in_case(locale, case, None, text)
        }
        Damage::RevisionOutOfRange { found } => {
            td_string!(locale, storage.damage.revision, found = found)
        }
        Damage::InvalidTimestamp { path, value } => {
            let (case, field) = split_case(path);
            let text = timestamp_text(locale, field, value);
            in_case(locale, case, None, text)
        }
        Damage::Case(error) => {
            let (case, field) = split_case(&error.path);
            let text = field_error(locale, field, &error.kind);
            in_case(locale, case, None, text)
        }
        Damage::DuplicateId { index, .. } => {
            let text = td_string!(locale, storage.damage.duplicate_id).to_string();
            in_case(locale, Some(*index), None, text)
        }
    }
}

fn expected_text(locale: Locale, expected: Expected) -> &'static str {
    match expected {
        Expected::Text => td_string!(locale, storage.damage.expected_text),
        Expected::List => td_string!(locale, storage.damage.expected_list),
        Expected::Object => td_string!(locale, storage.damage.expected_object),
        Expected::WholeNumber => td_string!(locale, storage.damage.expected_whole_number),
    }
}

/// A problem of a case file, naming its case and field in the buyer's words.
pub fn case_file_error(locale: Locale, error: &CaseFileError) -> String {
    let (case, field) = split_case(&error.path);
    let text = field_error(locale, field, &error.kind);
    in_case(locale, case, None, text)
}

/// The case a path is in (`cases[2].delivered_on` is in the case at index
/// 2), and the path inside it; `None` for a path of the file itself.
fn split_case(path: &str) -> (Option<usize>, &str) {
    let Some(rest) = path.strip_prefix("cases[") else {
        return (None, path);
    };
    let Some((index, inside)) = rest.split_once(']') else {
        return (None, path);
    };
    match index.parse() {
        Ok(index) => (Some(index), inside.trim_start_matches('.')),
        Err(_) => (None, path),
    }
}

/// `text` as a sentence about the case at `index` (shown from 1, with its
/// item's name when known), or on its own when it is about the whole file.
fn in_case(locale: Locale, index: Option<usize>, item: Option<&str>, text: String) -> String {
    let Some(index) = index else {
        return capitalized(&text);
    };
    let position = index + 1;
    match item.map(str::trim).filter(|item| !item.is_empty()) {
        Some(item) => td_string!(
            locale,
            storage.file.case_named,
            position = position,
            name = item,
            problem = text
        ),
        None => td_string!(
            locale,
            storage.file.case_at,
            position = position,
            problem = text
        ),
    }
}

/// `text` with its first letter in capitals, for a sentence that stands on
/// its own (the problem texts start in lower case to follow "Case 2: ").
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A problem of one field; `path` is the field inside a case (or the file),
/// empty for the case or file as a whole. The sentence starts in lower case.
fn field_error(locale: Locale, path: &str, kind: &CaseFileErrorKind) -> String {
    let field = field_name(locale, path);
    match kind {
        CaseFileErrorKind::Syntax { line, column, .. } => {
            td_string!(locale, storage.file.syntax, line = line, column = column)
        }
        CaseFileErrorKind::NotAnObject | CaseFileErrorKind::UnknownFormat { found: Some(_) } => {
            td_string!(locale, storage.file.not_disputa).into()
        }
        CaseFileErrorKind::UnknownFormat { found: None } => {
            td_string!(locale, storage.file.format_missing).into()
        }
        CaseFileErrorKind::UnsupportedVersion { found: Some(found) } => {
            td_string!(locale, storage.file.unsupported_version, found = found)
        }
        CaseFileErrorKind::UnsupportedVersion { found: None } => {
            td_string!(locale, storage.file.version_missing).into()
        }
        CaseFileErrorKind::UnknownVariant { value, expected } => {
            let (shape, _) = shape_of(path);
            let names: Vec<&str> = expected
                .iter()
                .filter_map(|known| value_name(locale, &shape, known))
                .collect();
            if names.is_empty() || names.len() < expected.len() {
                td_string!(
                    locale,
                    storage.file.unknown_value,
                    field = field,
                    value = value
                )
            } else {
                let expected = names.join("; ");
                td_string!(
                    locale,
                    storage.file.unknown_value_of,
                    field = field,
                    value = value,
                    expected = expected
                )
            }
        }
        CaseFileErrorKind::InvalidDate { value } => {
            td_string!(
                locale,
                storage.file.invalid_date,
                field = field,
                value = value
            )
        }
        CaseFileErrorKind::MissingField => {
            td_string!(locale, storage.file.missing_field, field = field)
        }
        CaseFileErrorKind::WrongValue { .. } => {
            td_string!(locale, storage.file.wrong_value, field = field)
        }
        CaseFileErrorKind::Invalid(reason) => reason_text(locale, field, *reason),
    }
}

fn reason_text(locale: Locale, field: String, reason: Reason) -> String {
    match reason {
        Reason::Before(other) => {
            let other = field_name(locale, other);
            td_string!(locale, storage.file.before, field = field, other = other)
        }
        Reason::After(other) => {
            let other = field_name(locale, other);
            td_string!(locale, storage.file.after, field = field, other = other)
        }
        Reason::InFuture => td_string!(locale, storage.file.in_future, field = field),
        Reason::NotPositive => td_string!(locale, storage.file.not_positive, field = field),
        Reason::NotADecimal => td_string!(locale, storage.file.not_a_decimal, field = field),
        Reason::NotCurrencyCode => td_string!(locale, storage.file.not_currency, field = field),
        Reason::NotCountryCode => td_string!(locale, storage.file.not_country, field = field),
        Reason::Empty => td_string!(locale, storage.file.empty, field = field),
        Reason::Missing(other) => {
            let other = field_name(locale, other);
            td_string!(locale, storage.file.missing, field = field, other = other)
        }
        Reason::Contradicts(other) => {
            let other = field_name(locale, other);
            td_string!(
                locale,
                storage.file.contradicts,
                field = field,
                other = other
            )
        }
        Reason::NothingToRefund => td_string!(locale, storage.file.nothing_to_refund).into(),
    }
}

fn timestamp_text(locale: Locale, path: &str, value: &str) -> String {
    let field = field_name(locale, path);
    td_string!(
        locale,
        storage.file.invalid_timestamp,
        field = field,
        value = value
    )
}

/// The shape of a path, with each list position left out, and the first
/// position shown from 1: `evidence[2].kind` is `("evidence[].kind", 3)`.
fn shape_of(path: &str) -> (String, usize) {
    let mut shape = String::with_capacity(path.len());
    let mut position = None;
    let mut rest = path;
    while let Some(open) = rest.find('[') {
        shape.push_str(&rest[..=open]);
        let after = &rest[open + 1..];
        let close = after.find(']').unwrap_or(after.len());
        if position.is_none() {
            position = after[..close].parse::<usize>().ok().map(|i| i + 1);
        }
        rest = &after[close..];
    }
    shape.push_str(rest);
    (shape, position.unwrap_or(1))
}

/// A field of a case, or of the file or stored data, as the buyer reads it
/// ("the delivery date"), from its path (`delivered_on`, `evidence[1].kind`).
/// It starts in lower case, with its article.
pub fn field_name(locale: Locale, path: &str) -> String {
    let (shape, n) = shape_of(path);
    let words = match shape.as_str() {
        "" => td_string!(locale, storage.field.case),
        "cases" => td_string!(locale, storage.field.cases),
        "format" => td_string!(locale, storage.field.format),
        "version" => td_string!(locale, storage.field.version),
        "revision" => td_string!(locale, storage.field.revision),
        "saved_at" => td_string!(locale, storage.field.saved_at),
        "settings" => td_string!(locale, storage.field.settings),
        "id" => td_string!(locale, storage.field.id),
        "order_number" => td_string!(locale, storage.field.order_number),
        "store" => td_string!(locale, storage.field.store),
        "item" => td_string!(locale, storage.field.item),
        "item_category" => td_string!(locale, storage.field.item_category),
        "price" | "price.amount" => td_string!(locale, storage.field.price),
        "price.currency" => td_string!(locale, storage.field.currency),
        "payment_method" => td_string!(locale, storage.field.payment_method),
        "country" => td_string!(locale, storage.field.country),
        "ordered_on" => td_string!(locale, storage.field.ordered_on),
        "shipped_on" => td_string!(locale, storage.field.shipped_on),
        "processing_days" => td_string!(locale, storage.field.processing_days),
        "promised_delivery_days" => td_string!(locale, storage.field.promised_delivery_days),
        "protection_ends_on" => td_string!(locale, storage.field.protection_ends_on),
        "delivery_status" => td_string!(locale, storage.field.delivery_status),
        "delivered_on" => td_string!(locale, storage.field.delivered_on),
        "receipt_confirmed_on" => td_string!(locale, storage.field.receipt_confirmed_on),
        "cancelled_on" => td_string!(locale, storage.field.cancelled_on),
        "problem" => td_string!(locale, storage.field.problem),
        "item_unused" => td_string!(locale, storage.field.item_unused),
        "free_return_offered" => td_string!(locale, storage.field.free_return_offered),
        "contacted_seller_on" => td_string!(locale, storage.field.contacted_seller_on),
        "paypal_dispute_opened_on" => td_string!(locale, storage.field.paypal_dispute_opened_on),
        "paypal_dispute_escalated_on" => {
            td_string!(locale, storage.field.paypal_dispute_escalated_on)
        }
        "paypal_dispute_closed_on" => td_string!(locale, storage.field.paypal_dispute_closed_on),
        "paypal_dispute_outcome" => td_string!(locale, storage.field.paypal_dispute_outcome),
        "chargeback_requested_on" => td_string!(locale, storage.field.chargeback_requested_on),
        "chargeback_closed_on" => td_string!(locale, storage.field.chargeback_closed_on),
        "chargeback_outcome" => td_string!(locale, storage.field.chargeback_outcome),
        "dispute" => td_string!(locale, storage.field.dispute),
        "dispute.opened_on" => td_string!(locale, storage.field.dispute_opened_on),
        "dispute.seller_responded_on" => {
            td_string!(locale, storage.field.dispute_seller_responded_on)
        }
        "dispute.escalated_on" => td_string!(locale, storage.field.dispute_escalated_on),
        "dispute.closed_on" => td_string!(locale, storage.field.dispute_closed_on),
        "dispute.outcome" => td_string!(locale, storage.field.dispute_outcome),
        "dispute.appealed_on" => td_string!(locale, storage.field.dispute_appealed_on),
        "return" => td_string!(locale, storage.field.return_),
        "return.free_return" => td_string!(locale, storage.field.return_free_return),
        "return.shipped_on" => td_string!(locale, storage.field.return_shipped_on),
        "return.tracking" => td_string!(locale, storage.field.return_tracking),
        "refund" => td_string!(locale, storage.field.refund),
        "refund.stage" => td_string!(locale, storage.field.refund_stage),
        "refund.amount" => td_string!(locale, storage.field.refund_amount),
        "refund.updated_on" => td_string!(locale, storage.field.refund_updated_on),
        "evidence" => td_string!(locale, storage.field.evidence),
        "evidence[]" => return td_string!(locale, storage.field.evidence_item, n = n),
        "evidence[].kind" => return td_string!(locale, storage.field.evidence_kind, n = n),
        "evidence[].note" => return td_string!(locale, storage.field.evidence_note, n = n),
        // Validation names an entry's field without its position.
        "evidence.captured_on" | "evidence[].captured_on" => {
            return td_string!(locale, storage.field.evidence_captured_on, n = n)
        }
        "seller_requests" => td_string!(locale, storage.field.seller_requests),
        "seller_requests[]" => return td_string!(locale, storage.field.seller_request, n = n),
        "seller_requests[].kind" => {
            return td_string!(locale, storage.field.seller_request_kind, n = n)
        }
        "seller_requests.on" | "seller_requests[].on" => {
            return td_string!(locale, storage.field.seller_request_on, n = n)
        }
        "notes" => td_string!(locale, storage.field.notes),
        "created_at" => td_string!(locale, storage.field.created_at),
        "updated_at" => td_string!(locale, storage.field.updated_at),
        _ => return td_string!(locale, storage.field.other, name = path),
    };
    words.to_string()
}

/// The buyer's words for `value` of the vocabulary held at `shape`, when
/// it is one of its values.
pub fn value_name(locale: Locale, shape: &str, value: &str) -> Option<&'static str> {
    use crate::domain::{
        DeliveryStatus, EvidenceKind, ItemCategory, Outcome, PaymentMethod, Problem, RefundStage,
        RouteOutcome, SellerRequestKind,
    };
    use crate::i18n::{case, labels};
    Some(match shape {
        "delivery_status" => labels::delivery_status(locale, value.parse::<DeliveryStatus>().ok()?),
        "problem" => labels::problem(locale, value.parse::<Problem>().ok()?),
        "payment_method" => labels::payment_method(locale, value.parse::<PaymentMethod>().ok()?),
        "item_category" => labels::item_category(locale, value.parse::<ItemCategory>().ok()?),
        "dispute.outcome" => labels::outcome(locale, value.parse::<Outcome>().ok()?),
        "paypal_dispute_outcome" | "chargeback_outcome" => {
            labels::route_outcome(locale, value.parse::<RouteOutcome>().ok()?)
        }
        "refund.stage" => labels::refund_stage(locale, value.parse::<RefundStage>().ok()?),
        "evidence[].kind" => labels::evidence_kind(locale, value.parse::<EvidenceKind>().ok()?),
        "seller_requests[].kind" => {
            case::seller_request(locale, value.parse::<SellerRequestKind>().ok()?)
        }
        _ => return None,
    })
}

/// One problem of an imported file, with its case (position from 1, and
/// item's name when known) and its field inside the case.
pub fn import_problem(locale: Locale, problem: &ImportProblem) -> String {
    let inside = |path: &str| -> String {
        match problem.index {
            Some(_) => split_case(path).1.to_string(),
            None => path.to_string(),
        }
    };
    let text = match &problem.kind {
        ImportProblemKind::File(error) => field_error(locale, &inside(&error.path), &error.kind),
        ImportProblemKind::InvalidTimestamp { path, value } => {
            timestamp_text(locale, &inside(path), value)
        }
        ImportProblemKind::DuplicateId => td_string!(locale, storage.file.duplicate_id).into(),
    };
    in_case(locale, problem.index, problem.item.as_deref(), text)
}

/// How a case is named in lists: its item, else its order number, else its id.
pub fn case_name(locale: Locale, case: &Case) -> String {
    let filled = |text: &Option<String>| {
        text.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    };
    if let Some(item) = filled(&case.item) {
        return item;
    }
    match filled(&case.order_number) {
        Some(number) => td_string!(locale, pages.settings.case_order, number = number),
        None => case.id.clone(),
    }
}

/// Why the store refused or did not keep a change, as one sentence.
pub fn store_error(locale: Locale, error: &crate::storage::StoreError) -> String {
    use crate::storage::StoreError;
    match error {
        StoreError::ReadOnly => td_string!(locale, pages.settings.read_only).to_string(),
        StoreError::NoSuchCase => td_string!(locale, case.not_found_body).to_string(),
        StoreError::NotKept(_) => td_string!(locale, pages.settings.not_kept).to_string(),
    }
}
