//! The audit trail: append-only, hash-chained events with field-level changes.
//!
//! `hash = SHA-256(prev_hash ‖ canonical JSON of the event without "hash")`, hex. The
//! canonical form sorts object keys itself, so the hash does not depend on serde_json's
//! map ordering features. `meta` remembers the number of events and the last hash, so
//! removing events from the end is detected too.

use chrono::{DateTime, Utc};
use redb::{ReadableTable, Table};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::error::StoreError;
use super::tables::{
    AUDIT, AUDIT_BY_CASE, AUDIT_HEAD_KEY, AUDIT_LEN_KEY, GENESIS_HASH, META, from_json, meta_u64,
    to_json,
};
use super::{Actor, Store};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// `stage`, `takers[0].org.name`; empty for the whole case on create and import.
    pub path: String,
    pub before: Value,
    pub after: Value,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub seq: u64,
    pub at: DateTime<Utc>,
    pub actor: Actor,
    /// Empty for store-wide changes (blacklist, saved views).
    pub case_id: String,
    pub action: String,
    pub note: String,
    pub changes: Vec<Change>,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditReport {
    pub events: u64,
    /// The first event that fails the check, and why.
    pub first_bad: Option<(u64, String)>,
}

impl AuditEvent {
    /// The hash this event should carry given its content and `prev_hash`.
    pub fn compute_hash(&self) -> String {
        self.hash_of(&self.canonical_without_hash())
    }

    fn hash_of(&self, canonical: &[u8]) -> String {
        let mut hasher = Sha256::new();
        hasher.update(self.prev_hash.as_bytes());
        hasher.update(canonical);
        hex(&hasher.finalize())
    }

    /// `canonical(to_value(self) minus "hash")`, written field by field (keys in sorted
    /// order) because cloning whole cases into a `Value` per event made verify slow.
    fn canonical_without_hash(&self) -> Vec<u8> {
        self.canonical_with(|out| {
            for (i, c) in self.changes.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.extend_from_slice(b"{\"after\":");
                canonical(&c.after, out);
                out.extend_from_slice(b",\"before\":");
                canonical(&c.before, out);
                out.extend_from_slice(b",\"path\":");
                write_json(out, &c.path);
                out.push(b'}');
            }
        })
    }

    /// The canonical text with `changes` writing the inside of the `changes` array.
    fn canonical_with(&self, changes: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        out.extend_from_slice(b"{\"action\":");
        write_json(&mut out, &self.action);
        out.extend_from_slice(b",\"actor\":{\"ssh_client\":");
        write_json(&mut out, &self.actor.ssh_client);
        out.extend_from_slice(b",\"user\":");
        write_json(&mut out, &self.actor.user);
        out.extend_from_slice(b"},\"at\":");
        write_json(&mut out, &self.at);
        out.extend_from_slice(b",\"case_id\":");
        write_json(&mut out, &self.case_id);
        out.extend_from_slice(b",\"changes\":[");
        changes(&mut out);
        out.extend_from_slice(b"],\"note\":");
        write_json(&mut out, &self.note);
        out.extend_from_slice(b",\"prev_hash\":");
        write_json(&mut out, &self.prev_hash);
        out.extend_from_slice(b",\"seq\":");
        write_json(&mut out, &self.seq);
        out.push(b'}');
        out
    }
}

/// Appends the plain JSON of one value (strings escaped the way serde_json escapes them).
/// Writing into a `Vec` cannot fail.
fn write_json<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let _ = serde_json::to_writer(&mut *out, value);
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// JSON with object keys sorted at every level and no whitespace. Written straight into
/// `out`: an import hashes every case whole, and a string per key and per leaf was a
/// fifth of its time.
pub(super) fn canonical(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Object(map) => {
            out.push(b'{');
            // serde_json's map is sorted unless a crate turns on `preserve_order`.
            if map.keys().is_sorted() {
                canonical_entries(map.iter(), out);
            } else {
                let mut entries: Vec<(&String, &Value)> = map.iter().collect();
                entries.sort_by(|a, b| a.0.cmp(b.0));
                canonical_entries(entries.into_iter(), out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                canonical(v, out);
            }
            out.push(b']');
        }
        other => write_json(out, other),
    }
}

fn canonical_entries<'a>(
    entries: impl Iterator<Item = (&'a String, &'a Value)>,
    out: &mut Vec<u8>,
) {
    for (i, (k, v)) in entries.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_json(out, k.as_str());
        out.push(b':');
        canonical(v, out);
    }
}

/// Leaf-level differences. Objects are compared key by key, arrays index by index; an
/// element added at the end is `null → value`, one removed is `value → null` (listed from
/// the last index down so replay can pop them). Case arrays never hold nulls, so this is
/// unambiguous for cases.
pub fn diff(before: &Value, after: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    diff_into(String::new(), before, after, &mut out);
    out
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn diff_into(path: String, a: &Value, b: &Value, out: &mut Vec<Change>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, va) in x {
                let vb = y.get(k).unwrap_or(&Value::Null);
                diff_into(child(&path, k), va, vb, out);
            }
            for (k, vb) in y {
                if !x.contains_key(k) {
                    diff_into(child(&path, k), &Value::Null, vb, out);
                }
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            let common = x.len().min(y.len());
            for i in 0..common {
                diff_into(format!("{path}[{i}]"), &x[i], &y[i], out);
            }
            for (i, v) in y.iter().enumerate().skip(common) {
                out.push(Change {
                    path: format!("{path}[{i}]"),
                    before: Value::Null,
                    after: v.clone(),
                });
            }
            for i in (common..x.len()).rev() {
                out.push(Change {
                    path: format!("{path}[{i}]"),
                    before: x[i].clone(),
                    after: Value::Null,
                });
            }
        }
        _ if a == b => {}
        _ => out.push(Change {
            path,
            before: a.clone(),
            after: b.clone(),
        }),
    }
}

enum Seg {
    Key(String),
    Index(usize),
}

fn parse_path(path: &str) -> Vec<Seg> {
    let mut segs = Vec::new();
    for part in path.split('.') {
        let (name, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !name.is_empty() {
            segs.push(Seg::Key(name.to_string()));
        }
        while let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else { break };
            if let Ok(i) = r[..end].parse() {
                segs.push(Seg::Index(i));
            }
            rest = &r[end + 1..];
        }
    }
    segs
}

pub(super) fn apply(root: &mut Value, change: &Change) {
    let segs = parse_path(&change.path);
    let Some((last, parents)) = segs.split_last() else {
        *root = change.after.clone();
        return;
    };
    let mut node = root;
    for seg in parents {
        node = match seg {
            Seg::Key(k) => {
                if !node.is_object() {
                    *node = Value::Object(Default::default());
                }
                node.as_object_mut()
                    .map(|m| m.entry(k.clone()).or_insert(Value::Null))
                    .expect("made an object above")
            }
            Seg::Index(i) => {
                if !node.is_array() {
                    *node = Value::Array(Vec::new());
                }
                let arr = node.as_array_mut().expect("made an array above");
                while arr.len() <= *i {
                    arr.push(Value::Null);
                }
                &mut arr[*i]
            }
        };
    }
    match last {
        Seg::Key(k) => {
            if !node.is_object() {
                *node = Value::Object(Default::default());
            }
            if let Some(m) = node.as_object_mut() {
                m.insert(k.clone(), change.after.clone());
            }
        }
        Seg::Index(i) => {
            if !node.is_array() {
                *node = Value::Array(Vec::new());
            }
            let Some(arr) = node.as_array_mut() else {
                return;
            };
            if change.after.is_null() && !change.before.is_null() {
                arr.truncate(*i);
            } else {
                while arr.len() <= *i {
                    arr.push(Value::Null);
                }
                arr[*i] = change.after.clone();
            }
        }
    }
}

/// Takes `changes` back out of `root`: each applied the other way round, last first (what
/// an undo writes as its own new event).
pub fn unapply(root: &mut Value, changes: &[Change]) {
    for c in changes.iter().rev() {
        let back = Change {
            path: c.path.clone(),
            before: c.after.clone(),
            after: c.before.clone(),
        };
        apply(root, &back);
    }
}

/// Every case's JSON as the trail tells it, events applied in order.
pub fn replay(events: &[AuditEvent]) -> std::collections::BTreeMap<String, Value> {
    let mut cases = std::collections::BTreeMap::new();
    for event in events.iter().filter(|e| !e.case_id.is_empty()) {
        let doc = cases.entry(event.case_id.clone()).or_insert(Value::Null);
        for change in &event.changes {
            apply(doc, change);
        }
    }
    cases
}

/// What a write asks the trail to record; `append` fills in seq and hashes.
pub(crate) struct NewEvent<'a> {
    pub actor: &'a Actor,
    pub at: DateTime<Utc>,
    pub case_id: &'a str,
    pub action: &'a str,
    pub note: &'a str,
    pub changes: Vec<Change>,
}

/// Appends inside the caller's write transaction and advances the chain head in `meta`.
pub(crate) fn append(
    store: &Store,
    txn: &redb::WriteTransaction,
    meta: &mut Table<&'static str, &'static str>,
    new: NewEvent<'_>,
) -> Result<AuditEvent, StoreError> {
    let mut event = next_event(store, meta, new)?;
    event.hash = event.hash_of(&event.canonical_without_hash());
    put_event(store, txn, meta, &event, &to_json(&event))?;
    Ok(event)
}

/// [`append`] of an event whose one change is the whole of `doc` (`null → doc`, path
/// empty): what create and import record (`new.changes` is not read). Its hash and its
/// stored row are written from `doc` itself, never from a `Value` of it, and the row is
/// the hashed canonical text with the hash added (keys in any order read back the same):
/// an import records every case whole. The row reads back as the event [`append`] would
/// store.
pub(crate) fn append_whole<T: Serialize>(
    store: &Store,
    txn: &redb::WriteTransaction,
    meta: &mut Table<&'static str, &'static str>,
    new: NewEvent<'_>,
    doc: &T,
) -> Result<(), StoreError> {
    let Some(after) = super::canonical::to_canonical(doc) else {
        let whole = Change {
            path: String::new(),
            before: Value::Null,
            after: serde_json::to_value(doc).unwrap_or(Value::Null),
        };
        let changes = vec![whole];
        return append(store, txn, meta, NewEvent { changes, ..new }).map(drop);
    };
    let mut event = next_event(
        store,
        meta,
        NewEvent {
            changes: Vec::new(),
            ..new
        },
    )?;
    let mut row = event.canonical_with(|out| {
        out.extend_from_slice(b"{\"after\":");
        out.extend_from_slice(&after);
        out.extend_from_slice(b",\"before\":null,\"path\":\"\"}");
    });
    event.hash = event.hash_of(&row);
    // The canonical text is one object: its closing brace is its last byte.
    row.pop();
    row.extend_from_slice(b",\"hash\":");
    write_json(&mut row, &event.hash);
    row.push(b'}');
    put_event(store, txn, meta, &event, &row)
}

/// The event `new` becomes at the head of the chain, its hash not yet computed.
fn next_event(
    store: &Store,
    meta: &Table<&'static str, &'static str>,
    new: NewEvent<'_>,
) -> Result<AuditEvent, StoreError> {
    let path = store.path();
    let len = meta_u64(path, meta, AUDIT_LEN_KEY)?;
    let prev_hash = meta
        .get(AUDIT_HEAD_KEY)
        .map_err(|e| StoreError::db(path, e))?
        .map(|v| v.value().to_string())
        .unwrap_or_else(|| GENESIS_HASH.to_string());
    Ok(AuditEvent {
        seq: len + 1,
        at: new.at,
        actor: new.actor.clone(),
        case_id: new.case_id.to_string(),
        action: new.action.to_string(),
        note: new.note.to_string(),
        changes: new.changes,
        prev_hash,
        hash: String::new(),
    })
}

/// Stores the event's row under its number, indexes it by case and advances the head.
fn put_event(
    store: &Store,
    txn: &redb::WriteTransaction,
    meta: &mut Table<&'static str, &'static str>,
    event: &AuditEvent,
    row: &[u8],
) -> Result<(), StoreError> {
    let path = store.path();
    let mut audit = txn.open_table(AUDIT).map_err(|e| StoreError::db(path, e))?;
    audit
        .insert(event.seq, row)
        .map_err(|e| StoreError::db(path, e))?;
    if !event.case_id.is_empty() {
        let mut index = txn
            .open_table(AUDIT_BY_CASE)
            .map_err(|e| StoreError::db(path, e))?;
        index
            .insert((event.case_id.as_str(), event.seq), ())
            .map_err(|e| StoreError::db(path, e))?;
    }
    let seq = event.seq.to_string();
    meta.insert(AUDIT_LEN_KEY, seq.as_str())
        .map_err(|e| StoreError::db(path, e))?;
    meta.insert(AUDIT_HEAD_KEY, event.hash.as_str())
        .map_err(|e| StoreError::db(path, e))?;
    Ok(())
}

impl Store {
    /// Every event in order, or the events of one case.
    pub fn events(&self, case_id: Option<&str>) -> Result<Vec<AuditEvent>, StoreError> {
        self.guard(|| {
            let path = self.path();
            let txn = self.read_txn()?;
            let audit = txn.open_table(AUDIT).map_err(|e| StoreError::db(path, e))?;
            let mut out = Vec::new();
            match case_id {
                None => {
                    for row in audit.iter().map_err(|e| StoreError::db(path, e))? {
                        let (_, v) = row.map_err(|e| StoreError::db(path, e))?;
                        out.push(from_json(path, "audit event", v.value())?);
                    }
                }
                Some(id) => {
                    let index = txn
                        .open_table(AUDIT_BY_CASE)
                        .map_err(|e| StoreError::db(path, e))?;
                    for row in index
                        .range((id, 0u64)..=(id, u64::MAX))
                        .map_err(|e| StoreError::db(path, e))?
                    {
                        let (k, _) = row.map_err(|e| StoreError::db(path, e))?;
                        let seq = k.value().1;
                        if let Some(v) = audit.get(seq).map_err(|e| StoreError::db(path, e))? {
                            out.push(from_json(path, "audit event", v.value())?);
                        }
                    }
                }
            }
            Ok(out)
        })
    }

    /// The latest `n` events of one case, oldest first, and how many it has in all: a
    /// case with a long history shows fast.
    pub fn events_tail(
        &self,
        case_id: &str,
        n: usize,
    ) -> Result<(Vec<AuditEvent>, u64), StoreError> {
        self.guard(|| {
            let path = self.path();
            let txn = self.read_txn()?;
            let db = |e: redb::StorageError| StoreError::db(path, e);
            let audit = txn.open_table(AUDIT).map_err(|e| StoreError::db(path, e))?;
            let index = txn
                .open_table(AUDIT_BY_CASE)
                .map_err(|e| StoreError::db(path, e))?;
            let range = || index.range((case_id, 0u64)..=(case_id, u64::MAX));
            let total = range().map_err(db)?.count() as u64;
            let mut out = Vec::with_capacity(n);
            for row in range().map_err(db)?.rev().take(n) {
                let (k, _) = row.map_err(db)?;
                if let Some(v) = audit.get(k.value().1).map_err(db)? {
                    out.push(from_json(path, "audit event", v.value())?);
                }
            }
            out.reverse();
            Ok((out, total))
        })
    }

    pub fn last_event(&self, case_id: &str) -> Result<Option<AuditEvent>, StoreError> {
        let txn = self.read_txn()?;
        txn.last_event_of(self.path(), case_id)
    }

    /// Walks the whole chain and names the first event that was edited, removed,
    /// reordered or inserted; then checks every stored case is what its history says.
    pub fn verify_audit(&self) -> Result<AuditReport, StoreError> {
        self.guard(|| {
            let txn = self.read_txn()?;
            let report = self.verify_chain(&txn)?;
            if report.first_bad.is_some() {
                return Ok(report);
            }
            if let Some(bad) = super::consistency::cases_match_history(self, &txn)? {
                return Ok(AuditReport {
                    events: report.events,
                    first_bad: Some(bad),
                });
            }
            Ok(report)
        })
    }

    /// The hash chain alone: every event in place, unaltered, following the previous.
    pub(super) fn verify_chain(
        &self,
        txn: &redb::ReadTransaction,
    ) -> Result<AuditReport, StoreError> {
        let path = self.path();
        let audit = txn.open_table(AUDIT).map_err(|e| StoreError::db(path, e))?;
        let meta = txn.open_table(META).map_err(|e| StoreError::db(path, e))?;
        let recorded_len = meta_u64(path, &meta, AUDIT_LEN_KEY)?;
        let recorded_head = meta
            .get(AUDIT_HEAD_KEY)
            .map_err(|e| StoreError::db(path, e))?
            .map(|v| v.value().to_string())
            .unwrap_or_else(|| GENESIS_HASH.to_string());
        let mut prev = GENESIS_HASH.to_string();
        let mut count = 0u64;
        let bad = |seq: u64, why: &str| AuditReport {
            events: recorded_len,
            first_bad: Some((seq, why.to_string())),
        };
        for row in audit.iter().map_err(|e| StoreError::db(path, e))? {
            let (k, v) = row.map_err(|e| StoreError::db(path, e))?;
            let key = k.value();
            let expected = count + 1;
            if key != expected {
                return Ok(bad(expected, "missing"));
            }
            let event: AuditEvent = match serde_json::from_slice(v.value()) {
                Ok(e) => e,
                Err(_) => return Ok(bad(key, "unreadable")),
            };
            if event.seq != key {
                return Ok(bad(key, "out of order"));
            }
            if event.prev_hash != prev {
                return Ok(bad(key, "does not follow the previous event"));
            }
            if event.compute_hash() != event.hash {
                return Ok(bad(key, "altered"));
            }
            prev = event.hash;
            count += 1;
        }
        if count < recorded_len {
            return Ok(bad(count + 1, "missing"));
        }
        if count > recorded_len || prev != recorded_head {
            return Ok(bad(count, "not the recorded last event"));
        }
        Ok(AuditReport {
            events: count,
            first_bad: None,
        })
    }
}

/// Read and write transactions open tables differently; this lets both look up the last
/// event of a case (the stale check runs inside the write transaction).
pub(crate) trait AuditSource {
    fn last_event_of(
        &self,
        path: &std::path::Path,
        case_id: &str,
    ) -> Result<Option<AuditEvent>, StoreError>;
}

fn last_from(
    path: &std::path::Path,
    index: &impl ReadableTable<(&'static str, u64), ()>,
    audit: &impl ReadableTable<u64, &'static [u8]>,
    case_id: &str,
) -> Result<Option<AuditEvent>, StoreError> {
    let mut range = index
        .range((case_id, 0u64)..=(case_id, u64::MAX))
        .map_err(|e| StoreError::db(path, e))?;
    let Some(row) = range.next_back() else {
        return Ok(None);
    };
    let (k, _) = row.map_err(|e| StoreError::db(path, e))?;
    match audit
        .get(k.value().1)
        .map_err(|e| StoreError::db(path, e))?
    {
        Some(v) => Ok(Some(from_json(path, "audit event", v.value())?)),
        None => Ok(None),
    }
}

impl AuditSource for redb::ReadTransaction {
    fn last_event_of(
        &self,
        path: &std::path::Path,
        case_id: &str,
    ) -> Result<Option<AuditEvent>, StoreError> {
        let index = self
            .open_table(AUDIT_BY_CASE)
            .map_err(|e| StoreError::db(path, e))?;
        let audit = self
            .open_table(AUDIT)
            .map_err(|e| StoreError::db(path, e))?;
        last_from(path, &index, &audit, case_id)
    }
}

impl AuditSource for redb::WriteTransaction {
    fn last_event_of(
        &self,
        path: &std::path::Path,
        case_id: &str,
    ) -> Result<Option<AuditEvent>, StoreError> {
        let index = self
            .open_table(AUDIT_BY_CASE)
            .map_err(|e| StoreError::db(path, e))?;
        let audit = self
            .open_table(AUDIT)
            .map_err(|e| StoreError::db(path, e))?;
        last_from(path, &index, &audit, case_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_is_leaf_level_and_replay_rebuilds_the_after_state() {
        let before = json!({"stage": "collecting", "takers": [{"org": {"name": "甲"}}],
                            "notes": [1, 2, 3], "end": null});
        let after = json!({"stage": "validating", "takers": [{"org": {"name": "乙"}}, {"org": {"name": "丙"}}],
                           "notes": [1], "end": "2027-01-01"});
        let changes = diff(&before, &after);
        let mut paths: Vec<&str> = changes.iter().map(|c| c.path.as_str()).collect();
        let removals: Vec<&str> = paths
            .iter()
            .copied()
            .filter(|p| p.starts_with("notes"))
            .collect();
        assert_eq!(
            removals,
            ["notes[2]", "notes[1]"],
            "removed from the end down"
        );
        paths.sort();
        assert_eq!(
            paths,
            [
                "end",
                "notes[1]",
                "notes[2]",
                "stage",
                "takers[0].org.name",
                "takers[1]"
            ]
        );
        let mut doc = before.clone();
        for c in &changes {
            apply(&mut doc, c);
        }
        assert_eq!(doc, after);
    }

    #[test]
    fn equal_documents_have_no_changes() {
        let v = json!({"a": [1, {"b": null}], "c": "x"});
        assert!(diff(&v, &v).is_empty());
    }

    #[test]
    fn the_hashed_text_is_the_canonical_json_of_the_event_without_its_hash() {
        let event = AuditEvent {
            seq: 7,
            at: "2026-05-01T08:00:00Z".parse().unwrap(),
            actor: Actor {
                user: "zhang".into(),
                ssh_client: Some("10.0.0.7 \"x\"".into()),
            },
            case_id: "JB-2026-0001".into(),
            action: "edit".into(),
            note: "备注\n\u{1b}".into(),
            changes: vec![Change {
                path: "takers[0].org.name".into(),
                before: json!({"z": 1, "a": [null, "乙"]}),
                after: json!(2.5),
            }],
            prev_hash: GENESIS_HASH.into(),
            hash: "ignored".into(),
        };
        let mut value = serde_json::to_value(&event).unwrap();
        value.as_object_mut().unwrap().remove("hash");
        let mut generic = Vec::new();
        canonical(&value, &mut generic);
        assert_eq!(event.canonical_without_hash(), generic);
        let mut other = event.clone();
        other.note.push('!');
        assert_ne!(other.compute_hash(), event.compute_hash());
    }

    #[test]
    fn canonical_form_sorts_keys_so_the_hash_ignores_map_order() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        canonical(&json!({"b": 1, "a": {"d": 2, "c": 3}}), &mut a);
        let mut map = serde_json::Map::new();
        map.insert("a".into(), json!({"c": 3, "d": 2}));
        map.insert("b".into(), json!(1));
        canonical(&Value::Object(map), &mut b);
        assert_eq!(a, b);
        assert_eq!(a, br#"{"a":{"c":3,"d":2},"b":1}"#);
    }
}
