//! Importing a case file: strict checks that list every problem with its
//! case and field, and a preview of what a merge by id would add, update or
//! keep, before anything changes.

use chrono::NaiveDate;
use serde_json::Value;

use super::codec::{at_index, timestamp_problems, Damage};
use super::merge::is_later;
use crate::domain::{read_case_file, Case, CaseFileError, COLLECTION_FORMAT};

/// The largest file accepted: 5 MB, about a thousand times a large case.
pub const MAX_IMPORT_BYTES: u64 = 5 * 1024 * 1024;

/// Why a file cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge { bytes: u64 },
    /// Not UTF-8 text.
    NotText,
    /// A file without a single case.
    NoCases,
    /// Every problem found.
    Problems(Vec<ImportProblem>),
}

/// One problem of an imported file: the case it belongs to (its position
/// in the file, and its id and item when they could be read) and what is
/// wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    pub index: Option<usize>,
    pub case_id: Option<String>,
    /// The item's name, by which the buyer knows the case.
    pub item: Option<String>,
    pub kind: ImportProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblemKind {
    /// A problem the case-file parser or validation names, with its field.
    File(CaseFileError),
    /// `created_at` or `updated_at` that is not an RFC 3339 time.
    InvalidTimestamp { path: String, value: String },
    /// A second case with the id of an earlier case of the file.
    DuplicateId,
}

impl std::fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(id) = &self.case_id {
            write!(f, "case \"{id}\": ")?;
        }
        match &self.kind {
            ImportProblemKind::File(error) => error.fmt(f),
            ImportProblemKind::InvalidTimestamp { path, value } => {
                write!(f, "{path}: \"{value}\" is not an RFC 3339 time")
            }
            ImportProblemKind::DuplicateId => f.write_str("the id of an earlier case of the file"),
        }
    }
}

/// What importing a file would do, case by case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportPlan {
    /// Every case of the file, in order.
    pub cases: Vec<Case>,
    /// Ids new to this device.
    pub added: Vec<String>,
    /// Ids whose copy on this device the file replaces.
    pub updated: Vec<String>,
    /// Ids whose copy on this device was changed later than the file's:
    /// the device's copy stays.
    pub kept_newer: Vec<String>,
    /// Ids the file holds exactly as this device does.
    pub unchanged: Vec<String>,
}

impl ImportPlan {
    /// Whether importing would change anything.
    pub fn changes_something(&self) -> bool {
        !self.added.is_empty() || !self.updated.is_empty()
    }
}

/// Checks a file and says what importing it into `current` would do.
pub fn plan_import(
    bytes: &[u8],
    current: &[Case],
    today: NaiveDate,
) -> Result<ImportPlan, ImportError> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: size });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    let cases = read_cases(text, today)?;
    if cases.is_empty() {
        return Err(ImportError::NoCases);
    }
    let mut plan = ImportPlan::default();
    for case in &cases {
        let id = case.id.clone();
        match current.iter().find(|known| known.id == case.id) {
            None => plan.added.push(id),
            Some(known) if known == case => plan.unchanged.push(id),
            Some(known) if is_later(known, case) => plan.kept_newer.push(id),
            Some(_) => plan.updated.push(id),
        }
    }
    plan.cases = cases;
    Ok(plan)
}

/// `current` with the file's cases merged in by id: new cases are added at
/// the end, and a case replaces its copy unless that copy was changed later.
pub fn apply_import(current: &[Case], imported: &[Case]) -> Vec<Case> {
    let mut cases = current.to_vec();
    for case in imported {
        match cases.iter_mut().find(|known| known.id == case.id) {
            Some(known) if is_later(known, case) => {}
            Some(known) => *known = case.clone(),
            None => cases.push(case.clone()),
        }
    }
    cases
}

/// Reads and validates every case; a collection is read case by case so
/// that every problem of every case is listed, not only the first.
fn read_cases(text: &str, today: NaiveDate) -> Result<Vec<Case>, ImportError> {
    let whole = |errors: Vec<CaseFileError>| {
        ImportError::Problems(
            errors
                .into_iter()
                .map(|error| ImportProblem {
                    index: None,
                    case_id: None,
                    item: None,
                    kind: ImportProblemKind::File(error),
                })
                .collect(),
        )
    };
    let members = match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(object)) if is_collection(&object) => match object.get("cases") {
            Some(Value::Array(members)) => members.clone(),
            _ => return read_case_file(text, today).map(|f| f.cases).map_err(whole),
        },
        _ => {
            let file = read_case_file(text, today).map_err(whole)?;
            let problems = timestamp_problems_of(&file.cases, |_| None);
            return if problems.is_empty() {
                Ok(file.cases)
            } else {
                Err(ImportError::Problems(problems))
            };
        }
    };
    let mut cases: Vec<Case> = Vec::new();
    let mut problems = Vec::new();
    for (index, member) in members.iter().enumerate() {
        let text = |field| {
            member
                .get(field)
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        let (case_id, item) = (text("id"), text("item"));
        let problem = |kind| ImportProblem {
            index: Some(index),
            case_id: case_id.clone(),
            item: item.clone(),
            kind,
        };
        let single = serde_json::json!({
            "format": COLLECTION_FORMAT,
            "version": 1,
            "cases": [member],
        });
        match read_case_file(&single.to_string(), today) {
            Err(errors) => problems.extend(
                errors
                    .into_iter()
                    .map(|error| problem(ImportProblemKind::File(at_index(error, index)))),
            ),
            Ok(file) => {
                for case in file.cases {
                    let found = timestamp_problems_of(std::slice::from_ref(&case), |_| Some(index));
                    problems.extend(found);
                    if cases.iter().any(|known| known.id == case.id) {
                        problems.push(problem(ImportProblemKind::DuplicateId));
                    } else {
                        cases.push(case);
                    }
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(cases)
    } else {
        Err(ImportError::Problems(problems))
    }
}

fn is_collection(object: &serde_json::Map<String, Value>) -> bool {
    object.get("format").and_then(Value::as_str) == Some(COLLECTION_FORMAT)
        && object.get("version").and_then(Value::as_u64) == Some(1)
}

fn timestamp_problems_of(
    cases: &[Case],
    index_of: impl Fn(usize) -> Option<usize>,
) -> Vec<ImportProblem> {
    let mut problems = Vec::new();
    for (position, case) in cases.iter().enumerate() {
        let index = index_of(position);
        for damage in timestamp_problems(case, index.unwrap_or(position)) {
            if let Damage::InvalidTimestamp { path, value } = damage {
                let path = match index {
                    Some(_) => path,
                    None => path
                        .split_once('.')
                        .map_or(path.clone(), |(_, f)| f.to_string()),
                };
                problems.push(ImportProblem {
                    index,
                    case_id: Some(case.id.clone()),
                    item: case.item.clone(),
                    kind: ImportProblemKind::InvalidTimestamp { path, value },
                });
            }
        }
    }
    problems
}
