//! "Add to calendar": a case's open deadlines as an iCalendar file (RFC 5545),
//! one all-day event each with a reminder two days before. Pure Rust, built
//! in the browser; nothing is sent anywhere.

use chrono::{DateTime, NaiveDate, Timelike, Utc};

use crate::domain::format_date_basic;

/// One deadline as an event: its date and the words to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Unique and stable for the case and the kind of deadline, so that
    /// importing the file again updates the events instead of doubling them.
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// How long before each deadline the reminder rings.
pub const REMINDER_DAYS_BEFORE: u32 = 2;

/// A moment in UTC as iCalendar's `YYYYMMDDTHHMMSSZ`, for [`ics`]'s stamp.
///
/// ```
/// let moment = chrono::DateTime::parse_from_rfc3339("2026-11-06T08:05:09Z").unwrap();
/// assert_eq!(disputa::calendar::utc_stamp(moment.to_utc()), "20261106T080509Z");
/// ```
pub fn utc_stamp(moment: DateTime<Utc>) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        format_date_basic(moment.date_naive()),
        moment.hour(),
        moment.minute(),
        moment.second()
    )
}

/// The calendar file. `stamp` is the time it is made, in UTC, as
/// `YYYYMMDDTHHMMSSZ`.
///
/// Usage:
/// ```
/// use disputa::calendar::{ics, CalendarEvent};
/// let event = CalendarEvent {
///     uid: "c-1-open_dispute_by@disputa".into(),
///     date: "2026-11-06".parse().unwrap(),
///     summary: "Open a dispute by".into(),
///     description: "Order 8123".into(),
/// };
/// let file = ics(&[event], "20261101T090000Z");
/// assert!(file.contains("DTSTART;VALUE=DATE:20261106\r\n"));
/// ```
pub fn ics(events: &[CalendarEvent], stamp: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Disputa//Deadlines//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    for event in events {
        let next_day = event.date.succ_opt().unwrap_or(event.date);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", escape(&event.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", format_date_basic(event.date)),
            format!("DTEND;VALUE=DATE:{}", format_date_basic(next_day)),
            format!("SUMMARY:{}", escape(&event.summary)),
            format!("DESCRIPTION:{}", escape(&event.description)),
            "TRANSP:TRANSPARENT".to_string(),
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".to_string(),
            format!("DESCRIPTION:{}", escape(&event.summary)),
            format!("TRIGGER:-P{REMINDER_DAYS_BEFORE}D"),
            "END:VALARM".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|line| fold(line)).collect()
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Ends a content line with CRLF, folded so that no line is longer than 75
/// octets, never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(date: &str, summary: &str) -> CalendarEvent {
        CalendarEvent {
            uid: format!("case-{date}@disputa"),
            date: date.parse().unwrap(),
            summary: summary.into(),
            description: "Order 8123, Phone case".into(),
        }
    }

    #[test]
    fn one_all_day_event_per_deadline_with_a_reminder_two_days_before() {
        let file = ics(
            &[
                event("2026-11-06", "Open a dispute by"),
                event("2026-12-31", "Protection ends"),
            ],
            "20261101T090000Z",
        );
        assert!(file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(file.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 2);
        assert!(file.contains("DTSTART;VALUE=DATE:20261106\r\nDTEND;VALUE=DATE:20261107\r\n"));
        assert!(file.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert_eq!(file.matches("TRIGGER:-P2D").count(), 2);
        assert!(file.lines().all(|line| !line.contains('\n')));
    }

    #[test]
    fn text_is_escaped_so_no_value_can_add_a_property() {
        let file = ics(
            &[event("2026-11-06", "a;b,c\\d\nDTSTART:19700101")],
            "20261101T090000Z",
        );
        assert!(file.contains("SUMMARY:a\\;b\\,c\\\\d\\nDTSTART:19700101\r\n"));
        assert_eq!(file.matches("\r\nDTSTART").count(), 1);
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let summary = "ñ".repeat(100);
        let file = ics(&[event("2026-11-06", &summary)], "20261101T090000Z");
        for line in file.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = file.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{summary}\r\n")));
    }

    #[test]
    fn no_deadline_gives_an_empty_calendar() {
        let file = ics(&[], "20261101T090000Z");
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 0);
        assert!(file.contains("BEGIN:VCALENDAR"));
    }
}
