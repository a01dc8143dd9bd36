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
    short: ShortTable,
    /// Each word's spelling by number, for the short words found in `short`.
    spellings: Vec<Box<str>>,
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
                short: ShortTable::default(),
                spellings: vec!["".into()],
                stamp: new_stamp(),
            };
            for (word, class) in lexicon::entries() {
                vocabulary.intern(word);
                vocabulary.words.get_mut(word).expect("just interned").1 = class;
                if let Some(key) = short_key(word) {
                    vocabulary.short.set_class(key, class);
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
        self.spellings.push(lower.into());
        if let Some(key) = short_key(lower) {
            self.short.insert(key, id);
        }
        self.stamp = new_stamp();
        id
    }

    /// The number and lexicon classes of a lowercase word (`UNKNOWN` and no class for a
    /// word no dictionary knows).
    #[inline(always)]
    pub fn get(&self, lower: &str) -> (WordId, WordClass) {
        match short_key(lower) {
            Some(key) => self.short.get(key),
            None => self.words.get(lower).copied(),
        }
        .unwrap_or_default()
    }

    /// A lowercase word the vocabulary knows, as the vocabulary holds it, with its number and
    /// classes.
    pub fn known(&self, lower: &str) -> Option<(&str, WordId, WordClass)> {
        match short_key(lower) {
            Some(key) => self
                .short
                .get(key)
                .map(|(id, class)| (&*self.spellings[id.index()], id, class)),
            None => self
                .words
                .get_key_value(lower)
                .map(|(known, &(id, class))| (&**known, id, class)),
        }
    }

    /// [`known`](Self::known) for the ASCII lowercase form of `word`, a word with capitals:
    /// a short ASCII word is found by its key lowercased, without its lowercase form being
    /// built; any other is lowercased in `buffer` to be looked up.
    pub(crate) fn known_ascii_lowercase(
        &self,
        word: &str,
        buffer: &mut String,
    ) -> Option<(&str, WordId, WordClass)> {
        const NON_ASCII: u64 = u64::from_ne_bytes([0x80; 8]);
        match short_key(word).filter(|key| key & NON_ASCII == 0) {
            Some(key) => self
                .short
                .get(ascii_lowercase_key(key))
                .map(|(id, class)| (&*self.spellings[id.index()], id, class)),
            None => {
                buffer.clear();
                buffer.push_str(word);
                buffer.make_ascii_lowercase();
                self.known(buffer)
            }
        }
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
#[inline]
fn short_key(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    let n = b.len();
    // a few loads rather than a loop over the bytes: the first and last four bytes (which
    // overlap below eight), or the first, middle and last byte (which repeat below three)
    let packed = match n {
        0 => 0,
        1..=3 => {
            u64::from(b[0])
                | u64::from(b[n / 2]) << (8 * (n / 2))
                | u64::from(b[n - 1]) << (8 * (n - 1))
        }
        4..=7 => {
            let head = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            let tail = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
            u64::from(head) | u64::from(tail) << (8 * (n - 4))
        }
        _ => return None,
    };
    Some(packed | (n as u64) << 56)
}

/// The key of an ASCII word's lowercase form, from the word's own key: each byte from 'A' to
/// 'Z' gains 0x20, eight bytes at a time. The top byte (a length, at most 7) and the zero
/// bytes of padding are no capitals, and no byte carries into the next (all must be below
/// 0x80).
#[inline]
fn ascii_lowercase_key(key: u64) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = ONES * 0x80;
    // a byte's top bit is set once it is 'A' or more, and again once it is past 'Z'
    let from_a = key + ONES * u64::from(0x80 - b'A');
    let past_z = key + ONES * u64::from(0x80 - b'Z' - 1);
    let capitals = (from_a ^ past_z) & HIGH;
    key | capitals >> 2
}

/// The short words by key: open addressing with linear probing in a table of a power of two
/// slots, at most half full. A look-up is a multiplication, a shift and, mostly, one compare:
/// leaner than a general hash map for the tokeniser's one probe a token.
#[derive(Debug, Clone)]
struct ShortTable {
    slots: Vec<ShortSlot>,
    len: usize,
}

#[derive(Debug, Clone, Copy)]
struct ShortSlot {
    key: u64,
    id: WordId,
    class: WordClass,
}

/// No key has all bits set (its top byte is a length, at most 7): the mark of an empty slot.
const EMPTY: u64 = u64::MAX;

impl Default for ShortTable {
    fn default() -> Self {
        ShortTable::with_slots(64)
    }
}

impl ShortTable {
    fn with_slots(slots: usize) -> ShortTable {
        let empty = ShortSlot {
            key: EMPTY,
            id: WordId::UNKNOWN,
            class: WordClass::default(),
        };
        ShortTable {
            slots: vec![empty; slots],
            len: 0,
        }
    }

    /// Where the search for `key` starts: the top bits of a multiplicative hash.
    #[inline]
    fn home(&self, key: u64) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
    }

    /// The slot holding `key`, or the empty slot where it would go.
    #[inline]
    fn position(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let slot = &self.slots[i];
            if slot.key == key || slot.key == EMPTY {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    #[inline]
    fn get(&self, key: u64) -> Option<(WordId, WordClass)> {
        let slot = &self.slots[self.position(key)];
        (slot.key == key).then_some((slot.id, slot.class))
    }

    /// Adds a new key (the vocabulary adds each word once) with no class.
    fn insert(&mut self, key: u64, id: WordId) {
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let i = self.position(key);
        self.slots[i] = ShortSlot {
            key,
            id,
            class: WordClass::default(),
        };
        self.len += 1;
    }

    fn set_class(&mut self, key: u64, class: WordClass) {
        let i = self.position(key);
        if self.slots[i].key == key {
            self.slots[i].class = class;
        }
    }

    fn grow(&mut self) {
        let mut bigger = ShortTable::with_slots(2 * self.slots.len());
        for slot in self.slots.iter().filter(|s| s.key != EMPTY) {
            let i = bigger.position(slot.key);
            bigger.slots[i] = *slot;
        }
        bigger.len = self.len;
        *self = bigger;
    }
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
    fn capitals_are_lowered_in_the_key() {
        let mut vocabulary = Vocabulary::lexicon().clone();
        let mut buffer = String::new();
        for word in [
            "a", "az", "abz", "minister", "seven77", "eight888", "@[`{", "zz@[`{a",
        ] {
            let id = vocabulary.intern(word);
            let upper = word.to_ascii_uppercase();
            for written in [word.to_string(), upper] {
                let found = vocabulary.known_ascii_lowercase(&written, &mut buffer);
                assert_eq!(
                    found.map(|(w, id, _)| (w, id)),
                    Some((word, id)),
                    "{written}"
                );
            }
        }
        let accented = vocabulary.intern("é");
        assert_eq!(
            vocabulary.known_ascii_lowercase("é", &mut buffer),
            Some(("é", accented, WordClass::default()))
        );
        assert_eq!(vocabulary.known_ascii_lowercase("QQQ", &mut buffer), None);
        assert_eq!(
            vocabulary.known_ascii_lowercase("QQQQQQQQQQ", &mut buffer),
            None
        );
        for b in 0..0x80u8 {
            let key = short_key(std::str::from_utf8(&[b, b, b]).unwrap()).unwrap();
            let lower = short_key(std::str::from_utf8(&[b.to_ascii_lowercase(); 3]).unwrap());
            assert_eq!(Some(ascii_lowercase_key(key)), lower, "{b:#x}");
        }
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
