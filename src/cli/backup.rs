//! `jiebang backup FILE [--force]` and `jiebang restore FILE [--yes]`.

use crate::i18n::msg;
use std::path::{Path, PathBuf};

use clap::Args;

use super::{open_read, usage};
use crate::app::{Config, OpError, SessionOptions};
use crate::i18n::{Lang, tr, trf};
use crate::io::outfile::{self, OutOptions};

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (a store file that can be opened with --db)
    pub file: PathBuf,
    /// Replace FILE if it exists (an older backup)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A backup made with `jiebang backup`
    pub file: PathBuf,
    /// Replace without asking
    #[arg(long)]
    pub yes: bool,
}

pub fn backup(a: BackupArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    let s = open_read(opts, cfg)?;
    let file = backup_target(lang, &a.file, a.force)?;
    s.backup(&file)?;
    outln!(
        "{}",
        trf(lang, msg::cli::BACKUP_DONE, &[("path", &file.display())])
    );
    Ok(())
}

pub fn restore(a: RestoreArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    if opts.read_only || cfg.read_only {
        return Err(OpError::ReadOnly.into());
    }
    let dest = crate::app::config::store_path(opts.db.as_deref());
    let question = trf(
        lang,
        msg::cli::RESTORE_CONFIRM,
        &[("path", &dest.display())],
    );
    if !a.yes && !confirm(&question)? {
        return Err(usage(tr(lang, msg::cli::RESTORE_CANCELLED).to_string()));
    }
    super::restore::run(&a.file, &dest, opts, cfg)?;
    outln!(
        "{}",
        trf(lang, msg::cli::RESTORE_DONE, &[("path", &dest.display())])
    );
    super::breaches::flag_after_restore(opts, cfg)
}

/// The checks of `write_file` for a backup's target, before the copy starts (the store
/// writes the copy itself); a backup may replace an older backup, which is a store.
fn backup_target(lang: Lang, path: &Path, force: bool) -> anyhow::Result<PathBuf> {
    let opts = OutOptions {
        force,
        may_replace_store: true,
        ..Default::default()
    };
    let target = outfile::check(path, &opts).map_err(|e| super::commands::out_error(lang, &e))?;
    Ok(target.path)
}

fn confirm(question: &str) -> anyhow::Result<bool> {
    eprint!("{question} [y/N] ");
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(matches!(line.trim(), "y" | "Y" | "yes" | "是"))
}
