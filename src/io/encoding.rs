//! Turning an imported file's bytes into text, and export text into the bytes an office
//! expects. Offices in China save CSV (and sometimes JSON) from Excel or WPS as GBK or
//! GB18030; those are decoded, and the encoding found is named back to the officer so a
//! wrongly guessed file is noticed. UTF-16 and binary files are refused with what to do.

use crate::i18n::msg;
use std::borrow::Cow;

use encoding_rs::GB18030;

use crate::i18n::{Lang, tr, trf};

/// Files above this size are refused before parsing. A whole store's JSON export must come
/// back in (about 4.5 KB a case: 1 GiB is over 200,000 cases); README states the limit.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024 * 1024;
/// [`MAX_IMPORT_BYTES`] as the messages say it.
pub const MAX_IMPORT_LABEL: &str = "1 GiB";

/// The encodings an import accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    /// GBK: every non-ASCII character is a two-byte pair (what WPS and Excel write).
    Gbk,
    /// GB18030 with four-byte sequences (characters outside GBK).
    Gb18030,
}

impl TextEncoding {
    /// The name officers know it by, for the import report.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => tr(lang, msg::office::ENC_UTF8_BOM),
            TextEncoding::Gbk => "GBK",
            TextEncoding::Gb18030 => "GB18030",
        }
    }
}

/// Text decoded from an import file, and the encoding it was found in.
#[derive(Debug)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: TextEncoding,
}

/// Checks the size and decodes UTF-8 (a leading byte-order mark is dropped), GBK or
/// GB18030. The error is a complete, translated message.
pub fn decode(bytes: &[u8], lang: Lang) -> Result<Decoded<'_>, String> {
    check_size(bytes.len(), lang)?;
    if looks_utf16(bytes) {
        return Err(trf(lang, msg::io::ERR_UTF16, &[]));
    }
    if let Some(offset) = binary_at(bytes) {
        return Err(trf(lang, msg::office::ERR_BINARY, &[("offset", &offset)]));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(|t| Decoded {
                text: Cow::Borrowed(t),
                encoding: TextEncoding::Utf8Bom,
            })
            .map_err(|e| not_utf8(e.valid_up_to() + 3, lang));
    }
    let utf8_err = match std::str::from_utf8(bytes) {
        Ok(t) => {
            return Ok(Decoded {
                text: Cow::Borrowed(t),
                encoding: TextEncoding::Utf8,
            });
        }
        Err(e) => e,
    };
    let Some(encoding) = gb_kind(bytes) else {
        return Err(not_utf8(utf8_err.valid_up_to(), lang));
    };
    // Every byte sequence was checked by `gb_kind`, so the decoder cannot substitute.
    let (text, had_errors) = GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(not_utf8(utf8_err.valid_up_to(), lang));
    }
    Ok(Decoded { text, encoding })
}

/// The bytes of export text: UTF-8 with or without a byte-order mark, or GB18030 (which
/// covers every Unicode character, so nothing is lost).
pub fn encode(text: &str, encoding: TextEncoding) -> Vec<u8> {
    match encoding {
        TextEncoding::Utf8 => text.as_bytes().to_vec(),
        TextEncoding::Utf8Bom => {
            let mut out = b"\xEF\xBB\xBF".to_vec();
            out.extend_from_slice(text.as_bytes());
            out
        }
        TextEncoding::Gbk | TextEncoding::Gb18030 => GB18030.encode(text).0.into_owned(),
    }
}

/// Refuses an import of `len` bytes over [`MAX_IMPORT_BYTES`].
pub fn check_size(len: usize, lang: Lang) -> Result<(), String> {
    if len > MAX_IMPORT_BYTES {
        return Err(trf(
            lang,
            msg::io::ERR_TOO_LARGE,
            &[("size", &len), ("max", &MAX_IMPORT_LABEL)],
        ));
    }
    Ok(())
}

fn not_utf8(offset: usize, lang: Lang) -> String {
    trf(lang, msg::io::ERR_NOT_UTF8, &[("offset", &offset)])
}

/// A byte-order mark, or text whose every other byte is NUL (UTF-16 saved without one).
fn looks_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let head = &bytes[..bytes.len().min(512)];
    if head.len() < 4 {
        return false;
    }
    let nul_at = |parity: usize| {
        head.iter()
            .enumerate()
            .filter(|(i, b)| i % 2 == parity && **b == 0)
            .count()
    };
    let half = head.len() / 2;
    nul_at(0) * 10 >= half * 9 || nul_at(1) * 10 >= half * 9
}

/// The offset of the first byte no text file holds: NUL, or a control character other
/// than tab, newline, carriage return, form feed and escape.
fn binary_at(bytes: &[u8]) -> Option<usize> {
    // Plain comparisons without an early exit over whole blocks become vector code (a
    // 1 GiB import is scanned twice: to import and to name its encoding); the block with
    // a hit is then searched byte by byte.
    let bad =
        |b: u8| (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C) & (b != 0x1B);
    let mut start = 0;
    for block in bytes.chunks(64) {
        if block.iter().fold(false, |hit, &b| hit | bad(b)) {
            return block.iter().position(|&b| bad(b)).map(|i| start + i);
        }
        start += block.len();
    }
    None
}

/// GBK when every non-ASCII byte starts a valid two-byte pair, GB18030 when some are
/// four-byte sequences, None when neither reads the whole file.
fn gb_kind(bytes: &[u8]) -> Option<TextEncoding> {
    let mut four = false;
    let mut i = 0;
    let digit = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_digit());
    let lead = |b: Option<&u8>| b.is_some_and(|b| (0x81..=0xFE).contains(b));
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
        } else if !(0x81..=0xFE).contains(&b) {
            return None;
        } else if digit(bytes.get(i + 1)) {
            if !(lead(bytes.get(i + 2)) && digit(bytes.get(i + 3))) {
                return None;
            }
            four = true;
            i += 4;
        } else {
            match bytes.get(i + 1) {
                Some(&t) if (0x40..=0xFE).contains(&t) && t != 0x7F => i += 2,
                _ => return None,
            }
        }
    }
    Some(if four {
        TextEncoding::Gb18030
    } else {
        TextEncoding::Gbk
    })
}

/// The encoding `decode` would find, for reports; None when it would refuse the file.
pub fn sniff(bytes: &[u8]) -> Option<TextEncoding> {
    decode(bytes, Lang::En).ok().map(|d| d.encoding)
}

#[cfg(test)]
mod tests {
    use super::*;

    // "包头稀土" in GBK.
    const GBK: &[u8] = b"[{\"name\": \"\xB0\xFC\xCD\xB7\xCF\xA1\xCD\xC1\"}]";

    #[test]
    fn gbk_input_is_decoded_and_named() {
        let d = decode(GBK, Lang::En).unwrap();
        assert_eq!(d.text, "[{\"name\": \"包头稀土\"}]");
        assert_eq!(d.encoding, TextEncoding::Gbk);
    }

    #[test]
    fn gb18030_four_byte_sequences_are_decoded() {
        // 𠀀 (U+20000) is outside GBK: GB18030 writes it in four bytes.
        let bytes = encode("名称,𠀀包头", TextEncoding::Gb18030);
        let d = decode(&bytes, Lang::Zh).unwrap();
        assert_eq!(d.text, "名称,𠀀包头");
        assert_eq!(d.encoding, TextEncoding::Gb18030);
    }

    #[test]
    fn other_invalid_bytes_give_the_offset() {
        let msg = decode(b"abc\xFF\xFF\xFFdef", Lang::En).unwrap_err();
        assert!(msg.contains("byte 3"), "{msg}");
        // A lead byte cut off at the end is no GBK either.
        let msg = decode(b"ab\xB0", Lang::En).unwrap_err();
        assert!(msg.contains("byte 2"), "{msg}");
    }

    #[test]
    fn bom_is_dropped_and_utf16_refused() {
        let d = decode("\u{feff}[]".as_bytes(), Lang::Zh).unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), ("[]", TextEncoding::Utf8Bom));
        assert!(
            decode(b"\xFF\xFE[\x00]\x00", Lang::En)
                .unwrap_err()
                .contains("UTF-16")
        );
        // Without a byte-order mark: every other byte NUL.
        let msg = decode(b"a\x00b\x00c\x00d\x00", Lang::En).unwrap_err();
        assert!(msg.contains("UTF-16"), "{msg}");
    }

    #[test]
    fn binary_files_are_refused_with_the_offset() {
        let msg = decode(b"PK\x03\x04\x14\x00", Lang::En).unwrap_err();
        assert!(msg.contains("not text") && msg.contains("byte 2"), "{msg}");
        // The first control byte is found wherever it falls, blocks or not; tabs, line
        // ends, form feeds and ESC are text.
        let mut text = b"\t\n\r\x0c\x1b".repeat(40);
        assert_eq!(binary_at(&text), None);
        for at in [0, 63, 64, 127, 199] {
            let mut bytes = text.clone();
            bytes[at] = 0x01;
            bytes[at.max(150)] = 0x1f;
            assert_eq!(binary_at(&bytes), Some(at));
        }
        text.push(0);
        assert_eq!(binary_at(&text), Some(200));
    }

    #[test]
    fn oversized_input_is_refused() {
        // The check itself: allocating a GiB in a unit test is not worth it.
        assert!(check_size(MAX_IMPORT_BYTES, Lang::En).is_ok());
        let e = check_size(MAX_IMPORT_BYTES + 1, Lang::En).unwrap_err();
        assert!(e.contains(MAX_IMPORT_LABEL), "{e}");
    }

    #[test]
    fn export_encodings_round_trip() {
        let text = "成果名称,发榜方\n包头稀土,内蒙古\n";
        for enc in [
            TextEncoding::Utf8,
            TextEncoding::Utf8Bom,
            TextEncoding::Gb18030,
        ] {
            let bytes = encode(text, enc);
            assert_eq!(decode(&bytes, Lang::Zh).unwrap().text, text, "{enc:?}");
        }
        assert!(encode(text, TextEncoding::Utf8Bom).starts_with(b"\xEF\xBB\xBF"));
    }
}
