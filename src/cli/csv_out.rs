//! How `export --format csv` encodes its text: a file gets a UTF-8 byte-order mark by
//! default, because Excel on Chinese Windows shows BOM-less UTF-8 as mojibake; stdout stays
//! plain UTF-8 for pipes. `--no-bom` and `--encoding gb18030` serve older tools.

use clap::Args;

use super::usage;
use crate::app::Format;
use crate::i18n::{Lang, trf};
use crate::io::encoding::{TextEncoding, encode};

#[derive(Debug, Args, Default)]
pub struct CsvOut {
    /// CSV to a file: leave out the UTF-8 byte-order mark (written by default for Excel)
    #[arg(long)]
    pub no_bom: bool,
    /// CSV text encoding: utf-8 (default) or gb18030 (for older systems)
    #[arg(long, value_name = "utf-8|gb18030")]
    pub encoding: Option<String>,
}

impl CsvOut {
    /// The encoding to write, checked before any work: the options only make sense for CSV.
    pub fn pick(&self, fmt: Format, to_file: bool, lang: Lang) -> anyhow::Result<TextEncoding> {
        let named = match self.encoding.as_deref().map(str::to_ascii_lowercase) {
            None => None,
            Some(e) if e == "utf-8" || e == "utf8" => Some(TextEncoding::Utf8),
            Some(e) if e == "gb18030" || e == "gbk" => Some(TextEncoding::Gb18030),
            Some(e) => {
                return Err(usage(trf(
                    lang,
                    "office.err.encoding",
                    &[("value", &e), ("allowed", &"utf-8|gb18030")],
                )));
            }
        };
        if fmt != Format::Csv && (named.is_some() || self.no_bom) {
            return Err(usage(trf(lang, "office.err.csv_only", &[])));
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
