//! The names of the delivery countries the wizard offers: every country of
//! the free-return lists (R1) and of the EU (O3), in the buyer's language.

use crate::domain::{EU_COUNTRIES, FREE_RETURN_COUNTRIES_24};
use crate::i18n::{td_string, Locale};

/// The country's name, for the codes the app knows.
pub fn name(locale: Locale, code: &str) -> Option<&'static str> {
    let name = match code {
        "ES" => td_string!(locale, wizard.country_name.es),
        "US" => td_string!(locale, wizard.country_name.us),
        "GB" => td_string!(locale, wizard.country_name.gb),
        "PL" => td_string!(locale, wizard.country_name.pl),
        "IT" => td_string!(locale, wizard.country_name.it),
        "NL" => td_string!(locale, wizard.country_name.nl),
        "BR" => td_string!(locale, wizard.country_name.br),
        "AU" => td_string!(locale, wizard.country_name.au),
        "IL" => td_string!(locale, wizard.country_name.il),
        "CA" => td_string!(locale, wizard.country_name.ca),
        "AE" => td_string!(locale, wizard.country_name.ae),
        "DE" => td_string!(locale, wizard.country_name.de),
        "FR" => td_string!(locale, wizard.country_name.fr),
        "RU" => td_string!(locale, wizard.country_name.ru),
        "SA" => td_string!(locale, wizard.country_name.sa),
        "KR" => td_string!(locale, wizard.country_name.kr),
        "BE" => td_string!(locale, wizard.country_name.be),
        "PT" => td_string!(locale, wizard.country_name.pt),
        "MX" => td_string!(locale, wizard.country_name.mx),
        "UA" => td_string!(locale, wizard.country_name.ua),
        "CZ" => td_string!(locale, wizard.country_name.cz),
        "CH" => td_string!(locale, wizard.country_name.ch),
        "CL" => td_string!(locale, wizard.country_name.cl),
        "JP" => td_string!(locale, wizard.country_name.jp),
        "AT" => td_string!(locale, wizard.country_name.at),
        "BG" => td_string!(locale, wizard.country_name.bg),
        "HR" => td_string!(locale, wizard.country_name.hr),
        "CY" => td_string!(locale, wizard.country_name.cy),
        "DK" => td_string!(locale, wizard.country_name.dk),
        "EE" => td_string!(locale, wizard.country_name.ee),
        "FI" => td_string!(locale, wizard.country_name.fi),
        "GR" => td_string!(locale, wizard.country_name.gr),
        "HU" => td_string!(locale, wizard.country_name.hu),
        "IE" => td_string!(locale, wizard.country_name.ie),
        "LV" => td_string!(locale, wizard.country_name.lv),
        "LT" => td_string!(locale, wizard.country_name.lt),
        "LU" => td_string!(locale, wizard.country_name.lu),
        "MT" => td_string!(locale, wizard.country_name.mt),
        "RO" => td_string!(locale, wizard.country_name.ro),
        "SK" => td_string!(locale, wizard.country_name.sk),
        "SI" => td_string!(locale, wizard.country_name.si),
        "SE" => td_string!(locale, wizard.country_name.se),
        _ => return None,
    };
    Some(name)
}

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
        .filter_map(|code| name(locale, code).map(|name| (code, name)))
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
                assert!(name(locale, code).is_some(), "{code}");
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
