//! Notes in their own table, keyed by (case id, index from 0). Adding a note writes one
//! note row, the small case row (revision, time) and its event: the same work on a case
//! with a hundred thousand notes as on one with none. A case read for display carries its
//! latest [`NOTE_WINDOW`] notes; `note_count` says how many there are.

use redb::{ReadableTable, WriteTransaction};
use serde_json::Value;

use super::audit::Change;
use super::error::StoreError;
use super::limits;
use super::rows::{note_key, seal};
use super::tables::{CASES, META, NOTES};
use super::{Store, WriteCtx};
use crate::domain::{Case, Note};

/// The notes a case read for display carries (the latest ones).
pub const NOTE_WINDOW: usize = 50;

/// How many notes case `id` has: one past the last index, found without a scan.
pub(crate) fn count_in(
    store: &Store,
    table: &impl ReadableTable<(&'static str, u64), &'static [u8]>,
    id: &str,
) -> Result<u64, StoreError> {
    let mut range = table
        .range((id, 0u64)..=(id, u64::MAX))
        .map_err(|e| store.db_err(e))?;
    match range.next_back() {
        Some(row) => Ok(row.map_err(|e| store.db_err(e))?.0.value().1 + 1),
        None => Ok(0),
    }
}

/// The notes of `id` from index `from` on, oldest first, each checked.
pub(crate) fn read_from(
    store: &Store,
    table: &impl ReadableTable<(&'static str, u64), &'static [u8]>,
    id: &str,
    from: u64,
) -> Result<Vec<Note>, StoreError> {
    let mut out = Vec::new();
    for row in table
        .range((id, from)..=(id, u64::MAX))
        .map_err(|e| store.db_err(e))?
    {
        let (k, v) = row.map_err(|e| store.db_err(e))?;
        let key = note_key(id, k.value().1);
        out.push(store.open_row("notes", id, &key, v.value())?);
    }
    Ok(out)
}

impl Store {
    /// Attaches the notes of `case` as a read wants them: the latest [`NOTE_WINDOW`], or
    /// all. A schema-1 store keeps them in the case row already.
    pub(crate) fn attach_notes(
        &self,
        txn: &redb::ReadTransaction,
        case: &mut Case,
        all: bool,
    ) -> Result<(), StoreError> {
        if self.legacy {
            if !all && case.notes.len() > NOTE_WINDOW {
                case.notes.drain(..case.notes.len() - NOTE_WINDOW);
            }
            return Ok(());
        }
        let table = txn.open_table(NOTES).map_err(|e| self.db_err(e))?;
        let from = if all {
            0
        } else {
            count_in(self, &table, &case.id)?.saturating_sub(NOTE_WINDOW as u64)
        };
        case.notes = read_from(self, &table, &case.id, from)?;
        Ok(())
    }

    /// How many notes case `id` has.
    pub fn note_count(&self, id: &str) -> Result<u64, StoreError> {
        self.guard(|| {
            let txn = self.read_txn()?;
            if self.legacy {
                return Ok(self.get(id)?.map(|c| c.notes.len() as u64).unwrap_or(0));
            }
            let table = txn.open_table(NOTES).map_err(|e| self.db_err(e))?;
            count_in(self, &table, id)
        })
    }

    /// Appends a note to case `id` (no revision check: notes never conflict). The case's
    /// revision and time move on, as for any change; the returned case carries its latest
    /// notes.
    pub fn add_note(&self, ctx: &WriteCtx, id: &str, note: Note) -> Result<Case, StoreError> {
        self.write(|txn| {
            let before = self.case_in_write(txn, id)?;
            let index = {
                let table = txn.open_table(NOTES).map_err(|e| self.db_err(e))?;
                count_in(self, &table, id)?
            };
            limits::check_notes(id, index + 1)?;
            let mut after = before.clone();
            after.rev = before.rev + 1;
            after.updated_at = ctx.now;
            self.put_case(txn, &after)?;
            let note_value = serde_json::to_value(&note).unwrap_or(Value::Null);
            {
                let mut table = txn.open_table(NOTES).map_err(|e| self.db_err(e))?;
                table
                    .insert((id, index), seal(&note_key(id, index), &note).as_slice())
                    .map_err(|e| self.db_err(e))?;
            }
            let changes = vec![
                Change {
                    path: "rev".to_string(),
                    before: Value::from(before.rev),
                    after: Value::from(after.rev),
                },
                Change {
                    path: "updated_at".to_string(),
                    before: serde_json::to_value(before.updated_at).unwrap_or(Value::Null),
                    after: serde_json::to_value(after.updated_at).unwrap_or(Value::Null),
                },
                Change {
                    path: format!("notes[{index}]"),
                    before: Value::Null,
                    after: note_value,
                },
            ];
            let mut meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
            self.record(txn, &mut meta, ctx, id, "note", "", changes)?;
            drop(meta);
            let table = txn.open_table(NOTES).map_err(|e| self.db_err(e))?;
            let from = (index + 1).saturating_sub(NOTE_WINDOW as u64);
            after.notes = read_from(self, &table, id, from)?;
            Ok(after)
        })
    }

    /// Writes the notes of a case being created or imported, from index 0.
    pub(crate) fn put_new_notes(
        &self,
        txn: &WriteTransaction,
        case: &Case,
    ) -> Result<(), StoreError> {
        limits::check_notes(&case.id, case.notes.len() as u64)?;
        let id = case.id.as_str();
        let mut table = txn.open_table(NOTES).map_err(|e| self.db_err(e))?;
        for (i, note) in case.notes.iter().enumerate() {
            let i = i as u64;
            table
                .insert((id, i), seal(&note_key(id, i), note).as_slice())
                .map_err(|e| self.db_err(e))?;
        }
        Ok(())
    }

    /// Case `id` as stored (no notes), read inside a write transaction.
    pub(crate) fn case_in_write(
        &self,
        txn: &WriteTransaction,
        id: &str,
    ) -> Result<Case, StoreError> {
        let cases = txn.open_table(CASES).map_err(|e| self.db_err(e))?;
        let bytes = cases
            .get(id)
            .map_err(|e| self.db_err(e))?
            .ok_or_else(|| StoreError::NotFound { id: id.to_string() })?;
        self.open_row("cases", id, id, bytes.value())
    }
}
