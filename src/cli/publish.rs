//! `jiebang publish bangdan|gongshi [--filter Q] -o FILE`: the documents the department
//! posts. The 榜单 lists the cases open for taking (.docx or .xlsx, by the file name); the
//! 公示 lists the selected takers of the cases in 揭榜公告 with the publicity period counted
//! in working days, and records that start on each case (the ordinary field edit, so the
//! rules and the audit trail apply) before the file is written.

use crate::i18n::msg;
use std::path::{Path, PathBuf};

use chrono::Datelike;
use clap::Subcommand;

use super::commands::out_error;
use super::{open, open_read, usage};
use crate::app::publish_ops::{BANGDAN_STAGES, GONGSHI_STAGES};
use crate::app::{Config, Session, SessionOptions};
use crate::i18n::{Lang, trf};
use crate::io::bangdan::{self, Masthead};
use crate::io::gongshi::{self, Notice};
use crate::io::outfile::{self, OutOptions};

#[derive(Debug, Subcommand)]
pub enum PublishCommand {
    /// The 榜单: cases in 发布榜单 or 揭榜申报, one table per field (.docx or .xlsx)
    Bangdan {
        /// Filter query narrowing the cases, e.g. "field:稀土 region:包头"
        #[arg(
            long,
            short,
            value_name = "QUERY",
            default_value = "",
            allow_hyphen_values = true
        )]
        filter: String,
        /// The batch named in the title (default: this year, 2026年)
        #[arg(long, value_name = "TEXT")]
        batch: Option<String>,
        /// The document to write: FILE.docx or FILE.xlsx
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
    /// The 公示 of selected takers of the cases in 揭榜公告; records the publicity start
    Gongshi {
        /// Filter query narrowing the cases
        #[arg(
            long,
            short,
            value_name = "QUERY",
            default_value = "",
            allow_hyphen_values = true
        )]
        filter: String,
        /// First day of publicity (default: the cases' recorded start if they share one, else
        /// today); the period is counted in working days
        #[arg(long, value_name = "DATE")]
        start: Option<String>,
        /// Where objections go, e.g. "成果转化处，0471-1234567"
        #[arg(long, value_name = "TEXT", default_value = "")]
        objections_to: String,
        /// The document to write: FILE.docx
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
}

pub fn run(cmd: PublishCommand, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    match cmd {
        PublishCommand::Bangdan {
            filter,
            batch,
            output,
            force,
        } => bangdan(opts, cfg, &filter, batch, &output, force),
        PublishCommand::Gongshi {
            filter,
            start,
            objections_to,
            output,
            force,
        } => gongshi(opts, cfg, &filter, start, objections_to, &output, force),
    }
}

fn bangdan(
    opts: &SessionOptions,
    cfg: &Config,
    filter: &str,
    batch: Option<String>,
    output: &Path,
    force: bool,
) -> anyhow::Result<()> {
    let lang = opts.lang;
    let xlsx = match extension(output).as_str() {
        "docx" => false,
        "xlsx" => true,
        _ => return Err(bad_ext(lang, output, ".docx|.xlsx")),
    };
    let out = OutOptions {
        force,
        ..Default::default()
    };
    outfile::check(output, &out).map_err(|e| out_error(lang, &e))?;
    let s = open_read(opts, cfg)?;
    let ids = filtered_ids(&s, filter, lang)?;
    let cases = s.cases_in(ids.as_deref(), BANGDAN_STAGES)?;
    let year = s.today().year();
    let m = Masthead {
        batch: batch.unwrap_or_else(|| trf(lang, msg::office::BD_BATCH, &[("year", &year)])),
        date: s.today(),
    };
    let bytes = if xlsx {
        bangdan::to_xlsx(&cases, &m, lang)
    } else {
        bangdan::to_docx(&cases, &m, lang)
    }
    .map_err(usage)?;
    write(lang, output, &bytes, &out, cases.len())
}

/// The document is made first, then the start recorded, then the file written: a rerun
/// with the same start after a failed write records nothing twice.
fn gongshi(
    opts: &SessionOptions,
    cfg: &Config,
    filter: &str,
    start: Option<String>,
    objections_to: String,
    output: &Path,
    force: bool,
) -> anyhow::Result<()> {
    let lang = opts.lang;
    if extension(output) != "docx" {
        return Err(bad_ext(lang, output, ".docx"));
    }
    let start = start.map(|d| parse_date(lang, &d)).transpose()?;
    let out = OutOptions {
        force,
        ..Default::default()
    };
    outfile::check(output, &out).map_err(|e| out_error(lang, &e))?;
    let s = open(opts, cfg, false)?;
    let ids = filtered_ids(&s, filter, lang)?;
    let cases = s.cases_in(ids.as_deref(), GONGSHI_STAGES)?;
    let start = start
        .or_else(|| Session::shared_start(&cases))
        .unwrap_or(s.today());
    let period = s.publicity_period(start);
    let notice = Notice {
        start: period.start,
        end: period.end,
        working_days: period.working_days,
        estimated: period.estimated,
        objections_to,
        date: s.today(),
    };
    let bytes = gongshi::to_docx(&cases, &notice, lang).map_err(usage)?;
    let recorded = s.record_publicity(&cases, period.start)?;
    write(lang, output, &bytes, &out, cases.len())?;
    outln!("{}", gongshi::period_text(&notice, lang));
    let start = period.start;
    outln!(
        "{}",
        trf(
            lang,
            msg::office::PUBLISH_RECORDED,
            &[("n", &recorded), ("start", &start)]
        )
    );
    Ok(())
}

/// The ids a filter query picks, or None for no filter (every case).
pub(super) fn filtered_ids(
    s: &Session,
    filter: &str,
    lang: Lang,
) -> anyhow::Result<Option<Vec<String>>> {
    if filter.trim().is_empty() {
        return Ok(None);
    }
    let rows = s.rows()?;
    let picked = rows
        .filter(filter, s.me())
        .map_err(|e| usage(e.message(lang)))?;
    Ok(Some(
        picked.iter().map(|&i| rows.rows[i].id.clone()).collect(),
    ))
}

pub(super) fn extension(p: &Path) -> String {
    p.extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

pub(super) fn bad_ext(lang: Lang, p: &Path, allowed: &str) -> anyhow::Error {
    usage(trf(
        lang,
        msg::office::ERR_EXT,
        &[("path", &p.display()), ("allowed", &allowed)],
    ))
}

pub(super) fn parse_date(lang: Lang, s: &str) -> anyhow::Result<chrono::NaiveDate> {
    crate::domain::validate::parse_date(s)
        .map_err(|_| usage(trf(lang, msg::cli::BAD_DATE, &[("value", &s)])))
}

/// Writes through the safe output file and says what was written.
pub(super) fn write(
    lang: Lang,
    path: &Path,
    bytes: &[u8],
    out: &OutOptions,
    n: usize,
) -> anyhow::Result<()> {
    let written = outfile::write(path, bytes, out).map_err(|e| out_error(lang, &e))?;
    outln!(
        "{}",
        trf(
            lang,
            msg::office::PUBLISH_DONE,
            &[("path", &written.display()), ("n", &n)]
        )
    );
    Ok(())
}
