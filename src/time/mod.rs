//! The time stage: temporal expressions in a sentence, resolved against the publication date.

use chrono::NaiveDate;

use crate::text::Token;

/// How exact a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
}

/// A temporal expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpression {
    /// Token range `[first, end)` in the sentence.
    pub first: usize,
    pub end: usize,
    /// The date when the event lies in the past ("on Monday": the nearest Monday on or before
    /// publication) and when it lies ahead (the nearest Monday on or after). Equal for
    /// absolute dates.
    pub past: NaiveDate,
    pub future: NaiveDate,
    /// A week, month or year resolves to its first day.
    pub precision: Precision,
}

impl TimeExpression {
    /// The date for an event that is (`future`) or is not yet to happen.
    pub fn date(&self, future: bool) -> NaiveDate {
        if future {
            self.future
        } else {
            self.past
        }
    }
}

/// Finds the temporal expressions in a sentence's tokens.
pub fn find_time_expressions(_tokens: &[Token], _published: NaiveDate) -> Vec<TimeExpression> {
    Vec::new()
}
