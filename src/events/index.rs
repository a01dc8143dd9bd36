//! The pattern book seen from the text's side: for each word form, everything the matcher asks
//! about a token (its pattern-word number, the words it inflects, whether it is a participle,
//! the patterns it can trigger), gathered when the book is complete so that a token costs one
//! hash probe instead of one per question and per pattern.

use rustc_hash::FxHashMap as HashMap;

use super::patterns::{Element, PatternBook};

/// A pattern a word form triggers (its trigger word matches the form).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trigger {
    /// Index in `PatternBook::patterns`.
    pub pattern: u32,
    /// The pattern's required word sets, as a range of `WordIndex::required`.
    required: (u32, u32),
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
}

/// Every word form the patterns know, with its [`WordForm`].
#[derive(Debug, Default)]
pub struct WordIndex {
    forms: HashMap<Box<str>, WordForm>,
    /// The required word sets (`Pattern::required`) of all patterns, end to end.
    required: Vec<u32>,
}

impl WordIndex {
    /// Indexes a complete pattern book.
    pub fn build(book: &PatternBook) -> WordIndex {
        let mut required = Vec::new();
        let mut required_of = Vec::with_capacity(book.patterns.len());
        for pattern in &book.patterns {
            let start = required.len() as u32;
            required.extend(pattern.required.iter().map(|&set| set as u32));
            required_of.push((start, required.len() as u32));
        }
        let mut forms: HashMap<Box<str>, WordForm> = HashMap::default();
        for lower in book.forms.known_forms() {
            if forms.contains_key(lower) {
                continue;
            }
            let id = book.forms.id(lower);
            let bases = book.forms.bases(lower);
            // the patterns filed under any word the form can be, whose trigger accepts the
            // form itself (an `=exact` trigger takes no inflection)
            let mut candidates: Vec<usize> = id
                .iter()
                .chain(bases)
                .flat_map(|w| book.by_trigger.get(w).into_iter().flatten().copied())
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            let triggers = candidates
                .into_iter()
                .filter(|&p| {
                    let pattern = &book.patterns[p];
                    match &pattern.elements[pattern.trigger] {
                        Element::Words { alternatives, .. } => alternatives
                            .iter()
                            .any(|l| id == Some(l.id) || (!l.exact && bases.contains(&l.id))),
                        _ => false,
                    }
                })
                .map(|p| Trigger {
                    pattern: p as u32,
                    required: required_of[p],
                })
                .collect();
            forms.insert(
                lower.into(),
                WordForm {
                    id,
                    bases: bases.to_vec(),
                    participle: book.forms.is_participle(lower),
                    triggers,
                },
            );
        }
        WordIndex { forms, required }
    }

    /// What the patterns know about a lowercase form; `None` for a word they never use.
    pub fn get(&self, lower: &str) -> Option<&WordForm> {
        self.forms.get(lower)
    }

    /// The word sets a sentence must contain for the trigger's pattern to match.
    pub fn required(&self, trigger: &Trigger) -> &[u32] {
        let (start, end) = trigger.required;
        &self.required[start as usize..end as usize]
    }
}
