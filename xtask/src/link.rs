//! The release build's linker: rust-lld as rustc would run it, then, for a
//! build with split points (`--cfg disputa_split`), the split at the pages
//! loaded on their first visit.
//!
//! The linked file becomes the main module, which trunk hands on to
//! wasm-bindgen and wasm-opt as usual. The pages' modules, their shared
//! chunks, the loader that fetches them and the manifest go to
//! `$DISPUTA_SPLIT_DIR`, where the post-build step finds them.
//!
//! wasm-bindgen drops an export named `__indirect_function_table` (it is an
//! lld export), and the pages' modules need that table: it is renamed, in
//! every module and in the loader, to a name of the same length, so that no
//! size in the binaries changes.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::split::{group_modules, Manifest, LOADER};
use crate::text::sha256_hex;

/// What a build with split points holds, and nothing else.
const SPLIT_MARK: &[u8] = b"__wasm_split_placeholder__";
/// The table's export name as it stands in the wasm (length-prefixed, then
/// the export kind "table").
const TABLE_EXPORT: &[u8] = b"\x19__indirect_function_table\x01";
const SHARED_TABLE_EXPORT: &[u8] = b"\x19__wasm_split_shared_table\x01";
/// The main module's name, as trunk names the bindings (`disputa.js`).
const MAIN: &str = "disputa";

pub fn run(args: Vec<OsString>) -> Result<(), String> {
    let status = Command::new(rust_lld()?)
        .args(&args)
        .status()
        .map_err(|e| format!("rust-lld did not run: {e}"))?;
    if !status.success() {
        return Err(format!("rust-lld failed ({status})"));
    }
    let Some(out) = output_path(&args) else {
        return Ok(());
    };
    let linked = std::fs::read(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    if !contains(&linked, SPLIT_MARK) {
        return Ok(());
    }
    let split_dir = std::env::var_os("DISPUTA_SPLIT_DIR")
        .map(PathBuf::from)
        .ok_or("set DISPUTA_SPLIT_DIR to where the split modules go")?;
    split(&linked, &out, &split_dir)
}

/// rust-lld of the toolchain that runs the build.
fn rust_lld() -> Result<PathBuf, String> {
    let rustc = |arg: &str| -> Result<String, String> {
        let output = Command::new("rustc")
            .arg(arg)
            .output()
            .map_err(|e| format!("rustc did not run: {e}"))?;
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let sysroot = rustc("--print=sysroot")?;
    let version = rustc("-vV")?;
    let host = version
        .lines()
        .find_map(|line| line.strip_prefix("host: "))
        .ok_or("rustc -vV names no host")?;
    Ok(Path::new(sysroot.trim())
        .join("lib/rustlib")
        .join(host.trim())
        .join("bin/rust-lld"))
}

/// The `-o` argument, when it is a wasm file.
fn output_path(args: &[OsString]) -> Option<PathBuf> {
    let at = args.iter().position(|arg| arg == "-o")?;
    let out = PathBuf::from(args.get(at + 1)?);
    (out.extension()? == "wasm").then_some(out)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

fn replace_all(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some(at) = rest.windows(from.len()).position(|window| window == from) {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(to);
        rest = &rest[at + from.len()..];
    }
    out.extend_from_slice(rest);
    out
}

fn split(linked: &[u8], out: &Path, split_dir: &Path) -> Result<(), String> {
    let work = split_dir.with_extension("work");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let main_out = work.join(format!("{MAIN}.wasm"));
    let main_module = format!("./{MAIN}.js");
    let mut options = wasm_split_cli_support::Options::new(linked);
    options.output_dir = &work;
    options.main_out_path = &main_out;
    options.main_module = &main_module;
    let split = wasm_split_cli_support::transform(options)
        .map_err(|e| format!("wasm-split failed: {e:?}"))?;

    for entry in std::fs::read_dir(&work).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let renamed = match path.extension().and_then(|e| e.to_str()) {
            Some("wasm") => {
                let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
                replace_all(&bytes, TABLE_EXPORT, SHARED_TABLE_EXPORT)
            }
            Some("js") => {
                let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
                text.replace("__indirect_function_table", "__wasm_split_shared_table")
                    .into_bytes()
            }
            _ => continue,
        };
        std::fs::write(&path, renamed).map_err(|e| e.to_string())?;
    }
    if !work.join(LOADER).is_file() {
        return Err(format!("wasm-split wrote no {LOADER}"));
    }

    let main = std::fs::read(&main_out).map_err(|e| e.to_string())?;
    std::fs::write(out, &main).map_err(|e| format!("{}: {e}", out.display()))?;
    std::fs::remove_file(&main_out).map_err(|e| e.to_string())?;
    let manifest = Manifest {
        stamp: sha256_hex(&main),
        groups: split
            .prefetch_map
            .iter()
            .map(|(group, prefetch)| (group.clone(), group_modules(prefetch)))
            .collect(),
        pages: disputa::app::PAGES_LOADED_ON_VISIT
            .iter()
            .map(|(at, group)| (at.to_string(), group.to_string()))
            .collect(),
    };
    manifest.page_groups()?;
    manifest.write(&work)?;
    let _ = std::fs::remove_dir_all(split_dir);
    std::fs::rename(&work, split_dir).map_err(|e| format!("{}: {e}", split_dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_renamed_to_a_name_of_the_same_length() {
        assert_eq!(TABLE_EXPORT.len(), SHARED_TABLE_EXPORT.len());
        let module = [b"ab".as_slice(), TABLE_EXPORT, b"cd", TABLE_EXPORT].concat();
        let renamed = replace_all(&module, TABLE_EXPORT, SHARED_TABLE_EXPORT);
        assert_eq!(renamed.len(), module.len());
        assert!(!contains(&renamed, TABLE_EXPORT));
        assert!(renamed.starts_with(b"ab\x19__wasm_split_shared_table\x01cd"));
    }

    #[test]
    fn only_a_wasm_output_is_split() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            output_path(&args(&["-flavor", "wasm", "-o", "t/disputa.wasm"])),
            Some(PathBuf::from("t/disputa.wasm"))
        );
        assert_eq!(output_path(&args(&["-o", "t/build_script"])), None);
        assert_eq!(output_path(&args(&["x.o"])), None);
    }
}
