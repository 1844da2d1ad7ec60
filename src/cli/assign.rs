//! `jiebang assign ID [USER] [--rev N]`: sets the 经办人 of a case. USER defaults to the
//! operating-system user running the command; `--none` leaves the case unassigned.

use crate::i18n::msg;
use clap::Args;

use super::{open, usage};
use crate::app::{Config, SessionOptions};
use crate::i18n::{tr, trf};
use crate::io::inert::inert_line;

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// Case id
    pub id: String,
    /// The officer's user name (default: you)
    #[arg(value_name = "USER", conflicts_with = "none")]
    pub user: Option<String>,
    /// Leave the case without a 经办人
    #[arg(long)]
    pub none: bool,
    /// Refuse if the case changed since this revision
    #[arg(long, value_name = "REV")]
    pub rev: Option<u64>,
}

pub fn run(a: AssignArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    let s = open(opts, cfg, false)?;
    let officer = match (&a.user, a.none) {
        (_, true) => String::new(),
        (Some(u), false) => {
            // An empty USER would silently unassign: that is what --none is for.
            if u.trim().is_empty() {
                return Err(usage(tr(lang, msg::app::ASSIGN_CLI_EMPTY_USER).to_string()));
            }
            u.clone()
        }
        (None, false) => s.me().to_string(),
    };
    let case = s.assign(&a.id, &officer, a.rev)?;
    let line = if case.officer.is_empty() {
        trf(
            lang,
            msg::app::ASSIGN_CLI_UNASSIGNED,
            &[("id", &case.id), ("rev", &case.rev)],
        )
    } else {
        trf(
            lang,
            msg::app::ASSIGN_CLI_ASSIGNED,
            &[
                ("id", &case.id),
                ("user", &inert_line(&case.officer)),
                ("rev", &case.rev),
            ],
        )
    };
    outln!("{line}");
    Ok(())
}
