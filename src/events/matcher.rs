//! Matching patterns against a sentence: the trigger by one lookup per token, the pattern's
//! other words around it, and the actors by clause structure — the subject before the verb
//! group, the object after the pattern's last word, the passive's "by"-phrase.

use super::forms::regular_forms;
use super::index::{SetPresence, WordForm, WordIndex, UNKNOWN};
use super::patterns::{Element, Literal, Pattern, PatternBook};
use crate::actors::Chunk;
use crate::text::lexicon::WordClass;
use crate::text::{Shape, Token};

/// Words a pattern may skip between two of its words.
const GAP: usize = 3;
/// How far past a relative clause that describes a slot the pattern's next word may stand.
const RELATIVE_REACH: usize = 16;
/// How far (in tokens) the subject may stand from its verb.
const SUBJECT_REACH: usize = 30;
/// How far the object may stand from the pattern's last word.
const OBJECT_REACH: usize = 12;

/// A sentence prepared for matching.
pub struct SentenceView<'a> {
    pub tokens: &'a [Token<'a>],
    pub chunks: &'a [Chunk],
    /// What the patterns know about each token: its number as a pattern word, the pattern
    /// words it can be (its inflections resolved), the patterns it triggers.
    forms: Vec<&'a WordForm>,
    /// Whether each token is a past tense or participle ("condemned", "met").
    past: Vec<bool>,
    /// Tokens inside a relative clause (", which …,"), by the clause's first token.
    relative_clause: Vec<Option<usize>>,
    /// Whether a pattern that names no target codes an event without one when the clause
    /// has no object ("Akayev agreed to resign"), as PLOVER does; CAMEO data are dyadic.
    targetless: bool,
}

/// One pattern matched in a sentence.
#[derive(Debug, Clone)]
pub struct Match {
    pub pattern: usize,
    /// Token positions of the pattern's words, the trigger first.
    pub words: Vec<usize>,
    /// Chunk indices that fill the slots (a coordinated group may fill one slot).
    pub sources: Vec<usize>,
    pub targets: Vec<usize>,
    /// Words skipped inside the pattern.
    pub gaps: usize,
    /// Tokens between the trigger and the farther slot.
    pub distance: usize,
    pub passive: bool,
    /// Who did it when the sentence names nobody: the events stage makes the actor up.
    pub implied_source: Option<ImpliedSource>,
    /// The target is the place the violence struck, for want of a named victim.
    pub struck_place: bool,
    /// A visit that names no destination ("during her visit"): it is to the country the story
    /// happens in.
    pub to_setting: bool,
}

/// An actor the sentence implies without naming it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImpliedSource {
    /// An agentless passive of coercion ("were detained"): the authorities of the place.
    Authorities,
    /// Violence done by a weapon or an attack that names nobody ("a roadside bombing near
    /// Samarra killed"): unidentified attackers in the place where it struck.
    Attackers,
}

impl Match {
    pub fn trigger(&self) -> usize {
        self.words[0]
    }
}

fn is_boundary(t: &Token) -> bool {
    matches!(
        t.text.as_ref(),
        ";" | ":" | "--" | "." | "!" | "?" | "(" | ")" | "[" | "]"
    )
}

/// Whether words between a subject and its verb leave the clause open: no boundary but a
/// parenthesis that closes before the verb ("Hizbollah (Party of God) group declared"; "The
/// Revolutionary United Front (RUF) attacked", from the acronym inside it).
fn open_between(tokens: &[Token]) -> bool {
    let mut depth = 0usize;
    for t in tokens {
        match t.text.as_ref() {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ if is_boundary(t) => return false,
            _ => {}
        }
    }
    depth == 0
}

/// A quotation mark.
fn is_quote(t: &Token) -> bool {
    matches!(
        t.text.as_ref(),
        "\"" | "“" | "”" | "‘" | "’" | "``" | "''" | "«" | "»"
    )
}

/// A threat (13) or a protest (14) whose clause names no object still names whom it is aimed
/// at in its condition or purpose ("threatened to stop the talks if the United States goes
/// ahead", "blocked a road to show their disapproval of the United States' policies"), and a
/// protest is otherwise aimed at the protesters' own government; a state's administrative
/// measure that names no place falls on its own country: the events stage infers
/// the target, so the match is kept without one even where event data is dyadic.
fn infers_target(pattern: &Pattern) -> bool {
    (matches!(pattern.code.root(), "13" | "14") && !pattern.reciprocal)
        || super::administrative(pattern.code)
}

/// Whether a pattern codes violence: assault, fight, mass violence (CAMEO 18-20).
fn violent(pattern: &Pattern) -> bool {
    matches!(pattern.code.root(), "18" | "19" | "20")
}

/// Weapons and attacks that news names as the doer of violence when nobody claims it: "a
/// roadside bombing near Samarra killed", "were killed by an improvised explosive device".
const WEAPONS: &[&str] = &[
    "attack",
    "attacks",
    "ambush",
    "blast",
    "blasts",
    "bomb",
    "bombs",
    "bombing",
    "bombings",
    "device",
    "devices",
    "explosion",
    "explosions",
    "explosives",
    "grenade",
    "grenades",
    "gunfire",
    "ied",
    "ieds",
    "landmine",
    "landmines",
    "mine",
    "mines",
    "minefield",
    "missile",
    "missiles",
    "mortar",
    "mortars",
    "rocket",
    "rockets",
    "shell",
    "shells",
    "shelling",
];

/// A number from two to ten written as a word, which counts the noun after it.
fn number_word(lower: &str) -> bool {
    matches!(
        lower,
        "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// Verbs whose object does what the infinitive after it says ("urged Israel to stop", "sent
/// troops to protect", "dared the United States to invade"): their base forms, whose regular
/// inflections count too, and the irregular forms.
const OBJECT_CONTROL: &str = "\
    urge ask tell told order force compel oblige allow permit let invite persuade convince \
    encourage call press pressure push help want expect require warn advise authorize \
    authorise empower enable instruct direct lead led get got cause prompt challenge dare \
    beg implore exhort appeal lobby petition send sent dispatch deploy mobilize mobilise \
    recruit train hire pay paid appoint elect choose chose chosen select nominate task need \
    remind summon request mandate leave left prepare commission entrust assign make made \
    provoke inspire tempt induce";

fn object_control(lower: &str) -> bool {
    static FORMS: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    FORMS
        .get_or_init(|| {
            OBJECT_CONTROL
                .split_whitespace()
                .flat_map(regular_forms)
                .collect()
        })
        .contains(lower)
}

/// A count: a number in figures or words ("13,000", "three", "hundreds", "dozens").
fn count(t: &Token) -> bool {
    t.shape == Shape::Number
        || number_word(&t.lower)
        || matches!(
            t.lower.as_ref(),
            "twelve"
                | "twenty"
                | "fifty"
                | "hundred"
                | "thousand"
                | "dozen"
                | "hundreds"
                | "thousands"
                | "dozens"
                | "millions"
                | "tens"
        )
}

/// A possessive pronoun used as a determiner ("its neighbor", "their counterparts").
fn possessive_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "its" | "their" | "his" | "her" | "our" | "my" | "your"
    )
}

/// A token a pattern may pass over between two of its words.
fn skippable(t: &Token) -> bool {
    !is_boundary(t) && t.text != ","
}

impl<'a> SentenceView<'a> {
    pub fn new(index: &'a WordIndex, tokens: &'a [Token], chunks: &'a [Chunk]) -> Self {
        let mut forms = Vec::with_capacity(tokens.len());
        let mut past = Vec::with_capacity(tokens.len());
        for t in tokens {
            match index.get(t.word) {
                Some(form) => {
                    forms.push(form);
                    past.push(form.participle);
                }
                None => {
                    forms.push(&UNKNOWN);
                    // a regular past tense of a word the patterns never use
                    past.push(t.lower.ends_with("ed"));
                }
            }
        }
        // ", which/who … ," is a relative clause hanging on what precedes it
        let mut relative_clause = vec![None; tokens.len()];
        let mut k = 0;
        while k + 1 < tokens.len() {
            if tokens[k].text == ","
                && matches!(
                    tokens[k + 1].lower.as_ref(),
                    "which" | "who" | "whose" | "whom"
                )
            {
                let start = k + 1;
                let mut j = start;
                while j < tokens.len() && tokens[j].text != "," && !is_boundary(&tokens[j]) {
                    relative_clause[j] = Some(start);
                    j += 1;
                }
                k = j;
            } else {
                k += 1;
            }
        }
        SentenceView {
            tokens,
            chunks,
            forms,
            past,
            relative_clause,
            targetless: false,
        }
    }

    /// Lets patterns without a target code events without one (see `targetless`).
    pub fn allowing_targetless(mut self, targetless: bool) -> Self {
        self.targetless = targetless;
        self
    }

    fn word_at(&self, lits: &[Literal], k: usize) -> bool {
        lits.iter().any(|l| self.forms[k].is(l))
    }

    /// The chunk covering token `k`, if any.
    fn chunk_covering(&self, k: usize) -> Option<usize> {
        self.chunks.iter().position(|c| c.first <= k && k < c.end)
    }

    /// Whether a token is a verb form the patterns know or looks like a past tense.
    fn verbish(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        // "the break-away province": a determiner or a hyphen makes it part of a noun phrase
        let after_determiner = k > 0 && self.tokens[k - 1].class.has(WordClass::DET);
        let hyphenated = self
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.text == "-" && !n.space_before)
            || (k > 0 && self.tokens[k - 1].text == "-" && !t.space_before);
        // an inflected verb ("expressed", "met", "says"), not any word a pattern uses: "province"
        // in "the province of South Ossetia" is a noun
        let verb_form = self.past[k] || t.class.has(WordClass::VERB);
        t.shape == Shape::Lower
            && verb_form
            && t.class.is_content()
            && !after_determiner
            && !hyphenated
    }

    /// The first token of the verb group around the trigger: auxiliaries, modals, negation,
    /// adverbs and an infinitive "to" before it.
    fn verb_group_start(&self, trigger: usize) -> usize {
        let mut k = trigger;
        while k > 0 {
            let t = &self.tokens[k - 1];
            let class = t.class;
            let adverb = t.lower.ends_with("ly") && t.shape == Shape::Lower;
            if class.is_auxiliary()
                || class.has(WordClass::NEG)
                || adverb
                || t.lower == "to"
                || class.has(WordClass::ADVERB)
            {
                k -= 1;
            } else {
                break;
            }
        }
        k
    }

    /// Whether the trigger is a passive participle ("was condemned", "had been attacked",
    /// "a boy killed by soldiers").
    pub fn is_passive(&self, trigger: usize) -> bool {
        self.auxiliary_passive(trigger) || self.reduced_passive(trigger)
    }

    /// "a Palestinian boy killed by Israeli soldiers": a participle right after an actor, with
    /// its own "by", describes that actor (a passive without its auxiliary). Not where the
    /// pattern itself goes on with "by" ("stood by Britain").
    fn reduced_passive(&self, trigger: usize) -> bool {
        self.past[trigger]
            && self
                .tokens
                .get(trigger + 1)
                .is_some_and(|t| t.lower == "by")
            && self
                .chunks
                .iter()
                .any(|c| c.end == trigger && !c.possessive)
    }

    /// A participle after a form of "be" ("was condemned", "had been attacked").
    fn auxiliary_passive(&self, trigger: usize) -> bool {
        if !self.past[trigger] {
            return false;
        }
        // "Israel is opposed to French mediation": a stance, not a passive (the subject
        // opposes; "was opposed by" stays a passive)
        if self.tokens[trigger].lower == "opposed"
            && self
                .tokens
                .get(trigger + 1)
                .is_some_and(|t| t.lower == "to")
        {
            return false;
        }
        let mut k = trigger;
        while k > 0 {
            let t = &self.tokens[k - 1];
            let class = t.class;
            if class.has(WordClass::BE) && t.lower != "'s" {
                return true;
            }
            if class.has(WordClass::NEG)
                || (t.lower.ends_with("ly") && t.shape == Shape::Lower)
                || class.has(WordClass::ADVERB)
            {
                k -= 1;
                continue;
            }
            // "was looted and bombed by": the auxiliary serves both participles
            if matches!(t.lower.as_ref(), "and" | "or") && k >= 2 && self.past[k - 2] {
                k -= 2;
                continue;
            }
            return false;
        }
        false
    }

    /// The token before a chunk, past a determiner.
    fn before_chunk(&self, c: &Chunk) -> Option<&Token<'_>> {
        // "of southern Serbia", "in the north-east of": a compass word belongs to the place
        let compass = |t: &Token| {
            t.shape == Shape::Lower
                && (matches!(
                    t.lower.as_ref(),
                    "north" | "south" | "east" | "west" | "central"
                ) || (t.lower.ends_with("ern")
                    && ["north", "south", "east", "west"]
                        .iter()
                        .any(|d| t.lower.starts_with(d))))
        };
        let mut k = c.first;
        while k > 0 {
            k -= 1;
            let t = &self.tokens[k];
            if !t.class.has(WordClass::DET) && !compass(t) {
                return Some(t);
            }
        }
        None
    }

    /// "A group of Moroccan diplomats", "hundreds of protesters": the actor after "of" is
    /// what the noun phrase is made of, and the subject when the phrase is.
    fn partitive(&self, c: &Chunk) -> bool {
        // past a determiner the chunk leaves out: "members of the Syrian parliament"
        let mut of = c.first;
        while of > 0 && self.tokens[of - 1].class.has(WordClass::DET) {
            of -= 1;
        }
        if of < 2 {
            return false;
        }
        let (preposition, noun) = (&self.tokens[of - 1].lower, &self.tokens[of - 2].lower);
        // "the home of the opposition leader was raided", "a camp for Congolese refugees was
        // attacked": a place that belongs to or shelters people stands for them
        let shelters = matches!(preposition.as_ref(), "of" | "for")
            && matches!(
                noun.as_ref(),
                "home"
                    | "homes"
                    | "house"
                    | "houses"
                    | "residence"
                    | "compound"
                    | "convoy"
                    | "camp"
                    | "camps"
                    | "shelter"
            );
        shelters
            || preposition == "of"
                && matches!(
                    noun.as_ref(),
                    "group"
                    | "groups"
                    | "hundreds"
                    | "thousands"
                    | "dozens"
                    | "tens"
                    | "scores"
                    | "millions"
                    | "some"
                    | "many"
                    | "most"
                    | "several"
                    | "members"
                    | "delegation"
                    | "team"
                    | "contingent"
                    // "the first deployment of NATO peacekeeping troops", "a batch of
                    // Bangladeshi peacekeepers": the first of a force to arrive
                    | "deployment"
                    | "batch"
                    | "detachment"
                    | "number"
                    | "majority"
                    // "supporters of the former president", "a member of the Syrian
                    // parliament": those who stand with or belong to a party act as it
                    | "member"
                    | "supporters"
                    | "followers"
                    | "loyalists"
                    | "partisans"
                )
    }

    fn after_preposition(&self, c: &Chunk) -> bool {
        self.before_chunk(c)
            .is_some_and(|t| t.class.has(WordClass::PREP))
    }

    /// The chunks coordinated with chunk `c` ("China, Russia and Iran"), in text order.
    fn group(&self, c: usize) -> Vec<usize> {
        let joins = |a: &Chunk, b: &Chunk| {
            // the words between two coordinated actors: a comma, "and", ", and", and a
            // determiner or a superlative ("Sudan and the biggest rebel group")
            let between = &self.tokens[a.end.min(b.first)..b.first];
            let mut words = between.iter().filter(|t| {
                let superlative =
                    t.shape == Shape::Lower && t.lower.len() > 4 && t.lower.ends_with("est");
                !(t.class.has(WordClass::DET) || superlative || t.lower == "main")
                    || matches!(t.lower.as_ref(), "and" | "both")
            });
            matches!(
                (
                    words.next().map(|t| t.lower.as_ref()),
                    words.next().map(|t| t.lower.as_ref()),
                    words.next()
                ),
                (Some("and" | "," | "&" | "or"), None, None) | (Some(","), Some("and"), None)
            )
        };
        let mut first = c;
        while first > 0
            && joins(&self.chunks[first - 1], &self.chunks[first])
            && !self.chunks[first - 1].possessive
        {
            first -= 1;
        }
        let mut last = c;
        while last + 1 < self.chunks.len()
            && joins(&self.chunks[last], &self.chunks[last + 1])
            && !self.chunks[last].possessive
        {
            last += 1;
        }
        // a list has an "and" (or "or") somewhere: a bare comma between two actors is an
        // apposition or an opening phrase ("In Brussels, the European Union condemned…")
        let has_conjunction = (first..last).any(|k| {
            self.tokens[self.chunks[k].end..self.chunks[k + 1].first]
                .iter()
                .any(|t| matches!(t.lower.as_ref(), "and" | "&" | "or"))
        });
        if first < last && !has_conjunction {
            return vec![c];
        }
        (first..=last).collect()
    }

    /// When the verb group at `start` is an infinitive of purpose ("to mediate") right after a
    /// verb's actor object ("will visit Mauritania and Senegal on Monday to mediate"), that
    /// verb; not when the verb makes its object the doer of the infinitive (`object_control`),
    /// nor when a preposition governs the actor ("talks with Syria to resolve").
    fn purpose_of(&self, start: usize) -> Option<usize> {
        if self.tokens.get(start)?.lower != "to" {
            return None;
        }
        let object = self.chunks.iter().rposition(|c| c.end <= start)?;
        // only time words between the object and the infinitive
        let timing = |t: &Token| {
            t.class.has(WordClass::TIME)
                || matches!(
                    t.lower.as_ref(),
                    "on" | "this" | "last" | "next" | "later" | "soon"
                )
        };
        if !self.tokens[self.chunks[object].end..start]
            .iter()
            .all(timing)
        {
            return None;
        }
        let head = self.chunks[self.group(object)[0]].first;
        let verb = (0..head)
            .rev()
            .find(|&j| !self.tokens[j].class.has(WordClass::DET))?;
        let t = &self.tokens[verb];
        let verb_like = t.shape == Shape::Lower
            && t.class.is_content()
            && !t.class.has(WordClass::PREP)
            && !t.class.is_auxiliary()
            && self.chunk_covering(verb).is_none()
            && (self.verbish(verb)
                || !self.forms[verb].bases.is_empty()
                || t.lower.ends_with("ing"));
        (verb_like && !object_control(&t.lower)).then_some(verb)
    }

    /// The subject of the verb group starting at `start`: the nearest actor before it in the
    /// clause that is not the object of a preposition, a possessor, or inside a relative
    /// clause the verb is not in.
    fn subject(&self, start: usize, trigger: usize) -> Option<(Vec<usize>, usize)> {
        let coordinated_verb = start > 0
            && matches!(
                self.tokens[start - 1].lower.as_ref(),
                "and" | "but" | "then"
            );
        // "the person who was arrested": a verb right after a relative pronoun has the noun
        // before the pronoun as its subject; when that is no actor, the verb has none here
        // ("said that negotiating a ceasefire will be…": after a verb, "that" opens a clause)
        let relative_pronoun = |k: usize| match self.tokens[k].lower.as_ref() {
            "who" | "which" => true,
            "that" => {
                // back past a time ("said Thursday that")
                let before = (0..k)
                    .rev()
                    .find(|&j| !self.tokens[j].class.has(WordClass::TIME));
                before.is_some_and(|j| !self.verbish(j) && !self.said(j))
            }
            _ => false,
        };
        if start > 0 && relative_pronoun(start - 1) {
            let pronoun = start - 1;
            let antecedent_end = if pronoun > 0 && self.tokens[pronoun - 1].text == "," {
                pronoun - 1
            } else {
                pronoun
            };
            let ci = self.chunks.iter().position(|c| c.end == antecedent_end)?;
            if self.chunks[ci].event || self.chunks[ci].possessive {
                return None;
            }
            return Some((self.group(ci), trigger - antecedent_end.min(trigger)));
        }
        let own_relative = self.relative_clause[trigger];
        if let Some(described) = self.subject_before_apposition(start, trigger) {
            return Some(described);
        }
        let mut passed_verb = false;
        // a verb coordinated with one before has that one's subject, not its object ("have
        // kidnapped up to 16 Russian advisers from a bazaar and exploded bombs")
        // so has a participle that follows the clause after a comma: "Israel bombed Lebanon on
        // Monday, killing 12 civilians", "the UN criticised Russia, accusing it of…"
        let participial_adjunct = start == trigger
            && start > 0
            && self.tokens[start - 1].text == ","
            && self.tokens[trigger].lower.ends_with("ing");
        // an infinitive of purpose after a verb and its object has the verb's subject: "will
        // visit Mauritania and Senegal to mediate", "would blockade Paris to demand"; after a
        // verb that hands the act to its object, the object's ("urged Israel to stop")
        if let Some(v) = self.purpose_of(start) {
            let (group, _) = self.subject(self.verb_group_start(v), v)?;
            let end = group.iter().map(|&g| self.chunks[g].end).max()?;
            return Some((group, trigger - end.min(trigger)));
        }
        if coordinated_verb || participial_adjunct {
            let first_verb = (0..start - 1)
                .rev()
                .take_while(|&j| !is_boundary(&self.tokens[j]))
                .find(|&j| self.verbish(j));
            if let Some(v) = first_verb {
                let (group, _) = self.subject(self.verb_group_start(v), v)?;
                let end = group.iter().map(|&g| self.chunks[g].end).max()?;
                return Some((group, trigger - end.min(trigger)));
            }
        }
        for (ci, c) in self.chunks.iter().enumerate().rev() {
            if c.end > start {
                continue;
            }
            if start - c.end > SUBJECT_REACH || !open_between(&self.tokens[c.end..start]) {
                break;
            }
            if self.relative_clause[c.first].is_some()
                && self.relative_clause[c.first] != own_relative
            {
                continue;
            }
            // "Kevin Rudd (Labour) defeated", "the Revolutionary United Front (RUF) attacked":
            // an actor in parentheses glosses the one before it, which is the subject; with
            // none known before it, the clause has no subject this coder knows
            if c.first > 0
                && self.tokens[c.first - 1].text == "("
                && self.tokens.get(c.end).is_some_and(|t| t.text == ")")
            {
                if self.chunks.iter().any(|o| o.end + 1 == c.first) {
                    continue;
                }
                return None;
            }
            // "The resolution alleges": an event noun is no actor that acts; "after N. Korea
            // issued threats": a word that opens a clause, right before the verb, is no
            // preposition
            let opens_clause = c.end == start
                && self
                    .before_chunk(c)
                    .is_some_and(|t| t.class.has(WordClass::SUBORD));
            if c.possessive
                || c.event
                || (self.after_preposition(c) && !self.partitive(c) && !opens_clause)
            {
                continue;
            }
            // "Li welcomed Choe … and expressed": Choe is the object of the first verb (where a
            // parenthesis hid that verb from the search above)
            if coordinated_verb && !passed_verb && c.first > 0 && self.verbish(c.first - 1) {
                passed_verb = true;
                continue;
            }
            // "N. Korea along with China, Japan, Russia and S. Korea signed": a group opened by
            // "(along|together) with" keeps company with the subject before it
            // (a plain "with" may open the subject of a participle: "with Britain sending units")
            let group = self.group(ci);
            let head = self.chunks[group[0]].first;
            let accompanying = head >= 2
                && self.tokens[head - 1].lower == "with"
                && matches!(self.tokens[head - 2].lower.as_ref(), "along" | "together");
            if group.len() > 1 && accompanying {
                continue;
            }
            return Some((group, trigger - c.end.min(trigger)));
        }
        None
    }

    /// "Pakistan, a key U.S. ally in the war against terrorism, has refused": a noun phrase
    /// set off by commas right before the verbs (past the verbs before this one: "…, has
    /// refused to deploy") describes the subject before it.
    fn subject_before_apposition(
        &self,
        start: usize,
        trigger: usize,
    ) -> Option<(Vec<usize>, usize)> {
        let mut verbs_start = start;
        while verbs_start > 0 && start - verbs_start < 6 && {
            let t = &self.tokens[verbs_start - 1];
            t.lower == "to"
                || [
                    WordClass::BE,
                    WordClass::HAVE,
                    WordClass::MODAL,
                    WordClass::ADVERB,
                    WordClass::NEG,
                ]
                .into_iter()
                .any(|class| t.class.has(class))
                || (self.verbish(verbs_start - 1) && self.chunk_covering(verbs_start - 1).is_none())
        } {
            verbs_start -= 1;
        }
        if verbs_start < 2 || self.tokens[verbs_start - 1].text != "," {
            return None;
        }
        let open = (verbs_start.saturating_sub(SUBJECT_REACH)..verbs_start - 1)
            .rev()
            .take_while(|&k| !is_boundary(&self.tokens[k]))
            .find(|&k| self.tokens[k].text == ",")?;
        if !self.tokens[open + 1].class.has(WordClass::DET) {
            return None;
        }
        let ci = self.chunks.iter().position(|c| c.end == open)?;
        let c = &self.chunks[ci];
        (!c.possessive && !c.event && !self.after_preposition(c))
            .then(|| (self.group(ci), trigger - c.end.min(trigger)))
    }

    /// The first token after a count that opens a noun phrase at `from` ("up to 13,000",
    /// "some 800", "more than 1,000", "hundreds of"), else `from`.
    fn past_quantity(&self, from: usize) -> usize {
        let quantifier = |t: &Token| {
            matches!(
                t.lower.as_ref(),
                "up" | "to"
                    | "some"
                    | "about"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "over"
                    | "more"
                    | "than"
                    | "at"
                    | "least"
                    | "approximately"
                    | "roughly"
            )
        };
        let opens = self
            .tokens
            .get(from)
            .is_some_and(|t| quantifier(t) || count(t));
        if !opens {
            return from;
        }
        let end = (from + 5).min(self.tokens.len());
        let last_count = (from..end)
            .take_while(|&k| {
                quantifier(&self.tokens[k])
                    || count(&self.tokens[k])
                    || self.tokens[k].lower == "of"
            })
            .filter(|&k| count(&self.tokens[k]))
            .last();
        match last_count {
            Some(k) if self.tokens.get(k + 1).is_some_and(|t| t.lower == "of") => k + 2,
            Some(k) => k + 1,
            None => from,
        }
    }

    /// Past an "of"-phrase that names whose the slot's people are, with the acronym in
    /// brackets after it: "pressuring workers [of the United Bus Company of Tehran
    /// (Sharekat-e Vahed)] to cancel". The slot keeps its own actor ("workers").
    fn past_of_phrase(&self, from: usize) -> usize {
        if self.tokens.get(from).is_none_or(|t| t.lower != "of") {
            return from;
        }
        // the owner's name may begin with words no dictionary knows ("the United Bus Company")
        let owner = self
            .chunks
            .iter()
            .find(|c| c.first > from && c.first <= from + 4)
            .filter(|c| {
                (from + 1..c.first).all(|k| skippable(&self.tokens[k]) && !self.verbish(k))
            });
        let Some(owner) = owner else {
            return from;
        };
        let end = owner.end;
        if self.tokens.get(end).is_some_and(|t| t.text == "(") {
            if let Some(close) =
                (end + 1..(end + 8).min(self.tokens.len())).find(|&k| self.tokens[k].text == ")")
            {
                return close + 1;
            }
        }
        end
    }

    /// The pattern's next word past a restrictive relative clause that describes the slot
    /// before it: "allow 13,000 refugees [who have lived in Iraq for more than a decade] to
    /// return". Within one clause: no comma or boundary on the way. Not "that", which as
    /// often opens what is said ("told reporters that the plan was to").
    fn past_relative_clause(&self, alternatives: &[Literal], from: usize) -> Option<usize> {
        // the pronoun may follow the slot's head noun ("Turkish Kurd refugees who")
        let pronoun = (from..(from + 2).min(self.tokens.len()))
            .find(|&k| matches!(self.tokens[k].lower.as_ref(), "who" | "which"))?;
        if (from..pronoun).any(|k| self.tokens[k].shape != Shape::Lower) {
            return None;
        }
        let end = (pronoun + RELATIVE_REACH).min(self.tokens.len());
        (pronoun + 1..end)
            .take_while(|&k| skippable(&self.tokens[k]))
            .find(|&k| self.word_at(alternatives, k))
    }

    /// Whether the clause before a verb group starting at `start` is a weapon or an attack
    /// that names nobody, with at most places around it: "A roadside bombing near the town of
    /// Samarra on Sunday killed" (not "an Israeli air strike", whose actor is the subject).
    fn weapon_subject(&self, start: usize, trigger: usize) -> bool {
        // an active verb ("killed"), not the noun "attack" nor a passive ("rockets have been
        // fired on Israeli towns by Palestinian militants")
        let active_verb = self.verbish(trigger)
            && !self.tokens[trigger].lower.ends_with("ing")
            && !self.auxiliary_passive(trigger);
        if !active_verb {
            return false;
        }
        let clause_start = (start.saturating_sub(SUBJECT_REACH)..start)
            .rev()
            .find(|&k| is_boundary(&self.tokens[k]) || self.tokens[k].text == ",")
            .map_or(start.saturating_sub(SUBJECT_REACH), |k| k + 1);
        if clause_start >= start || self.tokens[clause_start].class.has(WordClass::PREP) {
            return false;
        }
        let weapon = (clause_start..start).find(|&k| self.weapon(k));
        weapon.is_some_and(|w| {
            let named = self
                .chunks
                .iter()
                .any(|c| !c.place && c.end > clause_start && c.first < start);
            // one clause: no other verb before it ("alleged to have thrown a grenade that
            // killed")
            !named && !(clause_start..start).any(|k| k != w && self.verbish(k))
        })
    }

    /// Whether a place follows "in" right after the verb at `trigger` and its particles
    /// ("put under investigation in Italy").
    fn placed_in(&self, trigger: usize) -> bool {
        let after = (trigger + 1..self.tokens.len())
            .take_while(|&k| !is_boundary(&self.tokens[k]) && self.tokens[k].text != ",")
            .find(|&k| self.tokens[k].lower == "in");
        after.is_some_and(|k| {
            k <= trigger + 3 && self.chunks.iter().any(|c| c.place && c.first == k + 1)
        })
    }

    /// Whether the agent of the passive verb at `trigger` is a weapon or an attack that names
    /// nobody: "were killed by an improvised explosive device", "by a roadside bomb".
    fn weapon_agent(&self, trigger: usize) -> bool {
        let Some(by) = (trigger + 1..(trigger + 3).min(self.tokens.len()))
            .find(|&k| self.tokens[k].lower == "by")
        else {
            return false;
        };
        let reach = (by + 5).min(self.tokens.len());
        (by + 1..reach)
            .take_while(|&k| skippable(&self.tokens[k]))
            .find(|&k| self.weapon(k))
            .is_some_and(|w| {
                (by + 1..w).all(|k| self.chunk_covering(k).is_none_or(|c| self.chunks[c].place))
            })
    }

    /// A weapon or an attack that no actor's words cover.
    fn weapon(&self, k: usize) -> bool {
        WEAPONS.contains(&self.tokens[k].lower.as_ref()) && self.chunk_covering(k).is_none()
    }

    /// Whether a reciprocal pattern's sources pair up among themselves ("A and B met", "the two
    /// sides met"), so that the group is its own target.
    fn reciprocal_group(&self, pattern: &Pattern, sources: &[usize]) -> bool {
        pattern.reciprocal
            && (sources.len() >= 2 || sources.iter().any(|&c| self.chunks[c].mentions.len() >= 2))
    }

    /// A participle used as an adjective, which triggers nothing: the end of a hyphenated
    /// adjective ("its long-threatened invasion", "the Syrian-backed Amal militia"), or a
    /// participle between a determiner or preposition and its noun ("the besieged
    /// government", "concerns on alleged Iranian support").
    fn adjectival_participle(&self, k: usize) -> bool {
        let token = &self.tokens[k];
        if !token.lower.ends_with("ed") {
            return false;
        }
        if token.text != "-" && self.inside_hyphenated(k) {
            return true;
        }
        if !self.past[k] || k == 0 {
            return false;
        }
        let (before, after) = (&self.tokens[k - 1], self.tokens.get(k + 1));
        // "the besieged government", "alleged Iranian support": after an article, a possessive
        // or a preposition
        let after_article = matches!(
            before.lower.as_ref(),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "of"
                | "on"
                | "for"
                | "with"
                | "about"
                | "over"
                | "against"
                | "from"
                | "into"
        ) && after.is_some_and(|t| {
            t.shape != Shape::Punct && !matches!(t.lower.as_ref(), "by" | "to" | "in" | "on" | "at")
        });
        // "19 kidnapped government officials", "to rescue kidnapped soldiers": after a count
        // (not a date's or a name's number: "March 7 killed", "Local 226 endorsed") or after a
        // verb's infinitive or -ing form, a participle before its noun describes it
        let count = || {
            (before.shape == Shape::Number
                && (k == 1 || self.tokens[k - 2].shape == Shape::Lower)
                && before.lower.len() < 4)
                || number_word(&before.lower)
                || matches!(
                    before.lower.as_ref(),
                    "dozens" | "hundreds" | "several" | "many"
                )
        };
        let verb_before = || {
            before.shape == Shape::Lower
                && !before.class.is_auxiliary()
                && ((before.lower.ends_with("ing") && self.verbish(k - 1))
                    || (k > 1 && self.tokens[k - 2].lower == "to"))
        };
        after_article
            || ((count() || verb_before())
                && after.is_some_and(|t| {
                    t.shape != Shape::Punct
                        && !t.class.has(WordClass::PREP)
                        && !t.class.has(WordClass::DET)
                }))
    }

    /// A role word used as an adjective: "severed political and military ties with".
    fn adjectival(&self, c: &Chunk) -> bool {
        let mut words = self.tokens[c.first..c.end]
            .iter()
            .filter(|t| !t.class.has(WordClass::DET));
        let single = words.next().filter(|_| words.next().is_none());
        single.is_some_and(|w| matches!(w.lower.as_ref(), "military" | "civilian"))
            && self.tokens.get(c.end).is_some_and(|next| {
                next.shape == Shape::Lower && next.class.is_content() && !self.verbish(c.end)
            })
    }

    /// A possessive pronoun at `k` before a word for another party ("its neighbor", "their
    /// counterparts"): the pronoun is the possessor, not who is meant.
    fn relational_word(&self, k: usize) -> bool {
        possessive_pronoun(&self.tokens[k].lower)
            && self.tokens.get(k + 1).is_some_and(|next| {
                matches!(
                    next.lower.as_ref(),
                    "neighbor"
                        | "neighbors"
                        | "neighbour"
                        | "neighbours"
                        | "rival"
                        | "rivals"
                        | "ally"
                        | "allies"
                        | "enemy"
                        | "enemies"
                        | "adversary"
                        | "adversaries"
                )
            })
    }

    /// A possessive pronoun right before an actor named in its own words ("demanded that its
    /// European Community partners refuse", "met his Greek counterpart"): the pronoun owns
    /// that phrase, which is who is meant. Not before a bare role ("his army", "its
    /// citizens"), whose country comes from the pronoun itself.
    fn owner_of_next(&self, ci: usize) -> bool {
        let c = &self.chunks[ci];
        possessive_pronoun(&self.tokens[c.first].lower)
            && self.chunks.get(ci + 1).is_some_and(|next| {
                next.first == c.end
                    && next.coref_depth == 0
                    && !next.place
                    && matches!(
                        self.tokens[next.first].shape,
                        Shape::Capitalised | Shape::Upper
                    )
            })
    }

    /// In a second conjunct ("met with their Greek counterparts and discussed …"), the object
    /// of the first verb, which the second shares.
    fn shared_object(&self, start: usize) -> Option<usize> {
        if start == 0 || !matches!(self.tokens[start - 1].lower.as_ref(), "and" | "then") {
            return None;
        }
        let (ci, c) = self
            .chunks
            .iter()
            .enumerate()
            .rev()
            .find(|(_, c)| c.end < start)?;
        if self.tokens[c.end..start].iter().any(is_boundary) || c.first == 0 {
            return None;
        }
        let mut k = c.first - 1;
        // past a determiner or possessive, then a preposition: "meet with their counterparts"
        while k > 0 && self.tokens[k].class.has(WordClass::DET) {
            k -= 1;
        }
        if k > 0 && self.tokens[k].class.has(WordClass::PREP) {
            k -= 1;
        }
        self.verbish(k).then_some(ci)
    }

    /// A word between a speaker and the pronoun that repeats it ("has said on Monday that
    /// it"): a reporting verb, an auxiliary or adverb, "that", a time, a personal pronoun.
    fn speaker_echo(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        self.said(k)
            || t.class.is_auxiliary()
            || t.class.has(WordClass::ADVERB)
            || t.class.has(WordClass::TIME)
            || matches!(
                t.lower.as_ref(),
                "that"
                    | "it"
                    | "they"
                    | "he"
                    | "she"
                    | "we"
                    | "stated"
                    | "announced"
                    | "declared"
                    | "added"
                    | "insisted"
                    | "confirmed"
                    | "indicated"
            )
    }

    /// A reporting verb ("said", "says", "told"), which is irregular or not known to the
    /// patterns.
    fn said(&self, k: usize) -> bool {
        matches!(
            self.tokens[k].lower.as_ref(),
            "said" | "says" | "say" | "told" | "tells" | "thought" | "thinks" | "knew" | "felt"
        )
    }

    /// The object after token `from`: the first actor in the clause, past places ("in
    /// Beijing") and, in the passive, the "by"-phrase.
    ///
    /// `direct`: the slot is a verb's direct object ("SRC welcome TGT"). A noun may stand
    /// before it only with "of", "by" or "from" ("praised the efforts of Egypt", "seized
    /// weapons from the rebels"); an actor further inside a phrase ("condemned the attack on
    /// Israel") is not what the verb acts on.
    fn object(&self, from: usize, passive: bool, direct: bool) -> Option<(Vec<usize>, usize)> {
        // "killed at least eight top al-Qaeda leaders": past a count that opens the object
        // (tried second: a count may also be the first word of the actor's own words)
        self.object_at(from, passive, direct)
            .or_else(|| {
                let counted = self.past_quantity(from);
                (counted > from)
                    .then(|| self.object_at(counted, passive, direct))
                    .flatten()
                    .map(|(group, d)| (group, d + (counted - from)))
            })
            .or_else(|| self.counted_of_before(from))
    }

    /// A bare count for object, which counts people named before: "opened fire to disperse
    /// demonstrators, killing one person and arresting 12" (12 of the demonstrators). The
    /// last actor before the verb, when a comma or "and" parts them (not the verb's own
    /// subject, "the police arrested 12").
    fn counted_of_before(&self, from: usize) -> Option<(Vec<usize>, usize)> {
        // a number standing alone ("12", "three"), not a time ("10:30") nor a count of a noun
        let bare_count = self
            .tokens
            .get(from)
            .is_some_and(|t| count(t) && !t.text.contains(':'))
            && self
                .tokens
                .get(from + 1)
                .is_none_or(|t| matches!(t.text.as_ref(), "," | "." | ";" | "and"));
        if !bare_count || from == 0 {
            return None;
        }
        let verb = from - 1;
        let ci = self.chunks.iter().rposition(|c| c.end <= verb)?;
        let c = &self.chunks[ci];
        let parted = self.tokens[c.end..verb]
            .iter()
            .any(|t| t.text == "," || t.lower == "and");
        let same_clause = !self.tokens[c.end..verb].iter().any(is_boundary);
        (parted && same_clause && !c.possessive && !c.event && !c.place)
            .then(|| (vec![ci], from - c.end))
    }

    fn object_at(&self, from: usize, passive: bool, direct: bool) -> Option<(Vec<usize>, usize)> {
        for (ci, c) in self.chunks.iter().enumerate() {
            if c.first < from {
                continue;
            }
            if c.first - from > OBJECT_REACH {
                return None;
            }
            let between = &self.tokens[from..c.first];
            // a new verb between ("her visit and expressed China's…") starts another predicate;
            // not a participle that names the author of the thing acted on ("rejected a
            // resolution drafted by France", "condemned the attack carried out by Hamas")
            let authored = |k: usize| {
                let particle = usize::from(
                    self.tokens
                        .get(k + 1)
                        .is_some_and(|t| matches!(t.lower.as_ref(), "out" | "up" | "forward")),
                );
                let by = k + 1 + particle;
                k > from
                    && self.past[k]
                    && self.tokens[k - 1].shape == Shape::Lower
                    && self.tokens[k - 1].class.is_content()
                    && self.tokens.get(by).is_some_and(|t| t.lower == "by")
                    && (c.first == by + 1
                        || (c.first == by + 2 && self.tokens[by + 1].class.has(WordClass::DET)))
            };
            if (from..c.first)
                .any(|k| self.verbish(k) && self.chunk_covering(k).is_none() && !authored(k))
            {
                return None;
            }
            // "ties with its neighbor, South Korea": the comma opens the neighbour's name
            let apposition = |k: usize| {
                k >= from + 2 && self.tokens[k].text == "," && self.relational_word(k - 2)
            };
            // "denounced as an ugly crime Serbia's suppression of…": a short "as a …" phrase
            // right after the verb, with a noun of its own, may come before its object (not
            // "hailed as a hero by", "proscribed as a terrorist organisation", "as many of them")
            let shifted_as = |k: usize| {
                direct
                    && k == from
                    && self.tokens[k].lower == "as"
                    && self
                        .tokens
                        .get(k + 1)
                        .is_some_and(|t| matches!(t.lower.as_ref(), "a" | "an"))
                    && between.len() > 2
                    && !between[2..].iter().any(|t| t.class.has(WordClass::PREP))
            };
            if (from..c.first).any(|k| !apposition(k) && self.tokens[k].text == ",")
                || (from..c.first).any(|k| {
                    let t = &self.tokens[k];
                    is_boundary(t)
                        || (!shifted_as(k)
                            && matches!(
                                t.lower.as_ref(),
                                "which"
                                    | "who"
                                    | "when"
                                    | "where"
                                    | "while"
                                    | "after"
                                    | "before"
                                    | "because"
                                    | "although"
                                    | "as"
                                    | "if"
                                    | "said"
                                    | "says"
                            ))
                })
            {
                return None;
            }
            let before = self.before_chunk(c).map(|t| t.lower.as_ref());
            // "met at Baylor University in Waco": a place, not the one met
            let locative = |t: &Token| {
                matches!(
                    t.lower.as_ref(),
                    "in" | "at"
                        | "near"
                        | "outside"
                        | "inside"
                        | "across"
                        | "throughout"
                        | "during"
                )
            };
            let governing = between.iter().rev().find(|t| t.class.has(WordClass::PREP));
            // a preposition the pattern wrote itself ("arrive in TGT") is not a locative
            let place_after_locative = c.place
                && !between.iter().all(|t| t.class.has(WordClass::DET))
                && matches!(
                    before,
                    Some(
                        "in" | "at"
                            | "near"
                            | "from"
                            | "outside"
                            | "inside"
                            | "across"
                            | "throughout"
                    )
                );
            // "signed a ceasefire in the presence of Condoleezza Rice": a witness, no party
            let witness = between.len() >= 3
                && between[between.len() - 1].lower == "of"
                && between[between.len() - 2].lower == "presence"
                && between[..between.len() - 2]
                    .iter()
                    .rev()
                    .take(2)
                    .any(|t| t.lower == "in");
            if governing.is_some_and(locative)
                || witness
                || place_after_locative
                || self.adjectival(c)
                || (c.end == c.first + 1
                    && (self.relational_word(c.first) || self.owner_of_next(ci)))
            {
                continue;
            }
            if passive && before == Some("by") {
                continue;
            }
            // "a joint statement released by the three leaders": a participle with its own
            // "by" and no auxiliary is a passive that describes the noun before it; the "by"
            // names its agent, not what was done to (after an actor, `is_passive` takes it)
            if from > 0
                && self.past[from - 1]
                && !self.is_passive(from - 1)
                && between.first().is_some_and(|t| t.lower == "by")
            {
                return None;
            }
            if direct {
                let prepositions = between
                    .iter()
                    .filter(|t| t.class.has(WordClass::PREP))
                    .count();
                if prepositions > 1
                    || (prepositions == 1 && !matches!(before, Some("of" | "by" | "from")))
                {
                    return None;
                }
            }
            return Some((self.group(ci), c.first - from));
        }
        None
    }

    /// The place an act of violence strikes: the first place after `from` in the clause
    /// that follows "in", "on", "into", "near" or "at" ("killed eight people in a village in
    /// North Waziristan").
    fn struck_place(&self, from: usize) -> Option<(usize, usize)> {
        let ci = self
            .chunks
            .iter()
            .position(|c| c.first >= from && c.place)?;
        let c = &self.chunks[ci];
        if c.first - from > OBJECT_REACH
            || self.tokens[from..c.first]
                .iter()
                .any(|t| is_boundary(t) || matches!(t.lower.as_ref(), "said" | "says"))
        {
            return None;
        }
        matches!(
            self.before_chunk(c).map(|t| t.lower.as_ref()),
            Some("in" | "on" | "into" | "near" | "at")
        )
        .then_some((ci, c.first - from))
    }

    /// The actor that modifies a noun trigger as its agent: "the Israeli offensive into Gaza",
    /// "U.S. missile strikes", "Sudanese aggression". Only a demonym or an acronym qualifies: a
    /// country's name before a noun is as often where it happens ("the Iraq war").
    fn agent_modifier(&self, trigger: usize) -> Option<usize> {
        if trigger == 0 || self.verbish(trigger) {
            return None;
        }
        let ending_at = |k: usize| self.chunks.iter().position(|c| c.end == k && !c.place);
        // one noun may stand between: "U.S. missile attack", "Chinese naval exercises"
        let c = ending_at(trigger).or_else(|| {
            let t = &self.tokens[trigger - 1];
            (t.shape == Shape::Lower && t.class.is_content() && !self.verbish(trigger - 1))
                .then(|| ending_at(trigger - 1))
                .flatten()
        })?;
        let chunk = &self.chunks[c];
        let last = &self.tokens[chunk.end - 1];
        (chunk.end - chunk.first == 1
            && (self.demonym(chunk.end - 1) || last.shape == Shape::Upper))
            .then_some(c)
    }

    /// Whether token `k` looks like a demonym ("Russian", "Chinese", "Israeli", "British").
    fn demonym(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        t.shape == Shape::Capitalised
            && ["an", "ese", "i", "ish", "ch", "ic"]
                .iter()
                .any(|end| t.lower.ends_with(end))
    }

    /// The agent of a passive: the actor after "by".
    fn by_phrase(&self, trigger: usize) -> Option<(Vec<usize>, usize)> {
        let end = (trigger + OBJECT_REACH).min(self.tokens.len());
        let by = (trigger + 1..end).find(|&k| self.tokens[k].lower == "by")?;
        if self.tokens[trigger + 1..by].iter().any(is_boundary) {
            return None;
        }
        // "kidnapped since the 2003 invasion led by the United States": the agent of another
        // participle between (one coordinated with this one shares it: "shot and killed by")
        let coordinated = |k: usize| {
            (trigger + 1..k)
                .rev()
                .take(2)
                .any(|j| matches!(self.tokens[j].lower.as_ref(), "and" | "or"))
        };
        if (trigger + 1..by).any(|k| self.past[k] && self.verbish(k) && !coordinated(k)) {
            return None;
        }
        let c = self
            .chunks
            .iter()
            .position(|c| c.first > by && c.first <= by + 2)?;
        Some((self.group(c), by - trigger))
    }

    /// The nearest token that is one of `alternatives`, passing over at most `GAP` skippable
    /// words: from `from` on rightwards, or before `from` leftwards.
    fn nearby_word(&self, alternatives: &[Literal], from: usize, leftwards: bool) -> Option<usize> {
        let mut passed = 0;
        for step in 0.. {
            let k = if leftwards {
                from.checked_sub(step + 1)?
            } else {
                from + step
            };
            let token = self.tokens.get(k)?;
            if self.word_at(alternatives, k) {
                return Some(k);
            }
            // "called on Hezbollah, Monday, to release": a time set off by commas is passed
            let around_time = token.text == ","
                && [k.checked_sub(1), Some(k + 1)]
                    .into_iter()
                    .flatten()
                    .filter_map(|j| self.tokens.get(j))
                    .any(|t| t.class.has(WordClass::TIME));
            if !skippable(token) && !around_time {
                return None;
            }
            // scare quotes are no words: "strengthen “strategic communication” and coordination";
            // a hyphenated word is one: "lifted a day-old blockade", "a 30-day state of siege"
            if !is_quote(token) && !self.inside_hyphenated(k) {
                passed += 1;
                if passed > GAP {
                    return None;
                }
            }
        }
        None
    }

    /// Whether token `k` is the hyphen of a hyphenated word ("30-day") or the part after it:
    /// the word was counted at its first part.
    fn inside_hyphenated(&self, k: usize) -> bool {
        let glued_hyphen = |h: usize| {
            h > 0
                && self.tokens.get(h).is_some_and(|t| t.text == "-")
                && self
                    .tokens
                    .get(h + 1)
                    .is_some_and(|n| n.start == self.tokens[h].end)
                && self.tokens[h - 1].end == self.tokens[h].start
        };
        glued_hyphen(k) || (k > 0 && glued_hyphen(k - 1))
    }

    /// Tries one pattern with its trigger at token `at`.
    pub fn try_pattern(
        &self,
        book: &PatternBook,
        pattern_index: usize,
        at: usize,
        words: &mut Vec<usize>,
    ) -> Option<Match> {
        let pattern: &Pattern = &book.patterns[pattern_index];
        // most attempts fail on a word: the scratch buffer spares them an allocation
        words.clear();
        words.push(at);
        let mut gaps = 0;
        let mut sources: Option<Vec<usize>> = None;
        let mut targets: Option<Vec<usize>> = None;
        let mut distance = 0;
        let mut subject_source = false;
        let mut implied_source = None;
        let mut struck_place = false;
        let mut to_setting = false;
        let last_index = pattern.elements.len() - 1;

        // rightwards from the trigger
        let mut cursor = at + 1;
        // a "by" after a slot between words follows the actor at once: "attack on Chad by
        // rebels", not "attack against him is viewed by Republicans", where the agent is
        // another verb's
        let mut agent_next = false;
        for (ei, element) in pattern
            .elements
            .iter()
            .enumerate()
            .skip(pattern.trigger + 1)
        {
            match element {
                Element::Words {
                    alternatives,
                    optional,
                } => {
                    let found = self
                        .nearby_word(alternatives, cursor, false)
                        .or_else(|| {
                            let after_slot = ei > 0
                                && !matches!(pattern.elements[ei - 1], Element::Words { .. });
                            after_slot
                                .then(|| self.past_relative_clause(alternatives, cursor))
                                .flatten()
                        })
                        .filter(|&k| !agent_next || k == cursor);
                    agent_next = false;
                    match found {
                        Some(k) => {
                            gaps += k - cursor;
                            words.push(k);
                            cursor = k + 1;
                        }
                        None if *optional => {}
                        None => return None,
                    }
                }
                slot => {
                    let filled = if ei == last_index {
                        let direct = ei == pattern.trigger + 1 && self.verbish(at);
                        // "were killed by a roadside bomb": a passive's subject is its target,
                        // and it may have no object to fill the slot (its agent is then made
                        // up below)
                        let passive_subject = direct
                            && pattern.elements.first() == Some(&Element::Source)
                            && violent(pattern)
                            && self.auxiliary_passive(at)
                            && self.weapon_agent(at);
                        self.object(cursor, false, direct)
                            .or_else(|| passive_subject.then(|| (Vec::new(), 0)))
                    } else {
                        // "allow up to 13,000 Turkish Kurd refugees to return": a count opens
                        // the slot's noun phrase
                        let from = self.past_quantity(cursor);
                        let opens_at = |k: usize, c: &Chunk| c.first >= k && c.first <= k + 1;
                        let c = self
                            .chunks
                            .iter()
                            .position(|c| opens_at(cursor, c) || opens_at(from, c))?;
                        let chunk = &self.chunks[c];
                        // "closed Ukraine's embassy" (`SRC close TGT 's embassy`): the slot's
                        // actor is the possessor, and the chunk may run on past its "'s"
                        let possessive_next = pattern.word_may_be(ei + 1, "'s");
                        // "expelled two Russian diplomats" (`SRC expel TGT diplomats`): after
                        // a demonym, the chunk's last word may be the pattern's next word
                        let head_next = match &pattern.elements.get(ei + 1) {
                            Some(Element::Words { alternatives, .. }) => {
                                chunk.end - chunk.first > 1
                                    && self.demonym(chunk.end - 2)
                                    && self.word_at(alternatives, chunk.end - 1)
                            }
                            _ => false,
                        };
                        // "said that the Sudanese government and the rebels in Darfur must",
                        // "urged Israel and Lebanon to stop": a coordinated group fills the
                        // slot, and the pattern goes on after its last member
                        // (not "between SRC and TGT", whose own "and" joins the two slots)
                        let coordinated = self
                            .tokens
                            .get(chunk.end)
                            .is_some_and(|t| matches!(t.lower.as_ref(), "and" | "," | "&" | "or"));
                        let group: Vec<usize> = if !coordinated
                            || possessive_next
                            || head_next
                            || pattern.word_may_be(ei + 1, "and")
                        {
                            vec![c]
                        } else {
                            self.group(c).into_iter().filter(|&g| g >= c).collect()
                        };
                        let group_end = group.last().map_or(chunk.end, |&g| self.chunks[g].end);
                        cursor = (chunk.first..chunk.end)
                            .find(|&k| possessive_next && self.tokens[k].lower == "'s")
                            .unwrap_or(if head_next {
                                chunk.end - 1
                            } else if pattern.word_may_be(ei + 1, "of") {
                                group_end
                            } else {
                                self.past_of_phrase(group_end)
                            });
                        agent_next = pattern.word_may_be(ei + 1, "by");
                        Some((group, 0))
                    };
                    let (group, d) = filled?;
                    distance = distance.max(d);
                    match slot {
                        Element::Source => sources = Some(group),
                        _ => targets = Some(group),
                    }
                }
            }
        }

        // leftwards from the trigger
        let mut cursor = at; // exclusive bound
        for (ei, element) in pattern
            .elements
            .iter()
            .enumerate()
            .take(pattern.trigger)
            .rev()
        {
            match element {
                Element::Words {
                    alternatives,
                    optional,
                } => {
                    let found = self.nearby_word(alternatives, cursor, true);
                    match found {
                        Some(k) => {
                            gaps += cursor - k - 1;
                            words.push(k);
                            cursor = k;
                        }
                        None if *optional => {}
                        None => return None,
                    }
                }
                slot => {
                    let next_is_trigger = ei + 1 == pattern.trigger;
                    let filled = if let Some(c) = (ei == 0 && next_is_trigger)
                        .then(|| self.agent_modifier(at))
                        .flatten()
                    {
                        Some((vec![c], 0))
                    } else if ei == 0 && next_is_trigger {
                        subject_source = true;
                        let verbs_start = self.verb_group_start(at);
                        let subject = self.subject(verbs_start, at);
                        if subject.is_none() && pattern.reciprocal && self.is_passive(at) {
                            subject_source = false;
                            self.by_phrase(at)
                        } else if subject.is_none()
                            && violent(pattern)
                            && self.weapon_subject(verbs_start, at)
                        {
                            implied_source = Some(ImpliedSource::Attackers);
                            Some((Vec::new(), 0))
                        } else {
                            subject
                        }
                    } else {
                        let near = (cursor.saturating_sub(3)..cursor)
                            .rev()
                            .find_map(|k| self.chunk_covering(k));
                        // "Hungary has said it will support" (`SRC will support TGT`): a
                        // pattern's first word that is a verb or auxiliary has the clause's
                        // subject as its source, however far back
                        let verb_first = ei == 0
                            && matches!(slot, Element::Source)
                            && cursor < at
                            && !matches!(self.tokens[cursor].lower.as_ref(), "'s" | "’s")
                            && (self.tokens[cursor].class.is_auxiliary() || self.verbish(cursor));
                        let Some(c) = near else {
                            if !verb_first {
                                return None;
                            }
                            let (group, d) = self.subject(self.verb_group_start(cursor), cursor)?;
                            // only past a report of speech and the pronoun that stands for
                            // the speaker ("has said that it"), not past another noun ("argues
                            // that the death penalty will help")
                            let end = group.iter().map(|&g| self.chunks[g].end).max()?;
                            if !(end..cursor).all(|k| self.speaker_echo(k)) {
                                return None;
                            }
                            distance = distance.max(d);
                            sources = Some(group);
                            continue;
                        };
                        cursor = self.chunks[c].first;
                        // "Somalia and Ethiopia are in talks": a subject in a state named by a
                        // preposition is the whole group
                        let in_state = ei == 0
                            && ["in", "on", "at", "under"]
                                .iter()
                                .any(|p| pattern.word_may_be(1, p));
                        Some((if in_state { self.group(c) } else { vec![c] }, 0))
                    };
                    let (group, d) = filled?;
                    distance = distance.max(d);
                    match slot {
                        Element::Source => sources = Some(group),
                        _ => targets = Some(group),
                    }
                }
            }
        }

        // "meet the requirements": the words are taken, and nothing is coded. A blocking
        // line is one noun phrase: only determiners and modifiers may stand between its words
        // ("meet the minimum requirement", "meet one of the conditions"), so that "fired on
        // Israeli fighter jets" is no "fire fighters"
        if pattern.blocks() {
            let mut at_words = words.clone();
            at_words.sort_unstable();
            let modifier = |t: &Token| {
                t.class.has(WordClass::DET)
                    || t.lower == "of"
                    || (t.shape == Shape::Lower
                        && t.class.is_content()
                        && !t.class.has(WordClass::PREP))
            };
            let loose = at_words
                .windows(2)
                .any(|w| !self.tokens[w[0] + 1..w[1]].iter().all(modifier));
            if loose {
                return None;
            }
            return Some(Match {
                pattern: pattern_index,
                words: words.clone(),
                sources: Vec::new(),
                targets: Vec::new(),
                gaps,
                distance,
                passive: false,
                implied_source: None,
                struck_place: false,
                to_setting: false,
            });
        }
        // a pattern without SRC takes the clause's subject
        if !pattern.has_source() {
            let (group, d) = self.subject(
                self.verb_group_start(words.iter().copied().min().unwrap_or(at)),
                at,
            )?;
            subject_source = true;
            distance = distance.max(d);
            sources = Some(group);
        }
        let mut passive = false;
        let by_in_pattern = pattern.word_may_be(pattern.trigger + 1, "by");
        // (a weapon for subject is no passive's target)
        if subject_source
            && implied_source.is_none()
            && pattern.elements.first() == Some(&Element::Source)
            && (self.auxiliary_passive(at) || (self.reduced_passive(at) && !by_in_pattern))
        {
            // "Israel was condemned by the UN": the subject is the target
            passive = true;
            targets = sources.take();
            match self.by_phrase(at) {
                Some((by, d)) => {
                    distance = distance.max(d);
                    sources = Some(by);
                }
                // "240 demonstrators were detained": only the state arrests, expels, seizes;
                // and opens a formal investigation where the sentence places it ("has been put
                // under investigation in Italy"; placed nowhere, the suspect's own state or a
                // foreign one may be conducting it)
                None if (pattern.code.root() == "17" && !pattern.reciprocal)
                    || (pattern.code.root() == "09" && self.placed_in(at)) =>
                {
                    implied_source = Some(ImpliedSource::Authorities);
                    sources = Some(Vec::new());
                }
                // "three US servicemen were killed by an improvised explosive device"
                None if violent(pattern) && self.weapon_agent(at) => {
                    implied_source = Some(ImpliedSource::Attackers);
                    sources = Some(Vec::new());
                }
                None => return None,
            }
        }
        let sources = sources?;
        if pattern.has_target() && targets.is_none() {
            return None;
        }
        // event data is dyadic: a pattern that names no target takes the object after its
        // last word ("declared a truce with Hamas"), and codes nothing without one
        let reciprocal_group = self.reciprocal_group(pattern, &sources);
        let last = *words.iter().max().unwrap_or(&at);
        // "pushing hard for the US support", "demanded an Israeli withdrawal": an actor the
        // words of an appeal or demand enclose, past the word after the trigger, is the one
        // asked (not one before it: "a company called the Australian Centre for Languages",
        // "calls from prominent Democrats for her to drop out"); a possessor is the one the
        // act is for ("calling for her release", "the hostages' freedom")
        if targets.is_none() && matches!(pattern.code.root(), "02" | "10") {
            let second = words
                .iter()
                .copied()
                .filter(|&k| k > at)
                .min()
                .unwrap_or(last);
            targets = self
                .chunks
                .iter()
                .position(|c| {
                    c.first > second && c.end <= last && c.coref_depth == 0 && !c.possessive
                })
                .filter(|c| !sources.contains(c))
                .map(|c| vec![c]);
        }
        if targets.is_none() {
            match self.object(last + 1, passive, false) {
                Some((group, d)) => {
                    distance = distance.max(d);
                    targets = Some(group);
                }
                // "met with B and discussed": the second verb shares the first one's object
                None if pattern.reciprocal && subject_source && !passive => {
                    match self.shared_object(self.verb_group_start(at)) {
                        Some(c) => targets = Some(vec![c]),
                        None if reciprocal_group || self.targetless => {}
                        None => return None,
                    }
                }
                // "A and B met": the group's pairs are the events
                None if reciprocal_group => {}
                // "ahead of the visit of Muammar Gaddafi": to where the story happens
                None if pattern.code.code == "042" && !pattern.has_target() => to_setting = true,
                // "shelled positions in Gaza", "remained on alert in the West Bank": force
                // shown or used with no named victim falls on the place it strikes
                // ("hostages abducted in Baghdad" names the victims, not the place, first)
                None => {
                    // (a pronoun before the verb is its subject: "they blew themselves up in
                    // Tel Aviv")
                    let reduced_relative = self.past[at]
                        && self.chunks.iter().any(|c| {
                            c.end == at
                                && !matches!(
                                    self.tokens[c.first].lower.as_ref(),
                                    "they" | "he" | "she" | "it" | "we"
                                )
                        });
                    let forceful = matches!(pattern.code.root(), "15" | "18" | "19" | "20")
                        && !passive
                        && !reduced_relative;
                    match forceful.then(|| self.struck_place(last + 1)).flatten() {
                        Some((c, d)) => {
                            distance = distance.max(d);
                            targets = Some(vec![c]);
                            struck_place = true;
                        }
                        None if self.targetless || infers_target(pattern) => {}
                        None => return None,
                    }
                }
            }
        }
        Some(Match {
            pattern: pattern_index,
            words: words.clone(),
            sources,
            targets: targets.unwrap_or_default(),
            gaps,
            distance,
            passive,
            implied_source,
            struck_place,
            to_setting,
        })
    }

    /// Every pattern that matches the sentence, the most specific first, none sharing a word.
    pub fn matches(&self, book: &PatternBook, index: &WordIndex) -> Vec<Match> {
        let mut found: Vec<Match> = Vec::new();
        let mut scratch: Vec<usize> = Vec::with_capacity(16);
        let mut candidates: Vec<u32> = Vec::new();
        // the word sets a pattern requires besides its trigger, wherever they stand
        let present = SetPresence::of(book.sets.len(), self.forms.iter().copied());
        for (k, form) in self.forms.iter().enumerate() {
            // most words trigger nothing: pass them before the tests below, which only ever
            // keep a trigger from firing
            if form.triggers.is_empty() {
                continue;
            }
            if self.adjectival_participle(k) {
                continue;
            }
            index.patterns_with_required(form, &present, &mut candidates);
            for &pattern in &candidates {
                if let Some(m) = self.try_pattern(book, pattern as usize, k, &mut scratch) {
                    found.push(m);
                }
            }
        }
        // a reading with a target beats one without (those exist only when `targetless`),
        // and a named victim beats the place struck
        found.sort_by_key(|m| {
            let p = &book.patterns[m.pattern];
            // ("A and B met": a reciprocal group is its own target; one actor alone is not)
            let without_target =
                m.targets.is_empty() && !self.reciprocal_group(p, &m.sources) && !p.blocks();
            (
                without_target,
                m.struck_place,
                std::cmp::Reverse(p.literals),
                // a blocking line wins a tie: it was written against that very wording
                !p.blocks(),
                m.gaps,
                p.order,
            )
        });
        let mut taken: Vec<usize> = Vec::new();
        found.retain(|m| {
            if m.words.iter().any(|w| taken.contains(w)) {
                return false;
            }
            taken.extend(m.words.iter().copied());
            true
        });
        found.retain(|m| !book.patterns[m.pattern].blocks());
        // "urged Israel to withdraw", "threatened to attack": the appeal or threat is the
        // event; what it asks for or threatens is its content, not a second event
        let governs = |a: &Match, b: &Match| {
            // a threat or protest kept only for the target the events stage may infer for
            // it must not silence what it governs, which may be the one event coded
            if a.targets.is_empty() && !self.targetless && !book.patterns[a.pattern].reciprocal {
                return false;
            }
            let root = &book.patterns[a.pattern].code.code[..2];
            let last = *a.words.iter().max().unwrap_or(&a.words[0]);
            let b_at = b.trigger();
            matches!(root, "02" | "03" | "10" | "12" | "13")
                && a.trigger() < b_at
                // near, or right after the governing words however long ("said on Friday
                // that the Sudanese government and the rebels in Darfur must reach")
                && (b_at - a.trigger() <= 12 || b_at == last + 1)
                && self.tokens[last.min(b_at)..b_at]
                    .iter()
                    .any(|t| matches!(t.lower.as_ref(), "to" | "that" | "must"))
                && !self.tokens[a.trigger()..b_at].iter().any(is_boundary)
        };
        let embedded: Vec<bool> = found
            .iter()
            .map(|b| found.iter().any(|a| governs(a, b)))
            .collect();
        found
            .into_iter()
            .zip(embedded)
            .filter(|(_, e)| !e)
            .map(|(m, _)| m)
            .collect()
    }
}
