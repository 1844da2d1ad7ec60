//! How `export --format csv` encodes its text: a file gets a UTF-8 byte-order mark by
//! default, because Excel on Chinese Windows shows BOM-less UTF-8 as mojibake; stdout stays
//! plain UTF-8 for pipes. `--no-bom` and `--encoding gb18030` serve older tools.

use crate::i18n::msg;
use clap::Args;

use super::formats::CsvEncoding;
use super::usage;
use crate::app::Format;
use crate::i18n::{Lang, tr};
use crate::io::encoding::{TextEncoding, encode};

#[derive(Debug, Args, Default)]
pub struct CsvOut {
    /// CSV to a file: leave out the UTF-8 byte-order mark (written by default for Excel)
    #[arg(long)]
    pub no_bom: bool,
    /// CSV text encoding: utf-8 (default) or gb18030 (for older systems)
    #[arg(long, value_enum, ignore_case = true)]
    pub encoding: Option<CsvEncoding>,
}

impl CsvOut {
    /// The encoding to write, checked before any work: the options only make sense for CSV.
    pub fn pick(&self, fmt: Format, to_file: bool, lang: Lang) -> anyhow::Result<TextEncoding> {
        let named = self.encoding.map(TextEncoding::from);
        if fmt != Format::Csv && (named.is_some() || self.no_bom) {
            return Err(usage(tr(lang, msg::office::ERR_CSV_ONLY).to_string()));
        }
        Ok(match named {
            Some(TextEncoding::Gb18030) => TextEncoding::Gb18030,
            _ if to_file && !self.no_bom => TextEncoding::Utf8Bom,
            _ => TextEncoding::Utf8,
        })
    }
}

/// The export's bytes in the picked encoding (other formats pass through).
pub fn apply(bytes: Vec<u8>, fmt: Format, enc: TextEncoding) -> Vec<u8> {
    if fmt != Format::Csv || enc == TextEncoding::Utf8 {
        return bytes;
    }
    match String::from_utf8(bytes) {
        Ok(text) => encode(&text, enc),
        Err(e) => e.into_bytes(),
    }
}
