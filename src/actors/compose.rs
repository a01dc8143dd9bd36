//! Composition: dictionary matches, names and titles grouped into actor phrases
//! ("the North Korean Foreign Minister Choe Son-hui", "China's foreign minister",
//! "the foreign minister of China", "Wang Yi, China's foreign minister,").

use super::dictionary::{ActorDictionary, Entry};
use super::event_nouns::EventNouns;
use crate::text::lexicon::WordClass;
use crate::text::{Shape, Token};
use crate::SharedStr;

/// A phrase that names (or may name, once coreference has run) one actor.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Phrase {
    /// Token range `[first, end)`; `first` skips a leading determiner.
    pub first: usize,
    pub end: usize,
    /// Country code from a demonym, country name, seat of government or "of"-phrase.
    pub country: Option<u32>,
    /// The country came from a seat of government ("Beijing"): the government.
    pub seat: bool,
    /// Only a city or region gave the phrase its country.
    pub place_only: bool,
    /// The country is a noun in its own right ("China"), not an adjective.
    pub country_noun: bool,
    pub organisation: Option<u32>,
    /// A role word follows the organisation ("EU legislators", "NATO troops").
    pub role_after_organisation: bool,
    pub person: Option<u32>,
    /// A name no dictionary knows ("Choe Son-hui"), as written; shared, as the actor's name
    /// it becomes.
    pub name: Option<SharedStr>,
    /// The lowercase words of that name, for surname matching.
    pub name_words: Vec<String>,
    /// The role of the last role word ("foreign minister" → GOV).
    pub role: Option<[u8; 3]>,
    /// The role word stands for a person (a title), not a body.
    pub person_title: bool,
    /// The lowercase role words, for "the minister" coreference.
    pub titles: Vec<SharedStr>,
    pub former: bool,
    /// Opens with "the" ("the delegation", "the army"): may point back to a body named before.
    pub definite: bool,
    /// Ends in "'s" or "'".
    pub possessive: bool,
    /// A pronoun phrase: the pronoun's word classes; with `noun` for "her country".
    pub pronoun: Option<WordClass>,
    /// A plural reference to a pair: "the two sides", "both countries".
    pub pair: bool,
    /// A plural title after "the" ("the leaders", "the three ministers"): the people just named.
    pub plural_title: bool,
    /// The noun after a possessive pronoun or "the" that points back: "country", "capital".
    pub anaphor_noun: Option<String>,
    /// "the visit", "the decision": the family of an event noun (`event_nouns.txt`) that
    /// stands for the actor of an event told before.
    pub event_noun: Option<usize>,
}

impl Phrase {
    /// Whether the phrase already names an actor without help from the context.
    pub fn is_named(&self) -> bool {
        self.person.is_some() || self.organisation.is_some() || self.country.is_some()
    }
}

/// Dictionary match at each token: (end, entry), into `matches`.
fn dictionary_matches(
    dict: &ActorDictionary,
    tokens: &[Token],
    matches: &mut Vec<Option<(usize, Entry)>>,
) {
    matches.clear();
    matches.resize(tokens.len(), None);
    let mut i = 0;
    while i < tokens.len() {
        if let Some((end, entries)) = dict.trie.longest_at(tokens, i) {
            // a name is one name: a country beats its capital of the same spelling, a person
            // beats a title, an organisation beats a country adjective
            let best = entries.min_by_key(|e| match e {
                Entry::Person(_) => 0,
                Entry::Organisation(_) => 1,
                Entry::Country(_) => 2,
                Entry::Seat(_) => 3,
                Entry::Demonym(_) => 4,
                Entry::Place(_) => 4,
                Entry::Agent { .. } => 5,
                Entry::Modifier { .. } => 6,
            });
            // a name glued by a hyphen to the next word is part of a longer word
            // ("Kim-Xi summit" keeps both; "Sino-Japanese" is not "Sino")
            // "President Xi Jinping": a title variant ("President Xi") must not cut a longer
            // name that starts inside it; the title word then stands alone
            if matches!(best, Some(Entry::Person(_))) && end > i + 1 {
                if let Some((inner_end, mut inner)) = dict.trie.longest_at(tokens, i + 1) {
                    if inner_end > end && inner.any(|e| matches!(e, Entry::Person(_))) {
                        if let Some((_, mut alone)) = dict.trie.longest_at(&tokens[..=i], i) {
                            matches[i] = alone.next().map(|e| (i + 1, *e));
                        }
                        i += 1;
                        continue;
                    }
                }
            }
            if let Some(entry) = best {
                matches[i] = Some((end, *entry));
                i = end;
                continue;
            }
        }
        i += 1;
    }
}

/// A capitalised word that may be part of a person's name.
fn is_name_word(token: &Token, sentence_start: bool) -> bool {
    if !matches!(token.shape, Shape::Capitalised | Shape::Upper) {
        return false;
    }
    // a capitalised common word opening the sentence ("Tenuous relations") becomes a name
    // phrase too, but only ever resolves to an actor if it names one mentioned before
    let _ = sentence_start;
    token.class.is_content() && !token.class.has(WordClass::VERB)
}

/// Lowercase name particles inside names: "Osama bin Laden", "Ursula von der Leyen".
fn is_name_particle(lower: &str) -> bool {
    matches!(
        lower,
        "bin"
            | "ibn"
            | "al"
            | "el"
            | "de"
            | "der"
            | "van"
            | "von"
            | "da"
            | "di"
            | "la"
            | "le"
            | "abu"
            | "ben"
            | "del"
            | "dos"
            | "das"
    )
}

/// Room that the sentences of an article use in turn, to save allocations: the dictionary
/// match at each token, and what the phrase being built needs.
#[derive(Debug, Default)]
pub struct Scratch {
    matches: Vec<Option<(usize, Entry)>>,
    building: Building,
}

/// Room for the phrase being built.
#[derive(Debug, Default)]
struct Building {
    /// The positions of its name words.
    name_words: Vec<usize>,
    /// Its name, as it is put together.
    name: String,
}

/// Groups a sentence's tokens into actor phrases.
pub fn phrases(dict: &ActorDictionary, tokens: &[Token], scratch: &mut Scratch) -> Vec<Phrase> {
    dictionary_matches(dict, tokens, &mut scratch.matches);
    let Scratch { matches, building } = scratch;
    let matches = &matches[..];
    // room for the phrases of most sentences (one in four tokens or fewer), so that the
    // vector of these large values is seldom grown and copied
    let mut phrases = Vec::with_capacity(tokens.len() / 4 + 1);
    let mut i = 0;
    while i < tokens.len() {
        let phrase = if may_start(tokens, matches, i) {
            build(dict, tokens, matches, i, building)
        } else {
            None
        };
        match phrase {
            Some(phrase) => {
                i = phrase.end.max(i + 1);
                phrases.push(phrase);
            }
            None => {
                i += 1;
                // the rest of a hyphen compound ("China-North Korea ties") is no actor either
                while i + 1 < tokens.len()
                    && !tokens[i].space_before
                    && tokens[i].text == "-"
                    && !tokens[i + 1].space_before
                {
                    i += 2;
                }
            }
        }
    }
    merge_appositions(tokens, &mut phrases);
    phrases
}

/// Whether the word after a name or role word is a noun it modifies ("parade" in "military
/// parade"): a lowercase content word that is no verb form.
fn modifies_noun(next: Option<&Token>) -> bool {
    next.is_some_and(|t| {
        let class = t.class;
        t.shape == Shape::Lower
            && class.is_content()
            && !class.has(WordClass::VERB)
            && !t.lower.ends_with("ed")
            && !t.lower.ends_with("ly")
            // a singular noun may end in s: "hostage crisis", "peace process", "census"
            && (!t.lower.ends_with('s') || ["ss", "is", "us"].iter().any(|e| t.lower.ends_with(e)))
            && !t.lower.ends_with("ing")
    })
}

fn pair_noun(lower: &str) -> bool {
    matches!(
        lower,
        "sides"
            | "countries"
            | "nations"
            | "leaders"
            | "men"
            | "ministers"
            | "governments"
            | "states"
            | "neighbours"
            | "neighbors"
            | "presidents"
            | "delegations"
    )
}

fn anaphor_noun(lower: &str) -> bool {
    matches!(
        lower,
        "country" | "nation" | "capital" | "government" | "regime" | "state"
    )
}

/// An event noun starting at `start`: after a determiner ("the visit", "this cease-fire", a
/// hyphenated noun taken whole), or bare opening the sentence before its verb ("Fighting has
/// continued"). Its family and the end of the phrase.
fn event_noun(tokens: &[Token], start: usize) -> Option<(usize, usize)> {
    let nouns = EventNouns::bundled();
    let determiner = matches!(
        tokens[start].lower.as_ref(),
        "the" | "this" | "that" | "these" | "those"
    );
    if determiner {
        let noun = tokens.get(start + 1)?;
        let hyphenated = tokens
            .get(start + 2)
            .zip(tokens.get(start + 3))
            .filter(|(dash, rest)| dash.text == "-" && !dash.space_before && !rest.space_before);
        if let Some((_, rest)) = hyphenated {
            let whole = format!("{}-{}", noun.lower, rest.lower);
            if let Some(family) = nouns.family(&whole) {
                return Some((family, start + 4));
            }
        }
        return nouns.family(&noun.lower).map(|f| (f, start + 2));
    }
    let opens_clause = start == 0 && tokens[start].shape == Shape::Capitalised;
    let verb_follows = || {
        tokens.get(start + 1).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "continued" | "continues"
            )
        })
    };
    (opens_clause && verb_follows())
        .then(|| nouns.family(&tokens[start].lower))
        .flatten()
        .map(|f| (f, start + 1))
}

/// Whether a phrase may start at token `start`. Most words start none: only a dictionary
/// entry, a name word, a determiner (also "the", "both", "this"), a pronoun, an honorific or
/// a capitalised word opening the sentence (an event noun: "Fighting has continued") can.
/// Asked of every token, in line, before the phrase is built out of line.
#[inline(always)]
fn may_start(tokens: &[Token], matches: &[Option<(usize, Entry)>], start: usize) -> bool {
    let token = &tokens[start];
    let class = token.class;
    matches[start].is_some()
        || is_name_word(token, start == 0)
        || class.has(WordClass::DET)
        || class.is_pronoun()
        || class.has(WordClass::HONORIFIC)
        || (start == 0 && token.shape == Shape::Capitalised)
}

/// Builds the phrase starting at token `start`, where one [may start](may_start), if one
/// does, in `building`.
#[inline(never)]
fn build(
    dict: &ActorDictionary,
    tokens: &[Token],
    matches: &[Option<(usize, Entry)>],
    start: usize,
    building: &mut Building,
) -> Option<Phrase> {
    let name_words = &mut building.name_words;
    let token = &tokens[start];
    let class = token.class;
    // (asked of the first word again and again below: compared once)
    let the = token.lower == "the";

    // "the two sides", "both countries"
    let mut j = start;
    if the || token.lower == "both" {
        j += usize::from(the && tokens.get(start + 1).is_some_and(|t| t.lower == "two"));
        if token.lower == "both" || j > start {
            if let Some(noun) = tokens.get(j + 1).filter(|t| pair_noun(&t.lower)) {
                return Some(Phrase {
                    first: start,
                    end: j + 2,
                    pair: true,
                    anaphor_noun: Some(noun.lower.to_string()),
                    ..Default::default()
                });
            }
        }
    }

    // pronouns, and "her country", "its government"
    let first_person = || {
        matches!(
            token.lower.as_ref(),
            "we" | "us" | "our" | "ours" | "i" | "me" | "my"
        )
    };
    // "US" in capitals is the country, not "us"
    let acronym = token.shape == Shape::Upper && token.text.len() > 1;
    if class.is_pronoun()
        && (!class.has(WordClass::PRON_OTHER) || first_person())
        && token.lower != "it"
        && !acronym
    {
        let mut phrase = Phrase {
            first: start,
            end: start + 1,
            pronoun: Some(class),
            ..Default::default()
        };
        if let Some(next) = tokens.get(start + 1).filter(|t| anaphor_noun(&t.lower)) {
            phrase.end = start + 2;
            phrase.anaphor_noun = Some(next.lower.to_string());
        }
        return Some(phrase);
    }
    // "the North", "the South": one half of a divided country named before (North and South
    // Korea, Sudan); not "the North Atlantic", "the South of France", "the south coast"; in
    // lowercase only where no place is meant ("threats against the south", not "in the south")
    let locative = || {
        start > 0
            && matches!(
                tokens[start - 1].lower.as_ref(),
                "in" | "to"
                    | "from"
                    | "across"
                    | "throughout"
                    | "into"
                    | "toward"
                    | "towards"
                    | "near"
                    | "of"
            )
    };
    if the {
        if let Some(next) = tokens.get(start + 1).filter(|t| {
            (matches!(t.text.as_ref(), "North" | "South")
                || (matches!(t.text.as_ref(), "north" | "south") && !locative()))
                && tokens.get(start + 2).is_none_or(|n| {
                    n.shape == Shape::Punct
                        || (n.shape == Shape::Lower && n.lower != "of" && !modifies_noun(Some(n)))
                })
        }) {
            return Some(Phrase {
                first: start,
                end: start + 2,
                anaphor_noun: Some(next.lower.to_string()),
                ..Default::default()
            });
        }
    }
    // "the visit", "this decision", "the cease-fire": an event told before, unless the words
    // after name its own parties ("the visit to China", "the attack on Israel"); opening a
    // sentence, the noun needs no determiner ("Fighting has continued since …")
    if let Some((family, end)) = event_noun(tokens, start) {
        let own_parties = tokens.get(end).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "to" | "with" | "between" | "on" | "against" | "by" | "of" | "from" | "into" | "'s"
            )
        });
        if !own_parties {
            return Some(Phrase {
                first: start,
                end,
                definite: true,
                event_noun: Some(family),
                ..Default::default()
            });
        }
    }
    // "to the area", "in the zone": the place named last, unless the words after say
    // which ("the area of Gaza", "the zone around Kirkuk"); not "the region", mostly a wider
    // one ("stability in the region")
    if the {
        if let Some(next) = tokens.get(start + 1).filter(|t| {
            matches!(t.lower.as_ref(), "area" | "zone")
                && tokens.get(start + 2).is_none_or(|n| {
                    !matches!(
                        n.lower.as_ref(),
                        "of" | "around" | "near" | "between" | "along" | "'s"
                    )
                })
        }) {
            return Some(Phrase {
                first: start,
                end: start + 2,
                anaphor_noun: Some(next.lower.to_string()),
                place_only: true,
                ..Default::default()
            });
        }
    }
    // "the country", "the capital"
    if the {
        if let Some(next) = tokens
            .get(start + 1)
            .filter(|t| matches!(t.lower.as_ref(), "country" | "nation" | "capital"))
        {
            return Some(Phrase {
                first: start,
                end: start + 2,
                anaphor_noun: Some(next.lower.to_string()),
                ..Default::default()
            });
        }
    }

    let mut phrase = Phrase {
        first: start,
        end: start,
        ..Default::default()
    };
    let mut i = start;
    let definite = the;
    phrase.definite = definite;
    if class.has(WordClass::DET) && !class.is_pronoun() {
        i += 1;
        phrase.first = i;
        // "the three leaders"
        if definite
            && tokens
                .get(i)
                .is_some_and(|t| matches!(t.lower.as_ref(), "two" | "three" | "four" | "five"))
        {
            i += 1;
        }
    }
    name_words.clear();
    let mut content = false;
    // the country came from a possessor before a title ("Israel's militia")
    let mut possessor_country = false;
    while i < tokens.len() {
        let t = &tokens[i];
        if let Some((end, entry)) = matches[i] {
            // a dictionary name glued by a hyphen to what follows is a modifier of another
            // word ("Kim-Xi summit", "China-North Korea ties"): not an actor phrase
            let glued = tokens
                .get(end)
                .is_some_and(|n| !n.space_before && n.text == "-");
            // "a Somalia-based group", "London-based": the place lends its country; so does
            // the leader of "US-led forces" (not the backer of "Syrian-backed militias")
            if glued
                && matches!(
                    entry,
                    Entry::Country(_) | Entry::Seat(_) | Entry::Place(_) | Entry::Demonym(_)
                )
                && tokens
                    .get(end + 1)
                    .is_some_and(|b| matches!(b.lower.as_ref(), "based" | "led") && !b.space_before)
                && phrase.country.is_none()
            {
                if let Entry::Country(c) | Entry::Seat(c) | Entry::Place(c) | Entry::Demonym(c) =
                    entry
                {
                    phrase.country = Some(c);
                }
                // what a country leads is its own ("assistance to the US-led war", "the
                // U.S.-led coalition"); what a place is the base of need not be
                content |= tokens[end + 1].lower == "led";
                i = end + 2;
                continue;
            }
            if glued && !content {
                return None;
            }
            match entry {
                Entry::Place(c) => {
                    // a place names no actor; it lends its country to a body after it
                    if content || phrase.country.is_some() {
                        break;
                    }
                    phrase.country = Some(c);
                    phrase.place_only = true;
                }
                Entry::Country(c) | Entry::Demonym(c) | Entry::Seat(c) => {
                    if phrase.country.is_some() && phrase.country != Some(c) && content {
                        break; // a second country starts another phrase
                    }
                    phrase.country = Some(c);
                    phrase.seat |= matches!(entry, Entry::Seat(_));
                    phrase.country_noun |= !matches!(entry, Entry::Demonym(_));
                }
                Entry::Organisation(o) => {
                    if phrase.organisation.is_some() && content {
                        break;
                    }
                    phrase.organisation = Some(o);
                }
                Entry::Person(p) => {
                    if (phrase.person.is_some() || !name_words.is_empty()) && content {
                        break;
                    }
                    phrase.person = Some(p);
                }
                Entry::Agent {
                    role,
                    person,
                    title,
                } => {
                    // plural bodies are not noun modifiers: "protesters claim" is a clause
                    let plural = tokens[end - 1].lower.ends_with('s')
                        && !tokens[end - 1].lower.ends_with("ss");
                    // "military and violent activities": the first of two coordinated
                    // adjectives before their noun ("business and civic leaders" are two
                    // kinds of leaders: only the words that are mostly adjectives)
                    let coordinated_adjective =
                        matches!(tokens[i].lower.as_ref(), "military" | "civilian")
                            && end == i + 1
                            && tokens
                                .get(end)
                                .is_some_and(|t| matches!(t.lower.as_ref(), "and" | "or"))
                            && modifies_noun(tokens.get(end + 1))
                            && tokens
                                .get(end + 2)
                                .is_some_and(|t| t.shape == Shape::Lower && t.class.is_content());
                    if !plural && (modifies_noun(tokens.get(end)) || coordinated_adjective) {
                        // "military parade", "an official visit": an adjective, not an actor
                        break;
                    }
                    if phrase.person.is_some() || !name_words.is_empty() {
                        // a title after a name starts a new phrase unless it is an apposition
                        break;
                    }
                    phrase.role = Some(role);
                    phrase.person_title = person;
                    phrase.role_after_organisation = phrase.organisation.is_some();
                    // (the words of tokens[i..end], in lowercase)
                    phrase.titles.push(dict.titles[title as usize].clone());
                }
                Entry::Modifier { former } => {
                    phrase.former |= former;
                    if !content {
                        phrase.first = phrase.first.min(i);
                    }
                }
            }
            content |= !matches!(entry, Entry::Modifier { .. } | Entry::Place(_));
            i = end;
            continue;
        }
        if t.class.has(WordClass::HONORIFIC)
            && tokens.get(i + 1).is_some_and(|n| is_name_word(n, false))
        {
            // "in New Zealand Mr Howard": an honorific starts a person of its own
            if content {
                break;
            }
            phrase.person_title = true;
            i += 1;
            continue;
        }
        if is_name_word(t, i == 0) && (content || name_words.is_empty()) {
            // a name word right after a person's full name is another name
            if phrase.person.is_some() {
                break;
            }
            name_words.push(i);
            content = true;
            i += 1;
            // hyphenated parts: "Son-hui", "Jong-un", "Jean-Claude"
            let mut compound = false;
            while i + 1 < tokens.len()
                && !tokens[i].space_before
                && tokens[i].text == "-"
                && !tokens[i + 1].space_before
                && tokens[i + 1].shape != Shape::Punct
            {
                compound |= tokens[i + 1].shape != Shape::Lower;
                name_words.push(i + 1);
                i += 2;
            }
            // "the Kim-Xi summit": two names joined to modify a noun
            if compound
                && tokens
                    .get(i)
                    .is_some_and(|t| t.shape == Shape::Lower && t.class.is_content())
            {
                return None;
            }
            continue;
        }
        if !name_words.is_empty()
            && is_name_particle(&t.lower)
            && tokens.get(i + 1).is_some_and(|n| is_name_word(n, false))
        {
            name_words.push(i);
            i += 1;
            continue;
        }
        if content && (t.text == "'s" || t.text == "'") {
            // "China's foreign minister Wang Yi": the possessor modifies a title or name
            // "Chile's Defense Department": a country's own body
            let next_continues = match matches.get(i + 1) {
                Some(Some((_, Entry::Agent { .. } | Entry::Modifier { .. }))) => true,
                Some(Some((_, Entry::Organisation(_)))) => {
                    phrase.organisation.is_none() && phrase.country.is_some() && !phrase.place_only
                }
                _ => false,
            };
            if next_continues
                && phrase.role.is_none()
                && phrase.person.is_none()
                && name_words.is_empty()
            {
                possessor_country = true;
                i += 1;
                continue;
            }
            phrase.possessive = true;
            i += 1;
            break;
        }
        // "the foreign minister of China"
        if phrase.role.is_some()
            && t.lower == "of"
            && phrase.country.is_none()
            && phrase.organisation.is_none()
            && name_words.is_empty()
        {
            let k = i + 1 + usize::from(tokens.get(i + 1).is_some_and(|n| n.lower == "the"));
            if let Some(Some((end, Entry::Country(c) | Entry::Seat(c)))) = matches.get(k) {
                phrase.country = Some(*c);
                i = *end;
                continue;
            }
            if let Some(Some((end, Entry::Organisation(o)))) = matches.get(k) {
                phrase.organisation = Some(*o);
                i = *end;
                continue;
            }
        }
        // "a spokesman for the US State Department", "a spokeswoman for Hamas": a title
        // "for" a named body (not "the envoy for Sudan", who is not Sudan's)
        if phrase.person_title
            && t.lower == "for"
            && phrase.organisation.is_none()
            && phrase.person.is_none()
            && name_words.is_empty()
        {
            let k = i + 1 + usize::from(tokens.get(i + 1).is_some_and(|n| n.lower == "the"));
            let body =
                |at: usize| matches!(matches.get(at), Some(Some((_, Entry::Organisation(_)))));
            match matches.get(k) {
                Some(Some((_, Entry::Organisation(_)))) => {
                    i = k;
                    continue;
                }
                Some(Some((end, Entry::Country(c) | Entry::Demonym(c))))
                    if body(*end) && phrase.country.is_none_or(|own| own == *c) =>
                {
                    phrase.country = Some(*c);
                    i = *end;
                    continue;
                }
                _ => {}
            }
        }
        break;
    }
    if !content {
        // a bare place ("in Mariupol") is kept as a place, not an actor
        if phrase.place_only && i > phrase.first {
            phrase.end = i;
            return Some(phrase);
        }
        return None;
    }
    phrase.end = if phrase.possessive {
        i
    } else {
        i.min(tokens.len())
    };
    // "Israel's militia ally in southern Lebanon": the possessor's ally or proxy is another
    // party, not the possessor's own body
    let ally = tokens.get(phrase.end).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "ally" | "allies" | "proxy" | "proxies" | "surrogate" | "surrogates"
        )
    });
    if possessor_country && ally && phrase.organisation.is_none() && phrase.person.is_none() {
        phrase.country = None;
    }
    let last_title_plural = tokens[phrase.end - 1].lower.ends_with('s');
    phrase.plural_title = definite
        && phrase.person_title
        && last_title_plural
        && phrase.country.is_none()
        && phrase.organisation.is_none()
        && phrase.person.is_none()
        && name_words.is_empty();
    if !name_words.is_empty() {
        let (a, b) = (name_words[0], *name_words.last().expect("non-empty"));
        let name = &mut building.name;
        name.clear();
        for t in &tokens[a..=b] {
            if t.space_before && !name.is_empty() {
                name.push(' ');
            }
            name.push_str(&t.text);
        }
        phrase.name_words = name_words
            .iter()
            .map(|&k| &tokens[k].lower)
            .filter(|w| *w != "-")
            .map(|w| w.to_string())
            .collect();
        phrase.name = Some(SharedStr::from(name.as_str()));
    }
    Some(phrase)
}

/// "Wang Yi, China's foreign minister," and "China's foreign minister, Wang Yi," are one
/// actor: the title phrase lends its country and role to the name.
fn merge_appositions(tokens: &[Token], phrases: &mut Vec<Phrase>) {
    let mut k = 0;
    while k + 1 < phrases.len() {
        let (a, b) = (&phrases[k], &phrases[k + 1]);
        let comma_between = b.first == a.end + 1 && tokens[a.end].text == ",";
        let closed = tokens
            .get(b.end)
            .is_none_or(|t| matches!(t.text.as_ref(), "," | "." | ";" | "--" | ")"));
        let name_only = |p: &Phrase| {
            (p.name.is_some() || p.person.is_some()) && p.role.is_none() && p.organisation.is_none()
        };
        let title_only = |p: &Phrase| {
            p.role.is_some()
                && p.person_title
                && p.name.is_none()
                && p.person.is_none()
                && (p.country.is_some() || p.organisation.is_some())
                && p.pronoun.is_none()
        };
        if comma_between && closed && !a.possessive && !b.possessive {
            if name_only(a) && title_only(b) {
                let mut merged = a.clone();
                merged.end = b.end;
                merged.country = merged.country.or(b.country);
                merged.organisation = b.organisation;
                merged.role = b.role;
                merged.person_title = true;
                merged.titles = b.titles.clone();
                phrases[k] = merged;
                phrases.remove(k + 1);
                continue;
            }
            if title_only(a) && name_only(b) {
                let mut merged = a.clone();
                merged.end = b.end;
                merged.person = b.person;
                merged.name = b.name.clone();
                merged.name_words = b.name_words.clone();
                phrases[k] = merged;
                phrases.remove(k + 1);
                continue;
            }
        }
        k += 1;
    }
}
