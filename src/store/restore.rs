//! Restore, in place: the backup's content is written into the live store in one write
//! transaction under the writer lock, not swapped in as another file.
//!
//! Why in place: every process that has the store open (TUIs, scripts, a long import)
//! holds the file, not the path. A rename would leave them writing into the replaced,
//! deleted file, their writes confirmed and lost. Written in place, every open handle sees
//! the restored content at its next read, and writes queue behind the restore on the
//! writer lock. Two more guards close the gap for a process that read before the restore
//! and writes after:
//! - the store generation changes (see `generation`): that process's next write is
//!   refused with exit 6 ("restored at HH:MM by USER"), and it reads again;
//! - a case that changed since the backup gets a revision above both its live and its
//!   backed-up one (an audited `restore` event), so a form based on a revision from
//!   before the restore can never match a restored case.
//!
//! Drafts are not replaced: they are officers' unsaved typing, not store content. The
//! restore is an audit event naming the backup, its event count and head hash.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;

use redb::{ReadableTable, ReadableTableMetadata, TableDefinition, WriteTransaction};
use serde_json::{Value, json};

use super::audit::Change;
use super::backup::{copy_table, parent_dir, same_file};
use super::error::StoreError;
use super::generation::{Restored, new_generation};
use super::rows::{seal, unseal};
use super::summary_codec::{open_summary, seal_summary};
use super::tables::{
    AUDIT, AUDIT_BY_CASE, AUDIT_HEAD_KEY, BLACKLIST, CASES, COUNTER_KEY, GENERATION_KEY, META,
    NOTES, RESTORED_KEY, SUMMARIES, VIEWS, meta_string, meta_u64,
};
use super::{OpenOptions, Store, WriteCtx, temps};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreReport {
    /// Cases in the store after the restore.
    pub cases: u64,
    /// Audit events of the backup (the restore's own events follow them).
    pub events: u64,
    /// Cases whose revision was moved past the one the live store had.
    pub renumbered: u64,
}

/// A case as the live store had it: revision and a hash of its row.
type LiveRevs = HashMap<String, (u64, u64)>;

impl Store {
    /// Opens the backup at `src` read-only and checks it as strictly as a restore needs:
    /// a jiebang store of a schema we read, its audit chain whole, every row passing its
    /// checksum. Done before the live store is even opened, so a refused restore leaves
    /// it as it was.
    pub fn open_backup(src: &Path) -> Result<Store, StoreError> {
        let backup = Store::open(
            src,
            &OpenOptions {
                read_only: true,
                ..OpenOptions::default()
            },
        )?;
        let audit = backup.verify_audit()?;
        if let Some((seq, reason)) = audit.first_bad {
            return Err(StoreError::AuditBroken {
                path: src.to_path_buf(),
                seq,
                reason,
            });
        }
        let snapshot = backup.read_txn()?;
        backup.check_rows(&snapshot)?;
        Ok(backup)
    }

    /// Replaces this store's content with that of `backup` (from [`Store::open_backup`]).
    pub fn restore_from(
        &self,
        ctx: &WriteCtx,
        backup: &Store,
    ) -> Result<RestoreReport, StoreError> {
        let src = backup.path();
        temps::sweep(parent_dir(self.path()));
        if same_file(src, self.path()) {
            return Err(StoreError::Rejected(format!(
                "{} is the store itself",
                src.display()
            )));
        }
        let snapshot = backup.read_txn()?;
        let audit = backup.verify_chain(&snapshot)?;
        let generation = new_generation();
        let from = src
            .canonicalize()
            .unwrap_or_else(|_| src.to_path_buf())
            .display()
            .to_string();
        let report = self.write(|txn| {
            let live = live_revisions(self, txn)?;
            let live_counter = {
                let meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
                meta_u64(self.path(), &meta, COUNTER_KEY)?
            };
            self.replace_content(txn, &snapshot)?;
            super::migrate::migrate(self.path(), txn)?;
            let renumbered = self.renumber(txn, ctx, &live)?;
            let mut meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
            let restored = Restored {
                at: ctx.now,
                by: ctx.actor.label(),
                from: from.clone(),
            };
            let info = serde_json::to_string(&restored).unwrap_or_default();
            let counter = meta_u64(self.path(), &meta, COUNTER_KEY)?.max(live_counter) + 1;
            let counter = counter.to_string();
            for (k, v) in [
                (GENERATION_KEY, generation.as_str()),
                (RESTORED_KEY, info.as_str()),
                (COUNTER_KEY, counter.as_str()),
            ] {
                meta.insert(k, v).map_err(|e| self.db_err(e))?;
            }
            let head = meta_string(self.path(), &meta, AUDIT_HEAD_KEY)?.unwrap_or_default();
            let change = Change {
                path: "store".to_string(),
                before: Value::Null,
                after: json!({"from": from, "events": audit.events, "head": head}),
            };
            let note = format!("restored from {from}");
            self.record(txn, &mut meta, ctx, "", "restore", &note, vec![change])?;
            drop(meta);
            // The derived search rows are the live store's: rebuilt from the restored
            // summaries, stamped with the counter just recorded.
            super::search_rows::rebuild_in(self, txn)?;
            let cases = txn.open_table(CASES).map_err(|e| self.db_err(e))?;
            Ok(RestoreReport {
                cases: cases.len().map_err(|e| self.db_err(e))?,
                events: audit.events,
                renumbered,
            })
        })?;
        // This process did the restore: its own next write is not stale.
        *self.generation.lock().unwrap_or_else(|p| p.into_inner()) = generation;
        Ok(report)
    }

    /// Empties every table but the drafts and copies the backup's rows in.
    fn replace_content(
        &self,
        txn: &WriteTransaction,
        snapshot: &redb::ReadTransaction,
    ) -> Result<(), StoreError> {
        let r = (|| -> Result<(), redb::Error> {
            clear(txn, META)?;
            clear(txn, CASES)?;
            clear(txn, SUMMARIES)?;
            clear(txn, AUDIT)?;
            clear(txn, BLACKLIST)?;
            clear(txn, VIEWS)?;
            txn.delete_table(NOTES)?;
            txn.delete_table(AUDIT_BY_CASE)?;
            txn.open_table(NOTES)?;
            txn.open_table(AUDIT_BY_CASE)?;
            copy_table(snapshot, txn, META)?;
            copy_table(snapshot, txn, CASES)?;
            copy_table(snapshot, txn, SUMMARIES)?;
            copy_table(snapshot, txn, NOTES)?;
            copy_table(snapshot, txn, AUDIT)?;
            copy_table(snapshot, txn, AUDIT_BY_CASE)?;
            copy_table(snapshot, txn, BLACKLIST)?;
            copy_table(snapshot, txn, VIEWS)?;
            Ok(())
        })();
        r.map_err(|e| self.db_err(e))
    }

    /// Gives every restored case that the live store had at the same or a later revision
    /// (with other content) the revision after the live one, each as an audited event.
    fn renumber(
        &self,
        txn: &WriteTransaction,
        ctx: &WriteCtx,
        live: &LiveRevs,
    ) -> Result<u64, StoreError> {
        let mut moved = Vec::new();
        {
            let cases = txn.open_table(CASES).map_err(|e| self.db_err(e))?;
            for row in cases.iter().map_err(|e| self.db_err(e))? {
                let (k, v) = row.map_err(|e| self.db_err(e))?;
                let id = k.value();
                let Some(&(live_rev, live_hash)) = live.get(id) else {
                    continue;
                };
                let json = unseal(id, v.value(), false).ok_or_else(|| self.damaged(id, "cases"))?;
                let doc: Value =
                    serde_json::from_slice(json).map_err(|_| self.damaged(id, "cases"))?;
                let rev = doc.get("rev").and_then(Value::as_u64).unwrap_or(0);
                if live_rev > rev || (live_rev == rev && live_hash != hash(json)) {
                    moved.push((id.to_string(), doc, rev, live_rev + 1));
                }
            }
        }
        let mut meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
        for (id, mut doc, old, new) in moved.iter().cloned() {
            doc["rev"] = Value::from(new);
            let mut cases = txn.open_table(CASES).map_err(|e| self.db_err(e))?;
            cases
                .insert(id.as_str(), seal(&id, &doc).as_slice())
                .map_err(|e| self.db_err(e))?;
            drop(cases);
            self.set_summary_rev(txn, &id, new)?;
            let change = Change {
                path: "rev".to_string(),
                before: Value::from(old),
                after: Value::from(new),
            };
            let note = "revision moved past the one before the restore";
            self.record(txn, &mut meta, ctx, &id, "restore", note, vec![change])?;
        }
        Ok(moved.len() as u64)
    }

    fn set_summary_rev(
        &self,
        txn: &WriteTransaction,
        id: &str,
        rev: u64,
    ) -> Result<(), StoreError> {
        let mut summaries = txn.open_table(SUMMARIES).map_err(|e| self.db_err(e))?;
        let summary = match summaries.get(id).map_err(|e| self.db_err(e))? {
            Some(v) => {
                let mut s = open_summary(id, v.value(), false)
                    .ok_or_else(|| self.damaged(id, "summaries"))?;
                s.rev = rev;
                s
            }
            None => return Ok(()),
        };
        summaries
            .insert(id, seal_summary(&summary).as_slice())
            .map_err(|e| self.db_err(e))?;
        Ok(())
    }
}

fn clear<K: redb::Key + 'static, V: redb::Value + 'static>(
    txn: &WriteTransaction,
    def: TableDefinition<K, V>,
) -> Result<(), redb::Error> {
    txn.delete_table(def)?;
    txn.open_table(def)?;
    Ok(())
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// The revision and row hash of every live case that reads back whole. A damaged row is
/// left out: its revision cannot be trusted, and the generation check already refuses
/// any process that read it before the restore.
fn live_revisions(store: &Store, txn: &WriteTransaction) -> Result<LiveRevs, StoreError> {
    let mut out = LiveRevs::new();
    let cases = txn.open_table(CASES).map_err(|e| store.db_err(e))?;
    for row in cases.iter().map_err(|e| store.db_err(e))? {
        let (k, v) = row.map_err(|e| store.db_err(e))?;
        let id = k.value();
        let Some(json) = unseal(id, v.value(), store.legacy) else {
            continue;
        };
        let rev = serde_json::from_slice::<Value>(json)
            .ok()
            .and_then(|d| d.get("rev").and_then(Value::as_u64));
        if let Some(rev) = rev {
            out.insert(id.to_string(), (rev, hash(json)));
        }
    }
    Ok(out)
}
