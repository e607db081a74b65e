//! What an assessment comes to in one sentence and one link: the headline
//! of the verdict with the date it names, and where the next step leads.

use chrono::NaiveDate;

use super::case::Problem;
use super::engine::{AlternativeRoute, Assessment, NextStep, Verdict};

/// The verdict sentence of a result, with the date it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Headline {
    /// A dispute can be opened now, until the date when it is known.
    OpenNow(Option<NaiveDate>),
    /// Too early; the window opens on the date.
    OpensOn(Option<NaiveDate>),
    /// The window cannot be dated: neither the shipment nor the protection
    /// end is known (S4: no window is called open without an end).
    Undated,
    /// Too late; the date was the last day.
    ClosedOn(Option<NaiveDate>),
    CancelInstead,
    /// The free return is the way, until the date.
    FreeReturn(Option<NaiveDate>),
    InProgress,
    Resolved,
}

/// The one sentence that sums up an assessment.
pub fn headline(assessment: &Assessment) -> Headline {
    match (assessment.verdict, assessment.alternative) {
        (Verdict::EligibleNow, _) => {
            Headline::OpenNow(assessment.recommended_open_by.or(assessment.closes_on))
        }
        (Verdict::NotYet, _) if assessment.closes_on.is_none() => Headline::Undated,
        (Verdict::NotYet, _) => Headline::OpensOn(assessment.opens_on),
        (Verdict::TooLate, _) => Headline::ClosedOn(assessment.closes_on),
        (Verdict::NotNeeded, Some(AlternativeRoute::FreeReturn)) => {
            Headline::FreeReturn(assessment.free_return.until)
        }
        (Verdict::NotNeeded, _) => Headline::CancelInstead,
        (Verdict::InProgress, _) => Headline::InProgress,
        (Verdict::Resolved, _) => Headline::Resolved,
    }
}

/// Where the next step's link goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextLink {
    /// The filing guide, on the ground when there is one.
    FilingGuide(Option<Problem>),
    Returns,
    None,
}

impl NextLink {
    pub fn href(&self) -> Option<String> {
        match self {
            NextLink::FilingGuide(Some(problem)) => {
                Some(format!("/file?ground={}", problem.as_str()))
            }
            NextLink::FilingGuide(None) => Some("/file".to_string()),
            NextLink::Returns => Some("/returns".to_string()),
            NextLink::None => None,
        }
    }
}

/// The link that goes with the next step.
pub fn next_link(assessment: &Assessment, problem: Option<Problem>) -> NextLink {
    if assessment.alternative == Some(AlternativeRoute::FreeReturn)
        || assessment.next_step == NextStep::ShipReturn
    {
        return NextLink::Returns;
    }
    match assessment.next_step {
        NextStep::OpenDispute | NextStep::GatherEvidence | NextStep::ContactSeller => {
            NextLink::FilingGuide(problem)
        }
        _ => NextLink::None,
    }
}
