//! Sentence splitting over tokens, after scraping junk is cut out.

use std::sync::OnceLock;

use super::tokenise::tokenise;
use super::{Sentence, Shape, Token};

/// The junk phrases of `junk.txt`, by kind.
struct Junk {
    lines: Vec<String>,
    starts: Vec<String>,
    prefixes: Vec<String>,
}

fn junk() -> &'static Junk {
    static JUNK: OnceLock<Junk> = OnceLock::new();
    JUNK.get_or_init(|| {
        let mut junk = Junk { lines: vec![], starts: vec![], prefixes: vec![] };
        for line in include_str!("junk.txt").lines() {
            let line = line.trim();
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let (kind, phrase) = line.split_once(':').expect("junk.txt: every line is kind: phrase");
            let phrase = phrase.trim().to_string();
            match kind {
                "line" => junk.lines.push(phrase.to_lowercase()),
                "starts" => junk.starts.push(phrase),
                "prefix" => junk.prefixes.push(phrase),
                other => panic!("junk.txt: unknown kind {other}"),
            }
        }
        junk
    })
}

/// Byte range of the part of a line worth keeping, or `None` for a junk line.
fn keep_range(line: &str, line_start: usize) -> Option<(usize, usize)> {
    let junk = junk();
    let lead = line.len() - line.trim_start().len();
    let trimmed = line.trim();
    let bare = trimmed.trim_end_matches(|c: char| matches!(c, '.' | ':' | '!' | '…')).to_lowercase();
    if trimmed.is_empty() || junk.lines.contains(&bare) || junk.starts.iter().any(|p| trimmed.starts_with(p.as_str())) {
        return None;
    }
    let mut start = lead;
    for prefix in &junk.prefixes {
        if let Some(rest) = trimmed.strip_prefix(prefix.as_str()) {
            if rest.starts_with(|c: char| c.is_uppercase()) {
                start = lead + prefix.len();
            }
        }
    }
    Some((line_start + start, line_start + lead + trimmed.len()))
}

/// Tokens that may close a sentence after its full stop: quotes and brackets.
fn is_closer(t: &Token) -> bool {
    matches!(t.text.as_str(), "\"" | "'" | ")" | "]")
}

/// Abbreviations that often end a sentence; after them a capitalised function word starts a
/// new one ("…sanctions on the U.S. The move…").
fn may_end_sentence(t: &Token) -> bool {
    t.text.ends_with('.') && t.text.len() > 1 && t.shape == Shape::Upper
}

/// Words that start sentences far more often than they continue a name.
fn starts_sentences(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "the" | "he" | "she" | "it" | "they" | "we" | "i" | "in" | "on" | "at" | "a" | "an" | "this" | "that" | "but"
            | "and" | "his" | "her" | "their" | "its" | "there" | "after" | "however" | "meanwhile" | "officials"
    )
}

/// Whether the tokens from `next` on can start a sentence.
fn can_start(t: &Token) -> bool {
    matches!(t.shape, Shape::Capitalised | Shape::Upper | Shape::Number) || matches!(t.text.as_str(), "\"" | "'" | "(" | "[" | "--")
}

/// Splits an article into sentences. Line breaks always end a sentence; spans are byte
/// offsets into `text`, the original.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        if let Some((start, end)) = keep_range(line, line_start) {
            let tokens = tokenise(text, start, end);
            split_tokens(tokens, &mut sentences);
        }
        line_start += line.len() + 1;
    }
    for (i, s) in sentences.iter_mut().enumerate() {
        s.index = i;
    }
    sentences
}

fn split_tokens(tokens: Vec<Token>, out: &mut Vec<Sentence>) {
    let mut current: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        current.push(t.clone());
        i += 1;
        let terminal = matches!(t.text.as_str(), "." | "!" | "?" | "...");
        let abbreviation = may_end_sentence(t);
        if !terminal && !abbreviation {
            continue;
        }
        // an initial: "John F. Kennedy"
        if t.text == "." && current.len() >= 2 {
            let prev = &current[current.len() - 2];
            if prev.text.chars().count() == 1 && prev.shape != Shape::Punct && !prev.text.chars().all(|c| c.is_ascii_digit()) {
                if tokens.get(i).is_some_and(|n| n.shape == Shape::Capitalised && !starts_sentences(n)) {
                    continue;
                }
            }
        }
        while i < tokens.len() && is_closer(&tokens[i]) && !tokens[i].space_before {
            current.push(tokens[i].clone());
            i += 1;
        }
        let boundary = match tokens.get(i) {
            None => true,
            Some(next) if abbreviation && !terminal => starts_sentences(next) && next.shape == Shape::Capitalised,
            Some(next) => can_start(next) && (t.text != "..." || next.shape != Shape::Lower),
        };
        if boundary {
            flush(&mut current, out);
        }
    }
    flush(&mut current, out);
}

fn flush(current: &mut Vec<Token>, out: &mut Vec<Sentence>) {
    if current.is_empty() {
        return;
    }
    let tokens = std::mem::take(current);
    let start = tokens[0].start;
    let end = tokens[tokens.len() - 1].end;
    out.push(Sentence { index: 0, start, end, tokens });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        split_sentences(s).into_iter().map(|x| &s[x.start..x.end]).collect()
    }

    #[test]
    fn junk_lines_and_glued_prefixes_go() {
        let s = "Kim left.\nImpact Shorts\nMore ShortsWang echoed this. He added more.\nWith inputs from agencies";
        assert_eq!(split(s), ["Kim left.", "Wang echoed this.", "He added more."]);
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(split("Mr. Smith met Gen. Lee in the U.S. capital. They talked."), ["Mr. Smith met Gen. Lee in the U.S. capital.", "They talked."]);
        assert_eq!(split("It rose 3.5 percent. Then it fell."), ["It rose 3.5 percent.", "Then it fell."]);
    }

    #[test]
    fn quotes_close_after_the_stop() {
        assert_eq!(split("He said “no.” Then he left."), ["He said “no.”", "Then he left."]);
    }
}
