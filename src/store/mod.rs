//! The store: one redb file shared by every officer's process (DESIGN.md §4–5). This is the
//! only module that names redb.
//!
//! - `open`: checks a file is a jiebang store of a schema we read *before* redb may write
//!   to it, creates new stores atomically with mode 0600 (0660 shared).
//! - `cases`: cases and their summaries, revision-checked updates, import.
//! - `audit`: the hash-chained trail, `diff` and `replay`.
//! - `drafts`, `lists` (blacklist, saved views), `backup` (backup and restore).
//!
//! Every write is one redb write transaction: the case, its summary, the audit event and
//! the change counter commit together or not at all.

mod audit;
mod backup;
mod canonical;
mod cases;
mod consistency;
mod drafts;
mod error;
mod generation;
mod limits;
mod lists;
mod migrate;
pub(crate) mod notes;
pub(crate) mod open;
mod overlay;
mod repair;
mod restore;
mod rows;
mod search_rows;
mod summary_codec;
mod summary_load;
pub(crate) mod tables;
mod temps;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use redb::ReadableDatabase;
use serde::{Deserialize, Serialize};

pub use audit::{AuditEvent, AuditReport, Change, diff, replay, unapply};
pub use cases::{id_order, sort_by_id};
pub use drafts::{Draft, DraftWrite, Holder};
pub use error::{StoreError, UpdateError};
pub use limits::{LIMITS, Limits, check_all as check_limits};
pub use lists::BlacklistRow;
pub use open::{catch_quietly, keep_page_cache_small, panic_is_guarded};
pub use repair::RepairReport;
pub use restore::RestoreReport;
pub use tables::SCHEMA_VERSION;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OpenOptions {
    /// Create the file (and its directory) when missing.
    pub create: bool,
    /// Open without the right to write; writes fail with [`StoreError::ReadOnly`].
    pub read_only: bool,
    /// New files get mode 0660 instead of 0600, for officers sharing a Unix group.
    pub group_shared: bool,
}

/// Who did it: the operating-system user (and SSH client address), never a typed name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Actor {
    pub user: String,
    #[serde(default)]
    pub ssh_client: Option<String>,
}

impl Actor {
    /// `user` or `user@client` for messages.
    pub fn label(&self) -> String {
        match &self.ssh_client {
            Some(c) if !c.is_empty() => format!("{}@{c}", self.user),
            _ => self.user.clone(),
        }
    }
}

/// The actor and clock of one write; the store never reads the clock itself.
#[derive(Debug, Clone, Copy)]
pub struct WriteCtx<'a> {
    pub actor: &'a Actor,
    pub now: DateTime<Utc>,
}

enum Db {
    Rw(redb::Database),
    Ro(redb::ReadOnlyDatabase),
}

pub struct Store {
    path: PathBuf,
    db: Db,
    /// A schema-1 store opened read-only: rows are bare JSON and cases hold their notes.
    legacy: bool,
    /// The store generation this process has read; see [`generation`].
    generation: std::sync::Mutex<String>,
    /// The inode opened, to notice the path now names another file.
    inode: Option<u64>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// How long a write waits for other writers (in any process) before reporting Busy.
const WRITE_WAIT: Duration = Duration::from_secs(2);

impl Store {
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_read_only(&self) -> bool {
        matches!(self.db, Db::Ro(_))
    }

    /// A snapshot of the latest commit of any process.
    fn read_txn(&self) -> Result<redb::ReadTransaction, StoreError> {
        match &self.db {
            Db::Rw(db) => db.begin_read(),
            Db::Ro(db) => db.begin_read(),
        }
        .map_err(|e| StoreError::db(&self.path, e))
    }

    /// Runs `f` in one durable write transaction, waiting up to [`WRITE_WAIT`] for other
    /// writers. An error from `f` aborts: nothing it did is written.
    fn write<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&redb::WriteTransaction) -> Result<T, E>,
    ) -> Result<T, E> {
        let Db::Rw(db) = &self.db else {
            return Err(StoreError::ReadOnly.into());
        };
        let deadline = Instant::now() + WRITE_WAIT;
        let mut pause = Duration::from_millis(1);
        let mut txn = loop {
            match db.try_begin_write() {
                Ok(txn) => break txn,
                Err(redb::TransactionError::WouldBlock) => {
                    if Instant::now() >= deadline {
                        return Err(StoreError::Busy.into());
                    }
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(20));
                }
                Err(e) => return Err(StoreError::db(&self.path, e).into()),
            }
        };
        txn.set_quick_repair(true);
        if let Err(e) = self.check_generation(&txn) {
            let _ = txn.abort();
            return Err(e.into());
        }
        match f(&txn) {
            Ok(out) => {
                txn.commit().map_err(|e| StoreError::db(&self.path, e))?;
                Ok(out)
            }
            Err(e) => {
                // Dropping would abort too; aborting explicitly releases the writer lock now.
                let _ = txn.abort();
                Err(e)
            }
        }
    }

    /// Runs a read so that a panic inside redb on a damaged page is reported as damage.
    fn guard<T>(&self, f: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
        open::guarded(&self.path, f)?
    }

    fn db_err(&self, e: impl Into<redb::Error>) -> StoreError {
        StoreError::db(&self.path, e)
    }
}
