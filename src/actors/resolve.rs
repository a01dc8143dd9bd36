//! Resolution: phrases become actors, across the whole article. Named phrases are coded from
//! the dictionaries (a person's code by the publication date); surnames, titles, pronouns and
//! pair phrases point back to earlier actors; bodies without a country ("the police") take
//! the country the text is talking about.

use std::cell::RefCell;
use std::cmp::Reverse;

use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;

use super::compose::Phrase;
use super::dictionary::{ActorDictionary, Gender};
use super::{Chunk, FoundActors};
use crate::article::{Actor, Mention, MentionKind};
use crate::text::lexicon::{WordClass, WordMask};
use crate::text::{Sentence, Token};
use crate::SharedStr;

/// How many sentences back a pronoun or title may reach.
const REACH: usize = 3;

/// An actor the article has named, which later mentions may point back to.
#[derive(Debug, Clone)]
struct Entity {
    actor: Actor,
    name_words: Vec<String>,
    titles: Vec<SharedStr>,
    gender: Option<Gender>,
    person: bool,
    last_sentence: usize,
    /// Mention index of its latest mention.
    last_mention: usize,
    /// The latest sentence in which it was the first actor (the likely subject).
    first_in: Option<usize>,
    /// Named only as a city or region ("in Juba"): a place, not a side.
    place: bool,
    /// How often the article has mentioned it so far: how central it is to the story.
    count: usize,
}

/// What a phrase resolved to.
#[derive(Debug, Clone)]
struct Resolved {
    actors: Vec<Actor>,
    kind: MentionKind,
    /// The entity it points back to.
    antecedent: Option<usize>,
    depth: u8,
    /// For an event noun, the mention of the event's actor told before.
    told: Option<usize>,
}

impl Resolved {
    /// One step back to entity `e`, which the mention stands for as `actor`.
    fn back_to(e: usize, actor: Actor) -> Resolved {
        Resolved {
            actors: vec![actor],
            kind: MentionKind::Coreference,
            antecedent: Some(e),
            depth: 1,
            told: None,
        }
    }
}

pub(super) struct Resolver<'a> {
    dict: &'a ActorDictionary,
    sentences: &'a [Sentence<'a>],
    phrases: &'a [Vec<Phrase>],
    /// For a sentence that ends inside a quotation, the sentence where the quotation closes
    /// (where its speaker is named: "…,” said White House spokesman Sean McCormack).
    quote_close: Vec<Option<usize>>,
    /// The speaker named where the current sentence's open quotation closes.
    closing_speaker: Option<Resolved>,
    /// For a sentence in a quotation, the sentence where the quotation opened.
    quote_opened: Vec<Option<usize>>,
    /// Who speaks in each sentence resolved so far, the current one included ("…," X said):
    /// "we" and "I" in a quotation are the speaker.
    speakers: Vec<Option<Resolved>>,
    /// Each earlier sentence's first actor (its likely subject), as a mention.
    subjects: Vec<Option<usize>>,
    /// The current sentence's first actor so far, as a mention.
    subject: Option<usize>,
    text: &'a str,
    published: Option<NaiveDate>,
    entities: Vec<Entity>,
    found: FoundActors,
    /// How often each country is named in the whole article: the country it is about.
    article_countries: HashMap<&'a str, usize>,
    /// How often each country is named by itself (a country, capital, city or region, not a
    /// body or person of it): where the story happens.
    article_places: HashMap<&'a str, usize>,
    /// The countries named in the sentence being resolved, in order.
    /// For each: the phrase's first token, the country, and whether the phrase is the country
    /// alone (a name, capital or place, not a body, person or title of it).
    sentence_countries: Vec<(usize, &'a str, bool)>,
    /// The two actors of the last sentence's coordinated subject, if it had one.
    coordinated_subject: Option<Vec<Actor>>,
    /// The country actors made so far (`country_actor`), which most mentions are: an article
    /// names few countries in few roles, and a copy of one made before shares its strings.
    country_actors: RefCell<Vec<Actor>>,
}

impl<'a> Resolver<'a> {
    pub fn new(
        dict: &'a ActorDictionary,
        text: &'a str,
        published: Option<NaiveDate>,
        sentences: &'a [Sentence<'a>],
        phrases: &'a [Vec<Phrase>],
    ) -> Self {
        let mut article_countries: HashMap<&str, usize> = HashMap::default();
        let mut article_places: HashMap<&str, usize> = HashMap::default();
        for phrase in phrases.iter().flatten() {
            if let Some(country) = Self::named_country(dict, phrase, published) {
                // a country, capital, city or region by itself; not a demonym, which names
                // the country of something else ("South African peace experts")
                if phrase.role.is_none()
                    && phrase.person.is_none()
                    && phrase.organisation.is_none()
                    && phrase.name.is_none()
                    && (phrase.country_noun || phrase.place_only)
                {
                    *article_places.entry(country).or_default() += 1;
                }
                *article_countries.entry(country).or_default() += 1;
            }
        }
        let (quote_close, quote_opened) = Self::quotations(sentences);
        Resolver {
            dict,
            sentences,
            phrases,
            quote_close,
            quote_opened,
            speakers: Vec::with_capacity(sentences.len()),
            subjects: Vec::with_capacity(sentences.len()),
            subject: None,
            closing_speaker: None,
            text,
            published,
            entities: Vec::new(),
            found: FoundActors::with_room(sentences.len(), phrases),
            article_countries,
            article_places,
            sentence_countries: Vec::new(),
            coordinated_subject: None,
            country_actors: RefCell::default(),
        }
    }

    /// The country a phrase names by itself, without help from the context.
    fn named_country(
        dict: &'a ActorDictionary,
        phrase: &Phrase,
        published: Option<NaiveDate>,
    ) -> Option<&'a str> {
        let country = if let Some(p) = phrase.person {
            dict.country_of_code(&dict.person_code(&dict.people[p as usize], published))
        } else if let Some(o) = phrase.organisation {
            dict.country_of_code(&dict.organisations[o as usize].code)
        } else {
            dict.country_of_code(dict.country_code_on(phrase.country?, published))
        };
        Some(country).filter(|c| !c.is_empty())
    }

    pub fn finish(mut self) -> FoundActors {
        self.found.setting = most_named(&self.article_places)
            .or_else(|| most_named(&self.article_countries))
            .map(str::to_string);
        self.found
    }

    /// Resolves one sentence's phrases, in order.
    pub fn sentence(&mut self, sentence: &Sentence, phrases: &[Phrase]) {
        let (dict, published) = (self.dict, self.published);
        self.sentence_countries.clear();
        self.sentence_countries
            .extend(phrases.iter().filter_map(|p| {
                let bare = p.role.is_none()
                    && p.person.is_none()
                    && p.organisation.is_none()
                    && p.name.is_none();
                Self::named_country(dict, p, published).map(|c| (p.first, c, bare))
            }));
        let speaker = self.find_speaker(sentence, phrases);
        self.speakers.push(speaker);
        self.closing_speaker = self
            .quote_close
            .get(sentence.index)
            .copied()
            .flatten()
            .and_then(|j| self.find_speaker(&self.sentences[j], &self.phrases[j]));
        // at most one chunk per phrase
        let mut chunks: Vec<Chunk> = Vec::with_capacity(phrases.len());
        self.subject = None;
        for (k, phrase) in phrases.iter().enumerate() {
            if self.subject.is_none() {
                self.subject = Self::subject_of(&chunks);
            }
            // "they" and "them" (not "their counterparts", which are other people)
            let plural = matches!(
                sentence.tokens[phrase.first].lower.as_ref(),
                "they" | "them" | "themselves"
            );
            let coordinated = phrase
                .pronoun
                .filter(|c| c.has(WordClass::PRON_GROUP) && plural && phrase.anaphor_noun.is_none())
                .and_then(|_| {
                    Self::coordination(&sentence.tokens, &chunks, &self.found.mentions)
                        .or_else(|| self.coordinated_subject.clone())
                });
            let resolved = match coordinated {
                Some(actors) => Some(Resolved {
                    actors,
                    kind: MentionKind::Coreference,
                    antecedent: None,
                    depth: 1,
                    told: None,
                }),
                None => self.resolve(sentence.index, phrase),
            };
            let Some(mut resolved) = resolved else {
                continue;
            };
            if let Some(role) = self.counterpart_role(&sentence.tokens, phrase, &chunks) {
                for actor in &mut resolved.actors {
                    *actor = self.country_actor(&actor.country.clone(), &role);
                }
            }
            let tokens = &sentence.tokens;
            let text_end = if phrase.possessive && phrase.end > phrase.first + 1 {
                phrase.end - 1
            } else {
                phrase.end
            };
            let (start, end) = (tokens[phrase.first].start, tokens[text_end - 1].end);
            let surface = &self.text[start..end];
            let first_mention = self.found.mentions.len();
            let antecedent_mention = resolved
                .told
                .or_else(|| resolved.antecedent.map(|e| self.entities[e].last_mention));
            // one shared text for all the actors of the phrase ("the two sides")
            let text = SharedStr::from(surface);
            for mut actor in resolved.actors {
                actor.text = text.clone();
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
                _ if phrase.pronoun.is_none() && !phrase.pair && phrase.event_noun.is_none() => {
                    let locates = locates_a_place(&sentence.tokens, phrase);
                    Some(self.remember(first_mention, phrase, locates))
                }
                _ => None,
            };
            if let Some(e) = entity {
                let ent = &mut self.entities[e];
                ent.last_sentence = sentence.index;
                ent.last_mention = first_mention;
                ent.count += 1;
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
                event: phrase.event_noun.is_some(),
                place: (phrase.country_noun || phrase.place_only)
                    && phrase.role.is_none()
                    && phrase.person.is_none()
                    && phrase.organisation.is_none()
                    && phrase.name.is_none(),
            });
        }
        // "Israel and the US have said…": a subject of two actors, for "they" in the next
        // sentence
        self.coordinated_subject = chunks.first().filter(|c| c.first <= 3).and_then(|_| {
            Self::coordination(
                &sentence.tokens,
                &chunks[..chunks.len().min(2)],
                &self.found.mentions,
            )
        });
        self.subjects.push(Self::subject_of(&chunks));
        self.found.chunks.push(chunks);
    }

    /// "met her Chinese counterpart", "talks with his Afghan counterpart": a counterpart
    /// holds the office of the one whose counterpart it is, in its own country. The role of
    /// the possessive pronoun's actor, for a counterpart phrase of a country alone.
    fn counterpart_role(
        &self,
        tokens: &[Token],
        phrase: &Phrase,
        chunks: &[Chunk],
    ) -> Option<String> {
        // the demonym is the phrase; "counterpart" is no role word and follows it
        let counterpart = tokens
            .get(phrase.end)
            .is_some_and(|t| matches!(t.lower.as_ref(), "counterpart" | "counterparts"));
        if !counterpart
            || phrase.role.is_some()
            || phrase.organisation.is_some()
            || phrase.person.is_some()
            || phrase.country.is_none()
        {
            return None;
        }
        let owner = chunks.last().filter(|c| {
            c.end == phrase.first
                && matches!(
                    tokens[c.first].lower.as_ref(),
                    "his" | "her" | "their" | "its"
                )
        })?;
        let actor = &self.found.mentions.get(owner.mentions.start)?.actor;
        (!actor.actor_type.is_empty() && !actor.country.is_empty())
            .then(|| actor.actor_type.to_string())
    }

    /// The mention of a sentence's likely subject: its first actor, when it comes early and
    /// alone.
    fn subject_of(chunks: &[Chunk]) -> Option<usize> {
        chunks
            .first()
            .filter(|c| c.first <= 3 && c.mentions.len() == 1)
            .map(|c| c.mentions.start)
    }

    /// The last two chunks so far, when they are coordinated ("the United States and Israel",
    /// "Israel and the US"): the actors a following "they" stands for. The chunks' actors are
    /// among `mentions`.
    fn coordination(
        tokens: &[crate::text::Token],
        chunks: &[Chunk],
        mentions: &[Mention],
    ) -> Option<Vec<Actor>> {
        let [.., a, b] = chunks else {
            return None;
        };
        let joined = a.end < b.first
            && tokens[a.end].lower == "and"
            && tokens[a.end + 1..b.first]
                .iter()
                .all(|t| t.class.has(WordClass::DET));
        let single = |c: &Chunk| c.mentions.len() == 1 && !c.possessive;
        let actor = |c: &Chunk| &mentions[c.mentions.start].actor;
        (joined && single(a) && single(b) && actor(a).code != actor(b).code)
            .then(|| vec![actor(a).clone(), actor(b).clone()])
    }

    /// Adds a named actor to the entities, or refreshes the entity it already is.
    /// The actor is that of mention `mention`.
    /// `locates`: the phrase only says where a place is ("at Sharm el-Sheikh, Egypt").
    fn remember(&mut self, mention: usize, phrase: &Phrase, locates: bool) -> usize {
        let actor = &self.found.mentions[mention].actor;
        // "Syrian rebels", "the ministers": a title in the plural is a group, for "they"
        let plural_title = phrase.titles.last().is_some_and(|t| {
            let last = t.rsplit(' ').next().unwrap_or(t);
            last.ends_with('s') && !last.ends_with("ss")
        });
        let person = phrase.person.is_some()
            || phrase.name.is_some()
            || (phrase.person_title && !plural_title);
        let same = self
            .entities
            .iter()
            .rposition(|e| e.actor.code == actor.code && e.actor.name == actor.name);
        let gender = phrase
            .person
            .and_then(|p| self.dict.people[p as usize].gender);
        match same {
            Some(e) => {
                let ent = &mut self.entities[e];
                for title in &phrase.titles {
                    if !ent.titles.contains(title) {
                        ent.titles.push(title.clone());
                    }
                }
                ent.gender = ent.gender.or(gender);
                ent.place &= phrase.place_only || locates;
                // "Canberra", then "Australia's prime minister": the same code, now a person too
                ent.person |= person;
                e
            }
            None => {
                let mut name_words = phrase.name_words.clone();
                if let Some(p) = phrase.person {
                    name_words.extend(
                        self.dict.people[p as usize]
                            .name
                            .split([' ', '-'])
                            .map(str::to_lowercase),
                    );
                }
                self.entities.push(Entity {
                    actor: actor.clone(),
                    name_words,
                    titles: phrase.titles.clone(),
                    gender,
                    person,
                    last_sentence: 0,
                    last_mention: 0,
                    first_in: None,
                    place: (phrase.place_only || locates)
                        && phrase.role.is_none()
                        && phrase.person.is_none()
                        && phrase.organisation.is_none()
                        && phrase.name.is_none(),
                    count: 0,
                });
                self.entities.len() - 1
            }
        }
    }

    fn actor(&self, code: &str, name: &str) -> Actor {
        Actor {
            text: SharedStr::new(),
            name: name.into(),
            country: self.dict.country_of_code(code).into(),
            actor_type: self.dict.role_of_code(code).into(),
            code: code.into(),
            span: (0, 0),
        }
    }

    /// A phrase's role as a code ("" for none).
    fn role_code(role: &Option<[u8; 3]>) -> &str {
        role.as_ref()
            .and_then(|r| std::str::from_utf8(r).ok())
            .unwrap_or("")
    }

    fn resolve(&self, sentence: usize, phrase: &Phrase) -> Option<Resolved> {
        let named = |actors: Vec<Actor>, kind| {
            Some(Resolved {
                actors,
                kind,
                antecedent: None,
                depth: 0,
                told: None,
            })
        };
        let back = |e: usize, actor: Actor| Some(Resolved::back_to(e, actor));
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
            return self.pair(sentence, phrase.anaphor_noun.as_deref());
        }
        if let Some(family) = phrase.event_noun {
            return self.event_actor(sentence, family);
        }
        if phrase.plural_title {
            if let Some(group) = self.people_just_named(sentence) {
                return Some(group);
            }
        }
        if let Some(class) = phrase.pronoun {
            return self.pronoun(sentence, class, phrase.anaphor_noun.as_deref());
        }
        if let Some(half) = phrase
            .anaphor_noun
            .as_deref()
            .filter(|n| matches!(*n, "north" | "south"))
        {
            // "the North": the state named "North …" before in the article (its government)
            let prefix = if half == "north" { "North " } else { "South " };
            let e = self.entities.iter().rposition(|e| {
                self.dict
                    .country_name(&e.actor.country)
                    .is_some_and(|name| name.starts_with(prefix))
            })?;
            let country = self.entities[e].actor.country.clone();
            return back(e, self.country_actor(&country, "GOV"));
        }
        if phrase
            .anaphor_noun
            .as_deref()
            .is_some_and(|n| matches!(n, "area" | "zone"))
        {
            // "sent troops to the area": the place or country named last within reach
            // (not one this sentence names: "Uganda sent troops to the area")
            let e = self.recent(sentence, |e| {
                !e.actor.country.is_empty()
                    && (e.place || e.actor.actor_type.is_empty())
                    && !self
                        .sentence_countries
                        .iter()
                        .any(|(_, c, _)| *c == e.actor.country)
            })?;
            let actor = self.country_actor(&self.entities[e].actor.country, "");
            return back(e, actor);
        }
        if let (Some(noun), false) = (&phrase.anaphor_noun, phrase.is_named()) {
            // the country the article is about when it was named within reach (a foreign
            // official named since does not make "the country" his: "…the expulsion of U.S.
            // naval attache John Correa. … secrets from the country's military"), else the
            // country named last
            let main = most_named(&self.article_countries);
            let e = self
                .recent(sentence, |e| Some(e.actor.country.as_str()) == main)
                .or_else(|| self.recent(sentence, |e| !e.actor.country.is_empty()))?;
            let country = self.entities[e].actor.country.clone();
            let role = if noun == "capital" { "GOV" } else { "" };
            return back(e, self.country_actor(&country, role));
        }
        if let Some(p) = phrase.person {
            let person = &self.dict.people[p as usize];
            let mut code = self.dict.person_code(person, self.published).into_owned();
            if phrase.former && self.dict.country_of_code(&code).len() == 3 {
                code = format!("{}ELI", &code[..3]);
            }
            return named(vec![self.actor(&code, &person.name)], kind);
        }
        if let Some(o) = phrase.organisation {
            let org = &self.dict.organisations[o as usize];
            let name = phrase.name.as_deref().unwrap_or(&org.name);
            let role = Self::role_code(&phrase.role);
            let mut code = org.code.clone();
            let explicit_country = phrase
                .country
                .filter(|_| !phrase.place_only)
                .map(|c| self.dict.countries[c as usize].code.as_str());
            if phrase.former && phrase.person_title && !org.country.is_empty() {
                // "a former CIA official": a former official of the organisation's country
                code = format!("{}ELI", org.country);
            } else if let Some(country) = explicit_country.filter(|c| {
                *c != org.country
                    && !org.country.is_empty()
                    && matches!(
                        org.role.as_str(),
                        "GOV" | "MIL" | "COP" | "SPY" | "LEG" | "JUD" | "PTY"
                    )
            }) {
                // a state body or party named for another country's ("Chile's Defense
                // Department", "Irish Sinn Fein", "the Australian Democratic Party"): the
                // country written before it is the one it belongs to
                code = format!("{country}{}", org.role);
            } else if org.code.starts_with("IGO")
                && org.role.is_empty()
                && !role.is_empty()
                && !matches!(role, "GOV" | "IGO")
                && phrase.role_after_organisation
            {
                // "EU legislators", "NATO troops": the organisation's body of that role, coded
                // as the dictionaries code its named sub-bodies (IGOEUREECLEG, IGOUNOPKO); its
                // officials and spokesmen (GOV) and its member states (IGO) are the
                // organisation itself
                code = format!("{}{role}", org.code);
            }
            return named(vec![self.actor(&code, name)], kind);
        }
        if let Some(c) = phrase.country {
            let mut country = self.dict.country_code_on(c, self.published).to_string();
            // an ethnic community where it lives is that country's people (CVL), not its state
            let mut community = false;
            if !phrase.country_noun && !phrase.seat {
                if let Some(home) = self.ethnic_residence(sentence, phrase, &country) {
                    country = home.to_string();
                    community = true;
                }
            }
            let role = if phrase.former && (phrase.person_title || phrase.name.is_some()) {
                "ELI"
            } else if phrase.role.is_some() {
                Self::role_code(&phrase.role)
            } else if phrase.seat {
                "GOV"
            } else if community {
                "CVL"
            } else {
                ""
            };
            let mut actor = self.country_actor(&country, role);
            if phrase.place_only && phrase.role.is_none() && phrase.name.is_none() {
                actor.actor_type = SharedStr::new();
            }
            if let Some(name) = &phrase.name {
                actor.name = name.into();
            }
            return named(vec![actor], kind);
        }
        if phrase.name.is_some() {
            // a surname or a title with a surname: the earlier actor it names; a title with a
            // name named nowhere before ("Judge Alejandro Rivera opened investigations") is that
            // office in the country in context, as the title alone would be
            let earlier = self.entities.iter().rposition(|e| {
                e.person
                    && phrase
                        .name_words
                        .iter()
                        .any(|w| e.name_words.first() == Some(w) || e.name_words.last() == Some(w))
            });
            match earlier {
                Some(e) => return back(e, self.entities[e].actor.clone()),
                None if phrase.role.is_some() && phrase.person_title => {}
                None => return None,
            }
        }
        let mut role = Self::role_code(&phrase.role);
        if phrase.former && phrase.person_title {
            // "a former minister", "a disgraced former official": a former official (ELI) of
            // the country in context, not the office holder named before
            role = "ELI";
        } else if phrase.role.is_some() && phrase.person_title {
            // "the premier", "the foreign minister": the latest actor with that title
            let title = phrase.titles.last()?;
            if let Some(e) = self.recent(sentence, |e| {
                e.titles
                    .iter()
                    .any(|t| t == title || t.ends_with(title.as_str()))
            }) {
                return back(e, self.entities[e].actor.clone());
            }
        }
        if phrase.definite
            && !phrase.person_title
            && !phrase.former
            && phrase.role.is_some()
            && phrase.country.is_none()
        {
            // "the delegation", "the army", "the rebels": the body of that kind named last
            let title = phrase.titles.last()?;
            // (a body, or people named by a plural title: "AU peacekeepers"; not a person
            // known by name)
            if let Some(e) = self.recent(sentence, |e| {
                e.name_words.is_empty() && e.titles.iter().any(|t| same_title(t, title))
            }) {
                return back(e, self.entities[e].actor.clone());
            }
            // else "the peacekeepers" after "AU peacekeeping forces", "the military" after
            // "Israeli troops": the armed or official body of that role named last
            let role = Self::role_code(&phrase.role);
            if matches!(
                role,
                "MIL"
                    | "COP"
                    | "REB"
                    | "INS"
                    | "SEP"
                    | "UAF"
                    | "PKO"
                    | "SPY"
                    | "LEG"
                    | "JUD"
                    | "CRM"
            ) {
                if let Some(e) = self.recent(sentence, |e| {
                    e.name_words.is_empty() && e.actor.actor_type == role
                }) {
                    return back(e, self.entities[e].actor.clone());
                }
            }
        }
        if matches!(role, "PKO" | "IGO") && phrase.country.is_none() {
            // "the peacekeepers", "the member states": an international force or membership is
            // never the country in context but the organisation the article has named
            if let Some(found) = self.organisation_behind(role) {
                return Some(found);
            }
        }
        if phrase.role.is_some() {
            // "the police", "troops", "the government": the country in context; with none,
            // the role alone ("gunmen": UAF), which events leave aside
            let Some(country) = self.context_country(sentence, phrase) else {
                let name = phrase.titles.last().cloned().unwrap_or_default();
                return named(
                    vec![Actor {
                        text: SharedStr::new(),
                        name,
                        code: role.into(),
                        country: SharedStr::new(),
                        actor_type: role.into(),
                        span: (0, 0),
                    }],
                    MentionKind::Dictionary,
                );
            };
            let mut actor = self.country_actor(country, role);
            actor.name = match &phrase.name {
                Some(name) => name.into(),
                None => self.dict.country_name(country).unwrap_or_default().into(),
            };
            return Some(Resolved {
                actors: vec![actor],
                kind: MentionKind::Coreference,
                antecedent: None,
                depth: 1,
                told: None,
            });
        }
        None
    }

    /// The actor of the event an event noun stands for ("Ethiopia rejected the decision"): in
    /// the latest sentence before that tells an event of its family and names a party to it (a
    /// definite noun names something the article told, however far back in a story), that
    /// party. For the
    /// story's own event ("the incident"), the lead's; for "the move", the sentence just
    /// before's.
    fn event_actor(&self, sentence: usize, family: usize) -> Option<Resolved> {
        use super::event_nouns::{EventNouns, Told};
        let nouns = EventNouns::bundled();
        // only sentences already resolved (a speaker is looked up ahead, where a quotation
        // closes)
        let before = sentence.min(self.found.chunks.len());
        let names_actor = |s: usize| {
            self.found.chunks[s]
                .iter()
                .any(|c| !c.place && !c.mentions.is_empty())
        };
        // a news story's length: far enough for "the cease-fire" of the lead, and a bound on
        // the search back in a book-length text
        const TOLD_WITHIN: usize = 40;
        let mention = match nouns.told(family) {
            Told::By(words) => (before.saturating_sub(TOLD_WITHIN)..before)
                .rev()
                .find_map(|s| {
                    let word = EventNouns::telling_word(words, &self.sentences[s].tokens)?;
                    self.event_party(sentence, family, s, Some(word))
                })?,
            Told::Lead => {
                let lead = (0..before.min(TOLD_WITHIN)).find(|&s| names_actor(s))?;
                self.event_party(sentence, family, lead, None)?
            }
            Told::JustBefore => {
                let just_before = (sentence.saturating_sub(2)..before)
                    .rev()
                    .find(|&s| names_actor(s))?;
                self.event_party(sentence, family, just_before, None)?
            }
        };
        Some(Resolved {
            actors: vec![self.found.mentions[mention].actor.clone()],
            kind: MentionKind::Coreference,
            antecedent: None,
            depth: 2,
            told: Some(mention),
        })
    }

    /// The party, as a mention, of the event told in sentence `told` (at its word `word`):
    /// the actor the word names itself ("protesters"), else its agent, the nearest actor
    /// before the word ("a United States air strike on a
    /// Pakistani village"), else after it ("a visit by Musharraf"; first after it in the
    /// passive and for a pair, "was attacked by", "a ceasefire between Israel and Hamas"),
    /// the family's preferred kind first. Places where it happened ("in Belgrade") and the
    /// countries the current sentence names itself are passed over, unless only they took
    /// part: then another body than the ones named here ("Bachelet condemned the protests":
    /// the protesters).
    fn event_party(
        &self,
        sentence: usize,
        family: usize,
        told: usize,
        word: Option<usize>,
    ) -> Option<usize> {
        let nouns = super::event_nouns::EventNouns::bundled();
        let tokens = &self.sentences[told].tokens;
        let chunks = &self.found.chunks[told];
        let located = |c: &Chunk| {
            c.place
                && c.first > 0
                && matches!(
                    tokens[c.first - 1].lower.as_ref(),
                    "in" | "at" | "near" | "across" | "throughout"
                )
        };
        let order: Vec<&Chunk> = match word {
            Some(k) => {
                let agent_after = tokens
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.lower.as_ref(), "by" | "between" | "with"));
                // the word may name the party itself ("some protesters handed out flyers")
                let (itself, others): (Vec<&Chunk>, Vec<&Chunk>) =
                    chunks.iter().partition(|c| c.first <= k && k < c.end);
                let (mut before_word, after_word): (Vec<&Chunk>, Vec<&Chunk>) =
                    others.into_iter().partition(|c| c.end <= k);
                before_word.reverse();
                let rest: Vec<&Chunk> = if agent_after {
                    after_word.into_iter().chain(before_word).collect()
                } else {
                    before_word.into_iter().chain(after_word).collect()
                };
                itself.into_iter().chain(rest).collect()
            }
            None => chunks.iter().collect(),
        };
        let named_here = |country: &str| {
            self.sentence_countries
                .iter()
                .any(|(_, c, _)| *c == country)
        };
        let coded_here: Vec<&str> = self
            .found
            .mentions
            .iter()
            .rev()
            .take_while(|m| m.sentence_index == sentence)
            .map(|m| m.actor.code.as_str())
            .collect();
        let parties: Vec<usize> = order
            .into_iter()
            .filter(|c| !located(c))
            .flat_map(|c| c.mentions.clone())
            .filter(|&m| {
                let actor = &self.found.mentions[m].actor;
                actor.code.starts_with("IGO") || !actor.country.is_empty()
            })
            .collect();
        let other_country: Vec<usize> = parties
            .iter()
            .copied()
            .filter(|&m| !named_here(&self.found.mentions[m].actor.country))
            .collect();
        let candidates: Vec<usize> = if other_country.is_empty() {
            parties
                .into_iter()
                .filter(|&m| {
                    let actor = &self.found.mentions[m].actor;
                    !actor.actor_type.is_empty() && !coded_here.contains(&actor.code.as_str())
                })
                .collect()
        } else {
            other_country
        };
        candidates
            .iter()
            .copied()
            .find(|&m| {
                let actor = &self.found.mentions[m].actor;
                nouns.preferred(family, &actor.code, &actor.actor_type)
            })
            .or_else(|| candidates.first().copied())
    }

    /// The international organisation behind peacekeepers or member states with no country:
    /// the peacekeeping force the article named last ("UN peacekeepers … the peacekeepers'
    /// movements"), else the organisation it named last ("The AU plans to send troops … the
    /// peacekeeping forces"), anywhere before in the article. Its peacekeepers are coded as
    /// the dictionaries code named forces (IGOUNOPKO).
    fn organisation_behind(&self, role: &str) -> Option<Resolved> {
        let international = |e: &Entity| e.actor.code.starts_with("IGO");
        let e = if role == "PKO" {
            self.entities
                .iter()
                .rposition(|e| international(e) && e.actor.code.ends_with("PKO"))
                .or_else(|| self.entities.iter().rposition(international))?
        } else {
            self.entities.iter().rposition(international)?
        };
        let mut actor = self.entities[e].actor.clone();
        if role == "PKO" && !actor.code.ends_with("PKO") {
            actor.code = [&actor.code, "PKO"].concat().into();
            actor.actor_type = "PKO".into();
        }
        Some(Resolved::back_to(e, actor))
    }

    /// The actor of a country in a role (`role` empty for the country as a whole).
    fn country_actor(&self, country: &str, role: &str) -> Actor {
        let mut made = self.country_actors.borrow_mut();
        if let Some(actor) = made
            .iter()
            // the role first: roles differ in length more often than countries do
            .find(|a| a.actor_type == role && a.country == country)
        {
            return actor.clone();
        }
        let actor = self.new_country_actor(country, role);
        made.push(actor.clone());
        actor
    }

    fn new_country_actor(&self, country: &str, role: &str) -> Actor {
        let name = self.dict.country_name(country).unwrap_or(country).into();
        Actor {
            text: SharedStr::new(),
            name,
            // concatenated rather than formatted: this runs for most mentions
            code: [country, role].concat().into(),
            country: country.into(),
            actor_type: role.into(),
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

    /// For each sentence that ends inside a double quotation, the sentence (at most three on)
    /// where the quotation closes.
    /// And for each sentence with a quotation in it, the sentence where that quotation opened.
    fn quotations(sentences: &[Sentence]) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
        // each sentence's quotes, counted once
        let quotes: Vec<usize> = sentences
            .iter()
            .map(|s| s.tokens.iter().filter(|t| t.text == "\"").count())
            .collect();
        let mut open = false;
        let mut closes = vec![None; sentences.len()];
        let mut opened = vec![None; sentences.len()];
        for (k, &n) in quotes.iter().enumerate() {
            opened[k] = if open {
                opened[k - 1]
            } else {
                (n > 0).then_some(k)
            };
            open ^= n % 2 == 1;
            if !open {
                continue;
            }
            // the first later sentence with an odd number of quotes closes it
            closes[k] = quotes[k + 1..]
                .iter()
                .take(3)
                .position(|n| n % 2 == 1)
                .map(|d| k + 1 + d);
            if closes[k].is_none() {
                open = false; // a stray quote: do not carry it further
            }
        }
        (closes, opened)
    }

    /// The actor of a reporting verb in the sentence: "X said", "said X", "according to X".
    fn find_speaker(&self, sentence: &Sentence, phrases: &[Phrase]) -> Option<Resolved> {
        let tokens = &sentence.tokens;
        let reporting = |t: &crate::text::Token| is_reporting(&t.lower);
        // a speaker "we" can stand for has a country: "a spokeswoman" alone does not
        let placed = |r: &Resolved| r.actors.iter().any(|a| !a.country.is_empty());
        // "he said", "she told": a third person; "we" and "they" are no speaker of their own
        let speaking = |p: &&Phrase| {
            !p.possessive
                && p.pronoun.is_none_or(|c| {
                    (c.has(WordClass::PRON_M) || c.has(WordClass::PRON_F))
                        && p.anaphor_noun.is_none()
                })
        };
        // "…, saying:" and "…, stating that": the participle's speaker is the sentence's subject
        let participle = |t: &crate::text::Token| is_reporting_participle(&t.lower);
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
            // "X said", "X, Prime Minister of New Zealand, said"
            let before = phrases.iter().rev().find(|p| {
                (p.end == verb_group || (p.end + 1 == verb_group && tokens[p.end].text == ","))
                    && speaking(p)
            });
            // "said Wu", "said a spokesman for…", "according to the ministry"
            let mut next = k + 1 + usize::from(token.lower == "according");
            while tokens
                .get(next)
                .is_some_and(|t| t.class.has(WordClass::DET) && !t.class.is_pronoun())
            {
                next += 1;
            }
            let after = phrases
                .iter()
                .find(|p| (p.first == k + 1 || p.first == next) && speaking(p));
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
            // "we" in a quotation: its speaker, named in this sentence, where the quotation
            // closes, or in the sentence before
            // (only for a quotation that opens its sentence: one that opens after words of
            // its own sentence is led in by them)
            let before_quote = self.quote_opened[sentence]
                .filter(|&o| {
                    o > 0
                        && o + REACH >= sentence
                        && self.sentences[o]
                            .tokens
                            .first()
                            .is_some_and(|t| t.text == "\"")
                })
                .map(|o| o - 1);
            // a quotation that opens inside this sentence ("McGee spoke on CNN: "Police…"")
            // is its subject's
            let opens_here = self.quote_opened[sentence] == Some(sentence)
                && self.sentences[sentence]
                    .tokens
                    .first()
                    .is_some_and(|t| t.text != "\"");
            let subject = self.subject.filter(|_| opens_here).map(|m| Resolved {
                actors: vec![self.found.mentions[m].actor.clone()],
                kind: MentionKind::Coreference,
                antecedent: None,
                depth: 1,
                told: None,
            });
            let previous_speaker = sentence
                .checked_sub(1)
                .and_then(|p| self.speakers[p].as_ref());
            let speaker = self.speakers[sentence]
                .as_ref()
                .or(self.closing_speaker.as_ref())
                .or(subject.as_ref())
                .or(previous_speaker);
            // a quotation nobody is said to say: the speaker, else the subject, of the
            // sentence that leads into it ("Rice has given an explanation… "…we decided…"")
            let lead_in;
            let speaker = match speaker {
                Some(s) => s,
                None => {
                    let o = before_quote?;
                    lead_in = match &self.speakers[o] {
                        Some(s) => s.clone(),
                        None => Resolved {
                            actors: vec![self.found.mentions[self.subjects[o]?].actor.clone()],
                            kind: MentionKind::Coreference,
                            antecedent: None,
                            depth: 1,
                            told: None,
                        },
                    };
                    &lead_in
                }
            };
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
                told: None,
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
            // "they", "their", "its": a body, the subject of this or the last sentence first
            // ("The Government of Sudan had denied UN deployment. But… they have expressed…"),
            // then the latest
            self.entities
                .iter()
                .enumerate()
                .filter(|(_, e)| !e.person && e.last_sentence + REACH >= sentence)
                .max_by_key(|(_, e)| {
                    let subject = e.first_in.is_some_and(|s| s + 1 >= sentence);
                    (subject, e.last_mention)
                })
                .map(|(i, _)| i)?
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
        Some(Resolved::back_to(e, actor))
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
            told: None,
        })
    }

    /// "the two sides", "both countries": the two actors of different countries (or
    /// organisations) named last, in this sentence or the one before; when those name fewer
    /// than two, the two the article has named most within the last few sentences (the
    /// parties to the story: "…signed a ceasefire with the LRA. … It was the latest round of
    /// talks held in Juba. In August 2006, the two sides agreed…"). Places are no side;
    /// "countries", "nations", "states", "governments" and "neighbours" are states only.
    fn pair(&self, sentence: usize, noun: Option<&str>) -> Option<Resolved> {
        let states = matches!(
            noun,
            Some("countries" | "nations" | "states" | "governments" | "neighbours" | "neighbors")
        );
        let key = |e: &Entity| {
            if e.actor.country.is_empty() {
                e.actor.code.clone()
            } else {
                e.actor.country.clone()
            }
        };
        let candidates = |reach: usize| {
            let mut order: Vec<&Entity> = self
                .entities
                .iter()
                .filter(|e| {
                    e.last_sentence + reach >= sentence
                        && !e.place
                        && (!states || !e.actor.country.is_empty())
                })
                .collect();
            order.sort_by_key(|e| std::cmp::Reverse(e.last_mention));
            order
        };
        // one country's two sides: its government and its rebels
        let other_side = |e: &Entity, first: &Entity| {
            !states
                && e.actor.code != first.actor.code
                && !e.actor.actor_type.is_empty()
                && !first.actor.actor_type.is_empty()
                && e.actor.actor_type != first.actor.actor_type
        };
        // the latest: another country first, else another side of the same country; the
        // most central: whichever of the two comes first
        let two = |order: &[&Entity], central: bool| -> Option<(Entity, Entity)> {
            let first = order.first()?;
            let second = if central {
                order
                    .iter()
                    .find(|e| key(e) != key(first) || other_side(e, first))
            } else {
                order
                    .iter()
                    .find(|e| key(e) != key(first))
                    .or_else(|| order.iter().find(|e| other_side(e, first)))
            }?;
            Some(((*second).clone(), (*first).clone()))
        };
        let near = candidates(1);
        let (a, b) = match two(&near, false) {
            Some(pair) => pair,
            None => {
                // how central: the mentions of every entity with the same code ("the Lord's
                // Resistance Army", "rebels", "the rebels" are one party)
                let weight = |e: &Entity| -> usize {
                    self.entities
                        .iter()
                        .filter(|o| o.actor.code == e.actor.code)
                        .map(|o| o.count)
                        .sum()
                };
                let mut central = candidates(REACH * 2);
                central.sort_by_key(|e| std::cmp::Reverse((weight(e), e.last_mention)));
                two(&central, true)?
            }
        };
        Some(Resolved {
            actors: vec![a.actor, b.actor],
            kind: MentionKind::Coreference,
            antecedent: None,
            depth: 1,
            told: None,
        })
    }

    /// "ethnic Albanians … in Serbia", "ethnic Serbs living in Kosovo", "the Albanians of
    /// southern Serbia": "ethnic", or a plural demonym that "of" ties to a place, makes the
    /// demonym a people's descent, not its state, and such a people belongs to the country
    /// the sentence places it in (a country or region after "in" or that "of", other than the
    /// demonym's).
    fn ethnic_residence(&self, sentence: usize, phrase: &Phrase, descent: &str) -> Option<&str> {
        let tokens = &self.sentences[sentence].tokens;
        let ethnic = (phrase.first.saturating_sub(1)..phrase.end.min(phrase.first + 2))
            .any(|i| tokens.get(i).is_some_and(|t| t.lower == "ethnic"));
        let people_of = phrase.end > 0
            && tokens[phrase.end - 1].shape == crate::text::Shape::Capitalised
            && tokens[phrase.end - 1].lower.ends_with('s')
            && tokens.get(phrase.end).is_some_and(|t| t.lower == "of");
        if !ethnic && !people_of {
            return None;
        }
        self.sentence_countries
            .iter()
            .filter(|(first, country, bare)| *bare && *first >= phrase.end && *country != descent)
            .find(|(first, _, _)| {
                // "in Serbia", "in southeastern Serbia", "in the north of Kosovo"; "of
                // southern Serbia"
                let placed_in = (first.saturating_sub(4)..*first).any(|i| tokens[i].lower == "in")
                    && tokens[*first - 1].lower != ",";
                placed_in || (people_of && *first <= phrase.end + 3)
            })
            .map(|&(_, country, _)| country)
    }

    /// The country the text is talking about, for a body named without one ("the police",
    /// "the government", "civilians"):
    /// - "the government" is that of a country named alone earlier in the sentence ("Ethiopia
    ///   said the government…"), else the country the article names most: the previous
    ///   sentence's country is often a foreign one ("Norwegian mediators… the government's
    ///   decision");
    /// - people in a private capacity (civilians, residents, students, doctors…), the police,
    ///   the courts and the opposition belong to a country named alone in the sentence, not
    ///   to the country
    ///   of another actor there ("a UPDF convoy… killed 13 civilians" in Somalia; "Ambassador
    ///   McGee said: "Police put up a roadblock…""), else to the country where the story
    ///   happens (the one the article names most by itself);
    /// - officials and other government titles take any country named in the sentence;
    /// - other bodies ("troops", "police") take any country named in the sentence, else in
    ///   the previous one;
    /// - failing these, the country the article names most.
    fn context_country(&self, sentence: usize, phrase: &Phrase) -> Option<&str> {
        let role: &[u8] = phrase.role.as_ref().map_or(&[], |r| r.as_slice());
        // "rebels from Sudan", "refugees from the Congo": where they come from, whatever the
        // sentence names before ("an attack on N'Djamena by rebels from Sudan"); "the rebels in
        // Darfur", "militants in Gaza": where they are (a country or region named at once), not
        // a country the sentence names for someone else. Not a state's own forces or
        // officials, which "from" and "in" move or station rather than place ("withdraw troops
        // from Iraq", "diplomats from the embassy", "its troops in Iraq")
        let tokens = &self.sentences[sentence].tokens;
        let state = matches!(role, b"MIL" | b"GOV" | b"PKO" | b"IGO" | b"SPY");
        let private = matches!(
            role,
            b"CVL"
                | b"REF"
                | b"EDU"
                | b"HLH"
                | b"REL"
                | b"LAB"
                | b"AGR"
                | b"BUS"
                | b"MED"
                | b"COP"
                | b"JUD"
                | b"OPP"
        );
        // "residents of the Syrian Golan Heights", "the people of Gaza": people in a private
        // capacity belong to the place "of" names, not to a country named later for someone
        // else ("… unless Israel rescinded its annexation")
        let preposition = tokens
            .get(phrase.end)
            .map(|t| t.lower.as_ref())
            .filter(|p| matches!(*p, "from" | "in") || (*p == "of" && private));
        if let (false, Some(preposition)) = (state, preposition) {
            let at = phrase.end
                + 1
                + usize::from(tokens.get(phrase.end + 1).is_some_and(|t| t.lower == "the"));
            // after "in", only a place, not a body ("defectors in the Syrian army")
            if let Some(&(_, country, _)) = self
                .sentence_countries
                .iter()
                .find(|(first, _, bare)| *first == at && (*bare || preposition != "in"))
            {
                return Some(country);
            }
        }
        let government = role == b"GOV" && !phrase.person_title;
        // people in a private capacity belong where the story happens
        let main = || {
            if private {
                most_named(&self.article_places).or_else(|| most_named(&self.article_countries))
            } else {
                most_named(&self.article_countries)
            }
        };
        if government {
            // "Israel and the US will back the new government": a government a country acts
            // on as a verb's object is not its own (but "Ethiopia said the government…" is)
            let mut before = phrase.first;
            while before > 0
                && matches!(
                    tokens[before - 1].lower.as_ref(),
                    "the" | "new" | "interim" | "transitional" | "incoming" | "elected"
                )
            {
                before -= 1;
            }
            let acted_on = before > 0 && {
                let verb = &tokens[before - 1];
                verb.shape == crate::text::Shape::Lower
                    && verb.class.is_content()
                    && !is_reporting(&verb.lower)
                    && !is_reporting_participle(&verb.lower)
            };
            if acted_on {
                return main();
            }
            return self
                .sentence_countries
                .iter()
                .find(|(first, _, bare)| *bare && *first < phrase.first)
                .map(|&(_, c, _)| c)
                .or_else(main);
        }
        let here = self
            .sentence_countries
            .iter()
            .find(|(_, _, bare)| *bare || !private)
            .map(|&(_, c, _)| c);
        if role == b"GOV" {
            // officials, ministers, spokesmen: this sentence's country, else the article's
            return here.or_else(main);
        }
        let before = || {
            self.found
                .mentions
                .iter()
                .rev()
                .take_while(|m| m.sentence_index + 1 >= sentence)
                .find(|m| !m.actor.country.is_empty())
                .map(|m| m.actor.country.as_str())
        };
        if private {
            return here.or_else(main);
        }
        here.or_else(before).or_else(main)
    }
}

/// The country named most often, of the counts; the first in alphabetical order of those
/// named as often.
/// Defines a test of whether a lowercase word is one of a list: a [`WordMask`] turns most
/// words away (the test asks every token of a sentence), and a `match`, which compares by
/// length first, decides the rest.
macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident: $($word:literal)|+) => {
        $(#[$doc])*
        #[inline]
        fn $name(lower: &str) -> bool {
            // the list itself out of line: the mask, in line where the test is asked, turns
            // most words away without a call
            #[inline(never)]
            fn listed(lower: &str) -> bool {
                matches!(lower, $($word)|+)
            }
            const MASK: WordMask = WordMask::of(&[$($word),+]);
            MASK.may_hold(lower.as_bytes()) && listed(lower)
        }
    };
}

word_list! {
    /// A verb that reports speech: "said", "told", "according" (to).
    is_reporting: "said" | "says" | "say" | "told" | "tells" | "added" | "adds" | "stated"
        | "states" | "declared" | "insisted" | "warned" | "announced" | "announces"
        | "explained" | "stressed" | "noted" | "argued" | "claimed" | "claims" | "asserted"
        | "commented" | "remarked" | "replied" | "continued" | "according"
}

word_list! {
    /// A participle that reports speech after a comma: "…, saying".
    is_reporting_participle: "saying" | "stating" | "adding" | "noting" | "insisting" | "warning"
}

fn most_named<'c>(counts: &HashMap<&'c str, usize>) -> Option<&'c str> {
    counts
        .iter()
        .max_by_key(|&(&country, &n)| (n, Reverse(country)))
        .map(|(&country, _)| country)
}

/// Whether a title written later names the same kind of body as one written before:
/// "delegation" and "government delegation", "rebels" and "rebel", "army" and "armies".
fn same_title(before: &str, later: &str) -> bool {
    let (b, l) = (Stem::of(before), Stem::of(later));
    b.len() == l.len() && b.bytes().eq(l.bytes())
        || b.len() > l.len()
            && b.bytes().rev().take(l.len()).eq(l.bytes().rev())
            && b.bytes().rev().nth(l.len()) == Some(b' ')
}

/// A title without its plural ending, as the part of the title kept and the ending put back
/// ("armies" → "arm" + "y", "rebels" → "rebel" + ""), compared without building it.
#[derive(Clone, Copy)]
struct Stem<'a> {
    kept: &'a str,
    ending: &'static str,
}

impl<'a> Stem<'a> {
    fn of(title: &'a str) -> Stem<'a> {
        match title.strip_suffix("ies") {
            Some(kept) => Stem { kept, ending: "y" },
            None => Stem {
                kept: title.strip_suffix('s').unwrap_or(title),
                ending: "",
            },
        }
    }

    fn len(self) -> usize {
        self.kept.len() + self.ending.len()
    }

    fn bytes(self) -> impl DoubleEndedIterator<Item = u8> + 'a {
        self.kept.bytes().chain(self.ending.bytes())
    }
}

/// A country's name set after a place's ("a summit held at Sharm el-Sheikh, Egypt", "in
/// Juba, Sudan"): it says where the place is, and names no side.
fn locates_a_place(tokens: &[crate::text::Token], phrase: &Phrase) -> bool {
    if !phrase.country_noun || phrase.first < 3 || tokens[phrase.first - 1].text != "," {
        return false;
    }
    // back over the place's name, then the preposition that introduced it
    let mut k = phrase.first - 2;
    let name_word = |t: &crate::text::Token| {
        t.shape == crate::text::Shape::Capitalised
            || t.text == "-"
            || matches!(t.lower.as_ref(), "el" | "al" | "de" | "la")
    };
    let mut named = 0;
    while k > 0 && named < 6 && name_word(&tokens[k]) {
        k -= 1;
        named += 1;
    }
    named > 0 && matches!(tokens[k].lower.as_ref(), "in" | "at" | "near" | "outside")
}

#[cfg(test)]
mod tests {
    use super::same_title;

    #[test]
    fn titles_match_by_stem_and_last_words() {
        assert!(same_title("rebels", "rebel"));
        assert!(same_title("army", "armies"));
        assert!(same_title("government delegation", "delegation"));
        assert!(same_title("rebel armies", "army"));
        assert!(!same_title("delegation", "government delegation"));
        assert!(!same_title("governmentdelegation", "delegation"));
        assert!(!same_title("police", "army"));
    }
}
