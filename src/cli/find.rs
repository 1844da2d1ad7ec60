//! `jiebang find TEXT`: the search table's rows, the name index over them, the best hits.
//! No summary is decoded when the search table is in step with the store.

use super::formats::TableOrJson;
use super::{open, open_read};
use crate::app::{Config, Session, SessionOptions};
use crate::i18n::msg;
use crate::i18n::{Lang, tr};
use crate::io::json::inert_json;
use crate::search::{Hit, NameField, SearchRow};

use super::table::Table;

pub fn run(
    opts: &SessionOptions,
    cfg: &Config,
    text: &str,
    limit: usize,
    format: TableOrJson,
) -> anyhow::Result<()> {
    let lang = opts.lang;
    let s = open_read(opts, cfg)?;
    let found = match s.find_in_table(text, limit)? {
        Some(found) => found,
        None => writable(opts, cfg).unwrap_or(s).find(text, limit)?,
    };
    match format {
        TableOrJson::Json => outln!("{}", json(&found)),
        TableOrJson::Table => out!("{}", table(&found, lang)),
    }
    Ok(())
}

/// A session that may rebuild a stale search table, when this officer may write.
fn writable(opts: &SessionOptions, cfg: &Config) -> Option<Session> {
    if opts.read_only || cfg.read_only {
        return None;
    }
    open(opts, cfg, false).ok()
}

fn name_and_issuer(r: &SearchRow) -> (&str, &str) {
    (
        r.field(NameField::Name).unwrap_or(""),
        r.field(NameField::Issuer).unwrap_or(""),
    )
}

fn table(found: &[(Hit, SearchRow)], lang: Lang) -> String {
    let mut t = Table::new(&[
        tr(lang, msg::columns::ID),
        tr(lang, msg::columns::SCORE),
        tr(lang, msg::columns::NAME),
        tr(lang, msg::columns::STAGE),
    ])
    .align_right(1);
    for (h, r) in found {
        let (name, issuer) = name_and_issuer(r);
        t.row(vec![
            r.id.to_string(),
            h.score.to_string(),
            format!("{name} | {issuer}"),
            r.stage.label(lang).to_string(),
        ]);
    }
    t.render()
}

fn json(found: &[(Hit, SearchRow)]) -> String {
    let arr: Vec<serde_json::Value> = found
        .iter()
        .map(|(h, r)| {
            let (name, issuer) = name_and_issuer(r);
            serde_json::json!({ "id": r.id, "score": h.score, "name": name, "issuer": issuer })
        })
        .collect();
    inert_json(serde_json::to_string_pretty(&arr).unwrap_or_else(|_| "[]".into()))
}
