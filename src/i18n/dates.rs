//! Dates as the buyer reads them: "Friday, 6 November 2026", "viernes 6 de
//! noviembre de 2026", and how far away they are.

use chrono::{Datelike, NaiveDate};

use super::{td_string, Locale};
use crate::domain::Hundredths;

/// The date in words, with its weekday.
pub fn long_date(locale: Locale, date: NaiveDate) -> String {
    let weekday = weekday(locale, date.weekday().number_from_monday());
    let month = month(locale, date.month());
    let day = date.day();
    let year = date.year();
    td_string!(
        locale,
        date.long,
        weekday = weekday,
        day = day,
        month = month,
        year = year
    )
    .to_string()
}

/// How far `days` (from today, negative once passed) is, in words:
/// "today", "3 days left", "2 days ago".
pub fn days_left(locale: Locale, days: i64) -> String {
    match days {
        0 => td_string!(locale, date.today).to_string(),
        1 => td_string!(locale, date.tomorrow).to_string(),
        -1 => td_string!(locale, date.yesterday).to_string(),
        count if count > 1 => td_string!(locale, date.days_left, count = count).to_string(),
        count => {
            let count = -count;
            td_string!(locale, date.days_ago, count = count).to_string()
        }
    }
}

fn month(locale: Locale, month: u32) -> &'static str {
    match month {
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

fn weekday(locale: Locale, number_from_monday: u32) -> &'static str {
    match number_from_monday {
        1 => td_string!(locale, date.weekday_1),
        2 => td_string!(locale, date.weekday_2),
        3 => td_string!(locale, date.weekday_3),
        4 => td_string!(locale, date.weekday_4),
        5 => td_string!(locale, date.weekday_5),
        6 => td_string!(locale, date.weekday_6),
        _ => td_string!(locale, date.weekday_7),
    }
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

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn long_date_names_weekday_and_month_in_each_language() {
        assert_eq!(
            long_date(Locale::en, day("2026-11-06")),
            "Friday, 6 November 2026"
        );
        assert_eq!(
            long_date(Locale::es, day("2026-11-06")),
            "viernes 6 de noviembre de 2026"
        );
        assert_eq!(
            long_date(Locale::en, day("2027-01-03")),
            "Sunday, 3 January 2027"
        );
    }

    #[test]
    fn days_left_reads_naturally_around_today() {
        assert_eq!(days_left(Locale::en, 0), "today");
        assert_eq!(days_left(Locale::en, 1), "tomorrow, 1 day left");
        assert_eq!(days_left(Locale::en, 3), "3 days left");
        assert_eq!(days_left(Locale::en, -1), "yesterday");
        assert_eq!(days_left(Locale::es, -4), "hace 4 días");
        assert_eq!(days_left(Locale::es, 12), "quedan 12 días");
    }

    #[test]
    fn spanish_amounts_use_a_decimal_comma() {
        use crate::domain::Hundredths;
        assert_eq!(amount(Locale::es, Hundredths(1250)), "12,50");
        assert_eq!(amount(Locale::en, Hundredths(1250)), "12.50");
        assert_eq!(number(Locale::es, Hundredths(9750)), "97,5");
        assert_eq!(number(Locale::en, Hundredths(9500)), "95");
        assert_eq!(number(Locale::en, Hundredths(1000)), "10");
    }
}
