//! Numbers as buyers type them: amounts such as "12.50" or "12,50" and
//! whole numbers, read into exact hundredths so no rounding creeps in.

use serde::{Deserialize, Serialize};

/// An amount in hundredths (cents, or hundredths of a percent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Hundredths(pub u64);

impl Hundredths {
    /// The amount written with a point and two decimals ("12.50").
    pub fn to_plain(self) -> String {
        format!("{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

/// Why a typed number was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberProblem {
    Empty,
    /// Letters, several separators, or a minus sign.
    NotANumber,
    /// More than two digits after the decimal separator.
    TooManyDecimals,
    /// Larger than the field allows.
    TooLarge,
}

/// The largest amount the calculator reads: a thousand million, far above any
/// order, small enough that no sum overflows.
const MAX_HUNDREDTHS: u64 = 100_000_000_000;

/// Reads a decimal with at most two decimals, the separator being a point
/// or a comma ("12.50", "12,5", "12"). Thousands separators are refused
/// rather than guessed: "1.250" could be either.
///
/// ```
/// use disputa::domain::{parse_decimal, Hundredths};
/// assert_eq!(parse_decimal("12,50"), Ok(Hundredths(1250)));
/// ```
pub fn parse_decimal(text: &str) -> Result<Hundredths, NumberProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberProblem::Empty);
    }
    let (whole, fraction) = match text.find([',', '.']) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let has_separator = whole.len() < text.len();
    if !digits(whole) || !digits(fraction) || (whole.is_empty() && fraction.is_empty()) {
        return Err(NumberProblem::NotANumber);
    }
    if has_separator && fraction.is_empty() {
        return Err(NumberProblem::NotANumber);
    }
    if fraction.len() > 2 {
        return Err(NumberProblem::TooManyDecimals);
    }
    let whole = whole.trim_start_matches('0');
    if whole.len() > 12 {
        return Err(NumberProblem::TooLarge);
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| NumberProblem::TooLarge)?
    };
    let cents: u64 = format!("{fraction:0<2}").parse().unwrap_or(0);
    let value = whole * 100 + cents;
    if value > MAX_HUNDREDTHS {
        return Err(NumberProblem::TooLarge);
    }
    Ok(Hundredths(value))
}

/// Reads a whole number up to `max` ("3").
pub fn parse_whole(text: &str, max: u32) -> Result<u32, NumberProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberProblem::Empty);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberProblem::NotANumber);
    }
    match text.parse::<u32>() {
        Ok(value) if value <= max => Ok(value),
        _ => Err(NumberProblem::TooLarge),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn point_and_comma_both_separate_decimals() {
        assert_eq!(parse_decimal("12.50"), Ok(Hundredths(1250)));
        assert_eq!(parse_decimal("12,50"), Ok(Hundredths(1250)));
        assert_eq!(parse_decimal(" 12,5 "), Ok(Hundredths(1250)));
        assert_eq!(parse_decimal("12"), Ok(Hundredths(1200)));
        assert_eq!(parse_decimal("0.07"), Ok(Hundredths(7)));
        assert_eq!(parse_decimal(",5"), Ok(Hundredths(50)));
        assert_eq!(parse_decimal("0"), Ok(Hundredths(0)));
    }

    #[test]
    fn thousands_separators_and_words_are_refused() {
        assert_eq!(parse_decimal("1.234,50"), Err(NumberProblem::NotANumber));
        assert_eq!(parse_decimal("1,250.00"), Err(NumberProblem::NotANumber));
        assert_eq!(parse_decimal("12 euros"), Err(NumberProblem::NotANumber));
        assert_eq!(parse_decimal("-3"), Err(NumberProblem::NotANumber));
        assert_eq!(parse_decimal("12."), Err(NumberProblem::NotANumber));
        assert_eq!(parse_decimal("."), Err(NumberProblem::NotANumber));
        assert_eq!(parse_decimal("  "), Err(NumberProblem::Empty));
    }

    #[test]
    fn three_decimals_and_huge_amounts_are_refused() {
        assert_eq!(parse_decimal("1.250"), Err(NumberProblem::TooManyDecimals));
        assert_eq!(
            parse_decimal("99999999999999"),
            Err(NumberProblem::TooLarge)
        );
        assert_eq!(parse_decimal("1000000000.01"), Err(NumberProblem::TooLarge));
        assert_eq!(parse_decimal("1000000000"), Ok(Hundredths(MAX_HUNDREDTHS)));
    }

    #[test]
    fn amounts_write_back_with_two_decimals() {
        assert_eq!(Hundredths(1250).to_plain(), "12.50");
        assert_eq!(Hundredths(7).to_plain(), "0.07");
    }

    #[test]
    fn whole_numbers_stay_within_their_limit() {
        assert_eq!(parse_whole("3", 100), Ok(3));
        assert_eq!(parse_whole("0", 100), Ok(0));
        assert_eq!(parse_whole("101", 100), Err(NumberProblem::TooLarge));
        assert_eq!(parse_whole("2.5", 100), Err(NumberProblem::NotANumber));
        assert_eq!(parse_whole("", 100), Err(NumberProblem::Empty));
    }
}
