//! The names of the countries the app offers, those of the free-return
//! lists (R1) and of the EU (O3), in the buyer's language.

use super::{td_string, Locale};

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
