//! Modality: the cues before a trigger (`dictionaries/modality.txt`) that say an event was
//! negated, is hypothetical or lies in the future.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::forms::regular_forms;
use crate::article::Modality;
use crate::text::Token;

/// How far before the trigger a cue may stand.
pub(super) const WINDOW: usize = 8;

/// A future the actor states as its own, which makes a cooperative act an intent (CAMEO 03).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Intent {
    /// A plain "will" or "shall".
    Promise,
    /// An explicit commitment: "agreed to", "pledged to", "is ready to".
    Commitment,
}

/// One cue: a phrase of words, each given as the set of its forms.
#[derive(Debug)]
struct Cue {
    modality: Modality,
    /// A negation that states a stance ("will not", "refuse to"), so the event is a refusal.
    refusal: bool,
    intent: Option<Intent>,
    /// An explicit threat ("threaten to"): a conflictual act becomes its threat.
    threat: bool,
    words: Vec<HashSet<String>>,
}

/// The compiled cues.
#[derive(Debug)]
pub struct ModalityCues {
    cues: Vec<Cue>,
    /// The cues by each form of their first word: a word before a trigger costs one probe.
    by_first_word: HashMap<String, Vec<usize>>,
}

/// A quotation mark.
fn is_quote(text: &str) -> bool {
    matches!(text, "\"" | "“" | "”" | "‘" | "’" | "``" | "''" | "«" | "»")
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
        let cues: Vec<Cue> = include_str!("dictionaries/modality.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let mut words = l.split_whitespace();
                let kind = words.next();
                let modality = match kind {
                    Some("negated" | "refusal") => Modality::Negated,
                    Some("hypothetical" | "threat") => Modality::Hypothetical,
                    Some("future" | "promise" | "commitment") => Modality::Future,
                    other => panic!("modality.txt: unknown modality {other:?}"),
                };
                Cue {
                    modality,
                    refusal: kind == Some("refusal"),
                    threat: kind == Some("threat"),
                    intent: match kind {
                        Some("promise") => Some(Intent::Promise),
                        Some("commitment") => Some(Intent::Commitment),
                        _ => None,
                    },
                    words: words.map(forms_of).collect(),
                }
            })
            .collect();
        let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, cue) in cues.iter().enumerate() {
            for form in cue.words.first().into_iter().flatten() {
                by_first_word.entry(form.clone()).or_default().push(i);
            }
        }
        ModalityCues {
            cues,
            by_first_word,
        }
    }

    /// Where the cues of the trigger may start: a few words back, within the clause.
    fn window_start(tokens: &[Token], trigger: usize) -> usize {
        let start = trigger.saturating_sub(WINDOW);
        (start..trigger)
            .rev()
            .find(|&k| matches!(tokens[k].text.as_ref(), ";" | ":" | "--" | "." | "(" | ")"))
            .map_or(start, |k| k + 1)
    }

    /// Every cue that stands whole between the window's start and the trigger (once per
    /// place it stands), found by its first word. Quotation marks inside a cue are passed
    /// over: "her country's “firm stance” on deepening ties".
    fn cues_before<'s>(&'s self, tokens: &[Token], trigger: usize) -> Vec<&'s Cue> {
        let start = Self::window_start(tokens, trigger);
        // "whether or not": a question, whose "not" negates nothing
        let whether_or_not = |k: usize| {
            k >= 2
                && tokens[k].lower == "not"
                && tokens[k - 1].lower == "or"
                && tokens[k - 2].lower == "whether"
        };
        let words: Vec<usize> = (start..trigger)
            .filter(|&k| !is_quote(&tokens[k].text) && !whether_or_not(k))
            .collect();
        let mut found = Vec::new();
        for (p, &k) in words.iter().enumerate() {
            let Some(starting_here) = self.by_first_word.get(tokens[k].lower.as_ref()) else {
                continue;
            };
            found.extend(starting_here.iter().map(|&i| &self.cues[i]).filter(|cue| {
                p + cue.words.len() <= words.len()
                    && cue.words[1..]
                        .iter()
                        .zip(&words[p + 1..])
                        .all(|(forms, &w)| forms.contains(tokens[w].lower.as_ref()))
            }));
        }
        found
    }

    /// What the cues before the trigger, in its clause, say of its event: one pass over the
    /// words for modality, refusal, threat and intent.
    pub fn read(&self, tokens: &[Token], trigger: usize) -> Reading {
        let rank = |m: Modality| match m {
            Modality::Asserted => 0,
            Modality::Future => 1,
            Modality::Hypothetical => 2,
            Modality::Negated => 3,
        };
        let mut reading = Reading {
            modality: Modality::Asserted,
            refusal: false,
            threat: false,
            intent: None,
        };
        // "said they would boycott", "confirmed it would tighten the blockade": a reported
        // "would" is the speaker's "will", a promise, not a supposition
        let start = Self::window_start(tokens, trigger);
        let reported = (start..trigger).any(|k| {
            tokens[k].lower == "would"
                && (start..k).any(|j| {
                    matches!(
                        tokens[j].lower.as_ref(),
                        "said" | "announced" | "confirmed" | "declared" | "stated" | "told"
                    )
                })
        });
        for cue in self.cues_before(tokens, trigger) {
            let reported_would =
                reported && cue.words.len() == 1 && cue.words[0].iter().any(|form| form == "would");
            let (modality, intent) = if reported_would {
                (Modality::Future, Some(Intent::Promise))
            } else {
                (cue.modality, cue.intent)
            };
            if rank(modality) > rank(reading.modality) {
                reading.modality = modality;
            }
            reading.refusal |= cue.refusal;
            reading.threat |= cue.threat;
            reading.intent = reading.intent.max(intent);
        }
        reading
    }
}

/// What the cues before a trigger say of its event.
#[derive(Debug, Clone, Copy)]
pub struct Reading {
    /// The strongest cue's modality.
    pub modality: Modality,
    /// A negation that states a stance ("will not sign", "would never surrender", "refused to
    /// lift"), rather than that something did not happen.
    pub refusal: bool,
    /// An explicit threat ("threatened to cut off").
    pub threat: bool,
    /// The strongest statement of intent ("will", "agreed to"), if any.
    pub intent: Option<Intent>,
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
        ModalityCues::load().read(&tokens, at).modality
    }

    #[test]
    fn whether_or_not_asks_and_negates_nothing() {
        assert_eq!(
            modality(
                "On the question of whether or not further meetings between Iraq and Iran might be held, he said nothing.",
                "meetings"
            ),
            Modality::Hypothetical
        );
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

    #[test]
    fn a_reported_would_is_a_promise() {
        let tokens = |s: &'static str| tokenise(s, 0, s.len());
        let sentence = "NATO confirmed on Wednesday it would tighten the naval blockade.";
        let t = tokens(sentence);
        let at = t
            .iter()
            .position(|t| t.lower == "tighten")
            .expect("trigger");
        let reading = ModalityCues::load().read(&t, at);
        assert_eq!(reading.modality, Modality::Future);
        assert_eq!(reading.intent, Some(Intent::Promise));
        // without a reporting verb, "would" supposes
        assert_eq!(
            modality("Sanctions would hurt the economy.", "hurt"),
            Modality::Hypothetical
        );
    }
}
