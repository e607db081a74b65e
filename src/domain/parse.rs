//! Reading and writing case files: one case (`disputa.case`) or a collection
//! (`disputa.cases`), version 1, with errors that name the field.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::case::{extra_fields, Case, CASE_FORMAT, COLLECTION_FORMAT, FORMAT_VERSION};
use super::dates::INVALID_DATE;
use super::validate::{validate, Invalid, Reason};

/// Why a case file could not be read, and where: `path` is the field as
/// written in the file (`cases[2].delivery_status`), empty for the whole file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFileError {
    pub path: String,
    pub kind: CaseFileErrorKind,
}

/// The reason a case file was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseFileErrorKind {
    /// Not JSON at all.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// The file is JSON but not an object.
    NotAnObject,
    /// `format` is absent or names another kind of file.
    UnknownFormat { found: Option<String> },
    /// `version` is absent or not one this crate reads.
    UnsupportedVersion { found: Option<String> },
    /// A value outside its vocabulary (`"lost"` as a delivery status).
    UnknownVariant {
        value: String,
        expected: Vec<String>,
    },
    /// A date not written as a real `YYYY-MM-DD` date.
    InvalidDate { value: String },
    /// A field the format requires is absent.
    MissingField,
    /// A value of the wrong JSON type, or out of range ("invalid type: ...").
    WrongValue { message: String },
    /// The file reads well but the case is inconsistent (see [`validate`]).
    Invalid(Reason),
}

impl std::fmt::Display for CaseFileErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CaseFileErrorKind::Syntax {
                line,
                column,
                message,
            } => write!(
                f,
                "not valid JSON at line {line}, column {column}: {message}"
            ),
            CaseFileErrorKind::NotAnObject => f.write_str("the file is not a JSON object"),
            CaseFileErrorKind::UnknownFormat { found } => {
                write!(
                    f,
                    "format must be \"{CASE_FORMAT}\" or \"{COLLECTION_FORMAT}\""
                )?;
                match found {
                    Some(found) => write!(f, ", found {found}"),
                    None => f.write_str(", and it is missing"),
                }
            }
            CaseFileErrorKind::UnsupportedVersion { found } => {
                write!(f, "version must be {FORMAT_VERSION}")?;
                match found {
                    Some(found) => write!(f, ", found {found}"),
                    None => f.write_str(", and it is missing"),
                }
            }
            CaseFileErrorKind::UnknownVariant { value, expected } => {
                write!(f, "unknown variant \"{value}\"")?;
                if !expected.is_empty() {
                    write!(f, ", expected one of: {}", expected.join(", "))?;
                }
                Ok(())
            }
            CaseFileErrorKind::InvalidDate { value } => {
                write!(f, "invalid date \"{value}\", expected YYYY-MM-DD")
            }
            CaseFileErrorKind::MissingField => f.write_str("missing field"),
            CaseFileErrorKind::WrongValue { message } => f.write_str(message),
            CaseFileErrorKind::Invalid(reason) => reason.fmt(f),
        }
    }
}

impl std::fmt::Display for CaseFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            self.kind.fmt(f)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}

impl std::error::Error for CaseFileError {}

impl CaseFileError {
    fn at(path: impl Into<String>, kind: CaseFileErrorKind) -> Self {
        CaseFileError {
            path: path.into(),
            kind,
        }
    }

    /// A validation problem of the case at `index` of a collection (`None`
    /// for a single-case file).
    pub fn from_invalid(index: Option<usize>, invalid: &Invalid) -> Self {
        let path = match index {
            Some(index) => format!("cases[{index}].{}", invalid.path()),
            None => invalid.path(),
        };
        CaseFileError::at(path, CaseFileErrorKind::Invalid(invalid.reason))
    }
}

/// Reads a case file, single case or collection, and returns its cases in
/// order. Nothing is defaulted silently: any unknown value, malformed date,
/// wrong format or version is an error naming the field.
///
/// ```
/// use disputa::domain::parse_case_file;
/// let json = r#"{"format":"disputa.case","version":1,"id":"a","delivery_status":"lost"}"#;
/// let error = parse_case_file(json).unwrap_err();
/// assert_eq!(error.path, "delivery_status");
/// ```
pub fn parse_case_file(json: &str) -> Result<Vec<Case>, CaseFileError> {
    read(json).map(|(cases, _)| cases)
}

/// The cases of a file, and whether it was a collection.
fn read(json: &str) -> Result<(Vec<Case>, bool), CaseFileError> {
    let value: Value = serde_json::from_str(json).map_err(|error| {
        CaseFileError::at(
            "",
            CaseFileErrorKind::Syntax {
                line: error.line(),
                column: error.column(),
                message: error.to_string(),
            },
        )
    })?;
    read_value(value)
}

/// Like [`parse_case_file`], for a file already read as JSON: the stored
/// cases, which are read together, come here one by one.
pub fn parse_case_value(value: Value) -> Result<Vec<Case>, CaseFileError> {
    read_value(value).map(|(cases, _)| cases)
}

/// The cases of a file read as JSON, and whether it was a collection.
fn read_value(value: Value) -> Result<(Vec<Case>, bool), CaseFileError> {
    let Some(object) = value.as_object() else {
        return Err(CaseFileError::at("", CaseFileErrorKind::NotAnObject));
    };
    match object.get("format") {
        Some(Value::String(format)) if format == CASE_FORMAT => {
            check_version(object, "")?;
            let extra = extra_fields(object);
            let mut case = deserialize::<Case>(value)?;
            case.extra = extra;
            Ok((vec![case], false))
        }
        Some(Value::String(format)) if format == COLLECTION_FORMAT => {
            check_version(object, "")?;
            check_members(object)?;
            let extras: Vec<_> = object
                .get("cases")
                .and_then(Value::as_array)
                .map(|cases| {
                    cases
                        .iter()
                        .map(|case| case.as_object().map(extra_fields).unwrap_or_default())
                        .collect()
                })
                .unwrap_or_default();
            let mut cases = deserialize::<Collection>(value)?.cases;
            for (case, extra) in cases.iter_mut().zip(extras) {
                case.extra = extra;
            }
            Ok((cases, true))
        }
        found => Err(CaseFileError::at(
            "format",
            CaseFileErrorKind::UnknownFormat {
                found: found.map(Value::to_string),
            },
        )),
    }
}

/// The cases of a file, and whether the file was a collection (whose
/// assessment is an array) or a single case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFile {
    pub collection: bool,
    pub cases: Vec<Case>,
}

/// Reads a case file and validates every case against `today`. Returns every
/// problem found, each naming its field (`cases[1].delivered_on`).
pub fn read_case_file(
    json: &str,
    today: chrono::NaiveDate,
) -> Result<CaseFile, Vec<CaseFileError>> {
    let (cases, collection) = read(json).map_err(|error| vec![error])?;
    let mut errors = Vec::new();
    for (index, case) in cases.iter().enumerate() {
        if let Err(problems) = validate(case, today) {
            let index = collection.then_some(index);
            errors.extend(
                problems
                    .iter()
                    .map(|p| CaseFileError::from_invalid(index, p)),
            );
        }
    }
    if errors.is_empty() {
        Ok(CaseFile { collection, cases })
    } else {
        Err(errors)
    }
}

/// Like [`read_case_file`], for callers that only need the cases.
pub fn load_case_file(
    json: &str,
    today: chrono::NaiveDate,
) -> Result<Vec<Case>, Vec<CaseFileError>> {
    read_case_file(json, today).map(|file| file.cases)
}

#[derive(Deserialize)]
struct Collection {
    cases: Vec<Case>,
}

#[derive(Serialize)]
struct CollectionOut<'a> {
    format: &'static str,
    version: u64,
    cases: &'a [Case],
}

fn check_version(
    object: &serde_json::Map<String, Value>,
    prefix: &str,
) -> Result<(), CaseFileError> {
    match object.get("version") {
        Some(version) if version.as_u64() == Some(FORMAT_VERSION) => Ok(()),
        found => Err(CaseFileError::at(
            format!("{prefix}version"),
            CaseFileErrorKind::UnsupportedVersion {
                found: found.map(Value::to_string),
            },
        )),
    }
}

/// The cases of a collection may repeat `format` and `version` (a case file
/// pasted in whole); when they do, they must be those of a single case.
fn check_members(object: &serde_json::Map<String, Value>) -> Result<(), CaseFileError> {
    let Some(Value::Array(cases)) = object.get("cases") else {
        return Ok(());
    };
    for (index, case) in cases.iter().enumerate() {
        let Some(case) = case.as_object() else {
            continue;
        };
        let prefix = format!("cases[{index}].");
        match case.get("format") {
            None => {}
            Some(Value::String(format)) if format == CASE_FORMAT => {}
            Some(found) => {
                return Err(CaseFileError::at(
                    format!("{prefix}format"),
                    CaseFileErrorKind::UnknownFormat {
                        found: Some(found.to_string()),
                    },
                ))
            }
        }
        if case.contains_key("version") {
            check_version(case, &prefix)?;
        }
    }
    Ok(())
}

fn deserialize<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, CaseFileError> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let path = error.path().to_string();
        let path = if path == "." { String::new() } else { path };
        classify(path, &error.inner().to_string())
    })
}

/// Turns serde's message into a typed error. serde's wording of these
/// messages is stable ("unknown variant `x`, expected ...", "missing field
/// `x`"); the date message is this crate's own.
fn classify(path: String, message: &str) -> CaseFileError {
    let quoted: Vec<String> = message
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    if message.starts_with("unknown variant") && !quoted.is_empty() {
        let mut quoted = quoted;
        let value = quoted.remove(0);
        return CaseFileError::at(
            path,
            CaseFileErrorKind::UnknownVariant {
                value,
                expected: quoted,
            },
        );
    }
    if message.starts_with("missing field") && !quoted.is_empty() {
        let path = if path.is_empty() {
            quoted[0].clone()
        } else {
            format!("{path}.{}", quoted[0])
        };
        return CaseFileError::at(path, CaseFileErrorKind::MissingField);
    }
    if let Some(rest) = message.strip_prefix(INVALID_DATE) {
        let value = rest.split('"').nth(1).unwrap_or_default().to_string();
        return CaseFileError::at(path, CaseFileErrorKind::InvalidDate { value });
    }
    CaseFileError::at(
        path,
        CaseFileErrorKind::WrongValue {
            message: message.to_string(),
        },
    )
}

/// A case as a pretty-printed case file.
pub fn case_to_json(case: &Case) -> String {
    serde_json::to_string_pretty(case).expect("a case has only string keys and always serializes")
}

/// Cases as a pretty-printed collection file (`disputa.cases`).
pub fn cases_to_collection_json(cases: &[Case]) -> String {
    let file = CollectionOut {
        format: COLLECTION_FORMAT,
        version: FORMAT_VERSION,
        cases,
    };
    serde_json::to_string_pretty(&file).expect("a case has only string keys and always serializes")
}
