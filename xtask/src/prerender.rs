//! `xtask prerender [DIST]`: puts the content of the pages the app lists in
//! `app::PRERENDERED` into the HTML the host serves, so that a first visit
//! paints the page before the wasm has arrived.
//!
//! The release build in DIST renders each page itself, in each language, in
//! Debian's Chromium (`tests/e2e/prerender.mjs`): the markup is exactly what
//! the app's components make, so the app can take its place without a
//! visible change (see `takeover.rs` in the app). Each page gets a copy of
//! index.html with:
//! - its title and description, in the first language, and in each language
//!   on `<meta name="disputa-page">`, with its address and the answers that
//!   keep it from showing;
//! - in `#app`, beside the loading shell, one copy of the page per language,
//!   of which the start-up script ([`START_UP_SCRIPT`]) shows one or none.
//!
//! `/` is index.html itself, which a static host also serves at every
//! address without a file of its own: there the start-up script leaves the
//! loading shell. Every other page is `PATH/index.html`. Where a copy shows,
//! the script fetches the app's code once it is painted. The service worker
//! is then written again, to keep the new files.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;

use disputa::app::{Prerendered, PRERENDERED};
use disputa::i18n::language;

use crate::html;
use crate::post_build::write;
use crate::service_worker;

/// Decides before the body is read which copy shows; written into `<head>`
/// by the post-build step of a release build, so that the policy allows it.
pub fn start_up_script() -> String {
    let locales: Vec<String> = language::tags()
        .iter()
        .map(|tag| format!("\"{tag}\""))
        .collect();
    let script: String = START_UP_SCRIPT
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let script = script
        .replace("LOCALES", &format!("[{}]", locales.join(",")))
        .replace("STATE_KEY", &format!("\"{}\"", disputa::storage::STATE_KEY))
        .replace("CODE", &format!("'{}'", crate::post_build::CODE))
        .replace(
            "LANGUAGE_SETTING",
            &format!("\"{}\"", disputa::storage::codec::LANGUAGE_SETTING),
        );
    format!("<script>{script}</script>")
}

/// The script's source, with the names `LOCALES` (the default first),
/// `STATE_KEY` and `LANGUAGE_SETTING` for the app's values, and `CODE` for
/// the template of the app's code ([`crate::post_build::CODE`]).
const START_UP_SCRIPT: &str = include_str!("prerendered.js");

/// One page as the browser rendered it.
#[derive(Debug, Deserialize)]
struct Rendered {
    at: String,
    lang: String,
    title: String,
    description: String,
    markup: String,
}

#[derive(Debug, Deserialize)]
struct Renders {
    pages: Vec<Rendered>,
}

pub fn run(dist: Option<String>) -> Result<(), String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("xtask is not in the repository")?
        .to_path_buf();
    let dist = dist.map_or_else(|| repo.join("dist"), PathBuf::from);
    let dist = fs::canonicalize(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let index_path = dist.join("index.html");
    let index =
        fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    if !index.contains(&start_up_script()) {
        return Err(format!(
            "{} is not this source's release build: run `make release`",
            index_path.display()
        ));
    }
    if index.contains("<meta name=\"disputa-page\"") {
        return Err(format!(
            "{} holds rendered pages already: run `make release`",
            index_path.display()
        ));
    }
    let renders = render(&repo, &dist)?;
    for page in PRERENDERED {
        let copies: BTreeMap<&str, &Rendered> = renders
            .pages
            .iter()
            .filter(|r| r.at == page.at)
            .map(|r| (r.lang.as_str(), r))
            .collect();
        let html = page_html(&index, page, &copies)?;
        let file = if page.at == "/" {
            index_path.clone()
        } else {
            let dir = dist.join(page.at.trim_start_matches('/'));
            fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            dir.join("index.html")
        };
        write(&file, html)?;
    }
    println!(
        "prerender: {} pages in {} languages",
        PRERENDERED.len(),
        language::tags().len()
    );
    service_worker::write_keeping(&dist, "/")
}

/// Each page of [`PRERENDERED`] in each language, rendered by the build in `dist`.
fn render(repo: &Path, dist: &Path) -> Result<Renders, String> {
    let scripts = repo.join("tests/e2e");
    let mut command = Command::new("node");
    command
        .current_dir(&scripts)
        .arg("prerender.mjs")
        .arg("--dist")
        .arg(dist);
    for tag in language::tags() {
        command.arg("--lang").arg(tag);
    }
    command.args(PRERENDERED.iter().map(|page| page.at));
    let output = command
        .output()
        .map_err(|e| format!("node {}/prerender.mjs: {e}", scripts.display()))?;
    if !output.status.success() {
        return Err(format!(
            "rendering the pages failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| format!("the rendered pages: {e}"))
}

/// index.html carrying `page` in each language of `copies`.
fn page_html(
    index: &str,
    page: &Prerendered,
    copies: &BTreeMap<&str, &Rendered>,
) -> Result<String, String> {
    let tags = language::tags();
    let first = tags[0];
    let mut meta = format!(
        "<meta name=\"disputa-page\" content=\"{}\" data-unless-stored=\"{}\"",
        attribute(page.at),
        attribute(&page.unless_stored.join(" "))
    );
    let mut blocks = String::new();
    for &lang in &tags {
        let copy = copies
            .get(lang)
            .ok_or_else(|| format!("{} was not rendered in {lang}", page.at))?;
        if copy.markup.contains("<script") {
            return Err(format!("{} in {lang} holds a script", page.at));
        }
        meta.push_str(&format!(
            " data-title-{lang}=\"{}\" data-description-{lang}=\"{}\"",
            attribute(&copy.title),
            attribute(&copy.description)
        ));
        let lang_attribute = if lang == first {
            String::new()
        } else {
            format!(" lang=\"{lang}\"")
        };
        blocks.push_str(&format!(
            "<div data-prerendered-lang=\"{lang}\"{lang_attribute}>{}</div>",
            copy.markup
        ));
    }
    meta.push('>');
    let default = copies[first];

    let title = html::tags(index, "<title>")
        .into_iter()
        .next()
        .ok_or("index.html has no <title>")?;
    let old_title = &index[index.find(title).unwrap_or(0)..];
    let old_title = &old_title[..old_title
        .find("</title>")
        .ok_or("index.html has no </title>")?
        + "</title>".len()];
    let new_title = format!("<title>{}</title>\n    {meta}", text(&default.title));
    let description = html::tags(index, "<meta name=\"description\"")
        .into_iter()
        .next()
        .ok_or("index.html has no description")?;
    let new_description = format!(
        "<meta name=\"description\" content=\"{}\">",
        attribute(&default.description)
    );
    let app = "<div id=\"app\">";
    if !index.contains(app) {
        return Err(format!("index.html has no {app}"));
    }
    Ok(index
        .replacen(old_title, &new_title, 1)
        .replacen(description, &new_description, 1)
        .replacen(app, &format!("{app}{blocks}"), 1))
}

/// `value` written inside a double-quoted attribute.
fn attribute(value: &str) -> String {
    text(value).replace('"', "&quot;")
}

/// `value` written as the text of an element.
fn text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\">\n    \
<meta name=\"description\" content=\"Disputa explains.\">\n    <title>Disputa</title>\n  </head>\n  \
<body>\n    <div id=\"app\">\n      <div class=\"shell\">Loading</div>\n    </div>\n  </body>\n</html>\n";

    fn rendered(at: &str, lang: &str, title: &str, markup: &str) -> Rendered {
        Rendered {
            at: at.into(),
            lang: lang.into(),
            title: title.into(),
            description: format!("{title}, described"),
            markup: markup.into(),
        }
    }

    #[test]
    fn a_page_carries_each_language_and_its_title_and_conditions() {
        let en = rendered(
            "/returns",
            "en",
            "Returns & refunds",
            "<main><h1>Returns</h1></main>",
        );
        let es = rendered(
            "/returns",
            "es",
            "Devoluciones \"gratis\"",
            "<main><h1>Devoluciones</h1></main>",
        );
        let copies = BTreeMap::from([("en", &en), ("es", &es)]);
        let page = Prerendered {
            at: "/returns",
            unless_stored: &["a.key", "b.key"],
        };
        let html = page_html(INDEX, &page, &copies).unwrap();
        assert!(html.contains("<title>Returns &amp; refunds</title>"));
        assert!(html
            .contains("<meta name=\"description\" content=\"Returns &amp; refunds, described\">"));
        assert!(html.contains(
            "<meta name=\"disputa-page\" content=\"/returns\" data-unless-stored=\"a.key b.key\" \
data-title-en=\"Returns &amp; refunds\" data-description-en=\"Returns &amp; refunds, described\" \
data-title-es=\"Devoluciones &quot;gratis&quot;\""
        ));
        assert!(html.contains(
            "<div id=\"app\"><div data-prerendered-lang=\"en\"><main><h1>Returns</h1></main></div>\
<div data-prerendered-lang=\"es\" lang=\"es\"><main><h1>Devoluciones</h1></main></div>\n      <div class=\"shell\">"
        ));
        assert_eq!(html.matches("<title>").count(), 1);
    }

    #[test]
    fn a_missing_language_or_a_script_is_refused() {
        let en = rendered("/", "en", "Home", "<h1>Home</h1>");
        let page = Prerendered {
            at: "/",
            unless_stored: &[],
        };
        let only_english = BTreeMap::from([("en", &en)]);
        assert!(page_html(INDEX, &page, &only_english).is_err());
        let es = rendered("/", "es", "Inicio", "<h1>Inicio</h1><script>x()</script>");
        let with_script = BTreeMap::from([("en", &en), ("es", &es)]);
        assert!(page_html(INDEX, &page, &with_script).is_err());
    }

    #[test]
    fn the_start_up_script_names_the_apps_values() {
        let script = start_up_script();
        assert!(script.contains("[\"en\",\"es\"]"));
        assert!(script.contains(&format!("\"{}\"", disputa::storage::STATE_KEY)));
        assert!(!script.contains("STATE_KEY") && !script.contains("LOCALES"));
        assert!(script.contains("getElementById('disputa-code')"));
        assert!(script.contains("new Event('disputa-code')"));
        assert!(!script.contains("\n//"));
    }
}
