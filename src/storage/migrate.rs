//! The upgrade of a stored state from an older version: one step per
//! released version, run in order by the decoder before it reads the
//! envelope.

use serde_json::Value;

use super::codec::STATE_VERSION;

/// Why an older state could not be upgraded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrationError {
    /// No step upgrades this version (it was never released).
    NoStep { from: u64 },
    /// The step from `from` found a field in a shape it cannot upgrade.
    Shape { from: u64, path: String },
}

impl std::fmt::Display for MigrationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MigrationError::NoStep { from } => write!(f, "version {from} cannot be upgraded"),
            MigrationError::Shape { from, path } => {
                write!(
                    f,
                    "version {from} cannot be upgraded: {path} has an unexpected shape"
                )
            }
        }
    }
}

/// One step of the migration chain: turns an envelope of version `from`
/// into one of version `from + 1` (the chain then sets `version`).
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub from: u64,
    pub run: fn(Value) -> Result<Value, MigrationError>,
}

/// Every released version before [`STATE_VERSION`] has a step here, in
/// order. Version 1 is the first release, so there is none yet; a version 2
/// adds the step `from: 1` and bumps [`STATE_VERSION`].
pub const MIGRATIONS: &[Migration] = &[];

/// Upgrades an envelope of `from_version` to [`STATE_VERSION`] with the
/// app's own migrations.
pub fn migrate(value: Value, from_version: u64) -> Result<Value, MigrationError> {
    migrate_with(value, from_version, MIGRATIONS)
}

/// Upgrades an envelope step by step through `steps`, setting `version`
/// after each one.
///
/// ```
/// use disputa::storage::codec::STATE_VERSION;
/// use disputa::storage::migrate::{migrate_with, Migration};
/// use serde_json::json;
/// let rename = Migration { from: 0, run: |mut v| { v["cases"] = v["items"].take(); Ok(v) } };
/// let upgraded = migrate_with(json!({"version": 0, "items": []}), 0, &[rename]).unwrap();
/// assert_eq!(upgraded["version"], STATE_VERSION);
/// ```
pub fn migrate_with(
    mut value: Value,
    from_version: u64,
    steps: &[Migration],
) -> Result<Value, MigrationError> {
    let mut version = from_version;
    while version < STATE_VERSION {
        let step = steps
            .iter()
            .find(|step| step.from == version)
            .ok_or(MigrationError::NoStep { from: version })?;
        value = (step.run)(value)?;
        version += 1;
        match value.as_object_mut() {
            Some(object) => {
                object.insert("version".into(), Value::from(version));
            }
            None => {
                return Err(MigrationError::Shape {
                    from: version - 1,
                    path: String::new(),
                })
            }
        }
    }
    Ok(value)
}
