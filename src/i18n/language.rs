//! Which language to show: a `?lang=` in the address first, then the buyer's
//! remembered choice, then the browser's languages, then English.

use super::Locale;

/// Reads a language tag (`es`, `es-MX`, `en_GB`…) as one of the app's locales.
pub fn parse_tag(tag: &str) -> Option<Locale> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    match primary.as_str() {
        "en" => Some(Locale::en),
        "es" => Some(Locale::es),
        _ => None,
    }
}

/// The tag of every locale, the one to fall back on first.
pub fn tags() -> Vec<&'static str> {
    use leptos_i18n::Locale as _;
    let first = Locale::default();
    std::iter::once(first)
        .chain(Locale::get_all().iter().copied().filter(|l| *l != first))
        .map(Locale::as_str)
        .collect()
}

/// The language to start in.
///
/// Usage: `choose(Some("es"), Some("en"), &["en-US".into()])` is Spanish.
pub fn choose(query: Option<&str>, stored: Option<&str>, browser: &[String]) -> Locale {
    query
        .and_then(parse_tag)
        .or_else(|| stored.and_then(parse_tag))
        .or_else(|| browser.iter().find_map(|tag| parse_tag(tag)))
        .unwrap_or(Locale::en)
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{choose, parse_tag, Locale};

    fn query_lang() -> Option<String> {
        let search = web_sys::window()?.location().search().ok()?;
        web_sys::UrlSearchParams::new_with_str(&search)
            .ok()?
            .get("lang")
    }

    fn browser_languages() -> Vec<String> {
        let Some(window) = web_sys::window() else {
            return Vec::new();
        };
        window
            .navigator()
            .languages()
            .iter()
            .filter_map(|tag| tag.as_string())
            .collect()
    }

    /// The language to start in, given the buyer's remembered choice, and
    /// the language of a valid `?lang=`, which the caller remembers so that a
    /// shared link keeps its language on the next visit.
    pub fn initial_locale(stored: Option<&str>) -> (Locale, Option<Locale>) {
        let query = query_lang();
        let from_query = query.as_deref().and_then(parse_tag);
        (
            choose(query.as_deref(), stored, &browser_languages()),
            from_query,
        )
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::initial_locale;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_spanish_region_gives_spanish() {
        for tag in ["es", "es-ES", "es-MX", "es_419", "ES-ar"] {
            assert_eq!(parse_tag(tag), Some(Locale::es), "{tag}");
        }
    }

    #[test]
    fn english_is_the_language_to_fall_back_on() {
        assert_eq!(tags(), ["en", "es"]);
        assert_eq!(choose(None, None, &[]), Locale::en);
    }

    #[test]
    fn unknown_languages_are_ignored() {
        assert_eq!(parse_tag("fr-FR"), None);
        assert_eq!(parse_tag(""), None);
        assert_eq!(choose(None, None, &["fr".into(), "de".into()]), Locale::en);
    }

    #[test]
    fn query_wins_over_stored_choice_and_browser() {
        assert_eq!(
            choose(Some("es"), Some("en"), &["en-US".into()]),
            Locale::es
        );
        assert_eq!(
            choose(Some("en"), Some("es"), &["es-ES".into()]),
            Locale::en
        );
    }

    #[test]
    fn stored_choice_wins_over_browser() {
        assert_eq!(choose(None, Some("es"), &["en-US".into()]), Locale::es);
    }

    #[test]
    fn invalid_query_falls_back_to_stored_choice() {
        assert_eq!(choose(Some("xx"), Some("es"), &[]), Locale::es);
    }

    #[test]
    fn first_known_browser_language_is_used() {
        assert_eq!(
            choose(None, None, &["fr".into(), "es-AR".into(), "en".into()]),
            Locale::es
        );
    }
}
