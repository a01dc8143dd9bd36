//! The closed-class lexicon (`lexicon.txt`): which function-word classes a lowercase word
//! belongs to. Built once; a lookup is one hash probe.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// A set of word classes, as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordClass(u32);

macro_rules! classes {
    ($($name:ident = $bit:expr, $label:literal;)*) => {
        impl WordClass {
            $(pub const $name: WordClass = WordClass(1 << $bit);)*
            fn from_label(label: &str) -> Option<WordClass> {
                match label { $($label => Some(WordClass::$name),)* _ => None }
            }
        }
    };
}

classes! {
    DET = 0, "det";
    PREP = 1, "prep";
    CONJ = 2, "conj";
    PRON_M = 3, "pron_m";
    PRON_F = 4, "pron_f";
    PRON_GROUP = 5, "pron_group";
    PRON_THING = 6, "pron_thing";
    PRON_OTHER = 7, "pron_other";
    RELATIVE = 8, "relative";
    BE = 9, "be";
    HAVE = 10, "have";
    DO = 11, "do";
    MODAL = 12, "modal";
    NEG = 13, "neg";
    SUBORD = 14, "subord";
    ADVERB = 15, "adverb";
    TIME = 16, "time";
    HONORIFIC = 17, "honorific";
    VERB = 18, "verb";
}

impl WordClass {
    /// Whether any class of `other` is in this set.
    pub fn has(self, other: WordClass) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether the word is in no class: a content word.
    pub fn is_content(self) -> bool {
        self.0 & !WordClass::VERB.0 == 0
    }

    /// Any personal pronoun.
    pub fn is_pronoun(self) -> bool {
        self.has(WordClass(
            WordClass::PRON_M.0
                | WordClass::PRON_F.0
                | WordClass::PRON_GROUP.0
                | WordClass::PRON_THING.0
                | WordClass::PRON_OTHER.0,
        ))
    }

    /// Any auxiliary: a form of be, have or do, or a modal.
    pub fn is_auxiliary(self) -> bool {
        self.has(WordClass(
            WordClass::BE.0 | WordClass::HAVE.0 | WordClass::DO.0 | WordClass::MODAL.0,
        ))
    }
}

/// A quick test that turns away most words before a short word list is searched: for each
/// first byte, a bit for each length (below 16) of a listed word that starts with it.
pub(crate) struct WordMask([u16; 256]);

impl WordMask {
    /// The mask of `words` (none empty).
    pub(crate) const fn of(words: &[&str]) -> WordMask {
        let mut mask = [0u16; 256];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            mask[w[0] as usize] |= 1 << w.len();
            i += 1;
        }
        WordMask(mask)
    }

    /// Whether `word` may be one of the words: when this says no, it is none of them.
    #[inline]
    pub(crate) fn may_hold(&self, word: &[u8]) -> bool {
        match word.first() {
            Some(&b) if word.len() < 16 => self.0[b as usize] & (1 << word.len()) != 0,
            _ => false,
        }
    }
}

fn table() -> &'static HashMap<&'static str, WordClass> {
    static TABLE: OnceLock<HashMap<&'static str, WordClass>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<&'static str, WordClass> = HashMap::default();
        for line in include_str!("lexicon.txt").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (label, words) = line.split_once(':').expect("lexicon.txt: class: words");
            let class = WordClass::from_label(label.trim())
                .unwrap_or_else(|| panic!("lexicon.txt: unknown class {label}"));
            for word in words.split_whitespace() {
                table.entry(word).or_default().0 |= class.0;
            }
        }
        table
    })
}

/// Every word of the lexicon with its classes.
pub fn entries() -> impl Iterator<Item = (&'static str, WordClass)> {
    table().iter().map(|(&word, &class)| (word, class))
}

/// The classes of a lowercase word (empty for content words).
pub fn word_class(lower: &str) -> WordClass {
    table().get(lower).copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_read_from_the_lexicon() {
        assert!(word_class("the").has(WordClass::DET));
        assert!(word_class("her").has(WordClass::PRON_F) && word_class("her").has(WordClass::DET));
        assert!(word_class("might").has(WordClass::MODAL));
        assert!(word_class("n't").has(WordClass::NEG));
        assert!(word_class("september").has(WordClass::TIME));
        assert!(word_class("minister").is_content());
    }
}
