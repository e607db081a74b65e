//! Storage problems and import errors as sentences in the buyer's language.

use super::{td_string, Locale};
use crate::domain::{Case, CaseFileError, CaseFileErrorKind, Reason};
use crate::storage::codec::{Damage, Expected, MigrationError};
use crate::storage::import::{ImportProblem, ImportProblemKind};
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

/// One problem of damaged stored data.
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
        Damage::NotAnObject => td_string!(locale, storage.damage.not_an_object).to_string(),
        Damage::WrongFormat { found: Some(found) } => {
            td_string!(locale, storage.damage.wrong_format, found = found)
        }
        Damage::WrongFormat { found: None } => {
            td_string!(locale, storage.damage.format_missing).to_string()
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
            td_string!(
                locale,
                storage.damage.migration_shape,
                version = from,
                field = path
            )
        }
        Damage::MissingField { path } => {
            td_string!(locale, storage.damage.missing_field, field = path)
        }
        Damage::WrongType { path, expected } => {
            let expected = expected_text(locale, *expected);
            td_string!(
                locale,
                storage.damage.wrong_type,
                field = path,
                expected = expected
            )
        }
        Damage::RevisionOutOfRange { found } => {
            td_string!(locale, storage.damage.revision, found = found)
        }
        Damage::InvalidTimestamp { path, value } => {
            td_string!(
                locale,
                storage.damage.invalid_timestamp,
                field = path,
                value = value
            )
        }
        Damage::Case(error) => case_file_error(locale, error),
        Damage::DuplicateId { id, index } => {
            td_string!(locale, storage.damage.duplicate_id, index = index, id = id)
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

/// A problem of a case file, naming its field as written in the file.
pub fn case_file_error(locale: Locale, error: &CaseFileError) -> String {
    field_error(locale, &error.path, &error.kind)
}

/// A problem of one field; `field` is its path, empty for the whole file.
fn field_error(locale: Locale, field: &str, kind: &CaseFileErrorKind) -> String {
    let field = if field.is_empty() {
        td_string!(locale, storage.file.whole)
    } else {
        field
    };
    match kind {
        CaseFileErrorKind::Syntax { line, column, .. } => {
            td_string!(locale, storage.file.syntax, line = line, column = column)
        }
        CaseFileErrorKind::NotAnObject => td_string!(locale, storage.file.not_an_object).into(),
        CaseFileErrorKind::UnknownFormat { found: Some(found) } => {
            td_string!(
                locale,
                storage.file.unknown_format,
                field = field,
                found = found
            )
        }
        CaseFileErrorKind::UnknownFormat { found: None } => {
            td_string!(locale, storage.file.format_missing, field = field)
        }
        CaseFileErrorKind::UnsupportedVersion { found: Some(found) } => {
            td_string!(
                locale,
                storage.file.unsupported_version,
                field = field,
                found = found
            )
        }
        CaseFileErrorKind::UnsupportedVersion { found: None } => {
            td_string!(locale, storage.file.version_missing, field = field)
        }
        CaseFileErrorKind::UnknownVariant { value, expected } => {
            let expected = expected.join(", ");
            let value = format!("\"{value}\"");
            td_string!(
                locale,
                storage.file.unknown_variant,
                field = field,
                value = value,
                expected = expected
            )
        }
        CaseFileErrorKind::InvalidDate { value } => {
            let value = format!("\"{value}\"");
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

fn reason_text(locale: Locale, field: &str, reason: Reason) -> String {
    match reason {
        Reason::Before(other) => {
            td_string!(locale, storage.file.before, field = field, other = other)
        }
        Reason::After(other) => {
            td_string!(locale, storage.file.after, field = field, other = other)
        }
        Reason::InFuture => td_string!(locale, storage.file.in_future, field = field),
        Reason::NotPositive => td_string!(locale, storage.file.not_positive, field = field),
        Reason::NotADecimal => td_string!(locale, storage.file.not_a_decimal, field = field),
        Reason::NotCurrencyCode => td_string!(locale, storage.file.not_currency, field = field),
        Reason::NotCountryCode => td_string!(locale, storage.file.not_country, field = field),
        Reason::Empty => td_string!(locale, storage.file.empty, field = field),
        Reason::Missing(other) => {
            td_string!(locale, storage.file.missing, field = field, other = other)
        }
        Reason::Contradicts(other) => {
            td_string!(
                locale,
                storage.file.contradicts,
                field = field,
                other = other
            )
        }
        Reason::NothingToRefund => {
            td_string!(locale, storage.file.nothing_to_refund, field = field)
        }
    }
}

/// One problem of an imported file, with its case (position from 1, and id)
/// and its field inside the case.
pub fn import_problem(locale: Locale, problem: &ImportProblem) -> String {
    let index = problem.index;
    // Inside a case, the field reads as the case's own (`delivered_on`).
    let in_case = |path: &str| -> String {
        match index {
            Some(index) => {
                let prefix = format!("cases[{index}]");
                match path.strip_prefix(&prefix) {
                    Some(rest) => rest.trim_start_matches('.').to_string(),
                    None => path.to_string(),
                }
            }
            None => path.to_string(),
        }
    };
    let text = match &problem.kind {
        ImportProblemKind::File(error) => {
            let path = in_case(&error.path);
            // A problem of the case as a whole keeps its full path.
            let field = if path.is_empty() { &error.path } else { &path };
            field_error(locale, field, &error.kind)
        }
        ImportProblemKind::InvalidTimestamp { path, value } => {
            let field = in_case(path);
            let value = format!("\"{value}\"");
            td_string!(
                locale,
                storage.file.invalid_timestamp,
                field = field,
                value = value
            )
        }
        ImportProblemKind::DuplicateId => td_string!(locale, storage.file.duplicate_id).into(),
    };
    let Some(index) = index else {
        return text;
    };
    let position = index + 1;
    match &problem.case_id {
        Some(id) => td_string!(
            locale,
            storage.file.case_with_id,
            position = position,
            id = id,
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
