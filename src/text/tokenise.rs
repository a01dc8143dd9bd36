//! Tokenisation over the original text: words, numbers, abbreviations and punctuation, each
//! with its byte span in the original and its normalised form.

use super::normalise::{class_of, decode_entity, plain_punct, CharClass};
use super::{Shape, Token};

/// Abbreviations that keep their full stop (lowercase, without the stop). Titles, months and
/// the like; "U.S."-style letter-dot runs are recognised by shape instead.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cpl", "adm", "brig", "cmdr", "gov",
    "sen", "rep", "pres", "rev", "hon", "st", "mt", "ft", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "inc", "ltd", "corp", "co", "vs", "etc", "approx",
    "dept", "est", "govt", "messrs", "mme", "mlle", "fr", "sec", "atty", "supt", "insp", "cdr", "gens",
];

/// Clitics that end a word after an apostrophe and are split off as their own token.
const CLITICS: &[&str] = &["s", "t", "ll", "re", "ve", "d", "m"];

/// Tokenises `text[range]`; spans are offsets into `text`.
pub fn tokenise(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut space_before = true;
    let mut i = start;
    while i < end {
        let rest = &text[i..end];
        let c = rest.chars().next().expect("non-empty rest");
        let len = c.len_utf8();
        match class_of(c) {
            CharClass::Space => {
                space_before = true;
                i += len;
            }
            CharClass::Word => {
                let (word_end, split_nt) = scan_word(text, i, end);
                if split_nt {
                    // "didn't" → "did" + "n't"
                    let n_pos = text[..word_end - 1].trim_end_matches(is_apostrophe).len() - 1;
                    push(&mut tokens, text, i, n_pos, None, space_before);
                    let after = apostrophe_end(text, n_pos + 1) + 1;
                    push(&mut tokens, text, n_pos, after, Some("n't".into()), false);
                    i = after;
                } else {
                    push(&mut tokens, text, i, word_end, None, space_before);
                    i = word_end;
                }
                space_before = false;
            }
            CharClass::Punct => {
                if c == '&' {
                    if let Some((decoded, n)) = decode_entity(rest) {
                        if decoded.trim().is_empty() {
                            space_before = true;
                        } else {
                            push(&mut tokens, text, i, i + n, Some(decoded), space_before);
                            space_before = false;
                        }
                        i += n;
                        continue;
                    }
                }
                let plain = plain_punct(c).unwrap_or("");
                let is_apostrophe = c == '\'' || plain == "'";
                if is_apostrophe && !space_before && tokens.last().is_some_and(|t: &Token| t.shape != Shape::Punct) {
                    // possessive 's, or the bare apostrophe of a plural possessive ("Workers'")
                    let after = i + len;
                    let next_is_s = text[after..end].starts_with(['s', 'S']);
                    let s_ends = text[after..end].chars().nth(1).is_none_or(|n| class_of(n) != CharClass::Word);
                    if next_is_s && s_ends {
                        push(&mut tokens, text, i, after + 1, Some("'s".into()), false);
                        i = after + 1;
                        space_before = false;
                        continue;
                    }
                }
                // runs: "..." and "--"
                let run_end = if c == '.' || c == '-' {
                    i + rest.bytes().take_while(|&b| b == c as u8).count()
                } else {
                    i + len
                };
                let normal = match (c, run_end - i) {
                    ('.', n) if n >= 2 => "...".to_string(),
                    ('-', n) if n >= 2 => "--".to_string(),
                    _ => plain.to_string(),
                };
                let normal = if normal.is_empty() { None } else { Some(normal) };
                push(&mut tokens, text, i, run_end, normal, space_before);
                space_before = false;
                i = run_end;
            }
        }
    }
    tokens
}

/// Where the apostrophe that starts at `i` ends (it may be several bytes long).
fn apostrophe_end(text: &str, i: usize) -> usize {
    i + text[i..].chars().next().map_or(1, char::len_utf8)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Scans a word starting at `i`; returns its end and whether it ends in a split "n't".
fn scan_word(text: &str, start: usize, end: usize) -> (usize, bool) {
    let bytes_end = end;
    let mut i = start;
    let mut chars = text[start..bytes_end].char_indices().peekable();
    let mut last_was_digit = false;
    while let Some((off, c)) = chars.next() {
        let pos = start + off;
        if class_of(c) == CharClass::Word {
            last_was_digit = c.is_ascii_digit();
            i = pos + c.len_utf8();
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        // 2,000 and 3.5
        if (c == ',' || c == '.') && last_was_digit && next.is_some_and(|n| n.is_ascii_digit()) {
            continue;
        }
        if is_apostrophe(c) && next.is_some_and(char::is_alphabetic) {
            let after = pos + c.len_utf8();
            let tail: String = text[after..bytes_end].chars().take_while(|ch| class_of(*ch) == CharClass::Word).collect();
            let tail_lower = tail.to_lowercase();
            if tail_lower == "t" && text[start..pos].ends_with(['n', 'N']) && pos - start > 1 {
                return (after + 1, true);
            }
            if !CLITICS.contains(&tail_lower.as_str()) {
                continue; // O'Brien, d'Ivoire
            }
        }
        if c == '.' {
            let word = &text[start..pos];
            // U.S., U.N., e.g.: single letters joined by stops
            let letter_dot_run = next.is_some_and(char::is_alphabetic)
                && word.chars().rev().take_while(|&ch| ch != '.').count() == 1
                && text[pos + 1..bytes_end].chars().nth(1) == Some('.');
            if letter_dot_run {
                continue;
            }
            let ends_run = word.contains('.') && word.chars().rev().take_while(|&ch| ch != '.').count() == 1;
            let lower = word.to_lowercase();
            // "No. 10", but "said no."
            let number_sign = matches!(lower.as_str(), "no" | "nos") && text[pos + 1..bytes_end].trim_start().starts_with(|d: char| d.is_ascii_digit());
            let listed = ABBREVIATIONS.contains(&lower.as_str()) && !matches!(lower.as_str(), "no" | "nos");
            if ends_run || listed || number_sign {
                i = pos + 1;
            }
        }
        break;
    }
    (i, false)
}

fn push(tokens: &mut Vec<Token>, text: &str, start: usize, end: usize, normal: Option<String>, space_before: bool) {
    let surface = normal.unwrap_or_else(|| text[start..end].to_string());
    let shape = shape_of(&surface);
    tokens.push(Token { start, end, lower: surface.to_lowercase(), text: surface, shape, space_before });
}

/// The shape of a normalised token.
pub(crate) fn shape_of(s: &str) -> Shape {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let first = s.chars().next();
    if letters == 0 {
        if s.chars().any(|c| c.is_ascii_digit()) {
            Shape::Number
        } else if s.chars().all(|c| !c.is_alphanumeric()) {
            Shape::Punct
        } else {
            Shape::Other
        }
    } else if s.chars().all(|c| !c.is_alphabetic() || c.is_lowercase()) && first.is_some_and(char::is_alphabetic) {
        Shape::Lower
    } else if first.is_some_and(char::is_uppercase) {
        if letters >= 2 && s.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) {
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
        tokenise(s, 0, s.len()).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn words_clitics_and_possessives() {
        assert_eq!(texts("Choe’s visit didn't end"), ["Choe", "'s", "visit", "did", "n't", "end"]);
        assert_eq!(texts("the Workers’ Party"), ["the", "Workers", "'", "Party"]);
        assert_eq!(texts("O'Brien met Côte d'Ivoire"), ["O'Brien", "met", "Côte", "d'Ivoire"]);
    }

    #[test]
    fn abbreviations_numbers_and_hyphens() {
        assert_eq!(texts("U.S. Gen. Smith paid $2,000.50 to Son-hui"), ["U.S.", "Gen.", "Smith", "paid", "$", "2,000.50", "to", "Son", "-", "hui"]);
        assert_eq!(texts("“at all levels,” he said — then..."), ["\"", "at", "all", "levels", ",", "\"", "he", "said", "--", "then", "..."]);
    }

    #[test]
    fn entities_become_tokens() {
        assert_eq!(texts("&quot;showing off,&quot; as"), ["\"", "showing", "off", ",", "\"", "as"]);
        assert_eq!(texts("a&nbsp;b"), ["a", "b"]);
    }

    #[test]
    fn spans_slice_the_original() {
        let s = "“Kim’s” 2,000 U.N. troops&quot;";
        for t in tokenise(s, 0, s.len()) {
            assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
            assert!(t.end > t.start);
        }
    }
}
