//! The coder's output: an [`Article`] with its sentences, actor [`Mention`]s and [`Event`]s.
//! These are plain data; the Python layer mirrors them as frozen classes.

use chrono::NaiveDate;
use serde::Serialize;

use crate::time::Precision;
use crate::SharedStr;

/// One article to code. The text is borrowed: batches never copy it.
#[derive(Debug, Clone, Default)]
pub struct ArticleInput<'a> {
    pub text: &'a str,
    pub id: Option<String>,
    /// The publication date: relative dates ("on Monday") resolve against it.
    pub published: Option<NaiveDate>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
}

impl<'a> ArticleInput<'a> {
    /// An article with only its text.
    pub fn new(text: &'a str) -> Self {
        ArticleInput {
            text,
            ..Default::default()
        }
    }
}

/// A political actor as an event reports it. Its strings are shared: clones are cheap.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Actor {
    /// The words in the text ("North Korean Foreign Minister Choe Son-hui", "she").
    pub text: SharedStr,
    /// The canonical name: the person's or organisation's name, else the country's.
    pub name: SharedStr,
    /// The full CAMEO actor code ("PRKGOV", "IGOUNO").
    pub code: SharedStr,
    /// ISO 3166 alpha-3 (CAMEO) country code; empty for international organisations.
    pub country: SharedStr,
    /// The CAMEO role ("GOV", "MIL", "REB"…); empty for a country as a whole.
    pub actor_type: SharedStr,
    /// Character span of `text` in the original article.
    pub span: (usize, usize),
}

/// How a mention was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A dictionary entry matched as it stands.
    Dictionary,
    /// Built from parts: country + role + name ("Chinese Foreign Minister Wang Yi").
    Composed,
    /// A pronoun, surname or title that points back to an earlier mention.
    Coreference,
}

impl MentionKind {
    /// The lowercase name used in tables and Python.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Dictionary => "dictionary",
            MentionKind::Composed => "composed",
            MentionKind::Coreference => "coreference",
        }
    }
}

/// One actor mention in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    pub sentence_index: usize,
    /// The resolved actor; its `span` and `text` are this mention's own.
    pub actor: Actor,
    pub kind: MentionKind,
    /// For coreference: the index (in `Article::mentions`) of the mention it resolved to.
    pub antecedent: Option<usize>,
}

/// Whether the text says the event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    Asserted,
    Negated,
    Future,
    Hypothetical,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Negated => "negated",
            Modality::Future => "future",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

/// Where an event's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// A time expression in the event's own clause.
    Clause,
    /// A time expression elsewhere in the event's sentence.
    Sentence,
    /// The article's dateline or an earlier sentence's date carried over.
    Dateline,
    /// No time expression: the publication date.
    Publication,
    /// Neither a time expression nor a publication date.
    None,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Clause => "clause",
            DateSource::Sentence => "sentence",
            DateSource::Dateline => "dateline",
            DateSource::Publication => "publication",
            DateSource::None => "none",
        }
    }
}

/// One coded event: who did what to whom, when, where, and why the coder thinks so.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub article_id: String,
    pub sentence_index: usize,
    pub date: Option<NaiveDate>,
    pub source: Actor,
    pub target: Option<Actor>,
    /// CAMEO code with its leading zero ("042").
    pub code: String,
    pub root: String,
    pub name: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub plover_type: String,
    pub plover_mode: String,
    pub modality: Modality,
    pub date_source: DateSource,
    /// How exact `date` is: a month-precision date is the first of the month the text names
    /// ("earlier this month"). None when there is no date.
    pub date_precision: Option<Precision>,
    pub location: Option<String>,
    /// How many sentences of the article report this event.
    pub mentions: u32,
    /// The indices of those sentences.
    pub mention_sentences: Vec<usize>,
    pub confidence: f64,
    /// The sentence's text as it stands in the original article.
    pub sentence: String,
    /// Character span of the trigger words in the original article.
    pub span_start: usize,
    pub span_end: usize,
    /// The words that triggered the event ("held talks with").
    pub trigger: String,
    /// The id of the pattern that coded it.
    pub rule: String,
}

/// A sentence of the article: its index and its span in the original text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentenceSpan {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A coded article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    pub id: String,
    pub published: Option<NaiveDate>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub sentences: Vec<SentenceSpan>,
    pub mentions: Vec<Mention>,
    pub events: Vec<Event>,
}

/// The parts of an event that its explanation shows; the Python binding fills it from its own
/// copy of the event.
#[derive(Debug, Clone, Copy)]
pub struct Explanation<'a> {
    pub sentence: &'a str,
    pub trigger: &'a str,
    pub source: (&'a str, &'a str),
    pub target: Option<(&'a str, &'a str)>,
    pub code: &'a str,
    pub name: &'a str,
    pub rule: &'a str,
    pub modality: &'a str,
    pub date: Option<NaiveDate>,
    pub date_source: &'a str,
    pub date_precision: Option<&'a str>,
    pub confidence: f64,
}

impl Explanation<'_> {
    /// The sentence with the source, target (their words in the text) and trigger marked, then
    /// the rule that fired and what it coded:
    ///
    /// ```text
    /// [North Korean Foreign Minister Choe Son-hui]SRC <met> [Chinese Premier Li Qiang]TGT on Monday.
    ///   040 Consult, not specified below · PRKGOV → CHNGOV · rule 040.meet · asserted · 2025-09-29 (day, clause) · confidence 0.71
    /// ```
    ///
    /// A date known only to the week, month or year says so, lest its first day be read as the
    /// day of the event: `2025-09-01 (month, clause)`.
    pub fn render(&self) -> String {
        // each marked piece: where it stands in the sentence, how long it is, how to mark it
        let mut marks: Vec<(usize, usize, &str, &str)> = Vec::new();
        let mut place = |needle: &str, open: &'static str, close: &'static str| {
            if needle.is_empty() {
                return;
            }
            let taken = |at: usize, len: usize, marks: &[(usize, usize, &str, &str)]| {
                marks.iter().any(|&(a, l, _, _)| at < a + l && a < at + len)
            };
            let mut from = 0;
            while let Some(found) = self.sentence[from..].find(needle) {
                let at = from + found;
                if !taken(at, needle.len(), &marks) {
                    marks.push((at, needle.len(), open, close));
                    return;
                }
                from = at + needle.len();
            }
        };
        place(self.trigger, "<", ">");
        place(self.source.0, "[", "]SRC");
        if let Some((text, _)) = self.target {
            place(text, "[", "]TGT");
        }
        marks.sort_by_key(|m| m.0);
        let mut marked = String::with_capacity(self.sentence.len() + 16);
        let mut last = 0;
        for (at, len, open, close) in marks {
            marked.push_str(&self.sentence[last..at]);
            marked.push_str(open);
            marked.push_str(&self.sentence[at..at + len]);
            marked.push_str(close);
            last = at + len;
        }
        marked.push_str(&self.sentence[last..]);
        let target = self.target.map_or("-", |(_, code)| code);
        let date = self
            .date
            .map_or_else(|| "no date".to_string(), |d| d.to_string());
        let precision = self
            .date_precision
            .map_or_else(String::new, |p| format!("{p}, "));
        format!(
            "{marked}\n  {} {} · {} → {} · rule {} · {} · {} ({}{}) · confidence {:.2}",
            self.code,
            self.name,
            self.source.1,
            target,
            self.rule,
            self.modality,
            date,
            precision,
            self.date_source,
            self.confidence
        )
    }
}

impl Event {
    /// A readable account of how the event was coded (see [`Explanation::render`]).
    pub fn explain(&self) -> String {
        Explanation {
            sentence: &self.sentence,
            trigger: &self.trigger,
            source: (&self.source.text, &self.source.code),
            target: self
                .target
                .as_ref()
                .map(|t| (t.text.as_str(), t.code.as_str())),
            code: &self.code,
            name: &self.name,
            rule: &self.rule,
            modality: self.modality.as_str(),
            date: self.date,
            date_source: self.date_source.as_str(),
            date_precision: self.date_precision.map(Precision::as_str),
            confidence: self.confidence,
        }
        .render()
    }
}
