//! The actors stage: dictionary mentions, composition into actor chunks, coreference.

use chrono::NaiveDate;

use crate::article::{Actor, Mention, MentionKind};
use crate::coder::DictionarySource;
use crate::error::Result;
use crate::text::Sentence;

/// An actor chunk in a sentence: the phrase that names one actor, or a group ("the two sides").
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    pub sentence: usize,
    /// Token range `[first, end)` in the sentence.
    pub first: usize,
    pub end: usize,
    /// Usually one; "the two sides" resolves to two.
    pub actors: Vec<Actor>,
    pub kind: MentionKind,
    /// How many coreference steps lie between this chunk and a named mention.
    pub coref_depth: u8,
    /// The chunk ends in a possessive ("China's").
    pub possessive: bool,
    /// Index in the article's mention list of this chunk's first actor.
    pub mention: usize,
}

/// The actor chunks of an article, per sentence.
#[derive(Debug, Clone, Default)]
pub struct FoundActors {
    pub chunks: Vec<Vec<Chunk>>,
    mentions: Vec<Mention>,
}

impl FoundActors {
    /// Every actor mention, in text order.
    pub fn mentions(&self) -> Vec<Mention> {
        self.mentions.clone()
    }
}

/// The compiled actor dictionaries.
#[derive(Debug)]
pub struct ActorCoder {}

impl ActorCoder {
    pub fn new(_actors: &[DictionarySource], _agents: &[DictionarySource]) -> Result<ActorCoder> {
        Ok(ActorCoder {})
    }

    pub fn find(&self, _text: &str, sentences: &[Sentence], _published: Option<NaiveDate>) -> FoundActors {
        FoundActors { chunks: vec![Vec::new(); sentences.len()], mentions: Vec::new() }
    }
}
