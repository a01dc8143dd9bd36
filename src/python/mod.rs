//! The PyO3 bindings, compiled with the `python` feature: the native module
//! `communique._core`, which the pure-Python package `communique` re-exports.
//!
//! The layer only converts: Python values to [`crate::ArticleInput`], the coded
//! [`crate::Article`] to frozen Python classes (byte spans to character offsets), crate errors
//! and panics to one exception hierarchy. Coding runs with the GIL released.

#![cfg_attr(not(feature = "python"), allow(dead_code))]

#[cfg(feature = "python")]
use pyo3::prelude::*;

#[cfg(feature = "python")]
mod classes;
#[cfg(feature = "python")]
mod coder;
#[cfg(feature = "python")]
mod convert;
#[cfg(feature = "python")]
mod errors;
#[cfg(feature = "python")]
mod forksafe;
mod offsets;
#[cfg(feature = "python")]
mod table;

#[cfg(feature = "python")]
#[pymodule]
mod _core {
    use pyo3::prelude::*;
    use pyo3::types::PyTuple;

    #[pymodule_export]
    use super::classes::{Actor, Article, Event, Mention, Sentence};
    #[pymodule_export]
    use super::coder::Coder;
    #[pymodule_export]
    use super::errors::{CommuniqueError, DateError, DictionaryError, InputError, InternalError};
    #[pymodule_export]
    use super::table::EventTable;

    use super::classes::COLUMNS;
    use super::coder::{code_one, default_coder, record};
    use super::errors::{guard, to_pyerr};
    use super::offsets::parse_date as parse_iso_date;

    /// Codes one article with the bundled dictionaries.
    ///
    /// `published` (a `datetime.date`, `datetime.datetime` or ISO string) anchors relative
    /// dates such as "on Monday".
    #[pyfunction]
    #[pyo3(signature = (text, *, published=None, id=None, source=None, url=None, title=None))]
    #[allow(clippy::too_many_arguments)]
    fn parse(
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        published: Option<&Bound<'_, PyAny>>,
        id: Option<String>,
        source: Option<String>,
        url: Option<String>,
        title: Option<String>,
    ) -> PyResult<Py<super::classes::Article>> {
        let record = record(py, text, published, id, source, url, title)?;
        let coder = default_coder(py)?;
        code_one(py, &coder, &record)
    }

    /// Reads an ISO date or date-time string as a `datetime.date`, as `parse` does for
    /// `published`; raises `DateError` quoting the value otherwise.
    #[pyfunction]
    fn parse_date(py: Python<'_>, value: &str) -> PyResult<chrono::NaiveDate> {
        parse_iso_date(value).map_err(|e| to_pyerr(py, e))
    }

    /// Panics inside the binding's guard. The test suite uses it to check that a Rust panic
    /// reaches Python as `InternalError`.
    #[pyfunction]
    fn _panic(message: &str) -> PyResult<()> {
        guard(|| panic!("{message}"))
    }

    /// The CAMEO event codebook: `(code, name, root, goldstein, quad_class, plover_type,
    /// plover_mode)` for every code, sorted by code.
    #[pyfunction]
    #[allow(clippy::type_complexity)]
    fn _cameo_codes() -> Vec<(
        &'static str,
        &'static str,
        &'static str,
        f64,
        u8,
        &'static str,
        &'static str,
    )> {
        crate::cameo::all()
            .into_iter()
            .map(|c| {
                (
                    c.code,
                    c.name,
                    c.root(),
                    c.goldstein,
                    c.quad_class,
                    c.plover_type,
                    c.plover_mode,
                )
            })
            .collect()
    }

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        super::forksafe::install();
        m.add("COLUMNS", PyTuple::new(m.py(), COLUMNS)?)?;
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        Ok(())
    }
}
