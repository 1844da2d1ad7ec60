//! What can go wrong with a store, each error saying what the officer should do about it.
//!
//! Exit codes follow CONTRACT.md: 2 bad input or usage (read-only store, missing file,
//! duplicate id on import), 3 refused by a rule (the update closure said no), 4 not found,
//! 5 integrity failure (corrupt file, broken audit chain, not a jiebang store, written by a
//! newer jiebang: the file cannot be used as it is), 6 busy or changed by someone else
//! (retry), 1 anything else (permissions, I/O).

use crate::i18n::{families, msg};
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::i18n::{Lang, tr, trf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no case {id}")]
    NotFound { id: String },
    #[error("case {id} changed: expected revision {expected}, found {actual} (by {by} at {at})")]
    Stale {
        id: String,
        expected: u64,
        actual: u64,
        by: String,
        at: DateTime<Utc>,
    },
    #[error("the store is busy: another write did not finish in time")]
    Busy,
    #[error("the store was opened read-only")]
    ReadOnly,
    #[error("no store at {}", path.display())]
    Missing { path: PathBuf },
    #[error("{} is not a jiebang store: {detail}", path.display())]
    NotAStore { path: PathBuf, detail: String },
    #[error("{} was written by a newer jiebang (schema {found}, this one reads {supported})", path.display())]
    NewerSchema {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{} was not closed cleanly and needs a read-write open to recover", path.display())]
    Unclean { path: PathBuf },
    #[error("{} is damaged: {detail}", path.display())]
    Corrupt { path: PathBuf, detail: String },
    #[error("the audit trail of {} is broken at event {seq}: {reason}", path.display())]
    AuditBroken {
        path: PathBuf,
        seq: u64,
        reason: String,
    },
    #[error("permission denied on {}: {detail}", path.display())]
    Permission { path: PathBuf, detail: String },
    #[error("I/O error on {}: {detail}", path.display())]
    Io { path: PathBuf, detail: String },
    #[error("case {id} already exists")]
    Duplicate { id: String },
    #[error("refused: {0}")]
    Rejected(String),
    /// A row fails its checksum: the case is refused, the others are served.
    #[error("case {id} is damaged in {} (a {table} row fails its checksum)", path.display())]
    Damaged {
        path: PathBuf,
        id: String,
        table: &'static str,
    },
    /// The store's content was replaced (restore) after this process read it: the write was
    /// not made; the process now reads the restored store.
    #[error("the store was restored at {at} by {by}; nothing was written")]
    Restored { at: DateTime<Utc>, by: String },
    /// The file at the store's path is no longer the one this process has open.
    #[error("{} was replaced by another file; nothing was written", path.display())]
    Replaced { path: PathBuf },
    /// A list of a case would grow past its limit.
    #[error("case {id}: {what} would have {count} entries, the most is {max}")]
    TooMany {
        id: String,
        what: &'static str,
        count: u64,
        max: u64,
    },
}

impl StoreError {
    pub fn exit_code(&self) -> i32 {
        match self {
            StoreError::NotFound { .. } => 4,
            StoreError::Stale { .. }
            | StoreError::Busy
            | StoreError::Restored { .. }
            | StoreError::Replaced { .. } => 6,
            StoreError::Damaged { .. } => 5,
            StoreError::TooMany { .. } => 2,
            StoreError::Corrupt { .. }
            | StoreError::NotAStore { .. }
            | StoreError::Unclean { .. }
            | StoreError::NewerSchema { .. }
            | StoreError::AuditBroken { .. } => 5,
            StoreError::ReadOnly | StoreError::Missing { .. } | StoreError::Duplicate { .. } => 2,
            StoreError::Rejected(_) => 3,
            StoreError::Permission { .. } | StoreError::Io { .. } => 1,
        }
    }

    /// One line for the officer, ending with what to do.
    pub fn message(&self, lang: Lang) -> String {
        // Every variant named, so a new one must pick its group.
        match self {
            StoreError::Missing { .. }
            | StoreError::NotAStore { .. }
            | StoreError::NewerSchema { .. }
            | StoreError::Unclean { .. }
            | StoreError::Corrupt { .. }
            | StoreError::AuditBroken { .. }
            | StoreError::Permission { .. }
            | StoreError::Io { .. }
            | StoreError::Damaged { .. }
            | StoreError::Replaced { .. } => self.file_message(lang),
            StoreError::NotFound { .. }
            | StoreError::Stale { .. }
            | StoreError::Busy
            | StoreError::ReadOnly
            | StoreError::Duplicate { .. }
            | StoreError::Rejected(_)
            | StoreError::Restored { .. }
            | StoreError::TooMany { .. } => self.case_message(lang),
        }
    }

    /// The problems with the store file itself: each names its path.
    fn file_message(&self, lang: Lang) -> String {
        match self {
            StoreError::Missing { path } => {
                trf(lang, msg::store::ERR_MISSING, &[("path", &path.display())])
            }
            StoreError::NotAStore { path, detail } => trf(
                lang,
                msg::store::ERR_NOT_A_STORE,
                &[("path", &path.display()), ("detail", detail)],
            ),
            StoreError::NewerSchema {
                path,
                found,
                supported,
            } => trf(
                lang,
                msg::store::ERR_NEWER_SCHEMA,
                &[
                    ("path", &path.display()),
                    ("found", found),
                    ("supported", supported),
                ],
            ),
            StoreError::Unclean { path } => {
                trf(lang, msg::store::ERR_UNCLEAN, &[("path", &path.display())])
            }
            StoreError::Corrupt { path, detail } => trf(
                lang,
                msg::store::ERR_CORRUPT,
                &[("path", &path.display()), ("detail", detail)],
            ),
            StoreError::AuditBroken { path, seq, reason } => trf(
                lang,
                msg::store::ERR_AUDIT_BROKEN,
                &[("path", &path.display()), ("seq", seq), ("reason", reason)],
            ),
            StoreError::Permission { path, detail } => trf(
                lang,
                msg::store::ERR_PERMISSION,
                &[("path", &path.display()), ("detail", detail)],
            ),
            StoreError::Io { path, detail } => trf(
                lang,
                msg::store::ERR_IO,
                &[("path", &path.display()), ("detail", detail)],
            ),
            StoreError::Damaged { path, id, table } => trf(
                lang,
                msg::store::ERR_DAMAGED,
                &[
                    ("path", &path.display()),
                    ("id", id),
                    (
                        "table",
                        &families::store_table(table).map_or(*table, |m| tr(lang, m)),
                    ),
                ],
            ),
            StoreError::Replaced { path } => {
                trf(lang, msg::store::ERR_REPLACED, &[("path", &path.display())])
            }
            // `message` routes only the file variants here.
            _ => self.to_string(),
        }
    }

    /// The problems with one case or one write, and the store's state as a whole.
    fn case_message(&self, lang: Lang) -> String {
        match self {
            StoreError::NotFound { id } => trf(lang, msg::store::ERR_NOT_FOUND, &[("id", id)]),
            StoreError::Stale {
                id,
                expected,
                actual,
                by,
                at,
            } => {
                let at = shanghai_minute(at);
                trf(
                    lang,
                    msg::store::ERR_STALE,
                    &[
                        ("id", id),
                        ("expected", expected),
                        ("actual", actual),
                        ("by", by),
                        ("at", &at),
                    ],
                )
            }
            StoreError::Busy => trf(lang, msg::store::ERR_BUSY, &[]),
            StoreError::ReadOnly => trf(lang, msg::store::ERR_READ_ONLY, &[]),
            StoreError::Duplicate { id } => trf(lang, msg::store::ERR_DUPLICATE, &[("id", id)]),
            StoreError::Rejected(why) => trf(lang, msg::store::ERR_REJECTED, &[("why", why)]),
            StoreError::Restored { at, by } => trf(
                lang,
                msg::store::ERR_RESTORED,
                &[("at", &shanghai_minute(at)), ("by", by)],
            ),
            StoreError::TooMany {
                id,
                what,
                count,
                max,
            } => trf(
                lang,
                msg::store::ERR_TOO_MANY,
                &[
                    ("id", id),
                    (
                        "what",
                        &families::store_list(what).map_or(*what, |m| tr(lang, m)),
                    ),
                    ("count", count),
                    ("max", max),
                ],
            ),
            // `message` routes only the case variants here.
            _ => self.to_string(),
        }
    }

    pub(crate) fn io(path: &Path, err: &std::io::Error) -> StoreError {
        match err.kind() {
            std::io::ErrorKind::PermissionDenied => StoreError::Permission {
                path: path.to_path_buf(),
                detail: err.to_string(),
            },
            std::io::ErrorKind::NotFound => StoreError::Missing {
                path: path.to_path_buf(),
            },
            _ => StoreError::Io {
                path: path.to_path_buf(),
                detail: err.to_string(),
            },
        }
    }

    /// Maps any redb error on an already checked store. Structural complaints mean damage.
    pub(crate) fn db(path: &Path, err: impl Into<redb::Error>) -> StoreError {
        let err: redb::Error = err.into();
        let path_buf = path.to_path_buf();
        match err {
            redb::Error::Io(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                StoreError::NotAStore {
                    path: path_buf,
                    detail: e.to_string(),
                }
            }
            redb::Error::Io(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                StoreError::Corrupt {
                    path: path_buf,
                    detail: "the file is truncated".to_string(),
                }
            }
            redb::Error::Io(e) => StoreError::io(path, &e),
            redb::Error::DatabaseAlreadyOpen | redb::Error::LockProtocolMismatch => {
                StoreError::Busy
            }
            redb::Error::UpgradeRequired(v) => StoreError::NotAStore {
                path: path_buf,
                detail: format!("redb file format {v} (an older program's database)"),
            },
            redb::Error::Corrupted(detail) => StoreError::Corrupt {
                path: path_buf,
                detail,
            },
            e @ (redb::Error::TableDoesNotExist(_)
            | redb::Error::TableTypeMismatch { .. }
            | redb::Error::TableIsMultimap(_)
            | redb::Error::TableIsNotMultimap(_)
            | redb::Error::TypeDefinitionChanged { .. }
            | redb::Error::RepairAborted) => StoreError::Corrupt {
                path: path_buf,
                detail: e.to_string(),
            },
            e => StoreError::Io {
                path: path_buf,
                detail: e.to_string(),
            },
        }
    }
}

/// An instant as officers read it: Beijing time to the minute.
fn shanghai_minute(at: &DateTime<Utc>) -> String {
    at.with_timezone(&chrono::FixedOffset::east_opt(8 * 3600).expect("UTC+8"))
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// The result of [`crate::store::Store::update`]: either the store failed, or the caller's
/// closure refused the change (nothing was written in either case).
#[derive(Debug)]
pub enum UpdateError<E> {
    Store(StoreError),
    Rejected(E),
}

impl<E> From<StoreError> for UpdateError<E> {
    fn from(e: StoreError) -> Self {
        UpdateError::Store(e)
    }
}

impl<E: fmt::Display> fmt::Display for UpdateError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UpdateError::Store(e) => e.fmt(f),
            UpdateError::Rejected(e) => e.fmt(f),
        }
    }
}

impl<E: fmt::Debug + fmt::Display> std::error::Error for UpdateError<E> {}

impl<E: fmt::Display> UpdateError<E> {
    /// Flattens a refusal into [`StoreError::Rejected`] for callers that only report.
    pub fn into_store(self) -> StoreError {
        match self {
            UpdateError::Store(e) => e,
            UpdateError::Rejected(e) => StoreError::Rejected(e.to_string()),
        }
    }
}
