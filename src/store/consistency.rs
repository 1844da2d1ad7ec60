//! The stored cases against their history. The hash chain proves the trail was not
//! altered, but a case row is written beside its event, not derived from it: a flipped bit
//! in a page or an edit of the `cases` table would change a case while the chain still
//! verifies. Replaying each case's events and comparing with the row (and its notes)
//! closes that gap.
//!
//! One case at a time (through the per-case index), so memory stays at one case however
//! large the store.

use std::collections::BTreeSet;

use redb::ReadableTable;
use serde_json::Value;

use super::Store;
use super::audit::{AuditEvent, apply};
use super::error::StoreError;
use super::rows::{note_key, unseal};
use super::summary_codec::open_summary;
use super::tables::{AUDIT, AUDIT_BY_CASE, CASES, NOTES, SUMMARIES};

/// A case replayed from its events and the seq of its last event, or the first event
/// that cannot be replayed and why.
pub(super) type Replayed = Result<(Value, u64), (u64, String)>;

/// What replaying case `id`'s events gives.
pub(super) fn replay_case(
    store: &Store,
    txn: &redb::ReadTransaction,
    id: &str,
) -> Result<Replayed, StoreError> {
    let db = |e: redb::StorageError| store.db_err(e);
    let index = txn.open_table(AUDIT_BY_CASE).map_err(|e| store.db_err(e))?;
    let audit = txn.open_table(AUDIT).map_err(|e| store.db_err(e))?;
    let mut doc = Value::Null;
    let mut last = 0;
    for entry in index.range((id, 0u64)..=(id, u64::MAX)).map_err(db)? {
        let (key, _) = entry.map_err(db)?;
        let seq = key.value().1;
        let Some(bytes) = audit.get(seq).map_err(db)? else {
            return Ok(Err((seq, format!("event of case {id} missing"))));
        };
        let Ok(event) = serde_json::from_slice::<AuditEvent>(bytes.value()) else {
            return Ok(Err((seq, "unreadable".to_string())));
        };
        if event.case_id != id {
            return Ok(Err((seq, format!("indexed under case {id}"))));
        }
        for change in &event.changes {
            apply(&mut doc, change);
        }
        last = seq;
    }
    Ok(Ok((doc, last)))
}

/// The stored case `id` as one document, its notes in place; `None` if a row is damaged.
pub(super) fn stored_case(
    store: &Store,
    txn: &redb::ReadTransaction,
    id: &str,
    row: &[u8],
) -> Result<Option<Value>, StoreError> {
    let Some(mut doc) =
        unseal(id, row, store.legacy).and_then(|json| serde_json::from_slice::<Value>(json).ok())
    else {
        return Ok(None);
    };
    if store.legacy {
        return Ok(Some(doc));
    }
    let db = |e: redb::StorageError| store.db_err(e);
    let notes = txn.open_table(NOTES).map_err(|e| store.db_err(e))?;
    let mut list = Vec::new();
    for entry in notes.range((id, 0u64)..=(id, u64::MAX)).map_err(db)? {
        let (k, v) = entry.map_err(db)?;
        let key = note_key(id, k.value().1);
        match unseal(&key, v.value(), false).and_then(|j| serde_json::from_slice(j).ok()) {
            Some(note) => list.push(note),
            None => return Ok(None),
        }
    }
    if let Some(map) = doc.as_object_mut() {
        map.insert("notes".to_string(), Value::Array(list));
    }
    Ok(Some(doc))
}

/// The first case whose rows differ from the replay of its events, or whose summary is
/// missing or damaged, as (the seq of its last event, why); `None` when every case
/// matches and every case in the trail exists.
pub(super) fn cases_match_history(
    store: &Store,
    txn: &redb::ReadTransaction,
) -> Result<Option<(u64, String)>, StoreError> {
    let db = |e: redb::StorageError| store.db_err(e);
    let cases = txn.open_table(CASES).map_err(|e| store.db_err(e))?;
    let summaries = txn.open_table(SUMMARIES).map_err(|e| store.db_err(e))?;
    let index = txn.open_table(AUDIT_BY_CASE).map_err(|e| store.db_err(e))?;
    let mut with_history = BTreeSet::new();
    for row in index.iter().map_err(db)? {
        let (k, _) = row.map_err(db)?;
        with_history.insert(k.value().0.to_string());
    }
    for row in cases.iter().map_err(db)? {
        let (k, v) = row.map_err(db)?;
        let id = k.value();
        let (doc, last) = match replay_case(store, txn, id)? {
            Ok(found) => found,
            Err(bad) => return Ok(Some(bad)),
        };
        match stored_case(store, txn, id, v.value())? {
            None => return Ok(Some((last, format!("case {id} is damaged (checksum)")))),
            Some(stored) if normalized(&stored) != normalized(&doc) => {
                return Ok(Some((
                    last,
                    format!("the stored case {id} differs from its history"),
                )));
            }
            Some(_) => {}
        }
        let summary = summaries.get(id).map_err(db)?;
        match summary.map(|v| open_summary(id, v.value(), store.legacy).is_some()) {
            None => return Ok(Some((last, format!("the summary of case {id} is missing")))),
            Some(false) => {
                return Ok(Some((
                    last,
                    format!("the summary of case {id} is damaged (checksum)"),
                )));
            }
            Some(true) => {}
        }
        with_history.remove(id);
    }
    if let Some(id) = with_history.first() {
        return Ok(Some((0, format!("case {id} has a history but is missing"))));
    }
    Ok(None)
}

/// A case document as the current `Case` type reads and writes it. A field added to the
/// type since a case was last written is absent from its older events but present (at its
/// default) in every row written since, so both sides are compared after one round trip.
fn normalized(doc: &Value) -> Value {
    match serde_json::from_value::<crate::domain::Case>(doc.clone()) {
        Ok(case) => serde_json::to_value(&case).unwrap_or_else(|_| doc.clone()),
        Err(_) => doc.clone(),
    }
}
