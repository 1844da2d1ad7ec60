//! Rebuilding damaged rows from the audit trail (`jiebang audit verify --repair`).
//!
//! A case row, its notes and its summary are exactly what replaying the case's events
//! gives, and the events are hash-chained. So once the chain verifies, any case whose rows
//! fail their checksum or differ from the replay is rewritten from the replay: no backup
//! needed, nothing newer lost. A broken chain is not repaired from (restore a backup).

use redb::{ReadableTable, WriteTransaction};
use serde_json::Value;

use super::consistency::{replay_case, stored_case};
use super::error::StoreError;
use super::rows::{note_key, seal};
use super::summary_codec::{open_summary, seal_summary};
use super::tables::{AUDIT_BY_CASE, CASES, META, NOTES, SUMMARIES};
use super::{Store, WriteCtx};
use crate::domain::{Case, CaseSummary};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RepairReport {
    /// The cases whose rows were rewritten from their history.
    pub repaired: Vec<String>,
}

/// A case to rewrite: its replayed document and the last event it was replayed to.
struct Fix {
    id: String,
    doc: Value,
    last: u64,
}

impl Store {
    /// Rewrites every damaged case from its verified history, each with a `repair` event.
    pub fn repair(&self, ctx: &WriteCtx) -> Result<RepairReport, StoreError> {
        let fixes = self.guard(|| self.find_damage())??;
        let mut report = RepairReport::default();
        if fixes.is_empty() {
            return Ok(report);
        }
        self.write(|txn| {
            for fix in &fixes {
                if self.last_seq_in(txn, &fix.id)? != fix.last {
                    // Written since we looked: that write stored a whole row again.
                    continue;
                }
                self.rewrite(txn, fix)?;
                let mut meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
                let note = "rebuilt from the audit trail";
                self.record(txn, &mut meta, ctx, &fix.id, "repair", note, Vec::new())?;
                report.repaired.push(fix.id.clone());
            }
            Ok::<_, StoreError>(())
        })?;
        Ok(report)
    }

    /// Every case whose rows do not match its replayed history, once the chain verifies.
    fn find_damage(&self) -> Result<Result<Vec<Fix>, StoreError>, StoreError> {
        let txn = self.read_txn()?;
        let chain = self.verify_chain(&txn)?;
        if let Some((seq, reason)) = chain.first_bad {
            return Ok(Err(StoreError::AuditBroken {
                path: self.path().to_path_buf(),
                seq,
                reason,
            }));
        }
        let index = txn.open_table(AUDIT_BY_CASE).map_err(|e| self.db_err(e))?;
        let cases = txn.open_table(CASES).map_err(|e| self.db_err(e))?;
        let summaries = txn.open_table(SUMMARIES).map_err(|e| self.db_err(e))?;
        let mut ids = std::collections::BTreeSet::new();
        for row in index.iter().map_err(|e| self.db_err(e))? {
            let (k, _) = row.map_err(|e| self.db_err(e))?;
            ids.insert(k.value().0.to_string());
        }
        let mut fixes = Vec::new();
        for id in ids {
            let (doc, last) = match replay_case(self, &txn, &id)? {
                Ok(found) => found,
                Err((seq, reason)) => {
                    return Ok(Err(StoreError::AuditBroken {
                        path: self.path().to_path_buf(),
                        seq,
                        reason,
                    }));
                }
            };
            let stored = match cases.get(id.as_str()).map_err(|e| self.db_err(e))? {
                Some(v) => stored_case(self, &txn, &id, v.value())?,
                None => None,
            };
            // Any layout this build reads; one that does not decode is rewritten from the
            // case. (Not compared with the case: a summary written by an older build lacks
            // fields added since, and is right as it is.)
            let summary_ok = summaries
                .get(id.as_str())
                .map_err(|e| self.db_err(e))?
                .is_some_and(|v| open_summary(&id, v.value(), self.legacy).is_some());
            if stored.as_ref() != Some(&doc) || !summary_ok {
                fixes.push(Fix { id, doc, last });
            }
        }
        Ok(Ok(fixes))
    }

    fn last_seq_in(&self, txn: &WriteTransaction, id: &str) -> Result<u64, StoreError> {
        let index = txn.open_table(AUDIT_BY_CASE).map_err(|e| self.db_err(e))?;
        let mut range = index
            .range((id, 0u64)..=(id, u64::MAX))
            .map_err(|e| self.db_err(e))?;
        Ok(match range.next_back() {
            Some(row) => row.map_err(|e| self.db_err(e))?.0.value().1,
            None => 0,
        })
    }

    /// Writes the case row, its notes and its summary from the replayed document.
    fn rewrite(&self, txn: &WriteTransaction, fix: &Fix) -> Result<(), StoreError> {
        let id = fix.id.as_str();
        let mut doc = fix.doc.clone();
        let case: Case = serde_json::from_value(doc.clone()).map_err(|e| StoreError::Corrupt {
            path: self.path().to_path_buf(),
            detail: format!("the history of case {id} does not replay to a case: {e}"),
        })?;
        let notes = match doc.get_mut("notes") {
            Some(Value::Array(list)) => std::mem::take(list),
            _ => Vec::new(),
        };
        let mut table = txn.open_table(NOTES).map_err(|e| self.db_err(e))?;
        table
            .retain_in((id, 0u64)..=(id, u64::MAX), |_, _| false)
            .map_err(|e| self.db_err(e))?;
        for (i, note) in notes.iter().enumerate() {
            let i = i as u64;
            table
                .insert((id, i), seal(&note_key(id, i), note).as_slice())
                .map_err(|e| self.db_err(e))?;
        }
        drop(table);
        let mut cases = txn.open_table(CASES).map_err(|e| self.db_err(e))?;
        cases
            .insert(id, seal(id, &doc).as_slice())
            .map_err(|e| self.db_err(e))?;
        let summary = CaseSummary::of(&case);
        let mut summaries = txn.open_table(SUMMARIES).map_err(|e| self.db_err(e))?;
        summaries
            .insert(id, seal_summary(&summary).as_slice())
            .map_err(|e| self.db_err(e))?;
        drop(summaries);
        super::search_rows::put(self, txn, &summary)
    }
}
