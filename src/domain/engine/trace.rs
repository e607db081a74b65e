//! What an assessment collects on the way: the rules that decided it, the
//! deadlines that apply and the fields whose absence stopped a date.

use chrono::NaiveDate;

use super::types::{Deadline, DeadlineKind};
use crate::domain::dates::days_left;
use crate::domain::policy::{rule, Confidence, RuleId};

pub struct Trace {
    pub today: NaiveDate,
    pub rules: Vec<RuleId>,
    pub deadlines: Vec<Deadline>,
    pub missing: Vec<&'static str>,
}

impl Trace {
    pub fn new(today: NaiveDate) -> Self {
        Trace {
            today,
            rules: Vec::with_capacity(12),
            deadlines: Vec::with_capacity(8),
            missing: Vec::new(),
        }
    }

    pub fn rule(&mut self, id: RuleId) {
        self.rules.push(id);
    }

    pub fn missing(&mut self, field: &'static str) {
        if !self.missing.contains(&field) {
            self.missing.push(field);
        }
    }

    /// A deadline with the confidence of its rule.
    pub fn deadline(&mut self, kind: DeadlineKind, date: NaiveDate, id: RuleId) {
        self.deadline_with(kind, date, id, rule(id).confidence);
    }

    pub fn deadline_with(
        &mut self,
        kind: DeadlineKind,
        date: NaiveDate,
        id: RuleId,
        confidence: Confidence,
    ) {
        self.rules.push(id);
        self.deadlines.push(Deadline {
            kind,
            date,
            rule: id,
            confidence,
            days_left: days_left(self.today, date),
        });
    }

    /// The rules sorted in the reference's order, each once; the deadlines
    /// by date.
    pub fn finish(mut self) -> (Vec<RuleId>, Vec<Deadline>, Vec<&'static str>) {
        self.rules.sort_unstable();
        self.rules.dedup();
        self.deadlines.sort_by_key(|d| (d.date, d.kind));
        (self.rules, self.deadlines, self.missing)
    }
}
