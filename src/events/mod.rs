//! The events stage: patterns indexed by trigger, source and target by clause structure,
//! modality, dates and places, deduplication.

use chrono::NaiveDate;

use crate::actors::FoundActors;
use crate::article::Event;
use crate::coder::DictionarySource;
use crate::error::Result;
use crate::text::Sentence;

/// The compiled pattern dictionaries.
#[derive(Debug)]
pub struct EventCoder {}

impl EventCoder {
    pub fn new(_patterns: &[DictionarySource]) -> Result<EventCoder> {
        Ok(EventCoder {})
    }

    pub fn code(&self, _article_id: &str, _text: &str, _sentences: &[Sentence], _actors: &FoundActors, _published: Option<NaiveDate>) -> Vec<Event> {
        Vec::new()
    }
}
