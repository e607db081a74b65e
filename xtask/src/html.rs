//! The few reads and edits of trunk's index.html the build needs: tags by
//! their start, attributes by name, inline scripts. index.html is trunk's
//! output, written by trunk from our own index.html, so a small reader that
//! fails loudly on anything unexpected is enough.

/// Every tag that starts with `start` (like `<link rel="stylesheet"`), whole.
pub fn tags<'a>(html: &'a str, start: &str) -> Vec<&'a str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(start) {
        let tag = &rest[at..];
        let end = tag.find('>').map_or(tag.len(), |end| end + 1);
        found.push(&tag[..end]);
        rest = &tag[end..];
    }
    found
}

/// The value of the attribute `name` in a tag.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let pattern = format!(" {name}=\"");
    let at = tag.find(&pattern)? + pattern.len();
    let value = &tag[at..];
    Some(&value[..value.find('"')?])
}

/// The text of each inline `<script>` (one without `src`), exactly.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        let after = &rest[at + "<script".len()..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let attributes = &after[..open_end];
        let body = &after[open_end + 1..];
        let close = body.find("</script>").unwrap_or(body.len());
        if !attributes.contains("src=") {
            scripts.push(&body[..close]);
        }
        rest = &body[close..];
    }
    scripts
}

/// `html` with `insert` put right after the first `anchor`, on a line of
/// its own indented as trunk indents `<head>`.
pub fn insert_after(html: &str, anchor: &str, insert: &str) -> Option<String> {
    let at = html.find(anchor)? + anchor.len();
    Some(format!("{}\n    {insert}{}", &html[..at], &html[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<head>
    <meta charset="utf-8">
    <link rel="stylesheet" href="/a.css" integrity="x"/>
    <link rel="modulepreload" href="/disputa-1.js" crossorigin="anonymous" integrity="sha384-old">
    <script type="module">import init from '/disputa-1.js';</script>
    <script src="/x.js"></script>
</head>"#;

    #[test]
    fn tags_and_attributes_are_found_by_name() {
        let links = tags(PAGE, "<link rel=\"modulepreload\"");
        assert_eq!(links.len(), 1);
        assert_eq!(attribute(links[0], "href"), Some("/disputa-1.js"));
        assert_eq!(attribute(links[0], "integrity"), Some("sha384-old"));
        assert_eq!(attribute(links[0], "nonce"), None);
    }

    #[test]
    fn only_inline_scripts_are_read_exactly() {
        assert_eq!(inline_scripts(PAGE), ["import init from '/disputa-1.js';"]);
    }

    #[test]
    fn an_insert_goes_on_its_own_line_after_the_anchor() {
        let page = insert_after(PAGE, "<meta charset=\"utf-8\">", "<meta name=\"x\">").unwrap();
        assert!(page.contains("<meta charset=\"utf-8\">\n    <meta name=\"x\">\n    <link"));
        assert_eq!(insert_after(PAGE, "<base>", "x"), None);
    }
}
