//! `restore` and `audit verify --repair`: the two commands that put a store's content
//! back, from a backup or from its own verified history.

use crate::i18n::msg;
use std::path::Path;

use super::open;
use crate::app::{Config, SessionOptions};
use crate::i18n::trf;
use crate::store::Store;

/// Restores the store at `dest` in place from `src`, checked first (a refused backup
/// leaves the store untouched). A store that did not exist is created for it, and
/// removed again if the restore fails.
pub fn run(src: &Path, dest: &Path, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let backup = Store::open_backup(src)?;
    let existed = dest.symlink_metadata().is_ok();
    let result = open(opts, cfg, true).and_then(|s| Ok(s.restore_from(&backup)?));
    match result {
        Ok(report) => {
            outln!(
                "{}",
                trf(
                    opts.lang,
                    msg::cli::RESTORE_COUNTS,
                    &[("cases", &report.cases), ("renumbered", &report.renumbered)]
                )
            );
            Ok(())
        }
        Err(e) => {
            if !existed {
                let _ = std::fs::remove_file(dest);
            }
            Err(e)
        }
    }
}

/// Verifies the chain, then rewrites every damaged case from its history.
pub fn repair(opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let s = open(opts, cfg, false)?;
    let report = s.repair()?;
    let lang = opts.lang;
    if report.repaired.is_empty() {
        outln!("{}", trf(lang, msg::cli::REPAIR_NONE, &[]));
    } else {
        let ids = report.repaired.join(" ");
        outln!(
            "{}",
            trf(
                lang,
                msg::cli::REPAIR_DONE,
                &[("n", &report.repaired.len()), ("ids", &ids)]
            )
        );
    }
    super::audit::verify_chain(&s, lang)
}
