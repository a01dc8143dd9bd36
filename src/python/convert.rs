//! Conversions between Python values and the crate's types: dates, article records, and the
//! coded [`crate::Article`] with its byte offsets turned into Python string indices.

use chrono::NaiveDate;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyTuple, PyType};

use super::classes::{Actor, Article, Event, Mention, Sentence};
use super::offsets::{parse_date, CharOffsets};
use crate::error::Error;

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

/// The crate's events as the binding's, with character offsets. Needs no Python, so batches
/// convert inside the detached, parallel part.
pub fn events_of(offsets: &CharOffsets<'_>, events: Vec<crate::Event>) -> Vec<Event> {
    events
        .into_iter()
        .map(|e| Event {
            article_id: e.article_id,
            sentence_index: e.sentence_index,
            date: e.date,
            source: actor(offsets, e.source),
            target: e.target.map(|t| actor(offsets, t)),
            code: e.code,
            root: e.root,
            name: e.name,
            quad_class: e.quad_class,
            goldstein: e.goldstein,
            plover_type: e.plover_type,
            plover_mode: e.plover_mode,
            modality: e.modality.as_str().to_string(),
            date_source: e.date_source.as_str().to_string(),
            date_precision: e.date_precision.map(|p| p.as_str().to_string()),
            location: e.location,
            mentions: e.mentions,
            confidence: e.confidence,
            sentence: e.sentence,
            span_start: offsets.char_index(e.span_start),
            span_end: offsets.char_index(e.span_end),
            trigger: e.trigger,
            rule: e.rule,
            mention_sentences: e.mention_sentences,
        })
        .collect()
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
    let events = events_of(&offsets, article.events)
        .into_iter()
        .map(|e| e.into_pyobject(py))
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
