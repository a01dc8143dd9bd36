//! The frozen, dataclass-like Python classes: `Actor`, `Mention`, `Sentence`, `Event`,
//! `Article`. Their spans are character offsets into the Python string that was coded, so
//! `text[start:end]` gives back the words.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyDict, PyList, PyString, PyTuple};

use super::table::{arrow_stream, frames, EventTable};
use crate::SharedStr;

/// The columns of one event row, in order: `Event.to_dict()`, `Article.to_pandas()` and the
/// CLI's JSONL and CSV all use exactly these.
pub const COLUMNS: [&str; 31] = [
    "article_id",
    "sentence_index",
    "date",
    "source_text",
    "source_name",
    "source_code",
    "source_country",
    "source_type",
    "target_text",
    "target_name",
    "target_code",
    "target_country",
    "target_type",
    "code",
    "root",
    "name",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "modality",
    "date_source",
    "date_precision",
    "location",
    "mentions",
    "confidence",
    "sentence",
    "span_start",
    "span_end",
    "trigger",
    "rule",
];

/// A string as Python's `repr` writes it, so that reprs read like Python.
pub fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn opt_repr(s: &Option<String>) -> String {
    s.as_deref().map_or_else(|| "None".to_string(), py_repr)
}

fn date_repr(d: &Option<NaiveDate>) -> String {
    d.map_or_else(|| "None".to_string(), |d| d.format("%Y-%m-%d").to_string())
}

/// `-0.0` and `0.0` are equal, so they must hash alike.
fn float_bits(x: f64) -> u64 {
    if x == 0.0 {
        0
    } else {
        x.to_bits()
    }
}

/// The shared strings of actors become Python strings where PyO3 reads them (`#[pyo3(get)]`
/// fields, dict items), as `String`s do.
impl<'py> IntoPyObject<'py> for &SharedStr {
    type Target = PyString;
    type Output = Bound<'py, PyString>;
    type Error = std::convert::Infallible;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(PyString::new(py, self))
    }
}

/// A political actor as an event or mention reports it.
#[pyclass(frozen, eq, hash, module = "communique", from_py_object)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Actor {
    /// The words in the text ("North Korean Foreign Minister Choe Son-hui").
    #[pyo3(get)]
    pub text: SharedStr,
    /// The canonical name ("Choe Son-hui"), else the country's.
    #[pyo3(get)]
    pub name: SharedStr,
    /// The full CAMEO actor code ("PRKGOV", "IGOUNO").
    #[pyo3(get)]
    pub code: SharedStr,
    /// The ISO 3166 alpha-3 (CAMEO) country; empty for international organisations.
    #[pyo3(get)]
    pub country: SharedStr,
    /// The CAMEO role ("GOV", "MIL"…); empty for a country as a whole.
    #[pyo3(get, name = "type")]
    pub actor_type: SharedStr,
    /// Character offsets of `text` in the article: `article_text[start:end] == text`.
    #[pyo3(get)]
    pub span: (usize, usize),
}

#[pymethods]
impl Actor {
    #[new]
    #[pyo3(signature = (text, name, code, country, r#type, span))]
    fn new(
        text: String,
        name: String,
        code: String,
        country: String,
        r#type: String,
        span: (usize, usize),
    ) -> Self {
        Actor {
            text: text.into(),
            name: name.into(),
            code: code.into(),
            country: country.into(),
            actor_type: r#type.into(),
            span,
        }
    }

    #[classattr]
    fn __match_args__() -> (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    ) {
        ("text", "name", "code", "country", "type", "span")
    }

    fn __repr__(&self) -> String {
        format!(
            "Actor(text={}, name={}, code={}, country={}, type={}, span=({}, {}))",
            py_repr(&self.text),
            py_repr(&self.name),
            py_repr(&self.code),
            py_repr(&self.country),
            py_repr(&self.actor_type),
            self.span.0,
            self.span.1
        )
    }

    fn __getnewargs__(&self) -> (String, String, String, String, String, (usize, usize)) {
        (
            self.text.to_string(),
            self.name.to_string(),
            self.code.to_string(),
            self.country.to_string(),
            self.actor_type.to_string(),
            self.span,
        )
    }

    /// The fields as a dict (`type` under its Python name).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", &self.text)?;
        d.set_item("name", &self.name)?;
        d.set_item("code", &self.code)?;
        d.set_item("country", &self.country)?;
        d.set_item("type", &self.actor_type)?;
        d.set_item("span", self.span)?;
        Ok(d)
    }
}

/// One actor mention in the article.
#[pyclass(frozen, eq, hash, module = "communique", from_py_object)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mention {
    /// The sentence it is in.
    #[pyo3(get)]
    pub sentence_index: usize,
    /// The resolved actor; its `text` and `span` are this mention's own.
    #[pyo3(get)]
    pub actor: Actor,
    /// How it was recognised: "dictionary", "composed" or "coreference".
    #[pyo3(get)]
    pub kind: String,
    /// For coreference: the index in `Article.mentions` of the mention it resolved to.
    #[pyo3(get)]
    pub antecedent: Option<usize>,
}

#[pymethods]
impl Mention {
    #[new]
    #[pyo3(signature = (sentence_index, actor, kind, antecedent=None))]
    fn new(sentence_index: usize, actor: Actor, kind: String, antecedent: Option<usize>) -> Self {
        Mention {
            sentence_index,
            actor,
            kind,
            antecedent,
        }
    }

    #[classattr]
    fn __match_args__() -> (&'static str, &'static str, &'static str, &'static str) {
        ("sentence_index", "actor", "kind", "antecedent")
    }

    fn __repr__(&self) -> String {
        format!(
            "Mention(sentence_index={}, actor={}, kind={}, antecedent={})",
            self.sentence_index,
            self.actor.__repr__(),
            py_repr(&self.kind),
            self.antecedent
                .map_or_else(|| "None".to_string(), |a| a.to_string())
        )
    }

    fn __getnewargs__(&self) -> (usize, Actor, String, Option<usize>) {
        (
            self.sentence_index,
            self.actor.clone(),
            self.kind.clone(),
            self.antecedent,
        )
    }

    /// The fields as a dict, the actor as a nested dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("sentence_index", self.sentence_index)?;
        d.set_item("actor", self.actor.to_dict(py)?)?;
        d.set_item("kind", &self.kind)?;
        d.set_item("antecedent", self.antecedent)?;
        Ok(d)
    }
}

/// A sentence of the article with its character offsets.
#[pyclass(frozen, eq, hash, get_all, module = "communique", from_py_object)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Sentence {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[pymethods]
impl Sentence {
    #[new]
    fn new(index: usize, start: usize, end: usize, text: String) -> Self {
        Sentence {
            index,
            start,
            end,
            text,
        }
    }

    #[classattr]
    fn __match_args__() -> (&'static str, &'static str, &'static str, &'static str) {
        ("index", "start", "end", "text")
    }

    fn __repr__(&self) -> String {
        format!(
            "Sentence(index={}, start={}, end={}, text={})",
            self.index,
            self.start,
            self.end,
            py_repr(&self.text)
        )
    }

    fn __getnewargs__(&self) -> (usize, usize, usize, String) {
        (self.index, self.start, self.end, self.text.clone())
    }

    /// The fields as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("index", self.index)?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("text", &self.text)?;
        Ok(d)
    }
}

/// One coded event: who did what to whom, when and where, and why the coder thinks so.
#[pyclass(frozen, eq, hash, module = "communique", from_py_object)]
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    #[pyo3(get)]
    pub article_id: String,
    #[pyo3(get)]
    pub sentence_index: usize,
    #[pyo3(get)]
    pub date: Option<NaiveDate>,
    #[pyo3(get)]
    pub source: Actor,
    #[pyo3(get)]
    pub target: Option<Actor>,
    #[pyo3(get)]
    pub code: String,
    #[pyo3(get)]
    pub root: String,
    #[pyo3(get)]
    pub name: String,
    #[pyo3(get)]
    pub quad_class: u8,
    #[pyo3(get)]
    pub goldstein: f64,
    #[pyo3(get)]
    pub plover_type: String,
    #[pyo3(get)]
    pub plover_mode: String,
    #[pyo3(get)]
    pub modality: String,
    #[pyo3(get)]
    pub date_source: String,
    /// How exact `date` is: "day", "week", "month" or "year"; None without a date.
    #[pyo3(get)]
    pub date_precision: Option<String>,
    #[pyo3(get)]
    pub location: Option<String>,
    #[pyo3(get)]
    pub mentions: u32,
    #[pyo3(get)]
    pub confidence: f64,
    #[pyo3(get)]
    pub sentence: String,
    #[pyo3(get)]
    pub span_start: usize,
    #[pyo3(get)]
    pub span_end: usize,
    #[pyo3(get)]
    pub trigger: String,
    #[pyo3(get)]
    pub rule: String,
    pub mention_sentences: Vec<usize>,
}

impl Hash for Event {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.article_id.hash(state);
        self.sentence_index.hash(state);
        self.date.hash(state);
        self.source.hash(state);
        self.target.hash(state);
        self.code.hash(state);
        self.quad_class.hash(state);
        float_bits(self.goldstein).hash(state);
        self.modality.hash(state);
        self.date_source.hash(state);
        self.date_precision.hash(state);
        self.location.hash(state);
        self.mentions.hash(state);
        float_bits(self.confidence).hash(state);
        self.span_start.hash(state);
        self.span_end.hash(state);
        self.trigger.hash(state);
        self.rule.hash(state);
        self.mention_sentences.hash(state);
    }
}

const EVENT_FIELDS: [&str; 24] = [
    "article_id",
    "sentence_index",
    "date",
    "source",
    "target",
    "code",
    "root",
    "name",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "modality",
    "date_source",
    "date_precision",
    "location",
    "mentions",
    "confidence",
    "sentence",
    "span_start",
    "span_end",
    "trigger",
    "rule",
    "mention_sentences",
];

impl Event {
    fn target_field(&self, f: impl Fn(&Actor) -> &str) -> String {
        self.target
            .as_ref()
            .map(|a| f(a).to_string())
            .unwrap_or_default()
    }
}

#[pymethods]
impl Event {
    #[new]
    #[allow(clippy::too_many_arguments)]
    #[pyo3(signature = (
        article_id, sentence_index, date, source, target, code, root, name, quad_class,
        goldstein, plover_type, plover_mode, modality, date_source, date_precision, location,
        mentions, confidence, sentence, span_start, span_end, trigger, rule,
        mention_sentences=Vec::new()
    ))]
    fn new(
        article_id: String,
        sentence_index: usize,
        date: Option<NaiveDate>,
        source: Actor,
        target: Option<Actor>,
        code: String,
        root: String,
        name: String,
        quad_class: u8,
        goldstein: f64,
        plover_type: String,
        plover_mode: String,
        modality: String,
        date_source: String,
        date_precision: Option<String>,
        location: Option<String>,
        mentions: u32,
        confidence: f64,
        sentence: String,
        span_start: usize,
        span_end: usize,
        trigger: String,
        rule: String,
        mention_sentences: Vec<usize>,
    ) -> Self {
        Event {
            article_id,
            sentence_index,
            date,
            source,
            target,
            code,
            root,
            name,
            quad_class,
            goldstein,
            plover_type,
            plover_mode,
            modality,
            date_source,
            date_precision,
            location,
            mentions,
            confidence,
            sentence,
            span_start,
            span_end,
            trigger,
            rule,
            mention_sentences,
        }
    }

    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
        PyTuple::new(py, EVENT_FIELDS)
    }

    /// The indices of the sentences that report this event.
    #[getter]
    fn mention_sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.mention_sentences)
    }

    #[getter]
    fn source_text(&self) -> String {
        self.source.text.to_string()
    }
    #[getter]
    fn source_name(&self) -> String {
        self.source.name.to_string()
    }
    #[getter]
    fn source_code(&self) -> String {
        self.source.code.to_string()
    }
    #[getter]
    fn source_country(&self) -> String {
        self.source.country.to_string()
    }
    #[getter]
    fn source_type(&self) -> String {
        self.source.actor_type.to_string()
    }
    #[getter]
    fn target_text(&self) -> String {
        self.target_field(|a| &a.text)
    }
    #[getter]
    fn target_name(&self) -> String {
        self.target_field(|a| &a.name)
    }
    #[getter]
    fn target_code(&self) -> String {
        self.target_field(|a| &a.code)
    }
    #[getter]
    fn target_country(&self) -> String {
        self.target_field(|a| &a.country)
    }
    #[getter]
    fn target_type(&self) -> String {
        self.target_field(|a| &a.actor_type)
    }

    fn __repr__(&self) -> String {
        let target = self.target.as_ref().map_or("-", |a| a.code.as_str());
        // a month's first day alone would read as the day of the event
        let date = match self.date_precision.as_deref() {
            Some(p) if p != "day" && self.date.is_some() => {
                format!("{} ({p})", date_repr(&self.date))
            }
            _ => date_repr(&self.date),
        };
        format!(
            "Event({} {} {}\u{2192}{} {} {} sentence={} trigger={})",
            self.code,
            py_repr(&self.name),
            self.source.code,
            target,
            date,
            self.modality,
            self.sentence_index,
            py_repr(&self.trigger)
        )
    }

    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let args: Vec<Bound<'py, PyAny>> = vec![
            self.article_id.clone().into_pyobject(py)?.into_any(),
            self.sentence_index.into_pyobject(py)?.into_any(),
            self.date.into_pyobject(py)?.into_any(),
            self.source.clone().into_pyobject(py)?.into_any(),
            self.target.clone().into_pyobject(py)?.into_any(),
            self.code.clone().into_pyobject(py)?.into_any(),
            self.root.clone().into_pyobject(py)?.into_any(),
            self.name.clone().into_pyobject(py)?.into_any(),
            self.quad_class.into_pyobject(py)?.into_any(),
            self.goldstein.into_pyobject(py)?.into_any(),
            self.plover_type.clone().into_pyobject(py)?.into_any(),
            self.plover_mode.clone().into_pyobject(py)?.into_any(),
            self.modality.clone().into_pyobject(py)?.into_any(),
            self.date_source.clone().into_pyobject(py)?.into_any(),
            self.date_precision.clone().into_pyobject(py)?.into_any(),
            self.location.clone().into_pyobject(py)?.into_any(),
            self.mentions.into_pyobject(py)?.into_any(),
            self.confidence.into_pyobject(py)?.into_any(),
            self.sentence.clone().into_pyobject(py)?.into_any(),
            self.span_start.into_pyobject(py)?.into_any(),
            self.span_end.into_pyobject(py)?.into_any(),
            self.trigger.clone().into_pyobject(py)?.into_any(),
            self.rule.clone().into_pyobject(py)?.into_any(),
            self.mention_sentences(py)?.into_any(),
        ];
        PyTuple::new(py, args)
    }

    /// How the event was coded: the sentence with the source, target and trigger marked,
    /// then the rule that fired, the code, the modality and the date.
    fn explain(&self) -> String {
        crate::article::Explanation {
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
            modality: &self.modality,
            date: self.date,
            date_source: &self.date_source,
            date_precision: self.date_precision.as_deref(),
            confidence: self.confidence,
        }
        .render()
    }

    /// One table row: the columns of `COLUMNS`, in order. Missing target fields and location
    /// are empty strings; a missing date is `None`, and so is its precision.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        let empty = Actor::new(
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            (0, 0),
        );
        let target = self.target.as_ref().unwrap_or(&empty);
        d.set_item("article_id", &self.article_id)?;
        d.set_item("sentence_index", self.sentence_index)?;
        d.set_item("date", self.date)?;
        d.set_item("source_text", &self.source.text)?;
        d.set_item("source_name", &self.source.name)?;
        d.set_item("source_code", &self.source.code)?;
        d.set_item("source_country", &self.source.country)?;
        d.set_item("source_type", &self.source.actor_type)?;
        d.set_item("target_text", &target.text)?;
        d.set_item("target_name", &target.name)?;
        d.set_item("target_code", &target.code)?;
        d.set_item("target_country", &target.country)?;
        d.set_item("target_type", &target.actor_type)?;
        d.set_item("code", &self.code)?;
        d.set_item("root", &self.root)?;
        d.set_item("name", &self.name)?;
        d.set_item("quad_class", self.quad_class)?;
        d.set_item("goldstein", self.goldstein)?;
        d.set_item("plover_type", &self.plover_type)?;
        d.set_item("plover_mode", &self.plover_mode)?;
        d.set_item("modality", &self.modality)?;
        d.set_item("date_source", &self.date_source)?;
        d.set_item("date_precision", self.date_precision.as_deref())?;
        d.set_item("location", self.location.as_deref().unwrap_or(""))?;
        d.set_item("mentions", self.mentions)?;
        d.set_item("confidence", self.confidence)?;
        d.set_item("sentence", &self.sentence)?;
        d.set_item("span_start", self.span_start)?;
        d.set_item("span_end", self.span_end)?;
        d.set_item("trigger", &self.trigger)?;
        d.set_item("rule", &self.rule)?;
        Ok(d)
    }
}

/// A coded article: its sentences, actor mentions and events.
#[pyclass(frozen, module = "communique")]
pub struct Article {
    #[pyo3(get)]
    pub id: String,
    #[pyo3(get)]
    pub published: Option<NaiveDate>,
    #[pyo3(get)]
    pub title: Option<String>,
    #[pyo3(get)]
    pub source: Option<String>,
    #[pyo3(get)]
    pub url: Option<String>,
    /// Tuples built once, so repeated attribute access is cheap and returns the same objects.
    #[pyo3(get)]
    pub sentences: Py<PyTuple>,
    #[pyo3(get)]
    pub mentions: Py<PyTuple>,
    #[pyo3(get)]
    pub events: Py<PyTuple>,
}

/// Checks that every item of `items` is an instance of `T` and packs them in a tuple.
fn tuple_of<'py, T: pyo3::PyClass>(
    py: Python<'py>,
    items: &Bound<'py, PyAny>,
    what: &str,
) -> PyResult<Bound<'py, PyTuple>> {
    let mut out = Vec::new();
    for item in items.try_iter()? {
        let item = item?;
        if !item.is_instance_of::<T>() {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "{what} must hold {} objects, not {}",
                T::NAME,
                item.get_type().name()?
            )));
        }
        out.push(item);
    }
    PyTuple::new(py, out)
}

impl Article {
    fn scalars(
        &self,
    ) -> (
        &str,
        &Option<NaiveDate>,
        &Option<String>,
        &Option<String>,
        &Option<String>,
    ) {
        (
            &self.id,
            &self.published,
            &self.title,
            &self.source,
            &self.url,
        )
    }
}

#[pymethods]
impl Article {
    #[new]
    #[allow(clippy::too_many_arguments)]
    #[pyo3(signature = (id, published, title, source, url, sentences, mentions, events))]
    fn new(
        py: Python<'_>,
        id: String,
        published: Option<NaiveDate>,
        title: Option<String>,
        source: Option<String>,
        url: Option<String>,
        sentences: &Bound<'_, PyAny>,
        mentions: &Bound<'_, PyAny>,
        events: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        Ok(Article {
            id,
            published,
            title,
            source,
            url,
            sentences: tuple_of::<Sentence>(py, sentences, "sentences")?.unbind(),
            mentions: tuple_of::<Mention>(py, mentions, "mentions")?.unbind(),
            events: tuple_of::<Event>(py, events, "events")?.unbind(),
        })
    }

    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
        PyTuple::new(
            py,
            [
                "id",
                "published",
                "title",
                "source",
                "url",
                "sentences",
                "mentions",
                "events",
            ],
        )
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Article(id={}, published={}, title={}, sentences={}, mentions={}, events={})",
            py_repr(&self.id),
            date_repr(&self.published),
            opt_repr(&self.title),
            self.sentences.bind(py).len(),
            self.mentions.bind(py).len(),
            self.events.bind(py).len()
        )
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let Ok(other) = other.cast::<Article>() else {
            return Ok(py.NotImplemented());
        };
        let other = other.get();
        let equal = self.scalars() == other.scalars()
            && self.sentences.bind(py).eq(other.sentences.bind(py))?
            && self.mentions.bind(py).eq(other.mentions.bind(py))?
            && self.events.bind(py).eq(other.events.bind(py))?;
        Ok(pyo3::types::PyBool::new(py, equal)
            .to_owned()
            .into_any()
            .unbind())
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<u64> {
        let mut h = DefaultHasher::new();
        self.scalars().hash(&mut h);
        (self.sentences.bind(py).hash()? as u64).hash(&mut h);
        (self.mentions.bind(py).hash()? as u64).hash(&mut h);
        (self.events.bind(py).hash()? as u64).hash(&mut h);
        Ok(h.finish())
    }

    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let args: Vec<Bound<'py, PyAny>> = vec![
            PyString::new(py, &self.id).into_any(),
            self.published.into_pyobject(py)?.into_any(),
            self.title.clone().into_pyobject(py)?.into_any(),
            self.source.clone().into_pyobject(py)?.into_any(),
            self.url.clone().into_pyobject(py)?.into_any(),
            self.sentences.bind(py).clone().into_any(),
            self.mentions.bind(py).clone().into_any(),
            self.events.bind(py).clone().into_any(),
        ];
        PyTuple::new(py, args)
    }

    /// The article as nested dicts: its fields, with sentences, mentions and events as lists
    /// of their `to_dict()`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("id", &self.id)?;
        d.set_item("published", self.published)?;
        d.set_item("title", &self.title)?;
        d.set_item("source", &self.source)?;
        d.set_item("url", &self.url)?;
        for (key, items) in [
            ("sentences", &self.sentences),
            ("mentions", &self.mentions),
            ("events", &self.events),
        ] {
            let list = items
                .bind(py)
                .iter()
                .map(|item| item.call_method0("to_dict"))
                .collect::<PyResult<Vec<_>>>()?;
            d.set_item(key, list)?;
        }
        Ok(d)
    }

    /// The events as a pandas DataFrame with one row per event and the columns of
    /// `communique.COLUMNS` (needs the `pandas` extra).
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let table = slf.get().table(slf.py())?;
        frames(slf.py(), "to_pandas", table.as_any())
    }

    /// The events as a `pyarrow.Table` (needs pyarrow).
    fn to_arrow<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let table = slf.get().table(slf.py())?;
        frames(slf.py(), "to_arrow", table.as_any())
    }

    /// The events as a polars DataFrame (needs polars).
    fn to_polars<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let table = slf.get().table(slf.py())?;
        frames(slf.py(), "to_polars", table.as_any())
    }

    /// One dict per event (`Event.to_dict()`).
    fn to_dicts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let rows = self
            .events
            .bind(py)
            .iter()
            .map(|e| e.call_method0("to_dict"))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, rows)
    }

    /// The events as an Arrow C stream (the Arrow PyCapsule interface).
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        let events: Vec<Event> = self.events.bind(py).extract()?;
        arrow_stream(py, &events)
    }

    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let table = slf.get().table(slf.py())?;
        frames(slf.py(), "repr_html", table.as_any())
    }
}

impl Article {
    /// The article's events as an `EventTable`, for the exports they share.
    fn table<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, EventTable>> {
        let events: Vec<Event> = self.events.bind(py).extract()?;
        Bound::new(
            py,
            EventTable {
                events,
                errors: Vec::new(),
            },
        )
    }
}
