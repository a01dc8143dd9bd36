//! Scraping junk: the phrases of `junk.txt` and the wiki table attributes that are no text.

use std::sync::OnceLock;

/// The junk phrases of `junk.txt`, by kind.
pub(crate) struct Junk {
    lines: Vec<&'static str>,
    starts: Vec<&'static str>,
    prefixes: Vec<&'static str>,
    leads: Vec<&'static str>,
    upto: Vec<&'static str>,
    sections: Vec<&'static str>,
}

/// The junk phrases, read once.
pub(crate) fn junk() -> &'static Junk {
    static JUNK: OnceLock<Junk> = OnceLock::new();
    JUNK.get_or_init(|| {
        let mut junk = Junk {
            lines: vec![],
            starts: vec![],
            prefixes: vec![],
            leads: vec![],
            upto: vec![],
            sections: vec![],
        };
        for line in include_str!("junk.txt").lines() {
            let line = line.trim();
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let (kind, phrase) = line
                .split_once(':')
                .expect("junk.txt: every line is kind: phrase");
            let phrase = phrase.trim();
            assert!(!phrase.is_empty(), "junk.txt: empty phrase in {line}");
            match kind {
                "line" => junk.lines.push(phrase),
                "starts" => junk.starts.push(phrase),
                "prefix" => junk.prefixes.push(phrase),
                "lead" => junk.leads.push(phrase),
                "upto" => junk.upto.push(phrase),
                "section" => junk.sections.push(phrase),
                other => panic!("junk.txt: unknown kind {other}"),
            }
        }
        junk
    })
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Whether `s` begins with a white-space character or is empty: the end of a word.
fn word_ends(s: &str) -> bool {
    s.chars().next().is_none_or(char::is_whitespace)
}

impl Junk {
    /// Whether `s` (a line, block or sentence) is a junk phrase by itself.
    pub(crate) fn is_junk_line(&self, s: &str) -> bool {
        let bare = s
            .trim()
            .trim_end_matches(['.', ':', '!', '\u{2026}'])
            .trim_end();
        bare.len() <= 64 && self.lines.iter().any(|p| p.eq_ignore_ascii_case(bare))
    }

    /// Whether a section header's title names a section of links.
    pub(crate) fn is_section(&self, title: &str) -> bool {
        let title = title.trim_matches(|c: char| c == '\'' || c.is_whitespace());
        self.sections.iter().any(|p| p.eq_ignore_ascii_case(title))
    }

    /// Where the text worth keeping in `block` begins, once junk at its start is cut; `None`
    /// when the whole block is junk.
    pub(crate) fn keep(&self, block: &str) -> Option<usize> {
        let trimmed = block.trim();
        if trimmed.is_empty()
            || self.is_junk_line(trimmed)
            || self.starts.iter().any(|p| starts_with_ci(trimmed, p))
            || is_attributes(trimmed)
        {
            return None;
        }
        let mut at = block.len() - block.trim_start().len();
        loop {
            let rest = &block[at..];
            let cut = self
                .leads
                .iter()
                .find(|p| rest.starts_with(**p) && word_ends(&rest[p.len()..]))
                .map(|p| p.len())
                .or_else(|| self.infobox_end(rest))
                .or_else(|| {
                    // "More ShortsWang echoed…": glued to a capital, or alone
                    self.prefixes.iter().find_map(|p| {
                        let after = rest.get(p.len()..)?.trim_start();
                        let glued = after.chars().next().is_none_or(|c| {
                            c.is_uppercase() || c.is_numeric() || "\"'“‘(".contains(c)
                        });
                        (starts_with_ci(rest, p) && glued).then_some(p.len())
                    })
                });
            match cut {
                Some(cut) => {
                    let after = &block[at + cut..];
                    at += cut + (after.len() - after.trim_start().len());
                }
                None => break,
            }
        }
        (!block[at..].trim().is_empty()).then_some(at)
    }

    /// The end of an infobox name among the first words of `s`.
    fn infobox_end(&self, s: &str) -> Option<usize> {
        let mut at = 0;
        for word in s.split_ascii_whitespace().take(6) {
            // the word begins where the white space after the last one ends
            let after_space = s[at..].trim_start_matches(|c: char| c.is_ascii_whitespace());
            let start = s.len() - after_space.len();
            at = start + word.len();
            // "United States infobox The …", but not "The infobox was …"
            let next_is_text = s[at..]
                .trim_start()
                .chars()
                .next()
                .is_none_or(|c| !c.is_lowercase());
            if next_is_text && self.upto.iter().any(|p| word.ends_with(p)) {
                return Some(at);
            }
        }
        None
    }
}

/// Whether `s` is only HTML or wiki-table attributes: `border="2" cellpadding="4"`,
/// `colspan=5`, `style=&quot;float:left&quot;`. They come loose from table markup.
pub(crate) fn is_attributes(s: &str) -> bool {
    // no search for an '=' first: a block can be a whole article, and ordinary text fails at
    // its first word, which is no `name=`
    let mut rest = s.trim_start();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let name = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':'))
            .count();
        if name == 0 || !rest.as_bytes()[0].is_ascii_alphabetic() {
            return false;
        }
        rest = rest[name..].trim_start();
        let Some(value) = rest.strip_prefix('=') else {
            return false;
        };
        let value = value.trim_start();
        rest = if let Some(v) = value.strip_prefix("&quot;") {
            match v.find("&quot;") {
                Some(k) => &v[k + 6..],
                None => return false,
            }
        } else if let Some(quote) = value.chars().next().filter(|c| *c == '"' || *c == '\'') {
            match value[1..].find(quote) {
                Some(k) => &value[k + 2..],
                None => return false,
            }
        } else {
            // an unquoted value runs to the next attribute: "category=New Zealand count=10"
            let n = value.find(char::is_whitespace).unwrap_or(value.len());
            if n == 0 {
                return false;
            }
            let mut rest = &value[n..];
            let mut continued = false;
            while let Some(word) = rest.split_whitespace().next().filter(|w| !w.contains('=')) {
                rest = &rest[rest.find(word).expect("the word is in the text") + word.len()..];
                continued = true;
            }
            // but "E = mc2 was his idea" is text
            if continued && rest.trim().is_empty() {
                return false;
            }
            rest
        };
        rest = rest.trim_start();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(block: &str) -> Option<&str> {
        junk().keep(block).map(|at| &block[at..])
    }

    #[test]
    fn junk_lines_go_whatever_their_case() {
        for line in [
            "Read more",
            "READ MORE.",
            "  Impact Shorts ",
            "With inputs from agencies",
            "(With inputs from agencies)",
            "Advertisement",
        ] {
            assert_eq!(kept(line), None, "{line}");
        }
        assert_eq!(kept("Also Read: Kim meets Xi"), None);
        assert_eq!(kept("ALSO READ: Kim meets Xi"), None);
        assert_eq!(
            kept("Read more about the talks in Beijing."),
            Some("Read more about the talks in Beijing.")
        );
    }

    #[test]
    fn glued_prefixes_go() {
        assert_eq!(
            kept("More ShortsWang echoed this."),
            Some("Wang echoed this.")
        );
        assert_eq!(
            kept("More Shorts Wang echoed this."),
            Some("Wang echoed this.")
        );
        assert_eq!(
            kept("Impact ShortsMore Shorts“Kim” said."),
            Some("“Kim” said.")
        );
        assert_eq!(
            kept("More shortstops were hired."),
            Some("More shortstops were hired.")
        );
    }

    #[test]
    fn wiki_template_names_go() {
        assert_eq!(
            kept("publish  Archive-unreviewed   On Sunday, US Marines"),
            Some("On Sunday, US Marines")
        );
        assert_eq!(
            kept("publish Pakistan   Iran ian diplomat"),
            Some("Pakistan   Iran ian diplomat")
        );
        assert_eq!(kept("publish"), None);
        assert_eq!(kept("published today"), Some("published today"));
        assert_eq!(
            kept("Wikinews Today short infobox  By a narrow vote"),
            Some("By a narrow vote")
        );
        assert_eq!(
            kept("2003_Iraq_pre-war_intelligence_infobox  The CIA says"),
            Some("The CIA says")
        );
        assert_eq!(
            kept("publish  ETA infobox The suspected chief"),
            Some("The suspected chief")
        );
        assert_eq!(
            kept("The infobox was one of seven words here"),
            Some("The infobox was one of seven words here")
        );
        assert_eq!(
            kept("One two three four five six seven infobox"),
            Some("One two three four five six seven infobox")
        );
        assert_eq!(kept("Human rights infobox"), None);
    }

    #[test]
    fn link_sections() {
        assert!(junk().is_section(" Related news "));
        assert!(junk().is_section("''See also''"));
        assert!(!junk().is_section("Reaction"));
    }

    #[test]
    fn table_attributes_are_no_text() {
        assert!(is_attributes(
            "border=&quot;2&quot; cellpadding=&quot;4&quot; style=&quot;margin: 1em&quot;"
        ));
        assert!(is_attributes(" colspan=5 "));
        assert!(is_attributes("align=right"));
        assert!(is_attributes("class=\"wikitable\" width='50%'"));
        assert!(is_attributes("category=Elections count=10"));
        assert!(is_attributes(
            "category=New Zealand category=Elections count=10"
        ));
        assert!(!is_attributes("E = mc2 was his idea"));
        assert!(!is_attributes("x="));
        assert!(!is_attributes("The vote was 5=4"));
        assert_eq!(kept("border=2"), None);
    }
}
