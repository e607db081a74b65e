//! Dates and amounts as the buyer reads them in their language:
//! "Friday 6 November 2026", "viernes 6 de noviembre de 2026", "12,50".

use chrono::{Datelike, NaiveDate};

use super::{td_string, Locale};
use crate::domain::Hundredths;

/// The name of a month, 1 to 12.
fn month(locale: Locale, number: u32) -> &'static str {
    match number {
        1 => td_string!(locale, date.month_1),
        2 => td_string!(locale, date.month_2),
        3 => td_string!(locale, date.month_3),
        4 => td_string!(locale, date.month_4),
        5 => td_string!(locale, date.month_5),
        6 => td_string!(locale, date.month_6),
        7 => td_string!(locale, date.month_7),
        8 => td_string!(locale, date.month_8),
        9 => td_string!(locale, date.month_9),
        10 => td_string!(locale, date.month_10),
        11 => td_string!(locale, date.month_11),
        _ => td_string!(locale, date.month_12),
    }
}

/// The name of a weekday, Monday = 1 to Sunday = 7.
fn weekday(locale: Locale, number: u32) -> &'static str {
    match number {
        1 => td_string!(locale, date.weekday_1),
        2 => td_string!(locale, date.weekday_2),
        3 => td_string!(locale, date.weekday_3),
        4 => td_string!(locale, date.weekday_4),
        5 => td_string!(locale, date.weekday_5),
        6 => td_string!(locale, date.weekday_6),
        _ => td_string!(locale, date.weekday_7),
    }
}

/// The date in full, weekday first, in the word order of `locale`.
///
/// Usage: `long_date(Locale::es, date)` is "viernes 6 de noviembre de 2026".
pub fn long_date(locale: Locale, date: NaiveDate) -> String {
    td_string!(
        locale,
        date.long,
        weekday = weekday(locale, date.weekday().number_from_monday()),
        day = date.day(),
        month = month(locale, date.month()),
        year = date.year()
    )
    .to_string()
}

/// An amount with two decimals and the decimal separator of `locale`.
pub fn amount(locale: Locale, value: Hundredths) -> String {
    let plain = value.to_plain();
    match locale {
        Locale::es => plain.replace('.', ","),
        Locale::en => plain,
    }
}

/// A number that may have decimals, written without trailing zero decimals
/// ("95", "97,5").
pub fn number(locale: Locale, value: Hundredths) -> String {
    let written = amount(locale, value);
    let trimmed = written.trim_end_matches('0');
    trimmed.trim_end_matches(['.', ',']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn long_dates_read_naturally_in_both_languages() {
        assert_eq!(
            long_date(Locale::en, day(2026, 11, 6)),
            "Friday 6 November 2026"
        );
        assert_eq!(
            long_date(Locale::es, day(2026, 11, 6)),
            "viernes 6 de noviembre de 2026"
        );
    }

    #[test]
    fn every_month_and_weekday_has_its_own_name() {
        for locale in [Locale::en, Locale::es] {
            let months: std::collections::BTreeSet<_> =
                (1..=12).map(|m| month(locale, m)).collect();
            let days: std::collections::BTreeSet<_> = (1..=7).map(|d| weekday(locale, d)).collect();
            assert_eq!((months.len(), days.len()), (12, 7));
        }
        assert_eq!(
            long_date(Locale::en, day(2027, 1, 3)),
            "Sunday 3 January 2027"
        );
        assert_eq!(
            long_date(Locale::es, day(2027, 1, 4)),
            "lunes 4 de enero de 2027"
        );
    }

    #[test]
    fn spanish_amounts_use_a_decimal_comma() {
        assert_eq!(amount(Locale::es, Hundredths(1250)), "12,50");
        assert_eq!(amount(Locale::en, Hundredths(1250)), "12.50");
        assert_eq!(number(Locale::es, Hundredths(9750)), "97,5");
        assert_eq!(number(Locale::en, Hundredths(9500)), "95");
        assert_eq!(number(Locale::en, Hundredths(1000)), "10");
    }
}
