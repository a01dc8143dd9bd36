//! Event nouns: "the visit", "the decision", "the incident" point back to an event the article
//! told before, and through it to its actor (`dictionaries/event_nouns.txt`, format in its
//! header).

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

/// The bundled event nouns, by family.
#[derive(Debug)]
pub struct EventNouns {
    /// Each noun's family.
    nouns: HashMap<String, usize>,
    /// Each family's words that tell its event earlier; `None` for the story's own event.
    earlier: Vec<Option<Vec<String>>>,
}

impl EventNouns {
    /// The bundled table, read once.
    pub fn bundled() -> &'static EventNouns {
        static TABLE: OnceLock<EventNouns> = OnceLock::new();
        TABLE.get_or_init(|| EventNouns::parse(include_str!("dictionaries/event_nouns.txt")))
    }

    fn parse(text: &str) -> EventNouns {
        let mut nouns = HashMap::default();
        let mut earlier = Vec::new();
        let words = |s: &str| -> Vec<String> {
            s.split(';')
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .collect()
        };
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let (left, right) = line
                .split_once('|')
                .unwrap_or_else(|| panic!("event_nouns.txt: no '|' in {line:?}"));
            for noun in words(left) {
                nouns.insert(noun, earlier.len());
            }
            earlier.push((right.trim() != "*").then(|| words(right)));
        }
        EventNouns { nouns, earlier }
    }

    /// The family of a noun, if it is an event noun.
    pub fn family(&self, noun: &str) -> Option<usize> {
        self.nouns.get(noun).copied()
    }

    /// The words that tell the family's event earlier; `None` for the story's own event.
    pub fn told_by(&self, family: usize) -> Option<&[String]> {
        self.earlier[family].as_deref()
    }
}
