//! Generates the `i18n` module from `locales/*.json` and fails the build when
//! a key exists in one language and not in the other.

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::collections::BTreeSet;
use std::error::Error;
use std::path::{Path, PathBuf};

const LOCALES: [&str; 2] = ["en", "es"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=locales");

    check_same_keys(Path::new("locales"))?;

    let i18n_mod_directory = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("i18n");
    let options = ParseOptions::default().interpolate_display(true);
    let cfg = Config::new(LOCALES[0])?
        .add_locale(LOCALES[1])?
        .parse_options(options);
    let translations = TranslationsInfos::parse(cfg)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(i18n_mod_directory)?;
    Ok(())
}

/// Every key path of one locale file must exist in every other, and no value may be empty.
fn check_same_keys(dir: &Path) -> Result<(), Box<dyn Error>> {
    let mut sets = Vec::new();
    for locale in LOCALES {
        let path = dir.join(format!("{locale}.json"));
        let text = std::fs::read_to_string(&path)?;
        let json: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut keys = BTreeSet::new();
        let mut empty = Vec::new();
        collect_keys(&json, String::new(), &mut keys, &mut empty);
        if !empty.is_empty() {
            return Err(format!(
                "{}: empty translations: {}",
                path.display(),
                empty.join(", ")
            )
            .into());
        }
        sets.push((locale, keys));
    }
    let (first, first_keys) = &sets[0];
    for (other, other_keys) in &sets[1..] {
        let missing_in_other: Vec<_> = first_keys.difference(other_keys).cloned().collect();
        let missing_in_first: Vec<_> = other_keys.difference(first_keys).cloned().collect();
        if !missing_in_other.is_empty() || !missing_in_first.is_empty() {
            return Err(format!(
                "locale files differ: missing in {other}.json: [{}]; missing in {first}.json: [{}]",
                missing_in_other.join(", "),
                missing_in_first.join(", ")
            )
            .into());
        }
    }
    Ok(())
}

fn collect_keys(
    value: &serde_json::Value,
    prefix: String,
    keys: &mut BTreeSet<String>,
    empty: &mut Vec<String>,
) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                collect_keys(v, path, keys, empty);
            }
        }
        serde_json::Value::String(s) if s.trim().is_empty() => {
            empty.push(prefix.clone());
            keys.insert(prefix);
        }
        _ => {
            keys.insert(prefix);
        }
    }
}
