//! `jiebang import` and `jiebang export`: cases in from a file, out to stdout or a file.

use crate::i18n::msg;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::Args;

use super::formats::{ExportFormat, ImportFormat};
use super::store_place::with_new_store;
use super::{open_read, usage};
use crate::app::{Config, Format, SessionOptions};
use crate::i18n::{Lang, tr, trf};
use crate::io::outfile::{self, OutOptions};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to read
    pub file: PathBuf,
    /// Default: from the file's extension
    #[arg(long, value_enum, ignore_case = true)]
    pub format: Option<ImportFormat>,
    /// Check every row and report, but write nothing (not even a new store file)
    #[arg(long)]
    pub dry_run: bool,
    /// Store past cases that broke a rule, each flagged (违规/待核) with the rules broken
    #[arg(long)]
    pub allow_breaches: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format
    #[arg(long, value_enum, ignore_case = true, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
    /// Filter query, e.g. "stage:reviewing region:包头 due<30d -field:氢能 稀土"
    #[arg(
        long,
        short,
        value_name = "QUERY",
        default_value = "",
        allow_hyphen_values = true
    )]
    pub filter: String,
    /// Write to FILE (atomically) instead of stdout; never onto a device, FIFO or folder
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub csv: super::csv_out::CsvOut,
}

pub fn import(a: ImportArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    let fmt = a
        .format
        .map(Format::from)
        .unwrap_or_else(|| Format::from_path(&a.file));
    let bytes = read_import(lang, &a.file)?;
    let store_exists = crate::app::config::store_path(opts.db.as_deref()).exists();
    // Named only once the import went through.
    let encoding = match fmt {
        Format::Csv | Format::Json => crate::io::encoding::sniff(&bytes),
        _ => None,
    };
    let n = if a.dry_run {
        let cases = crate::app::data_ops::check_import(&bytes, fmt, lang)?;
        if fmt == Format::Docx {
            show_new_cases(cases.cases(), lang);
        }
        if store_exists {
            // Read-only: a read-write handle rewrites the file's header when it closes,
            // and a dry run promises the store's bytes stay as they were.
            open_read(opts, cfg)?.import_cases(cases, true, a.allow_breaches)?
        } else {
            cases.cases().len()
        }
    } else {
        with_new_store(opts, cfg, move |s| {
            let cases = crate::app::data_ops::check_import(&bytes, fmt, lang)?;
            // The file's bytes are not needed while the cases are written.
            drop(bytes);
            Ok(s.import_cases(cases, false, a.allow_breaches)?)
        })?
    };
    if let Some(enc) = encoding {
        let label = enc.label(lang);
        outln!(
            "{}",
            trf(lang, msg::office::IMPORT_ENCODING, &[("encoding", &label)])
        );
    }
    let key = match a.dry_run {
        true => msg::cli::IMPORT_DRY,
        false => msg::cli::IMPORT_DONE,
    };
    outln!("{}", trf(lang, key, &[("n", &n)]));
    Ok(())
}

/// The file's bytes, refused before reading when it is not a file or too large to import.
fn read_import(lang: Lang, file: &Path) -> anyhow::Result<Vec<u8>> {
    let cannot_read = |e: std::io::Error| {
        usage(trf(
            lang,
            msg::cli::CANNOT_READ,
            &[("path", &file.display()), ("detail", &e)],
        ))
    };
    let meta = std::fs::metadata(file).map_err(cannot_read)?;
    if !meta.is_file() {
        return Err(usage(trf(
            lang,
            msg::cli::NOT_A_FILE,
            &[("path", &file.display())],
        )));
    }
    if meta.len() > crate::app::data_ops::IMPORT_LIMIT {
        return Err(usage(trf(
            lang,
            msg::cli::FILE_TOO_LARGE,
            &[
                ("path", &file.display()),
                ("max", &crate::io::encoding::MAX_IMPORT_LABEL),
            ],
        )));
    }
    std::fs::read(file).map_err(cannot_read)
}

/// What a dry run of a Word form would create, field by field.
fn show_new_cases(cases: &[crate::domain::Case], lang: Lang) {
    for case in cases {
        let name = crate::io::inert_line(&case.achievement.name);
        let issuer = crate::io::inert_line(&case.issuer.name);
        outln!(
            "{}",
            trf(
                lang,
                msg::office::XLSX_DRY_CASE,
                &[("name", &name), ("issuer", &issuer)]
            )
        );
        for (label, value) in crate::io::docx::intake_summary(case, lang) {
            outln!(
                "{}",
                trf(
                    lang,
                    msg::office::XLSX_DRY_FIELD,
                    &[("label", &label), ("value", &value)]
                )
            );
        }
    }
}

pub fn export(a: ExportArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    let fmt = Format::from(a.format);
    let enc = a.csv.pick(fmt, a.output.is_some(), lang)?;
    // Refused before any work: binary on a terminal is noise and can upset it.
    if fmt.is_binary() && a.output.is_none() && std::io::stdout().is_terminal() {
        return Err(usage(tr(lang, msg::office::XLSX_TTY).to_string()));
    }
    let s = open_read(opts, cfg)?;
    let ids = if a.filter.trim().is_empty() {
        None
    } else {
        let rows = s.rows()?;
        let picked = rows
            .filter(&a.filter, s.me())
            .map_err(|e| usage(e.message(lang)))?;
        Some(
            picked
                .iter()
                .map(|&i| rows.rows[i].id.clone())
                .collect::<Vec<_>>(),
        )
    };
    let bytes = super::csv_out::apply(s.export(ids.as_deref(), fmt)?, fmt, enc);
    match a.output {
        Some(path) => write_file(lang, &path, &bytes, a.force)?,
        None if fmt.is_binary() => emit_bytes(&bytes),
        None => out!("{}", utf8(bytes)),
    }
    Ok(())
}

/// Export text is UTF-8 by construction; a lossy decode cannot lose anything.
pub(super) fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Writes a binary export to stdout (a pipe or file); a closed pipe is not an error.
fn emit_bytes(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(bytes).and_then(|_| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("jiebang: {e}");
    }
}

/// Every file an officer asks for goes through `outfile`: never onto a device, FIFO or
/// folder, an existing file only with `--force`, through a temporary file and a rename.
fn write_file(lang: Lang, path: &Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    let opts = OutOptions {
        force,
        ..Default::default()
    };
    outfile::write(path, bytes, &opts).map_err(|e| super::commands::out_error(lang, &e))?;
    Ok(())
}
