//! The events stage: patterns indexed by trigger (`patterns.rs`, `forms.rs`), source and
//! target by clause structure (`matcher.rs`), modality (`modality.rs`), then each event's
//! date and place, confidence, and deduplication within the article.

mod forms;
mod index;
mod matcher;
mod modality;
mod patterns;

use std::sync::Arc;

use chrono::NaiveDate;

use crate::actors::{Chunk, EventNouns, FoundActors};
use crate::article::{Actor, DateSource, Event, Modality};
use crate::cameo::{self, CameoCode};
use crate::coder::DictionarySource;
use crate::error::Result;
use crate::text::lexicon::WordClass;
use crate::text::{Sentence, Token, Vocabulary};
use crate::time::{find_time_expressions, Precision, TimeExpression};
use crate::SharedStr;
use index::WordIndex;
use matcher::{ImpliedSource, Match, SentenceView};
use modality::{Intent, ModalityCues};
pub use patterns::PatternBook;

/// The compiled pattern dictionaries and modality cues.
#[derive(Debug)]
pub struct EventCoder {
    book: PatternBook,
    /// The book by word form, by the numbers of `vocabulary`.
    words: WordIndex,
    vocabulary: Arc<Vocabulary>,
    cues: ModalityCues,
    /// Codes whose events imply a reverse event (`dictionaries/implied.txt`).
    implied: Vec<(&'static str, &'static CameoCode)>,
    /// What a refused cooperative act is coded as (`dictionaries/refusals.txt`).
    refusals: Vec<(&'static str, &'static CameoCode)>,
    /// What a cooperative act the actor commits to is coded as (`dictionaries/intents.txt`).
    intents: Vec<(&'static str, (&'static CameoCode, Intent))>,
    /// What a conflictual act threatened is coded as (`dictionaries/threats.txt`).
    threats: Vec<(&'static str, &'static CameoCode)>,
    /// Also code events whose target the sentence does not name (PLOVER style).
    pub targetless: bool,
}

fn implied_table() -> Vec<(&'static str, &'static CameoCode)> {
    code_pairs(include_str!("dictionaries/implied.txt"), "implied.txt")
}

fn refusal_table() -> Vec<(&'static str, &'static CameoCode)> {
    by_longest_prefix(code_pairs(
        include_str!("dictionaries/refusals.txt"),
        "refusals.txt",
    ))
}

fn threat_table() -> Vec<(&'static str, &'static CameoCode)> {
    by_longest_prefix(code_pairs(
        include_str!("dictionaries/threats.txt"),
        "threats.txt",
    ))
}

/// Each cooperative code's intent, with the weakest statement that turns it.
fn intent_table() -> Vec<(&'static str, (&'static CameoCode, Intent))> {
    by_longest_prefix(
        code_lines(include_str!("dictionaries/intents.txt"), "intents.txt")
            .map(|(from, to, flag)| {
                let weakest = match flag {
                    None => Intent::Promise,
                    Some("commitment") => Intent::Commitment,
                    Some(other) => panic!("intents.txt: unknown flag {other}"),
                };
                (from, (to, weakest))
            })
            .collect(),
    )
}

/// What `code` becomes by a table ordered by `by_longest_prefix`.
fn by_prefix<T: Copy>(table: &[(&'static str, T)], code: &CameoCode) -> Option<T> {
    table
        .iter()
        .find(|(from, _)| code.code.starts_with(from))
        .map(|(_, to)| *to)
}

/// A code table ordered so that the first prefix that matches is the longest.
fn by_longest_prefix<T>(mut table: Vec<(&'static str, T)>) -> Vec<(&'static str, T)> {
    table.sort_by_key(|(from, _)| std::cmp::Reverse(from.len()));
    table
}

/// A dictionary of `CODE  CODE` lines.
fn code_pairs(text: &'static str, file: &str) -> Vec<(&'static str, &'static CameoCode)> {
    code_lines(text, file)
        .map(|(from, to, _)| (from, to))
        .collect()
}

/// The `CODE  CODE  [FLAG]` lines of a dictionary.
fn code_lines<'f>(
    text: &'static str,
    file: &'f str,
) -> impl Iterator<Item = (&'static str, &'static CameoCode, Option<&'static str>)> + 'f {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(move |l| {
            let mut codes = l.split_whitespace();
            let (Some(from), Some(to)) = (codes.next(), codes.next()) else {
                panic!("{file}: CODE CODE")
            };
            let to =
                cameo::lookup(to).unwrap_or_else(|| panic!("{file}: {to} is not a CAMEO code"));
            (from, to, codes.next())
        })
}

/// Clause numbers per token: a new clause starts at ";", ":", a dash, or a comma before a
/// subordinator or relative pronoun.
fn clauses(tokens: &[Token]) -> Vec<usize> {
    let mut clause = 0;
    let mut out = Vec::with_capacity(tokens.len());
    for (k, t) in tokens.iter().enumerate() {
        let comma_clause = t.text == ","
            && tokens.get(k + 1).is_some_and(|n| {
                n.class.has(WordClass::SUBORD) || n.class.has(WordClass::RELATIVE)
            });
        if matches!(t.text.as_ref(), ";" | ":" | "--") || comma_clause {
            clause += 1;
        }
        out.push(clause);
    }
    out
}

/// The bundled patterns plus the user's, and their word forms indexed by their numbers in
/// `vocabulary`, which learns the forms it lacked.
pub(crate) fn compile_patterns(
    patterns: &[DictionarySource],
    vocabulary: &mut Vocabulary,
) -> Result<(PatternBook, WordIndex)> {
    let book = PatternBook::load(patterns)?;
    let words = WordIndex::build(&book, vocabulary);
    Ok((book, words))
}

impl EventCoder {
    /// The bundled patterns plus the user's, with a vocabulary of their own: split texts for
    /// [`EventCoder::code`] with `split_sentences_with(text, coder.vocabulary())`.
    pub fn new(patterns: &[DictionarySource]) -> Result<EventCoder> {
        let mut vocabulary = Vocabulary::lexicon().clone();
        let compiled = compile_patterns(patterns, &mut vocabulary)?;
        Ok(EventCoder::with_vocabulary(compiled, Arc::new(vocabulary)))
    }

    /// A coder for patterns compiled into `vocabulary` (which may have grown since).
    pub(crate) fn with_vocabulary(
        (book, words): (PatternBook, WordIndex),
        vocabulary: Arc<Vocabulary>,
    ) -> EventCoder {
        EventCoder {
            book,
            words,
            vocabulary,
            cues: ModalityCues::load(),
            implied: implied_table(),
            refusals: refusal_table(),
            intents: intent_table(),
            threats: threat_table(),
            targetless: false,
        }
    }

    /// The vocabulary to split texts with.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The compiled patterns.
    pub fn book(&self) -> &PatternBook {
        &self.book
    }

    /// Codes the events of an article whose actors have been found.
    ///
    /// # Panics
    ///
    /// If the sentences were not split with the coder's [`vocabulary`](Self::vocabulary).
    pub fn code(
        &self,
        article_id: &str,
        text: &str,
        sentences: &[Sentence],
        actors: &FoundActors,
        published: Option<NaiveDate>,
    ) -> Vec<Event> {
        self.vocabulary.check(sentences);
        let mut events: Vec<Event> = Vec::new();
        // matching does not look at time expressions, which cost more to find than most
        // sentences are worth: they are looked for only where events need them
        let matched: Vec<Vec<Match>> = sentences
            .iter()
            .zip(&actors.chunks)
            .map(|(sentence, chunks)| self.matches(sentence, chunks))
            .collect();
        let needs_times = needing_times(sentences, &matched);
        // the latest sentence's time expression, which later sentences without one inherit
        // within its paragraph
        let mut carried: Option<(usize, TimeExpression)> = None;
        let mut previous_end = 0;
        for (((sentence, chunks), matches), needs_times) in sentences
            .iter()
            .zip(&actors.chunks)
            .zip(&matched)
            .zip(needs_times)
        {
            if text[previous_end.min(sentence.start)..sentence.start].contains('\n') {
                carried = None;
            }
            previous_end = sentence.end;
            let times = published
                .filter(|_| needs_times)
                .map(|p| find_time_expressions(&sentence.tokens, p))
                .unwrap_or_default();
            let inherited = carried
                .as_ref()
                .filter(|(at, _)| at + CARRY >= sentence.index)
                .map(|(_, t)| t.clone());
            // only a day near the publication carries over: a month, a year or an anniversary
            // ("on March 29, 1985") sets background, not the next sentence's news
            let near = |t: &&TimeExpression| {
                published.is_some_and(|p| (t.past - p).num_days().abs() <= 60)
            };
            if let Some(last) = times
                .iter()
                .rev()
                .find(|t| t.precision == Precision::Day && near(t))
            {
                carried = Some((sentence.index, last.clone()));
            }
            if matches.is_empty() {
                continue;
            }
            let clause_of = clauses(&sentence.tokens);
            let dating = Dating {
                tokens: &sentence.tokens,
                times: &times,
                inherited: inherited.as_ref(),
                clause_of: &clause_of,
                published,
            };
            let place = Place {
                article_id,
                text,
                sentence,
                chunks,
                found: actors,
            };
            for m in matches {
                self.events_of(&place, m, &dating, &mut events);
            }
            // what dates the sentence's first event is what later sentences inherit, rather
            // than a date in a relative clause ("soldiers who were captured on July 12")
            if let Some((t, _)) = matches
                .iter()
                .map(|m| m.trigger())
                .min()
                .and_then(|trigger| dating.governing(trigger))
                .filter(|(t, _)| t.precision == Precision::Day && near(t))
            {
                carried = Some((sentence.index, t.clone()));
            }
        }
        deduplicate(events)
    }

    /// The patterns that match a sentence, none for most: those that name no actor, or have
    /// no word that triggers a pattern.
    fn matches(&self, sentence: &Sentence, chunks: &[Chunk]) -> Vec<Match> {
        if chunks.is_empty()
            || !sentence
                .tokens
                .iter()
                .any(|t| self.words.is_trigger(t.word))
        {
            return Vec::new();
        }
        SentenceView::new(&self.words, &sentence.tokens, chunks)
            .allowing_targetless(self.targetless)
            .matches(&self.book, &self.words)
    }

    fn events_of(&self, place: &Place<'_>, m: &Match, dating: &Dating<'_>, out: &mut Vec<Event>) {
        let Place {
            article_id,
            text,
            sentence,
            chunks,
            found,
        } = *place;
        let pattern = &self.book.patterns[m.pattern];
        let tokens = &sentence.tokens;
        let trigger = m.trigger();
        let cues = self.cues.read(tokens, trigger);
        let modality = if pattern.refusal {
            Modality::Asserted
        } else {
            cues.modality
        };
        // "would never surrender": the event is the refusal, and it happened
        let refused = (modality == Modality::Negated && cues.refusal)
            .then(|| by_prefix(&self.refusals, pattern.code))
            .flatten();
        // "threatened to cut off electricity", "will boycott the vote unless…": the threat
        // (the act is the consequence: the condition follows it, and the act itself is not
        // inside one, "if the sailors being detained are not released")
        let condition = |t: &Token| matches!(t.lower.as_ref(), "unless" | "if" | "otherwise");
        let conditional = || {
            tokens[trigger..].iter().any(condition)
                && !tokens[trigger.saturating_sub(modality::WINDOW)..trigger]
                    .iter()
                    .any(condition)
        };
        // a hostile act promised or committed to is threatened too: "he will extend the
        // curfew", "is prepared to impose martial law" (CAMEO 13, a stated intent to act);
        // not a change of force posture, which threatens nobody by itself ("NATO will send
        // forces into Afghanistan")
        let promised_hostility =
            modality == Modality::Future && cues.intent.is_some() && pattern.code.root() != "15";
        let threatened = (refused.is_none()
            && (cues.threat
                || (matches!(modality, Modality::Future | Modality::Hypothetical)
                    && conditional())
                || promised_hostility))
            .then(|| by_prefix(&self.threats, pattern.code))
            .flatten();
        // "will release the hostages", "agreed to lift the ban": the event is the intent, stated;
        // so is a cooperative act offered on a condition by the one who would do it, which a
        // pronoun for the speaker tells ("said they would meet U.N. mediator Diego Cordovez if
        // he gave them a veto", "we should only sit down with Hamas if they renounce
        // terrorism"), as a hostile act so offered is a threat; a named actor's conditional
        // act is more often someone's forecast ("Democrats would pull out of Iraq if…")
        let own_word = !m.sources.is_empty()
            && m.sources.iter().all(|&c| {
                tokens[chunks[c].first].class.is_pronoun() && chunks[c].end == chunks[c].first + 1
            });
        let offered = refused.is_none()
            && own_word
            && matches!(modality, Modality::Future | Modality::Hypothetical)
            && conditional();
        let intended = cues
            .intent
            .filter(|_| modality == Modality::Future)
            .and_then(|strength| {
                by_prefix(&self.intents, pattern.code)
                    .filter(|(_, weakest)| strength >= *weakest)
                    .map(|(to, _)| to)
            })
            .or_else(|| {
                offered
                    .then(|| by_prefix(&self.intents, pattern.code))
                    .flatten()
                    .map(|(to, _)| to)
            })
            .filter(|to| to.code != pattern.code.code);
        let modality = if refused.is_some() || intended.is_some() || threatened.is_some() {
            Modality::Asserted
        } else {
            modality
        };
        let (date, date_source, date_precision) = dating.date(trigger, modality);
        let location = location(tokens, chunks, text);
        let first = *m.words.iter().min().expect("a match has words");
        let last = *m.words.iter().max().expect("a match has words");
        let (span_start, span_end) = (tokens[first].start, tokens[last].end);
        // an actor known only by its role ("gunmen", with no country in sight) places no event
        let placed = |a: &Actor| !a.country.is_empty() || a.code.len() > 3;
        let actors_of = |group: &[usize]| -> Vec<Party> {
            group
                .iter()
                .flat_map(|&c| {
                    found
                        .actors(&chunks[c])
                        .filter(|a| placed(a))
                        .map(move |a| (a, chunks[c].coref_depth, people(tokens, &chunks[c], a)))
                })
                .collect()
        };
        let code = refused.or(threatened).or(intended).unwrap_or(pattern.code);
        // a people protesting against its own state, or demanding something of it, is an
        // event within the country ("The Albanians of southern Serbia are demanding autonomy
        // from Serbian authorities")
        let protest = code.root() == "14";
        let claim_on_state = protest || code.root() == "10";
        let mut targets = actors_of(&m.targets);
        if m.to_setting {
            targets.extend(setting_actor(found).map(|a| (a, 2, false)));
        }
        // a threat or a protest names no object, but its condition or its purpose names whom
        // it is aimed at: "threatened to stop the talks if the United States goes ahead",
        // "began a hunger strike to protest President Assad's failure"
        // (a protest that names only the place it happens in, "rioted at a jail in Dili", may
        // still state whom it is aimed at)
        let only_place = !m.targets.is_empty() && m.targets.iter().all(|&c| chunks[c].place);
        let inferred = (targets.is_empty() && m.targets.is_empty()) || (protest && only_place);
        let targets = if inferred {
            let aimed_at = match code.root() {
                "13" => condition_subject(tokens, chunks, trigger),
                "14" => purpose_object(tokens, chunks, last),
                _ => None,
            };
            aimed_at.map_or(targets, |c| actors_of(&[c]))
        } else {
            targets
        };
        // an actor made up for the event lives here, so that the parties can borrow it
        let made_up = m.implied_source.and_then(|kind| {
            let at = (span_start, span_start);
            match kind {
                ImpliedSource::Authorities => authorities(tokens, chunks, found, &targets, at),
                ImpliedSource::Attackers => attackers(chunks, found, &m.targets, at),
            }
        });
        let sources: Vec<Party> = match m.implied_source {
            Some(kind) => {
                // unclaimed violence is a guess at one remove further than an arrest
                let depth = if kind == ImpliedSource::Attackers {
                    2
                } else {
                    1
                };
                made_up.iter().map(|a| (a, depth, false)).collect()
            }
            None => actors_of(&m.sources),
        };
        // an aim read off the purpose is no object when it is the source's own state
        // ("Young Algerians … to press their demands … from President Bouteflika's
        // government", where the protesters are coded as the country): the act stays targetless
        let mut targets = targets;
        if inferred {
            targets.retain(|t| {
                !sources.iter().any(|s| {
                    !t.0.country.is_empty()
                        && t.0.country == s.0.country
                        && same_state(s.0, t.0)
                        && !(protest && (s.2 || t.2))
                })
            });
        }
        // a protest aimed at nobody the sentence names is aimed at the protesters' own
        // government, as event data sets code demonstrations ("thousands of Iraqi Kurds
        // demonstrated in Kirkuk", "opposition supporters blocked roads in the capital")
        // (a bare "protest" or "riots" may be a noun recalling protests told elsewhere: only
        // a verb in the past or a phrase, "staged a protest", reports the act itself)
        let reported = m.words.len() > 1 || tokens[trigger].lower.ends_with("ed");
        // "demonstrated in Kirkuk": a place of the protesters' own country says where, not whom
        let at_home = !m.targets.is_empty()
            && m.targets.iter().all(|&c| chunks[c].place)
            && targets
                .iter()
                .all(|t| sources.iter().all(|s| s.0.country == t.0.country));
        // so is a protest called off ("the teachers' union has called off its strike")
        let dissent = protest || matches!(code.code, "082" | "0352");
        let addressee = (((inferred && targets.is_empty()) || at_home) && dissent && reported)
            .then(|| own_government(&sources, (span_start, span_start)))
            .flatten();
        // a state's curfew, ban or state of emergency that names no place falls on its own
        // country ("Iraq's interim government … is prepared to impose martial law")
        // (or names only a place of that country, `at_home`: "threatened to institute a curfew
        // in Algiers", where the capital stands for no government)
        let names_no_place = targets.is_empty() && m.targets.is_empty();
        let governed = (administrative(code) && (names_no_place || at_home))
            .then(|| own_country(&sources, (span_start, span_start)))
            .flatten();
        let targets: Vec<Party<'_>> = match (&addressee, &governed) {
            (Some(government), _) => vec![(government, 1, false)],
            (None, Some(country)) => vec![(country, 1, false)],
            (None, None) => targets,
        };
        let mut pairs: Vec<(&Party<'_>, Option<&Party<'_>>)> = Vec::new();
        if targets.is_empty() {
            // "A and B met": every pair of the group, both ways
            if pattern.reciprocal && sources.len() >= 2 {
                for a in &sources {
                    for b in &sources {
                        pairs.push((a, Some(b)));
                    }
                }
            } else if self.targetless && m.targets.is_empty() {
                pairs.extend(sources.iter().map(|s| (s, None)));
            }
        } else {
            for s in &sources {
                for t in &targets {
                    pairs.push((s, Some(t)));
                    // a stance is one side's: "China's readiness to strengthen ties with
                    // North Korea" is China's intent, not North Korea's
                    if pattern.reciprocal
                        && intended.is_none()
                        && refused.is_none()
                        && threatened.is_none()
                    {
                        pairs.push((t, Some(s)));
                    }
                }
            }
        }
        // "welcomed the decision", "welcomed the signing of the agreement": the thing welcomed
        // is an act, told by an event noun or named by one before "of"
        let welcomes_event = m.targets.iter().any(|&c| {
            chunks[c].event
                || (trigger < chunks[c].first
                    && tokens[trigger + 1..chunks[c].first].windows(2).any(|w| {
                        w[1].lower == "of" && EventNouns::bundled().family(&w[0].lower).is_some()
                    }))
        });
        let specificity = (pattern.literals.min(4) as f64) * 0.08;
        // an actor does nothing to itself, nor a government to its own government
        let kept = |source: &Party<'_>, target: Option<&Party<'_>>| match target {
            Some(t) if t.0.code == source.0.code => false,
            // nor a country's state to the country as a whole ("Wang … China's stance");
            // the country against its rebels or protesters is a real event ("clashes
            // between Turkey and the PKK")
            // a state's administrative measures fall on its own country, though: "Turkish
            // authorities imposed a curfew in Turkey", "Sudan's government lifted a state
            // of emergency in Darfur"
            Some(t)
                if t.0.country == source.0.country
                    && !t.0.country.is_empty()
                    && same_state(source.0, t.0)
                    && !(claim_on_state && (source.2 || t.2))
                    && !administrative(code) =>
            {
                false
            }
            // armed men who arrive somewhere are deployed, not on a visit: "the UPDF forces
            // have been attacked since arriving at Mogadishu"
            Some(t)
                if armed_arrival(
                    pattern.code.code,
                    if pattern.code.code == "043" {
                        t.0
                    } else {
                        source.0
                    },
                ) =>
            {
                false
            }
            // a visit crosses a border: nobody visits or hosts their own country
            Some(t)
                if matches!(pattern.code.code, "042" | "043")
                    && !t.0.country.is_empty()
                    && t.0.country == source.0.country =>
            {
                false
            }
            None => self.targetless,
            _ => true,
        };
        let mut pairs: Vec<(&Party<'_>, Option<&Party<'_>>)> =
            pairs.into_iter().filter(|(s, t)| kept(s, *t)).collect();
        // with targetless events, an act whose only named party is the actor's own state or
        // an actor placed nowhere ("threatened to resume terrorist activities") still
        // happened: it is coded without a target
        // (not armed men's arrival, which is no visit at all)
        if self.targetless && pairs.is_empty() {
            pairs.extend(
                sources
                    .iter()
                    .filter(|s| !armed_arrival(pattern.code.code, s.0))
                    .map(|s| (s, None)),
            );
        }
        for (source, target) in pairs {
            let depth = source.1 + target.map_or(0, |t| t.1);
            // measured on the dev set: events within one country, and those whose actors the
            // coder had to infer, are wrong more often than the rest
            let domestic =
                target.is_some_and(|t| !t.0.country.is_empty() && t.0.country == source.0.country);
            let confidence = (0.45 + specificity + if target.is_some() { 0.1 } else { 0.0 }
                - 0.015 * m.distance.min(20) as f64
                - 0.03 * m.gaps as f64
                - 0.08 * f64::from(depth)
                - if m.passive { 0.03 } else { 0.0 }
                - if domestic { 0.12 } else { 0.0 })
            .clamp(0.05, 0.99);
            // "welcomed the decision": welcoming an event approves it, it hosts nobody
            let code = if welcomes_event && code.code == "043" {
                cameo::lookup("051").expect("051 is a CAMEO code")
            } else if code.code == "042" && peacekeepers_arriving(source.0) {
                // "NATO peacekeeping troops have arrived in Bosnia": a force deployed to keep
                // the peace protects its host (074)
                cameo::lookup("074").expect("074 is a CAMEO code")
            } else if code.root() == "19" && is_crowd(source.0) {
                // "protesters stormed government buildings": a crowd wields no military force;
                // its violence is a riot (145)
                cameo::lookup("145").expect("145 is a CAMEO code")
            } else {
                code
            };
            let implied = self
                .implied
                .iter()
                .find(|(from, _)| *from == code.code)
                .map(|(_, to)| *to);
            let event = Event {
                article_id: article_id.to_string(),
                sentence_index: sentence.index,
                date,
                source: source.0.clone(),
                target: target.map(|t| t.0.clone()),
                code: code.code.to_string(),
                root: code.root().to_string(),
                name: code.name.to_string(),
                quad_class: code.quad_class,
                goldstein: code.goldstein,
                plover_type: code.plover_type.to_string(),
                plover_mode: code.plover_mode.to_string(),
                modality,
                date_source,
                date_precision,
                location: location.clone(),
                mentions: 1,
                mention_sentences: vec![sentence.index],
                confidence: (confidence * 1000.0).round() / 1000.0,
                sentence: sentence.text(text).to_string(),
                span_start,
                span_end,
                trigger: text[span_start..span_end].to_string(),
                rule: if refused.is_some() {
                    format!("{}+refusal", pattern.id)
                } else if threatened.is_some() {
                    format!("{}+threat", pattern.id)
                } else if intended.is_some() {
                    format!("{}+intent", pattern.id)
                } else {
                    pattern.id.clone()
                },
            };
            // a visit still to come has no host yet: only what happened implies its reverse
            let implied = implied.filter(|_| modality == Modality::Asserted);
            if let (Some(to), Some(target)) = (implied, &event.target) {
                let mut reverse = event.clone();
                reverse.source = target.clone();
                reverse.target = Some(event.source.clone());
                reverse.code = to.code.to_string();
                reverse.root = to.root().to_string();
                reverse.name = to.name.to_string();
                reverse.quad_class = to.quad_class;
                reverse.goldstein = to.goldstein;
                reverse.plover_type = to.plover_type.to_string();
                reverse.plover_mode = to.plover_mode.to_string();
                reverse.rule = format!("{}+implied", pattern.id);
                reverse.confidence = ((event.confidence - 0.05) * 1000.0).round() / 1000.0;
                out.push(event);
                out.push(reverse);
            } else {
                out.push(event);
            }
        }
    }
}

/// An actor taking part in an event: the actor, its coreference depth, and whether it is a
/// people rather than a state (see `people`).
type Party<'a> = (&'a Actor, u8, bool);

/// Whether a chunk names a country's people, not its state: a plural demonym used as a noun
/// with no role ("Young Algerians", "Iraqi Kurds"), or a demonym before a plural noun that
/// names no role ("Algerian landowners"), coded as the bare country. Unlike the
/// country's name, such a crowd is no part of the state: "Algerians protested against the
/// Algerian government" is an event within the country, not the state talking to itself.
fn people(tokens: &[Token], chunk: &Chunk, actor: &Actor) -> bool {
    let plural = |t: &Token, shape: crate::text::Shape| {
        t.shape == shape && t.lower.len() > 3 && t.lower.ends_with('s')
    };
    let plural_noun = chunk.end > 0
        && tokens
            .get(chunk.end - 1)
            .is_some_and(|t| plural(t, crate::text::Shape::Capitalised))
        || tokens
            .get(chunk.end)
            .is_some_and(|t| plural(t, crate::text::Shape::Lower) && t.class.is_content());
    actor.actor_type.is_empty()
        && !actor.country.is_empty()
        && plural_noun
        && !chunk.place
        && !chunk.possessive
        && !chunk.event
        && chunk.coref_depth == 0
}

/// The government a protest without a named object is aimed at: that of the protesters, when
/// every source is of one country and none of them is the state itself (a state protests to
/// someone, and says whom).
fn own_government(sources: &[Party<'_>], at: (usize, usize)) -> Option<Actor> {
    let first = sources.first()?;
    let country = first.0.country.as_str();
    let non_state = |p: &Party<'_>| {
        p.0.country == country
            && !state_body(&p.0.actor_type)
            && (p.2 || !p.0.actor_type.is_empty())
    };
    if country.is_empty() || !sources.iter().all(non_state) {
        return None;
    }
    Some(state_of(country, "government", at))
}

/// The country as a whole that a state's own measures fall on, when every source is that
/// state (its government, army, police, courts or the country itself).
fn own_country(sources: &[Party<'_>], at: (usize, usize)) -> Option<Actor> {
    let country = sources.first()?.0.country.as_str();
    let state = |p: &Party<'_>| {
        p.0.country == country && (p.0.actor_type.is_empty() || state_body(&p.0.actor_type))
    };
    if country.is_empty() || !sources.iter().all(state) {
        return None;
    }
    Some(implied_actor(country, "", country, at))
}

/// A country's state as an actor the text implies but does not name ("Zimbabwe authorities",
/// "Kyrgyzstan government"), placed at `at`.
fn state_of(country: &str, body: &str, at: (usize, usize)) -> Actor {
    implied_actor(country, "GOV", &format!("{country} {body}"), at)
}

/// An actor of `country` in `role` ("" for the country itself) that no words of the text
/// name, placed at `at`.
fn implied_actor(country: &str, role: &str, name: &str, at: (usize, usize)) -> Actor {
    Actor {
        text: SharedStr::new(),
        name: name.into(),
        code: [country, role].concat().into(),
        country: country.into(),
        actor_type: role.into(),
        span: at,
    }
}

/// The last word of the words that named an actor: its head noun ("the UPDF forces").
fn head_word(actor: &Actor) -> &str {
    actor.text.rsplit(' ').next().unwrap_or_default()
}

/// Whether an actor is an armed body: troops, police, rebels, militias, peacekeepers (not
/// one of their commanders, whose travels are visits).
fn armed(actor: &Actor) -> bool {
    let head = head_word(actor);
    let body = head.chars().next().is_some_and(char::is_lowercase)
        && (head.ends_with('s')
            || matches!(
                head,
                "police" | "army" | "military" | "force" | "navy" | "militia" | "contingent"
            ));
    body && matches!(
        actor.actor_type.as_str(),
        "MIL" | "COP" | "REB" | "INS" | "UAF" | "PKO" | "SEP"
    )
}

/// Whether a visit (042) or a hosting (043) is armed men arriving, which is no visit at all
/// (but peacekeepers arriving are deployed to protect their host: 074).
fn armed_arrival(code: &str, visitor: &Actor) -> bool {
    matches!(code, "042" | "043") && armed(visitor) && !peacekeepers_arriving(visitor)
}

/// Whether the actor of a visit is a peacekeeping force, whose arrival is a deployment.
fn peacekeepers_arriving(actor: &Actor) -> bool {
    actor.actor_type == "PKO" && armed(actor)
}

/// Whether an actor is a crowd in the street: "protesters", "a mob", "10,000 demonstrators".
fn is_crowd(actor: &Actor) -> bool {
    let head = head_word(actor);
    [
        "protesters",
        "protestors",
        "demonstrators",
        "rioters",
        "mob",
        "mobs",
        "crowd",
        "crowds",
        "marchers",
    ]
    .iter()
    .any(|w| head.eq_ignore_ascii_case(w))
}

/// Where the events being coded stand: the article, the sentence and its actor chunks.
#[derive(Clone, Copy)]
struct Place<'a> {
    article_id: &'a str,
    text: &'a str,
    sentence: &'a Sentence<'a>,
    chunks: &'a [Chunk],
    /// The article's actors, which the chunks point into.
    found: &'a FoundActors,
}

/// How many sentences on a time expression still dates events that name none.
const CARRY: usize = 3;

/// Which sentences need their time expressions found: those with events (`matched`), and
/// those up to [`CARRY`] sentences before one, whose date it may inherit. A date found
/// elsewhere could only be carried to sentences without events, or too far to be inherited.
/// Sentences numbered out of order all need theirs, as the carrying rule counts by number.
fn needing_times(sentences: &[Sentence], matched: &[Vec<Match>]) -> Vec<bool> {
    if !sentences.windows(2).all(|w| w[0].index < w[1].index) {
        return vec![true; matched.len()];
    }
    (0..matched.len())
        .map(|k| {
            let reach = sentences[k].index + CARRY;
            sentences[k..matched.len()]
                .iter()
                .zip(&matched[k..])
                .take_while(|(s, _)| s.index <= reach)
                .any(|(_, m)| !m.is_empty())
        })
        .collect()
}

/// What dates the events of one sentence.
struct Dating<'a> {
    tokens: &'a [Token<'a>],
    times: &'a [TimeExpression],
    /// The time expression of a sentence shortly before.
    inherited: Option<&'a TimeExpression>,
    clause_of: &'a [usize],
    published: Option<NaiveDate>,
}

impl Dating<'_> {
    /// The time expression of the sentence that governs the word at `trigger`: the nearest in
    /// its clause, else one before it (a date that opens the sentence, "On Monday, …", governs
    /// it; one in a later clause is about something else).
    fn governing(&self, trigger: usize) -> Option<(&TimeExpression, DateSource)> {
        let distance = |t: &&TimeExpression| {
            if t.first > trigger {
                t.first - trigger
            } else {
                trigger.saturating_sub(t.end)
            }
        };
        // "her first trip to China as foreign minister, a role she assumed in June 2022": a
        // time after a comma and another verb dates that verb
        let another_verb = |t: &&TimeExpression| {
            t.first > trigger + 1 && {
                let between = &self.tokens[trigger + 1..t.first];
                between
                    .iter()
                    .position(|x| x.text == ",")
                    .is_some_and(|comma| {
                        between[comma..].iter().any(|x| {
                            x.class.has(WordClass::VERB)
                                || (x.shape == crate::text::Shape::Lower && x.lower.ends_with("ed"))
                        })
                    })
            }
        };
        // and one in a relative clause set off by commas before it, which dates that clause's
        // verb ("a role she assumed in June 2022, and her first meeting with her Chinese
        // counterpart", "Arar, who was deported in October 2002, sued")
        let aside_before = |t: &&TimeExpression| {
            t.end < trigger
                && self.tokens[t.end..trigger].iter().any(|x| x.text == ",")
                && self.tokens[..t.first]
                    .iter()
                    .rposition(|x| x.text == ",")
                    .is_some_and(|comma| {
                        let aside = &self.tokens[comma + 1..t.first];
                        aside.iter().enumerate().any(|(k, x)| {
                            matches!(x.lower.as_ref(), "who" | "which" | "whom")
                                || (matches!(x.lower.as_ref(), "she" | "he" | "they" | "we")
                                    && k > 0
                                    && aside.get(k + 1).is_some_and(|v| {
                                        v.shape == crate::text::Shape::Lower
                                            && v.lower.ends_with("ed")
                                    }))
                        })
                    })
        };
        let in_clause = self
            .times
            .iter()
            .filter(|t| self.clause_of.get(t.first) == self.clause_of.get(trigger))
            .filter(|t| !another_verb(t) && !aside_before(t))
            .min_by_key(distance);
        if let Some(t) = in_clause {
            return Some((t, DateSource::Clause));
        }
        self.times
            .iter()
            .filter(|t| t.end <= trigger && !aside_before(t))
            .min_by_key(distance)
            .map(|t| (t, DateSource::Sentence))
    }

    /// The date of an event, where it came from and how exact it is: the nearest time
    /// expression in its clause, else in its sentence, else one a recent sentence gave, else
    /// the publication date (a day).
    fn date(
        &self,
        trigger: usize,
        modality: Modality,
    ) -> (Option<NaiveDate>, DateSource, Option<Precision>) {
        let future = matches!(modality, Modality::Future | Modality::Hypothetical);
        if let Some((t, source)) = self.governing(trigger) {
            return (Some(t.date(future)), source, Some(t.precision));
        }
        if let Some(t) = self.inherited {
            return (
                Some(t.date(future)),
                DateSource::Dateline,
                Some(t.precision),
            );
        }
        match self.published {
            Some(p) => (Some(p), DateSource::Publication, Some(Precision::Day)),
            None => (None, DateSource::None, None),
        }
    }
}

/// Where the sentence says things happened: a country or capital after "in" or "at".
fn location(tokens: &[Token], chunks: &[Chunk], text: &str) -> Option<String> {
    places_after(tokens, chunks, &["in", "at"])
        .next()
        .map(|c| text[tokens[c.first].start..tokens[c.end - 1].end].to_string())
}

/// The chunks that name a place right after one of `prepositions` ("in Beijing").
fn places_after<'c>(
    tokens: &'c [Token],
    chunks: &'c [Chunk],
    prepositions: &'c [&str],
) -> impl Iterator<Item = &'c Chunk> + 'c {
    chunks.iter().filter(move |c| {
        c.place && c.first > 0 && prepositions.contains(&tokens[c.first - 1].lower.as_ref())
    })
}

/// Administrative measures a state imposes on, eases for or threatens its own country:
/// restrictions, bans, curfews, states of emergency (172x, 081x, 132x).
fn administrative(code: &CameoCode) -> bool {
    ["172", "081", "132"]
        .iter()
        .any(|p| code.code.starts_with(p))
}

/// The subject of the condition a threat sets, right after its "unless" or "if": "threatened
/// to launch a new offensive unless Baghdad accepted its conditions".
fn condition_subject(tokens: &[Token], chunks: &[Chunk], trigger: usize) -> Option<usize> {
    let at = (trigger + 1..tokens.len())
        .take_while(|&i| !matches!(tokens[i].text.as_ref(), ";" | ":" | "." | "?" | "!"))
        .find(|&i| matches!(tokens[i].lower.as_ref(), "unless" | "if"))?;
    let determiner = |i: usize| matches!(tokens[i].lower.as_ref(), "the" | "its" | "their");
    chunks
        .iter()
        .position(|c| !c.event && (c.first == at + 1 || (c.first == at + 2 && determiner(at + 1))))
}

/// The actor a protest is aimed at, named in the purpose it states after the act: "to protest
/// President Assad's failure", "in protest against the government", "to press their demands
/// … from President Bouteflika's government", "demanding a referendum on independence from
/// Indonesian rule". Only the first actor within a short reach,
/// before any clause break.
fn purpose_object(tokens: &[Token], chunks: &[Chunk], last: usize) -> Option<usize> {
    let stop = |t: &Token| matches!(t.text.as_ref(), "," | ";" | ":" | "." | "--" | "(" | ")");
    let end = (last + 1..tokens.len())
        .find(|&i| stop(&tokens[i]))
        .unwrap_or(tokens.len());
    let word = |i: usize| tokens.get(i).map_or("", |t| t.lower.as_ref());
    let cue = (last + 1..end).find(|&i| {
        let purpose = matches!(
            word(i),
            "protest" | "denounce" | "condemn" | "oppose" | "demand" | "press" | "show"
        ) && word(i - 1) == "to";
        let protest = word(i) == "protest" && word(i - 1) == "in";
        let against = word(i) == "against";
        // "rioted at a jail in Dili, joining thousands of demonstrators in demanding a
        // referendum on independence from Indonesian rule"
        let participle = matches!(
            word(i),
            "protesting" | "denouncing" | "condemning" | "opposing" | "demanding"
        );
        purpose || protest || against || participle
    })?;
    chunks.iter().position(|c| {
        !c.event
            && !c.place
            && c.coref_depth == 0
            && c.first > cue
            && c.first <= cue + 12
            && c.end <= end
    })
}

/// Whether two actors of one country are both the state: the country itself, or its
/// government, army, police, courts, legislature or services.
fn same_state(a: &Actor, b: &Actor) -> bool {
    let state = |t: &str| t.is_empty() || state_body(t);
    (a.actor_type.is_empty() || b.actor_type.is_empty())
        && state(&a.actor_type)
        && state(&b.actor_type)
}

/// Whether an actor type is a body of the state: government, army, police, courts,
/// legislature, intelligence.
fn state_body(actor_type: &str) -> bool {
    matches!(actor_type, "GOV" | "MIL" | "COP" | "JUD" | "LEG" | "SPY")
}

/// The country the story happens in, as the article named it (the country, else its
/// government, as "Cairo" stands for it): the destination of a visit that names none.
fn setting_actor(found: &FoundActors) -> Option<&Actor> {
    let country = found.setting.as_deref()?;
    let named = |wanted: &str| {
        found
            .mentions
            .iter()
            .map(|m| &m.actor)
            .find(|a| a.country == country && a.actor_type == wanted)
    };
    named("").or_else(|| named("GOV"))
}

/// Who detained or expelled when the sentence does not say: the authorities of the country
/// where it happened ("were detained in Zimbabwe"), else of the country of those it happened
/// to ("240 Chilean demonstrators were detained").
fn authorities(
    tokens: &[Token],
    chunks: &[Chunk],
    found: &FoundActors,
    targets: &[Party],
    at: (usize, usize),
) -> Option<Actor> {
    let where_it_happened = first_country(places_after(tokens, chunks, &["in"]), found);
    // else where the story happens ("a Canadian journalist was also arrested" in a story
    // from Minsk), else the country of those detained
    let country = where_it_happened.or(found.setting.as_deref()).or_else(|| {
        targets
            .iter()
            .map(|t| t.0.country.as_str())
            .find(|c| !c.is_empty())
    })?;
    Some(state_of(country, "authorities", at))
}

/// The country of the first of `places` whose actor has one.
fn first_country<'a>(
    places: impl Iterator<Item = &'a Chunk>,
    found: &'a FoundActors,
) -> Option<&'a str> {
    places
        .flat_map(|c| found.actors(c).next())
        .map(|a| a.country.as_str())
        .find(|c| !c.is_empty())
}

/// Who did violence that the sentence pins on a weapon or an attack alone ("a roadside
/// bombing near Samarra killed one U.S. soldier"): unidentified attackers of the country
/// where it struck, as event data sets code unclaimed attacks; with no place in the
/// sentence, nobody (the country the story happens in is often not where a soldier fell).
/// `targets` are the chunks of the victims, which are no place.
fn attackers(
    chunks: &[Chunk],
    found: &FoundActors,
    targets: &[usize],
    at: (usize, usize),
) -> Option<Actor> {
    let places = chunks
        .iter()
        .enumerate()
        .filter(|(i, c)| c.place && !targets.contains(i))
        .map(|(_, c)| c);
    let struck = first_country(places, found)?;
    Some(implied_actor(
        struck,
        "UAF",
        &format!("unidentified attackers in {struck}"),
        at,
    ))
}

/// One event per (source, target, code, date) in an article, counting its mentions.
fn deduplicate(events: Vec<Event>) -> Vec<Event> {
    let mut kept: Vec<Event> = Vec::new();
    for event in events {
        let weak = |e: &Event| matches!(e.date_source, DateSource::Publication | DateSource::None);
        let same = kept.iter_mut().find(|k| {
            k.source.code == event.source.code
                && k.target.as_ref().map(|t| &t.code) == event.target.as_ref().map(|t| &t.code)
                && k.code == event.code
                && (k.date == event.date || weak(k) || weak(&event) || one_period(k, &event))
        });
        match same {
            Some(k) => {
                // a mention that dates the event lends its date to one that did not, and a
                // day to one that knew only the month ("Kim's visit earlier this month", then
                // "his visit on September 3")
                if (weak(k) && !weak(&event)) || (!weak(&event) && finer(&event, k)) {
                    k.date = event.date;
                    k.date_source = event.date_source;
                    k.date_precision = event.date_precision;
                }
                // sentences come in order: a new mention is always the last
                if k.mention_sentences.last() != Some(&event.sentence_index) {
                    k.mention_sentences.push(event.sentence_index);
                    k.mentions += 1;
                }
                k.confidence = k.confidence.max(event.confidence);
            }
            None => kept.push(event),
        }
    }
    kept
}

/// Whether the dates of two mentions can be one event's: the coarser date stands for a week, a
/// month or a year (its first day), and the finer date falls in it. Two days that differ are
/// two events, as before.
fn one_period(a: &Event, b: &Event) -> bool {
    let (Some(a_date), Some(a_precision), Some(b_date), Some(b_precision)) =
        (a.date, a.date_precision, b.date, b.date_precision)
    else {
        return false;
    };
    if a_precision >= b_precision {
        a_precision.holds(a_date, b_date)
    } else {
        b_precision.holds(b_date, a_date)
    }
}

/// Whether `a`'s date is more exact than `b`'s (a day against a month, say).
fn finer(a: &Event, b: &Event) -> bool {
    match (a.date_precision, b.date_precision) {
        (Some(pa), Some(pb)) => pa < pb,
        (Some(_), None) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests;
