//! The exception hierarchy and the one place where crate errors and panics become Python
//! exceptions.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::error::Error;

create_exception!(
    communique,
    CommuniqueError,
    PyValueError,
    "The base of every error communique raises; a `ValueError`."
);
create_exception!(
    communique,
    DictionaryError,
    CommuniqueError,
    "A dictionary file or entry that cannot be read; `file` and `line` say where."
);
create_exception!(
    communique,
    DateError,
    CommuniqueError,
    "A date that cannot be read; `value` is the date as given."
);
create_exception!(
    communique,
    InputError,
    CommuniqueError,
    "An article that cannot be coded as given, such as a record without text."
);
create_exception!(
    communique,
    InternalError,
    CommuniqueError,
    "A bug in communique (a caught Rust panic); please report it with the input."
);

/// Converts a crate error into its exception, with the details as attributes.
pub fn to_pyerr(py: Python<'_>, error: Error) -> PyErr {
    let message = error.to_string();
    build(py, error, message)
}

/// Converts a crate error, prefixing its message with where it happened ("item 3").
pub fn to_pyerr_at(py: Python<'_>, error: Error, place: &str) -> PyErr {
    let message = format!("{place}: {error}");
    build(py, error, message)
}

fn build(py: Python<'_>, error: Error, message: String) -> PyErr {
    let err = match &error {
        Error::Dictionary { .. } => DictionaryError::new_err(message),
        Error::Date { .. } => DateError::new_err(message),
        Error::Input { .. } => InputError::new_err(message),
        Error::Internal { .. } => InternalError::new_err(message),
    };
    // The attributes are a convenience: failing to set them must not hide the error itself.
    let value = err.value(py);
    let _ = match error {
        Error::Dictionary { file, line, .. } => value
            .setattr("file", file)
            .and_then(|_| value.setattr("line", line)),
        Error::Date { value: given } => value.setattr("value", given),
        Error::Input { .. } | Error::Internal { .. } => Ok(()),
    };
    err
}

/// The text of a panic payload.
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

/// Runs binding code so that a panic in it arrives in Python as `InternalError`, not as
/// pyo3's `PanicException` (a `BaseException` that `except Exception` would not catch).
pub fn guard<T>(f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|panic| {
        Err(InternalError::new_err(format!(
            "internal error (please report): {}",
            panic_message(&*panic)
        )))
    })
}
