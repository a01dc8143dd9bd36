//! `Coder` for Python: the user's dictionaries, `parse` and `parse_many`, and the shared
//! default coder behind `communique.parse`.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyList, PyMapping, PyString, PyTuple};

use super::classes::Article;
use super::convert::{article_to_py, extract_opt_string, extract_published, extract_text};
use super::errors::{guard, to_pyerr, to_pyerr_at};
use super::forksafe;
use crate::coder::{Coder as CoreCoder, DictionarySource, UserDictionaries};
use crate::error::{Error, Result};
use crate::ArticleInput;

/// One article as Python handed it over, owned so the GIL can be released while it is coded.
pub struct Record {
    pub text: PyBackedStr,
    pub id: Option<String>,
    pub published: Option<chrono::NaiveDate>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
}

impl Record {
    fn input(&self) -> ArticleInput<'_> {
        ArticleInput {
            text: &self.text,
            id: self.id.clone(),
            published: self.published,
            title: self.title.clone(),
            source: self.source.clone(),
            url: self.url.clone(),
        }
    }
}

/// The record of a `parse` call.
pub fn record(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    id: Option<String>,
    source: Option<String>,
    url: Option<String>,
    title: Option<String>,
) -> PyResult<Record> {
    let text = extract_text(text, "text")?;
    let published = extract_published(published)?.map_err(|e| to_pyerr(py, e))?;
    Ok(Record {
        text,
        id,
        published,
        title,
        source,
        url,
    })
}

/// The record of one `parse_many` item: a `str`, or a mapping with `text` and optionally
/// `id`, `published`, `title`, `source`, `url`.
fn item_record(py: Python<'_>, item: &Bound<'_, PyAny>, index: usize) -> PyResult<Record> {
    let place = format!("item {index}");
    if item.is_instance_of::<PyString>() {
        let text = extract_text(item, &place)?;
        return Ok(Record {
            text,
            id: None,
            published: None,
            title: None,
            source: None,
            url: None,
        });
    }
    let Ok(map) = item.cast::<PyMapping>() else {
        return Err(PyTypeError::new_err(format!(
            "{place} must be a str or a mapping with 'text', not {}",
            item.get_type().name()?
        )));
    };
    let get = |key: &str| -> PyResult<Option<Bound<'_, PyAny>>> {
        if map.contains(key)? {
            Ok(Some(map.get_item(key)?))
        } else {
            Ok(None)
        }
    };
    let Some(text) = get("text")? else {
        return Err(to_pyerr_at(
            py,
            Error::Input {
                message: "the record has no 'text'".into(),
            },
            &place,
        ));
    };
    let text = extract_text(&text, &format!("{place}: 'text'"))?;
    let published =
        extract_published(get("published")?.as_ref())?.map_err(|e| to_pyerr_at(py, e, &place))?;
    Ok(Record {
        text,
        id: extract_opt_string(get("id")?.as_ref())?,
        published,
        title: extract_opt_string(get("title")?.as_ref())?,
        source: extract_opt_string(get("source")?.as_ref())?,
        url: extract_opt_string(get("url")?.as_ref())?,
    })
}

/// Codes one record with the GIL released and converts the result.
pub fn code_one(py: Python<'_>, coder: &CoreCoder, record: &Record) -> PyResult<Py<Article>> {
    let result = py.detach(|| coder.parse(&record.input()));
    guard(|| article_to_py(py, result.map_err(|e| to_pyerr(py, e))?, &record.text))
}

/// The coder with the bundled dictionaries only, compiled on first use.
pub fn default_coder(py: Python<'_>) -> PyResult<Arc<CoreCoder>> {
    static DEFAULT: OnceLock<Result<Arc<CoreCoder>>> = OnceLock::new();
    // Compiling needs no Python, and releasing the GIL lets another thread that waits for the
    // same coder do so without holding it.
    py.detach(|| {
        DEFAULT
            .get_or_init(|| CoreCoder::new().map(Arc::new))
            .clone()
    })
    .map_err(|e| to_pyerr(py, e))
}

/// Dictionary sources from `None`, a path, or a list of paths and entry lines.
fn sources(value: Option<&Bound<'_, PyAny>>, kind: &str) -> PyResult<Vec<DictionarySource>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(Vec::new());
    };
    let is_path_like = |v: &Bound<'_, PyAny>| -> PyResult<bool> {
        Ok(!v.is_instance_of::<PyString>() && v.hasattr("__fspath__")?)
    };
    let as_path = |v: &Bound<'_, PyAny>| -> PyResult<PathBuf> { v.extract::<PathBuf>() };
    if value.is_instance_of::<PyString>() || is_path_like(value)? {
        return Ok(vec![DictionarySource::Path(as_path(value)?)]);
    }
    if !(value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>()) {
        return Err(PyTypeError::new_err(format!(
            "{kind} must be a path or a list of paths and entry lines, not {}",
            value.get_type().name()?
        )));
    }
    // Entry lines are gathered in runs between paths, so that order (later entries override
    // earlier ones) is kept and line numbers in errors count within the run.
    let mut out = Vec::new();
    let mut entries: Vec<String> = Vec::new();
    let name = format!("<{kind} entries>");
    let flush = |entries: &mut Vec<String>, out: &mut Vec<DictionarySource>| {
        if !entries.is_empty() {
            out.push(DictionarySource::Text {
                name: name.clone(),
                text: entries.join("\n"),
            });
            entries.clear();
        }
    };
    for item in value.try_iter()? {
        let item = item?;
        if is_path_like(&item)? {
            flush(&mut entries, &mut out);
            out.push(DictionarySource::Path(as_path(&item)?));
        } else if let Ok(s) = item.cast::<PyString>() {
            let s = s.to_cow()?.into_owned();
            // A string that names an existing file is that file; anything else is an entry.
            if !s.contains('\n') && std::path::Path::new(&s).is_file() {
                flush(&mut entries, &mut out);
                out.push(DictionarySource::Path(PathBuf::from(s)));
            } else {
                entries.push(s);
            }
        } else {
            return Err(PyTypeError::new_err(format!(
                "{kind} items must be paths or entry strings, not {}",
                item.get_type().name()?
            )));
        }
    }
    flush(&mut entries, &mut out);
    Ok(out)
}

fn describe(sources: &[DictionarySource]) -> String {
    let names: Vec<String> = sources
        .iter()
        .map(|s| match s {
            DictionarySource::Path(p) => super::classes::py_repr(&p.display().to_string()),
            DictionarySource::Text { text, .. } => format!("{} entries", text.lines().count()),
        })
        .collect();
    format!("[{}]", names.join(", "))
}

/// The bundled dictionaries plus the user's own. Build once and reuse: compiling the
/// dictionaries is the expensive part, coding is cheap.
#[pyclass(frozen, module = "communique")]
pub struct Coder {
    inner: Arc<CoreCoder>,
    user: UserDictionaries,
}

#[pymethods]
impl Coder {
    #[new]
    #[pyo3(signature = (actors=None, agents=None, patterns=None))]
    fn new(
        py: Python<'_>,
        actors: Option<&Bound<'_, PyAny>>,
        agents: Option<&Bound<'_, PyAny>>,
        patterns: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let user = UserDictionaries {
            actors: sources(actors, "actors")?,
            agents: sources(agents, "agents")?,
            patterns: sources(patterns, "patterns")?,
        };
        let inner = guard(|| {
            py.detach(|| CoreCoder::with_dictionaries(&user))
                .map_err(|e| to_pyerr(py, e))
        })?;
        Ok(Coder {
            inner: Arc::new(inner),
            user,
        })
    }

    /// Codes one article.
    #[pyo3(signature = (text, *, published=None, id=None, source=None, url=None, title=None))]
    #[allow(clippy::too_many_arguments)]
    fn parse(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        published: Option<&Bound<'_, PyAny>>,
        id: Option<String>,
        source: Option<String>,
        url: Option<String>,
        title: Option<String>,
    ) -> PyResult<Py<Article>> {
        let record = record(py, text, published, id, source, url, title)?;
        code_one(py, &self.inner, &record)
    }

    /// Codes many articles on all cores, in input order. Each item is a `str` or a mapping
    /// with `text` and optionally `id`, `published`, `title`, `source`, `url`. The first
    /// article that cannot be coded raises, naming its position.
    fn parse_many(&self, py: Python<'_>, texts: &Bound<'_, PyAny>) -> PyResult<Vec<Py<Article>>> {
        let records = texts
            .try_iter()?
            .enumerate()
            .map(|(i, item)| item_record(py, &item?, i))
            .collect::<PyResult<Vec<Record>>>()?;
        let inputs: Vec<ArticleInput<'_>> = records.iter().map(Record::input).collect();
        let results = py.detach(|| {
            if forksafe::in_forked_child() {
                inputs.iter().map(|input| self.inner.parse(input)).collect()
            } else {
                self.inner.parse_many(&inputs)
            }
        });
        guard(|| {
            results
                .into_iter()
                .zip(&records)
                .enumerate()
                .map(|(i, (result, record))| {
                    let article = result.map_err(|e| to_pyerr_at(py, e, &format!("item {i}")))?;
                    article_to_py(py, article, &record.text)
                })
                .collect()
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "Coder(actors={}, agents={}, patterns={})",
            describe(&self.user.actors),
            describe(&self.user.agents),
            describe(&self.user.patterns)
        )
    }
}
