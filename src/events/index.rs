//! The pattern book seen from the text's side: for each word form, everything the matcher asks
//! about a token (its pattern-word number, the words it inflects, whether it is a participle,
//! the patterns it can trigger), gathered when the book is complete so that a token costs one
//! hash probe instead of one per question and per pattern, and that probe is the tokeniser's:
//! forms are found by their number in the vocabulary.

use rustc_hash::FxHashMap as HashMap;

use super::patterns::{Element, Literal, PatternBook};
use crate::text::{Vocabulary, WordId};

/// A pattern a word form triggers (its trigger word matches the form).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trigger {
    /// Index in `PatternBook::patterns`.
    pub pattern: u32,
    /// The pattern's required word sets after the first, as a range of `WordIndex::required`.
    others: (u32, u32),
    /// The first of them (the least common) as its block and bit in a [`SetPresence`], kept
    /// here because most tests end on it: a sentence has a few hundred triggers to test and
    /// lacks that set for almost all. A pattern that requires no set has the bit of a block
    /// that is always full.
    first_block: u32,
    first_bit: u64,
}

/// What the patterns know about one lowercase word form.
#[derive(Debug, Default)]
pub struct WordForm {
    /// The form's number if the patterns use it as written.
    pub id: Option<u32>,
    /// The pattern words (by number) the form can be an inflection of.
    pub bases: Vec<u32>,
    /// Whether the form can be a past participle ("condemned", "held").
    pub participle: bool,
    /// The patterns the form can trigger, in the book's order.
    pub triggers: Vec<Trigger>,
    /// The required word sets (`PatternBook::sets`) the form is a word of, as bit masks by
    /// block of 64 sets: function words are in hundreds of sets, which this ORs a block at a
    /// time.
    pub sets: Vec<(u32, u64)>,
}

/// A word the patterns never use.
pub static UNKNOWN: WordForm = WordForm {
    id: None,
    bases: Vec::new(),
    participle: false,
    triggers: Vec::new(),
    sets: Vec::new(),
};

impl WordForm {
    /// Whether a pattern word matches the form: as written, or inflected unless the pattern
    /// asks for this form only.
    #[inline]
    pub fn is(&self, literal: &Literal) -> bool {
        self.id == Some(literal.id) || (!literal.exact && self.bases.contains(&literal.id))
    }
}

/// Every word form the patterns know, with its [`WordForm`].
#[derive(Debug, Default)]
pub struct WordIndex {
    /// Positions in `forms` by word number (`NO_FORM` for words the patterns never use): a
    /// lean table, so that a look-up touches little memory.
    by_word: Vec<u32>,
    forms: Vec<WordForm>,
    /// The required word sets (`Pattern::required`) of all patterns, end to end.
    required: Vec<u32>,
}

/// A word without a form in the index.
const NO_FORM: u32 = u32::MAX;

impl WordIndex {
    /// Indexes a complete pattern book by the numbers of its word forms in `vocabulary`, which
    /// learns the forms it lacked.
    pub fn build(book: &PatternBook, vocabulary: &mut Vocabulary) -> WordIndex {
        // the sets with each word, in any form or (for `=exact` words) as written
        let mut sets_with_form: HashMap<u32, Vec<u32>> = HashMap::default();
        let mut sets_with_word: HashMap<u32, Vec<u32>> = HashMap::default();
        for (set, literals) in book.sets.iter().enumerate() {
            for l in literals {
                sets_with_word.entry(l.id).or_default().push(set as u32);
                if !l.exact {
                    sets_with_form.entry(l.id).or_default().push(set as u32);
                }
            }
        }
        let commonness = set_commonness(book, &sets_with_word);
        let mut required = Vec::new();
        let mut required_of = Vec::with_capacity(book.patterns.len());
        for pattern in &book.patterns {
            let start = required.len();
            required.extend(pattern.required.iter().map(|&set| set as u32));
            // the set least likely present first: most tests fail, and fail on it (whether
            // all are present does not depend on the order)
            required[start..].sort_by_key(|&set| commonness[set as usize]);
            required_of.push((start as u32, required.len() as u32));
        }
        let mut by_word: HashMap<WordId, u32> = HashMap::default();
        let mut forms = Vec::new();
        for lower in book.forms.known_forms() {
            let word = vocabulary.intern(lower);
            if by_word.contains_key(&word) {
                continue;
            }
            let mut form = WordForm {
                id: book.forms.id(lower),
                bases: book.forms.bases(lower).to_vec(),
                participle: book.forms.is_participle(lower),
                ..Default::default()
            };
            // the patterns filed under any word the form can be, whose trigger accepts the
            // form itself (an `=exact` trigger takes no inflection)
            let mut candidates: Vec<usize> = form
                .id
                .iter()
                .chain(&form.bases)
                .flat_map(|w| book.by_trigger.get(w).into_iter().flatten().copied())
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            form.triggers = candidates
                .into_iter()
                .filter(|&p| {
                    let pattern = &book.patterns[p];
                    match &pattern.elements[pattern.trigger] {
                        Element::Words { alternatives, .. } => {
                            alternatives.iter().any(|l| form.is(l))
                        }
                        _ => false,
                    }
                })
                .map(|p| {
                    let (start, end) = required_of[p];
                    let (first_block, first_bit) = if start < end {
                        SetPresence::place(required[start as usize])
                    } else {
                        (SetPresence::full_block(book.sets.len()), 1)
                    };
                    Trigger {
                        pattern: p as u32,
                        others: ((start + 1).min(end), end),
                        first_block,
                        first_bit,
                    }
                })
                .collect();
            let as_written = form.id.iter().flat_map(|id| sets_with_word.get(id));
            let inflected = form.bases.iter().flat_map(|b| sets_with_form.get(b));
            let mut sets: Vec<u32> = as_written.chain(inflected).flatten().copied().collect();
            sets.sort_unstable();
            for set in sets {
                let (block, bit) = (set / 64, 1u64 << (set % 64));
                match form.sets.last_mut() {
                    Some((last, mask)) if *last == block => *mask |= bit,
                    _ => form.sets.push((block, bit)),
                }
            }
            by_word.insert(word, forms.len() as u32);
            forms.push(form);
        }
        let mut dense = vec![NO_FORM; vocabulary.slots()];
        for (word, form) in by_word {
            dense[word.index()] = form;
        }
        WordIndex {
            by_word: dense,
            forms,
            required,
        }
    }

    /// What the patterns know about a word; `None` for a word they never use.
    pub fn get(&self, word: WordId) -> Option<&WordForm> {
        match self.by_word.get(word.index()) {
            Some(&form) if form != NO_FORM => Some(&self.forms[form as usize]),
            _ => None,
        }
    }

    /// Whether a word can trigger some pattern.
    pub fn is_trigger(&self, word: WordId) -> bool {
        self.get(word).is_some_and(|form| !form.triggers.is_empty())
    }

    /// The patterns `form` triggers whose required word sets are all among `present`, in the
    /// book's order, into `out`. Out of line: a sentence has hundreds of triggers to test and
    /// few pass, and the test's loop stays in registers away from the matching it leads to.
    #[inline(never)]
    pub fn patterns_with_required(
        &self,
        form: &WordForm,
        present: &SetPresence,
        out: &mut Vec<u32>,
    ) {
        out.clear();
        out.extend(
            form.triggers
                .iter()
                .filter(|trigger| self.has_required(trigger, present))
                .map(|trigger| trigger.pattern),
        );
    }

    /// Whether all the word sets a trigger's pattern requires are among `present`.
    #[inline]
    pub fn has_required(&self, trigger: &Trigger, present: &SetPresence) -> bool {
        present.bits[trigger.first_block as usize] & trigger.first_bit != 0
            && self.required[trigger.others.0 as usize..trigger.others.1 as usize]
                .iter()
                .all(|&set| present.contains(set))
    }
}

/// How likely each word set is to be present in a sentence, by a proxy known before any
/// text: the most sets any of its words is in. Function words ("to", "with", "the") are in
/// hundreds of sets and in almost every sentence; a set of rare content words is in few.
fn set_commonness(book: &PatternBook, sets_with_word: &HashMap<u32, Vec<u32>>) -> Vec<usize> {
    book.sets
        .iter()
        .map(|literals| {
            literals
                .iter()
                .map(|l| sets_with_word.get(&l.id).map_or(0, Vec::len))
                .max()
                .unwrap_or(0)
        })
        .collect()
}

/// Which required word sets a sentence contains, as bits; after the blocks of the sets, one
/// block that is always full (for patterns that require no set).
#[derive(Debug)]
pub struct SetPresence {
    bits: Vec<u64>,
}

impl SetPresence {
    /// The sets that the words of a sentence (their forms) make present, of `sets` in all.
    pub fn of<'f>(sets: usize, forms: impl IntoIterator<Item = &'f WordForm>) -> SetPresence {
        let full = Self::full_block(sets) as usize;
        let mut bits = vec![0u64; full + 1];
        bits[full] = u64::MAX;
        for form in forms {
            for &(block, mask) in &form.sets {
                bits[block as usize] |= mask;
            }
        }
        SetPresence { bits }
    }

    /// The block and bit of a set.
    fn place(set: u32) -> (u32, u64) {
        (set / 64, 1 << (set % 64))
    }

    /// The block that is always full, after those of `sets` sets.
    fn full_block(sets: usize) -> u32 {
        sets.div_ceil(64) as u32
    }

    #[inline]
    pub fn contains(&self, set: u32) -> bool {
        self.bits[set as usize / 64] & (1 << (set % 64)) != 0
    }
}
