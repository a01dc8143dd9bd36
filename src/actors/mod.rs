//! The actors stage: dictionary mentions, composition into actor phrases, coreference.
//!
//! - `dictionary.rs` reads the dictionaries (`dictionaries/`, formats in its README) into
//!   one trie over tokens;
//! - `compose.rs` groups each sentence's tokens into phrases ("the North Korean Foreign
//!   Minister Choe Son-hui", "China's foreign minister", "she", "the two sides");
//! - `resolve.rs` turns phrases into actors across the article: dated codes for known people,
//!   surnames, titles and pronouns back to earlier actors, country-less bodies ("police") to the
//!   country in context; `event_nouns.rs` lets "the visit", "the decision" stand for the
//!   actor of the event told before.

mod compose;
mod dictionary;
mod event_nouns;
mod resolve;
mod trie;

use std::ops::Range;
use std::sync::Arc;

use chrono::NaiveDate;

pub use dictionary::{ActorDictionary, Gender};
pub(crate) use event_nouns::EventNouns;

use crate::article::{Actor, Mention};
use crate::coder::DictionarySource;
use crate::error::Result;
use crate::text::{Sentence, Vocabulary};

/// An actor chunk in a sentence: the phrase that names one actor, or a pair ("the two sides").
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    /// Token range `[first, end)` in the sentence.
    pub first: usize,
    pub end: usize,
    /// Its actors, as positions in `FoundActors::mentions` (each actor of a chunk is one
    /// mention): usually one; "the two sides" resolves to two.
    pub mentions: Range<usize>,
    /// How many resolution steps lie between this chunk and a named mention (0 when named).
    pub coref_depth: u8,
    /// The chunk ends in a possessive ("China's").
    pub possessive: bool,
    /// A bare country or capital ("in Beijing" may be a place, not an actor).
    pub place: bool,
    /// An event noun standing for the actor of an event told before ("rejected the
    /// decision"): an object of what is said about the event, never a subject acting.
    pub event: bool,
}

/// The actor chunks of an article, per sentence.
#[derive(Debug, Clone, Default)]
pub struct FoundActors {
    pub chunks: Vec<Vec<Chunk>>,
    pub mentions: Vec<Mention>,
    /// The country where the story happens: the one the article names most as a place (a
    /// country, capital or city by itself), else the one it names most at all.
    pub setting: Option<String>,
}

impl FoundActors {
    /// Empty, with room for the chunks of `sentences` sentences and the mentions of their
    /// `phrases` (most phrases are one mention, a few none or two), so that the vector of
    /// these large values is seldom grown and copied.
    fn with_room(sentences: usize, phrases: &[Vec<compose::Phrase>]) -> FoundActors {
        FoundActors {
            chunks: Vec::with_capacity(sentences),
            mentions: Vec::with_capacity(phrases.iter().map(Vec::len).sum()),
            setting: None,
        }
    }

    /// Every actor mention, in text order.
    pub fn mentions(&self) -> Vec<Mention> {
        self.mentions.clone()
    }

    /// The actors of a chunk.
    pub fn actors(&self, chunk: &Chunk) -> impl Iterator<Item = &Actor> {
        self.mentions[chunk.mentions.clone()]
            .iter()
            .map(|m| &m.actor)
    }
}

/// The compiled actor dictionaries.
#[derive(Debug)]
pub struct ActorCoder {
    dictionary: ActorDictionary,
    /// The vocabulary the dictionary's names are numbered by.
    vocabulary: Arc<Vocabulary>,
}

impl ActorCoder {
    /// The bundled dictionaries plus the user's actor and agent files, with a vocabulary of
    /// their own: split texts for [`ActorCoder::find`] with
    /// `split_sentences_with(text, coder.vocabulary())`.
    pub fn new(actors: &[DictionarySource], agents: &[DictionarySource]) -> Result<ActorCoder> {
        let mut vocabulary = Vocabulary::lexicon().clone();
        let dictionary = ActorDictionary::load(actors, agents, &mut vocabulary)?;
        Ok(ActorCoder::with_vocabulary(
            dictionary,
            Arc::new(vocabulary),
        ))
    }

    /// A coder for a dictionary loaded into `vocabulary` (which may have grown since).
    pub(crate) fn with_vocabulary(
        dictionary: ActorDictionary,
        vocabulary: Arc<Vocabulary>,
    ) -> ActorCoder {
        ActorCoder {
            dictionary,
            vocabulary,
        }
    }

    /// The vocabulary to split texts with.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The compiled dictionaries.
    pub fn dictionary(&self) -> &ActorDictionary {
        &self.dictionary
    }

    /// Finds and resolves every actor in an article.
    ///
    /// # Panics
    ///
    /// If the sentences were not split with the coder's [`vocabulary`](Self::vocabulary).
    pub fn find(
        &self,
        text: &str,
        sentences: &[Sentence],
        published: Option<NaiveDate>,
    ) -> FoundActors {
        self.vocabulary.check(sentences);
        let mut scratch = compose::Scratch::default();
        let phrases: Vec<Vec<compose::Phrase>> = sentences
            .iter()
            .map(|s| compose::phrases(&self.dictionary, &s.tokens, &mut scratch))
            .collect();
        let mut resolver =
            resolve::Resolver::new(&self.dictionary, text, published, sentences, &phrases);
        for (sentence, phrases) in sentences.iter().zip(&phrases) {
            resolver.sentence(sentence, phrases);
        }
        resolver.finish()
    }
}

#[cfg(test)]
mod tests;
