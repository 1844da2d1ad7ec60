//! Turning an imported file's bytes into text, with errors that say how to fix the file.
//! Offices in China often save CSV (and sometimes JSON) from Excel or WPS as GBK; that is
//! the most common reason an import fails, so it gets its own message.

use crate::i18n::{Lang, trf};

/// Files above this size are refused before parsing. A whole store's JSON export must come
/// back in (about 4.5 KB a case: 1 GiB is over 200,000 cases); README states the limit.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024 * 1024;
/// [`MAX_IMPORT_BYTES`] as the messages say it.
pub const MAX_IMPORT_LABEL: &str = "1 GiB";

/// Checks the size and decodes UTF-8 (a leading byte-order mark is dropped). The error is a
/// complete, translated message.
pub fn decode(bytes: &[u8], lang: Lang) -> Result<&str, String> {
    check_size(bytes.len(), lang)?;
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(trf(lang, "io.err.utf16", &[]));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let offset = e.valid_up_to();
            if looks_gbk(bytes) {
                Err(trf(lang, "io.err.gbk", &[("offset", &offset)]))
            } else {
                Err(trf(lang, "io.err.not_utf8", &[("offset", &offset)]))
            }
        }
    }
}

/// Refuses an import of `len` bytes over [`MAX_IMPORT_BYTES`].
pub fn check_size(len: usize, lang: Lang) -> Result<(), String> {
    if len > MAX_IMPORT_BYTES {
        return Err(trf(
            lang,
            "io.err.too_large",
            &[("size", &len), ("max", &MAX_IMPORT_LABEL)],
        ));
    }
    Ok(())
}

/// True when every non-ASCII byte forms a GBK double-byte pair (lead 0x81–0xFE, trail
/// 0x40–0xFE except 0x7F) and there is at least one such pair.
pub fn looks_gbk(bytes: &[u8]) -> bool {
    let mut pairs = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        if !(0x81..=0xFE).contains(&b) {
            return false;
        }
        match bytes.get(i + 1) {
            Some(&t) if (0x40..=0xFE).contains(&t) && t != 0x7F => {
                pairs += 1;
                i += 2;
            }
            _ => return false,
        }
    }
    pairs > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    // "包头稀土" in GBK.
    const GBK: &[u8] = b"[{\"name\": \"\xB0\xFC\xCD\xB7\xCF\xA1\xCD\xC1\"}]";

    #[test]
    fn gbk_input_is_named() {
        let msg = decode(GBK, Lang::En).unwrap_err();
        assert!(msg.contains("GBK"), "{msg}");
        assert!(msg.contains("byte 11"), "byte offset missing: {msg}");
    }

    #[test]
    fn other_invalid_utf8_gives_the_offset() {
        let msg = decode(b"abc\xFF\xFF\xFFdef", Lang::En).unwrap_err();
        assert!(!msg.contains("GBK"), "{msg}");
        assert!(msg.contains('3'), "{msg}");
    }

    #[test]
    fn bom_is_dropped_and_utf16_refused() {
        assert_eq!(decode("\u{feff}[]".as_bytes(), Lang::Zh).unwrap(), "[]");
        assert!(decode(b"\xFF\xFE[\x00]\x00", Lang::En).is_err());
    }

    #[test]
    fn oversized_input_is_refused() {
        // The check itself: allocating a GiB in a unit test is not worth it.
        assert!(check_size(MAX_IMPORT_BYTES, Lang::En).is_ok());
        let e = check_size(MAX_IMPORT_BYTES + 1, Lang::En).unwrap_err();
        assert!(e.contains(MAX_IMPORT_LABEL), "{e}");
    }
}
