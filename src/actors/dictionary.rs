//! Reading the actor dictionaries (formats in `dictionaries/README.md`) into one token trie.

use std::borrow::Cow;

use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;

use super::trie::TokenTrie;
use crate::coder::DictionarySource;
use crate::error::{Error, Result};
use crate::text::{tokenise, Vocabulary};
use crate::SharedStr;

/// A state or territory.
#[derive(Debug, Clone)]
pub struct Country {
    pub code: String,
    pub name: String,
    /// The state it was part of, and the day it left it: before then, its names stand for
    /// that state ("the southern regional capital Juba" in 2000 is Sudan's).
    pub part_of: Option<(u32, NaiveDate)>,
}

/// An organisation, armed group, news agency or party.
#[derive(Debug, Clone)]
pub struct Organisation {
    pub code: String,
    pub name: String,
    /// The country it belongs to, when its code starts with one.
    pub country: String,
    /// Its role, when its code ends with one.
    pub role: String,
}

/// One term of office.
#[derive(Debug, Clone)]
pub struct Term {
    pub code: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// A person with dated terms.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub terms: Vec<Term>,
    pub gender: Option<Gender>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// What a dictionary name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Country(u32),
    /// "Chinese", "North Koreans"
    Demonym(u32),
    /// "Beijing", "the Kremlin": the country's government
    Seat(u32),
    Organisation(u32),
    Person(u32),
    /// A role word; `person` for titles that go with a name. `title` numbers its words in
    /// lowercase among the dictionary's [`titles`](ActorDictionary::titles).
    Agent {
        role: [u8; 3],
        person: bool,
        title: u32,
    },
    /// A city or region of a country ("Shanghai", "Darfur"): a place, and the country's
    /// when it modifies a body ("Shanghai police").
    Place(u32),
    /// "former" (makes the actor ELI) or a word skipped inside titles ("senior").
    Modifier {
        former: bool,
    },
}

/// All actor dictionaries, compiled.
#[derive(Debug, Default)]
pub struct ActorDictionary {
    pub trie: TokenTrie<Entry>,
    pub countries: Vec<Country>,
    pub organisations: Vec<Organisation>,
    pub people: Vec<Person>,
    country_index: HashMap<String, u32>,
    org_index: HashMap<String, u32>,
    person_index: HashMap<String, u32>,
    /// The role words, lowercase, separated by spaces ("foreign minister"), made once and
    /// shared by every phrase that names them.
    pub titles: Vec<SharedStr>,
    title_index: HashMap<SharedStr, u32>,
}

const BUNDLED_ACTORS: &[(&str, &str)] = &[
    ("countries.txt", include_str!("dictionaries/countries.txt")),
    (
        "organisations.txt",
        include_str!("dictionaries/organisations.txt"),
    ),
    ("people.txt", include_str!("dictionaries/people.txt")),
];
const BUNDLED_PLACES: (&str, &str) = ("places.txt", include_str!("dictionaries/places.txt"));
const BUNDLED_AGENTS: &[(&str, &str)] = &[
    ("agents.txt", include_str!("dictionaries/agents.txt")),
    ("modifiers.txt", include_str!("dictionaries/modifiers.txt")),
];

/// The CAMEO role codes an agent or organisation code may end with.
const ROLES: &[&str] = &[
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "SPY", "UAF", "PTY", "AGR",
    "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "MED", "REF", "MOD",
    "RAD", "IGO", "NGO", "PKO", "REL", "IMG", "INT", "MNC", "NGM", "UIS",
];

fn bad(file: &str, line: usize, message: impl Into<String>) -> Error {
    Error::Dictionary {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

/// The non-comment lines of a dictionary with their 1-based numbers.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.split(" #").next().unwrap_or("").trim();
        (!line.is_empty() && !line.starts_with('#')).then_some((i + 1, line))
    })
}

fn list(field: &str) -> Vec<&str> {
    field
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn is_code(s: &str) -> bool {
    s.len() >= 3
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

fn date(s: &str, file: &str, line: usize) -> Result<Option<NaiveDate>> {
    if s.is_empty() {
        return Ok(None);
    }
    // the form every bundled term uses, read directly: chrono's parser interprets its format
    // string anew for each of the thousands of dates
    if let Some(date) = plain_date(s) {
        return Ok(Some(date));
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| bad(file, line, format!("{s:?} is not a date (YYYY-MM-DD)")))
}

/// A valid date written exactly YYYY-MM-DD, which `%Y-%m-%d` reads the same.
fn plain_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)
}

fn is_term(s: &str) -> bool {
    s.split_whitespace().next().is_some_and(is_code) && s.contains("..")
}

impl ActorDictionary {
    /// The bundled dictionaries plus the user's; their words join `vocabulary`.
    pub fn load(
        actors: &[DictionarySource],
        agents: &[DictionarySource],
        vocabulary: &mut Vocabulary,
    ) -> Result<ActorDictionary> {
        let mut dict = ActorDictionary::default();
        for (name, text) in BUNDLED_ACTORS {
            dict.add_actors(name, text, vocabulary)?;
        }
        dict.add_places(BUNDLED_PLACES.0, BUNDLED_PLACES.1, vocabulary)?;
        for (name, text) in BUNDLED_AGENTS {
            dict.add_agents(name, text, vocabulary)?;
        }
        for source in actors {
            let (name, text) = source.read()?;
            dict.add_actors(&name, &text, vocabulary)?;
        }
        for source in agents {
            let (name, text) = source.read()?;
            dict.add_agents(&name, &text, vocabulary)?;
        }
        Ok(dict)
    }

    fn name(&mut self, name: &str, entry: Entry, vocabulary: &mut Vocabulary) {
        let tokens = tokenise(name, 0, name.len());
        if !tokens.is_empty() {
            self.trie.insert(&tokens, entry, vocabulary);
        }
    }

    /// A role word, under its words in lowercase as its title: the words of any text it
    /// matches, which are the same words by number.
    fn agent(&mut self, word: &str, role: [u8; 3], person: bool, vocabulary: &mut Vocabulary) {
        let tokens = tokenise(word, 0, word.len());
        if tokens.is_empty() {
            return;
        }
        let words: Vec<&str> = tokens.iter().map(|t| t.lower.as_ref()).collect();
        let words = words.join(" ");
        let title = match self.title_index.get(words.as_str()) {
            Some(&title) => title,
            None => {
                let title = self.titles.len() as u32;
                let words = SharedStr::from(words);
                self.titles.push(words.clone());
                self.title_index.insert(words, title);
                title
            }
        };
        let entry = Entry::Agent {
            role,
            person,
            title,
        };
        self.trie.insert(&tokens, entry, vocabulary);
    }

    /// Reads country, organisation and person lines; each line's form says which it is.
    pub fn add_actors(
        &mut self,
        file: &str,
        text: &str,
        vocabulary: &mut Vocabulary,
    ) -> Result<()> {
        for (n, line) in lines(text) {
            let fields: Vec<&str> = line.split('|').map(str::trim).collect();
            if fields.len() < 2 {
                return Err(bad(
                    file,
                    n,
                    "expected fields separated by '|': CODE | names, or names | terms",
                ));
            }
            if fields.len() >= 2 && is_term(fields[1].split(';').next().unwrap_or("")) {
                self.add_person(file, n, &fields, vocabulary)?;
            } else if is_code(fields[0]) && fields[0].len() == 3 {
                self.add_country(file, n, &fields, vocabulary)?;
            } else if is_code(fields[0]) {
                self.add_organisation(file, n, &fields, vocabulary)?;
            } else {
                return Err(bad(
                    file,
                    n,
                    format!(
                        "{:?} is not a CAMEO code and the second field holds no dated terms",
                        fields[0]
                    ),
                ));
            }
        }
        Ok(())
    }

    fn add_country(
        &mut self,
        file: &str,
        n: usize,
        fields: &[&str],
        vocabulary: &mut Vocabulary,
    ) -> Result<()> {
        if fields.len() > 5 {
            return Err(bad(
                file,
                n,
                "a country line has at most 5 fields: CODE | names | adjectives | government \
                 names | CODE until YYYY-MM-DD",
            ));
        }
        // "SDN until 2011-07-09": the state it was part of, until the day it left it
        let part_of = match fields
            .get(4)
            .map(|f| f.split_whitespace().collect::<Vec<_>>())
        {
            None => None,
            Some(words) => {
                let [state, "until", day] = words[..] else {
                    return Err(bad(
                        file,
                        n,
                        "expected 'CODE until YYYY-MM-DD' in the fifth field",
                    ));
                };
                let Some(&state) = self.country_index.get(state) else {
                    return Err(bad(
                        file,
                        n,
                        format!("{state:?} is not a country code listed before"),
                    ));
                };
                date(day, file, n)?.map(|day| (state, day))
            }
        };
        let names = list(fields[1]);
        let Some(first) = names.first() else {
            return Err(bad(file, n, "a country needs at least one name"));
        };
        let code = fields[0].to_string();
        let id = match self.country_index.get(&code) {
            Some(&id) => id,
            None => {
                self.countries.push(Country {
                    code: code.clone(),
                    name: first.to_string(),
                    part_of,
                });
                let id = (self.countries.len() - 1) as u32;
                self.country_index.insert(code, id);
                id
            }
        };
        for name in names {
            self.name(name, Entry::Country(id), vocabulary);
        }
        for adjective in fields.get(2).map(|f| list(f)).unwrap_or_default() {
            self.name(adjective, Entry::Demonym(id), vocabulary);
        }
        for seat in fields.get(3).map(|f| list(f)).unwrap_or_default() {
            self.name(seat, Entry::Seat(id), vocabulary);
        }
        Ok(())
    }

    fn add_organisation(
        &mut self,
        file: &str,
        n: usize,
        fields: &[&str],
        vocabulary: &mut Vocabulary,
    ) -> Result<()> {
        if fields.len() > 3 {
            return Err(bad(
                file,
                n,
                "an organisation line has at most 3 fields: CODE | names | adjectives",
            ));
        }
        let names = list(fields[1]);
        let Some(first) = names.first() else {
            return Err(bad(file, n, "an organisation needs at least one name"));
        };
        let code = fields[0].to_string();
        let country = if self.country_index.contains_key(&code[..3]) {
            code[..3].to_string()
        } else {
            String::new()
        };
        let tail = &code[code.len() - 3..];
        let role = if code.len() > 3 && ROLES.contains(&tail) {
            tail.to_string()
        } else {
            String::new()
        };
        let org = Organisation {
            code: code.clone(),
            name: first.to_string(),
            country,
            role,
        };
        // many groups share a code (every party is PTY): an organisation is its code and name
        let key = format!("{code}|{first}");
        let id = match self.org_index.get(&key) {
            Some(&id) => id,
            None => {
                self.organisations.push(org);
                let id = (self.organisations.len() - 1) as u32;
                self.org_index.insert(key, id);
                id
            }
        };
        for name in names
            .iter()
            .chain(fields.get(2).map(|f| list(f)).unwrap_or_default().iter())
        {
            self.name(name, Entry::Organisation(id), vocabulary);
        }
        Ok(())
    }

    fn add_person(
        &mut self,
        file: &str,
        n: usize,
        fields: &[&str],
        vocabulary: &mut Vocabulary,
    ) -> Result<()> {
        if fields.len() > 3 {
            return Err(bad(
                file,
                n,
                "a person line has at most 3 fields: names | terms | gender",
            ));
        }
        let names = list(fields[0]);
        let Some(first) = names.first() else {
            return Err(bad(file, n, "a person needs a name"));
        };
        let mut terms = Vec::new();
        for term in list(fields[1]) {
            let mut parts = term.split_whitespace();
            let (Some(code), Some(range), None) = (parts.next(), parts.next(), parts.next()) else {
                return Err(bad(
                    file,
                    n,
                    format!("{term:?} is not a term: CODE FROM..TO"),
                ));
            };
            let Some((from, to)) = range.split_once("..") else {
                return Err(bad(
                    file,
                    n,
                    format!("{range:?} is not a date range FROM..TO"),
                ));
            };
            if !is_code(code) {
                return Err(bad(file, n, format!("{code:?} is not a CAMEO actor code")));
            }
            let (from, to) = (date(from, file, n)?, date(to, file, n)?);
            if let (Some(f), Some(t)) = (from, to) {
                if f > t {
                    return Err(bad(
                        file,
                        n,
                        format!("the term {term:?} ends before it starts"),
                    ));
                }
            }
            terms.push(Term {
                code: code.to_string(),
                from,
                to,
            });
        }
        let gender = match fields.get(2).copied().unwrap_or("") {
            "" => None,
            "m" => Some(Gender::Male),
            "f" => Some(Gender::Female),
            other => return Err(bad(file, n, format!("gender {other:?} is not 'm' or 'f'"))),
        };
        let person = Person {
            name: first.to_string(),
            terms,
            gender,
        };
        let id = match self.person_index.get(*first) {
            Some(&id) => {
                self.people[id as usize] = person; // the user's entry overrides the bundled one
                id
            }
            None => {
                self.people.push(person);
                let id = (self.people.len() - 1) as u32;
                self.person_index.insert(first.to_string(), id);
                id
            }
        };
        for name in names {
            self.name(name, Entry::Person(id), vocabulary);
        }
        Ok(())
    }

    /// Reads place lines: `CODE | place; place`, the places of a country already known.
    pub fn add_places(
        &mut self,
        file: &str,
        text: &str,
        vocabulary: &mut Vocabulary,
    ) -> Result<()> {
        for (n, line) in lines(text) {
            let Some((code, places)) = line.split_once('|') else {
                return Err(bad(file, n, "expected 'CODE | place; place'"));
            };
            let Some(&id) = self.country_index.get(code.trim()) else {
                return Err(bad(
                    file,
                    n,
                    format!("{:?} is not a country code of countries.txt", code.trim()),
                ));
            };
            for place in list(places) {
                self.name(place, Entry::Place(id), vocabulary);
            }
        }
        Ok(())
    }

    /// Reads role-word lines (`ROLE KIND | words`) and modifier lines (`word ELI|skip`).
    pub fn add_agents(
        &mut self,
        file: &str,
        text: &str,
        vocabulary: &mut Vocabulary,
    ) -> Result<()> {
        for (n, line) in lines(text) {
            match line.split_once('|') {
                Some((head, words)) => {
                    let mut head = head.split_whitespace();
                    let (Some(role), Some(kind), None) = (head.next(), head.next(), head.next())
                    else {
                        return Err(bad(file, n, "expected 'ROLE KIND | words'"));
                    };
                    if !ROLES.contains(&role) {
                        return Err(bad(file, n, format!("{role:?} is not a CAMEO role code")));
                    }
                    let person = match kind {
                        "person" => true,
                        "group" => false,
                        other => {
                            return Err(bad(
                                file,
                                n,
                                format!("kind {other:?} is not 'person' or 'group'"),
                            ))
                        }
                    };
                    let role: [u8; 3] = role
                        .as_bytes()
                        .try_into()
                        .expect("role codes have 3 letters");
                    for word in list(words) {
                        self.agent(word, role, person, vocabulary);
                        self.agent(&plural(word), role, person, vocabulary);
                    }
                }
                None => {
                    let mut parts = line.split_whitespace();
                    let (Some(word), Some(action), None) =
                        (parts.next(), parts.next(), parts.next())
                    else {
                        return Err(bad(
                            file,
                            n,
                            "expected 'ROLE KIND | words' or 'word ELI|skip'",
                        ));
                    };
                    let former = match action {
                        "ELI" => true,
                        "skip" => false,
                        other => {
                            return Err(bad(
                                file,
                                n,
                                format!("modifier action {other:?} is not 'ELI' or 'skip'"),
                            ))
                        }
                    };
                    self.name(word, Entry::Modifier { former }, vocabulary);
                }
            }
        }
        Ok(())
    }

    /// The code a person holds on `date` (the latest term when no date is known); outside
    /// every term, the country of the nearest term as ELI.
    pub fn person_code<'d>(&self, person: &'d Person, date: Option<NaiveDate>) -> Cow<'d, str> {
        let Some(date) = date else {
            return person
                .terms
                .last()
                .map_or(Cow::Borrowed(""), |t| Cow::Borrowed(&t.code));
        };
        if let Some(term) = person
            .terms
            .iter()
            .find(|t| t.from.is_none_or(|f| f <= date) && t.to.is_none_or(|t| date <= t))
        {
            return Cow::Borrowed(&term.code);
        }
        let distance = |t: &Term| match (t.from, t.to) {
            (Some(f), _) if date < f => (f - date).num_days(),
            (_, Some(e)) if date > e => (date - e).num_days(),
            _ => 0,
        };
        match person.terms.iter().min_by_key(|t| distance(t)) {
            Some(term) if self.country_index.contains_key(&term.code[..3]) => {
                Cow::Owned(format!("{}ELI", &term.code[..3]))
            }
            Some(term) => Cow::Borrowed(&term.code),
            None => Cow::Borrowed(""),
        }
    }

    /// The code a country's names stand for on `date`: its own, or before it left another
    /// state, that state's.
    pub fn country_code_on(&self, country: u32, date: Option<NaiveDate>) -> &str {
        let entry = &self.countries[country as usize];
        match (entry.part_of, date) {
            (Some((state, until)), Some(date)) if date < until => {
                &self.countries[state as usize].code
            }
            _ => &entry.code,
        }
    }

    /// The country part of an actor code, if it has one ("" otherwise).
    pub fn country_of_code(&self, code: &str) -> &str {
        code.get(..3)
            .and_then(|country| self.country_index.get(country))
            .map_or("", |&i| self.countries[i as usize].code.as_str())
    }

    /// The role part of an actor code, if it ends with one ("" otherwise).
    pub fn role_of_code(&self, code: &str) -> &'static str {
        match code.len().checked_sub(3).and_then(|at| code.get(at..)) {
            Some(role) if code.len() > 3 => {
                ROLES.iter().find(|&&r| r == role).copied().unwrap_or("")
            }
            _ => "",
        }
    }

    /// A country's canonical name by code.
    pub fn country_name(&self, code: &str) -> Option<&str> {
        self.country_index
            .get(code)
            .map(|&i| self.countries[i as usize].name.as_str())
    }
}

/// The regular plural of a role word's last word ("minister" → "ministers").
fn plural(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("man") {
        return format!("{stem}men");
    }
    let consonant_y = word.ends_with('y')
        && !word.ends_with("ay")
        && !word.ends_with("ey")
        && !word.ends_with("oy");
    if consonant_y {
        format!("{}ies", &word[..word.len() - 1])
    } else if word.ends_with('s')
        || word.ends_with('x')
        || word.ends_with("ch")
        || word.ends_with("sh")
    {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_with(actors: &str) -> Result<ActorDictionary> {
        ActorDictionary::load(
            &[DictionarySource::Text {
                name: "mine.txt".into(),
                text: actors.into(),
            }],
            &[],
            &mut Vocabulary::lexicon().clone(),
        )
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let err = load_with("# comment\n\nXXX\n").unwrap_err();
        assert_eq!(
            err,
            Error::Dictionary {
                file: "mine.txt".into(),
                line: 3,
                message: "expected fields separated by '|': CODE | names, or names | terms".into()
            }
        );
        let err = load_with("Jane Doe | FRAGOV 2020-13-01..\n").unwrap_err();
        assert!(
            matches!(err, Error::Dictionary { line: 1, ref message, .. } if message.contains("2020-13-01"))
        );
        let err = load_with("Jane Doe | FRAGOV 2021-01-01..2020-01-01\n").unwrap_err();
        assert!(err.to_string().contains("ends before it starts"));
    }

    #[test]
    fn plain_dates_read_as_chrono_reads_them() {
        for s in [
            "2020-01-05",
            "1999-12-31",
            "2024-02-29",
            "2023-02-29",
            "2020-13-01",
            "2020-00-10",
            "0000-01-01",
            "2020-1-05",
            "20200105",
            "2020-01-5x",
            "+202-01-05",
            "2020-01-32",
        ] {
            let chrono = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
            if let Some(plain) = plain_date(s) {
                assert_eq!(Some(plain), chrono, "{s}");
            }
            assert_eq!(date(s, "test", 1).ok().flatten(), chrono, "{s}");
        }
    }

    #[test]
    fn terms_pick_the_code_by_date() {
        let dict = load_with("Jane Doe; Doe | FRAGOV 2010-05-01..2015-05-01 | f\n").unwrap();
        let jane = dict.people.iter().find(|p| p.name == "Jane Doe").unwrap();
        let on = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        assert_eq!(dict.person_code(jane, on("2012-01-01")), "FRAGOV");
        assert_eq!(dict.person_code(jane, on("2020-01-01")), "FRAELI");
        assert_eq!(jane.gender, Some(Gender::Female));
    }

    #[test]
    fn a_state_that_left_another_stands_for_it_before_the_day() {
        let on = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let dict = load_with(
            "XAA | Aland | Alandic | Alby\nXBB | Beland | | Beby | XAA until 2011-07-09\n",
        )
        .unwrap();
        let b = dict.country_index["XBB"];
        assert_eq!(dict.country_code_on(b, on("2000-01-01")), "XAA");
        assert_eq!(dict.country_code_on(b, on("2011-07-09")), "XBB");
        assert_eq!(dict.country_code_on(b, None), "XBB");
        let err = load_with("XBB | Beland | | | XAA until 2011-07-09\n").unwrap_err();
        assert!(
            err.to_string().contains("not a country code listed before"),
            "{err}"
        );
        let err = load_with("XAA | Aland\nXBB | Beland | | | XAA since 2011\n").unwrap_err();
        assert!(
            matches!(err, Error::Dictionary { line: 2, ref message, .. } if message.contains("until")),
            "{err}"
        );
    }

    #[test]
    fn plurals_are_generated() {
        assert_eq!(plural("minister"), "ministers");
        assert_eq!(plural("militia"), "militias");
        assert_eq!(plural("policeman"), "policemen");
        assert_eq!(plural("authority"), "authorities");
        assert_eq!(plural("boss"), "bosses");
    }
}
