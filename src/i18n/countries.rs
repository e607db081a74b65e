//! The names of the countries of the free-return lists (R1), in the
//! buyer's language.

use super::{td_string, Locale};

/// The name of the country with ISO code `code`, when it is on one of the
/// free-return lists.
pub fn country_name(locale: Locale, code: &str) -> Option<&'static str> {
    Some(match code {
        "ES" => td_string!(locale, buy.countries.es),
        "US" => td_string!(locale, buy.countries.us),
        "GB" => td_string!(locale, buy.countries.gb),
        "PL" => td_string!(locale, buy.countries.pl),
        "IT" => td_string!(locale, buy.countries.it),
        "NL" => td_string!(locale, buy.countries.nl),
        "BR" => td_string!(locale, buy.countries.br),
        "AU" => td_string!(locale, buy.countries.au),
        "IL" => td_string!(locale, buy.countries.il),
        "CA" => td_string!(locale, buy.countries.ca),
        "AE" => td_string!(locale, buy.countries.ae),
        "DE" => td_string!(locale, buy.countries.de),
        "FR" => td_string!(locale, buy.countries.fr),
        "RU" => td_string!(locale, buy.countries.ru),
        "SA" => td_string!(locale, buy.countries.sa),
        "KR" => td_string!(locale, buy.countries.kr),
        "BE" => td_string!(locale, buy.countries.be),
        "PT" => td_string!(locale, buy.countries.pt),
        "MX" => td_string!(locale, buy.countries.mx),
        "UA" => td_string!(locale, buy.countries.ua),
        "CZ" => td_string!(locale, buy.countries.cz),
        "CH" => td_string!(locale, buy.countries.ch),
        "CL" => td_string!(locale, buy.countries.cl),
        "JP" => td_string!(locale, buy.countries.jp),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::FREE_RETURN_COUNTRIES_24;

    #[test]
    fn every_free_return_country_has_a_name() {
        for code in FREE_RETURN_COUNTRIES_24 {
            assert!(country_name(Locale::en, code).is_some(), "{code}");
            assert!(country_name(Locale::es, code).is_some(), "{code}");
        }
        assert_eq!(country_name(Locale::es, "DE"), Some("Alemania"));
        assert_eq!(country_name(Locale::en, "ZZ"), None);
    }
}
