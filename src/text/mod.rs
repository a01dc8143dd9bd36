//! The text stage: normalise, drop scraping junk and markup residue, split sentences, tokenise.
//!
//! Nothing is rewritten in place: every token carries its normalised form *and* its span in
//! the original text, so later stages work on clean words while every span they report slices
//! the article exactly as the user gave it. Tokens borrow their words from the article
//! wherever the normalised form is the text as written, which is almost always.

use std::borrow::Cow;

use lexicon::WordClass;
pub use vocabulary::{Vocabulary, WordId};

/// The shape of a token's surface, which the actors stage uses to find names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// all lowercase letters: "met"
    Lower,
    /// an uppercase first letter, then not all caps: "Choe", "McCain"
    Capitalised,
    /// two or more letters, all uppercase: "NATO", "U.S."
    Upper,
    /// digits, possibly with separators: "10", "2,000", "3.5"
    Number,
    /// punctuation: ",", "--", "\""
    Punct,
    /// anything else: "iPhone", "G7", "'s"
    Other,
}

/// One word or punctuation mark of the text `'t`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'t> {
    /// Byte span in the original text.
    pub start: usize,
    pub end: usize,
    /// The normalised surface: HTML entities decoded, curly quotes and apostrophes straight,
    /// dashes between words as "--", non-breaking spaces gone.
    pub text: Cow<'t, str>,
    /// `text` in lowercase.
    pub lower: Cow<'t, str>,
    /// The function-word classes of `lower` (`lexicon.txt`), looked up once for all stages.
    pub class: WordClass,
    /// The number of `lower` in the vocabulary the text was tokenised with.
    pub word: WordId,
    pub shape: Shape,
    /// Whether white space separates this token from the previous one ("Son-hui" is three
    /// tokens, of which the last two have no space before them).
    pub space_before: bool,
}

/// One sentence of the text `'t`, with its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence<'t> {
    /// Position among the article's sentences, from 0.
    pub index: usize,
    /// Byte span in the original text.
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<Token<'t>>,
    /// The stamp of the vocabulary whose numbers the tokens carry ([`Vocabulary::stamp`]).
    pub vocabulary: u32,
}

impl Sentence<'_> {
    /// The sentence as it stands in the original text.
    pub fn text<'a>(&self, original: &'a str) -> &'a str {
        &original[self.start..self.end]
    }
}

mod junk;
pub mod lexicon;
mod markup;
mod normalise;
mod split;
mod tokenise;
mod vocabulary;

#[cfg(test)]
mod tests;

pub use split::{split_sentences, split_sentences_with};
pub use tokenise::{tokenise, tokenise_with};
