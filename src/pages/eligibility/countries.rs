//! The delivery countries the wizard offers: every country of the
//! free-return lists (R1) and of the EU (O3), by name in the buyer's language.

use crate::domain::{EU_COUNTRIES, FREE_RETURN_COUNTRIES_24};
use crate::i18n::countries::country_name;
use crate::i18n::Locale;

/// Every country code the wizard offers, with its name, in alphabetical
/// order of the names in the buyer's language.
pub fn choices(locale: Locale) -> Vec<(&'static str, &'static str)> {
    let mut codes: Vec<&'static str> = FREE_RETURN_COUNTRIES_24.to_vec();
    for code in EU_COUNTRIES {
        if !codes.contains(code) {
            codes.push(code);
        }
    }
    let mut named: Vec<_> = codes
        .into_iter()
        .filter_map(|code| country_name(locale, code).map(|name| (code, name)))
        .collect();
    named.sort_by_key(|(_, name)| sort_key(name));
    named
}

/// Accented letters sort with their base letter, as a buyer expects.
fn sort_key(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'á' | 'Á' => 'a',
            'é' | 'É' => 'e',
            'í' | 'Í' => 'i',
            'ó' | 'Ó' => 'o',
            'ú' | 'Ú' => 'u',
            other => other.to_ascii_lowercase(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_free_return_and_eu_country_has_a_name_in_both_languages() {
        for locale in [Locale::en, Locale::es] {
            for code in FREE_RETURN_COUNTRIES_24.iter().chain(EU_COUNTRIES) {
                assert!(country_name(locale, code).is_some(), "{code}");
            }
        }
    }

    #[test]
    fn names_are_sorted_with_accents_beside_their_letter() {
        let names: Vec<_> = choices(Locale::es).into_iter().map(|(_, n)| n).collect();
        let austria = names.iter().position(|n| *n == "Austria").unwrap();
        let arabia = names.iter().position(|n| *n == "Arabia Saudí").unwrap();
        let belgica = names.iter().position(|n| *n == "Bélgica").unwrap();
        assert!(arabia < austria && austria < belgica);
    }
}
