//! `jiebang digest [--user U] [--format text|json]`: one officer's morning digest, plain
//! text a cron job can mail (see the crontab line in the README). Exit 0 even when there
//! is nothing to say, so cron does not report a failure.

use crate::i18n::msg;
use clap::Args;

use super::formats::TextOrJson;
use super::open_read;
use super::publish::parse_date;
use crate::app::digest_ops::{Digest, DigestCase};
use crate::app::{Config, SessionOptions};
use crate::i18n::{Lang, tr, trf};
use crate::io::inert_line;

#[derive(Debug, Args)]
pub struct DigestArgs {
    /// The officer (经办人) whose cases are listed (default: you)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// List deadlines within this many working days
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub days: u32,
    /// List others' changes from this day (default: the previous working day)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Output: plain text, or one JSON object
    #[arg(long, value_enum, ignore_case = true, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
}

pub fn run(a: DigestArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    let since = a
        .since
        .as_deref()
        .map(|d| parse_date(lang, d))
        .transpose()?;
    let s = open_read(opts, cfg)?;
    let user = a.user.unwrap_or_else(|| s.me().to_string());
    let d = s.digest(&user, a.days, since)?;
    match a.format {
        TextOrJson::Json => outln!(
            "{}",
            crate::io::json::inert_json(serde_json::to_string_pretty(&d)?)
        ),
        TextOrJson::Text => out!("{}", text(&d, lang)),
    }
    Ok(())
}

/// The digest as text: a heading, then each non-empty section with one line per case.
pub fn text(d: &Digest, lang: Lang) -> String {
    let mut out = trf(
        lang,
        msg::office::DG_TITLE,
        &[("user", &inert_line(&d.user)), ("date", &d.today)],
    );
    out.push('\n');
    if d.is_empty() {
        out.push_str(tr(lang, msg::office::DG_NOTHING));
        out.push('\n');
        return out;
    }
    let days = d.due_days;
    let sections: [(String, &[DigestCase]); 3] = [
        (
            trf(lang, msg::office::DG_OVERDUE, &[("n", &d.overdue.len())]),
            &d.overdue,
        ),
        (
            trf(
                lang,
                msg::office::DG_DUE,
                &[("n", &d.due.len()), ("days", &days)],
            ),
            &d.due,
        ),
        (
            trf(lang, msg::office::DG_STALE, &[("n", &d.stale.len())]),
            &d.stale,
        ),
    ];
    for (head, items) in sections.iter().filter(|(_, items)| !items.is_empty()) {
        out.push_str(&format!("\n{head}\n"));
        for c in items.iter() {
            out.push_str(&format!(
                "  {}  {}  {}\n",
                c.id,
                inert_line(&c.name),
                c.what
            ));
        }
    }
    if !d.changed.is_empty() {
        let head = trf(
            lang,
            msg::office::DG_CHANGED,
            &[("n", &d.changed.len()), ("since", &d.since)],
        );
        out.push_str(&format!("\n{head}\n"));
        for c in &d.changed {
            let at = crate::app::clock::local_date(c.at);
            let time =
                c.at.with_timezone(&crate::app::clock::shanghai())
                    .format("%H:%M");
            out.push_str(&format!(
                "  {}  {}  {} {at} {time} {}\n",
                c.id,
                inert_line(&c.name),
                inert_line(&c.by),
                inert_line(&c.action)
            ));
        }
    }
    out
}
