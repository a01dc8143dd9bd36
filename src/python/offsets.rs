//! Byte offsets to Python string indices, and ISO dates: the pure-Rust part of the bindings,
//! compiled without the `python` feature too so that plain `cargo test` checks it.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

use crate::error::Error;

/// Maps byte offsets in a UTF-8 text to character offsets (Python `str` indices).
///
/// ASCII text needs no table. Otherwise a checkpoint every 64 bytes holds the number of
/// characters before it, and the rest is counted: a character starts at every byte that is not
/// a UTF-8 continuation byte. The table costs an eighth of the text's size and is built once
/// per article.
pub struct CharOffsets<'a> {
    bytes: &'a [u8],
    checkpoints: Option<Vec<usize>>,
}

const BLOCK: usize = 64;

fn is_char_start(b: u8) -> bool {
    b & 0xC0 != 0x80
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let checkpoints = (!text.is_ascii()).then(|| {
            let mut table = Vec::with_capacity(bytes.len() / BLOCK + 1);
            let mut chars = 0;
            for block in bytes.chunks(BLOCK) {
                table.push(chars);
                chars += block.iter().filter(|&&b| is_char_start(b)).count();
            }
            table.push(chars);
            table
        });
        CharOffsets { bytes, checkpoints }
    }

    /// The character offset of byte offset `byte` (clamped to the text's end).
    pub fn char_index(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        match &self.checkpoints {
            None => byte,
            Some(table) => {
                let block = byte / BLOCK;
                let from = block * BLOCK;
                table[block]
                    + self.bytes[from..byte]
                        .iter()
                        .filter(|&&b| is_char_start(b))
                        .count()
            }
        }
    }

    /// A byte span as a character span.
    pub fn span(&self, span: (usize, usize)) -> (usize, usize) {
        (self.char_index(span.0), self.char_index(span.1))
    }
}

/// Reads an ISO date ("2025-09-29") or date-time ("2025-09-29T08:30:00Z"; its own date is
/// taken, not converted to UTC).
pub fn parse_date(value: &str) -> Result<NaiveDate, Error> {
    let s = value.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Ok(dt.date_naive());
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, format) {
            return Ok(dt.date());
        }
    }
    for format in ["%Y-%m-%d %H:%M:%S%.f%:z", "%Y-%m-%d %H:%M:%S%.f%z"] {
        if let Ok(dt) = DateTime::parse_from_str(s, format) {
            return Ok(dt.date_naive());
        }
    }
    Err(Error::Date {
        value: value.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_char_indices() {
        let text = "Choe’s talks — in Pyongyang — «ended». ".repeat(20) + "Ünïcödé 😀 end";
        let offsets = CharOffsets::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_index(byte), chars, "byte {byte}");
        }
        assert_eq!(offsets.char_index(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_offsets_are_identity() {
        let offsets = CharOffsets::new("plain text");
        assert!(offsets.checkpoints.is_none());
        assert_eq!(offsets.char_index(5), 5);
        assert_eq!(offsets.char_index(99), 10);
    }

    #[test]
    fn dates_in_iso_forms() {
        let d = NaiveDate::from_ymd_opt(2025, 9, 29).unwrap();
        assert_eq!(parse_date("2025-09-29"), Ok(d));
        assert_eq!(parse_date(" 2025-09-29T23:30:00+09:00"), Ok(d));
        assert_eq!(parse_date("2025-09-29T08:30:00Z"), Ok(d));
        assert_eq!(parse_date("2025-09-29 08:30"), Ok(d));
        assert_eq!(
            parse_date("29/09/2025"),
            Err(Error::Date {
                value: "29/09/2025".into()
            })
        );
        assert_eq!(
            parse_date("2025-02-30"),
            Err(Error::Date {
                value: "2025-02-30".into()
            })
        );
    }
}
