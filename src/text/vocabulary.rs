//! The vocabulary: every lowercase word some dictionary knows, numbered, with its lexicon
//! classes. The tokeniser looks each token up once; the stages then find names, patterns and
//! word classes by number, so a token costs one hash probe in the whole pipeline rather than
//! one per table and per question.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::{self, WordClass};
use super::Sentence;

/// A word's number in a [`Vocabulary`]; [`WordId::UNKNOWN`] for a word it does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct WordId(u32);

impl WordId {
    /// A word no dictionary knows.
    pub const UNKNOWN: WordId = WordId(0);

    /// The number as an index into tables by word (slot 0 stands for unknown words).
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Numbers lowercase words, starting from the lexicon's. Dictionaries add their words while
/// they load; once the coder is built it only answers look-ups.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    words: HashMap<Box<str>, (WordId, WordClass)>,
    /// The words of up to seven bytes again, by their [`short_key`]: most words of a text are
    /// that short, and a number is hashed in one step and compared without a call to memcmp.
    short: HashMap<u64, (WordId, WordClass)>,
    /// Identifies the vocabulary's contents: tokens made with one vocabulary carry its
    /// numbers, which mean nothing to a coder built with another.
    stamp: u32,
}

/// Each new set of contents gets a stamp of its own.
fn new_stamp() -> u32 {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Vocabulary {
    /// The closed-class words of the lexicon (`lexicon.txt`) alone: enough to split and
    /// tokenise, and where every coder's vocabulary starts.
    pub fn lexicon() -> &'static Vocabulary {
        static LEXICON: OnceLock<Vocabulary> = OnceLock::new();
        LEXICON.get_or_init(|| {
            let mut vocabulary = Vocabulary {
                words: HashMap::default(),
                short: HashMap::default(),
                stamp: new_stamp(),
            };
            for (word, class) in lexicon::entries() {
                vocabulary.intern(word);
                vocabulary.words.get_mut(word).expect("just interned").1 = class;
                if let Some(key) = short_key(word) {
                    vocabulary.short.get_mut(&key).expect("just interned").1 = class;
                }
            }
            vocabulary
        })
    }

    /// The number of a lowercase word, which is added if new.
    pub fn intern(&mut self, lower: &str) -> WordId {
        if let Some(&(id, _)) = self.words.get(lower) {
            return id;
        }
        let id = WordId(self.words.len() as u32 + 1);
        self.words.insert(lower.into(), (id, WordClass::default()));
        if let Some(key) = short_key(lower) {
            self.short.insert(key, (id, WordClass::default()));
        }
        self.stamp = new_stamp();
        id
    }

    /// The number and lexicon classes of a lowercase word (`UNKNOWN` and no class for a
    /// word no dictionary knows).
    #[inline]
    pub fn get(&self, lower: &str) -> (WordId, WordClass) {
        match short_key(lower) {
            Some(key) => self.short.get(&key),
            None => self.words.get(lower),
        }
        .copied()
        .unwrap_or_default()
    }

    /// A lowercase word the vocabulary knows, as the vocabulary holds it, with its number and
    /// classes.
    pub fn known(&self, lower: &str) -> Option<(&str, WordId, WordClass)> {
        self.words
            .get_key_value(lower)
            .map(|(known, &(id, class))| (&**known, id, class))
    }

    /// How many slots a table by word needs: one per word, and slot 0 for unknown words.
    pub fn slots(&self) -> usize {
        self.words.len() + 1
    }

    /// What identifies these contents (see [`Sentence::vocabulary`]).
    pub fn stamp(&self) -> u32 {
        self.stamp
    }

    /// Panics unless every sentence was split with this vocabulary: the numbers of another
    /// would silently find nothing.
    pub(crate) fn check(&self, sentences: &[Sentence]) {
        assert!(
            sentences.iter().all(|s| s.vocabulary == self.stamp),
            "sentences split with another vocabulary than the coder's: \
             use split_sentences_with(text, coder.vocabulary())"
        );
    }
}

/// A word of up to seven bytes as one number: its bytes, and its length in the top byte (so
/// that no two words share a key, whatever bytes they hold).
fn short_key(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.len() > 7 {
        return None;
    }
    let packed = bytes
        .iter()
        .enumerate()
        .fold(0u64, |key, (k, &b)| key | u64::from(b) << (8 * k));
    Some(packed | (bytes.len() as u64) << 56)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_words_keep_their_numbers_and_classes() {
        let lexicon = Vocabulary::lexicon();
        let (the, class) = lexicon.get("the");
        assert!(the != WordId::UNKNOWN && class.has(WordClass::DET));
        let mut grown = lexicon.clone();
        assert_eq!(grown.stamp(), lexicon.stamp());
        let minister = grown.intern("minister");
        assert_ne!(grown.stamp(), lexicon.stamp(), "new contents, new stamp");
        assert_eq!(grown.get("the"), lexicon.get("the"));
        assert_eq!(grown.get("minister"), (minister, WordClass::default()));
        assert_eq!(grown.intern("minister"), minister);
        assert_eq!(lexicon.get("minister").0, WordId::UNKNOWN);
        assert_eq!(grown.slots(), lexicon.slots() + 1);
    }

    #[test]
    fn short_and_long_words_are_found_alike() {
        let mut vocabulary = Vocabulary::lexicon().clone();
        let words = ["a", "a\0", "\0", "", "minister", "seven77", "eight888", "é"];
        let ids: Vec<WordId> = words.iter().map(|w| vocabulary.intern(w)).collect();
        for (word, id) in words.iter().zip(&ids) {
            assert_eq!(vocabulary.get(word).0, *id, "{word:?}");
        }
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), words.len(), "every word its own number");
        assert_eq!(vocabulary.get("a\0\0").0, WordId::UNKNOWN);
    }
}
