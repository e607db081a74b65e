//! The names of the countries the app offers, those of the free-return
//! lists (R1), of the EU (O3) and of Latin America, in the buyer's language:
//! a buyer reads countries by name, never as codes.

use super::{td_string, Locale};
use crate::domain::{EU_COUNTRIES, FREE_RETURN_COUNTRIES_24};

/// The Spanish-speaking countries of the Americas that neither the
/// free-return lists nor the EU hold, so that their buyers find their own.
const LATIN_AMERICA: &[&str] = &[
    "AR", "BO", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "NI", "PA", "PE", "PR", "PY", "SV", "UY",
    "VE",
];

/// The name of the country with ISO code `code`, when the app knows it.
pub fn country_name(locale: Locale, code: &str) -> Option<&'static str> {
    Some(match code {
        "ES" => td_string!(locale, countries.es),
        "US" => td_string!(locale, countries.us),
        "GB" => td_string!(locale, countries.gb),
        "PL" => td_string!(locale, countries.pl),
        "IT" => td_string!(locale, countries.it),
        "NL" => td_string!(locale, countries.nl),
        "BR" => td_string!(locale, countries.br),
        "AU" => td_string!(locale, countries.au),
        "IL" => td_string!(locale, countries.il),
        "CA" => td_string!(locale, countries.ca),
        "AE" => td_string!(locale, countries.ae),
        "DE" => td_string!(locale, countries.de),
        "FR" => td_string!(locale, countries.fr),
        "RU" => td_string!(locale, countries.ru),
        "SA" => td_string!(locale, countries.sa),
        "KR" => td_string!(locale, countries.kr),
        "BE" => td_string!(locale, countries.be),
        "PT" => td_string!(locale, countries.pt),
        "MX" => td_string!(locale, countries.mx),
        "UA" => td_string!(locale, countries.ua),
        "CZ" => td_string!(locale, countries.cz),
        "CH" => td_string!(locale, countries.ch),
        "CL" => td_string!(locale, countries.cl),
        "JP" => td_string!(locale, countries.jp),
        "AT" => td_string!(locale, countries.at),
        "BG" => td_string!(locale, countries.bg),
        "HR" => td_string!(locale, countries.hr),
        "CY" => td_string!(locale, countries.cy),
        "DK" => td_string!(locale, countries.dk),
        "EE" => td_string!(locale, countries.ee),
        "FI" => td_string!(locale, countries.fi),
        "GR" => td_string!(locale, countries.gr),
        "HU" => td_string!(locale, countries.hu),
        "IE" => td_string!(locale, countries.ie),
        "LV" => td_string!(locale, countries.lv),
        "LT" => td_string!(locale, countries.lt),
        "LU" => td_string!(locale, countries.lu),
        "MT" => td_string!(locale, countries.mt),
        "RO" => td_string!(locale, countries.ro),
        "SK" => td_string!(locale, countries.sk),
        "SI" => td_string!(locale, countries.si),
        "SE" => td_string!(locale, countries.se),
        "AR" => td_string!(locale, countries.ar),
        "BO" => td_string!(locale, countries.bo),
        "CO" => td_string!(locale, countries.co),
        "CR" => td_string!(locale, countries.cr),
        "CU" => td_string!(locale, countries.cu),
        "DO" => td_string!(locale, countries.do_),
        "EC" => td_string!(locale, countries.ec),
        "GT" => td_string!(locale, countries.gt),
        "HN" => td_string!(locale, countries.hn),
        "NI" => td_string!(locale, countries.ni),
        "PA" => td_string!(locale, countries.pa),
        "PE" => td_string!(locale, countries.pe),
        "PR" => td_string!(locale, countries.pr),
        "PY" => td_string!(locale, countries.py),
        "SV" => td_string!(locale, countries.sv),
        "UY" => td_string!(locale, countries.uy),
        "VE" => td_string!(locale, countries.ve),
        _ => return None,
    })
}

/// `codes` by name, in alphabetical order of the names in the buyer's
/// language, as a list to read: "Germany, Spain, United States". A code the
/// app has no name for is shown as it is.
pub fn country_list(locale: Locale, codes: &[&str]) -> String {
    let mut names: Vec<&str> = codes
        .iter()
        .map(|code| country_name(locale, code).unwrap_or(code))
        .collect();
    names.sort_by_key(|name| sort_key(name));
    names.join(", ")
}

/// Every country the app has a name for, with its code, in alphabetical
/// order of the names in the buyer's language: the choices of a country
/// select.
pub fn choices(locale: Locale) -> Vec<(&'static str, &'static str)> {
    let mut codes: Vec<&'static str> = FREE_RETURN_COUNTRIES_24.to_vec();
    for code in EU_COUNTRIES.iter().chain(LATIN_AMERICA) {
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
    fn every_free_return_country_has_a_name() {
        for code in FREE_RETURN_COUNTRIES_24 {
            assert!(country_name(Locale::en, code).is_some(), "{code}");
            assert!(country_name(Locale::es, code).is_some(), "{code}");
        }
        assert_eq!(country_name(Locale::es, "DE"), Some("Alemania"));
        assert_eq!(country_name(Locale::en, "ZZ"), None);
    }

    #[test]
    fn every_country_offered_has_a_name_in_both_languages() {
        for locale in [Locale::en, Locale::es] {
            for code in FREE_RETURN_COUNTRIES_24
                .iter()
                .chain(EU_COUNTRIES)
                .chain(LATIN_AMERICA)
            {
                assert!(country_name(locale, code).is_some(), "{code}");
            }
            let mut codes: Vec<_> = choices(locale).into_iter().map(|(code, _)| code).collect();
            codes.dedup();
            assert_eq!(
                codes.len(),
                24 + 18 + LATIN_AMERICA.len(),
                "each country once"
            );
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

    #[test]
    fn a_list_of_codes_reads_as_names() {
        assert_eq!(
            country_list(Locale::en, &["US", "ES", "DE"]),
            "Germany, Spain, United States"
        );
        assert_eq!(
            country_list(Locale::es, &["US", "ES", "DE"]),
            "Alemania, España, Estados Unidos"
        );
    }
}
