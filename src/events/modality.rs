//! Modality: the cues before a trigger (`dictionaries/modality.txt`) that say an event was
//! negated, is hypothetical or lies in the future.

use std::collections::HashSet;

use super::forms::regular_forms;
use crate::article::Modality;
use crate::text::Token;

/// How far before the trigger a cue may stand.
const WINDOW: usize = 8;

/// One cue: a phrase of words, each given as the set of its forms.
#[derive(Debug)]
struct Cue {
    modality: Modality,
    words: Vec<HashSet<String>>,
}

/// The compiled cues.
#[derive(Debug)]
pub struct ModalityCues {
    cues: Vec<Cue>,
}

fn forms_of(word: &str) -> HashSet<String> {
    let mut forms: HashSet<String> = regular_forms(word).into_iter().collect();
    if word == "be" {
        forms.extend(
            [
                "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
            ]
            .map(String::from),
        );
    }
    forms
}

impl ModalityCues {
    pub fn load() -> ModalityCues {
        let cues = include_str!("dictionaries/modality.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let mut words = l.split_whitespace();
                let modality = match words.next() {
                    Some("negated") => Modality::Negated,
                    Some("hypothetical") => Modality::Hypothetical,
                    Some("future") => Modality::Future,
                    other => panic!("modality.txt: unknown modality {other:?}"),
                };
                Cue {
                    modality,
                    words: words.map(forms_of).collect(),
                }
            })
            .collect();
        ModalityCues { cues }
    }

    /// The modality of an event whose trigger is at `trigger`: the strongest cue among the
    /// words before it in its clause.
    pub fn of(&self, tokens: &[Token], trigger: usize) -> Modality {
        let mut start = trigger.saturating_sub(WINDOW);
        for k in (start..trigger).rev() {
            if matches!(tokens[k].text.as_ref(), ";" | ":" | "--" | "." | "(" | ")") {
                start = k + 1;
                break;
            }
        }
        let mut best = Modality::Asserted;
        let rank = |m: Modality| match m {
            Modality::Asserted => 0,
            Modality::Future => 1,
            Modality::Hypothetical => 2,
            Modality::Negated => 3,
        };
        for cue in &self.cues {
            let len = cue.words.len();
            if trigger < start + len {
                continue;
            }
            let hit = (start..=trigger - len).any(|k| {
                cue.words
                    .iter()
                    .enumerate()
                    .all(|(j, forms)| forms.contains(tokens[k + j].lower.as_ref()))
            });
            if hit && rank(cue.modality) > rank(best) {
                best = cue.modality;
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenise;

    fn modality(sentence: &str, trigger: &str) -> Modality {
        let tokens = tokenise(sentence, 0, sentence.len());
        let at = tokens
            .iter()
            .position(|t| t.lower == trigger)
            .expect("trigger in sentence");
        ModalityCues::load().of(&tokens, at)
    }

    #[test]
    fn cues_before_the_trigger() {
        assert_eq!(
            modality("Choe met Li on Monday.", "met"),
            Modality::Asserted
        );
        assert_eq!(
            modality("The minister did not meet his counterpart.", "meet"),
            Modality::Negated
        );
        assert_eq!(
            modality("Iran refused to meet the envoy.", "meet"),
            Modality::Negated
        );
        assert_eq!(
            modality("Putin will visit Beijing next month.", "visit"),
            Modality::Future
        );
        assert_eq!(
            modality("Obama is expected to visit Cairo.", "visit"),
            Modality::Future
        );
        assert_eq!(
            modality(
                "speculation about whether President Xi might attend the parade",
                "attend"
            ),
            Modality::Hypothetical
        );
        assert_eq!(
            modality(
                "He said troops could attack; the army attacked anyway.",
                "attacked"
            ),
            Modality::Asserted
        );
    }
}
