//! Where the store is, before it is opened: a symbolic link to nothing is named as such; a
//! command that creates a store and then fails leaves no file behind; the TUI asks before
//! creating one and opens a store this user may only read read-only, saying why.

use crate::i18n::msg;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::{CliError, open, shared};
use crate::app::{Config, Session, SessionOptions, config};
use crate::i18n::{Lang, trf};

/// What is at the store path.
enum Place {
    Missing,
    Present,
}

/// Refuses a store path that is a symbolic link to nothing (exit 4, naming both), which
/// would otherwise read as "no store here" and tempt an `init`.
fn look(lang: Lang, path: &Path) -> anyhow::Result<Place> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(Place::Missing),
        Ok(m) if m.file_type().is_symlink() && fs::metadata(path).is_err() => {
            let target = fs::read_link(path).unwrap_or_default();
            Err(anyhow::Error::new(CliError {
                code: 4,
                msg: trf(
                    lang,
                    msg::cli::DANGLING_STORE,
                    &[("path", &path.display()), ("target", &target.display())],
                ),
            }))
        }
        _ => Ok(Place::Present),
    }
}

/// [`look`] for every command that opens the store.
pub(crate) fn check(lang: Lang, path: &Path) -> anyhow::Result<()> {
    look(lang, path).map(|_| ())
}

/// Runs `f` on a session that may create the store (`init`, `demo`, `import`): when the
/// store (and its folder) did not exist before and the command fails, they are removed
/// again, so a refused import leaves no empty store for the next command to find.
pub(crate) fn with_new_store<T>(
    opts: &SessionOptions,
    cfg: &Config,
    f: impl FnOnce(&mut Session) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let path = config::store_path(opts.db.as_deref());
    let existed = matches!(look(opts.lang, &path)?, Place::Present);
    let new_dirs = missing_dirs(&path);
    let remove_dirs = || {
        for d in &new_dirs {
            let _ = fs::remove_dir(d); // only if empty
        }
    };
    let mut s = match open(opts, cfg, true) {
        Ok(s) => s,
        Err(e) => {
            remove_dirs();
            return Err(e);
        }
    };
    let r = f(&mut s);
    if r.is_err() && !existed {
        // A store this run made holds nothing of anyone else's only while it is empty.
        let empty = s.rows().is_ok_and(|rows| rows.rows.is_empty());
        drop(s);
        if empty {
            let _ = fs::remove_file(&path);
            remove_dirs();
        }
    }
    r
}

/// The folders above `path` that do not exist yet, deepest first.
fn missing_dirs(path: &Path) -> Vec<PathBuf> {
    path.ancestors()
        .skip(1)
        .filter(|d| !d.as_os_str().is_empty())
        .take_while(|d| !d.exists())
        .map(Path::to_path_buf)
        .collect()
}

/// The session for the TUI, or `None` when the officer declined to create a missing
/// store. The second value is a notice for the status line (why it opened read-only,
/// or a group lock-out).
pub(crate) fn tui_session(
    opts: &SessionOptions,
    cfg: &Config,
    ascii: bool,
) -> anyhow::Result<Option<(Session, Option<String>)>> {
    let lang = opts.lang;
    let path = config::store_path(opts.db.as_deref());
    let read_only = opts.read_only || cfg.read_only;
    crate::store::keep_page_cache_small();
    if let Place::Missing = look(lang, &path)? {
        if read_only {
            // Nothing to ask: a read-only session may not create it (exit 4, as the CLI).
            return Err(crate::store::StoreError::Missing { path }.into());
        }
        if !crate::tui::missing::ask_create(&path, lang, ascii)? {
            eprintln!(
                "jiebang: {}",
                trf(lang, msg::tui::MISSING_QUIT, &[("path", &path.display())])
            );
            return Ok(None);
        }
        return Ok(Some((open(opts, cfg, true)?, None)));
    }
    if !read_only
        && let Some(why) = shared::read_only_reason(lang, &path, msg::app::SHARED_READ_ONLY)
    {
        let o = SessionOptions {
            read_only: true,
            ..opts.clone()
        };
        return Ok(Some((open(&o, cfg, false)?, Some(why))));
    }
    let s = open(opts, cfg, false)?;
    let notice = shared::lockout_warnings(lang, &path, opts.group_shared)
        .into_iter()
        .next();
    Ok(Some((s, notice)))
}
