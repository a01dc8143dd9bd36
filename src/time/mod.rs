//! The time stage: temporal expressions in a sentence, resolved against the publication date.
//!
//! One left-to-right pass over the tokens. At each token a short chain of cheap lowercase
//! string matches decides whether an expression starts there; when one does, it is resolved
//! with chrono's checked arithmetic and the scan resumes after it. Nothing is compiled or
//! allocated per call apart from the result vector.
//!
//! # What is recognised
//!
//! | kind | examples | precision |
//! |---|---|---|
//! | relative days | "today", "tonight", "this morning", "yesterday evening", "last night", "tomorrow", "the day before yesterday", "the day after tomorrow" | Day |
//! | weekdays | "on Monday", "Monday night", "last Friday", "next Friday", "this Friday", "Friday's", "late on Thursday", "Monday last week", "Tuesday, March 29" | Day |
//! | month and day | "September 3", "Sept. 3", "Sep 3rd", "3 September", "3rd of September", "on 17 November", "September 3, 2025", "3 September 2025", "23-24 December", "3 September last year" | Day |
//! | numeric dates | "2025-09-03", "2025/09/03", "9/3/2025", "on 9/3", "03.09.2025" | Day |
//! | months | "in September", "September 2025", "May of 2007", "mid-September", "last September", "in December, last year" | Month |
//! | years and decades | "in 2019", "since 2006", "mid-2006", "in 2005-06", "the 1990s" | Year |
//! | relative periods | "last week", "this week", "earlier this week", "next week", "this weekend", "last month", "earlier this month", "this year" | Week, Month, Year |
//! | counts | "two days ago", "3 days ago", "a week ago", "six-years ago", "in two days", "in three weeks' time", "two days from now" | by unit |
//!
//! The token range of an expression includes a leading preposition ("on", "in", "since",
//! "until", "by", "from", "before", "after", "during", "for", ...), a leading modifier
//! ("early", "late", "mid-", "earlier", "later"), a leading "the", the qualifier
//! ("last", "next", "this", "this past", "this coming"), and trailing parts of the day
//! ("morning", "night", ...), a possessive "'s" and a trailing "time" ("in three weeks' time").
//!
//! # How dates resolve
//!
//! * A weekday without a qualifier: `past` is the nearest such day on or before publication,
//!   `future` the nearest on or after ("on Friday" in a Friday article is that Friday).
//!   "last Friday" is always strictly earlier, "next Friday" strictly later (both fields
//!   hold the same date). "this Friday" resolves like the bare weekday.
//! * A month and day without a year: `past` is the latest such date on or before
//!   publication, `future` the earliest on or after ("December 23" in a January article is
//!   last year's for `past`). With a year both are that date. A weekday given with the date
//!   ("Tuesday, March 29") picks whichever of the two falls on that weekday.
//! * A month without a year: `past` is the latest such month that has begun by publication,
//!   `future` the earliest that has not ended; "last September" is the latest one before the
//!   publication month, "next September" the earliest after it.
//! * A week resolves to its Monday, a month to its first day, a year to 1 January. A weekend
//!   ("this weekend", "last weekend", "next weekend") is Week precision and resolves to its
//!   Saturday.
//! * "N days ago" is Day precision; "N weeks ago" the Monday of the week N×7 days back;
//!   "N months ago" the first of the month N months back; "N years ago" 1 January N years
//!   back. "in N days" and "in N weeks' time" count forwards the same way. Both fields hold
//!   the same date.
//!
//! Slashed dates are ambiguous. If the first number is above 12 the date is day/month; if the
//! second is above 12 it is month/day; otherwise month/day is assumed, as in US news
//! ("9/3/2025" is 3 September). Dotted dates ("03.09.2025") are European: day.month unless the
//! second number is above 12. A slashed date without a year ("on 9/3") needs a preposition
//! before it, and "9/11" is left alone: it names an event more often than a date.
//!
//! # What is not a date
//!
//! * "May" the modal verb and "March" the verb: month names must be capitalised, and the
//!   ambiguous ones ("May", "March", "June", "August" and all abbreviations) are months only
//!   next to a day number or a year, or after "in", "on", "of", "since", "last", "next",
//!   "early", "late", "mid-", "until", "by" and the like.
//! * Bare numbers: a year needs a preposition or modifier before it ("in 2019"); "2006
//!   Israel-Lebanon conflict" is not a date.
//! * Ordinal words ("second"), named days ("Good Friday", "Black Monday", "Super Tuesday"),
//!   newspapers and programmes ("Sunday Times", "Mail on Sunday", "USA Today", "the Today
//!   programme": a capitalised "Today" right after a capitalised word is taken for a name).
//! * Invalid dates ("February 30"), years outside 1800..=2200, and counts too large for the
//!   calendar are skipped.
//! * Expressions relative to another event ("two days later", "the next day", "the previous
//!   week") are not resolved.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::Serialize;

use crate::text::lexicon::WordMask;
use crate::text::{Shape, Token};

/// How exact a resolved date is, finest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
}

impl Precision {
    /// The word the `date_precision` column holds: "day", "week", "month" or "year".
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }

    /// Whether the period a date of this precision stands for holds `day`: `start` is the
    /// date the period resolved to (see the module notes).
    pub fn holds(self, start: NaiveDate, day: NaiveDate) -> bool {
        match self {
            Precision::Day => start == day,
            // the calendar week, Monday to Sunday: a week resolves to its Monday and a
            // weekend to its Saturday, and either way the week it names is that one
            Precision::Week => start.iso_week() == day.iso_week(),
            Precision::Month => start.year() == day.year() && start.month() == day.month(),
            Precision::Year => start.year() == day.year(),
        }
    }
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

/// Years outside this range are not dates.
const MIN_YEAR: i32 = 1800;
const MAX_YEAR: i32 = 2200;

/// Finds the temporal expressions in a sentence's tokens.
pub fn find_time_expressions(tokens: &[Token], published: NaiveDate) -> Vec<TimeExpression> {
    let mut found = Vec::new();
    let scanner = Scanner {
        toks: tokens,
        published,
    };
    let mut i = 0;
    while i < tokens.len() {
        if !could_start(&tokens[i]) {
            i += 1;
            continue;
        }
        match scanner.expression_at(i) {
            Some(e) if e.end > i && in_range(e.past) && in_range(e.future) => {
                i = e.end;
                found.push(e);
            }
            _ => i += 1,
        }
    }
    found
}

/// The lowercase words other than months that an expression can start with.
#[rustfmt::skip]
const START_WORDS: &[&str] = &[
    "a", "an", "after", "by", "before", "during", "early", "earlier", "eight", "eleven", "for", "from", "four",
    "five", "friday", "in", "last", "late", "later", "mid", "monday", "next", "nine", "on", "one", "since", "six",
    "seven", "saturday", "sunday", "the", "this", "till", "through", "throughout", "today", "tonight", "tomorrow",
    "tuesday", "thursday", "two", "three", "ten", "twelve", "until", "within", "wednesday", "yesterday",
];

/// Month names and abbreviations, lowercase; they count only when capitalised.
#[rustfmt::skip]
const MONTH_WORDS: &[&str] = &[
    "january", "jan", "jan.", "february", "feb", "feb.", "march", "mar", "mar.", "april", "apr", "apr.", "may",
    "june", "jun", "jun.", "july", "jul", "jul.", "august", "aug", "aug.", "september", "sep", "sep.", "sept",
    "sept.", "october", "oct", "oct.", "november", "nov", "nov.", "december", "dec", "dec.",
];

const START_MASK: WordMask = WordMask::of(START_WORDS);
const MONTH_MASK: WordMask = WordMask::of(MONTH_WORDS);

/// Whether an expression can start at this token: a table lookup on the first byte and the
/// length rejects most tokens before any string is compared.
fn could_start(t: &Token) -> bool {
    let w = t.lower.as_bytes();
    let Some(&b) = w.first() else { return false };
    if b.is_ascii_digit() {
        return true;
    }
    START_MASK.may_hold(w) || (t.shape != Shape::Lower && MONTH_MASK.may_hold(w))
}

fn in_range(d: NaiveDate) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&d.year())
}

/// "last", "this", "next" before a weekday, month or period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qualifier {
    None,
    Last,
    This,
    Next,
}

/// The units of counted and relative periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A core expression (after any prefix): where it ends and what it resolves to.
struct Core {
    end: usize,
    past: NaiveDate,
    future: NaiveDate,
    precision: Precision,
}

impl Core {
    fn fixed(end: usize, date: NaiveDate, precision: Precision) -> Core {
        Core {
            end,
            past: date,
            future: date,
            precision,
        }
    }
}

/// What came before the core of an expression.
#[derive(Clone, Copy)]
struct Prefix<'a> {
    /// The expression's first token.
    start: usize,
    preposition: Option<&'a str>,
    modifier: bool,
    the: bool,
    qualifier: Qualifier,
}

impl Prefix<'_> {
    fn any(&self) -> bool {
        self.preposition.is_some() || self.modifier || self.qualifier != Qualifier::None
    }
}

struct Scanner<'a> {
    toks: &'a [Token<'a>],
    published: NaiveDate,
}

/// Prepositions kept in an expression's range.
fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "since"
            | "from"
            | "until"
            | "till"
            | "by"
            | "before"
            | "after"
            | "during"
            | "for"
            | "through"
            | "throughout"
            | "within"
    )
}

fn is_modifier(w: &str) -> bool {
    matches!(w, "early" | "late" | "mid" | "earlier" | "later")
}

/// Words before an ambiguous month name ("May", "March", "Jan") that make it a month.
fn anchors_month(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "of"
            | "since"
            | "last"
            | "next"
            | "early"
            | "late"
            | "mid"
            | "until"
            | "till"
            | "by"
            | "from"
            | "during"
            | "before"
            | "after"
            | "through"
            | "throughout"
            | "earlier"
            | "later"
            | "this"
    )
}

fn weekday_of(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// A month token: its number and whether it needs a day, a year or a preposition to count
/// as a month (ambiguous names and abbreviations). Month names must be capitalised.
fn month_of(t: &Token) -> Option<(u32, bool)> {
    if t.shape == Shape::Lower || !MONTH_MASK.may_hold(t.lower.as_bytes()) {
        return None;
    }
    if !t.text.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let (word, stop) = match t.lower.strip_suffix('.') {
        Some(w) => (w, true),
        None => (t.lower.as_ref(), false),
    };
    let (month, full) = match word {
        "january" => (1, true),
        "jan" => (1, false),
        "february" => (2, true),
        "feb" => (2, false),
        "march" | "mar" => (3, false),
        "april" => (4, true),
        "apr" => (4, false),
        "may" => (5, false),
        "june" | "jun" => (6, false),
        "july" => (7, true),
        "jul" => (7, false),
        "august" | "aug" => (8, false),
        "september" => (9, true),
        "sep" | "sept" => (9, false),
        "october" => (10, true),
        "oct" => (10, false),
        "november" => (11, true),
        "nov" => (11, false),
        "december" => (12, true),
        "dec" => (12, false),
        _ => return None,
    };
    let unambiguous = full && !stop;
    if stop && word.len() > 4 {
        return None; // "September." is a word and a full stop, never one token
    }
    Some((month, !unambiguous))
}

/// "3", "03", "3rd", "22nd": a day of the month.
fn day_of(t: &Token) -> Option<u32> {
    let w = t.lower.as_ref();
    let digits = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .unwrap_or(w);
    let day = small_number(digits, 2)?;
    (1..=31).contains(&day).then_some(day)
}

/// A run of at most `max_len` ASCII digits.
fn small_number(w: &str, max_len: usize) -> Option<u32> {
    if w.is_empty() || w.len() > max_len || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok()
}

/// A four-digit year in range.
fn year_of(w: &str) -> Option<i32> {
    if w.len() != 4 {
        return None;
    }
    let y = small_number(w, 4)? as i32;
    (MIN_YEAR..=MAX_YEAR).contains(&y).then_some(y)
}

/// A count: digits, "one" to "twelve", or "a"/"an".
fn count_of(w: &str) -> Option<u64> {
    Some(match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => u64::from(small_number(w, 6)?),
    })
}

fn unit_of(w: &str) -> Option<Unit> {
    Some(match w {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        _ => return None,
    })
}

fn is_part_of_day(w: &str) -> bool {
    matches!(w, "morning" | "afternoon" | "evening" | "night")
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn monday_of(d: NaiveDate) -> Option<NaiveDate> {
    add_days(d, -i64::from(d.weekday().num_days_from_monday()))
}

fn first_of_month(d: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(d.year(), d.month(), 1)
}

/// Days from `from` forward to the next `to` (0 when equal).
fn days_until(from: Weekday, to: Weekday) -> i64 {
    i64::from((7 + to.num_days_from_monday() - from.num_days_from_monday()) % 7)
}

impl<'a> Scanner<'a> {
    fn lower(&self, k: usize) -> &'a str {
        self.toks.get(k).map_or("", |t| t.lower.as_ref())
    }

    /// Whether token `k` exists and follows the previous one without white space.
    fn attached(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| !t.space_before)
    }

    /// The expression that starts at token `i`, if any.
    fn expression_at(&self, i: usize) -> Option<TimeExpression> {
        let mut j = i;
        let mut prefix = Prefix {
            start: i,
            preposition: None,
            modifier: false,
            the: false,
            qualifier: Qualifier::None,
        };
        for _ in 0..2 {
            let w = self.lower(j);
            if prefix.preposition.is_none() && is_preposition(w) {
                prefix.preposition = Some(w);
                j += 1;
            } else if !prefix.modifier && is_modifier(w) {
                prefix.modifier = true;
                j += 1;
                if w == "mid" && self.lower(j) == "-" && self.attached(j) {
                    j += 1;
                }
            } else {
                break;
            }
        }
        if self.lower(j) == "the" {
            prefix.the = true;
            j += 1;
        }
        match self.lower(j) {
            "last" => {
                prefix.qualifier = Qualifier::Last;
                j += 1;
            }
            "next" => {
                prefix.qualifier = Qualifier::Next;
                j += 1;
            }
            "this" => {
                j += 1;
                prefix.qualifier = match self.lower(j) {
                    "past" => {
                        j += 1;
                        Qualifier::Last
                    }
                    "coming" => {
                        j += 1;
                        Qualifier::Next
                    }
                    _ => Qualifier::This,
                };
            }
            _ => {}
        }
        if prefix.the && prefix.qualifier != Qualifier::None {
            return None; // "the next week", "the last year": relative or a duration
        }
        let core = self.core(j, prefix)?;
        Some(TimeExpression {
            first: i,
            end: core.end,
            past: core.past,
            future: core.future,
            precision: core.precision,
        })
    }

    fn core(&self, j: usize, prefix: Prefix) -> Option<Core> {
        let tok = self.toks.get(j)?;
        let w = tok.lower.as_ref();
        if let Some(wd) = weekday_of(w) {
            return self.weekday(j, wd, prefix.qualifier);
        }
        if let Some((month, ambiguous)) = month_of(tok) {
            return self.month_first(j, month, ambiguous, prefix);
        }
        if w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            return self.number(j, prefix);
        }
        match (prefix.qualifier, w) {
            (Qualifier::None, "today" | "tonight" | "yesterday" | "tomorrow") => {
                // "USA Today", "BBC Radio 4 Today programme", "the Today show"
                if w == "today" && self.names_a_programme(j) {
                    return None;
                }
                if w == "today" && j > 0 && tok.text.starts_with('T') {
                    let prev = &self.toks[j - 1];
                    if matches!(
                        prev.shape,
                        Shape::Capitalised | Shape::Upper | Shape::Number
                    ) {
                        return None;
                    }
                }
                let offset = match w {
                    "yesterday" => -1,
                    "tomorrow" => 1,
                    _ => 0,
                };
                self.relative_day(j + 1, offset)
            }
            (Qualifier::None, "day") if prefix.the => {
                let offset = match (self.lower(j + 1), self.lower(j + 2)) {
                    ("before", "yesterday") => -2,
                    ("after", "tomorrow") => 2,
                    _ => return None,
                };
                self.relative_day(j + 3, offset)
            }
            (Qualifier::This, "morning" | "afternoon" | "evening") => self.relative_day(j + 1, 0),
            (Qualifier::Last, "night" | "evening") => self.relative_day(j + 1, -1),
            (Qualifier::None, _) if could_start(tok) => self.count(j, prefix),
            (Qualifier::None, _) => None,
            (q, "weekend") => self.weekend(j + 1, q),
            (q, _) => {
                let unit = match w {
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    "year" => Unit::Year,
                    _ => return None,
                };
                let steps = match q {
                    Qualifier::Last => -1,
                    Qualifier::Next => 1,
                    _ => 0,
                };
                let d = self.shift(unit, steps)?;
                Some(Core::fixed(self.possessive(j + 1), d, precision_of(unit)))
            }
        }
    }

    /// Whether the day word at `j` names a programme: "Sunday AM programme", "Today show".
    fn names_a_programme(&self, j: usize) -> bool {
        let next = if self.lower(j + 1) == "am" {
            self.lower(j + 2)
        } else {
            self.lower(j + 1)
        };
        matches!(
            next,
            "programme" | "program" | "show" | "newspaper" | "infobox"
        )
    }

    /// Skips a possessive "'s" at `k`.
    fn possessive(&self, k: usize) -> usize {
        if self.lower(k) == "'s" {
            k + 1
        } else {
            k
        }
    }

    /// "today", "yesterday evening", "tomorrow's": `k` is just after the day word.
    fn relative_day(&self, mut k: usize, offset: i64) -> Option<Core> {
        if is_part_of_day(self.lower(k)) {
            k += 1;
        }
        let d = add_days(self.published, offset)?;
        Some(Core::fixed(self.possessive(k), d, Precision::Day))
    }

    /// The period `steps` units from the one holding the publication date, at its first day.
    fn shift(&self, unit: Unit, steps: i64) -> Option<NaiveDate> {
        let p = self.published;
        match unit {
            Unit::Day => add_days(p, steps),
            Unit::Week => monday_of(add_days(p, steps.checked_mul(7)?)?),
            Unit::Month => {
                let months = Months::new(u32::try_from(steps.unsigned_abs()).ok()?);
                let d = if steps >= 0 {
                    p.checked_add_months(months)?
                } else {
                    p.checked_sub_months(months)?
                };
                first_of_month(d)
            }
            Unit::Year => {
                let y = i64::from(p.year()).checked_add(steps)?;
                date(i32::try_from(y).ok()?, 1, 1)
            }
        }
    }

    /// "this weekend", "last weekend", "next weekend": the Saturday.
    fn weekend(&self, k: usize, q: Qualifier) -> Option<Core> {
        let p = self.published;
        let saturday_this_week = add_days(monday_of(p)?, 5)?;
        let on_weekend = matches!(p.weekday(), Weekday::Sat | Weekday::Sun);
        let (past, future) = match q {
            Qualifier::Last => {
                let d = add_days(saturday_this_week, -7)?;
                (d, d)
            }
            Qualifier::Next => {
                let d = if on_weekend {
                    add_days(saturday_this_week, 7)?
                } else {
                    saturday_this_week
                };
                (d, d)
            }
            _ => {
                let past = if on_weekend {
                    saturday_this_week
                } else {
                    add_days(saturday_this_week, -7)?
                };
                (past, saturday_this_week)
            }
        };
        Some(Core {
            end: self.possessive(k),
            past,
            future,
            precision: Precision::Week,
        })
    }

    fn weekday(&self, j: usize, wd: Weekday, q: Qualifier) -> Option<Core> {
        // named days and newspapers
        let prev = if j > 0 { self.lower(j - 1) } else { "" };
        if matches!(
            prev,
            "good"
                | "black"
                | "bloody"
                | "ash"
                | "super"
                | "easter"
                | "palm"
                | "holy"
                | "maundy"
                | "cyber"
                | "shrove"
                | "whit"
                | "low"
                | "blue"
                | "orange"
        ) {
            return None;
        }
        if prev == "on" && j > 1 && self.lower(j - 2) == "mail" {
            return None;
        }
        if self.names_a_programme(j) {
            return None;
        }
        if matches!(
            self.lower(j + 1),
            "times"
                | "telegraph"
                | "herald"
                | "express"
                | "mirror"
                | "tribune"
                | "independent"
                | "mail"
                | "school"
                | "schools"
                | "league"
                | "trading"
                | "post"
                | "star"
                | "observer"
                | "world"
        ) && self
            .toks
            .get(j + 1)
            .is_some_and(|t| t.text.starts_with(|c: char| c.is_uppercase()))
        {
            return None;
        }
        let p = self.published;
        let mut k = j + 1;
        // "Monday last week"
        if q == Qualifier::None && self.lower(k + 1) == "week" {
            let steps = match self.lower(k) {
                "last" => Some(-1),
                "this" => Some(0),
                "next" => Some(1),
                _ => None,
            };
            if let Some(steps) = steps {
                let d = add_days(
                    self.shift(Unit::Week, steps)?,
                    i64::from(wd.num_days_from_monday()),
                )?;
                return Some(Core::fixed(self.possessive(k + 2), d, Precision::Day));
            }
        }
        let back = days_until(wd, p.weekday());
        let ahead = days_until(p.weekday(), wd);
        let (past, future) = match q {
            Qualifier::Last => {
                let d = add_days(p, -(if back == 0 { 7 } else { back }))?;
                (d, d)
            }
            Qualifier::Next => {
                let d = add_days(p, if ahead == 0 { 7 } else { ahead })?;
                (d, d)
            }
            _ => (add_days(p, -back)?, add_days(p, ahead)?),
        };
        if is_part_of_day(self.lower(k)) {
            k += 1;
        }
        // "Tuesday, March 29", "Monday 28 January 2008"
        if q == Qualifier::None {
            let at = if self.lower(k) == "," { k + 1 } else { k };
            if let Some(mut dated) = self.explicit_day(at) {
                if dated.past != dated.future {
                    if dated.past.weekday() == wd && dated.future.weekday() != wd {
                        dated.future = dated.past;
                    } else if dated.future.weekday() == wd && dated.past.weekday() != wd {
                        dated.past = dated.future;
                    }
                }
                return Some(dated);
            }
        }
        Some(Core {
            end: self.possessive(k),
            past,
            future,
            precision: Precision::Day,
        })
    }

    /// A month-and-day date at `k`, in either order, or None.
    fn explicit_day(&self, k: usize) -> Option<Core> {
        let tok = self.toks.get(k)?;
        let core = if let Some((month, _)) = month_of(tok) {
            self.month_first(
                k,
                month,
                false,
                Prefix {
                    start: k,
                    preposition: None,
                    modifier: false,
                    the: false,
                    qualifier: Qualifier::None,
                },
            )?
        } else {
            self.day_first(k, Qualifier::None)?
        };
        (core.precision == Precision::Day).then_some(core)
    }

    /// A year after an optional comma or "of" at `k`: the year and the index after it.
    fn year_after(&self, k: usize) -> Option<(i32, usize)> {
        let at = if matches!(self.lower(k), "," | "of") {
            k + 1
        } else {
            k
        };
        let y = year_of(self.lower(at))?;
        // "May 5, 2005-06" is not a date we can trust
        if self.lower(at + 1) == "-" && self.attached(at + 1) {
            return None;
        }
        Some((y, at + 1))
    }

    /// ", last year", "this year", "next year" after a month: the year and the index after.
    fn year_word_after(&self, k: usize) -> Option<(i32, usize)> {
        let at = if self.lower(k) == "," { k + 1 } else { k };
        if self.lower(at + 1) != "year" {
            return None;
        }
        let y = self.published.year();
        let y = match self.lower(at) {
            "last" => y - 1,
            "this" => y,
            "next" => y + 1,
            _ => return None,
        };
        Some((y, at + 2))
    }

    /// A day and month with an optional year after them, ending at `k`: the day-precision
    /// core, with `q` narrowing a yearless date to the past or the future.
    fn day_month(&self, k: usize, month: u32, day: u32, q: Qualifier) -> Option<Core> {
        // invalid in every year ("February 30")
        NaiveDate::from_ymd_opt(2000, month, day)?;
        if let Some((y, end)) = self.year_after(k) {
            return Some(Core::fixed(end, date(y, month, day)?, Precision::Day));
        }
        if let Some((y, end)) = self.year_word_after(k) {
            return Some(Core::fixed(
                self.possessive(end),
                date(y, month, day)?,
                Precision::Day,
            ));
        }
        let p = self.published;
        let y = p.year();
        let past = (0..=8)
            .filter_map(|back| date(y - back, month, day))
            .find(|d| *d <= p)?;
        let future = (0..=8)
            .filter_map(|ahead| date(y + ahead, month, day))
            .find(|d| *d >= p)?;
        let (past, future) = match q {
            Qualifier::Last => (past, past),
            Qualifier::Next => (future, future),
            _ => (past, future),
        };
        Some(Core {
            end: self.possessive(k),
            past,
            future,
            precision: Precision::Day,
        })
    }

    /// "September 3", "Sept. 3, 2025", "September 2025", "in September", "last September".
    fn month_first(&self, j: usize, month: u32, ambiguous: bool, prefix: Prefix) -> Option<Core> {
        // the rest of a day-first date that did not resolve ("31 April 2005")
        let before = j.checked_sub(if self.lower(j.wrapping_sub(1)) == "of" {
            2
        } else {
            1
        });
        if before
            .and_then(|b| self.toks.get(b))
            .and_then(day_of)
            .is_some()
        {
            return None;
        }
        let mut k = j + 1;
        if let Some(day) = self.toks.get(k).and_then(day_of) {
            k += 1;
            // "May 5:30" is a time, not a date
            if self.lower(k) == ":"
                && self.attached(k)
                && self.attached(k + 1)
                && self.lower(k + 1).starts_with(|c: char| c.is_ascii_digit())
            {
                return None;
            }
            if self.lower(k) == "-"
                && self.attached(k)
                && self.toks.get(k + 1).and_then(day_of).is_some()
                && self.attached(k + 1)
            {
                k += 2; // "December 23-24": the first day
            }
            return self.day_month(k, month, day, prefix.qualifier);
        }
        if let Some((y, end)) = self.year_after(k) {
            return Some(Core::fixed(
                self.possessive(end),
                date(y, month, 1)?,
                Precision::Month,
            ));
        }
        if ambiguous {
            let prev = if j > 0 { self.lower(j - 1) } else { "" };
            let after_mid = prev == "-" && j > 1 && self.lower(j - 2) == "mid";
            if !(prefix.any() || anchors_month(prev) || after_mid) {
                return None;
            }
        }
        if let Some((y, end)) = self.year_word_after(k) {
            return Some(Core::fixed(
                self.possessive(end),
                date(y, month, 1)?,
                Precision::Month,
            ));
        }
        let p = self.published;
        let y = p.year();
        let current = p.month();
        let (past_year, future_year) = match prefix.qualifier {
            Qualifier::Last => {
                let y = if month < current { y } else { y - 1 };
                (y, y)
            }
            Qualifier::Next => {
                let y = if month > current { y } else { y + 1 };
                (y, y)
            }
            Qualifier::This => (y, y),
            Qualifier::None => (
                if month <= current { y } else { y - 1 },
                if month >= current { y } else { y + 1 },
            ),
        };
        Some(Core {
            end: self.possessive(k),
            past: date(past_year, month, 1)?,
            future: date(future_year, month, 1)?,
            precision: Precision::Month,
        })
    }

    /// "3 September", "3rd of September", "23-24 December 2008".
    fn day_first(&self, j: usize, q: Qualifier) -> Option<Core> {
        let day = day_of(self.toks.get(j)?)?;
        let mut k = j + 1;
        if self.lower(k) == "-"
            && self.attached(k)
            && self.toks.get(k + 1).and_then(day_of).is_some()
            && self.attached(k + 1)
        {
            k += 2;
        }
        if self.lower(k) == "of" {
            k += 1;
        }
        let (month, _) = month_of(self.toks.get(k)?)?;
        self.day_month(k + 1, month, day, q)
    }

    /// Cores that start with a digit: numeric dates, day-month dates, years, decades, counts.
    fn number(&self, j: usize, prefix: Prefix) -> Option<Core> {
        let w = self.lower(j);
        // not the middle of "2025-09-03" or "1/2/3" ("mid-2006" is fine)
        if j > 0
            && self.attached(j)
            && matches!(self.lower(j - 1), "-" | "/" | "." | ":")
            && !prefix.modifier
        {
            return None;
        }
        if w.contains('.') {
            return self.dotted(j);
        }
        if let Some(core) = self.numeric(j, prefix) {
            return Some(core);
        }
        if let Some(core) = self.day_first(j, prefix.qualifier) {
            return Some(core);
        }
        if let Some(core) = self.count(j, prefix) {
            return Some(core);
        }
        // "the 1990s"
        if let Some(decade) = w.strip_suffix('s') {
            let y = year_of(decade)?;
            if y % 10 != 0 {
                return None;
            }
            return Some(Core::fixed(
                self.possessive(j + 1),
                date(y, 1, 1)?,
                Precision::Year,
            ));
        }
        // "in 2019", "since 2006", "mid-2006", "in 2005-06"
        let y = year_of(w)?;
        if prefix.preposition.is_none() && !prefix.modifier {
            return None;
        }
        if prefix.the || prefix.qualifier != Qualifier::None {
            return None;
        }
        let mut end = j + 1;
        if self.lower(end) == "-" && self.attached(end) && self.attached(end + 1) {
            let next = self.lower(end + 1);
            if year_of(next).is_some() || (next.len() == 2 && small_number(next, 2).is_some()) {
                end += 2;
            }
        }
        if self.attached(end) && matches!(self.lower(end), "-" | "/") {
            return None; // part of something we did not understand
        }
        Some(Core::fixed(
            self.possessive(end),
            date(y, 1, 1)?,
            Precision::Year,
        ))
    }

    /// "2025-09-03", "2025/09/03", "9/3/2025", "3/9/25", "on 9/3".
    fn numeric(&self, j: usize, prefix: Prefix) -> Option<Core> {
        let sep = self.lower(j + 1);
        if !matches!(sep, "-" | "/") || !self.attached(j + 1) || !self.attached(j + 2) {
            return None;
        }
        let a = self.lower(j);
        let b = small_number(self.lower(j + 2), 2)?;
        let third = self.lower(j + 3) == sep && self.attached(j + 3) && self.attached(j + 4);
        let (y, m, d, end) = if let (Some(y), true) = (year_of(a), third) {
            // ISO order
            (y, b, small_number(self.lower(j + 4), 2)?, j + 5)
        } else if sep == "/" {
            let a = small_number(a, 2)?;
            let (y, end) = if third {
                let c = self.lower(j + 4);
                let y = match c.len() {
                    4 => year_of(c)?,
                    2 => {
                        let yy = small_number(c, 2)? as i32;
                        if yy < 50 {
                            2000 + yy
                        } else {
                            1900 + yy
                        }
                    }
                    _ => return None,
                };
                (Some(y), j + 5)
            } else {
                if (a, b) == (9, 11) {
                    return None; // the attacks, not a date
                }
                if !matches!(
                    prefix.preposition,
                    Some("on" | "since" | "until" | "till" | "by" | "from" | "before" | "after")
                ) {
                    return None;
                }
                (None, j + 3)
            };
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            match y {
                Some(y) => (y, m, d, end),
                None => {
                    if self.attached(end) && matches!(self.lower(end), "/" | "-") {
                        return None;
                    }
                    if !(1..=12).contains(&m) {
                        return None;
                    }
                    return self.day_month(end, m, d, prefix.qualifier);
                }
            }
        } else {
            return None;
        };
        if self.attached(end) && matches!(self.lower(end), "/" | "-") {
            return None; // "1/2/3/4"
        }
        Some(Core::fixed(end, date(y, m, d)?, Precision::Day))
    }

    /// "03.09.2025": day.month.year unless the month would be above 12.
    fn dotted(&self, j: usize) -> Option<Core> {
        let mut parts = self.lower(j).split('.');
        let a = small_number(parts.next()?, 2)?;
        let b = small_number(parts.next()?, 2)?;
        let y = year_of(parts.next()?)?;
        if parts.next().is_some() {
            return None;
        }
        let (d, m) = if b > 12 { (b, a) } else { (a, b) };
        Some(Core::fixed(j + 1, date(y, m, d)?, Precision::Day))
    }

    /// "two days ago", "a week ago", "six-years ago", "in two days", "in three weeks' time",
    /// "two days from now".
    fn count(&self, j: usize, prefix: Prefix) -> Option<Core> {
        let w = self.lower(j);
        let n = count_of(w)?;
        let article = matches!(w, "a" | "an");
        let mut k = j + 1;
        if self.lower(k) == "-" && self.attached(k) {
            k += 1;
        }
        let unit_word = self.lower(k);
        let unit = unit_of(unit_word)?;
        if article && unit_word.ends_with('s') {
            return None;
        }
        k += 1;
        let steps = i64::try_from(n).ok()?;
        let steps = match (self.lower(k), self.lower(k + 1)) {
            ("ago", _) => {
                k += 1;
                -steps
            }
            ("from", "now") => {
                k += 2;
                steps
            }
            _ if prefix.preposition == Some("in")
                && !prefix.the
                && prefix.qualifier == Qualifier::None =>
            {
                // "in three weeks' time", "in a week's time"
                let time_at = if matches!(self.lower(k), "'" | "'s") {
                    k + 1
                } else {
                    k
                };
                if self.lower(time_at) == "time" {
                    k = time_at + 1;
                } else if article
                    || matches!(self.lower(k), "of" | "'" | "'s")
                    || !self.future_cue_before(prefix.start)
                {
                    // "in a year when", "in two days of talks", "the first meeting in four
                    // years", "killed 40 in two days"
                    return None;
                }
                steps
            }
            _ => return None,
        };
        let d = self.shift(unit, steps)?;
        Some(Core::fixed(k, d, precision_of(unit)))
    }
}

impl Scanner<'_> {
    /// Whether a word that announces the future ("will", "due", "expected") comes within
    /// eight tokens before `k`.
    fn future_cue_before(&self, k: usize) -> bool {
        self.toks[k.saturating_sub(8)..k.min(self.toks.len())]
            .iter()
            .any(|t| {
                matches!(
                    t.lower.as_ref(),
                    "will"
                        | "'ll"
                        | "shall"
                        | "would"
                        | "expected"
                        | "expects"
                        | "due"
                        | "scheduled"
                        | "set"
                        | "plans"
                        | "planned"
                        | "plan"
                        | "going"
                        | "could"
                        | "might"
                        | "should"
                        | "must"
                        | "hopes"
                        | "intends"
                )
            })
    }
}

fn precision_of(unit: Unit) -> Precision {
    match unit {
        Unit::Day => Precision::Day,
        Unit::Week => Precision::Week,
        Unit::Month => Precision::Month,
        Unit::Year => Precision::Year,
    }
}

#[cfg(test)]
mod tests;
