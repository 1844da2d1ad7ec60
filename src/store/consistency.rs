//! The stored cases against their history. The hash chain proves the trail was not
//! altered, but a case row is written beside its event, not derived from it: a flipped bit
//! in a page or an edit of the `cases` table would change a case while the chain still
//! verifies. Replaying each case's events and comparing with the row closes that gap.
//!
//! One case at a time (through the per-case index), so memory stays at one case however
//! large the store.

use std::collections::BTreeSet;
use std::path::Path;

use redb::ReadableTable;
use serde_json::Value;

use super::audit::{AuditEvent, apply};
use super::error::StoreError;
use super::tables::{AUDIT, AUDIT_BY_CASE, CASES};

/// The first case whose row differs from the replay of its events, as (the seq of its
/// last event, why); `None` when every case matches and every case in the trail exists.
pub(super) fn cases_match_history(
    path: &Path,
    txn: &redb::ReadTransaction,
) -> Result<Option<(u64, String)>, StoreError> {
    let db = |e: redb::StorageError| StoreError::db(path, e);
    let table = |e: redb::TableError| StoreError::db(path, e);
    let cases = txn.open_table(CASES).map_err(table)?;
    let index = txn.open_table(AUDIT_BY_CASE).map_err(table)?;
    let audit = txn.open_table(AUDIT).map_err(table)?;
    let mut with_history = BTreeSet::new();
    for row in index.iter().map_err(db)? {
        let (k, _) = row.map_err(db)?;
        with_history.insert(k.value().0.to_string());
    }
    for row in cases.iter().map_err(db)? {
        let (k, v) = row.map_err(db)?;
        let id = k.value();
        let mut doc = Value::Null;
        let mut last = 0;
        for entry in index.range((id, 0u64)..=(id, u64::MAX)).map_err(db)? {
            let (key, _) = entry.map_err(db)?;
            let seq = key.value().1;
            let Some(bytes) = audit.get(seq).map_err(db)? else {
                return Ok(Some((seq, format!("event of case {id} missing"))));
            };
            let Ok(event) = serde_json::from_slice::<AuditEvent>(bytes.value()) else {
                return Ok(Some((seq, "unreadable".to_string())));
            };
            if event.case_id != id {
                return Ok(Some((seq, format!("indexed under case {id}"))));
            }
            for change in &event.changes {
                apply(&mut doc, change);
            }
            last = seq;
        }
        let stored: Option<Value> = serde_json::from_slice(v.value()).ok();
        if stored.as_ref() != Some(&doc) {
            return Ok(Some((
                last,
                format!("the stored case {id} differs from its history"),
            )));
        }
        with_history.remove(id);
    }
    if let Some(id) = with_history.first() {
        return Ok(Some((0, format!("case {id} has a history but is missing"))));
    }
    Ok(None)
}
