//! The closed sets of values a flag takes, as clap `ValueEnum`s: clap refuses anything else
//! with exit 2 and the list of possible values, and `--help` shows them, so the commands
//! never see a value they must reject.

use clap::ValueEnum;

use crate::app::Format;
use crate::i18n::Lang;
use crate::io::encoding::TextEncoding;

/// `--lang`: the interface language. The aliases are those `config.toml` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "lower")]
pub enum LangArg {
    #[value(
        alias = "zh-cn",
        alias = "zh_cn",
        alias = "cn",
        alias = "chinese",
        alias = "中文"
    )]
    Zh,
    #[value(alias = "en-us", alias = "en_us", alias = "english")]
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Zh => Lang::Zh,
            LangArg::En => Lang::En,
        }
    }
}

/// `list --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// An aligned table
    Table,
    /// A JSON array of cases
    Json,
    /// CSV, as `export --format csv`
    Csv,
}

/// `find --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableOrJson {
    /// A table, best hit first
    Table,
    /// A JSON array of {"id","score","name"}
    Json,
}

/// `--format` of show, audit log, rules, digest and bench.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextOrJson {
    /// Readable text
    Text,
    /// JSON
    Json,
}

impl TextOrJson {
    pub fn as_str(self) -> &'static str {
        match self {
            TextOrJson::Text => "text",
            TextOrJson::Json => "json",
        }
    }
}

/// `import --format` (default: from the file's extension).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "lower")]
pub enum ImportFormat {
    Json,
    /// Intake rows, UTF-8 (with or without BOM), GBK or GB18030
    Csv,
    /// Intake rows on the first sheet
    Xlsx,
    /// One filled 附件1 form
    Docx,
}

impl From<ImportFormat> for Format {
    fn from(f: ImportFormat) -> Format {
        match f {
            ImportFormat::Json => Format::Json,
            ImportFormat::Csv => Format::Csv,
            ImportFormat::Xlsx => Format::Xlsx,
            ImportFormat::Docx => Format::Docx,
        }
    }
}

/// `export --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "lower")]
pub enum ExportFormat {
    /// Round-trips through `import`
    Json,
    /// A report (UTF-8 with a BOM when written to a file)
    Csv,
    /// A workbook (needs -o or a pipe)
    Xlsx,
}

impl From<ExportFormat> for Format {
    fn from(f: ExportFormat) -> Format {
        match f {
            ExportFormat::Json => Format::Json,
            ExportFormat::Csv => Format::Csv,
            ExportFormat::Xlsx => Format::Xlsx,
        }
    }
}

/// `export --encoding`, for CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvEncoding {
    /// UTF-8 (the default)
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// GB18030, for older systems
    #[value(alias = "gbk")]
    Gb18030,
}

impl From<CsvEncoding> for TextEncoding {
    fn from(e: CsvEncoding) -> TextEncoding {
        match e {
            CsvEncoding::Utf8 => TextEncoding::Utf8,
            CsvEncoding::Gb18030 => TextEncoding::Gb18030,
        }
    }
}
