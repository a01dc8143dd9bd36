//! [`SharedStr`]: an immutable string whose clones share one allocation.
//!
//! An [`Actor`](crate::Actor) is cloned for every mention that points back to it, every
//! event it takes part in, every pair and group it is in (about 107,000 clones on the 5,000
//! Wikinews articles); with five `String`s each clone was five allocations and copies. Its
//! strings never change once made, so they are shared instead: a clone is a reference count.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use serde::{Serialize, Serializer};

/// An immutable, cheaply cloned string: derefs to `str`, compares with `str`, `&str` and
/// `String`, and serialises as a plain string.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SharedStr(Arc<str>);

impl SharedStr {
    /// The empty string: one shared allocation for all of them, as actors start with an
    /// empty text, and most countries have no role.
    pub fn new() -> SharedStr {
        static EMPTY: OnceLock<SharedStr> = OnceLock::new();
        EMPTY.get_or_init(|| SharedStr(Arc::from(""))).clone()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for SharedStr {
    fn default() -> SharedStr {
        SharedStr::new()
    }
}

impl Deref for SharedStr {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        &self.0
    }
}

/// An empty string shares the one empty allocation ([`SharedStr::new`]): many actors have no
/// country or no role, and an `Arc` of nothing is an allocation all the same.
impl From<&str> for SharedStr {
    fn from(s: &str) -> SharedStr {
        if s.is_empty() {
            return SharedStr::new();
        }
        SharedStr(Arc::from(s))
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> SharedStr {
        SharedStr::from(s.as_str())
    }
}

impl From<&SharedStr> for SharedStr {
    fn from(s: &SharedStr) -> SharedStr {
        s.clone()
    }
}

impl From<&String> for SharedStr {
    fn from(s: &String) -> SharedStr {
        SharedStr::from(s.as_str())
    }
}

impl From<SharedStr> for String {
    fn from(s: SharedStr) -> String {
        s.0.to_string()
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        &*self.0 == other.as_str()
    }
}

impl PartialEq<SharedStr> for str {
    fn eq(&self, other: &SharedStr) -> bool {
        self == &*other.0
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == &*other.0
    }
}

impl PartialEq<SharedStr> for String {
    fn eq(&self, other: &SharedStr) -> bool {
        self.as_str() == &*other.0
    }
}

#[cfg(test)]
mod tests {
    use super::SharedStr;

    #[test]
    fn clones_share_and_compare_as_strings() {
        let a = SharedStr::from("PRKGOV");
        let b = a.clone();
        assert_eq!(a, b);
        assert_eq!(a, "PRKGOV");
        assert_eq!("PRKGOV", b);
        assert_eq!(a, String::from("PRKGOV"));
        assert_eq!(a.len(), 6);
        assert!(SharedStr::new().is_empty());
        assert_eq!(format!("{a} {a:?}"), "PRKGOV \"PRKGOV\"");
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"PRKGOV\"");
    }
}
