//! Reading the pattern dictionaries (notation in `dictionaries/README.md`) into patterns
//! indexed by their trigger word.

use std::collections::HashMap;

use super::forms::Forms;
use crate::cameo::{self, CameoCode};
use crate::coder::DictionarySource;
use crate::error::{Error, Result};
use crate::text::lexicon::word_class;
use crate::text::tokenise;

/// The bundled pattern files, one per CAMEO root.
const BUNDLED: &[(&str, &str)] = &[
    (
        "01_statement.txt",
        include_str!("dictionaries/01_statement.txt"),
    ),
    ("02_appeal.txt", include_str!("dictionaries/02_appeal.txt")),
    ("03_intent.txt", include_str!("dictionaries/03_intent.txt")),
    (
        "04_consult.txt",
        include_str!("dictionaries/04_consult.txt"),
    ),
    (
        "05_diplomatic_cooperation.txt",
        include_str!("dictionaries/05_diplomatic_cooperation.txt"),
    ),
    (
        "06_material_cooperation.txt",
        include_str!("dictionaries/06_material_cooperation.txt"),
    ),
    ("07_aid.txt", include_str!("dictionaries/07_aid.txt")),
    ("08_yield.txt", include_str!("dictionaries/08_yield.txt")),
    (
        "09_investigate.txt",
        include_str!("dictionaries/09_investigate.txt"),
    ),
    ("10_demand.txt", include_str!("dictionaries/10_demand.txt")),
    (
        "11_disapprove.txt",
        include_str!("dictionaries/11_disapprove.txt"),
    ),
    ("12_reject.txt", include_str!("dictionaries/12_reject.txt")),
    (
        "13_threaten.txt",
        include_str!("dictionaries/13_threaten.txt"),
    ),
    (
        "14_protest.txt",
        include_str!("dictionaries/14_protest.txt"),
    ),
    (
        "15_force_posture.txt",
        include_str!("dictionaries/15_force_posture.txt"),
    ),
    (
        "16_reduce_relations.txt",
        include_str!("dictionaries/16_reduce_relations.txt"),
    ),
    ("17_coerce.txt", include_str!("dictionaries/17_coerce.txt")),
    (
        "18_assault.txt",
        include_str!("dictionaries/18_assault.txt"),
    ),
    ("19_fight.txt", include_str!("dictionaries/19_fight.txt")),
    (
        "20_mass_violence.txt",
        include_str!("dictionaries/20_mass_violence.txt"),
    ),
    ("no_event.txt", include_str!("dictionaries/no_event.txt")),
];
const IRREGULAR_VERBS: &str = include_str!("dictionaries/irregular_verbs.txt");

/// The code of a line that says its words are no event ("meet the requirements" is no
/// meeting): such a pattern takes its words from every other pattern and codes nothing.
pub static NO_EVENT: CameoCode = CameoCode {
    code: "---",
    name: "no event",
    goldstein: 0.0,
    quad_class: 0,
    plover_type: "",
    plover_mode: "",
};

/// One literal word of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Literal {
    pub word: String,
    /// The word's number in `Forms`.
    pub id: u32,
    /// `=word`: this form only.
    pub exact: bool,
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    Source,
    Target,
    Words {
        alternatives: Vec<Literal>,
        optional: bool,
    },
}

/// One compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub id: String,
    pub code: &'static CameoCode,
    pub elements: Vec<Element>,
    /// Index in `elements` of the trigger.
    pub trigger: usize,
    pub reciprocal: bool,
    /// The pattern itself states a refusal: no negation cue turns it around.
    pub refusal: bool,
    /// How many required words it has: the more, the more specific.
    pub literals: usize,
    /// The word sets (in `PatternBook::sets`) of its required words other than the trigger:
    /// a sentence that lacks one of them cannot match, whatever the positions.
    pub required: Vec<usize>,
    /// Order of definition, for ties.
    pub order: usize,
}

impl Pattern {
    /// A `---` line: its words are no event.
    pub fn blocks(&self) -> bool {
        std::ptr::eq(self.code, &NO_EVENT)
    }

    pub fn has_source(&self) -> bool {
        self.elements.contains(&Element::Source)
    }

    pub fn has_target(&self) -> bool {
        self.elements.contains(&Element::Target)
    }

    /// Whether element `at` is a word that may be `word` ("'s" after a slot, "by" after the
    /// trigger).
    pub fn word_may_be(&self, at: usize, word: &str) -> bool {
        matches!(
            self.elements.get(at),
            Some(Element::Words { alternatives, .. }) if alternatives.iter().any(|l| l.word == word)
        )
    }
}

/// All patterns, indexed by trigger word.
#[derive(Debug, Default)]
pub struct PatternBook {
    pub patterns: Vec<Pattern>,
    /// Pattern indices by the number of their trigger word.
    pub by_trigger: HashMap<u32, Vec<usize>>,
    pub forms: Forms,
    /// Distinct alternative lists of required words, shared by the patterns that use them.
    pub sets: Vec<Vec<Literal>>,
    set_index: HashMap<Vec<(u32, bool)>, usize>,
    /// How many patterns there are of each id stem ("042.visit"), counted over
    /// `patterns[..stems_counted]`: a pattern's id numbers it among those of its stem, and
    /// counting as files are added, not over the whole book for each file, keeps loading
    /// linear.
    stem_counts: HashMap<String, usize>,
    stems_counted: usize,
}

/// The stem of a pattern id: its first two parts ("042.visit" of "042.visit.2").
fn id_stem(id: &str) -> String {
    id.split('.').take(2).collect::<Vec<_>>().join(".")
}

fn bad(file: &str, line: usize, message: impl Into<String>) -> Error {
    Error::Dictionary {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

fn literal(raw: &str) -> Literal {
    match raw.strip_prefix('=') {
        Some(word) => Literal {
            word: word.to_lowercase(),
            id: 0,
            exact: true,
        },
        None => Literal {
            word: raw.to_lowercase(),
            id: 0,
            exact: false,
        },
    }
}

/// Parses one pattern element; a hyphenated word becomes several ("cease-fire").
fn elements(raw: &str, file: &str, line: usize) -> Result<Vec<Element>> {
    match raw {
        "SRC" => return Ok(vec![Element::Source]),
        "TGT" => return Ok(vec![Element::Target]),
        _ => {}
    }
    let (optional, body) = match raw.strip_prefix('(') {
        Some(rest) => (
            true,
            rest.strip_suffix(')').ok_or_else(|| {
                bad(
                    file,
                    line,
                    format!("{raw:?}: an optional word is written (word)"),
                )
            })?,
        ),
        None => (false, raw),
    };
    if body.is_empty() || body.eq_ignore_ascii_case("src") || body.eq_ignore_ascii_case("tgt") {
        return Err(bad(
            file,
            line,
            format!("{raw:?} is not a pattern element: write SRC, TGT or words"),
        ));
    }
    if !body.contains('|') {
        let parts = tokenise(body, 0, body.len());
        if parts.len() > 1 && !body.starts_with('=') && body != "'s" {
            return Ok(parts
                .iter()
                .map(|t| Element::Words {
                    alternatives: vec![literal(&t.lower)],
                    optional,
                })
                .collect());
        }
    }
    let alternatives: Vec<Literal> = body
        .split('|')
        .filter(|a| !a.is_empty())
        .map(literal)
        .collect();
    if alternatives.is_empty() {
        return Err(bad(file, line, format!("{raw:?} has no words")));
    }
    Ok(vec![Element::Words {
        alternatives,
        optional,
    }])
}

impl PatternBook {
    /// The bundled patterns plus the user's.
    pub fn load(user: &[DictionarySource]) -> Result<PatternBook> {
        let mut book = PatternBook {
            forms: Forms::with_irregulars("irregular_verbs.txt", IRREGULAR_VERBS)?,
            ..Default::default()
        };
        for (name, text) in BUNDLED {
            book.add(name, text)?;
        }
        for source in user {
            let (name, text) = source.read()?;
            book.add(&name, &text)?;
        }
        Ok(book)
    }

    /// Reads one pattern file.
    pub fn add(&mut self, file: &str, text: &str) -> Result<()> {
        for p in &self.patterns[self.stems_counted..] {
            *self.stem_counts.entry(id_stem(&p.id)).or_default() += 1;
        }
        self.stems_counted = self.patterns.len();
        // this file's counts, by stem, each starting from the count of the patterns before it
        let mut ids: HashMap<String, usize> = HashMap::new();
        for (i, raw_line) in text.lines().enumerate() {
            let n = i + 1;
            let line = raw_line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut words: Vec<&str> = line.split_whitespace().collect();
            let code_text = words.remove(0);
            let code = if code_text == NO_EVENT.code {
                &NO_EVENT
            } else {
                cameo::lookup(code_text).ok_or_else(|| {
                    bad(file, n, format!("{code_text:?} is not a CAMEO event code"))
                })?
            };
            let mut reciprocal = false;
            let mut refusal = false;
            while let Some(&last) = words.last() {
                match last {
                    "<>" => reciprocal = true,
                    "!neg" => refusal = true,
                    _ => break,
                }
                words.pop();
            }
            let mut pattern_elements = Vec::new();
            for word in &words {
                pattern_elements.extend(elements(word, file, n)?);
            }
            let trigger = pattern_elements
                .iter()
                .position(|e| matches!(e, Element::Words { alternatives, optional: false } if alternatives.iter().all(|a| word_class(&a.word).is_content() && a.word != "'s" && a.word != "-")))
                .ok_or_else(|| bad(file, n, "the pattern needs a required content word to trigger on"))?;
            if pattern_elements
                .iter()
                .filter(|e| **e == Element::Source)
                .count()
                > 1
                || pattern_elements
                    .iter()
                    .filter(|e| **e == Element::Target)
                    .count()
                    > 1
            {
                return Err(bad(file, n, "SRC and TGT may each appear once"));
            }
            if code == &NO_EVENT
                && pattern_elements
                    .iter()
                    .any(|e| matches!(e, Element::Source | Element::Target))
            {
                return Err(bad(
                    file,
                    n,
                    "a --- line is words only: it has no SRC or TGT",
                ));
            }
            let literals = pattern_elements
                .iter()
                .filter(|e| {
                    matches!(
                        e,
                        Element::Words {
                            optional: false,
                            ..
                        }
                    )
                })
                .count();
            let Element::Words { alternatives, .. } = &pattern_elements[trigger] else {
                unreachable!("the trigger is a word")
            };
            let stem = format!("{}.{}", code.code, alternatives[0].word);
            let count = ids
                .entry(stem.clone())
                .or_insert_with(|| self.stem_counts.get(&stem).copied().unwrap_or(0));
            *count += 1;
            let id = if *count == 1 {
                stem
            } else {
                format!("{stem}.{count}")
            };
            let index = self.patterns.len();
            for element in &mut pattern_elements {
                if let Element::Words { alternatives, .. } = element {
                    for alternative in alternatives {
                        alternative.id = self.forms.intern(&alternative.word);
                        if !alternative.exact {
                            self.forms.add_word(&alternative.word);
                        }
                    }
                }
            }
            if let Element::Words { alternatives, .. } = &pattern_elements[trigger] {
                for alternative in alternatives {
                    let list = self.by_trigger.entry(alternative.id).or_default();
                    if list.last() != Some(&index) {
                        list.push(index);
                    }
                }
            }
            let mut required = Vec::new();
            for (ei, element) in pattern_elements.iter().enumerate() {
                if let (
                    Element::Words {
                        alternatives,
                        optional: false,
                    },
                    false,
                ) = (element, ei == trigger)
                {
                    let key: Vec<(u32, bool)> =
                        alternatives.iter().map(|a| (a.id, a.exact)).collect();
                    let next = self.sets.len();
                    let set = *self.set_index.entry(key).or_insert(next);
                    if set == next {
                        self.sets.push(alternatives.clone());
                    }
                    required.push(set);
                }
            }
            self.patterns.push(Pattern {
                id,
                code,
                elements: pattern_elements,
                trigger,
                reciprocal,
                refusal,
                literals,
                required,
                order: index,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book(text: &str) -> Result<PatternBook> {
        let mut book = PatternBook {
            forms: Forms::with_irregulars("irregular_verbs.txt", "meet | met\n")?,
            ..Default::default()
        };
        book.add("mine.txt", text)?;
        Ok(book)
    }

    #[test]
    fn a_blocking_line_is_words_only() {
        let blocking = book("---   meet requirement|requirements\n").expect("valid");
        assert!(blocking.patterns[0].blocks());
        let err = book("---   SRC meet requirements\n")
            .expect_err("a slot in a blocking line")
            .to_string();
        assert!(err.contains("mine.txt") && err.contains("line 1"), "{err}");
    }

    #[test]
    fn patterns_compile_with_ids_triggers_and_flags() {
        let b =
            book("042 SRC 's visit to TGT\n042 SRC visit TGT\n046 talks between SRC and TGT <>\n")
                .unwrap();
        assert_eq!(b.patterns[0].id, "042.visit");
        assert_eq!(b.patterns[1].id, "042.visit.2");
        assert_eq!(b.patterns[0].trigger, 2);
        assert!(b.patterns[2].reciprocal);
        assert_eq!(b.patterns[2].trigger, 0);
        let visit = b.forms.id("visit").expect("interned");
        assert_eq!(b.by_trigger[&visit], [0, 1]);
        assert_eq!(b.forms.bases("visited"), [visit]);
    }

    #[test]
    fn bad_lines_are_named() {
        let err = book("042 SRC visit TGT\n999 SRC fly TGT\n").unwrap_err();
        assert_eq!(
            err,
            Error::Dictionary {
                file: "mine.txt".into(),
                line: 2,
                message: "\"999\" is not a CAMEO event code".into()
            }
        );
        assert!(book("042 SRC to TGT\n")
            .unwrap_err()
            .to_string()
            .contains("trigger"));
        assert!(book("042 src visit TGT\n").is_err());
    }
}
