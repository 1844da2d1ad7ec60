//! The tables of a jiebang store and the small typed helpers around `meta`.
//!
//! Values are JSON so that a store stays readable by a later version and by hand in an
//! emergency, except the summaries: derived from the cases and read all at once, they are
//! binary rows (`summary_codec`) that decode far faster. Summaries are kept beside cases so
//! a list loads without decoding full cases.

use redb::{ReadableTable, TableDefinition};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::error::StoreError;

/// Written into `meta` under [`APP_KEY`]: a redb file without it belongs to another program.
pub const APP_MARKER: &str = "jiebang";
/// The schema this build reads and writes. A store with a higher number is refused untouched.
///
/// 1: case rows held their notes; rows were bare JSON.
/// 2: notes in [`NOTES`] keyed by (case, index); case, summary and note rows sealed with a
///    checksum (`rows`); a store generation id in `meta`.
/// 3: summary rows in the binary layout of `summary_codec`, with the same kind of checksum.
pub const SCHEMA_VERSION: u32 = 3;
/// The `prev_hash` of the first audit event.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

pub const CASES: TableDefinition<&str, &[u8]> = TableDefinition::new("cases");
pub const SUMMARIES: TableDefinition<&str, &[u8]> = TableDefinition::new("summaries");
/// (case id, index from 0) → sealed note: a note appends one row, whatever the case holds.
pub const NOTES: TableDefinition<(&str, u64), &[u8]> = TableDefinition::new("notes");
pub const AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("audit");
/// (case id, seq) → (): the events of one case without scanning the whole trail.
pub const AUDIT_BY_CASE: TableDefinition<(&str, u64), ()> = TableDefinition::new("audit_by_case");
pub const DRAFTS: TableDefinition<(&str, &str), &[u8]> = TableDefinition::new("drafts");
/// Position → row; replaced as a whole by `set_blacklist`.
pub const BLACKLIST: TableDefinition<u64, &[u8]> = TableDefinition::new("blacklist");
pub const VIEWS: TableDefinition<&str, &str> = TableDefinition::new("views");
pub const META: TableDefinition<&str, &str> = TableDefinition::new("meta");

pub const APP_KEY: &str = "app";
pub const SCHEMA_KEY: &str = "schema";
pub const COUNTER_KEY: &str = "counter";
pub const AUDIT_LEN_KEY: &str = "audit.len";
pub const AUDIT_HEAD_KEY: &str = "audit.head";
/// Changes when the store's content is replaced as a whole (restore): a process that
/// opened it before refuses its next write instead of writing into a world it never read.
pub const GENERATION_KEY: &str = "generation";
/// JSON of the last restore (when, by whom, from which file), for the refusal message.
pub const RESTORED_KEY: &str = "restored";

/// Meta key of the last case number handed out for `year`.
pub fn seq_key(year: i32) -> String {
    format!("seq.{year}")
}

pub fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    // Serialising our own plain structs cannot fail (no maps with non-string keys).
    serde_json::to_vec(value).unwrap_or_default()
}

pub fn from_json<T: DeserializeOwned>(
    path: &std::path::Path,
    what: &str,
    bytes: &[u8],
) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt {
        path: path.to_path_buf(),
        detail: format!("{what}: {e}"),
    })
}

/// A numeric meta value; absent counts as zero, anything unparsable is damage.
pub fn meta_u64(
    path: &std::path::Path,
    table: &impl ReadableTable<&'static str, &'static str>,
    key: &str,
) -> Result<u64, StoreError> {
    match table.get(key).map_err(|e| StoreError::db(path, e))? {
        None => Ok(0),
        Some(v) => v.value().parse().map_err(|_| StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: format!("meta {key} = {:?}", v.value()),
        }),
    }
}

pub fn meta_string(
    path: &std::path::Path,
    table: &impl ReadableTable<&'static str, &'static str>,
    key: &str,
) -> Result<Option<String>, StoreError> {
    Ok(table
        .get(key)
        .map_err(|e| StoreError::db(path, e))?
        .map(|v| v.value().to_string()))
}
