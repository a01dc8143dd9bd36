//! Character-level normalisation: what a character or HTML entity stands for.

/// What one source character means to the tokeniser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CharClass {
    /// White space, control characters and zero-width spaces: they separate tokens.
    Space,
    /// Letters and digits of any script.
    Word,
    /// Combining marks, joiners, variation selectors and emoji modifiers: part of whatever
    /// character they follow ("é" written as "e" + U+0301 stays one word).
    Extend,
    /// Invisible format characters (soft hyphen, direction marks, byte-order mark): they
    /// neither separate tokens nor appear in a token's normalised text.
    Ignorable,
    /// Everything else: punctuation, symbols, emoji.
    Punct,
}

/// Classifies a character: ASCII inline (the tokeniser asks for most characters that end a
/// word), the rest out of line in [`class_beyond_ascii`].
#[inline(always)]
pub(crate) fn class_of(c: char) -> CharClass {
    if c.is_ascii() {
        return if c.is_ascii_alphanumeric() {
            CharClass::Word
        } else if c.is_ascii_whitespace() || c.is_ascii_control() {
            CharClass::Space
        } else {
            CharClass::Punct
        };
    }
    class_beyond_ascii(c)
}

#[inline(never)]
fn class_beyond_ascii(c: char) -> CharClass {
    if is_ignorable(c) {
        CharClass::Ignorable
    } else if c.is_alphanumeric() {
        CharClass::Word
    } else if is_extend(c) {
        CharClass::Extend
    } else if c.is_whitespace() || c.is_control() || c == '\u{200b}' {
        CharClass::Space
    } else {
        CharClass::Punct
    }
}

/// Invisible format characters that scraped text carries inside words.
fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00ad}' | '\u{061c}' | '\u{180e}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

/// Characters that extend the one before them. An approximation of Unicode's
/// Grapheme_Extend without a table: the combining blocks, the marks of the scripts news text
/// uses, joiners, variation selectors, skin tones and emoji tags.
fn is_extend(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036f}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05bd}' | '\u{05bf}'
            | '\u{05c1}'..='\u{05c2}' | '\u{05c4}'..='\u{05c5}' | '\u{05c7}' | '\u{0610}'..='\u{061a}'
            | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06dc}' | '\u{06df}'..='\u{06e4}'
            | '\u{06e7}'..='\u{06e8}' | '\u{06ea}'..='\u{06ed}' | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}' | '\u{200c}'..='\u{200d}' | '\u{20d0}'..='\u{20ff}'
            | '\u{3099}'..='\u{309a}' | '\u{fe00}'..='\u{fe0f}' | '\u{fe20}'..='\u{fe2f}'
            | '\u{1f3fb}'..='\u{1f3ff}' | '\u{e0020}'..='\u{e007f}' | '\u{e0100}'..='\u{e01ef}')
        // Indic and Thai vowel signs and viramas that are not alphabetic themselves
        || (('\u{0900}'..='\u{0eff}').contains(&c) && !matches!(c, '\u{0964}' | '\u{0965}' | '\u{0e3f}' | '\u{0e4f}' | '\u{0e5a}' | '\u{0e5b}'))
}

/// Apostrophes that can start a clitic ("'s", "n't") or sit inside a name ("O'Brien").
#[inline]
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '`' | '\u{00b4}')
}

/// The plain form of a punctuation character: curly quotes straight, dashes unified,
/// full-width sentence marks as ASCII. `None` when the character stands for itself.
pub(crate) fn plain_punct(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}'
        | '\u{2033}' | '\u{301d}' | '\u{301e}' | '\u{ff02}' => "\"",
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{2039}'
        | '\u{203a}' | '`' | '\u{00b4}' | '\u{ff07}' => "'",
        '\u{2010}' | '\u{2011}' => "-",
        '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' | '\u{2e3a}'
        | '\u{2e3b}' | '\u{fe58}' => "--",
        '\u{2026}' => "...",
        '\u{3002}' | '\u{ff0e}' => ".",
        '\u{ff01}' => "!",
        '\u{ff1f}' => "?",
        '\u{ff0c}' | '\u{3001}' => ",",
        _ => return None,
    })
}

/// HTML 4's Latin-1 entity names, for U+00A0 to U+00FF in order.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// Windows-1252 meanings of the C1 code points, which numeric references in scraped HTML
/// use for curly quotes and dashes (`&#146;` is an apostrophe); HTML5 decodes them so too.
const CP1252: [char; 32] = [
    '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2c6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}', '\u{8f}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}', '\u{17e}', '\u{178}',
];

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "quot" => '"',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "apos" => '\'',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "zwnj" => '\u{200c}',
        "zwj" => '\u{200d}',
        "lrm" => '\u{200e}',
        "rlm" => '\u{200f}',
        "ndash" => '\u{2013}',
        "mdash" => '\u{2014}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "sbquo" => '\u{201a}',
        "ldquo" => '\u{201c}',
        "rdquo" => '\u{201d}',
        "bdquo" => '\u{201e}',
        "lsaquo" => '\u{2039}',
        "rsaquo" => '\u{203a}',
        "hellip" => '\u{2026}',
        "bull" => '\u{2022}',
        "prime" => '\u{2032}',
        "Prime" => '\u{2033}',
        "minus" => '\u{2212}',
        "euro" => '\u{20ac}',
        "trade" => '\u{2122}',
        "dagger" => '\u{2020}',
        "Dagger" => '\u{2021}',
        "permil" => '\u{2030}',
        "OElig" => '\u{152}',
        "oelig" => '\u{153}',
        "Scaron" => '\u{160}',
        "scaron" => '\u{161}',
        "Yuml" => '\u{178}',
        _ => {
            let i = LATIN1.iter().position(|&n| n == name)?;
            char::from_u32(0xa0 + i as u32)?
        }
    })
}

/// Decodes the HTML entity at the start of `s` (which begins with '&'): the character it
/// stands for and the entity's length in bytes. A double-escaped entity ("&amp;mdash;", common
/// in exports) decodes to the inner one. Unknown or malformed entities give `None`.
pub(crate) fn decode_entity(s: &str) -> Option<(char, usize)> {
    let after_amp = s.strip_prefix('&')?;
    let (c, n) = decode_body(after_amp)?;
    if c == '&' && n == 4 {
        if let Some((inner, m)) = decode_body(&after_amp[4..]) {
            return Some((inner, 5 + m));
        }
    }
    Some((c, 1 + n))
}

/// Decodes an entity's name or number and its ';' at the start of `s`, which follows the '&':
/// the character and the length of name and ';' in bytes.
fn decode_body(s: &str) -> Option<(char, usize)> {
    // the longest name or number accepted is 8 bytes ("#1114111", "thinsp")
    let semi = s.bytes().take(10).position(|b| b == b';')?;
    let body = &s[..semi];
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'#') {
        return None;
    }
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        match code {
            0x80..=0x9f => CP1252[(code - 0x80) as usize],
            0 => return None,
            _ => char::from_u32(code)?,
        }
    } else {
        named_entity(body)?
    };
    Some((c, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode() {
        assert_eq!(decode_entity("&quot;x"), Some(('"', 6)));
        assert_eq!(decode_entity("&#8217;s"), Some(('\u{2019}', 7)));
        assert_eq!(decode_entity("&#x2014;"), Some(('\u{2014}', 8)));
        assert_eq!(decode_entity("&#39;"), Some(('\'', 5)));
        assert_eq!(decode_entity("&nbsp;"), Some(('\u{a0}', 6)));
        assert_eq!(decode_entity("&eacute;"), Some(('é', 8)));
        assert_eq!(decode_entity("&yuml;"), Some(('ÿ', 6)));
        assert_eq!(
            decode_entity("&#146;"),
            Some(('\u{2019}', 6)),
            "Windows-1252 apostrophe"
        );
        assert_eq!(decode_entity("& more"), None);
        assert_eq!(decode_entity("&bogus;"), None);
        assert_eq!(decode_entity("&#0;"), None);
        assert_eq!(
            decode_entity("&#xD800;"),
            None,
            "a surrogate is no character"
        );
        assert_eq!(decode_entity("&#99999999999;"), None);
        assert_eq!(decode_entity("&"), None);
        assert_eq!(decode_entity("&;"), None);
    }

    #[test]
    fn double_escaped_entities_decode_to_the_inner_one() {
        assert_eq!(decode_entity("&amp;mdash; Britain"), Some(('\u{2014}', 11)));
        assert_eq!(decode_entity("&amp;nbsp;"), Some(('\u{a0}', 10)));
        assert_eq!(decode_entity("&amp;T"), Some(('&', 5)));
        assert_eq!(decode_entity("&amp; T"), Some(('&', 5)));
        assert_eq!(decode_entity("&amp;l=i&amp;size"), Some(('&', 5)));
    }

    #[test]
    fn curly_quotes_and_dashes_are_plain() {
        assert_eq!(plain_punct('\u{201c}'), Some("\""));
        assert_eq!(plain_punct('\u{2019}'), Some("'"));
        assert_eq!(plain_punct('\u{2014}'), Some("--"));
        assert_eq!(plain_punct('\u{2026}'), Some("..."));
        assert_eq!(plain_punct(','), None);
    }

    #[test]
    fn classes() {
        assert_eq!(class_of('a'), CharClass::Word);
        assert_eq!(class_of('北'), CharClass::Word);
        assert_eq!(class_of('\u{a0}'), CharClass::Space);
        assert_eq!(class_of('\u{200b}'), CharClass::Space);
        assert_eq!(class_of('\u{7}'), CharClass::Space);
        assert_eq!(class_of('\u{85}'), CharClass::Space);
        assert_eq!(class_of('\u{301}'), CharClass::Extend);
        assert_eq!(class_of('\u{fe0f}'), CharClass::Extend);
        assert_eq!(class_of('\u{ad}'), CharClass::Ignorable);
        assert_eq!(class_of('\u{200f}'), CharClass::Ignorable);
        assert_eq!(class_of('\u{fffd}'), CharClass::Punct);
        assert_eq!(class_of('😀'), CharClass::Punct);
    }
}
