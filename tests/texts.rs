#![cfg(not(target_arch = "wasm32"))]
//! The texts of both locale files, read as a buyer reads them: no text
//! promises an outcome (DOMAIN.md S9), and what the guides say follows
//! docs/WRITING.md.

use std::collections::BTreeMap;

/// Every text of a locale file, by its key path ("protection.lead").
fn texts(locale: &str) -> BTreeMap<String, String> {
    let path = format!("{}/locales/{locale}.json", env!("CARGO_MANIFEST_DIR"));
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = BTreeMap::new();
    flatten(&json, String::new(), &mut out);
    out
}

fn flatten(value: &serde_json::Value, prefix: String, out: &mut BTreeMap<String, String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(value, path, out);
            }
        }
        serde_json::Value::String(text) => {
            out.insert(prefix, text.clone());
        }
        other => panic!("{prefix}: not a text: {other}"),
    }
}

fn both_locales() -> Vec<(&'static str, BTreeMap<String, String>)> {
    vec![("en", texts("en")), ("es", texts("es"))]
}

/// Phrases that promise the buyer an outcome. AliExpress decides every
/// case: a text says what the buyer can claim and what the rule says.
/// `(a|b|)` is a choice between words, `|)` making the group optional.
const PROMISES: &[&str] = &[
    "you (will |)get (a |the |)(full |)refund",
    "(gets|get|receive|receives) a full refund",
    "(will |)get your money back",
    "you will be refunded",
    "the seller (pays|will pay|must pay)",
    "(you are|you're) guaranteed",
    "guarantees (you |)a refund",
    "(recibes|recibirás|obtienes|obtendrás|tendrás) (un|el) reembolso",
    "recib(es|irás) (un|el) reembolso (total|completo)",
    "recuperarás tu dinero",
    "recupera tu dinero",
    "te (devolverán|devuelven) (el|tu) dinero",
    "el vendedor (paga|pagará|debe pagar)",
    "(tienes|tendrás) (garantizado|asegurado)",
    "da derecho a un reembolso",
];

/// Every plain phrase a pattern of `PROMISES` stands for, in lower case.
fn expand(pattern: &str) -> Vec<String> {
    let Some(open) = pattern.find('(') else {
        return vec![pattern.to_lowercase()];
    };
    let close = open + pattern[open..].find(')').expect("a closing parenthesis");
    let (before, after) = (&pattern[..open], &pattern[close + 1..]);
    pattern[open + 1..close]
        .split('|')
        .flat_map(|choice| expand(&format!("{before}{choice}{after}")))
        .collect()
}

#[test]
fn the_promise_patterns_expand_to_the_phrases_they_name() {
    let phrases = expand("you (will |)get (a |the |)(full |)refund");
    assert!(phrases.contains(&"you get a full refund".to_string()));
    assert!(phrases.contains(&"you will get a full refund".to_string()));
    assert!(phrases.contains(&"you get the refund".to_string()));
    assert_eq!(phrases.len(), 12);
    let spanish = expand("recib(es|irás) (un|el) reembolso (total|completo)");
    assert!(spanish.contains(&"recibes un reembolso total".to_string()));
    assert!(spanish.contains(&"recibirás el reembolso completo".to_string()));
}

#[test]
fn no_text_promises_an_outcome() {
    let phrases: Vec<String> = PROMISES.iter().flat_map(|p| expand(p)).collect();
    let mut found = Vec::new();
    for (locale, texts) in both_locales() {
        for (key, text) in &texts {
            let lower = text.to_lowercase();
            for phrase in &phrases {
                if lower.contains(phrase.as_str()) {
                    found.push(format!("{locale}.json {key}: “{phrase}” in: {text}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "texts that promise an outcome (say what the buyer can claim instead):\n{}",
        found.join("\n")
    );
}

/// Texts that are not AliExpress's words but may be quoted: the app's own
/// choices that a hint tells the buyer to pick.
const APP_OWN_LABELS: &[&str] = &["wizard.dont_know", "wizard.country.another"];

/// Keys whose quotes cite a document's title, not a label of the interface.
fn cites_a_source(key: &str) -> bool {
    key.starts_with("rules.") && key.ends_with(".source")
}

/// What a text quotes between «…» or “…”.
fn quotes(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (open, close) in [('«', '»'), ('“', '”')] {
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + open.len_utf8()..];
            let end = after
                .find(close)
                .unwrap_or_else(|| panic!("an unclosed {open} in: {text}"));
            found.push(after[..end].to_string());
            rest = &after[end + close.len_utf8()..];
        }
    }
    found
}

/// A quote that holds only placeholders ("{{ button }}") is filled from
/// the table (or, for field names, from the app's own words) by the code.
fn only_placeholders(quote: &str) -> bool {
    let mut rest = quote.trim();
    while let Some(inner) = rest.strip_prefix("{{") {
        let Some(end) = inner.find("}}") else {
            return false;
        };
        rest = inner[end + 2..].trim();
    }
    rest.is_empty()
}

#[test]
fn every_quoted_label_is_aliexpress_s_word_from_the_one_table() {
    use disputa::i18n::buttons::ALIEXPRESS_WORDS;
    let mut wrong = Vec::new();
    for (locale, texts) in both_locales() {
        let table: Vec<&str> = ALIEXPRESS_WORDS
            .iter()
            .map(|row| if locale == "en" { row.en } else { row.es })
            .collect();
        let own: Vec<&str> = APP_OWN_LABELS
            .iter()
            .map(|key| texts[*key].as_str())
            .collect();
        for (key, text) in &texts {
            if cites_a_source(key) {
                continue;
            }
            if text.contains('"') {
                wrong.push(format!("{locale}.json {key}: straight quotes in: {text}"));
            }
            for quote in quotes(text) {
                let known = only_placeholders(&quote)
                    || table.contains(&quote.as_str())
                    || own.contains(&quote.as_str());
                if !known {
                    wrong.push(format!("{locale}.json {key}: “{quote}” in: {text}"));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "quoted words that are not in ALIEXPRESS_WORDS (src/i18n/buttons.rs):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn quotes_are_found_in_both_styles() {
    assert_eq!(
        quotes("Pulsa «Mis pedidos» y luego «{{ button }}»."),
        ["Mis pedidos", "{{ button }}"]
    );
    assert_eq!(quotes("Press “Confirm receipt”."), ["Confirm receipt"]);
    assert!(only_placeholders("{{ button }}"));
    assert!(!only_placeholders("{{ button }} now"));
}

/// Texts whose digits are examples of a format or the app's own limits,
/// not numbers of a rule.
const DIGITS_ALLOWED: &[&str] = &[
    // Examples of how to write an amount, a date, a percentage or a code.
    "buy.number.percent_not_a_number",
    "buy.number.percent_decimals",
    "buy.number.years_not_a_number",
    "buy.seller.feedback_hint",
    "buy.seller.years_hint",
    "returns.cost.refund_hint",
    "returns.cost.shipping_hint",
    "returns.cost.not_a_number",
    "returns.cost.decimals",
    "returns.check.date_not_a_date",
    "wizard.listing.price_error",
    "buy.number.percent_too_large",
    "labels.reason.not_a_decimal",
    "labels.reason.not_a_date",
    "storage.file.not_a_decimal",
    "storage.file.invalid_date",
    "storage.file.unsupported_version",
    "storage.file.version_missing",
    "storage.notice.newer_body",
    "date.tomorrow",
    // The size limit of an imported file (the app's, not a rule).
    "pages.settings.import_body",
    "pages.settings.import_too_large",
];

#[test]
fn texts_about_rules_hold_no_number_of_their_own() {
    let mut wrong = Vec::new();
    for (locale, texts) in both_locales() {
        for (key, text) in &texts {
            if cites_a_source(key) || DIGITS_ALLOWED.contains(&key.as_str()) {
                continue;
            }
            let mut outside = String::new();
            let mut rest = text.as_str();
            while let Some(start) = rest.find("{{") {
                outside.push_str(&rest[..start]);
                rest = rest[start..]
                    .split_once("}}")
                    .map_or("", |(_, after)| after);
            }
            outside.push_str(rest);
            if outside.chars().any(|c| c.is_ascii_digit()) {
                wrong.push(format!("{locale}.json {key}: {text}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "numbers written into texts: take them from the policy table and interpolate them:\n{}",
        wrong.join("\n")
    );
}

/// Every number of the default policy and of its alternatives.
fn policy_numbers() -> Vec<String> {
    use disputa::domain::{Alternative, Policy};
    let mut written = format!("{:?}", Policy::default());
    for choice in Alternative::ALL {
        written.push_str(&format!(
            "{:?}",
            Policy::default().with_alternative(*choice)
        ));
    }
    let mut numbers = numbers(&written);
    // A country list is said by its length too ("in 12 countries").
    for choice in Alternative::ALL {
        let policy = Policy::default().with_alternative(*choice);
        numbers.push(policy.free_return_countries.len().to_string());
    }
    numbers.push(Policy::default().free_return_countries.len().to_string());
    numbers
}

fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_number_of_a_rule_text_comes_from_the_policy_table() {
    use disputa::domain::RuleId;
    use disputa::i18n::{rules, Locale};
    let allowed = policy_numbers();
    for locale in [Locale::en, Locale::es] {
        for id in RuleId::ALL {
            let mut said = rules::text(locale, *id);
            said.push(' ');
            said.push_str(&rules::summary(locale, *id));
            if let Some(other) = rules::alternative(locale, *id) {
                said.push(' ');
                said.push_str(&other);
            }
            for number in numbers(&said) {
                assert!(
                    allowed.contains(&number),
                    "{locale:?} {id}: {number} is not in the policy table: {said}"
                );
            }
        }
    }
}
