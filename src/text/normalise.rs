//! Character-level normalisation: what a character or HTML entity stands for.

/// What one source character means to the tokeniser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CharClass {
    Space,
    Word,
    Punct,
}

/// Classifies a character, treating control characters and exotic spaces as white space.
pub(crate) fn class_of(c: char) -> CharClass {
    if c.is_whitespace() || c.is_control() || matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{00ad}') {
        CharClass::Space
    } else if c.is_alphanumeric() {
        CharClass::Word
    } else {
        CharClass::Punct
    }
}

/// The plain form of a punctuation character: curly quotes straight, dashes unified.
pub(crate) fn plain_punct(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}' | '\u{2033}' => "\"",
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '\u{00b4}' => "'",
        '\u{2010}' | '\u{2011}' => "-",
        '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => "--",
        '\u{2026}' => "...",
        _ => return None,
    })
}

/// Decodes the HTML entity starting at `s` (which begins with '&'); returns the decoded text
/// and the entity's length in bytes. Unknown or malformed entities return `None`.
pub(crate) fn decode_entity(s: &str) -> Option<(String, usize)> {
    let end = s.char_indices().take(12).find(|&(_, c)| c == ';')?.0;
    let body = &s[1..end];
    let decoded: String = match body {
        "quot" => "\"".into(),
        "amp" => "&".into(),
        "lt" => "<".into(),
        "gt" => ">".into(),
        "apos" | "rsquo" | "lsquo" | "#39" => "'".into(),
        "nbsp" | "ensp" | "emsp" | "thinsp" | "zwnj" | "zwj" => " ".into(),
        "ldquo" | "rdquo" | "laquo" | "raquo" | "bdquo" => "\"".into(),
        "ndash" | "mdash" => "--".into(),
        "hellip" => "...".into(),
        _ => {
            let code = if let Some(hex) = body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok()?
            } else if let Some(dec) = body.strip_prefix('#') {
                dec.parse::<u32>().ok()?
            } else {
                return None;
            };
            let c = char::from_u32(code)?;
            match plain_punct(c) {
                Some(p) => p.into(),
                None if class_of(c) == CharClass::Space => " ".into(),
                None => c.to_string(),
            }
        }
    };
    Some((decoded, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode() {
        assert_eq!(decode_entity("&quot;x"), Some(("\"".to_string(), 6)));
        assert_eq!(decode_entity("&#8217;s"), Some(("'".to_string(), 7)));
        assert_eq!(decode_entity("&#x2014;"), Some(("--".to_string(), 8)));
        assert_eq!(decode_entity("&nbsp;"), Some((" ".to_string(), 6)));
        assert_eq!(decode_entity("& more"), None);
        assert_eq!(decode_entity("&bogus;"), None);
    }

    #[test]
    fn curly_quotes_and_dashes_are_plain() {
        assert_eq!(plain_punct('\u{201c}'), Some("\""));
        assert_eq!(plain_punct('\u{2019}'), Some("'"));
        assert_eq!(plain_punct('\u{2014}'), Some("--"));
        assert_eq!(plain_punct(','), None);
    }
}
