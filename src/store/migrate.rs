//! Schema migrations, run in one write transaction when a store is opened read-write (and
//! on a restored copy of an older backup). A read-only open of an older store reads it as
//! it is (`Store::legacy`).
//!
//! 1 → 2: notes move out of the case rows into `notes`; case and summary rows are sealed
//! with their checksum; the store gets a generation id. Rows are migrated as JSON values,
//! not through `Case`, so a row stays exactly what its history replays to.
//!
//! 2 → 3: summary rows take the binary layout of `summary_codec`. A summary is derived
//! from its case, so one that fails its checksum is made again from the case row; if that
//! is damaged too, the row is left as it is, reported as damaged on read and rebuilt by
//! `audit verify --repair` (readers still take the JSON-sealed layout).

use std::path::Path;

use redb::{ReadableTable, WriteTransaction};
use serde_json::Value;

use super::error::StoreError;
use super::generation::new_generation;
use super::rows::{note_key, seal, unseal};
use super::summary_codec::{SUMMARY_TAG, open_summary, seal_summary};
use super::tables::{
    CASES, GENERATION_KEY, META, NOTES, SCHEMA_KEY, SCHEMA_VERSION, SUMMARIES, meta_string,
};
use crate::domain::{Case, CaseSummary};

/// Migrates the store inside `txn` if it is older than this build; true if it changed.
pub(crate) fn migrate(path: &Path, txn: &WriteTransaction) -> Result<bool, StoreError> {
    let db = |e: redb::Error| StoreError::db(path, e);
    let schema = {
        let meta = txn.open_table(META).map_err(|e| db(e.into()))?;
        meta_string(path, &meta, SCHEMA_KEY)?
            .and_then(|s| s.parse::<u32>().ok())
            .unwrap_or(0)
    };
    if schema >= SCHEMA_VERSION {
        return Ok(false);
    }
    if schema == 1 {
        v1_to_v2(path, txn)?;
    }
    if schema <= 2 {
        v2_to_v3(path, txn)?;
    }
    let mut meta = txn.open_table(META).map_err(|e| db(e.into()))?;
    if meta_string(path, &meta, GENERATION_KEY)?.is_none() {
        let generation = new_generation();
        meta.insert(GENERATION_KEY, generation.as_str())
            .map_err(|e| db(e.into()))?;
    }
    let version = SCHEMA_VERSION.to_string();
    meta.insert(SCHEMA_KEY, version.as_str())
        .map_err(|e| db(e.into()))?;
    Ok(true)
}

fn v1_to_v2(path: &Path, txn: &WriteTransaction) -> Result<(), StoreError> {
    let db = |e: redb::Error| StoreError::db(path, e);
    let corrupt = |id: &str| StoreError::Corrupt {
        path: path.to_path_buf(),
        detail: format!("case {id} is not readable JSON"),
    };
    let mut cases = txn.open_table(CASES).map_err(|e| db(e.into()))?;
    let mut notes = txn.open_table(NOTES).map_err(|e| db(e.into()))?;
    let mut after = None;
    loop {
        let rows = batch(&cases, after.as_deref()).map_err(db)?;
        let Some((last, _)) = rows.last() else { break };
        after = Some(last.clone());
        for (id, bytes) in rows {
            let mut doc: Value = serde_json::from_slice(&bytes).map_err(|_| corrupt(&id))?;
            let list = match doc.get_mut("notes") {
                Some(Value::Array(list)) => std::mem::take(list),
                _ => Vec::new(),
            };
            for (i, note) in list.iter().enumerate() {
                let key = note_key(&id, i as u64);
                notes
                    .insert((id.as_str(), i as u64), seal(&key, note).as_slice())
                    .map_err(|e| db(e.into()))?;
            }
            cases
                .insert(id.as_str(), seal(&id, &doc).as_slice())
                .map_err(|e| db(e.into()))?;
        }
    }
    let mut summaries = txn.open_table(SUMMARIES).map_err(|e| db(e.into()))?;
    let mut after = None;
    loop {
        let rows = batch(&summaries, after.as_deref()).map_err(db)?;
        let Some((last, _)) = rows.last() else { break };
        after = Some(last.clone());
        for (id, bytes) in rows {
            let doc: Value = serde_json::from_slice(&bytes).map_err(|_| corrupt(&id))?;
            summaries
                .insert(id.as_str(), seal(&id, &doc).as_slice())
                .map_err(|e| db(e.into()))?;
        }
    }
    Ok(())
}

fn v2_to_v3(path: &Path, txn: &WriteTransaction) -> Result<(), StoreError> {
    let db = |e: redb::Error| StoreError::db(path, e);
    let cases = txn.open_table(CASES).map_err(|e| db(e.into()))?;
    let mut summaries = txn.open_table(SUMMARIES).map_err(|e| db(e.into()))?;
    let mut after = None;
    loop {
        let rows = batch(&summaries, after.as_deref()).map_err(db)?;
        let Some((last, _)) = rows.last() else { break };
        after = Some(last.clone());
        for (id, bytes) in rows {
            if bytes.first() == Some(&SUMMARY_TAG) {
                continue;
            }
            let summary = match open_summary(&id, &bytes, false) {
                Some(s) => Some(s),
                None => {
                    let row = cases.get(id.as_str()).map_err(|e| db(e.into()))?;
                    row.and_then(|v| summary_of_case_row(&id, v.value()))
                }
            };
            if let Some(s) = summary {
                summaries
                    .insert(id.as_str(), seal_summary(&s).as_slice())
                    .map_err(|e| db(e.into()))?;
            }
        }
    }
    Ok(())
}

/// The summary of a sealed case row that reads back whole.
fn summary_of_case_row(id: &str, row: &[u8]) -> Option<CaseSummary> {
    let case: Case = serde_json::from_slice(unseal(id, row, false)?).ok()?;
    (case.id == id).then(|| CaseSummary::of(&case))
}

/// The next rows after key `after`, a bounded number at a time so a large store is not
/// held in memory while it is rewritten.
fn batch(
    table: &impl ReadableTable<&'static str, &'static [u8]>,
    after: Option<&str>,
) -> Result<Vec<(String, Vec<u8>)>, redb::Error> {
    use std::ops::Bound;
    let range = match after {
        Some(k) => table.range::<&str>((Bound::Excluded(k), Bound::Unbounded))?,
        None => table.range::<&str>(..)?,
    };
    let mut out = Vec::new();
    for row in range.take(512) {
        let (k, v) = row?;
        out.push((k.value().to_string(), v.value().to_vec()));
    }
    Ok(out)
}
