//! The stored state of the app as text: a versioned envelope around the
//! cases and settings, the migrations from older versions, and a decoder
//! that reports every problem and never decides to overwrite what it could
//! not read. Pure Rust: no browser types, so it is tested natively.

use chrono::DateTime;
use serde::Serialize;
use serde_json::{Map, Value};

use super::migrate::{migrate_with, Migration, MigrationError, MIGRATIONS};
use crate::domain::{parse_case_value, Case, CaseFileError, COLLECTION_FORMAT, FORMAT_VERSION};

/// The storage key of the state.
pub const STATE_KEY: &str = "disputa.state";
/// Damaged state is copied to a key of its own: this prefix, then a timestamp.
pub const BACKUP_PREFIX: &str = "disputa.state.backup.";
/// The `format` of the envelope.
pub const STATE_FORMAT: &str = "disputa.state";
/// The envelope version this app reads and writes.
pub const STATE_VERSION: u64 = 1;
/// The setting that remembers the buyer's language (`"en"`, `"es"`).
pub const LANGUAGE_SETTING: &str = "language";

/// What the app keeps: the cases and the settings, with the revision and
/// time of the save that wrote them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Counts the saves, so that a tab can tell that another one wrote since.
    pub revision: u64,
    /// RFC 3339 time of the save; empty before the first save.
    pub saved_at: String,
    pub cases: Vec<Case>,
    /// Settings, kept as they were found so that none is lost on a save.
    pub settings: Map<String, Value>,
}

/// What was found under [`STATE_KEY`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Load {
    /// Nothing stored: an empty start.
    Empty,
    /// A state this app reads; `migrated_from` names the older version it
    /// was upgraded from, if any.
    Ready {
        state: State,
        migrated_from: Option<u64>,
    },
    /// Unreadable or wrong-shaped: every problem found, and the cases that
    /// could still be read on their own.
    Damaged {
        problems: Vec<Damage>,
        readable: Vec<Case>,
    },
    /// Written by a newer version of the app: shown read-only.
    Newer { version: u64, readable: Vec<Case> },
}

/// What may be done to the stored text after a load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MainKey {
    /// The app may save over it.
    Write,
    /// The app must leave it as it is until the buyer chooses otherwise.
    LeaveUntouched,
}

impl Load {
    /// Whether the stored text may be replaced by the next save. Only an
    /// empty start or a state read in full may be.
    pub fn main_key(&self) -> MainKey {
        match self {
            Load::Empty | Load::Ready { .. } => MainKey::Write,
            Load::Damaged { .. } | Load::Newer { .. } => MainKey::LeaveUntouched,
        }
    }

    /// Whether the stored text must be copied to a backup key.
    pub fn needs_backup(&self) -> bool {
        matches!(self, Load::Damaged { .. })
    }
}

/// One problem of a stored state. `path` fields name the place in the
/// envelope (`cases[2].updated_at`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// The text holds a lone UTF-16 surrogate at this code unit.
    InvalidUtf16 {
        offset: usize,
    },
    /// Not JSON (or nested too deeply to read).
    NotJson {
        line: usize,
        column: usize,
    },
    NotAnObject,
    /// `format` is absent or names another kind of data.
    WrongFormat {
        found: Option<String>,
    },
    /// `version` is absent or not a whole number.
    BadVersion {
        found: Option<String>,
    },
    /// An older version that could not be upgraded.
    Migration(MigrationError),
    MissingField {
        path: String,
    },
    /// A value of the wrong JSON type.
    WrongType {
        path: String,
        expected: Expected,
    },
    /// A revision that is not a whole number this app can count from.
    RevisionOutOfRange {
        found: String,
    },
    /// A time that is not RFC 3339.
    InvalidTimestamp {
        path: String,
        value: String,
    },
    /// A case that does not read as a case.
    Case(CaseFileError),
    /// A second case with the id of an earlier one.
    DuplicateId {
        id: String,
        index: usize,
    },
}

/// The JSON type a field should have had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    List,
    Object,
    WholeNumber,
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Expected::Text => "a string",
            Expected::List => "an array",
            Expected::Object => "an object",
            Expected::WholeNumber => "a whole number",
        })
    }
}

impl std::fmt::Display for Damage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Damage::InvalidUtf16 { offset } => {
                write!(f, "a lone UTF-16 surrogate at code unit {offset}")
            }
            Damage::NotJson { line, column } => {
                write!(f, "not valid JSON at line {line}, column {column}")
            }
            Damage::NotAnObject => f.write_str("not a JSON object"),
            Damage::WrongFormat { found: Some(found) } => {
                write!(f, "format must be \"{STATE_FORMAT}\", found {found}")
            }
            Damage::WrongFormat { found: None } => f.write_str("format is missing"),
            Damage::BadVersion { found: Some(found) } => {
                write!(f, "version must be a whole number, found {found}")
            }
            Damage::BadVersion { found: None } => f.write_str("version is missing"),
            Damage::Migration(error) => error.fmt(f),
            Damage::MissingField { path } => write!(f, "{path} is missing"),
            Damage::WrongType { path, expected } => write!(f, "{path} must be {expected}"),
            Damage::RevisionOutOfRange { found } => {
                write!(f, "revision must be a whole number, found {found}")
            }
            Damage::InvalidTimestamp { path, value } => {
                write!(f, "{path}: \"{value}\" is not an RFC 3339 time")
            }
            Damage::Case(error) => error.fmt(f),
            Damage::DuplicateId { id, index } => {
                write!(
                    f,
                    "cases[{index}].id: \"{id}\" is the id of an earlier case"
                )
            }
        }
    }
}

/// Reads the stored text (`None` when nothing is stored).
pub fn decode(raw: Option<&str>) -> Load {
    decode_with(raw, MIGRATIONS)
}

/// Reads the stored text as the browser holds it, in UTF-16 code units,
/// which may contain lone surrogates that no Rust string can hold.
pub fn decode_utf16(raw: Option<&[u16]>) -> Load {
    let Some(units) = raw else {
        return Load::Empty;
    };
    match String::from_utf16(units) {
        Ok(text) => decode(Some(&text)),
        Err(_) => {
            let offset = first_lone_surrogate(units);
            let lossy = String::from_utf16_lossy(units);
            let mut problems = vec![Damage::InvalidUtf16 { offset }];
            let readable = match decode(Some(&lossy)) {
                Load::Empty => Vec::new(),
                Load::Ready { state, .. } => state.cases,
                Load::Damaged {
                    problems: more,
                    readable,
                } => {
                    problems.extend(more);
                    readable
                }
                Load::Newer { readable, .. } => readable,
            };
            Load::Damaged { problems, readable }
        }
    }
}

fn first_lone_surrogate(units: &[u16]) -> usize {
    let mut offset = 0;
    for decoded in char::decode_utf16(units.iter().copied()) {
        match decoded {
            Ok(c) => offset += c.len_utf16(),
            Err(_) => return offset,
        }
    }
    offset
}

/// [`decode`] with a migration chain of the caller's.
pub fn decode_with(raw: Option<&str>, migrations: &[Migration]) -> Load {
    let Some(text) = raw else {
        return Load::Empty;
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            return damaged(Damage::NotJson {
                line: error.line(),
                column: error.column(),
            })
        }
    };
    let Some(object) = value.as_object() else {
        return damaged(Damage::NotAnObject);
    };
    match object.get("format") {
        Some(Value::String(format)) if format == STATE_FORMAT => {}
        found => {
            return Load::Damaged {
                problems: vec![Damage::WrongFormat {
                    found: found.map(Value::to_string),
                }],
                readable: readable_cases(object),
            }
        }
    }
    let version = match object.get("version") {
        Some(found) => match found.as_u64() {
            Some(version) => version,
            None => {
                return Load::Damaged {
                    problems: vec![Damage::BadVersion {
                        found: Some(found.to_string()),
                    }],
                    readable: readable_cases(object),
                }
            }
        },
        None => {
            return Load::Damaged {
                problems: vec![Damage::BadVersion { found: None }],
                readable: readable_cases(object),
            }
        }
    };
    if version > STATE_VERSION {
        return Load::Newer {
            version,
            readable: readable_cases(object),
        };
    }
    let migrated_from = (version < STATE_VERSION).then_some(version);
    let value = match migrate_with(value, version, migrations) {
        Ok(value) => value,
        Err(error) => return damaged(Damage::Migration(error)),
    };
    let Some(object) = value.as_object() else {
        return damaged(Damage::NotAnObject);
    };
    match read_envelope(object) {
        Ok(state) => Load::Ready {
            state,
            migrated_from,
        },
        Err((problems, readable)) => Load::Damaged { problems, readable },
    }
}

fn damaged(problem: Damage) -> Load {
    Load::Damaged {
        problems: vec![problem],
        readable: Vec::new(),
    }
}

type Problems = (Vec<Damage>, Vec<Case>);

fn read_envelope(object: &Map<String, Value>) -> Result<State, Problems> {
    let mut problems = Vec::new();
    let revision = read_revision(object, &mut problems);
    let saved_at = read_saved_at(object, &mut problems);
    let (cases, case_problems) = read_cases(object);
    let cases_missing = !matches!(object.get("cases"), Some(Value::Array(_)));
    problems.extend(case_problems);
    if cases_missing {
        problems.push(field_problem(object, "cases", Expected::List));
    }
    let settings = match object.get("settings") {
        Some(Value::Object(settings)) => settings.clone(),
        _ => {
            problems.push(field_problem(object, "settings", Expected::Object));
            Map::new()
        }
    };
    if problems.is_empty() {
        Ok(State {
            revision: revision.unwrap_or_default(),
            saved_at: saved_at.unwrap_or_default(),
            cases,
            settings,
        })
    } else {
        Err((problems, cases))
    }
}

fn field_problem(object: &Map<String, Value>, field: &str, expected: Expected) -> Damage {
    if object.contains_key(field) {
        Damage::WrongType {
            path: field.into(),
            expected,
        }
    } else {
        Damage::MissingField { path: field.into() }
    }
}

fn read_revision(object: &Map<String, Value>, problems: &mut Vec<Damage>) -> Option<u64> {
    match object.get("revision") {
        Some(Value::Number(number)) => {
            let revision = number.as_u64();
            if revision.is_none() {
                problems.push(Damage::RevisionOutOfRange {
                    found: number.to_string(),
                });
            }
            revision
        }
        _ => {
            problems.push(field_problem(object, "revision", Expected::WholeNumber));
            None
        }
    }
}

fn read_saved_at(object: &Map<String, Value>, problems: &mut Vec<Damage>) -> Option<String> {
    match object.get("saved_at") {
        Some(Value::String(saved_at)) if is_timestamp(saved_at) => Some(saved_at.clone()),
        Some(Value::String(saved_at)) => {
            problems.push(Damage::InvalidTimestamp {
                path: "saved_at".into(),
                value: saved_at.clone(),
            });
            None
        }
        _ => {
            problems.push(field_problem(object, "saved_at", Expected::Text));
            None
        }
    }
}

/// Whether `text` is an RFC 3339 time, as `created_at`, `updated_at` and
/// `saved_at` must be.
pub fn is_timestamp(text: &str) -> bool {
    DateTime::parse_from_rfc3339(text).is_ok()
}

/// The cases that read on their own, whatever else is wrong.
fn readable_cases(object: &Map<String, Value>) -> Vec<Case> {
    read_cases(object).0
}

/// Reads `cases` one by one, so that one bad case does not hide the others:
/// the cases that read (the first of each id), and the problems of the rest.
fn read_cases(object: &Map<String, Value>) -> (Vec<Case>, Vec<Damage>) {
    let Some(Value::Array(values)) = object.get("cases") else {
        return (Vec::new(), Vec::new());
    };
    let mut cases: Vec<Case> = Vec::new();
    let mut problems = Vec::new();
    for (index, value) in values.iter().enumerate() {
        match read_case(value, index) {
            Ok(case) if cases.iter().any(|known| known.id == case.id) => {
                problems.push(Damage::DuplicateId { id: case.id, index });
            }
            Ok(case) => cases.push(case),
            Err(found) => problems.extend(found),
        }
    }
    (cases, problems)
}

/// Reads one case with the case-file parser, so that the stored cases obey
/// exactly the rules of an exported file, and checks its timestamps.
pub(crate) fn read_case(value: &Value, index: usize) -> Result<Case, Vec<Damage>> {
    let file = serde_json::json!({
        "format": COLLECTION_FORMAT,
        "version": FORMAT_VERSION,
        "cases": [value],
    });
    let case = match parse_case_value(file) {
        Ok(mut cases) if cases.len() == 1 => cases.remove(0),
        Ok(_) => {
            return Err(vec![Damage::WrongType {
                path: format!("cases[{index}]"),
                expected: Expected::Object,
            }])
        }
        Err(error) => return Err(vec![Damage::Case(at_index(error, index))]),
    };
    let problems = timestamp_problems(&case, index);
    if problems.is_empty() {
        Ok(case)
    } else {
        Err(problems)
    }
}

/// The parser saw the case as `cases[0]`; it is `cases[index]`.
pub(crate) fn at_index(mut error: CaseFileError, index: usize) -> CaseFileError {
    if let Some(rest) = error.path.strip_prefix("cases[0]") {
        error.path = format!("cases[{index}]{rest}");
    }
    error
}

/// `created_at` and `updated_at` that are not RFC 3339 times.
pub(crate) fn timestamp_problems(case: &Case, index: usize) -> Vec<Damage> {
    [
        ("created_at", &case.created_at),
        ("updated_at", &case.updated_at),
    ]
    .into_iter()
    .filter_map(|(field, value)| {
        let value = value.as_ref()?;
        (!is_timestamp(value)).then(|| Damage::InvalidTimestamp {
            path: format!("cases[{index}].{field}"),
            value: value.clone(),
        })
    })
    .collect()
}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u64,
    revision: u64,
    saved_at: &'a str,
    cases: &'a [Case],
    settings: &'a Map<String, Value>,
}

/// The state as the text to store, in the current version.
pub fn encode(state: &State) -> String {
    let envelope = Envelope {
        format: STATE_FORMAT,
        version: STATE_VERSION,
        revision: state.revision,
        saved_at: &state.saved_at,
        cases: &state.cases,
        settings: &state.settings,
    };
    serde_json::to_string(&envelope).expect("the state has only string keys and always serializes")
}

/// The backup key for damaged text found at `timestamp`; `attempt` counts
/// from 0 and tells keys of the same instant apart.
pub fn backup_key(timestamp: &str, attempt: u32) -> String {
    match attempt {
        0 => format!("{BACKUP_PREFIX}{timestamp}"),
        n => format!("{BACKUP_PREFIX}{timestamp}.{n}"),
    }
}
