//! Sentence splitting: lines, then blocks between markup breaks, then sentences within a block.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

use super::junk::junk;
use super::markup::{Markup, Sink};
use super::tokenise::{abbreviation, Abbreviation, Tokeniser};
use super::{Sentence, Shape, Token, Vocabulary};

/// Splits an article into sentences, with the lexicon's vocabulary ([`Vocabulary::lexicon`]);
/// a coder needs sentences split with its own (see [`split_sentences_with`]).
///
/// A line break always ends a sentence. Scraping junk (`junk.txt`) and wiki or HTML markup
/// residue are dropped; a sentence ends at a full stop, question or exclamation mark or
/// ellipsis unless the stop belongs to an abbreviation, an initial, a number or a list number.
/// Spans are byte offsets into `text`, the original; sentences without a letter or digit are
/// left out. Linear in the length of the text.
pub fn split_sentences(text: &str) -> Vec<Sentence<'_>> {
    split_sentences_with(text, Vocabulary::lexicon())
}

/// Splits an article into sentences as [`split_sentences`] does, numbering the words by
/// `vocabulary`; the tokens may borrow their lowercase forms from it.
pub fn split_sentences_with<'t>(text: &'t str, vocabulary: &'t Vocabulary) -> Vec<Sentence<'t>> {
    let mut splitter = Splitter {
        text,
        tokeniser: Tokeniser::with_capacity(text, vocabulary, FLUSH.min(text.len() / 4) + 8),
        vocabulary: vocabulary.stamp(),
        pieces: Vec::new(),
        ends: Vec::new(),
        // news runs to about a sentence per 130 bytes
        sentences: Vec::with_capacity(text.len() / 128 + 1),
    };
    let mut markup = Markup::default();
    for (start, end) in lines(text) {
        markup.scan_line(text, start, end, &mut splitter);
        splitter.brk();
    }
    splitter.sentences
}

/// The lines of `text` as byte ranges, without their line breaks: LF, CR, vertical tab, form
/// feed, NEL, and the Unicode line and paragraph separators.
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            i = skip_plain_ascii(bytes, i);
            let Some(&byte) = bytes.get(i) else { break };
            let break_len = match byte {
                b'\n' | b'\r' | 0x0b | 0x0c => 1,
                0xc2 if bytes.get(i + 1) == Some(&0x85) => 2,
                0xe2 if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(0xa8 | 0xa9)) =>
                {
                    3
                }
                _ => 0,
            };
            if break_len > 0 {
                let line = (start, i);
                i += break_len;
                start = i;
                return Some(line);
            }
            i += 1;
        }
        (start < bytes.len()).then(|| {
            let line = (start, bytes.len());
            start = bytes.len();
            line
        })
    })
}

/// The first position from `i` that may begin a line break, or a position a little before it:
/// eight bytes at a time are passed over while they are all ASCII at or above 0x0e, which no
/// line break contains (the breaks are bytes 0x0a to 0x0d, or begin with a byte above 0x7f).
/// Articles are mostly such bytes, and often one long line.
fn skip_plain_ascii(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_ne_bytes(chunk.try_into().expect("eight bytes"));
        // a byte below 0x0e borrows in the subtraction and sets its high bit, unless it
        // had that bit already; a byte with the high bit set is caught by `word & HIGH`
        let below = word.wrapping_sub(ONES * 0x0e) & !word & HIGH;
        if below | (word & HIGH) != 0 {
            break;
        }
        i += 8;
    }
    i
}

/// Gathers the pieces of one block (text between markup breaks) and splits it when it ends.
struct Splitter<'t> {
    text: &'t str,
    tokeniser: Tokeniser<'t>,
    /// The stamp of the tokeniser's vocabulary.
    vocabulary: u32,
    pieces: Vec<(usize, usize)>,
    /// Where the sentences among the tokens end (kept to save allocations).
    ends: Vec<usize>,
    sentences: Vec<Sentence<'t>>,
}

impl Sink for Splitter<'_> {
    fn piece(&mut self, start: usize, end: usize) {
        self.pieces.push((start, end));
    }

    fn brk(&mut self) {
        let Some(&(first, _)) = self.pieces.first() else {
            return;
        };
        let last = self.pieces[self.pieces.len() - 1].1;
        if let Some(cut) = junk().keep(&self.text[first..last]) {
            let from = first + cut;
            // Sentences are split off as the tokens come, so that the tokens of a long block
            // (a whole article on one line) never pile up; a block without any boundary
            // doubles the wait before the next try, which keeps the work linear.
            let mut flush_at = FLUSH;
            for i in 0..self.pieces.len() {
                let (start, end) = self.pieces[i];
                if end <= from {
                    continue;
                }
                let mut at = start.max(from);
                while at < end {
                    at = self.tokeniser.feed_until(at, end, flush_at);
                    if self.tokeniser.tokens().len() >= flush_at {
                        self.split_block(false);
                        flush_at = FLUSH.max(2 * self.tokeniser.tokens().len());
                    }
                }
            }
            self.split_block(true);
        }
        self.tokeniser.tokens().clear();
        self.tokeniser.end_block();
        self.pieces.clear();
    }
}

/// How many tokens a block gathers before the sentences among them are split off.
const FLUSH: usize = 256;

/// Words that usually start sentences (`starters.txt`).
fn starters() -> &'static HashSet<&'static str> {
    static STARTERS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    STARTERS.get_or_init(|| {
        include_str!("starters.txt")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    })
}

/// A capitalised word that usually starts a sentence: "The", "He", "However".
fn is_starter(t: &Token) -> bool {
    t.shape == Shape::Capitalised && starters().contains(t.lower.as_ref())
}

/// What a token can do to end a sentence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// "."
    Full,
    /// "!", "?"
    Mark,
    /// "...", "…"
    Ellipsis,
    /// An abbreviation that may end a sentence: "U.S.", "Inc.", "Sept.".
    Abbreviation,
}

fn stop_of(t: &Token) -> Option<Stop> {
    // every stop ends in one of these: most tokens are ruled out by their last byte
    if !matches!(t.text.as_bytes().last(), Some(b'.' | b'!' | b'?')) {
        return None;
    }
    match t.text.as_ref() {
        "." => Some(Stop::Full),
        "!" | "?" => Some(Stop::Mark),
        "..." => Some(Stop::Ellipsis),
        s if s.len() > 1 && s.ends_with('.') && t.shape != Shape::Punct => {
            let stem = &s[..s.len() - 1];
            // letter-dot runs ("U.S.") may end a sentence; listed words as their kind says
            let may_end = stem.contains('.') || abbreviation(stem) == Some(Abbreviation::MayEnd);
            may_end.then_some(Stop::Abbreviation)
        }
        _ => None,
    }
}

/// Whether `t` can begin a sentence: a capital, a digit, a letter of a script without case,
/// an opening quote or bracket, a currency sign.
fn can_start(t: &Token) -> bool {
    let Some(c) = t.text.chars().next() else {
        return false;
    };
    c.is_uppercase()
        || c.is_numeric()
        || (c.is_alphabetic() && !c.is_lowercase())
        || matches!(
            t.text.as_ref(),
            "\"" | "'" | "(" | "[" | "\u{bf}" | "\u{a1}" | "$" | "\u{a3}" | "\u{20ac}" | "\u{a5}"
        )
}

/// A single capital letter: "W" in "George W. Bush".
fn is_initial(t: &Token) -> bool {
    let mut chars = t.text.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// A short number that can number a list item: "1" in "1. Ratify the treaty".
fn is_list_number(t: &Token) -> bool {
    t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit())
}

/// Where the sentences of a block end, as token indices (exclusive), into `ends`.
fn boundaries(tokens: &[Token], ends: &mut Vec<usize>) {
    ends.clear();
    // words (tokens with a letter or digit) in the sentence so far
    let mut words = 0;
    // whether a double quote is open in the sentence
    let mut quote_open = false;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        i += 1;
        if t.shape != Shape::Punct {
            words += 1;
        } else if t.text == "\"" {
            quote_open = !quote_open;
        }
        let Some(stop) = stop_of(t) else { continue };
        if words == 0 {
            continue;
        }
        let next = tokens.get(i);
        if stop == Stop::Full && i >= 2 {
            let before = &tokens[i - 2];
            // "1. Ratify the treaty": a list number, the sentence's only word so far
            if words == 1 && before.shape == Shape::Number && is_list_number(before) {
                continue;
            }
            // "George W. Bush", "J. K. Rowling", "T. A. Tulafono"; but "…Plan B. The vote…"
            let another_initial =
                next.is_some_and(is_initial) && tokens.get(i + 1).is_some_and(|t| t.text == ".");
            if is_initial(before)
                && next.is_some_and(|n| {
                    n.text.starts_with(char::is_uppercase) && (!is_starter(n) || another_initial)
                })
            {
                continue;
            }
        }
        // quotes and brackets that close after the stop: `"no."`, `(see below.)`
        while let Some(closer) = tokens.get(i).filter(|c| !c.space_before) {
            let spaced_after = tokens.get(i + 1).is_none_or(|n| n.space_before);
            let absorb = match closer.text.as_ref() {
                "\"" => quote_open || spaced_after,
                "'" => spaced_after,
                ")" | "]" | "}" => true,
                _ => false,
            };
            if !absorb {
                break;
            }
            if closer.text == "\"" {
                quote_open = !quote_open;
            }
            i += 1;
        }
        let boundary = match tokens.get(i) {
            None => true,
            Some(next) => match stop {
                Stop::Abbreviation => is_starter(next),
                // "…the government said.   , a Somali militia, claimed…": the export lost a
                // linked name at the start of the sentence
                Stop::Full
                    if next.space_before && matches!(next.text.as_ref(), "," | ";" | ":") =>
                {
                    true
                }
                _ => can_start(next),
            },
        };
        if boundary {
            ends.push(i);
            words = 0;
            quote_open = false;
        }
    }
    if ends.last() != Some(&tokens.len()) && !tokens.is_empty() {
        ends.push(tokens.len());
    }
}

impl Splitter<'_> {
    /// Splits the tokens of a block into sentences, leaving out those without a letter or
    /// digit and those that are junk phrases ("Read more."). When the block is not
    /// `complete`, only sentences whose end was decided with all the look-ahead it needed are
    /// split off, and the last token always stays behind.
    fn split_block(&mut self, complete: bool) {
        let tokens = self.tokeniser.tokens();
        boundaries(tokens, &mut self.ends);
        if !complete {
            // the decision at a boundary looks at most one token past it
            let n = tokens.len();
            self.ends.retain(|&end| end + 1 < n);
        }
        let Some(&last) = self.ends.last() else {
            return;
        };
        // The sentences leave the buffer from the last: `split_off` moves each one's tokens
        // in one copy, and the buffer keeps its room for the tokens to come. The tokens after
        // `last`, not yet decided, wait aside meanwhile.
        let mut undecided = tokens.split_off(last);
        let first_new = self.sentences.len();
        for k in (0..self.ends.len()).rev() {
            let begin = if k == 0 { 0 } else { self.ends[k - 1] };
            let sentence = &tokens[begin..];
            let (Some(first), Some(last)) = (sentence.first(), sentence.last()) else {
                continue;
            };
            let (start, end) = (first.start, last.end);
            if sentence.iter().all(|t| t.shape == Shape::Punct)
                || junk().is_junk_line(&self.text[start..end])
            {
                // a sentence that is dropped is judged where it stands, and never copied
                tokens.truncate(begin);
                continue;
            }
            self.sentences.push(Sentence {
                index: 0, // numbered below, once they are in order
                start,
                end,
                tokens: tokens.split_off(begin),
                vocabulary: self.vocabulary,
            });
        }
        tokens.append(&mut undecided);
        self.sentences[first_new..].reverse();
        for (index, sentence) in self.sentences.iter_mut().enumerate().skip(first_new) {
            sentence.index = index;
        }
    }
}

#[cfg(test)]
mod tests;
