//! Office files (.xlsx, .docx) are zip archives. Before anything parses one, it is checked
//! here: a zip at all (a legacy .xls/.doc or a renamed CSV gets its own message), whole
//! (every entry's CRC), and small once unpacked, so a hostile archive of a few kilobytes
//! that inflates to gigabytes is refused instead of filling memory.

use crate::i18n::msg;
use std::io::{Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

use crate::i18n::{Lang, tr, trf};

/// The most an office file may unpack to, all entries together.
pub const MAX_UNPACKED: u64 = 64 * 1024 * 1024;

/// A workbook or document has a few dozen entries; thousands means something is off.
const MAX_ENTRIES: usize = 10_000;

/// OLE compound files: .xls, .doc, and password-protected .xlsx/.docx.
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Checks `bytes` as an office file of type `ext` (`xlsx`, `docx`): a zip whose entries all
/// unpack, with correct checksums, to at most [`MAX_UNPACKED`] bytes. The error is a
/// complete, translated message.
pub fn check_zip(bytes: &[u8], ext: &str, lang: Lang) -> Result<(), String> {
    let mut archive = open(bytes, ext, lang)?;
    if archive.len() > MAX_ENTRIES {
        return Err(trf(
            lang,
            msg::office::XLSX_ERR_TOO_MANY,
            &[("n", &archive.len()), ("max", &MAX_ENTRIES)],
        ));
    }
    let mut left = MAX_UNPACKED;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| zip_error(e, ext, lang))?;
        let name = entry.name().map(|n| n.to_string()).unwrap_or_default();
        // Unpacking into nothing checks the data and its CRC without keeping it.
        let read = std::io::copy(&mut (&mut entry).take(left + 1), &mut std::io::sink())
            .map_err(|e| damaged(&name, &e, lang))?;
        if read > left {
            return Err(too_big(lang));
        }
        left -= read;
    }
    Ok(())
}

/// The bytes of entry `name`, or None when the archive has no such entry. Reads at most
/// [`MAX_UNPACKED`] bytes.
pub fn read_entry(
    bytes: &[u8],
    name: &str,
    ext: &str,
    lang: Lang,
) -> Result<Option<Vec<u8>>, String> {
    let mut archive = open(bytes, ext, lang)?;
    let mut entry = match archive.by_name(name) {
        Ok(e) => e,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(zip_error(e, ext, lang)),
    };
    let mut out = Vec::new();
    (&mut entry)
        .take(MAX_UNPACKED + 1)
        .read_to_end(&mut out)
        .map_err(|e| damaged(name, &e, lang))?;
    if out.len() as u64 > MAX_UNPACKED {
        return Err(too_big(lang));
    }
    Ok(Some(out))
}

fn open<'a>(
    bytes: &'a [u8],
    ext: &str,
    lang: Lang,
) -> Result<ZipArchive<Cursor<&'a [u8]>>, String> {
    if bytes.starts_with(OLE_MAGIC) {
        return Err(trf(lang, msg::office::XLSX_ERR_OLE, &[("ext", &ext)]));
    }
    if !bytes.starts_with(b"PK") {
        return Err(trf(lang, msg::office::XLSX_ERR_NOT_ZIP, &[("ext", &ext)]));
    }
    ZipArchive::new(Cursor::new(bytes)).map_err(|e| zip_error(e, ext, lang))
}

fn zip_error(e: ZipError, ext: &str, lang: Lang) -> String {
    match e {
        ZipError::UnsupportedArchive(m) if m.to_ascii_lowercase().contains("password") => {
            tr(lang, msg::office::XLSX_ERR_ENCRYPTED).to_string()
        }
        ZipError::InvalidPassword => tr(lang, msg::office::XLSX_ERR_ENCRYPTED).to_string(),
        ZipError::DecompressedSizeLimitExceeded { .. } => too_big(lang),
        e => trf(
            lang,
            msg::office::XLSX_ERR_DAMAGED,
            &[("ext", &ext), ("detail", &e)],
        ),
    }
}

fn damaged(entry: &str, e: &std::io::Error, lang: Lang) -> String {
    trf(
        lang,
        msg::office::XLSX_ERR_DAMAGED_ENTRY,
        &[("entry", &entry), ("detail", &e)],
    )
}

fn too_big(lang: Lang) -> String {
    trf(lang, msg::office::XLSX_ERR_TOO_BIG, &[("max", &"64 MiB")])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            w.start_file(*name, opts).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn a_small_zip_passes_and_entries_are_read() {
        let z = zip_of(&[("a.xml", b"<a/>"), ("b.xml", b"<b/>")]);
        check_zip(&z, "xlsx", Lang::En).unwrap();
        assert_eq!(
            read_entry(&z, "b.xml", "xlsx", Lang::En).unwrap(),
            Some(b"<b/>".to_vec())
        );
        assert_eq!(read_entry(&z, "c.xml", "xlsx", Lang::En).unwrap(), None);
    }

    #[test]
    fn what_is_not_a_zip_is_named() {
        let csv = "单位名称,成果名称\n".as_bytes();
        let msg = check_zip(csv, "xlsx", Lang::En).unwrap_err();
        assert!(msg.contains("xlsx") && msg.contains("zip"), "{msg}");
        let mut ole = OLE_MAGIC.to_vec();
        ole.extend([0; 100]);
        let msg = check_zip(&ole, "docx", Lang::En).unwrap_err();
        assert!(msg.contains(".doc"), "{msg}");
    }

    #[test]
    fn truncated_and_corrupted_archives_are_refused() {
        let z = zip_of(&[("a.xml", "<a>包头稀土</a>".repeat(200).as_bytes())]);
        let msg = check_zip(&z[..z.len() / 2], "xlsx", Lang::En).unwrap_err();
        assert!(msg.contains("damaged"), "{msg}");
        // Flip a byte inside the compressed data: the checksum (or inflate) fails.
        let mut bad = z.clone();
        let mid = 30 + "a.xml".len() + 10;
        bad[mid] ^= 0xFF;
        assert!(check_zip(&bad, "xlsx", Lang::En).is_err());
    }

    #[test]
    fn an_entry_inflating_past_the_cap_is_refused() {
        let big = vec![0u8; MAX_UNPACKED as usize + 1];
        let z = zip_of(&[("xl/worksheets/sheet1.xml", &big)]);
        assert!(z.len() < 1024 * 1024, "the bomb is small: {}", z.len());
        let msg = check_zip(&z, "xlsx", Lang::En).unwrap_err();
        assert!(msg.contains("64 MiB"), "{msg}");
        let msg = read_entry(&z, "xl/worksheets/sheet1.xml", "xlsx", Lang::En).unwrap_err();
        assert!(msg.contains("64 MiB"), "{msg}");
    }
}
