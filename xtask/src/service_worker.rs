//! sw.js, the service worker. A release build's keeps every file of the
//! build for offline use, in a cache named after the build; a development
//! build's removes a worker that a release build served at the same address
//! may have left behind.

use std::fs;
use std::path::Path;

use crate::post_build::{say, write};
use crate::text::{sha256_hex, short_hash};

const SERVICE_WORKER: &str = include_str!("sw.js");
const RETIRING_WORKER: &str = include_str!("retiring-sw.js");

/// The development build's worker: nothing is kept offline.
pub fn write_retiring(staging: &Path) -> Result<(), String> {
    write(&staging.join("sw.js"), RETIRING_WORKER)
}

/// The files a visit needs offline, relative to the build: the page and
/// every asset, in byte order.
fn precached_files(staging: &Path) -> Result<Vec<String>, String> {
    const KINDS: [&str; 7] = ["html", "js", "wasm", "css", "svg", "png", "webmanifest"];
    fn walk(dir: &Path, root: &Path, files: &mut Vec<String>) -> Result<(), String> {
        for entry in fs::read_dir(dir).map_err(|e| e.to_string())? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                walk(&path, root, files)?;
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| KINDS.contains(&e))
                && path.file_name().is_some_and(|n| n != "sw.js")
            {
                let relative = path.strip_prefix(root).map_err(|e| e.to_string())?;
                files.push(relative.to_string_lossy().into_owned());
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(staging, staging, &mut files)?;
    files.sort();
    if let Some(odd) = files.iter().find(|f| {
        !f.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._/-".contains(c))
    }) {
        return Err(format!("unexpected character in the file name {odd}"));
    }
    Ok(files)
}

pub fn write_keeping(staging: &Path, public_url: &str) -> Result<(), String> {
    let files = precached_files(staging)?;
    // Named after the names and contents of every file, so that any change
    // to the build makes a new cache and the old one is dropped.
    let mut listing = String::new();
    for file in &files {
        let bytes = fs::read(staging.join(file)).map_err(|e| e.to_string())?;
        listing.push_str(&format!("{}  {file}\n", sha256_hex(&bytes)));
    }
    let version = short_hash(listing.as_bytes());
    let list: String = files
        .iter()
        .map(|file| format!("  '{}{file}',\n", public_url))
        .collect();
    let worker = format!(
        "// Disputa's service worker, written by the build (xtask post-build).\n\
// It keeps this build's files so the app opens without a network; the cases\n\
// themselves stay in the browser's storage, as online.\n\
const CACHE = 'disputa-{version}';\n\
const INDEX = '{url}index.html';\n\
const FILES = [\n{list}];\n{SERVICE_WORKER}",
        url = public_url,
    );
    write(&staging.join("sw.js"), worker)?;
    say(format!(
        "sw.js: cache disputa-{version}, {} files",
        files.len()
    ));
    Ok(())
}
