//! Conversions between Python values and the crate's types: dates, article records, and the
//! coded [`crate::Article`] with its byte offsets turned into Python string indices.

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyTuple, PyType};

use super::classes::{Actor, Article, Event, Mention, Sentence};
use crate::error::Error;

/// Maps byte offsets in a UTF-8 text to character offsets (Python `str` indices).
///
/// ASCII text needs no table. Otherwise a checkpoint every 64 bytes holds the number of
/// characters before it, and the rest is counted: a character starts at every byte that is not
/// a UTF-8 continuation byte. The table costs an eighth of the text's size and is built once
/// per article.
pub struct CharOffsets<'a> {
    bytes: &'a [u8],
    checkpoints: Option<Vec<usize>>,
}

const BLOCK: usize = 64;

fn is_char_start(b: u8) -> bool {
    b & 0xC0 != 0x80
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let checkpoints = (!text.is_ascii()).then(|| {
            let mut table = Vec::with_capacity(bytes.len() / BLOCK + 1);
            let mut chars = 0;
            for block in bytes.chunks(BLOCK) {
                table.push(chars);
                chars += block.iter().filter(|&&b| is_char_start(b)).count();
            }
            table.push(chars);
            table
        });
        CharOffsets { bytes, checkpoints }
    }

    /// The character offset of byte offset `byte` (clamped to the text's end).
    pub fn char_index(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        match &self.checkpoints {
            None => byte,
            Some(table) => {
                let block = byte / BLOCK;
                let from = block * BLOCK;
                table[block]
                    + self.bytes[from..byte]
                        .iter()
                        .filter(|&&b| is_char_start(b))
                        .count()
            }
        }
    }

    fn span(&self, span: (usize, usize)) -> (usize, usize) {
        (self.char_index(span.0), self.char_index(span.1))
    }
}

/// Reads an ISO date ("2025-09-29") or date-time ("2025-09-29T08:30:00Z"; its own date is
/// taken, not converted to UTC).
pub fn parse_date(value: &str) -> Result<NaiveDate, Error> {
    let s = value.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Ok(dt.date_naive());
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, format) {
            return Ok(dt.date());
        }
    }
    for format in ["%Y-%m-%d %H:%M:%S%.f%:z", "%Y-%m-%d %H:%M:%S%.f%z"] {
        if let Ok(dt) = DateTime::parse_from_str(s, format) {
            return Ok(dt.date_naive());
        }
    }
    Err(Error::Date {
        value: value.to_string(),
    })
}

fn date_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static DATE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    DATE.import(py, "datetime", "date")
}

/// A publication date from `None`, a `datetime.date`, a `datetime.datetime` (its own date) or
/// an ISO string.
pub fn extract_published(
    value: Option<&Bound<'_, PyAny>>,
) -> PyResult<Result<Option<NaiveDate>, Error>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(Ok(None));
    };
    if let Ok(s) = value.cast::<PyString>() {
        return Ok(parse_date(&s.to_cow()?).map(Some));
    }
    if value.is_instance(date_type(value.py())?)? {
        let part = |name: &str| -> PyResult<u32> { value.getattr(name)?.extract() };
        let (year, month, day) = (part("year")? as i32, part("month")?, part("day")?);
        return NaiveDate::from_ymd_opt(year, month, day)
            .map(|d| Ok(Some(d)))
            .ok_or_else(|| PyTypeError::new_err(format!("{year}-{month}-{day} is not a date")));
    }
    Err(PyTypeError::new_err(format!(
        "published must be a datetime.date, a datetime.datetime or an ISO date string, not {}",
        value.get_type().name()?
    )))
}

/// The article text, refusing anything but `str` with a `TypeError`.
pub fn extract_text(value: &Bound<'_, PyAny>, what: &str) -> PyResult<PyBackedStr> {
    match value.cast::<PyString>() {
        Ok(s) => s.clone().try_into(),
        Err(_) => Err(PyTypeError::new_err(format!(
            "{what} must be a str, not {}",
            value.get_type().name()?
        ))),
    }
}

/// An optional string field: `None` stays `None`, numbers (ids in JSON) become strings.
pub fn extract_opt_string(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    match value.filter(|v| !v.is_none()) {
        None => Ok(None),
        Some(v) => match v.cast::<PyString>() {
            Ok(s) => Ok(Some(s.to_cow()?.into_owned())),
            Err(_) => Ok(Some(v.str()?.to_cow()?.into_owned())),
        },
    }
}

fn actor(offsets: &CharOffsets<'_>, a: crate::Actor) -> Actor {
    Actor {
        span: offsets.span(a.span),
        text: a.text,
        name: a.name,
        code: a.code,
        country: a.country,
        actor_type: a.actor_type,
    }
}

/// Builds the Python `Article` from the crate's, converting every byte span to characters.
pub fn article_to_py(py: Python<'_>, article: crate::Article, text: &str) -> PyResult<Py<Article>> {
    let offsets = CharOffsets::new(text);
    let sentences = article
        .sentences
        .into_iter()
        .map(|s| {
            Sentence {
                index: s.index,
                start: offsets.char_index(s.start),
                end: offsets.char_index(s.end),
                text: s.text,
            }
            .into_pyobject(py)
        })
        .collect::<PyResult<Vec<_>>>()?;
    let mentions = article
        .mentions
        .into_iter()
        .map(|m| {
            Mention {
                sentence_index: m.sentence_index,
                actor: actor(&offsets, m.actor),
                kind: m.kind.as_str().to_string(),
                antecedent: m.antecedent,
            }
            .into_pyobject(py)
        })
        .collect::<PyResult<Vec<_>>>()?;
    let events = article
        .events
        .into_iter()
        .map(|e| {
            Event {
                article_id: e.article_id,
                sentence_index: e.sentence_index,
                date: e.date,
                source: actor(&offsets, e.source),
                target: e.target.map(|t| actor(&offsets, t)),
                code: e.code,
                root: e.root,
                name: e.name,
                quad_class: e.quad_class,
                goldstein: e.goldstein,
                plover_type: e.plover_type,
                plover_mode: e.plover_mode,
                modality: e.modality.as_str().to_string(),
                date_source: e.date_source.as_str().to_string(),
                location: e.location,
                mentions: e.mentions,
                confidence: e.confidence,
                sentence: e.sentence,
                span_start: offsets.char_index(e.span_start),
                span_end: offsets.char_index(e.span_end),
                trigger: e.trigger,
                rule: e.rule,
                mention_sentences: e.mention_sentences,
            }
            .into_pyobject(py)
        })
        .collect::<PyResult<Vec<_>>>()?;
    Py::new(
        py,
        Article {
            id: article.id,
            published: article.published,
            title: article.title,
            source: article.source,
            url: article.url,
            sentences: PyTuple::new(py, sentences)?.unbind(),
            mentions: PyTuple::new(py, mentions)?.unbind(),
            events: PyTuple::new(py, events)?.unbind(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_char_indices() {
        let text = "Choe’s talks — in Pyongyang — «ended». ".repeat(20) + "Ünïcödé 😀 end";
        let offsets = CharOffsets::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_index(byte), chars, "byte {byte}");
        }
        assert_eq!(offsets.char_index(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_offsets_are_identity() {
        let offsets = CharOffsets::new("plain text");
        assert!(offsets.checkpoints.is_none());
        assert_eq!(offsets.char_index(5), 5);
        assert_eq!(offsets.char_index(99), 10);
    }

    #[test]
    fn dates_in_iso_forms() {
        let d = NaiveDate::from_ymd_opt(2025, 9, 29).unwrap();
        assert_eq!(parse_date("2025-09-29"), Ok(d));
        assert_eq!(parse_date(" 2025-09-29T23:30:00+09:00"), Ok(d));
        assert_eq!(parse_date("2025-09-29T08:30:00Z"), Ok(d));
        assert_eq!(parse_date("2025-09-29 08:30"), Ok(d));
        assert_eq!(
            parse_date("29/09/2025"),
            Err(Error::Date {
                value: "29/09/2025".into()
            })
        );
        assert_eq!(
            parse_date("2025-02-30"),
            Err(Error::Date {
                value: "2025-02-30".into()
            })
        );
    }
}
