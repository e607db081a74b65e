//! The manifest of a split build: the one data file the linker writes
//! beside the split modules and the post-build step reads, so that neither
//! reads the other's generated JavaScript or the app's source.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// The manifest's file name in the split directory.
pub const MANIFEST: &str = "split.json";
/// The loader wasm-split writes, which fetches the split modules.
pub const LOADER: &str = "__wasm_split.js";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The SHA-256 of the main module the split modules belong to.
    pub stamp: String,
    /// Each group of pages and the stems of the modules it needs: its own
    /// first, then the chunks it shares with other groups.
    pub groups: BTreeMap<String, Vec<String>>,
    /// The addresses loaded on their first visit (`*` ends a prefix), each
    /// with its group, in the app's order.
    pub pages: Vec<(String, String)>,
}

impl Manifest {
    pub fn read(dir: &Path) -> Result<Manifest, String> {
        let path = dir.join(MANIFEST);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("no split manifest at {}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn write(&self, dir: &Path) -> Result<(), String> {
        let text = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        std::fs::write(dir.join(MANIFEST), text + "\n").map_err(|e| e.to_string())
    }

    /// The groups that `pages` names, each with its modules, in the order
    /// the pages first name them; an error for a group with no modules.
    pub fn page_groups(&self) -> Result<Vec<(&str, &[String])>, String> {
        let mut groups: Vec<(&str, &[String])> = Vec::new();
        for (_, group) in &self.pages {
            if groups.iter().any(|(name, _)| name == group) {
                continue;
            }
            let modules = self
                .groups
                .get(group)
                .filter(|modules| !modules.is_empty())
                .ok_or_else(|| format!("the split build has no modules for the group {group}"))?;
            groups.push((group, modules));
        }
        Ok(groups)
    }
}

/// The stems of a group's modules from wasm-split's prefetch list, which
/// gives the shared chunks first and the group's own module last.
pub fn group_modules(prefetch: &[String]) -> Vec<String> {
    match prefetch.split_last() {
        Some((own, chunks)) => std::iter::once(own).chain(chunks).cloned().collect(),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_lists_its_own_module_first() {
        let prefetch = ["chunk_2", "chunk_5", "split_cases"].map(String::from);
        assert_eq!(
            group_modules(&prefetch),
            ["split_cases", "chunk_2", "chunk_5"].map(String::from)
        );
        assert!(group_modules(&[]).is_empty());
    }

    #[test]
    fn every_page_group_needs_modules() {
        let mut manifest = Manifest {
            stamp: "0".into(),
            groups: BTreeMap::from([("cases".into(), vec!["split_cases".into()])]),
            pages: vec![
                ("/cases/*".into(), "cases".into()),
                ("/settings".into(), "cases".into()),
            ],
        };
        let groups = manifest.page_groups().unwrap();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].0, "cases");
        manifest
            .pages
            .push(("/eligibility".into(), "disputes".into()));
        assert!(manifest.page_groups().is_err());
    }
}
