//! `jiebang report [--from D --to D] -o report.xlsx`: the quarterly report workbook with its
//! charts (see `io::report`).

use crate::i18n::msg;
use std::path::PathBuf;

use clap::Args;

use super::commands::out_error;
use super::open_read;
use super::publish::{bad_ext, extension, parse_date};
use crate::app::{Config, SessionOptions};
use crate::i18n::trf;
use crate::io::outfile::{self, OutOptions};
use crate::io::report::{self, SHEETS};

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// First day of the period: cases opened and subsidy paid from this day
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day of the period (inclusive)
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// The workbook to write: FILE.xlsx
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
}

pub fn run(a: ReportArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    if extension(&a.output) != "xlsx" {
        return Err(bad_ext(lang, &a.output, ".xlsx"));
    }
    let from = a.from.as_deref().map(|d| parse_date(lang, d)).transpose()?;
    let to = a.to.as_deref().map(|d| parse_date(lang, d)).transpose()?;
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(super::usage(trf(
            lang,
            msg::office::ERR_PERIOD,
            &[("from", &f), ("to", &t)],
        )));
    }
    let out = OutOptions {
        force: a.force,
        ..Default::default()
    };
    outfile::check(&a.output, &out).map_err(|e| out_error(lang, &e))?;
    let s = open_read(opts, cfg)?;
    let r = s.report(from, to)?;
    let bytes = report::to_xlsx(&r, lang).map_err(super::usage)?;
    let written = outfile::write(&a.output, &bytes, &out).map_err(|e| out_error(lang, &e))?;
    let args: [(&str, &dyn std::fmt::Display); 3] = [
        ("path", &written.display()),
        ("n", &r.total()),
        ("sheets", &SHEETS.len()),
    ];
    outln!("{}", trf(lang, msg::office::RP_DONE, &args));
    Ok(())
}
