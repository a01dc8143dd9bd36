//! communique: political event data from English news, coded in CAMEO.
//!
//! Text flows one way through the stages, each a module that owns its dictionaries:
//! [`text`] (normalise, split, tokenise) → [`actors`] (mentions, composition, coreference)
//! → [`events`] (patterns, roles, modality) → [`time`] (dates, places) → [`Article`].
//! [`Coder`] holds the compiled dictionaries and runs the pipeline; it is cheap to share
//! between threads.

pub mod actors;
pub mod article;
pub mod cameo;
pub mod coder;
pub mod error;
pub mod events;
mod shared_str;
pub mod text;
pub mod time;

// The bindings need the `python` feature; their pure-Rust helpers are tested without it.
mod python;

// The default feature `mimalloc` (see Cargo.toml): a faster allocator for coding's many small
// allocations.
#[cfg(feature = "mimalloc")]
mod allocator;
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: allocator::MiMalloc = allocator::MiMalloc;

pub use article::{
    Actor, Article, ArticleInput, DateSource, Event, Mention, MentionKind, Modality, SentenceSpan,
};
pub use coder::{Coder, DictionarySource, UserDictionaries};
pub use error::{Error, Result};
pub use shared_str::SharedStr;
pub use time::Precision;
