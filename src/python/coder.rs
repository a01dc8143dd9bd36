//! `Coder` for Python: the user's dictionaries, `parse` and `parse_many`, and the shared
//! default coder behind `communique.parse`.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyList, PyMapping, PyString, PyTuple};
use rayon::prelude::*;

use super::classes::{Article, Event};
use super::convert::{
    article_to_py, events_of, extract_opt_string, extract_published, extract_text,
};
use super::errors::{guard, to_pyerr, to_pyerr_at};
use super::forksafe;
use super::offsets::CharOffsets;
use super::table::EventTable;
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

/// Where a batch finds each field of a mapping item.
pub struct Keys<'a> {
    pub text: &'a str,
    pub id: &'a str,
    pub published: &'a str,
}

/// The record of one batch item: a `str`, or a mapping with the text and optionally an id, a
/// publication date, `title`, `source`, `url`. On failure, the item's id (if it had one) and
/// the error, whose message names the item.
fn item_record(
    py: Python<'_>,
    item: &Bound<'_, PyAny>,
    index: usize,
    keys: &Keys<'_>,
    published: Option<chrono::NaiveDate>,
) -> std::result::Result<Record, (Option<String>, PyErr)> {
    if item.is_instance_of::<PyString>() {
        let text = extract_text(item, &format!("item {index}")).map_err(|e| (None, e))?;
        return Ok(Record {
            text,
            id: Some(index.to_string()),
            published,
            title: None,
            source: None,
            url: None,
        });
    }
    let Ok(map) = item.cast::<PyMapping>() else {
        let name = item
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_default();
        return Err((
            None,
            PyTypeError::new_err(format!(
                "item {index} must be a str or a mapping with '{}', not {name}",
                keys.text
            )),
        ));
    };
    let get = |key: &str| -> PyResult<Option<Bound<'_, PyAny>>> {
        if map.contains(key)? {
            Ok(Some(map.get_item(key)?))
        } else {
            Ok(None)
        }
    };
    let id = get(keys.id)
        .and_then(|v| extract_opt_string(v.as_ref()))
        .map_err(|e| (None, e))?;
    let place = match &id {
        Some(id) => format!("item {index} (id {})", super::classes::py_repr(id)),
        None => format!("item {index}"),
    };
    let fail = |e: PyErr| (id.clone(), e);
    let Some(text) = get(keys.text).map_err(fail)? else {
        return Err(fail(to_pyerr_at(
            py,
            Error::Input {
                message: format!("the record has no '{}'", keys.text),
            },
            &place,
        )));
    };
    let text = extract_text(&text, &format!("{place}: '{}'", keys.text)).map_err(fail)?;
    let own = extract_published(get(keys.published).map_err(fail)?.as_ref())
        .map_err(fail)?
        .map_err(|e| fail(to_pyerr_at(py, e, &place)))?;
    let field = |key: &str| get(key).and_then(|v| extract_opt_string(v.as_ref()));
    Ok(Record {
        text,
        id: Some(id.clone().unwrap_or_else(|| index.to_string())),
        published: own.or(published),
        title: field("title").map_err(fail)?,
        source: field("source").map_err(fail)?,
        url: field("url").map_err(fail)?,
    })
}

/// Articles coded between two checks for Ctrl-C and two progress updates: a fraction of a
/// second of work on any machine.
const CHUNK: usize = 256;

/// How a batch reports progress: a callable given the number of articles just finished, or
/// a tqdm bar (`progress=True`) that must be closed at the end.
enum Progress<'py> {
    None,
    Callback(Bound<'py, PyAny>),
    Bar(Bound<'py, PyAny>),
}

impl<'py> Progress<'py> {
    fn new(
        py: Python<'py>,
        value: Option<&Bound<'py, PyAny>>,
        articles: &Bound<'py, PyAny>,
    ) -> PyResult<Self> {
        let Some(value) = value.filter(|v| !v.is_none()) else {
            return Ok(Progress::None);
        };
        if let Ok(on) = value.cast::<pyo3::types::PyBool>() {
            if !on.is_true() {
                return Ok(Progress::None);
            }
            let total = articles.len().ok();
            let bar = py
                .import("communique._frames")?
                .getattr("progress_bar")?
                .call1((total,))?;
            return Ok(Progress::Bar(bar));
        }
        if !value.is_callable() {
            return Err(PyTypeError::new_err(
                "progress must be a bool or a callable taking the number of articles done",
            ));
        }
        Ok(Progress::Callback(value.clone()))
    }

    fn advance(&self, n: usize) -> PyResult<()> {
        match self {
            Progress::None => Ok(()),
            Progress::Callback(f) => f.call1((n,)).map(|_| ()),
            Progress::Bar(bar) => bar.call_method1("update", (n,)).map(|_| ()),
        }
    }

    fn close(&self) -> PyResult<()> {
        match self {
            Progress::Bar(bar) => bar.call_method0("close").map(|_| ()),
            _ => Ok(()),
        }
    }
}

/// The message of a Python exception, for `errors="collect"`.
fn message(py: Python<'_>, err: &PyErr) -> String {
    err.value(py)
        .str()
        .map(|s| s.to_string())
        .unwrap_or_else(|_| "error".to_string())
}

/// Codes a batch: see `Coder.parse_many`.
#[allow(clippy::too_many_arguments)]
pub fn parse_batch(
    py: Python<'_>,
    coder: &CoreCoder,
    articles: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    threads: Option<usize>,
    progress: Option<&Bound<'_, PyAny>>,
    errors: &str,
    keys: &Keys<'_>,
) -> PyResult<EventTable> {
    let collect = match errors {
        "raise" => false,
        "collect" => true,
        other => {
            return Err(PyValueError::new_err(format!(
                "errors must be 'raise' or 'collect', not {}",
                super::classes::py_repr(other)
            )))
        }
    };
    let articles = if articles.hasattr("columns")? && articles.hasattr("to_dict")? {
        py.import("communique._frames")?
            .getattr("frame_records")?
            .call1((articles, keys.text, keys.id, keys.published))?
    } else {
        articles.clone()
    };
    let published = extract_published(published)?.map_err(|e| to_pyerr_at(py, e, "published"))?;
    let pool = match threads {
        None => None,
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyValueError::new_err(e.to_string()))?,
        ),
    };
    let progress = Progress::new(py, progress, &articles)?;
    let result = code_chunks(
        py,
        coder,
        &articles,
        published,
        pool.as_ref(),
        &progress,
        collect,
        keys,
    );
    let closed = progress.close();
    let table = result?;
    closed?;
    Ok(table)
}

#[allow(clippy::too_many_arguments)]
fn code_chunks(
    py: Python<'_>,
    coder: &CoreCoder,
    articles: &Bound<'_, PyAny>,
    published: Option<chrono::NaiveDate>,
    pool: Option<&rayon::ThreadPool>,
    progress: &Progress<'_>,
    collect: bool,
    keys: &Keys<'_>,
) -> PyResult<EventTable> {
    let mut items = articles.try_iter()?;
    let mut events = Vec::new();
    let mut rejected = Vec::new();
    let mut index = 0usize;
    loop {
        let mut chunk: Vec<(usize, Record)> = Vec::with_capacity(CHUNK);
        let mut seen = 0;
        for item in items.by_ref().take(CHUNK) {
            let item = item?;
            match item_record(py, &item, index, keys, published) {
                Ok(record) => chunk.push((index, record)),
                Err((id, err)) if collect => rejected.push((index, id, message(py, &err))),
                Err((_, err)) => return Err(err),
            }
            index += 1;
            seen += 1;
        }
        if seen == 0 {
            break;
        }
        let code = |(_, r): &(usize, Record)| {
            coder
                .parse(&r.input())
                .map(|a| events_of(&CharOffsets::new(&r.text), a.events))
        };
        let results: Vec<Result<Vec<Event>>> = py.detach(|| {
            if forksafe::in_forked_child() {
                chunk.iter().map(code).collect()
            } else {
                let run = || chunk.par_iter().map(code).collect();
                match pool {
                    Some(pool) => pool.install(run),
                    None => run(),
                }
            }
        });
        for ((i, record), result) in chunk.iter().zip(results) {
            match result {
                Ok(found) => events.extend(found),
                Err(e) if collect => rejected.push((*i, record.id.clone(), e.to_string())),
                Err(e) => return Err(to_pyerr_at(py, e, &format!("item {i}"))),
            }
        }
        py.check_signals()?;
        progress.advance(seen)?;
    }
    Ok(EventTable {
        events,
        errors: rejected,
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

impl Coder {
    fn targetless(&self) -> bool {
        self.inner.targetless()
    }
}

#[pymethods]
impl Coder {
    #[new]
    #[pyo3(signature = (actors=None, agents=None, patterns=None, *, targetless=false))]
    fn new(
        py: Python<'_>,
        actors: Option<&Bound<'_, PyAny>>,
        agents: Option<&Bound<'_, PyAny>>,
        patterns: Option<&Bound<'_, PyAny>>,
        targetless: bool,
    ) -> PyResult<Self> {
        let user = UserDictionaries {
            actors: sources(actors, "actors")?,
            agents: sources(agents, "agents")?,
            patterns: sources(patterns, "patterns")?,
        };
        let inner = guard(|| {
            py.detach(|| CoreCoder::with_dictionaries(&user))
                .map(|coder| coder.with_targetless(targetless))
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

    /// Codes many articles on all cores and returns their events as one `EventTable`, in
    /// input order whatever the number of threads. See `communique.parse_many`.
    #[pyo3(signature = (
        articles, *, published=None, threads=None, progress=None, errors="raise",
        text="text", id="id", published_column="published"
    ))]
    #[allow(clippy::too_many_arguments)]
    fn parse_many(
        &self,
        py: Python<'_>,
        articles: &Bound<'_, PyAny>,
        published: Option<&Bound<'_, PyAny>>,
        threads: Option<usize>,
        progress: Option<&Bound<'_, PyAny>>,
        errors: &str,
        text: &str,
        id: &str,
        published_column: &str,
    ) -> PyResult<EventTable> {
        let keys = Keys {
            text,
            id,
            published: published_column,
        };
        parse_batch(
            py,
            &self.inner,
            articles,
            published,
            threads,
            progress,
            errors,
            &keys,
        )
    }

    /// Codes many articles on all cores and returns them as `Article` objects, in input
    /// order; the first that cannot be coded raises, naming its position.
    fn parse_articles(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
    ) -> PyResult<Vec<Py<Article>>> {
        let keys = Keys {
            text: "text",
            id: "id",
            published: "published",
        };
        let records = texts
            .try_iter()?
            .enumerate()
            .map(|(i, item)| item_record(py, &item?, i, &keys, None).map_err(|(_, e)| e))
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

    /// Codes the texts in Rust only and returns the number of events, building no Python
    /// objects: the benchmark's measure of the core's own time.
    #[pyo3(signature = (texts, threads=None))]
    fn _code_only(
        &self,
        py: Python<'_>,
        texts: Vec<PyBackedStr>,
        threads: Option<usize>,
    ) -> PyResult<usize> {
        let pool = match threads {
            None => None,
            Some(n) => Some(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build()
                    .map_err(|e| PyValueError::new_err(e.to_string()))?,
            ),
        };
        let inputs: Vec<ArticleInput<'_>> = texts
            .iter()
            .map(|t| ArticleInput {
                text: t,
                id: None,
                published: None,
                title: None,
                source: None,
                url: None,
            })
            .collect();
        let count = py.detach(|| {
            let run = || {
                inputs
                    .par_iter()
                    .map(|i| self.inner.parse(i).map_or(0, |a| a.events.len()))
                    .sum()
            };
            match &pool {
                Some(pool) => pool.install(run),
                None => run(),
            }
        });
        Ok(count)
    }

    /// Pickles as its construction arguments (paths made absolute, entry lines as text);
    /// unpickling rebuilds through `communique._coders.rebuild`, which compiles each distinct
    /// coder once per process.
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let rebuild = py.import("communique._coders")?.getattr("rebuild")?;
        let path_type = py.import("pathlib")?.getattr("Path")?;
        let list = |sources: &[DictionarySource]| -> PyResult<Bound<'py, PyList>> {
            let items = sources
                .iter()
                .map(|s| match s {
                    DictionarySource::Path(p) => {
                        let p = std::path::absolute(p).unwrap_or_else(|_| p.clone());
                        path_type.call1((p,))
                    }
                    DictionarySource::Text { text, .. } => Ok(PyString::new(py, text).into_any()),
                })
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)
        };
        let args = (
            list(&self.user.actors)?,
            list(&self.user.agents)?,
            list(&self.user.patterns)?,
            self.targetless(),
        )
            .into_pyobject(py)?;
        Ok((rebuild, args))
    }

    /// Whether the coder also codes events without a target (PLOVER style).
    #[getter(targetless)]
    fn py_targetless(&self) -> bool {
        self.targetless()
    }

    fn __repr__(&self) -> String {
        format!(
            "Coder(actors={}, agents={}, patterns={}{})",
            describe(&self.user.actors),
            describe(&self.user.agents),
            describe(&self.user.patterns),
            if self.targetless() {
                ", targetless=True"
            } else {
                ""
            }
        )
    }
}
