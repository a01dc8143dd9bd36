//! The crate's one error type; the Python layer maps each variant to an exception class.

use std::fmt;

/// Everything that can go wrong in communique.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A dictionary line that cannot be read: which file, which line (1-based), what is wrong.
    Dictionary {
        file: String,
        line: usize,
        message: String,
    },
    /// A date that cannot be parsed, quoted as given.
    Date { value: String },
    /// Any other bad input, such as an article record without text.
    Input { message: String },
    /// An internal failure (a caught panic); a bug, reported rather than crashing.
    Internal { message: String },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Dictionary {
                file,
                line,
                message,
            } => write!(f, "{file}, line {line}: {message}"),
            Error::Date { value } => {
                write!(f, "cannot read {value:?} as a date (expected YYYY-MM-DD)")
            }
            Error::Input { message } => write!(f, "{message}"),
            Error::Internal { message } => write!(f, "internal error (please report): {message}"),
        }
    }
}

impl std::error::Error for Error {}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;
