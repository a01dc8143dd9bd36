//! Wiki and HTML markup left in scraped text: what is dropped and what ends a sentence.
//!
//! Exports of wiki news (the Wikinews corpus among them) keep the markup of the page but lose
//! its line breaks, so a section header, a table cell or a list bullet sits in the middle of a
//! line, glued to the sentences around it. The scanner here finds such markup in one line and
//! hands the text between to a [`Sink`] as pieces, with a break wherever the markup stood for a
//! line break (a header, a `<br>`, a table cell, a bullet, a comment). Inline markup
//! (`''italics''`, `<sup>`, link brackets) is dropped without a break. Markup is
//! recognised in both raw (`<br>`) and escaped (`&lt;br&gt;`) form.
//!
//! Every look-ahead is bounded (a tag within 400 bytes, a header within 120, a link target
//! within 300), and where the next comment end, tag end, link end and pipe are is remembered
//! between questions, so the scan is linear in the length of the line.

use super::junk::junk;

/// Receives what the scanner keeps of a line.
pub(crate) trait Sink {
    /// `text[start..end]` is text to tokenise.
    fn piece(&mut self, start: usize, end: usize);
    /// A hard break: no sentence runs across it.
    fn brk(&mut self);
}

/// The scanner's state, carried from line to line.
#[derive(Default)]
pub(crate) struct Markup {
    /// Inside a section of links ("== Related news =="), which is dropped up to the next header.
    junk_section: bool,
}

/// What a piece of markup does to the text around it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Effect {
    /// Dropped; the text before and after may be one sentence.
    Inline,
    /// Dropped; it ends the sentence before it.
    Break,
}

/// The state of one line's scan.
struct Scan<'a> {
    text: &'a str,
    bytes: &'a [u8],
    start: usize,
    end: usize,
    /// Where the last markup ended: a bullet may follow it directly.
    boundary: usize,
    /// Open `[[links]]` without an image caption, and whether an image caption is open.
    links: u32,
    caption: bool,
    /// An external link `[http://… label]` is open: its `]` is markup.
    external: bool,
    /// Where the next comment end, tag end, link end and pipe are.
    comment_end: Next,
    escaped_comment_end: Next,
    tag_end: Next,
    escaped_tag_end: Next,
    link_end: Next,
    pipe: Next,
}

/// The next occurrence of a pattern in a line, remembered between questions: a question
/// asked from inside the stretch already searched is answered without searching again, so
/// however many questions the markup of a line raises, each byte is searched once.
struct Next {
    pattern: &'static [u8],
    /// The stretch `from..=at` holds no occurrence before `at`; `at` is `usize::MAX` when
    /// there is none up to the end of the line.
    from: usize,
    at: usize,
}

impl Next {
    fn new(pattern: &'static [u8]) -> Self {
        Next {
            pattern,
            from: usize::MAX,
            at: 0,
        }
    }

    /// The first occurrence at or after `from` in `line` (the bytes of the text up to the
    /// end of the line).
    fn find(&mut self, line: &[u8], from: usize) -> Option<usize> {
        if !(self.from <= from && from <= self.at) {
            self.from = from;
            self.at = find(line, from, line.len(), self.pattern).unwrap_or(usize::MAX);
        }
        (self.at != usize::MAX).then_some(self.at)
    }

    /// The first occurrence at or after `from` and before `limit`.
    fn find_before(&mut self, line: &[u8], from: usize, limit: usize) -> Option<usize> {
        self.find(line, from).filter(|&at| at < limit)
    }
}

impl Markup {
    /// Scans the line `text[start..end]` (no line breaks inside).
    pub(crate) fn scan_line<S: Sink>(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        sink: &mut S,
    ) {
        let mut scan = Scan {
            text,
            bytes: text.as_bytes(),
            start,
            end,
            boundary: start,
            links: 0,
            caption: false,
            external: false,
            comment_end: Next::new(b"-->"),
            escaped_comment_end: Next::new(b"--&gt;"),
            tag_end: Next::new(b">"),
            escaped_tag_end: Next::new(b"&gt;"),
            link_end: Next::new(b"]]"),
            pipe: Next::new(b"|"),
        };
        let bytes = text.as_bytes();
        let mut piece = start;
        let mut i = start;
        while i < end {
            // most bytes begin no markup: run to the next that may
            i = next_special(bytes, i, end);
            if i == end {
                break;
            }
            // a header opens a section: a junk one or not
            let mut section = None;
            let found = match bytes[i] {
                b'<' | b'&' => scan.tag_or_comment(i),
                b'=' => scan.header(i).map(|(header_end, title)| {
                    section = title.map(|title| junk().is_section(title));
                    (i, header_end, Effect::Break)
                }),
                b'\'' => scan.quote_marks(i),
                b'[' => scan.open_bracket(i),
                b']' => scan.close_bracket(i),
                b'{' | b'}' | b'|' => scan.table(i),
                b'*' | b'#' | b':' | b';' => scan.bullet(i, piece),
                b'_' => scan.magic_word(i),
                b'I' | b'F' => scan.gallery_image(i),
                _ => None,
            };
            match found {
                Some((cut, markup_end, effect)) => {
                    if cut > piece && !self.junk_section {
                        sink.piece(piece, cut);
                    }
                    if effect == Effect::Break {
                        sink.brk();
                    }
                    if let Some(junk_section) = section {
                        self.junk_section = junk_section;
                    }
                    i = markup_end;
                    piece = markup_end;
                    scan.boundary = markup_end;
                }
                None => i += 1,
            }
        }
        if end > piece && !self.junk_section {
            sink.piece(piece, end);
        }
    }
}

/// The bytes that can begin markup.
const SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = b"<&='[]{}|*#:;_IF";
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// The first position from `i` whose byte may begin markup, or `end`. Eight bytes are
/// passed over at a time while none is special, their table entries ORed without a branch
/// per byte: a line is mostly plain text, and this scan reads all of it.
fn next_special(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while i + 8 <= end {
        let chunk: &[u8; 8] = bytes[i..i + 8].try_into().expect("eight bytes");
        let any = chunk
            .iter()
            .fold(0u8, |any, &b| any | u8::from(SPECIAL[usize::from(b)]));
        if any != 0 {
            break;
        }
        i += 8;
    }
    i + bytes[i..end]
        .iter()
        .position(|&b| SPECIAL[usize::from(b)])
        .unwrap_or(end - i)
}

/// The kind of an HTML tag that may appear in scraped text, by its lowercase name.
fn tag_effect(name: &str) -> Option<Effect> {
    Some(match name {
        "a" | "abbr" | "b" | "bdi" | "bdo" | "big" | "cite" | "code" | "del" | "em" | "font"
        | "i" | "ins" | "kbd" | "mark" | "math" | "nowiki" | "q" | "ref" | "s" | "small"
        | "span" | "strike" | "strong" | "sub" | "sup" | "time" | "tt" | "u" | "var" | "wbr" => {
            Effect::Inline
        }
        "article" | "aside" | "blockquote" | "body" | "br" | "caption" | "center" | "dd"
        | "div" | "dl" | "dt" | "dynamicpagelist" | "figcaption" | "figure" | "footer" | "form"
        | "gallery" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "head" | "header" | "hr"
        | "html" | "iframe" | "img" | "imagemap" | "includeonly" | "li" | "link" | "main"
        | "meta" | "nav" | "noinclude" | "ol" | "onlyinclude" | "p" | "poem" | "pre"
        | "references" | "script" | "section" | "source" | "style" | "table" | "tbody" | "td"
        | "tfoot" | "th" | "thead" | "timeline" | "title" | "tr" | "ul" => Effect::Break,
        _ => return None,
    })
}

/// Whether a `|`-separated image parameter is an option rather than the caption.
fn is_image_option(param: &[u8]) -> bool {
    let p = param.trim_ascii();
    let px = p.len() > 2
        && p[p.len() - 2..].eq_ignore_ascii_case(b"px")
        && p[..p.len() - 2]
            .iter()
            .all(|b| b.is_ascii_digit() || *b == b'x');
    let named = ["upright", "alt=", "link=", "class=", "page=", "lang="]
        .iter()
        .any(|o| p.len() >= o.len() && p[..o.len()].eq_ignore_ascii_case(o.as_bytes()));
    let word = [
        "thumb",
        "thumbnail",
        "frame",
        "framed",
        "frameless",
        "border",
        "left",
        "right",
        "center",
        "centre",
        "none",
        "baseline",
        "middle",
        "top",
        "bottom",
        "text-top",
        "text-bottom",
        "sub",
        "super",
    ]
    .iter()
    .any(|o| p.eq_ignore_ascii_case(o.as_bytes()));
    px || named || word
}

/// Where a gallery line's file name that starts at `name` ends: at a `|` or after an image
/// extension followed by white space.
fn gallery_name_end(b: &[u8], name: usize, limit: usize) -> Option<usize> {
    let extensions = [
        &b".jpeg"[..],
        b".jpg",
        b".png",
        b".gif",
        b".svg",
        b".tiff",
        b".tif",
        b".ogg",
        b".ogv",
        b".webm",
    ];
    for k in name..limit {
        if b[k] == b'|' {
            return Some(k);
        }
        if b[k] == b'.' {
            if let Some(e) = extensions.iter().find(|e| starts_with_ci(b, k, e)) {
                let after = k + e.len();
                if after >= b.len() || b[after].is_ascii_whitespace() || b[after] == b'|' {
                    return Some(after);
                }
            }
        }
    }
    None
}

/// The first position in `bytes[from..limit]` where `pattern` starts.
fn find(bytes: &[u8], from: usize, limit: usize, pattern: &[u8]) -> Option<usize> {
    if from >= limit {
        return None;
    }
    let (&first, rest) = pattern.split_first()?;
    let mut at = from;
    while at < limit {
        let p = at + bytes[at..limit].iter().position(|&b| b == first)?;
        if bytes[p + 1..].starts_with(rest) && p + pattern.len() <= limit {
            return Some(p);
        }
        at = p + 1;
    }
    None
}

fn starts_with_ci(bytes: &[u8], at: usize, prefix: &[u8]) -> bool {
    bytes.len() >= at + prefix.len() && bytes[at..at + prefix.len()].eq_ignore_ascii_case(prefix)
}

/// A found piece of markup: the end of the text before it, its end, and its effect.
type Found = Option<(usize, usize, Effect)>;

impl Scan<'_> {
    /// Whether position `i` starts a token: after white space, at the line start or right
    /// after other markup.
    fn after_gap(&self, i: usize) -> bool {
        i == self.start || i == self.boundary || self.bytes[i - 1].is_ascii_whitespace()
    }

    fn limit(&self, from: usize, len: usize) -> usize {
        self.end.min(from.saturating_add(len))
    }

    /// `<tag …>`, `</tag>`, `<!-- … -->` and their escaped forms `&lt;tag&gt;`.
    fn tag_or_comment(&mut self, i: usize) -> Found {
        let b = self.bytes;
        let (open, escaped) = if b[i] == b'<' {
            (1, false)
        } else if starts_with_ci(&b[..self.end], i, b"&lt;") {
            (4, true)
        } else {
            return None;
        };
        let close: &[u8] = if escaped { b"&gt;" } else { b">" };
        let j = i + open;
        let line = &b[..self.end];
        if starts_with_ci(line, j, b"!--") {
            let next = if escaped {
                &mut self.escaped_comment_end
            } else {
                &mut self.comment_end
            };
            // comments sit between paragraphs far more often than inside a sentence
            let k = next.find(line, j + 3)?;
            return Some((i, k + next.pattern.len(), Effect::Break));
        }
        let name_start = j + usize::from(b.get(j) == Some(&b'/'));
        let mut k = name_start;
        while k < self.end && k - name_start < 16 && b[k].is_ascii_alphanumeric() {
            k += 1;
        }
        if k == name_start || !b[name_start].is_ascii_alphabetic() || k - name_start >= 16 {
            return None;
        }
        let mut name = [0u8; 16];
        let name = &mut name[..k - name_start];
        name.copy_from_slice(&b[name_start..k]);
        name.make_ascii_lowercase();
        let effect = tag_effect(std::str::from_utf8(name).ok()?)?;
        if k < self.end
            && !(b[k].is_ascii_whitespace() || b[k] == b'/' || b[k..].starts_with(close))
        {
            return None;
        }
        let limit = self.limit(k, 400);
        let next = if escaped {
            &mut self.escaped_tag_end
        } else {
            &mut self.tag_end
        };
        let tag_end = next.find_before(line, k, limit)? + close.len();
        Some((i, tag_end, effect))
    }

    /// A section header `== Title ==` (2 to 6 signs each side), or a bare rule of four or more
    /// signs. Gives the header's end and its title.
    ///
    /// Headers are dropped rather than kept as sentences: they are not sentences, and with the
    /// line breaks of the export lost, a kept header would be glued to the sentence after it.
    fn header(&self, i: usize) -> Option<(usize, Option<&str>)> {
        let b = self.bytes;
        if !self.after_gap(i) {
            return None;
        }
        let run = |from: usize| {
            b[from..self.end]
                .iter()
                .take(7)
                .take_while(|&&c| c == b'=')
                .count()
        };
        let open = run(i);
        if open < 2 {
            return None;
        }
        let title_start = i + open;
        let limit = self.limit(title_start, 120);
        let followed_by_gap =
            |at: usize| at >= self.end || b[at].is_ascii_whitespace() || b"<&*{[|".contains(&b[at]);
        if let Some(k) = b[title_start..limit]
            .iter()
            .position(|&c| c == b'=')
            .map(|p| title_start + p)
        {
            let close = run(k);
            let title = self.text[title_start..k].trim();
            if close >= 2 && !title.is_empty() && followed_by_gap(k + close) {
                return Some((k + close, Some(title)));
            }
        }
        (open >= 4 && followed_by_gap(title_start)).then_some((title_start, None))
    }

    /// `''italic''` and `'''bold'''`: two or more straight apostrophes.
    fn quote_marks(&self, i: usize) -> Found {
        let run = self.bytes[i..self.end]
            .iter()
            .take_while(|&&c| c == b'\'')
            .count();
        (run >= 2).then_some((i, i + run, Effect::Inline))
    }

    /// `[[link]]`, `[[target|label]]`, `[[Image:…|thumb|caption]]`, `[[Category:…]]` and
    /// external links `[http://… label]`.
    fn open_bracket(&mut self, i: usize) -> Found {
        let b = &self.bytes[..self.end];
        if b.get(i + 1) != Some(&b'[') {
            let j = i + 1;
            let scheme = [&b"http://"[..], b"https://", b"ftp://", b"//", b"mailto:"]
                .iter()
                .any(|s| starts_with_ci(b, j, s));
            if !scheme {
                return None;
            }
            let mut k = j;
            while k < self.end && !b[k].is_ascii_whitespace() && b[k] != b']' {
                k += 1;
            }
            if k < self.end && b[k] == b']' {
                // a bare numbered link "[http://…]"
                return Some((i, k + 1, Effect::Inline));
            }
            self.external = true;
            return Some((i, k, Effect::Inline));
        }
        let target = i + 2;
        for prefix in [&b"image:"[..], b"file:"] {
            if starts_with_ci(b, target, prefix) {
                return self.image(i, target + prefix.len(), true);
            }
        }
        let limit = self.limit(target, 300);
        let pipe = self.pipe.find_before(b, target, limit);
        let close = self.link_end.find_before(b, target, limit);
        if starts_with_ci(b, target, b"category:") {
            return Some(match close {
                Some(k) => (i, k + 2, Effect::Break),
                None => (i, target, Effect::Inline),
            });
        }
        match (pipe, close) {
            (Some(p), Some(c)) if p < c => {
                // [[target|label]]: the label is the text
                self.links += 1;
                Some((i, p + 1, Effect::Inline))
            }
            (_, Some(_)) => {
                self.links += 1;
                Some((i, target, Effect::Inline))
            }
            // "[[w:Jyllands-Posten|." : the label and the end were lost
            (Some(p), None) => Some((i, p + 1, Effect::Inline)),
            (None, None) => Some((i, target, Effect::Inline)),
        }
    }

    fn close_bracket(&mut self, i: usize) -> Found {
        if self.bytes.get(i + 1) == Some(&b']') && i + 1 < self.end {
            if self.links > 0 {
                self.links -= 1;
                return Some((i, i + 2, Effect::Inline));
            }
            let effect = if std::mem::take(&mut self.caption) {
                Effect::Break
            } else {
                Effect::Inline
            };
            return Some((i, i + 2, effect));
        }
        if std::mem::take(&mut self.external) {
            return Some((i, i + 1, Effect::Inline));
        }
        None
    }

    /// An image: its file name (from `name`) and options are dropped, its caption is kept as
    /// text of its own. `bracketed` for `[[Image:…]]`; otherwise a gallery line
    /// `Image:Name.jpg|caption`, whose file name ends at an image extension.
    fn image(&mut self, i: usize, name: usize, bracketed: bool) -> Found {
        let b = &self.bytes[..self.end];
        let limit = self.limit(name, 300);
        let mut k = if bracketed {
            let pipe = self.pipe.find_before(b, name, limit);
            let close = self.link_end.find_before(b, name, limit);
            pipe.into_iter().chain(close).min()?
        } else {
            gallery_name_end(b, name, limit)?
        };
        // options up to the caption
        while k < self.end && b[k] == b'|' {
            let from = k + 1;
            let limit = self.limit(from, 100);
            let param_end = (from..limit)
                .find(|&p| b[p] == b'|' || b[p..].starts_with(b"]]"))
                .unwrap_or(limit);
            if !is_image_option(&b[from..param_end]) {
                k = from;
                break;
            }
            k = param_end;
        }
        if bracketed {
            if b[k..].starts_with(b"]]") {
                return Some((i, k + 2, Effect::Break));
            }
            self.caption = true;
        }
        Some((i, k, Effect::Break))
    }

    /// A gallery line's `Image:Name.jpg`.
    fn gallery_image(&mut self, i: usize) -> Found {
        if !self.after_gap(i) {
            return None;
        }
        let b = &self.bytes[..self.end];
        let name = [&b"Image:"[..], b"File:"]
            .into_iter()
            .find(|p| b[i..].starts_with(p))?;
        self.image(i, i + name.len(), false)
    }

    /// Table markup `{|`, `|-`, `||`, `|`, `|}` and template ends `{{`, `}}`.
    fn table(&self, i: usize) -> Found {
        let b = &self.bytes[..self.end];
        match b[i] {
            b'{' | b'}' => (b.get(i + 1) == Some(&b[i])
                || (b[i] == b'{' && b.get(i + 1) == Some(&b'|')))
            .then_some((i, i + 2, Effect::Break)),
            _ => {
                let mut k = i + b[i..].iter().take_while(|&&c| c == b'|').count();
                if k < self.end && matches!(b[k], b'-' | b'}' | b'+') {
                    k += 1 + b[k + 1..].iter().take_while(|&&c| c == b'-').count();
                }
                Some((i, k, Effect::Break))
            }
        }
    }

    /// A list bullet: `*`, `**`, `#`, `:*` at the start of a line, or a run of `*` after white
    /// space and before white space or a link (the Wikinews export keeps bullets mid-line).
    fn bullet(&self, i: usize, piece: usize) -> Found {
        let b = &self.bytes[..self.end];
        let line_start = self.start
            + b[self.start..i]
                .iter()
                .take_while(|c| c.is_ascii_whitespace())
                .count()
            == i;
        if line_start {
            // "#1 priority" is no list
            let run = b[i..].iter().take_while(|c| b"*#:;".contains(c)).count();
            let next = b.get(i + run);
            return (!next.is_some_and(u8::is_ascii_digit)).then_some((i, i + run, Effect::Break));
        }
        if b[i] != b'*' {
            return None;
        }
        let run = b[i..].iter().take_while(|&&c| c == b'*').count();
        // ":*" indents a bullet
        let mut cut = i;
        while cut > piece && b[cut - 1] == b':' {
            cut -= 1;
        }
        if !self.after_gap(cut) {
            return None;
        }
        let after = i + run;
        let next_ok = after >= self.end || b[after].is_ascii_whitespace() || b[after] == b'[';
        next_ok.then_some((cut, after, Effect::Break))
    }

    /// Behaviour switches such as `__NOTOC__`.
    fn magic_word(&self, i: usize) -> Found {
        let b = &self.bytes[..self.end];
        if !b[i..].starts_with(b"__") {
            return None;
        }
        let name = b[i + 2..]
            .iter()
            .take(30)
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        (name > 0 && b[i + 2 + name..].starts_with(b"__")).then_some((
            i,
            i + 4 + name,
            Effect::Inline,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a scan keeps: pieces, with "|" for a break.
    fn scan(text: &str) -> String {
        struct Collect<'a>(&'a str, String);
        impl Sink for Collect<'_> {
            fn piece(&mut self, start: usize, end: usize) {
                self.1.push_str(&self.0[start..end]);
            }
            fn brk(&mut self) {
                self.1.push('|');
            }
        }
        let mut sink = Collect(text, String::new());
        Markup::default().scan_line(text, 0, text.len(), &mut sink);
        sink.1
    }

    #[test]
    fn headers_break_and_go() {
        assert_eq!(scan("calm.  == Background == The law"), "calm.  | The law");
        assert_eq!(scan("===Reaction=== In Taiwan"), "| In Taiwan");
        assert_eq!(
            scan("publish   ==== Russian fighter"),
            "publish   | Russian fighter"
        );
        assert_eq!(scan("x == y"), "x == y");
        assert_eq!(scan("a==b==c"), "a==b==c");
    }

    #[test]
    fn link_sections_are_dropped_up_to_the_next_header() {
        assert_eq!(
            scan("soon.  == Related News == * Iran votes * more ==Results== Kim won"),
            "soon.  |||| Kim won"
        );
    }

    #[test]
    fn tags_comments_and_entities() {
        assert_eq!(scan("&lt;noinclude&gt;  Reports say"), "|  Reports say");
        assert_eq!(scan("Study&lt;br /&gt;Next"), "Study|Next");
        assert_eq!(scan("x<sup>1</sup> y"), "x1 y");
        assert_eq!(scan("a &lt;!-- 0% --&gt; b <!-- c --> d"), "a | b | d");
        assert_eq!(
            scan("a &lt;!-- open b &lt;!-- c"),
            "a &lt;!-- open b &lt;!-- c"
        );
        assert_eq!(scan("1 < 2 and 3 &lt; 4 &lt;b"), "1 < 2 and 3 &lt; 4 &lt;b");
        assert_eq!(
            scan("&lt;blockquote type=&quot;cite&quot;&gt; * Live in Duval"),
            "| | Live in Duval"
        );
    }

    #[test]
    fn wiki_formatting() {
        assert_eq!(
            scan("told the ''Associated Press'' . &quot;It"),
            "told the Associated Press . &quot;It"
        );
        assert_eq!(
            scan("'''December 2004'''&lt;br /&gt;  South"),
            "December 2004|  South"
        );
        assert_eq!(scan("__NOTOC__ Turkey"), " Turkey");
        assert_eq!(
            scan("the [http://x.org/ Joint Body] declared"),
            "the  Joint Body declared"
        );
        assert_eq!(scan("support [http://a.b/c]. Then"), "support . Then");
        assert_eq!(
            scan("the [[w:Jyllands-Posten|newspaper]] said"),
            "the newspaper said"
        );
        assert_eq!(scan("the [[Iraq]] war"), "the Iraq war");
        assert_eq!(scan("x [[Category:Africa]] y"), "x | y");
    }

    #[test]
    fn images_keep_their_caption_apart() {
        assert_eq!(
            scan("[[Image:Flag of Zimbabwe.svg|thumb|right|The main opposition]] Talks"),
            "|The main opposition| Talks"
        );
        assert_eq!(
            scan("[[File:700club.gif|thumb|left|200px|Pat Robertson (right). *"),
            "|Pat Robertson (right). |"
        );
        assert_eq!(scan("x [[Image:a.jpg|thumb]] y"), "x | y");
        assert_eq!(scan("&lt;gallery&gt; Image:Mitt Romney, 2006.jpg|Former Governor Image:B.jpg|Senator &lt;/gallery&gt;"), "| |Former Governor |Senator |");
        assert_eq!(scan("Image:Thai coup.jpg Image:Golpe.jpg done"), "| | done");
    }

    #[test]
    fn tables_and_bullets_break() {
        assert_eq!(
            scan("|- | 8. || Ric Keller || Orlando |}"),
            "| | 8. | Ric Keller | Orlando |"
        );
        assert_eq!(scan("{| border=2 | x |}"), "| border=2 | x |");
        assert_eq!(
            scan("* Live here * Be a parent"),
            "| Live here | Be a parent"
        );
        assert_eq!(scan("Baghdad :*  7 injured"), "Baghdad |  7 injured");
        assert_eq!(
            scan("Kolbe* not f****** and *real* 2*3"),
            "Kolbe* not f****** and *real* 2*3"
        );
        assert_eq!(scan("#1 priority"), "#1 priority");
        assert_eq!(scan("# First"), "| First");
        assert_eq!(scan("}} FARC hold"), "| FARC hold");
    }

    #[test]
    fn pathological_markup_is_linear() {
        for unit in [
            "&lt;!--", "<!--", "==", "[[", "[[Image:", "Image:", "'''", "|", "&lt;br", "<div",
            "* ", "[http://",
        ] {
            let s = unit.repeat(200_000);
            let t = std::time::Instant::now();
            let _ = scan(&s);
            println!("{unit} {:?}", t.elapsed());
            assert!(t.elapsed().as_secs() < 10, "{unit}");
        }
    }
}
