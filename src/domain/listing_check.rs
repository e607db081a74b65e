//! The check of a listing before ordering (PP1–PP6 with R1 and BP5): the
//! buyer's answers in, a list of findings out, each with its rule.

use serde::{Deserialize, Serialize};

use super::decimal::{parse_decimal, parse_whole, Hundredths};
use super::policy::{Policy, RuleId};

/// The app's own rules of thumb for a seller (PP2). The reference gives no
/// threshold, so these are Disputa's, not AliExpress's, and the page says so.
pub const MIN_FEEDBACK_PERCENT: Hundredths = Hundredths(95 * 100);
/// The most a percentage can be.
pub const FULL_PERCENT: Hundredths = Hundredths(100 * 100);
/// A store younger than this many years counts as new (app's rule of thumb).
pub const MIN_STORE_YEARS: u32 = 1;
/// The largest store age read, in years: AliExpress opened in 2010.
pub const MAX_STORE_YEARS: u32 = 100;

/// What the listing says about returns (PP1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReturnsOffered {
    /// The "Free return" badge.
    FreeReturn,
    /// Returns, but the buyer pays the shipping.
    PaidReturn,
    /// No returns, or none the buyer could find.
    None,
}

/// Whether the buyer read the reviews (PP2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewsRead {
    WithPhotos,
    WithoutPhotos,
    No,
}

/// Where the buyer asked the seller their questions (PP3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionsAsked {
    InChat,
    Elsewhere,
    NotYet,
    NoQuestions,
}

/// How the buyer is about to pay (PP6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Payment {
    Checkout,
    /// The seller offered another way: a transfer, PayPal to them, a link.
    Outside,
}

/// The buyer's answers, as typed: numbers stay text so a half-typed value
/// survives, and `None` is "not answered yet".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingAnswers {
    pub returns: Option<ReturnsOffered>,
    /// An ISO code from the free-return list, or [`OTHER_COUNTRY`].
    pub country: Option<String>,
    pub feedback_percent: String,
    pub store_years: String,
    pub reviews: Option<ReviewsRead>,
    pub questions: Option<QuestionsAsked>,
    pub screenshots: Option<bool>,
    pub payment: Option<Payment>,
}

/// The country choice that is none of the free-return countries.
pub const OTHER_COUNTRY: &str = "other";

/// How a finding weighs: fine as it is, risky, or something to do before
/// paying.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Risky,
    ToDo,
    Fine,
}

/// What a finding says; the page words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FindingKind {
    FreeReturnOffered,
    ReturnsNotFree,
    NoReturns,
    CountryHasFreeReturns,
    CountryWithoutFreeReturns,
    FeedbackGood,
    FeedbackLow,
    StoreEstablished,
    StoreNew,
    ReviewsWithPhotos,
    ReviewsWithoutPhotos,
    ReviewsNotRead,
    QuestionsOnRecord,
    QuestionsOffRecord,
    QuestionsToAsk,
    NoQuestions,
    ScreenshotsTaken,
    ScreenshotsToTake,
    PayThroughAliexpress,
    PayOutside,
}

/// One point of the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    /// The rules behind it, the main one first.
    pub rules: &'static [RuleId],
    /// Whether it rests on one of the app's own rules of thumb.
    pub heuristic: bool,
}

/// The summary of the answers so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingReport {
    /// Risky first, then what to do, then what is fine.
    pub findings: Vec<Finding>,
    /// How many of the eight questions have no usable answer yet.
    pub unanswered: usize,
}

fn finding(kind: FindingKind, severity: Severity, rules: &'static [RuleId]) -> Finding {
    Finding {
        kind,
        severity,
        rules,
        heuristic: false,
    }
}

fn rule_of_thumb(kind: FindingKind, severity: Severity) -> Finding {
    Finding {
        heuristic: true,
        ..finding(kind, severity, &[RuleId::PP2])
    }
}

/// The findings for `answers`, with the free-return countries of `policy`.
pub fn check_listing(answers: &ListingAnswers, policy: &Policy) -> ListingReport {
    use FindingKind::*;
    use Severity::*;
    let feedback = parse_decimal(&answers.feedback_percent)
        .ok()
        .filter(|p| *p <= FULL_PERCENT);
    let years = parse_whole(&answers.store_years, MAX_STORE_YEARS).ok();
    let found = [
        answers.returns.map(|r| match r {
            ReturnsOffered::FreeReturn => finding(
                FreeReturnOffered,
                Fine,
                &[RuleId::PP1, RuleId::R1, RuleId::R2],
            ),
            ReturnsOffered::PaidReturn => {
                finding(ReturnsNotFree, Risky, &[RuleId::PP1, RuleId::R3])
            }
            ReturnsOffered::None => finding(NoReturns, Risky, &[RuleId::PP1, RuleId::D9]),
        }),
        answers.country.as_deref().map(|country| {
            if policy.free_returns_in(country) {
                finding(CountryHasFreeReturns, Fine, &[RuleId::PP5, RuleId::R1])
            } else {
                finding(CountryWithoutFreeReturns, Risky, &[RuleId::PP5, RuleId::R1])
            }
        }),
        feedback.map(|percent| {
            if percent >= MIN_FEEDBACK_PERCENT {
                rule_of_thumb(FeedbackGood, Fine)
            } else {
                rule_of_thumb(FeedbackLow, Risky)
            }
        }),
        years.map(|years| {
            if years >= MIN_STORE_YEARS {
                rule_of_thumb(StoreEstablished, Fine)
            } else {
                rule_of_thumb(StoreNew, Risky)
            }
        }),
        answers.reviews.map(|r| match r {
            ReviewsRead::WithPhotos => finding(ReviewsWithPhotos, Fine, &[RuleId::PP2]),
            ReviewsRead::WithoutPhotos => finding(ReviewsWithoutPhotos, ToDo, &[RuleId::PP2]),
            ReviewsRead::No => finding(ReviewsNotRead, ToDo, &[RuleId::PP2]),
        }),
        answers.questions.map(|q| match q {
            QuestionsAsked::InChat => finding(QuestionsOnRecord, Fine, &[RuleId::PP3]),
            QuestionsAsked::Elsewhere => {
                finding(QuestionsOffRecord, Risky, &[RuleId::PP3, RuleId::D2])
            }
            QuestionsAsked::NotYet => finding(QuestionsToAsk, ToDo, &[RuleId::PP3]),
            QuestionsAsked::NoQuestions => finding(NoQuestions, Fine, &[RuleId::PP3]),
        }),
        answers.screenshots.map(|taken| {
            if taken {
                finding(ScreenshotsTaken, Fine, &[RuleId::PP4, RuleId::D7])
            } else {
                finding(ScreenshotsToTake, ToDo, &[RuleId::PP4, RuleId::D7])
            }
        }),
        answers.payment.map(|p| match p {
            Payment::Checkout => finding(PayThroughAliexpress, Fine, &[RuleId::PP6]),
            Payment::Outside => finding(PayOutside, Risky, &[RuleId::PP6, RuleId::BP5]),
        }),
    ];
    let unanswered = found.iter().filter(|f| f.is_none()).count();
    let mut findings: Vec<Finding> = found.into_iter().flatten().collect();
    // A stable sort keeps the order of the questions within each severity.
    findings.sort_by_key(|f| f.severity);
    ListingReport {
        findings,
        unanswered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(report: &ListingReport, severity: Severity) -> Vec<FindingKind> {
        report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .map(|f| f.kind)
            .collect()
    }

    fn careful_buyer() -> ListingAnswers {
        ListingAnswers {
            returns: Some(ReturnsOffered::FreeReturn),
            country: Some("ES".into()),
            feedback_percent: "98,4".into(),
            store_years: "5".into(),
            reviews: Some(ReviewsRead::WithPhotos),
            questions: Some(QuestionsAsked::InChat),
            screenshots: Some(true),
            payment: Some(Payment::Checkout),
        }
    }

    #[test]
    fn nothing_answered_has_no_findings_and_eight_open_questions() {
        let report = check_listing(&ListingAnswers::default(), &Policy::default());
        assert!(report.findings.is_empty());
        assert_eq!(report.unanswered, 8);
    }

    #[test]
    fn a_careful_buyer_has_only_fine_findings() {
        let report = check_listing(&careful_buyer(), &Policy::default());
        assert_eq!(report.unanswered, 0);
        assert_eq!(report.findings.len(), 8);
        assert!(report.findings.iter().all(|f| f.severity == Severity::Fine));
    }

    #[test]
    fn paying_outside_aliexpress_is_risky_under_pp6_and_bp5() {
        let answers = ListingAnswers {
            payment: Some(Payment::Outside),
            ..careful_buyer()
        };
        let report = check_listing(&answers, &Policy::default());
        let outside = report.findings[0];
        assert_eq!(outside.kind, FindingKind::PayOutside);
        assert_eq!(outside.severity, Severity::Risky);
        assert_eq!(outside.rules, &[RuleId::PP6, RuleId::BP5]);
    }

    #[test]
    fn a_country_off_the_free_return_list_is_risky() {
        for country in ["FR", OTHER_COUNTRY] {
            let answers = ListingAnswers {
                country: Some(country.into()),
                ..careful_buyer()
            };
            let report = check_listing(&answers, &Policy::default());
            assert_eq!(
                kinds(&report, Severity::Risky),
                [FindingKind::CountryWithoutFreeReturns]
            );
        }
    }

    #[test]
    fn the_country_list_follows_the_policy() {
        let answers = ListingAnswers {
            country: Some("FR".into()),
            ..careful_buyer()
        };
        let wider =
            Policy::default().with_alternative(crate::domain::Alternative::FreeReturnCountries16);
        let report = check_listing(&answers, &wider);
        assert!(kinds(&report, Severity::Risky).is_empty());
    }

    #[test]
    fn low_feedback_and_a_new_store_are_rules_of_thumb() {
        let answers = ListingAnswers {
            feedback_percent: "94.9".into(),
            store_years: "0".into(),
            ..careful_buyer()
        };
        let report = check_listing(&answers, &Policy::default());
        let risky: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Risky)
            .collect();
        assert_eq!(risky.len(), 2);
        assert!(risky
            .iter()
            .all(|f| f.heuristic && f.rules == [RuleId::PP2]));
    }

    #[test]
    fn the_feedback_threshold_itself_is_fine() {
        let answers = ListingAnswers {
            feedback_percent: "95".into(),
            store_years: "1".into(),
            ..careful_buyer()
        };
        let report = check_listing(&answers, &Policy::default());
        assert!(kinds(&report, Severity::Risky).is_empty());
    }

    #[test]
    fn unreadable_numbers_count_as_unanswered() {
        let answers = ListingAnswers {
            feedback_percent: "101".into(),
            store_years: "two".into(),
            ..careful_buyer()
        };
        let report = check_listing(&answers, &Policy::default());
        assert_eq!(report.unanswered, 2);
        assert_eq!(report.findings.len(), 6);
    }

    #[test]
    fn things_to_do_come_after_risks_and_before_what_is_fine() {
        let answers = ListingAnswers {
            returns: Some(ReturnsOffered::None),
            reviews: Some(ReviewsRead::No),
            questions: Some(QuestionsAsked::NotYet),
            screenshots: Some(false),
            ..careful_buyer()
        };
        let report = check_listing(&answers, &Policy::default());
        let order: Vec<_> = report.findings.iter().map(|f| f.severity).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
        assert_eq!(kinds(&report, Severity::Risky), [FindingKind::NoReturns]);
        assert_eq!(
            kinds(&report, Severity::ToDo),
            [
                FindingKind::ReviewsNotRead,
                FindingKind::QuestionsToAsk,
                FindingKind::ScreenshotsToTake
            ]
        );
    }

    #[test]
    fn questions_asked_outside_the_chat_are_off_the_record() {
        let answers = ListingAnswers {
            questions: Some(QuestionsAsked::Elsewhere),
            ..careful_buyer()
        };
        let report = check_listing(&answers, &Policy::default());
        assert_eq!(report.findings[0].kind, FindingKind::QuestionsOffRecord);
        assert_eq!(report.findings[0].rules, &[RuleId::PP3, RuleId::D2]);
    }
}
