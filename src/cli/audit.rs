//! `jiebang audit verify|log` and `jiebang blacklist import|list`.

use crate::i18n::msg;
use std::path::Path;

use super::args::{AuditCommand, BlacklistCommand};
use super::formats::TextOrJson;
use super::store_place::with_new_store;
use super::{open_read, render, usage};
use crate::app::{Config, SessionOptions};
use crate::i18n::{Lang, trf};
use crate::io::json::inert_json;

pub fn audit(what: AuditCommand, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    match what {
        AuditCommand::Verify { repair: true } => super::restore::repair(opts, cfg),
        AuditCommand::Verify { repair: false } => verify(opts, cfg),
        AuditCommand::Log { id, format } => log(id.as_deref(), format, opts, cfg),
    }
}

fn verify(opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    let s = open_read(opts, cfg)?;
    verify_chain(&s, lang)
}

/// Checks the audit chain and says so: exit 5 naming the first broken event, else how many
/// events it holds. `audit verify` and `restore` (after writing) report it the same way.
pub(super) fn verify_chain(s: &crate::app::Session, lang: Lang) -> anyhow::Result<()> {
    let report = s.verify_audit()?;
    if let Some((seq, reason)) = report.first_bad {
        let msg = trf(
            lang,
            msg::cli::AUDIT_BROKEN,
            &[("seq", &seq), ("reason", &reason)],
        );
        return Err(anyhow::Error::new(super::CliError { code: 5, msg }));
    }
    outln!(
        "{}",
        trf(lang, msg::cli::AUDIT_OK, &[("n", &report.events)])
    );
    Ok(())
}

fn log(
    id: Option<&str>,
    format: TextOrJson,
    opts: &SessionOptions,
    cfg: &Config,
) -> anyhow::Result<()> {
    let s = open_read(opts, cfg)?;
    let events = s.store().events(id)?;
    match format {
        TextOrJson::Json => outln!("{}", inert_json(serde_json::to_string_pretty(&events)?)),
        TextOrJson::Text => out!("{}", render::history(&events, opts.lang)),
    }
    Ok(())
}

pub fn blacklist(
    what: BlacklistCommand,
    opts: &SessionOptions,
    cfg: &Config,
) -> anyhow::Result<()> {
    let lang = opts.lang;
    match what {
        BlacklistCommand::Import { file } => {
            let text = read_text(lang, &file)?;
            let n = with_new_store(opts, cfg, |s| Ok(s.import_blacklist(&text)?))?;
            outln!("{}", trf(lang, msg::cli::BLACKLIST_DONE, &[("n", &n)]));
        }
        BlacklistCommand::List => {
            let s = open_read(opts, cfg)?;
            out!("{}", render::blacklist(&s, lang));
        }
    }
    Ok(())
}

fn read_text(lang: Lang, path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).map_err(|e| {
        usage(trf(
            lang,
            msg::cli::CANNOT_READ,
            &[("path", &path.display()), ("detail", &e)],
        ))
    })
}
