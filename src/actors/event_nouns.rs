//! Event nouns: "the visit", "the decision", "the incident" point back to an event the article
//! told before, and through it to its actor (`dictionaries/event_nouns.txt`, format in its
//! header).

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use crate::text::Token;

/// Where the event an event noun stands for was told.
#[derive(Debug, Clone, PartialEq)]
pub enum Told {
    /// In the latest sentence before holding one of these words.
    By(Vec<String>),
    /// In the story's lead ("the incident").
    Lead,
    /// In the sentence just before ("the move").
    JustBefore,
}

/// One family of event nouns.
#[derive(Debug)]
struct Family {
    told: Told,
    /// Actors of these kinds (code prefixes or roles) come first: a resolution is passed by
    /// an organisation or a legislature.
    preferred: Vec<String>,
}

/// The bundled event nouns, by family.
#[derive(Debug)]
pub struct EventNouns {
    /// Each noun's family.
    nouns: HashMap<String, usize>,
    families: Vec<Family>,
}

impl EventNouns {
    /// The bundled table, read once.
    pub fn bundled() -> &'static EventNouns {
        static TABLE: OnceLock<EventNouns> = OnceLock::new();
        TABLE.get_or_init(|| EventNouns::parse(include_str!("dictionaries/event_nouns.txt")))
    }

    fn parse(text: &str) -> EventNouns {
        let mut nouns = HashMap::default();
        let mut families = Vec::new();
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
            let mut fields = line.split('|');
            let (Some(left), Some(right)) = (fields.next(), fields.next()) else {
                panic!("event_nouns.txt: no '|' in {line:?}")
            };
            for noun in words(left) {
                nouns.insert(noun, families.len());
            }
            let told = match right.trim() {
                "*" => Told::Lead,
                "<" => Told::JustBefore,
                _ => Told::By(words(right)),
            };
            let preferred = fields.next().map(words).unwrap_or_default();
            let preferred = preferred.iter().map(|w| w.to_uppercase()).collect();
            families.push(Family { told, preferred });
        }
        EventNouns { nouns, families }
    }

    /// The family of a noun, if it is an event noun.
    pub fn family(&self, noun: &str) -> Option<usize> {
        self.nouns.get(noun).copied()
    }

    /// Where in a sentence one of `words` tells an event, a hyphenated word taken whole
    /// ("cease - fire" is "cease-fire").
    pub fn telling_word(words: &[String], tokens: &[Token]) -> Option<usize> {
        // the words' first bytes, as bits (folded to 128): a token starting with none of them
        // is none of them, nor their first part, and most tokens are turned away by one test
        // (this runs back over whole stories)
        let bit = |b: u8| 1u128 << (b & 0x7f);
        let leads = words
            .iter()
            .filter_map(|w| w.as_bytes().first())
            .fold(0, |leads, &b| leads | bit(b));
        (0..tokens.len()).find(|&k| {
            if let Some(&b) = tokens[k].lower.as_bytes().first() {
                if leads & bit(b) == 0 {
                    return false;
                }
            }
            let rest = tokens
                .get(k + 1)
                .zip(tokens.get(k + 2))
                .filter(|(dash, rest)| dash.text == "-" && !dash.space_before && !rest.space_before)
                .map(|(_, rest)| rest.lower.as_ref());
            let first = tokens[k].lower.as_ref();
            words.iter().any(|w| {
                w == first
                    || rest.is_some_and(|rest| {
                        w.strip_prefix(first).and_then(|w| w.strip_prefix('-')) == Some(rest)
                    })
            })
        })
    }

    /// Where the family's event was told.
    pub fn told(&self, family: usize) -> &Told {
        &self.families[family].told
    }

    /// Whether an actor is of a kind the family's event is done by first.
    pub fn preferred(&self, family: usize, code: &str, role: &str) -> bool {
        self.families[family]
            .preferred
            .iter()
            .any(|p| code.starts_with(p.as_str()) || role == p)
    }
}
