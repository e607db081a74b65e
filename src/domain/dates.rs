//! Calendar arithmetic of the reference: strict `YYYY-MM-DD` dates, "N days
//! after D", days left, and business days that skip Saturdays and Sundays.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Deserializer, Serializer};

/// The start of the error message for a date that is not `YYYY-MM-DD`; the
/// case-file parser recognises it to report a typed error.
pub(crate) const INVALID_DATE: &str = "invalid date";

/// Reads a date written exactly as `YYYY-MM-DD` (four-digit year, zero-padded
/// month and day), rejecting anything chrono alone would also accept.
///
/// ```
/// use disputa::domain::parse_date;
/// assert!(parse_date("2026-10-03").is_some());
/// assert!(parse_date("2026-10-3").is_none());
/// assert!(parse_date("2026-02-30").is_none());
/// ```
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().ok();
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

/// Writes a date as `YYYY-MM-DD`.
///
/// Written by hand rather than with chrono's `format`, whose strftime
/// machinery would otherwise be compiled into the app for this one pattern.
pub fn format_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Writes a date as `YYYYMMDD`, the basic form iCalendar uses.
pub fn format_date_basic(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// `date + days`, saturating at the last date chrono can hold so that no
/// input, however odd, makes the engine panic.
pub fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

/// `date - days`, saturating at the first date chrono can hold.
pub fn sub_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_sub_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MIN)
}

/// Days from `today` until `date`: 0 on the day itself, negative once passed.
pub fn days_left(today: NaiveDate, date: NaiveDate) -> i64 {
    (date - today).num_days()
}

/// Whether `date` is a business day (Monday to Friday; holidays are not
/// counted, as the reference says).
pub fn is_business_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The date `days` business days after `date`. Counting starts the next
/// business day, so 0 business days is `date` itself.
pub fn add_business_days(date: NaiveDate, days: u32) -> NaiveDate {
    if days == 0 {
        return date;
    }
    // Counting from a weekend day is counting from the Friday before it; from
    // a business day, whole weeks land on the same weekday.
    let start = match date.weekday() {
        Weekday::Sat => sub_days(date, 1),
        Weekday::Sun => sub_days(date, 2),
        _ => date,
    };
    let mut current = add_days(start, (days / 5).saturating_mul(7));
    let mut remaining = days % 5;
    while remaining > 0 && current != NaiveDate::MAX {
        current = add_days(current, 1);
        if is_business_day(current) {
            remaining -= 1;
        }
    }
    current
}

pub(crate) fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&format_date(*date))
}

pub(crate) fn serialize_opt<S: Serializer>(
    date: &Option<NaiveDate>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serialize(date, serializer),
        None => serializer.serialize_none(),
    }
}

fn from_text<E: serde::de::Error>(text: &str) -> Result<NaiveDate, E> {
    parse_date(text)
        .ok_or_else(|| E::custom(format!("{INVALID_DATE} \"{text}\", expected YYYY-MM-DD")))
}

pub(crate) fn deserialize_opt<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<String>::deserialize(deserializer)? {
        Some(text) => from_text(&text).map(Some),
        None => Ok(None),
    }
}
