//! Trunk's post_build hook: finishes the build in the staging directory
//! before it replaces dist/.
//!
//! A split build (`make release`, see [`crate::link`]) gets the pages'
//! modules, optimized as trunk optimizes the main module and named after
//! their content, and the loader that fetches them.
//!
//! A release build gets
//! - one stylesheet instead of trunk's one per source file, so that the
//!   first view waits on one request, not ten;
//! - the preloads of the JavaScript and the wasm in a `<template>` ahead of
//!   the stylesheet, with the start-up script of the pages rendered at build
//!   time ([`crate::prerender`]) after it: where the loading shell shows,
//!   the script adds them at once, so that they start with the page; where a
//!   rendered page shows, once it is painted, so that on a slow network they
//!   do not share it with the stylesheet the paint waits for. Trunk's loader
//!   waits for them likewise;
//! - in a split build, a small inline script after the stylesheet that, when
//!   the address is a page loaded on its first visit, preloads that page's
//!   modules with the others, so that they download alongside the main
//!   module;
//! - a Content-Security-Policy `<meta>` first in `<head>`, allowing the
//!   inline scripts by the SHA-256 of their exact text, and
//! - sw.js, the service worker, with a cache named after the build and the
//!   list of every file of the build to keep for offline use.
//!
//! A development build (trunk serve) gets neither: trunk injects a reload
//! script and a WebSocket that a strict policy would block, and an offline
//! copy would hide the code just built. Its sw.js only removes a worker that
//! a release build served at the same address may have left behind.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::html;
use crate::service_worker;
use crate::split::{Manifest, LOADER};
use crate::text::{integrity, sha256_base64, sha256_hex, short_hash};

const CHARSET: &str = "<meta charset=\"utf-8\">";

struct Build {
    staging: PathBuf,
    index: PathBuf,
    profile: String,
    public_url: String,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|value| !value.is_empty())
}

pub fn say(message: impl AsRef<str>) {
    println!("post-build: {}", message.as_ref());
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))?;
    fs::set_permissions(path, fs::Permissions::from_mode(0o644)).map_err(|e| e.to_string())
}

/// `html` ending with exactly one newline, as the page is written.
fn page(html: &str) -> String {
    format!("{}\n", html.trim_end_matches('\n'))
}

pub fn run() -> Result<(), String> {
    let staging =
        PathBuf::from(env("TRUNK_STAGING_DIR").ok_or("run by trunk as a post_build hook")?);
    let mut public_url = env("TRUNK_PUBLIC_URL").unwrap_or_else(|| "/".into());
    if !public_url.ends_with('/') {
        public_url.push('/');
    }
    let build = Build {
        index: staging.join("index.html"),
        staging,
        profile: env("TRUNK_PROFILE").unwrap_or_else(|| "debug".into()),
        public_url,
    };
    if !build.index.is_file() {
        return Err(format!("no index.html in {}", build.staging.display()));
    }
    let split = add_split_modules(&build)?;
    if build.profile == "release" {
        bundle_stylesheets(&build)?;
        if let Some(split) = &split {
            add_page_preloads(&build, split)?;
        }
        defer_code(&build)?;
        add_content_security_policy(&build)?;
        service_worker::write_keeping(&build.staging, &build.public_url)
    } else {
        service_worker::write_retiring(&build.staging)?;
        say("development build: no Content-Security-Policy, no offline copy");
        Ok(())
    }
}

/// The build's JavaScript bindings, as trunk wrote them.
fn bindings_file(staging: &Path) -> Result<PathBuf, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(staging)
        .map_err(|e| e.to_string())?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "js"))
        .filter(|path| path.file_name().is_some_and(|n| n != "sw.js"))
        .collect();
    files.sort();
    files
        .into_iter()
        .find(|path| fs::read_to_string(path).is_ok_and(|t| t.contains("__wbg_get_imports")))
        .ok_or_else(|| format!("no wasm-bindgen JavaScript in {}", staging.display()))
}

/// A split build, as the post-build step leaves it: the manifest, and each
/// module stem's file name in the build.
struct Split {
    manifest: Manifest,
    names: Vec<(String, String)>,
}

impl Split {
    fn file(&self, stem: &str) -> Result<&str, String> {
        self.names
            .iter()
            .find(|(s, _)| s == stem)
            .map(|(_, name)| name.as_str())
            .ok_or_else(|| format!("the split build has no module {stem}"))
    }
}

/// wasm-opt's level and parameters, from the attributes of the wasm's
/// `<link data-trunk rel="rust">` in index.html, which trunk reads too.
fn wasm_opt_settings() -> Result<(String, Vec<String>), String> {
    let source = env("TRUNK_HTML_FILE")
        .map(PathBuf::from)
        .or_else(|| env("TRUNK_SOURCE_DIR").map(|dir| Path::new(&dir).join("index.html")))
        .unwrap_or_else(|| PathBuf::from("index.html"));
    let text = read(&source)?;
    let link = html::tags(&text, "<link data-trunk rel=\"rust\"")
        .into_iter()
        .next()
        .ok_or("index.html has no <link data-trunk rel=\"rust\">")?;
    let level =
        html::attribute(link, "data-wasm-opt").ok_or("index.html gives no data-wasm-opt")?;
    let params = html::attribute(link, "data-wasm-opt-params").unwrap_or_default();
    Ok((
        format!("-O{level}"),
        params.split_whitespace().map(String::from).collect(),
    ))
}

/// Optimizes the split modules into the build, two at a time, each named
/// after its content.
fn optimize_modules(split_dir: &Path, staging: &Path) -> Result<Vec<(String, String)>, String> {
    let (level, params) = wasm_opt_settings()?;
    let mut stems: Vec<String> = fs::read_dir(split_dir)
        .map_err(|e| e.to_string())?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "wasm"))
        .filter_map(|path| path.file_stem()?.to_str().map(String::from))
        .collect();
    stems.sort();
    let optimize = |stem: &String| -> Result<(), String> {
        let output = Command::new("wasm-opt")
            .arg(&level)
            .args(&params)
            .arg(split_dir.join(format!("{stem}.wasm")))
            .arg("-o")
            .arg(staging.join(format!("{stem}.wasm")))
            .output()
            .map_err(|e| format!("wasm-opt did not run: {e}"))?;
        // wasm-opt warns of the name subsection it does not know.
        let said = String::from_utf8_lossy(&output.stderr);
        for line in said
            .lines()
            .filter(|l| !l.contains("unknown name subsection"))
        {
            eprintln!("{line}");
        }
        if output.status.success() {
            Ok(())
        } else {
            Err(format!("wasm-opt failed on {stem}.wasm"))
        }
    };
    for pair in stems.chunks(2) {
        std::thread::scope(|scope| {
            let running: Vec<_> = pair
                .iter()
                .map(|stem| scope.spawn(move || optimize(stem)))
                .collect();
            running
                .into_iter()
                .try_for_each(|job| job.join().unwrap_or(Err("wasm-opt panicked".into())))
        })?;
    }
    let mut names = Vec::new();
    for stem in stems {
        let optimized = staging.join(format!("{stem}.wasm"));
        let bytes = fs::read(&optimized).map_err(|_| format!("wasm-opt gave no {stem}.wasm"))?;
        let name = format!("{stem}-{}.wasm", short_hash(&bytes));
        write(&staging.join(&name), &bytes)?;
        fs::remove_file(&optimized).map_err(|e| e.to_string())?;
        names.push((stem, name));
    }
    Ok(names)
}

/// Puts the split modules into the build; the loader that fetches them and
/// the bindings that import it are renamed after what they hold, so that no
/// name is reused for other content.
fn add_split_modules(build: &Build) -> Result<Option<Split>, String> {
    let bindings_path = bindings_file(&build.staging)?;
    let bindings = read(&bindings_path)?;
    let import_of = |name: &str| format!("\"./{name}\"");
    if !bindings.contains(&import_of(LOADER)) {
        return Ok(None);
    }
    let split_dir = PathBuf::from(
        env("DISPUTA_SPLIT_DIR")
            .ok_or("this build is split: set DISPUTA_SPLIT_DIR as the linker had it")?,
    );
    let manifest = Manifest::read(&split_dir)?;
    let target_dir = env("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(&env("TRUNK_SOURCE_DIR").unwrap_or_else(|| ".".into())).join("target")
        });
    let linked = target_dir.join(format!(
        "wasm32-unknown-unknown/{}/disputa.wasm",
        build.profile
    ));
    let linked_bytes = fs::read(&linked).map_err(|e| format!("{}: {e}", linked.display()))?;
    if sha256_hex(&linked_bytes) != manifest.stamp {
        return Err(format!(
            "the split modules in {} are not those of {}",
            split_dir.display(),
            linked.display()
        ));
    }

    let names = optimize_modules(&split_dir, &build.staging)?;
    let mut loader = read(&split_dir.join(LOADER))?;
    for (stem, name) in &names {
        loader = loader.replace(&import_of(&format!("{stem}.wasm")), &import_of(name));
    }
    // One name for the bindings and the loader, from both contents: each
    // names the other, so either changing renames both.
    let hash = short_hash(format!("{bindings}{loader}").as_bytes());
    let old_bindings = bindings_path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let new_bindings = format!("disputa-{hash}.js");
    let new_loader = format!("__wasm_split-{hash}.js");
    let loader = loader.replacen(&import_of("disputa.js"), &import_of(&new_bindings), 1);
    write(&build.staging.join(&new_loader), loader)?;
    // Only the module imports: the wasm's own imports keep the name it was
    // linked with.
    let mut renamed_bindings: String = bindings
        .split_inclusive('\n')
        .map(|line| {
            if line.starts_with("import ") {
                line.replacen(&import_of(LOADER), &import_of(&new_loader), 1)
            } else {
                line.to_string()
            }
        })
        .collect();
    if !renamed_bindings.ends_with('\n') {
        renamed_bindings.push('\n');
    }
    write(&build.staging.join(&new_bindings), &renamed_bindings)?;
    fs::remove_file(&bindings_path).map_err(|e| e.to_string())?;

    let mut index = read(&build.index)?.replace(&old_bindings, &new_bindings);
    let preload = html::tags(&index, "<link rel=\"modulepreload\"")
        .into_iter()
        .find(|tag| html::attribute(tag, "href").is_some_and(|h| h.ends_with(&new_bindings)))
        .map(String::from);
    if let Some(tag) = preload {
        let old = html::attribute(&tag, "integrity").unwrap_or_default();
        let fixed = tag.replacen(
            &format!("integrity=\"{old}\""),
            &format!("integrity=\"{}\"", integrity(renamed_bindings.as_bytes())),
            1,
        );
        index = index.replacen(&tag, &fixed, 1);
    }
    fs::write(&build.index, page(&index)).map_err(|e| e.to_string())?;
    say(format!(
        "{} split modules; bindings {new_bindings}, loader {new_loader}",
        names.len()
    ));
    Ok(Some(Split { manifest, names }))
}

/// Joins trunk's stylesheets, in the order of index.html, into one file
/// named after its content.
fn bundle_stylesheets(build: &Build) -> Result<(), String> {
    let index = read(&build.index)?;
    let is_stylesheet = |line: &str| {
        let line = line.trim();
        line.starts_with("<link rel=\"stylesheet\" href=\"") && line.ends_with('>')
    };
    let mut files = Vec::new();
    let mut out = String::new();
    let mut placed = false;
    for line in index.lines() {
        if is_stylesheet(line) {
            let href = html::attribute(line.trim(), "href").unwrap_or_default();
            files.push(
                href.strip_prefix(&build.public_url)
                    .unwrap_or(href)
                    .to_string(),
            );
            if !placed {
                out.push_str("@@stylesheets@@\n");
                placed = true;
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    if files.is_empty() {
        say("no stylesheets to join");
        return Ok(());
    }
    let mut joined = Vec::new();
    for file in &files {
        let path = build.staging.join(file);
        let css = fs::read(&path)
            .map_err(|_| format!("index.html links {file}, which the build lacks"))?;
        joined.extend_from_slice(&css);
    }
    let name = format!("app-{}.css", short_hash(&joined));
    write(&build.staging.join(&name), &joined)?;
    for file in &files {
        let _ = fs::remove_file(build.staging.join(file));
    }
    let link = format!(
        "    <link rel=\"stylesheet\" href=\"{}{name}\" integrity=\"{}\"/>",
        build.public_url,
        integrity(&joined)
    );
    fs::write(&build.index, out.replacen("@@stylesheets@@", &link, 1))
        .map_err(|e| e.to_string())?;
    say(format!("{} stylesheets joined into {name}", files.len()));
    Ok(())
}

/// The inline script that preloads the modules of the page at the address
/// opened, when it is one loaded on its first visit; addresses match as the
/// app's `page_at` matches them. After the stylesheet, it runs once the
/// stylesheet has arrived, so that the preloads do not slow the first paint.
/// While the app's code waits for a rendered page's first paint (see
/// [`defer_code`]), its preloads wait with it, in the template.
fn page_preload_script(split: &Split, public_url: &str) -> Result<String, String> {
    let quoted = |text: &str| format!("\"{text}\"");
    let mut groups = Vec::new();
    for (group, stems) in split.manifest.page_groups()? {
        let files: Vec<String> = stems
            .iter()
            .map(|stem| split.file(stem).map(quoted))
            .collect::<Result<_, _>>()?;
        groups.push(format!("{}:[{}]", quoted(group), files.join(",")));
    }
    let pages: Vec<String> = split
        .manifest
        .pages
        .iter()
        .map(|(at, group)| format!("[{},{}]", quoted(at), quoted(group)))
        .collect();
    Ok(format!(
        "<script>{{const g={{{groups}}},p=location.pathname.replace(/\\/+$/,\"\");\
for(const[a,n]of[{pages}])if(a.endsWith(\"*\")?p.startsWith(a.slice(0,-1)):p===a)\
for(const f of g[n]){{const l=document.createElement(\"link\");l.rel=\"preload\";l.as=\"fetch\";\
l.crossOrigin=\"anonymous\";l.href=\"{public_url}\"+f;\
(document.getElementById(\"{CODE}\")?.content??document.head).append(l)}}}}</script>",
        groups = groups.join(","),
        pages = pages.join(","),
    ))
}

fn add_page_preloads(build: &Build, split: &Split) -> Result<(), String> {
    if split.manifest.pages.is_empty() {
        return Err("the split manifest lists no pages loaded on their first visit".into());
    }
    let script = page_preload_script(split, &build.public_url)?;
    let index = read(&build.index)?;
    let stylesheet = html::tags(&index, "<link rel=\"stylesheet\"")
        .into_iter()
        .next()
        .ok_or("index.html has no stylesheet to put the page preloads after")?
        .to_string();
    let index = html::insert_after(&index, &stylesheet, &script).unwrap_or(index);
    fs::write(&build.index, page(&index)).map_err(|e| e.to_string())?;
    say(format!(
        "page preloads: {} addresses",
        split.manifest.pages.len()
    ));
    Ok(())
}

/// The id of the `<template>` holding the preloads of the app's code until
/// the start-up script adds them to the page (see `prerendered.js`), which
/// then fires an event of the same name on `document`.
pub const CODE: &str = "disputa-code";

/// Moves the preloads of the JavaScript and the wasm (which trunk writes at
/// the end of `<head>`) into the template [`CODE`], ahead of the stylesheet,
/// with the start-up script of the rendered pages right after it, and has trunk's
/// loader wait for them: it imports the bindings once the template's
/// preloads are in the page. The script chooses when: at once where the
/// loading shell shows, once the page is painted where a rendered page shows.
fn defer_code(build: &Build) -> Result<(), String> {
    let index = code_deferred(&read(&build.index)?)?;
    fs::write(&build.index, page(&index)).map_err(|e| e.to_string())
}

/// `index` as [`defer_code`] leaves it.
fn code_deferred(index: &str) -> Result<String, String> {
    let mut out = index.to_string();
    let mut preloads = String::new();
    for start in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        for tag in html::tags(index, start) {
            preloads.push_str(&format!("\n      {tag}"));
            let line = format!("    {tag}\n");
            let whole = if out.contains(&line) {
                line.as_str()
            } else {
                tag
            };
            out = out.replacen(whole, "", 1);
        }
    }
    if preloads.is_empty() {
        return Err("index.html preloads nothing".into());
    }
    let stylesheet = html::tags(&out, "<link rel=\"stylesheet\"")
        .into_iter()
        .next()
        .ok_or("index.html has no stylesheet")?
        .to_string();
    let code = format!(
        "<template id=\"{CODE}\">{preloads}\n    </template>\n    {}\n    {stylesheet}",
        crate::prerender::start_up_script()
    );
    out = out.replacen(&stylesheet, &code, 1);

    let loader = html::inline_scripts(&out)
        .into_iter()
        .find(|script| script.contains("import init, * as bindings from '"))
        .ok_or("index.html has no loader")?
        .to_string();
    let quoted_after = |before: &str| -> Result<String, String> {
        let rest = &loader[loader
            .find(before)
            .ok_or(format!("no {before} in the loader"))?
            + before.len()..];
        Ok(rest[..rest.find('\'').ok_or("unquoted")?].to_string())
    };
    let bindings = quoted_after("from '")?;
    let wasm = quoted_after("module_or_path: '")?;
    let waiting_loader = format!(
        "\nconst start = async () => {{\n\
const bindings = await import('{bindings}');\n\
const wasm = await bindings.default({{ module_or_path: '{wasm}' }});\n\
window.wasmBindings = bindings;\n\
dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{detail: {{wasm}}}}));\n\
}};\n\
if (document.getElementById('{CODE}')) document.addEventListener('{CODE}', start, {{ once: true }});\n\
else start();\n"
    );
    out = out.replacen(
        &format!(">{loader}</script>"),
        &format!(">{waiting_loader}</script>"),
        1,
    );
    Ok(out)
}

fn add_content_security_policy(build: &Build) -> Result<(), String> {
    let index = read(&build.index)?;
    let mut hashes = String::new();
    for script in html::inline_scripts(&index) {
        if script.contains("__TRUNK_") {
            say("trunk's reload script is present (trunk serve): no Content-Security-Policy");
            return Ok(());
        }
        hashes.push_str(&format!(" 'sha256-{}'", sha256_base64(script.as_bytes())));
    }
    let policy = format!(
        "default-src 'none'; script-src 'self'{hashes} 'wasm-unsafe-eval'; style-src 'self'; \
connect-src 'self'; img-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; \
form-action 'none'"
    );
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    // Right after the charset declaration, which must stay first, and so
    // before any script or stylesheet.
    let index = html::insert_after(&index, CHARSET, &meta)
        .ok_or_else(|| format!("index.html has no {CHARSET}"))?;
    let head = &index[..index.find(&meta).unwrap_or(0)];
    if head.contains("<script") || head.contains("<link") {
        return Err("a script or link comes before the Content-Security-Policy".into());
    }
    fs::write(&build.index, page(&index)).map_err(|e| e.to_string())?;
    say(format!("Content-Security-Policy: {policy}"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn the_code_waits_in_a_template_the_start_up_script_adds() {
        let index = "<head>\n    <meta charset=\"utf-8\">\n    \
<link rel=\"modulepreload\" href=\"/disputa-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-a\">\n    \
<link rel=\"preload\" href=\"/disputa-2_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\">\n    \
<link rel=\"stylesheet\" href=\"/app-3.css\" integrity=\"sha384-b\"/>\n\
<script type=\"module\">\nimport init, * as bindings from '/disputa-1.js';\n\
const wasm = await init({ module_or_path: '/disputa-2_bg.wasm' });\n</script>\n  </head>\n";
        let deferred = code_deferred(index).unwrap();
        let template = &deferred[deferred.find("<template id=\"disputa-code\">").unwrap()..];
        let template = &template[..template.find("</template>").unwrap()];
        assert!(template.contains("<link rel=\"modulepreload\" href=\"/disputa-1.js\""));
        assert!(template.contains("<link rel=\"preload\" href=\"/disputa-2_bg.wasm\""));
        assert_eq!(deferred.matches("<link rel=\"modulepreload\"").count(), 1);
        assert_eq!(deferred.matches("<link rel=\"preload\"").count(), 1);
        // The template, then the start-up script, then the stylesheet.
        let script = crate::prerender::start_up_script();
        let at = |text: &str| deferred.find(text).unwrap();
        assert!(at("</template>") < at(&script));
        assert!(at(&script) < at("<link rel=\"stylesheet\""));
        // The loader imports the app once the preloads are in the page.
        assert!(!deferred.contains("import init"));
        assert!(deferred.contains("const bindings = await import('/disputa-1.js');"));
        assert!(deferred.contains("bindings.default({ module_or_path: '/disputa-2_bg.wasm' })"));
        assert!(deferred.contains(
            "if (document.getElementById('disputa-code')) \
document.addEventListener('disputa-code', start, { once: true });\nelse start();"
        ));
    }

    #[test]
    fn the_page_preloads_name_each_group_once_with_its_files() {
        let split = Split {
            manifest: Manifest {
                stamp: String::new(),
                groups: BTreeMap::from([
                    ("cases".into(), vec!["split_cases".into(), "chunk_1".into()]),
                    ("disputes".into(), vec!["split_disputes".into()]),
                ]),
                pages: vec![
                    ("/cases/*".into(), "cases".into()),
                    ("/settings".into(), "cases".into()),
                    ("/eligibility".into(), "disputes".into()),
                ],
            },
            names: vec![
                ("split_cases".into(), "split_cases-aa.wasm".into()),
                ("chunk_1".into(), "chunk_1-bb.wasm".into()),
                ("split_disputes".into(), "split_disputes-cc.wasm".into()),
            ],
        };
        let script = page_preload_script(&split, "/").unwrap();
        assert!(script.starts_with(
            "<script>{const g={\"cases\":[\"split_cases-aa.wasm\",\"chunk_1-bb.wasm\"],\
\"disputes\":[\"split_disputes-cc.wasm\"]},p=location.pathname.replace(/\\/+$/,\"\");\
for(const[a,n]of[[\"/cases/*\",\"cases\"],[\"/settings\",\"cases\"],[\"/eligibility\",\"disputes\"]])"
        ));
        assert!(script.ends_with(
            "l.href=\"/\"+f;(document.getElementById(\"disputa-code\")?.content??document.head)\
.append(l)}}</script>"
        ));
    }
}
