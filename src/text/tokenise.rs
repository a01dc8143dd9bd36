//! Tokenisation over the original text: words, numbers, abbreviations and punctuation, each
//! with its byte span in the original and its normalised form.
//!
//! The text is read once, left to right; every look-ahead is bounded by a few characters, so
//! tokenising is linear in the length of the text.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

use super::lexicon::WordClass;
use super::normalise::{class_of, decode_entity, is_apostrophe, plain_punct, CharClass};
use super::{Shape, Token, Vocabulary, WordId};

/// How an abbreviation's full stop behaves (the kinds of `abbreviations.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbreviation {
    /// Stands before a name and never ends a sentence: "Gen.", "Mr.", "St.".
    Title,
    /// May end a sentence: "Inc.", "Sept.", "Calif.".
    MayEnd,
    /// Keeps its stop only before a number: "No. 10".
    BeforeNumber,
}

/// The abbreviations of `abbreviations.txt`.
struct Abbreviations {
    kinds: HashMap<&'static str, Abbreviation>,
    /// For each first byte (in either case), a bit for each length of an entry that starts
    /// with it: most words before a full stop are no abbreviation, and this tells so before
    /// the word is looked up.
    lengths: [u16; 256],
}

fn abbreviations() -> &'static Abbreviations {
    static TABLE: OnceLock<Abbreviations> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Abbreviations {
            kinds: HashMap::default(),
            lengths: [0; 256],
        };
        for line in include_str!("abbreviations.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (kind, words) = line
                .split_once(':')
                .expect("abbreviations.txt: every line is kind: words");
            let kind = match kind.trim() {
                "title" => Abbreviation::Title,
                "abbr" => Abbreviation::MayEnd,
                "number" => Abbreviation::BeforeNumber,
                other => panic!("abbreviations.txt: unknown kind {other}"),
            };
            for word in words.split_whitespace() {
                assert!(
                    word.len() <= MAX_ABBREVIATION && word.is_ascii(),
                    "abbreviations.txt: {word} is too long"
                );
                table.kinds.insert(word, kind);
                let first = word.as_bytes()[0];
                for b in [first.to_ascii_lowercase(), first.to_ascii_uppercase()] {
                    table.lengths[usize::from(b)] |= 1 << word.len();
                }
            }
        }
        table
    })
}

const MAX_ABBREVIATION: usize = 8;

/// The kind of abbreviation `word` (written without its stop) is, if it is one. Entries in
/// lowercase match in any case; entries with a capital only as written.
pub(crate) fn abbreviation(word: &str) -> Option<Abbreviation> {
    if word.is_empty() || word.len() > MAX_ABBREVIATION || !word.is_ascii() {
        return None;
    }
    let table = abbreviations();
    if table.lengths[usize::from(word.as_bytes()[0])] & (1 << word.len()) == 0 {
        return None;
    }
    let table = &table.kinds;
    if let Some(&kind) = table.get(word) {
        return Some(kind);
    }
    let mut buf = [0u8; MAX_ABBREVIATION];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).ok()?;
    table.get(lower).copied()
}

/// One character of the source as the tokeniser reads it: an HTML entity counts as the
/// character it stands for.
#[derive(Clone, Copy)]
struct Ch {
    c: char,
    /// Bytes it takes in the source.
    len: usize,
    entity: bool,
}

/// The character at byte `i` (a char boundary before `end`).
///
/// Plain ASCII is told here, inlined where the tokeniser asks (almost a million times over a
/// corpus); entities and other characters take [`char_at_slow`], out of line.
#[inline(always)]
fn char_at(text: &str, i: usize, end: usize) -> Ch {
    let b = text.as_bytes()[i];
    if b < 0x80 && b != b'&' {
        return Ch {
            c: b as char,
            len: 1,
            entity: false,
        };
    }
    char_at_slow(text, i, end)
}

/// [`char_at`] for an '&' (which may begin an entity) or a character beyond ASCII.
#[inline(never)]
fn char_at_slow(text: &str, i: usize, end: usize) -> Ch {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        if b == b'&' {
            if let Some((c, len)) = decode_entity(&text[i..end]) {
                return Ch {
                    c,
                    len,
                    entity: true,
                };
            }
        }
        return Ch {
            c: b as char,
            len: 1,
            entity: false,
        };
    }
    let c = text[i..end]
        .chars()
        .next()
        .expect("a character before the end");
    Ch {
        c,
        len: c.len_utf8(),
        entity: false,
    }
}

/// Tokenises `text[start..end]`; spans are offsets into `text`. The tokens carry the numbers
/// of the lexicon's vocabulary ([`Vocabulary::lexicon`]); see [`tokenise_with`].
///
/// HTML entities are read as the characters they stand for; wiki and HTML markup is not
/// recognised here (`split_sentences` drops it before tokenising).
///
/// # Panics
///
/// If `start..end` is not a range of char boundaries within `text`.
pub fn tokenise(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
    tokenise_with(text, start, end, Vocabulary::lexicon())
}

/// Tokenises `text[start..end]` as [`tokenise`] does, numbering the words by `vocabulary`.
/// The tokens may borrow their lowercase forms from the vocabulary.
pub fn tokenise_with<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    vocabulary: &'t Vocabulary,
) -> Vec<Token<'t>> {
    assert!(
        start <= end && text.is_char_boundary(start) && text.is_char_boundary(end),
        "tokenise: {start}..{end} is not a range of char boundaries"
    );
    let mut tokeniser = Tokeniser::with_capacity(text, vocabulary, 0);
    tokeniser.feed(start, end);
    tokeniser.take()
}

/// A tokeniser that can be fed several pieces of one text (the pieces left between dropped
/// markup) and keeps track of the white space between them.
pub(crate) struct Tokeniser<'t> {
    text: &'t str,
    vocabulary: &'t Vocabulary,
    tokens: Vec<Token<'t>>,
    space_before: bool,
    /// Room for a word's lowercase form while it is looked up.
    lower: String,
}

impl<'t> Tokeniser<'t> {
    /// A tokeniser with room for `capacity` tokens before it allocates again.
    pub(crate) fn with_capacity(
        text: &'t str,
        vocabulary: &'t Vocabulary,
        capacity: usize,
    ) -> Self {
        Tokeniser {
            text,
            vocabulary,
            tokens: Vec::with_capacity(capacity),
            space_before: true,
            lower: String::new(),
        }
    }

    /// Hands over the tokens so far and starts afresh.
    pub(crate) fn take(&mut self) -> Vec<Token<'t>> {
        self.space_before = true;
        std::mem::take(&mut self.tokens)
    }

    /// The tokens so far, which the caller may drain. The tokeniser looks back at the last
    /// one (for "'s"), so a caller that drains mid-text should leave it.
    pub(crate) fn tokens(&mut self) -> &mut Vec<Token<'t>> {
        &mut self.tokens
    }

    /// Marks the end of a block of text: the next token has white space before it.
    pub(crate) fn end_block(&mut self) {
        self.space_before = true;
    }

    /// Tokenises `text[start..end]`, appending to the tokens so far.
    pub(crate) fn feed(&mut self, start: usize, end: usize) {
        let mut i = start;
        while i < end {
            i = self.feed_until(i, end, usize::MAX);
        }
    }

    /// Tokenises `text[start..end]` until the tokens so far number `limit` or more; gives
    /// where it stopped, at the start of a token or at `end`.
    pub(crate) fn feed_until(&mut self, start: usize, end: usize, limit: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut i = start;
        while i < end && self.tokens.len() < limit {
            // ASCII first: most of any English text
            let b = bytes[i];
            if b == b' ' {
                self.space_before = true;
                i += 1;
                continue;
            }
            if b.is_ascii_alphanumeric() {
                i = self.word(i, end);
                continue;
            }
            if is_lone_mark(b) && bytes.get(i + 1).is_none_or(|&n| n.is_ascii() && n != b'&') {
                // a comma, quote or bracket before plain text (no mark joins it, nor an entity
                // of one): a token of its own, which `punct` would make after asking what it
                // cannot be
                self.push(i, i + 1, None);
                i += 1;
                continue;
            }
            let ch = char_at(self.text, i, end);
            i = match class_of(ch.c) {
                CharClass::Space => {
                    self.space_before = true;
                    i + ch.len
                }
                // a stray joiner or mark with nothing to join: invisible
                CharClass::Ignorable | CharClass::Extend => i + ch.len,
                CharClass::Word => self.word(i, end),
                CharClass::Punct => self.punct(i, end, ch),
            };
        }
        i
    }

    /// A word from `start`; gives its end. Most words are a run of ASCII letters and digits
    /// up to a space, which is told and pushed here, in line where the text is read; the
    /// rest take [`other_word`](Self::other_word), out of line.
    #[inline(always)]
    fn word(&mut self, start: usize, end: usize) -> usize {
        let bytes = self.text.as_bytes();
        let (run_end, classes) = alphanumeric_run(bytes, start, end);
        if run_end > start && (run_end == end || ends_word(self.text, start, run_end, classes)) {
            self.push_classified(start, run_end, None, classes);
            return run_end;
        }
        self.other_word(start, end)
    }

    /// [`word`](Self::word) for a URL, or a word whose first run of ASCII letters and digits
    /// does not reach a space: clitics, abbreviations, numbers, hyphens, other scripts.
    #[inline(never)]
    fn other_word(&mut self, start: usize, end: usize) -> usize {
        let text = self.text;
        if let Some(url_end) = url_end(text, start, end) {
            self.push(start, url_end, Some(&text[start..url_end]));
            return url_end;
        }
        let scan = scan_word(self.text, start, end);
        match scan.nt {
            Some(n) => {
                // "didn't" → "did" + "n't"
                self.push(start, n, None);
                self.push(n, scan.end, Some("n't"));
            }
            None => self.push_classified(start, scan.end, None, scan.classes),
        }
        scan.end
    }

    /// A punctuation mark (with a clitic, an ellipsis or a dash) from `start`; gives its end.
    /// Out of line, with its token's push in line: the main loop stays small for the words
    /// and spaces that make most of a text.
    #[inline(never)]
    fn punct(&mut self, start: usize, end: usize, ch: Ch) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        let after = start + ch.len;
        let after_word =
            !self.space_before && self.tokens.last().is_some_and(|t| t.shape != Shape::Punct);
        if is_apostrophe(ch.c) && after_word {
            // "Kim's", "U.S.'s", "they'll"; "n't" was split off by the word before
            if let Some((clitic_end, clitic)) = clitic_after(text, after, end) {
                if clitic != "n't" {
                    self.push(start, clitic_end, Some(clitic));
                    return clitic_end;
                }
            }
        }
        let (token_end, fixed) = match ch.c {
            '.' if !ch.entity => {
                let run = bytes[start..end].iter().take_while(|&&b| b == b'.').count();
                if run >= 2 {
                    (start + run, Some("..."))
                } else if bytes[start..end].starts_with(b". . .") {
                    // a spaced ellipsis ". . ." is one token
                    let mut j = start + 1;
                    while j + 1 < end && bytes[j] == b' ' && bytes[j + 1] == b'.' {
                        j += 2;
                    }
                    (j, Some("..."))
                } else {
                    (after, None)
                }
            }
            '-' if !ch.entity => {
                let run = bytes[start..end].iter().take_while(|&&b| b == b'-').count();
                let spaced = self.space_before
                    && (after == end || class_of(char_at(text, after, end).c) == CharClass::Space);
                if run >= 2 {
                    (start + run, Some("--"))
                } else if spaced {
                    // "Kim - the leader": a dash, not a hyphen
                    (after, Some("--"))
                } else {
                    (after, None)
                }
            }
            _ => (after, None),
        };
        // marks and modifiers on a symbol, and emoji joined by U+200D, stay with it
        let mut j = token_end;
        let mut joined = false;
        while j < end {
            let next = char_at(text, j, end);
            match class_of(next.c) {
                CharClass::Extend => joined = next.c == '\u{200d}',
                CharClass::Punct if joined && !next.c.is_ascii() => joined = false,
                _ => break,
            }
            j += next.len;
        }
        self.push(start, j, fixed);
        j
    }

    /// Pushes the token `text[start..end]` with `fixed` as its normalised text, or the
    /// normalised source when `fixed` is `None`.
    #[inline(always)]
    fn push(&mut self, start: usize, end: usize, fixed: Option<&'t str>) {
        let surface = fixed.unwrap_or(&self.text[start..end]);
        self.push_classified(start, end, fixed, byte_classes(surface.as_bytes()));
    }

    /// [`push`](Self::push) for a token whose bytes' classes (`BYTE_CLASS`, ORed) are known:
    /// a word's were gathered while its letters were scanned.
    #[inline(always)]
    fn push_classified(&mut self, start: usize, end: usize, fixed: Option<&'t str>, classes: u8) {
        // the common case: ASCII with nothing to normalise (a fixed form is normal already)
        let plain = classes & NON_ASCII == 0 && (classes & ENTITY_OR_QUOTE == 0 || fixed.is_some());
        let token = if plain {
            let surface = fixed.unwrap_or(&self.text[start..end]);
            self.plain_token(start, end, surface, classes)
        } else {
            self.normalised_token(start, end, fixed)
        };
        self.tokens.push(token);
        self.space_before = false;
    }

    /// The token of a plain ASCII surface, which is its normalised text as it stands.
    #[inline(always)]
    fn plain_token(
        &mut self,
        start: usize,
        end: usize,
        surface: &'t str,
        classes: u8,
    ) -> Token<'t> {
        let (lowercase, word, class) = if classes & UPPER == 0 {
            let (word, class) = self.vocabulary.get(surface);
            (Cow::Borrowed(surface), word, class)
        } else {
            self.ascii_lowercase(surface)
        };
        Token {
            start,
            end,
            text: Cow::Borrowed(surface),
            class,
            word,
            lower: lowercase,
            shape: ascii_shape(surface.as_bytes(), classes),
            space_before: self.space_before,
        }
    }

    /// The token of a surface with something to normalise (an entity, a curly quote, a
    /// character beyond ASCII), or with the fixed form `fixed`: a few in a hundred, kept out
    /// of line so that the plain path stays small.
    #[inline(never)]
    fn normalised_token(&mut self, start: usize, end: usize, fixed: Option<&'t str>) -> Token<'t> {
        let text = match fixed {
            Some(fixed) => Cow::Borrowed(fixed),
            None => normal_text(self.text, start, end),
        };
        let lowercase = lowercase(&text);
        let shape = shape_of(&text);
        let (word, class) = self.vocabulary.get(&lowercase);
        Token {
            start,
            end,
            text,
            class,
            word,
            lower: lowercase,
            shape,
            space_before: self.space_before,
        }
    }

    /// The lowercase form of an ASCII word with capitals, with its number and classes: a word
    /// the vocabulary knows borrows its form from it, so that only unknown names allocate.
    fn ascii_lowercase(&mut self, word: &str) -> (Cow<'t, str>, WordId, WordClass) {
        // a long word is lowercased in a buffer kept for the purpose
        match self.vocabulary.known_ascii_lowercase(word, &mut self.lower) {
            Some((known, word, class)) => (Cow::Borrowed(known), word, class),
            None => (
                Cow::Owned(unknown_ascii_lowercase(word)),
                WordId::UNKNOWN,
                WordClass::default(),
            ),
        }
    }
}

/// The lowercase form of a word no dictionary knows (an unknown name): the one allocation
/// of the plain path, kept out of line.
#[inline(never)]
fn unknown_ascii_lowercase(word: &str) -> String {
    word.to_ascii_lowercase()
}

/// A word in lowercase: the word itself (borrowed, as the word is) when it has no capitals.
fn lowercase<'t>(word: &Cow<'t, str>) -> Cow<'t, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        // a quote or dash made plain, an entity decoded: nothing to lower or to allocate
        return word.clone();
    }
    let lower = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    };
    if lower == **word {
        word.clone()
    } else {
        Cow::Owned(lower)
    }
}

/// The normalised text of a source span: entities decoded, invisible characters dropped,
/// curly quotes and dashes plain; the span itself when it has nothing to normalise.
fn normal_text(text: &str, start: usize, end: usize) -> Cow<'_, str> {
    let source = &text[start..end];
    // one character, as most tokens that come here are (an entity, a curly quote, a long
    // dash): its plain form borrowed (no plain form is of a class dropped below)
    let first = char_at(text, start, end);
    if first.len == source.len() {
        if let Some(plain) = plain_punct(first.c) {
            return Cow::Borrowed(plain);
        }
        if first.c.is_ascii()
            && !matches!(class_of(first.c), CharClass::Ignorable | CharClass::Space)
        {
            let at = first.c as usize;
            return Cow::Borrowed(&ASCII_CHARACTERS[at..at + 1]);
        }
    }
    let mut out = String::with_capacity(source.len());
    let mut i = start;
    while i < end {
        let ch = char_at(text, i, end);
        match class_of(ch.c) {
            CharClass::Ignorable | CharClass::Space => {}
            _ => match plain_punct(ch.c) {
                Some(plain) => out.push_str(plain),
                None => out.push(ch.c),
            },
        }
        i += ch.len;
    }
    if out == source {
        Cow::Borrowed(source)
    } else {
        Cow::Owned(out)
    }
}

/// Every ASCII character in order, for a decoded entity ("&quot;") to borrow its one-character
/// text from.
const ASCII_CHARACTERS: &str = {
    const BYTES: [u8; 128] = {
        let mut bytes = [0u8; 128];
        let mut b = 0;
        while b < 128 {
            bytes[b] = b as u8;
            b += 1;
        }
        bytes
    };
    match std::str::from_utf8(&BYTES) {
        Ok(characters) => characters,
        Err(_) => panic!("ASCII is UTF-8"),
    }
};

/// The end of a bare URL starting at `start`, if one does.
fn url_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[..end];
    // most words are ruled out by their first letter, and the rest ("he", "was") mostly by
    // their second: a URL starts "ht" or "ww"
    let second = match bytes[start] {
        b'h' | b'H' => b't',
        b'w' | b'W' => b'w',
        _ => return None,
    };
    if !bytes
        .get(start + 1)
        .is_some_and(|b| b.eq_ignore_ascii_case(&second))
    {
        return None;
    }
    let rest = &bytes[start..];
    let scheme = [&b"http://"[..], b"https://", b"www."]
        .into_iter()
        .find(|p| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p))?;
    let body = start + scheme.len();
    let mut j = body;
    while j < end {
        let b = bytes[j];
        if b.is_ascii_whitespace()
            || b.is_ascii_control()
            || !b.is_ascii()
            || b"\"<>[]{}|\\^`".contains(&b)
        {
            break;
        }
        if b == b'&'
            && [&b"&quot;"[..], b"&lt;", b"&gt;", b"&nbsp;", b"&#"]
                .iter()
                .any(|e| bytes[j..].starts_with(e))
        {
            break;
        }
        j += 1;
    }
    // a stop or bracket after the URL belongs to the sentence
    while j > body && b".,;:!?)'".contains(&bytes[j - 1]) {
        j -= 1;
    }
    (j > body && bytes[body..j].iter().any(u8::is_ascii_alphanumeric)).then_some(j)
}

/// The clitic an apostrophe at `start - 1` begins when `text[start..]` is "s", "ll", "re", "ve",
/// "d", "m" or "t" followed by the end of the word: its end and normalised form ("t" gives
/// "n't", which only counts after an "n").
fn clitic_after(text: &str, start: usize, end: usize) -> Option<(usize, &'static str)> {
    let bytes = text.as_bytes();
    let mut j = start;
    while j < end && j - start < 3 && bytes[j].is_ascii_alphabetic() {
        j += 1;
    }
    if j == start
        || (j < end
            && matches!(
                class_of(char_at(text, j, end).c),
                CharClass::Word | CharClass::Extend
            ))
    {
        return None;
    }
    let tail = &bytes[start..j];
    let clitic = ["s", "t", "ll", "re", "ve", "d", "m"]
        .into_iter()
        .find(|c| tail.eq_ignore_ascii_case(c.as_bytes()))?;
    let normal = match clitic {
        "s" => "'s",
        "t" => "n't",
        "ll" => "'ll",
        "re" => "'re",
        "ve" => "'ve",
        "d" => "'d",
        _ => "'m",
    };
    Some((j, normal))
}

/// Whether an ASCII byte is a punctuation mark that is a token by itself when no mark beyond
/// ASCII joins it: all but those [`Tokeniser::punct`] looks at more closely (a stop that may
/// begin an ellipsis, a hyphen that may be a dash, an apostrophe that may begin a clitic,
/// the '&' of an entity).
#[inline(always)]
fn is_lone_mark(b: u8) -> bool {
    b.is_ascii_punctuation() && !matches!(b, b'.' | b'-' | b'\'' | b'`' | b'&')
}

/// Whether the byte after `text[start..run_end]`, a run of ASCII letters and digits with
/// `classes`, ends the word there whatever follows: white space, and ASCII punctuation but
/// for the marks that may go on with it (a number's comma or stop, an apostrophe, the '&'
/// of an entity, the ':' of a URL's scheme). A stop ends a word of two letters or more that
/// is no abbreviation (nor the "www" of a URL). Most words end so: before a space, a comma,
/// a full stop, a quote, a bracket, a hyphen.
#[inline(always)]
fn ends_word(text: &str, start: usize, run_end: usize, classes: u8) -> bool {
    match text.as_bytes()[run_end] {
        b'\'' | b'`' | b'&' | b':' => false,
        b',' => classes & DIGIT == 0,
        b'.' => {
            let word = &text[start..run_end];
            classes & DIGIT == 0
                && word.len() >= 2
                && !word.eq_ignore_ascii_case("www")
                && abbreviation(word).is_none()
        }
        b => b.is_ascii(),
    }
}

/// Where a word starting at `start` ends, and where a final "n't" begins.
struct WordScan {
    end: usize,
    nt: Option<usize>,
    /// The classes (`BYTE_CLASS`) of the word's bytes, ORed; those of the first byte for a
    /// character of more than one byte or an entity, which is enough to tell that the word is
    /// not plain ASCII.
    classes: u8,
}

fn scan_word(text: &str, start: usize, end: usize) -> WordScan {
    // most words are a run of ASCII letters and digits up to a space or the end of the text
    let bytes = text.as_bytes();
    let (run_end, classes) = alphanumeric_run(bytes, start, end);
    if run_end > start && (run_end == end || bytes[run_end] == b' ') {
        return WordScan {
            end: run_end,
            nt: None,
            classes,
        };
    }
    scan_word_on(text, start, end, run_end, classes)
}

/// [`scan_word`] for the other words: those whose first run of ASCII letters and digits,
/// `start..run_end` (possibly empty, with `classes`), is followed by anything but a space.
#[inline(never)]
fn scan_word_on(text: &str, start: usize, end: usize, run_end: usize, classes: u8) -> WordScan {
    let bytes = text.as_bytes();
    let mut j = run_end;
    let mut classes = classes;
    // where the word ends so far
    let mut word_end = start;
    // the last letter or digit, and where it is
    let mut last = '\0';
    let mut last_pos = start;
    // letters and digits since the start or the last inner stop ("U.S": 1)
    let mut run = 0usize;
    if run_end > start {
        word_end = run_end;
        last = bytes[run_end - 1] as char;
        last_pos = run_end - 1;
        run = run_end - start;
    }
    // whether the word is a letter-dot run so far ("U.S")
    let mut dotted = false;
    while j < end {
        // ASCII letters and digits first, a run at a time
        let run_start = j;
        let (run_end, run_classes) = alphanumeric_run(bytes, j, end);
        j = run_end;
        classes |= run_classes;
        if j > run_start {
            run += j - run_start;
            last = bytes[j - 1] as char;
            last_pos = j - 1;
            word_end = j;
            if j == end || bytes[j] == b' ' {
                break;
            }
        }
        let ch = char_at(text, j, end);
        // the classes of a character the word takes in: its first byte tells whether it is
        // ASCII, and an entity by its '&'
        let lead = BYTE_CLASS[usize::from(bytes[j])];
        match class_of(ch.c) {
            CharClass::Word => {
                last = ch.c;
                last_pos = j;
                run += 1;
                j += ch.len;
                word_end = j;
                classes |= lead;
                continue;
            }
            CharClass::Extend => {
                j += ch.len;
                word_end = j;
                classes |= lead;
                continue;
            }
            CharClass::Ignorable => {
                // a soft hyphen or direction mark inside a word is part of it
                let after = j + ch.len;
                if after < end
                    && matches!(
                        class_of(char_at(text, after, end).c),
                        CharClass::Word | CharClass::Extend
                    )
                {
                    j = after;
                    classes |= lead;
                    continue;
                }
                break;
            }
            CharClass::Space | CharClass::Punct => {}
        }
        let c = ch.c;
        let after = j + ch.len;
        let next = (after < end).then(|| char_at(text, after, end));
        // 2,000 and 3.5
        if !ch.entity
            && matches!(c, ',' | '.')
            && last.is_ascii_digit()
            && next.is_some_and(|n| n.c.is_ascii_digit())
        {
            j = after;
            classes |= lead;
            continue;
        }
        if is_apostrophe(c) && next.is_some_and(|n| n.c.is_alphabetic()) {
            match clitic_after(text, after, end) {
                Some((clitic_end, "n't")) if matches!(last, 'n' | 'N') && last_pos > start => {
                    return WordScan {
                        end: clitic_end,
                        nt: Some(last_pos),
                        classes,
                    };
                }
                Some((_, clitic)) if clitic != "n't" => break, // "Kim's": the clitic is a token of its own
                _ => {
                    // O'Brien, d'Ivoire, Shi'a
                    j = after;
                    classes |= lead;
                    continue;
                }
            }
        }
        if c == '.' && !ch.entity {
            if run == 1 && last.is_alphabetic() {
                // U.S., U.N., e.g., p.m.: single letters joined by stops
                if let Some(n) = next.filter(|n| !n.entity && n.c.is_alphabetic()) {
                    if text.as_bytes().get(after + n.len) == Some(&b'.') && after + n.len < end {
                        dotted = true;
                        run = 0;
                        j = after;
                        classes |= lead;
                        continue;
                    }
                }
                if dotted {
                    // the stop is ASCII punctuation, of no class
                    return WordScan {
                        end: after,
                        nt: None,
                        classes,
                    };
                }
            }
            if !dotted {
                let keeps_stop = match abbreviation(&text[start..word_end]) {
                    Some(Abbreviation::Title | Abbreviation::MayEnd) => true,
                    Some(Abbreviation::BeforeNumber) => number_follows(text, after, end),
                    None => false,
                };
                if keeps_stop {
                    // the stop is ASCII punctuation, of no class
                    return WordScan {
                        end: after,
                        nt: None,
                        classes,
                    };
                }
            }
        }
        break;
    }
    WordScan {
        end: word_end,
        nt: None,
        classes,
    }
}

/// A byte's classes, as bits of [`BYTE_CLASS`].
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 4;
/// '&' (an entity may start there) or '`' (a quote to straighten): a token with one is
/// normalised the slow way, unless its form is fixed.
const ENTITY_OR_QUOTE: u8 = 8;
/// A byte of a character beyond ASCII.
const NON_ASCII: u8 = 16;
const ALPHANUMERIC: u8 = LOWER | UPPER | DIGIT;

/// The classes of every byte, as a table: the scan of a word's letters is the tokeniser's
/// innermost loop, and one look-up there tells both where the run ends and, ORed over the
/// token, its shape and whether it is plain ASCII.
const BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            b'0'..=b'9' => DIGIT,
            b'&' | b'`' => ENTITY_OR_QUOTE,
            0x80.. => NON_ASCII,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// The classes of all of `bytes`, ORed.
fn byte_classes(bytes: &[u8]) -> u8 {
    bytes
        .iter()
        .fold(0, |classes, &b| classes | BYTE_CLASS[usize::from(b)])
}

/// Where the run of ASCII letters and digits starting at `start` ends (at most at `end`), and
/// the classes of its bytes, ORed.
fn alphanumeric_run(bytes: &[u8], start: usize, end: usize) -> (usize, u8) {
    let mut classes = 0;
    for (k, &b) in bytes[start..end].iter().enumerate() {
        let class = BYTE_CLASS[usize::from(b)];
        if class & ALPHANUMERIC == 0 {
            return (start + k, classes);
        }
        classes |= class;
    }
    (end, classes)
}

/// The shape of a plain ASCII token from its bytes and their classes, ORed: what
/// [`shape_of`] tells from counting, told from which classes occur (only a token in capitals
/// alone needs its letters counted, to know if it has two).
fn ascii_shape(bytes: &[u8], classes: u8) -> Shape {
    let first_letter = bytes.first().is_some_and(u8::is_ascii_alphabetic);
    if classes & (LOWER | UPPER) == 0 {
        if classes & DIGIT != 0 {
            Shape::Number
        } else {
            Shape::Punct
        }
    } else if classes & DIGIT != 0 || !first_letter {
        Shape::Other
    } else if classes & UPPER == 0 {
        Shape::Lower
    } else if bytes[0].is_ascii_uppercase() {
        let all_upper = classes & LOWER == 0;
        if all_upper && bytes.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2 {
            Shape::Upper
        } else {
            Shape::Capitalised
        }
    } else {
        Shape::Other
    }
}

/// Whether a number follows `i`, after at most a few spaces ("No. 10", "No.10").
fn number_follows(text: &str, i: usize, end: usize) -> bool {
    let bytes = &text.as_bytes()[i..end];
    let spaces = bytes.iter().take(3).take_while(|&&b| b == b' ').count();
    bytes.get(spaces).is_some_and(u8::is_ascii_digit)
}

/// The shape of a normalised token.
pub(crate) fn shape_of(s: &str) -> Shape {
    let (mut letters, mut lower, mut upper, mut digits) = (0usize, 0usize, 0usize, 0usize);
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_lowercase() {
                lower += 1;
            } else if c.is_uppercase() {
                upper += 1;
            }
        } else if c.is_numeric() {
            digits += 1;
        }
    }
    let first = s.chars().next().unwrap_or(' ');
    shape_from_counts(
        first.is_alphabetic(),
        first.is_uppercase(),
        letters,
        lower,
        upper,
        digits,
    )
}

/// The shape from what the first character is and counts of letters (lowercase, uppercase
/// and, for scripts without case, neither) and digits.
fn shape_from_counts(
    first_letter: bool,
    first_upper: bool,
    letters: usize,
    lower: usize,
    upper: usize,
    digits: usize,
) -> Shape {
    if letters == 0 {
        if digits > 0 {
            Shape::Number
        } else {
            Shape::Punct
        }
    } else if digits > 0 || !first_letter {
        Shape::Other
    } else if lower == letters {
        Shape::Lower
    } else if first_upper {
        if letters >= 2 && upper == letters {
            Shape::Upper
        } else {
            Shape::Capitalised
        }
    } else {
        Shape::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokenise(s, 0, s.len())
            .into_iter()
            .map(|t| t.text.into_owned())
            .collect()
    }

    fn check_spans(s: &str) {
        let mut last_end = 0;
        for t in tokenise(s, 0, s.len()) {
            assert!(t.start < t.end && t.start >= last_end, "{t:?} in {s:?}");
            assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
            assert!(!t.text.is_empty() && !t.lower.is_empty());
            last_end = t.end;
        }
    }

    #[test]
    fn words_clitics_and_possessives() {
        assert_eq!(
            texts("Choe’s visit didn't end"),
            ["Choe", "'s", "visit", "did", "n't", "end"]
        );
        assert_eq!(
            texts("the Workers’ Party"),
            ["the", "Workers", "'", "Party"]
        );
        assert_eq!(
            texts("O'Brien met Côte d'Ivoire"),
            ["O'Brien", "met", "Côte", "d'Ivoire"]
        );
        assert_eq!(
            texts("O’Brien can’t, they’ll, we're, I'd, I’m, WON'T"),
            [
                "O'Brien", "ca", "n't", ",", "they", "'ll", ",", "we", "'re", ",", "I", "'d", ",",
                "I", "'m", ",", "WO", "n't"
            ]
        );
        assert_eq!(
            texts("the U.S.'s role, the 1990's, Shi'a"),
            ["the", "U.S.", "'s", "role", ",", "the", "1990", "'s", ",", "Shi'a"]
        );
        assert_eq!(texts("KIM'S"), ["KIM", "'s"]);
    }

    #[test]
    fn entity_apostrophes_behave_like_apostrophes() {
        assert_eq!(
            texts("Kim&#39;s aides don&#8217;t"),
            ["Kim", "'s", "aides", "do", "n't"]
        );
        assert_eq!(texts("O&rsquo;Brien"), ["O'Brien"]);
        let s = "Kim&#39;s";
        let t = tokenise(s, 0, s.len());
        assert_eq!((t[1].start, t[1].end, t[1].space_before), (3, 9, false));
    }

    #[test]
    fn abbreviations_numbers_and_hyphens() {
        assert_eq!(
            texts("U.S. Gen. Smith paid $2,000.50 to Son-hui"),
            ["U.S.", "Gen.", "Smith", "paid", "$", "2,000.50", "to", "Son", "-", "hui"]
        );
        assert_eq!(
            texts("“at all levels,” he said — then..."),
            ["\"", "at", "all", "levels", ",", "\"", "he", "said", "--", "then", "..."]
        );
        assert_eq!(
            texts("Lt. Col. Smith, Sept. 11, No. 10, said no."),
            [
                "Lt.", "Col.", "Smith", ",", "Sept.", "11", ",", "No.", "10", ",", "said", "no",
                "."
            ]
        );
        assert_eq!(
            texts("e.g. at 5 p.m. in the U.K. and E.U."),
            ["e.g.", "at", "5", "p.m.", "in", "the", "U.K.", "and", "E.U."]
        );
        assert_eq!(texts("Mr.Karamanlis"), ["Mr.", "Karamanlis"]);
        assert_eq!(texts("George W. Bush"), ["George", "W", ".", "Bush"]);
        assert_eq!(texts("U.S.-led forces"), ["U.S.", "-", "led", "forces"]);
        assert_eq!(
            texts("he fell ill. Then"),
            ["he", "fell", "ill", ".", "Then"]
        );
        assert_eq!(
            texts("Springfield, Ill. The"),
            ["Springfield", ",", "Ill.", "The"]
        );
    }

    #[test]
    fn hyphens_and_dashes() {
        let s = "Son-hui -- a high-level envoy - said";
        let t = tokenise(s, 0, s.len());
        let got: Vec<(&str, bool)> = t
            .iter()
            .map(|t| (t.text.as_ref(), t.space_before))
            .collect();
        assert_eq!(got[..3], [("Son", true), ("-", false), ("hui", false)]);
        assert_eq!(got[3], ("--", true));
        assert_eq!(got[6], ("-", false));
        assert_eq!(got[9], ("--", true), "a spaced hyphen is a dash");
        assert_eq!(
            texts("1999–2000 and ―"),
            ["1999", "--", "2000", "and", "--"]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            texts("wait... no … yes. . . done...."),
            ["wait", "...", "no", "...", "yes", "...", "done", "..."]
        );
    }

    #[test]
    fn entities_become_tokens() {
        assert_eq!(
            texts("&quot;showing off,&quot; as"),
            ["\"", "showing", "off", ",", "\"", "as"]
        );
        assert_eq!(texts("a&nbsp;b"), ["a", "b"]);
        assert_eq!(
            texts("Britain &amp;mdash; Germany &amp; AT&T"),
            ["Britain", "--", "Germany", "&", "AT", "&", "T"]
        );
        assert_eq!(texts("Jos&eacute; Dirceu"), ["José", "Dirceu"]);
        let s = "Jos&eacute; x";
        assert_eq!(tokenise(s, 0, s.len())[0].end, 11);
    }

    #[test]
    fn urls_are_one_token() {
        assert_eq!(
            texts("see http://www.epa.gov/cheers/?a=1&amp;b=2. Then"),
            ["see", "http://www.epa.gov/cheers/?a=1&amp;b=2", ".", "Then"]
        );
        assert_eq!(
            texts("at www.bbc.co.uk, he"),
            ["at", "www.bbc.co.uk", ",", "he"]
        );
        assert_eq!(texts("http:// x"), ["http", ":", "/", "/", "x"]);
    }

    #[test]
    fn shapes() {
        let shapes = |s: &str| {
            tokenise(s, 0, s.len())
                .into_iter()
                .map(|t| t.shape)
                .collect::<Vec<_>>()
        };
        use Shape::*;
        assert_eq!(
            shapes("met Choe McCain NATO U.S. 2,000 3.5 -- \" iPhone G7 Kim's"),
            [
                Lower,
                Capitalised,
                Capitalised,
                Upper,
                Upper,
                Number,
                Number,
                Punct,
                Punct,
                Other,
                Other,
                Capitalised,
                Other
            ]
        );
        assert_eq!(
            shapes("I A Éire ÉCOLE 北京"),
            [Capitalised, Capitalised, Capitalised, Upper, Other]
        );
    }

    #[test]
    fn words_that_end_at_their_first_run_need_no_further_look() {
        // every ASCII byte after a run, with and without digits in it, and what follows it
        for run in [
            "word", "Word", "2000", "G7", "U", "http", "www", "WWW", "Gen", "Inc", "No", "Mr",
            "Sept", "ill", "e",
        ] {
            // (a letter or digit would have gone on with the run)
            for b in (0..0x80u8).filter(|b| !b.is_ascii_alphanumeric()) {
                for after in ["", "x", "5", " ", " 5", "s", "t", "S.", "x.y"] {
                    let mut text = run.to_string();
                    text.push(b as char);
                    text.push_str(after);
                    let classes = byte_classes(run.as_bytes());
                    if ends_word(&text, 0, run.len(), classes) {
                        let scan = scan_word_on(&text, 0, text.len(), run.len(), classes);
                        assert!(scan.end == run.len() && scan.nt.is_none(), "{text:?}");
                        assert!(url_end(&text, 0, text.len()).is_none(), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn lone_marks_are_tokens_as_punct_makes_them() {
        // every ASCII mark before what may join it or not
        for b in (0..0x80u8).filter(|&b| is_lone_mark(b)) {
            for after in [
                "", " ", "x", "\u{301}", "&#769;", "\u{200d}", "\u{fe0f}", "&amp;", ".",
            ] {
                let text = format!("{}{after}", b as char);
                let fast = tokenise(&text, 0, text.len());
                let mut tokeniser = Tokeniser::with_capacity(&text, Vocabulary::lexicon(), 0);
                let ch = char_at(&text, 0, text.len());
                let end = tokeniser.punct(0, text.len(), ch);
                assert_eq!(fast[0], tokeniser.take()[0], "{text:?}");
                assert_eq!(fast[0].end, end, "{text:?}");
            }
        }
    }

    #[test]
    fn characters_with_a_plain_form_are_not_dropped() {
        // `normal_text` gives a lone character's plain form without asking its class
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            if plain_punct(c).is_some() {
                assert!(
                    !matches!(class_of(c), CharClass::Ignorable | CharClass::Space),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn invisible_and_combining_characters() {
        // soft hyphen and direction marks inside a word; a combining accent; a zero-width space
        assert_eq!(
            texts("Ko\u{ad}rea Is\u{200e}rael Cafe\u{301} a\u{200b}b"),
            ["Korea", "Israel", "Cafe\u{301}", "a", "b"]
        );
        assert_eq!(texts("\u{feff}Hello"), ["Hello"]);
        // emoji with a skin tone, a ZWJ family, a flag
        assert_eq!(
            texts("ok 👍🏽 👨\u{200d}👩\u{200d}👧 🇺🇦!"),
            ["ok", "👍🏽", "👨\u{200d}👩\u{200d}👧", "🇺", "🇦", "!"]
        );
        check_spans("\u{301}\u{200d}x\u{fe0f}");
    }

    #[test]
    fn lowercase_forms() {
        let s = "ÉCOLE U.S. İstanbul";
        let lower: Vec<String> = tokenise(s, 0, s.len())
            .into_iter()
            .map(|t| t.lower.into_owned())
            .collect();
        assert_eq!(lower, ["école", "u.s.", "i̇stanbul"]);
    }

    #[test]
    fn spans_slice_the_original() {
        for s in [
            "“Kim’s” 2,000 U.N. troops&quot;",
            "&amp;mdash;&#39;&#x27;&",
            "a.b.c.d.e.f",
            "'''bold''' n't 'n' 's",
            "\u{0}\u{1}\u{7f}\u{fffd}x\u{fffd}",
            "שלום, עולם. مرحبا بالعالم.",
            "x&",
            "x'",
            "don'",
            "U.S",
            "No.",
            ". . ",
        ] {
            check_spans(s);
        }
    }

    #[test]
    fn sub_ranges_use_offsets_into_the_whole_text() {
        let s = "Skip this. Kim met Li.";
        let t = tokenise(s, 11, s.len());
        assert_eq!(t[0].start, 11);
        assert_eq!(&s[t[0].start..t[0].end], "Kim");
        assert!(t.iter().all(|t| t.end <= s.len()));
        // an entity cut by the end of the range is not decoded past it
        let s = "a &quot; b";
        let t = tokenise(s, 0, 5);
        assert_eq!(
            t.iter().map(|t| t.text.as_ref()).collect::<Vec<_>>(),
            ["a", "&", "qu"]
        );
    }
}
