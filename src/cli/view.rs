//! `jiebang list` and `jiebang show`: cases out, as a table, text, JSON or CSV.

use clap::Args;

use super::formats::{ListFormat, TextOrJson};
use super::transfer::utf8;
use super::{open_read, render, usage};
use crate::app::{Config, Format, SessionOptions};
use crate::io::json::inert_json;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Filter query, e.g. "stage:reviewing region:包头 due<30d -field:氢能 稀土"
    #[arg(
        long,
        short,
        value_name = "QUERY",
        default_value = "",
        allow_hyphen_values = true
    )]
    pub filter: String,
    /// Output
    #[arg(long, value_enum, ignore_case = true, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Case id (JB-2026-0001)
    pub id: String,
    /// Output: readable text, or the case as JSON
    #[arg(long, value_enum, ignore_case = true, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
    /// Every note, not only the latest 50
    #[arg(long)]
    pub all_notes: bool,
}

pub fn list(a: ListArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let s = open_read(opts, cfg)?;
    let rows = s.rows()?;
    let picked = rows
        .filter(&a.filter, s.me())
        .map_err(|e| usage(e.message(opts.lang)))?;
    let ids = || -> Vec<String> { picked.iter().map(|&i| rows.rows[i].id.clone()).collect() };
    match a.format {
        ListFormat::Table => out!("{}", render::list_table(&rows, &picked, opts.lang)),
        ListFormat::Json => out!("{}", utf8(s.export(Some(&ids()), Format::Json)?)),
        ListFormat::Csv => out!("{}", utf8(s.export(Some(&ids()), Format::Csv)?)),
    }
    Ok(())
}

pub fn show(a: ShowArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let s = open_read(opts, cfg)?;
    let case = match a.all_notes {
        true => s.case_full(&a.id)?,
        false => s.case(&a.id)?,
    };
    match a.format {
        TextOrJson::Text => out!("{}", render::show_text(&s, &case)?),
        TextOrJson::Json => outln!("{}", inert_json(serde_json::to_string_pretty(&case)?)),
    }
    Ok(())
}
