//! Resolution: phrases become actors, across the whole article. Named phrases are coded from
//! the dictionaries (a person's code by the publication date); surnames, titles, pronouns and
//! pair phrases point back to earlier actors; bodies without a country ("the police") take
//! the country the text is talking about.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::compose::Phrase;
use super::dictionary::{ActorDictionary, Gender};
use super::{Chunk, FoundActors};
use crate::article::{Actor, Mention, MentionKind};
use crate::text::lexicon::WordClass;
use crate::text::Sentence;

/// How many sentences back a pronoun or title may reach.
const REACH: usize = 3;

/// An actor the article has named, which later mentions may point back to.
#[derive(Debug, Clone)]
struct Entity {
    actor: Actor,
    name_words: Vec<String>,
    titles: Vec<String>,
    gender: Option<Gender>,
    person: bool,
    last_sentence: usize,
    /// Mention index of its latest mention.
    last_mention: usize,
    /// The latest sentence in which it was the first actor (the likely subject).
    first_in: Option<usize>,
}

/// What a phrase resolved to.
#[derive(Debug, Clone)]
struct Resolved {
    actors: Vec<Actor>,
    kind: MentionKind,
    /// The entity it points back to.
    antecedent: Option<usize>,
    depth: u8,
}

pub(super) struct Resolver<'a> {
    dict: &'a ActorDictionary,
    text: &'a str,
    published: Option<NaiveDate>,
    entities: Vec<Entity>,
    found: FoundActors,
    /// How often each country is named in the whole article: the country it is about.
    article_countries: HashMap<String, usize>,
    /// The countries named in the sentence being resolved, in order.
    sentence_countries: Vec<String>,
    /// Who speaks in the sentence being resolved ("…," X said), and in the one before:
    /// "we" and "I" in a quotation are the speaker.
    speaker: Option<Resolved>,
    previous_speaker: Option<Resolved>,
}

impl<'a> Resolver<'a> {
    pub fn new(
        dict: &'a ActorDictionary,
        text: &'a str,
        published: Option<NaiveDate>,
        phrases: &[Vec<Phrase>],
    ) -> Self {
        let mut article_countries: HashMap<String, usize> = HashMap::new();
        for phrase in phrases.iter().flatten() {
            if let Some(country) = Self::named_country(dict, phrase, published) {
                *article_countries.entry(country).or_default() += 1;
            }
        }
        Resolver {
            dict,
            text,
            published,
            entities: Vec::new(),
            found: FoundActors::default(),
            article_countries,
            sentence_countries: Vec::new(),
            speaker: None,
            previous_speaker: None,
        }
    }

    /// The country a phrase names by itself, without help from the context.
    fn named_country(
        dict: &ActorDictionary,
        phrase: &Phrase,
        published: Option<NaiveDate>,
    ) -> Option<String> {
        let code = if let Some(p) = phrase.person {
            dict.person_code(&dict.people[p as usize], published)
        } else if let Some(o) = phrase.organisation {
            dict.organisations[o as usize].code.clone()
        } else {
            dict.countries.get(phrase.country? as usize)?.code.clone()
        };
        Some(dict.country_of_code(&code)).filter(|c| !c.is_empty())
    }

    pub fn finish(self) -> FoundActors {
        self.found
    }

    /// Resolves one sentence's phrases, in order.
    pub fn sentence(&mut self, sentence: &Sentence, phrases: &[Phrase]) {
        self.sentence_countries = phrases
            .iter()
            .filter_map(|p| Self::named_country(self.dict, p, self.published))
            .collect();
        let speaker = self.find_speaker(sentence, phrases);
        self.previous_speaker = std::mem::replace(&mut self.speaker, speaker);
        let mut chunks = Vec::new();
        for (k, phrase) in phrases.iter().enumerate() {
            let Some(resolved) = self.resolve(sentence.index, phrase) else {
                continue;
            };
            let tokens = &sentence.tokens;
            let text_end = if phrase.possessive && phrase.end > phrase.first + 1 {
                phrase.end - 1
            } else {
                phrase.end
            };
            let (start, end) = (tokens[phrase.first].start, tokens[text_end - 1].end);
            let surface = &self.text[start..end];
            let first_mention = self.found.mentions.len();
            let antecedent_mention = resolved.antecedent.map(|e| self.entities[e].last_mention);
            for mut actor in resolved.actors {
                actor.text = surface.to_string();
                actor.span = (start, end);
                self.found.mentions.push(Mention {
                    sentence_index: sentence.index,
                    actor,
                    kind: resolved.kind,
                    antecedent: antecedent_mention,
                });
            }
            // remember named actors, and refresh the ones pointed back to
            let entity = match resolved.antecedent {
                Some(e) if resolved.kind == MentionKind::Coreference => Some(e),
                _ if phrase.pronoun.is_none() && !phrase.pair => {
                    Some(self.remember(first_mention, phrase))
                }
                _ => None,
            };
            if let Some(e) = entity {
                let ent = &mut self.entities[e];
                ent.last_sentence = sentence.index;
                ent.last_mention = first_mention;
                if k == 0 || chunks.is_empty() {
                    ent.first_in = Some(sentence.index);
                }
                if let Some(class) = phrase.pronoun {
                    if ent.gender.is_none() && ent.person {
                        ent.gender = if class.has(WordClass::PRON_F) {
                            Some(Gender::Female)
                        } else if class.has(WordClass::PRON_M) {
                            Some(Gender::Male)
                        } else {
                            None
                        };
                    }
                }
            }
            chunks.push(Chunk {
                first: phrase.first,
                end: phrase.end,
                mentions: first_mention..self.found.mentions.len(),
                coref_depth: resolved.depth,
                possessive: phrase.possessive,
                place: (phrase.country_noun || phrase.place_only)
                    && phrase.role.is_none()
                    && phrase.person.is_none()
                    && phrase.organisation.is_none()
                    && phrase.name.is_none(),
            });
        }
        self.found.chunks.push(chunks);
    }

    /// Adds a named actor to the entities, or refreshes the entity it already is.
    /// The actor is that of mention `mention`.
    fn remember(&mut self, mention: usize, phrase: &Phrase) -> usize {
        let actor = &self.found.mentions[mention].actor;
        let person = phrase.person.is_some() || phrase.name.is_some() || phrase.person_title;
        let same = self
            .entities
            .iter()
            .rposition(|e| e.actor.code == actor.code && e.actor.name == actor.name);
        let gender = phrase
            .person
            .and_then(|p| self.dict.people[p as usize].gender);
        let mut name_words = phrase.name_words.clone();
        if let Some(p) = phrase.person {
            name_words.extend(
                self.dict.people[p as usize]
                    .name
                    .split([' ', '-'])
                    .map(str::to_lowercase),
            );
        }
        match same {
            Some(e) => {
                let ent = &mut self.entities[e];
                for title in &phrase.titles {
                    if !ent.titles.contains(title) {
                        ent.titles.push(title.clone());
                    }
                }
                ent.gender = ent.gender.or(gender);
                // "Canberra", then "Australia's prime minister": the same code, now a person too
                ent.person |= person;
                e
            }
            None => {
                self.entities.push(Entity {
                    actor: actor.clone(),
                    name_words,
                    titles: phrase.titles.clone(),
                    gender,
                    person,
                    last_sentence: 0,
                    last_mention: 0,
                    first_in: None,
                });
                self.entities.len() - 1
            }
        }
    }

    fn actor(&self, code: String, name: String) -> Actor {
        let country = self.dict.country_of_code(&code);
        let actor_type = self.dict.role_of_code(&code);
        Actor {
            text: String::new(),
            name,
            code,
            country,
            actor_type,
            span: (0, 0),
        }
    }

    fn role_code(role: Option<[u8; 3]>) -> String {
        role.map(|r| String::from_utf8_lossy(&r).into_owned())
            .unwrap_or_default()
    }

    fn resolve(&self, sentence: usize, phrase: &Phrase) -> Option<Resolved> {
        let named = |actors: Vec<Actor>, kind| {
            Some(Resolved {
                actors,
                kind,
                antecedent: None,
                depth: 0,
            })
        };
        let back = |e: usize, actor: Actor, depth: u8| {
            Some(Resolved {
                actors: vec![actor],
                kind: MentionKind::Coreference,
                antecedent: Some(e),
                depth,
            })
        };
        let parts = usize::from(phrase.country.is_some())
            + usize::from(phrase.role.is_some())
            + usize::from(phrase.organisation.is_some())
            + usize::from(phrase.person.is_some() || phrase.name.is_some());
        let kind = if parts > 1 {
            MentionKind::Composed
        } else {
            MentionKind::Dictionary
        };

        if phrase.pair {
            return self.pair(sentence);
        }
        if phrase.plural_title {
            if let Some(group) = self.people_just_named(sentence) {
                return Some(group);
            }
        }
        if let Some(class) = phrase.pronoun {
            return self.pronoun(sentence, class, phrase.anaphor_noun.as_deref());
        }
        if let (Some(noun), false) = (&phrase.anaphor_noun, phrase.is_named()) {
            let e = self.recent(sentence, |e| !e.actor.country.is_empty())?;
            let country = self.entities[e].actor.country.clone();
            let role = if noun == "capital" { "GOV" } else { "" };
            return back(e, self.country_actor(&country, role), 1);
        }
        if let Some(p) = phrase.person {
            let person = &self.dict.people[p as usize];
            let mut code = self.dict.person_code(person, self.published);
            if phrase.former && self.dict.country_of_code(&code).len() == 3 {
                code = format!("{}ELI", &code[..3]);
            }
            return named(vec![self.actor(code, person.name.clone())], kind);
        }
        if let Some(o) = phrase.organisation {
            let org = &self.dict.organisations[o as usize];
            let name = phrase.name.clone().unwrap_or_else(|| org.name.clone());
            return named(vec![self.actor(org.code.clone(), name)], kind);
        }
        if let Some(c) = phrase.country {
            let country = self.dict.countries[c as usize].code.clone();
            let role = if phrase.former && (phrase.person_title || phrase.name.is_some()) {
                "ELI".to_string()
            } else if phrase.role.is_some() {
                Self::role_code(phrase.role)
            } else if phrase.seat {
                "GOV".to_string()
            } else {
                String::new()
            };
            let mut actor = self.country_actor(&country, &role);
            if phrase.place_only && phrase.role.is_none() && phrase.name.is_none() {
                actor.actor_type = String::new();
            }
            if let Some(name) = &phrase.name {
                actor.name = name.clone();
            }
            return named(vec![actor], kind);
        }
        if phrase.name.is_some() {
            // a surname or a title with a surname: the earlier actor it names
            let e = self.entities.iter().rposition(|e| {
                e.person
                    && phrase
                        .name_words
                        .iter()
                        .any(|w| e.name_words.first() == Some(w) || e.name_words.last() == Some(w))
            })?;
            return back(e, self.entities[e].actor.clone(), 1);
        }
        if phrase.role.is_some() && phrase.person_title {
            // "the premier", "the foreign minister": the latest actor with that title
            let title = phrase.titles.last()?;
            if let Some(e) = self.recent(sentence, |e| {
                e.titles
                    .iter()
                    .any(|t| t == title || t.ends_with(title.as_str()))
            }) {
                return back(e, self.entities[e].actor.clone(), 1);
            }
        }
        if phrase.role.is_some() {
            // "the police", "troops", "the government": the country in context; with none,
            // the role alone ("gunmen": UAF), which events leave aside
            let Some(country) = self.context_country(sentence, phrase.role == Some(*b"GOV")) else {
                let role = Self::role_code(phrase.role);
                let name = phrase.titles.last().cloned().unwrap_or_default();
                return named(
                    vec![Actor {
                        text: String::new(),
                        name,
                        code: role.clone(),
                        country: String::new(),
                        actor_type: role,
                        span: (0, 0),
                    }],
                    MentionKind::Dictionary,
                );
            };
            let mut actor = self.country_actor(&country, &Self::role_code(phrase.role));
            actor.name = self
                .dict
                .country_name(&country)
                .unwrap_or_default()
                .to_string();
            return Some(Resolved {
                actors: vec![actor],
                kind: MentionKind::Coreference,
                antecedent: None,
                depth: 1,
            });
        }
        None
    }

    fn country_actor(&self, country: &str, role: &str) -> Actor {
        let name = self
            .dict
            .country_name(country)
            .unwrap_or(country)
            .to_string();
        Actor {
            text: String::new(),
            name,
            code: format!("{country}{role}"),
            country: country.to_string(),
            actor_type: role.to_string(),
            span: (0, 0),
        }
    }

    /// The most recent entity within reach that satisfies `fits`.
    fn recent(&self, sentence: usize, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.last_sentence + REACH >= sentence && fits(e))
            .max_by_key(|(_, e)| e.last_mention)
            .map(|(i, _)| i)
    }

    /// The actor of a reporting verb in the sentence: "X said", "said X", "according to X".
    fn find_speaker(&self, sentence: &Sentence, phrases: &[Phrase]) -> Option<Resolved> {
        let tokens = &sentence.tokens;
        let reporting = |t: &crate::text::Token| {
            matches!(
                t.lower.as_ref(),
                "said"
                    | "says"
                    | "say"
                    | "told"
                    | "tells"
                    | "added"
                    | "adds"
                    | "stated"
                    | "states"
                    | "declared"
                    | "insisted"
                    | "warned"
                    | "according"
            )
        };
        // a speaker "we" can stand for has a country: "a spokeswoman" alone does not
        let placed = |r: &Resolved| r.actors.iter().any(|a| !a.country.is_empty());
        // "…, saying:" and "…, stating that": the participle's speaker is the sentence's subject
        let participle = |t: &crate::text::Token| {
            matches!(
                t.lower.as_ref(),
                "saying" | "stating" | "adding" | "noting" | "insisting" | "warning"
            )
        };
        if let Some(k) = tokens.iter().position(participle) {
            let subject = phrases
                .iter()
                .filter(|p| p.end <= k && p.pronoun.is_none() && !p.possessive)
                .find_map(|p| self.resolve(sentence.index, p).filter(placed));
            if subject.is_some() {
                return subject;
            }
        }
        for (k, token) in tokens.iter().enumerate().filter(|(_, t)| reporting(t)) {
            // "X said", "X also said", "X has repeatedly said"
            let mut verb_group = k;
            while verb_group > 0
                && verb_group + 3 > k
                && (tokens[verb_group - 1].lower.ends_with("ly")
                    || matches!(
                        tokens[verb_group - 1].lower.as_ref(),
                        "also" | "has" | "have" | "had" | "later" | "then" | "again"
                    ))
            {
                verb_group -= 1;
            }
            let before = phrases
                .iter()
                .rev()
                .find(|p| p.end == verb_group && p.pronoun.is_none() && !p.possessive);
            let after = phrases
                .iter()
                .find(|p| p.first == k + 1 || (token.lower == "according" && p.first == k + 2));
            for phrase in before.into_iter().chain(after) {
                if let Some(resolved) = self.resolve(sentence.index, phrase).filter(placed) {
                    return Some(resolved);
                }
            }
        }
        None
    }

    fn pronoun(&self, sentence: usize, class: WordClass, noun: Option<&str>) -> Option<Resolved> {
        if class.has(WordClass::PRON_OTHER) {
            // "we" in a quotation: its speaker, named in this sentence or the one before
            let speaker = self.speaker.as_ref().or(self.previous_speaker.as_ref())?;
            let mut actor = speaker.actors.first()?.clone();
            if noun.is_some() && !actor.country.is_empty() {
                actor = self.country_actor(
                    &actor.country,
                    if noun == Some("government") {
                        "GOV"
                    } else {
                        ""
                    },
                );
            }
            return Some(Resolved {
                actors: vec![actor],
                kind: MentionKind::Coreference,
                antecedent: speaker.antecedent,
                depth: speaker.depth + 1,
            });
        }
        let e = if class.has(WordClass::PRON_M) || class.has(WordClass::PRON_F) {
            let wanted = if class.has(WordClass::PRON_F) {
                Gender::Female
            } else {
                Gender::Male
            };
            // gender first, then being the subject of this or the last sentence, then recency
            self.entities
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    e.person
                        && e.last_sentence + REACH >= sentence
                        && e.gender.is_none_or(|g| g == wanted)
                })
                .max_by_key(|(_, e)| {
                    let gender = u8::from(e.gender == Some(wanted)) * 2;
                    let subject = u8::from(e.first_in.is_some_and(|s| s + 1 >= sentence)) * 3;
                    (gender + subject, e.last_mention)
                })
                .map(|(i, _)| i)?
        } else {
            self.recent(sentence, |e| !e.person)?
        };
        let entity = &self.entities[e];
        let actor = match noun {
            Some("government" | "regime" | "capital") if !entity.actor.country.is_empty() => {
                self.country_actor(&entity.actor.country, "GOV")
            }
            Some(_) if !entity.actor.country.is_empty() => {
                self.country_actor(&entity.actor.country, "")
            }
            _ => entity.actor.clone(),
        };
        Some(Resolved {
            actors: vec![actor],
            kind: MentionKind::Coreference,
            antecedent: Some(e),
            depth: 1,
        })
    }

    /// "the leaders", "the two foreign ministers": the people of different countries named
    /// just before.
    fn people_just_named(&self, sentence: usize) -> Option<Resolved> {
        // the people of the last two sentences, one per country, the latest first
        let mut group: Vec<&Entity> = self
            .entities
            .iter()
            .filter(|e| e.person && e.last_sentence + 2 >= sentence)
            .collect();
        group.sort_by_key(|e| std::cmp::Reverse(e.last_mention));
        let mut seen: Vec<&str> = Vec::new();
        group.retain(|e| {
            let fresh = !seen.contains(&e.actor.country.as_str());
            seen.push(e.actor.country.as_str());
            fresh
        });
        (group.len() >= 2).then(|| Resolved {
            actors: group.iter().map(|e| e.actor.clone()).collect(),
            kind: MentionKind::Coreference,
            antecedent: None,
            depth: 1,
        })
    }

    /// "the two sides": the last two actors of different countries (or organisations).
    fn pair(&self, sentence: usize) -> Option<Resolved> {
        let mut order: Vec<&Entity> = self
            .entities
            .iter()
            .filter(|e| e.last_sentence + REACH >= sentence)
            .collect();
        order.sort_by_key(|e| std::cmp::Reverse(e.last_mention));
        let first = order.first()?;
        let key = |e: &Entity| {
            if e.actor.country.is_empty() {
                e.actor.code.clone()
            } else {
                e.actor.country.clone()
            }
        };
        let second = order.iter().find(|e| key(e) != key(first))?;
        Some(Resolved {
            actors: vec![second.actor.clone(), first.actor.clone()],
            kind: MentionKind::Coreference,
            antecedent: None,
            depth: 1,
        })
    }

    /// The country the text is talking about: one named in this sentence, else (except for
    /// "the government", which is the article's own) in the previous one, else the country
    /// the article names most.
    fn context_country(&self, sentence: usize, government: bool) -> Option<String> {
        let here = self.sentence_countries.first().cloned();
        let before = || {
            self.found
                .mentions
                .iter()
                .rev()
                .take_while(|m| m.sentence_index + 1 >= sentence)
                .find(|m| !m.actor.country.is_empty())
                .map(|m| m.actor.country.clone())
        };
        let main = || {
            self.article_countries
                .iter()
                .max_by_key(|(c, n)| (**n, std::cmp::Reverse((*c).clone())))
                .map(|(c, _)| c.clone())
        };
        here.or_else(|| if government { None } else { before() })
            .or_else(main)
    }
}
