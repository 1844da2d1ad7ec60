//! Cases and their summaries: reads, creation, revision-checked updates, import.

use std::collections::BTreeSet;

use redb::{ReadableTable, ReadableTableMetadata, Table, WriteTransaction};
use serde_json::Value;

use super::audit::{AuditSource, Change, NewEvent, append, append_whole, diff};
use super::error::{StoreError, UpdateError};
use super::rows::{seal, unseal};
use super::summary_codec::{SUMMARY_TAG, seal_summary, summary_officer};
use super::tables::{CASES, COUNTER_KEY, META, NOTES, SUMMARIES, meta_u64, seq_key};
use super::{Store, WriteCtx};
use crate::domain::{Case, CaseSummary, case_id};

impl Store {
    /// Case `id` with its latest [`super::notes::NOTE_WINDOW`] notes (see `note_count`).
    pub fn get(&self, id: &str) -> Result<Option<Case>, StoreError> {
        self.get_with(id, false)
    }

    /// Case `id` with every note.
    pub fn get_full(&self, id: &str) -> Result<Option<Case>, StoreError> {
        self.get_with(id, true)
    }

    fn get_with(&self, id: &str, all_notes: bool) -> Result<Option<Case>, StoreError> {
        self.guard(|| {
            let txn = self.read_txn()?;
            let cases = txn.open_table(CASES).map_err(|e| self.db_err(e))?;
            let Some(v) = cases.get(id).map_err(|e| self.db_err(e))? else {
                return Ok(None);
            };
            let mut case: Case = self.open_row("cases", id, id, v.value())?;
            self.attach_notes(&txn, &mut case, all_notes)?;
            Ok(Some(case))
        })
    }

    /// Every summary, in id order (numeric: `JB-2026-10000` after `JB-2026-9999`). The
    /// first damaged row refuses the whole read, naming its case.
    pub fn summaries(&self) -> Result<Vec<CaseSummary>, StoreError> {
        let (rows, damaged) = self.summaries_lenient()?;
        match damaged.into_iter().next() {
            Some(e) => Err(e),
            None => Ok(rows),
        }
    }

    /// Every summary that reads back whole, and an error for each that does not: a
    /// screen shows the others and marks those cases damaged.
    pub fn summaries_lenient(&self) -> Result<(Vec<CaseSummary>, Vec<StoreError>), StoreError> {
        self.guard(|| {
            let txn = self.read_txn()?;
            let table = txn.open_table(SUMMARIES).map_err(|e| self.db_err(e))?;
            let len = table.len().map_err(|e| self.db_err(e))?;
            // Exact when the file is sound: growing by doubling would hold a third more
            // rows' room, and old and new buffers at once while moving.
            let mut out = Vec::with_capacity(self.capacity_of(len));
            drop(table);
            drop(txn);
            let mut damaged = Vec::new();
            self.decode_summaries(&mut out, &mut damaged)?;
            sort_by_id(&mut out, |s: &CaseSummary| &s.id);
            Ok((out, damaged))
        })
    }

    /// The summaries whose 经办人 is `user`, in id order. Every row's checksum is checked
    /// (the first damaged row refuses the read, as in [`Store::summaries`]), but only the
    /// rows that name `user` as officer are decoded: the TUI asks for its digest while it
    /// loads every row, and decoding them all twice would cost as much again.
    pub fn officer_summaries(&self, user: &str) -> Result<Vec<CaseSummary>, StoreError> {
        if user.is_empty() {
            return Ok(Vec::new());
        }
        // A JSON-sealed summary (a store not yet migrated) is compact JSON in which
        // `"officer":` starts the one field of that name (a quote in a value is escaped).
        let needle = [b"\"officer\":".as_slice(), &super::tables::to_json(&user)].concat();
        let finder = memchr::memmem::Finder::new(&needle);
        self.guard(|| {
            let txn = self.read_txn()?;
            let table = txn.open_table(SUMMARIES).map_err(|e| self.db_err(e))?;
            let mut out = Vec::new();
            for row in table.iter().map_err(|e| self.db_err(e))? {
                let (k, v) = row.map_err(|e| self.db_err(e))?;
                let (id, bytes) = (k.value(), v.value());
                let maybe = match summary_officer(id, bytes) {
                    Some(officer) => officer == user,
                    None if bytes.first() == Some(&SUMMARY_TAG) => {
                        return Err(self.damaged(id, "summaries"));
                    }
                    None => {
                        let json = unseal(id, bytes, self.legacy)
                            .ok_or_else(|| self.damaged(id, "summaries"))?;
                        finder.find(json).is_some()
                    }
                };
                if !maybe {
                    continue;
                }
                let s = self.open_summary(id, bytes)?;
                if s.is_officer(user) {
                    out.push(s);
                }
            }
            sort_by_id(&mut out, |s: &CaseSummary| &s.id);
            Ok(out)
        })
    }

    /// The first `n` summaries by id and how many there are in all: enough for a first
    /// screen while the rest loads (which names damaged rows; this page skips them).
    pub fn summaries_page(&self, n: usize) -> Result<(Vec<CaseSummary>, u64), StoreError> {
        self.guard(|| {
            let txn = self.read_txn()?;
            let table = txn.open_table(SUMMARIES).map_err(|e| self.db_err(e))?;
            let total = table.len().map_err(|e| self.db_err(e))?;
            let mut out = Vec::with_capacity(n.min(capacity(total)));
            for row in table.iter().map_err(|e| self.db_err(e))?.take(n) {
                let (k, v) = row.map_err(|e| self.db_err(e))?;
                let id = k.value();
                match self.open_summary(id, v.value()) {
                    Ok(s) => out.push(s),
                    Err(StoreError::Damaged { .. }) => {}
                    Err(e) => return Err(e),
                }
            }
            sort_by_id(&mut out, |s: &CaseSummary| &s.id);
            Ok((out, total))
        })
    }

    /// Every full case with all its notes, in id order.
    pub fn cases(&self) -> Result<Vec<Case>, StoreError> {
        self.guard(|| {
            let txn = self.read_txn()?;
            let table = txn.open_table(CASES).map_err(|e| self.db_err(e))?;
            let mut out = Vec::with_capacity(capacity(table.len().map_err(|e| self.db_err(e))?));
            for row in table.iter().map_err(|e| self.db_err(e))? {
                let (k, v) = row.map_err(|e| self.db_err(e))?;
                let id = k.value();
                let mut case: Case = self.open_row("cases", id, id, v.value())?;
                self.attach_notes(&txn, &mut case, true)?;
                out.push(case);
            }
            sort_by_id(&mut out, |c: &Case| &c.id);
            Ok(out)
        })
    }

    pub fn count(&self) -> Result<u64, StoreError> {
        let txn = self.read_txn()?;
        let table = txn.open_table(CASES).map_err(|e| self.db_err(e))?;
        table.len().map_err(|e| self.db_err(e))
    }

    /// Grows with every audited write by any process; an idle screen polls it to refresh.
    pub fn change_counter(&self) -> Result<u64, StoreError> {
        let txn = self.read_txn()?;
        let meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
        meta_u64(self.path(), &meta, COUNTER_KEY)
    }

    /// Allocates the next `JB-<year>-<seq>` id, stores what `build` makes of it at rev 1.
    pub fn create(
        &self,
        ctx: &WriteCtx,
        year: i32,
        note: &str,
        build: impl FnOnce(String) -> Case,
    ) -> Result<Case, StoreError> {
        self.write(|txn| {
            let mut meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
            let key = seq_key(year);
            let mut seq = meta_u64(self.path(), &meta, &key)?;
            let id = {
                let cases = txn.open_table(CASES).map_err(|e| self.db_err(e))?;
                loop {
                    seq += 1;
                    let id = case_id(year, seq);
                    if cases
                        .get(id.as_str())
                        .map_err(|e| self.db_err(e))?
                        .is_none()
                    {
                        break id;
                    }
                }
            };
            let seq_text = seq.to_string();
            meta.insert(key.as_str(), seq_text.as_str())
                .map_err(|e| self.db_err(e))?;
            let mut case = build(id.clone());
            if case.id != id {
                return Err(StoreError::Rejected(format!(
                    "a new case must keep the id {id} it was given, not {}",
                    case.id
                )));
            }
            case.rev = 1;
            case.updated_at = ctx.now;
            self.put_case(txn, &case)?;
            self.put_new_notes(txn, &case)?;
            self.record_whole(txn, &mut meta, ctx, &case, "create", note)?;
            Ok(case)
        })
    }

    /// Loads, checks the revision (unless `expected_rev` is None), applies `f`, bumps the
    /// revision and stores case, summary and audit event together. `f` refusing, a stale
    /// revision or any failure writes nothing.
    pub fn update<E>(
        &self,
        id: &str,
        expected_rev: Option<u64>,
        ctx: &WriteCtx,
        action: &str,
        note: &str,
        f: impl FnOnce(&mut Case) -> Result<(), E>,
    ) -> Result<Case, UpdateError<E>> {
        self.write(|txn| {
            let before = self.case_in_write(txn, id)?;
            if let Some(expected) = expected_rev
                && expected != before.rev
            {
                let last = txn.last_event_of(self.path(), id)?;
                let (by, at) = match last {
                    Some(e) => (e.actor.label(), e.at),
                    None => (String::new(), before.updated_at),
                };
                return Err(StoreError::Stale {
                    id: id.to_string(),
                    expected,
                    actual: before.rev,
                    by,
                    at,
                }
                .into());
            }
            let mut after = before.clone();
            f(&mut after).map_err(UpdateError::Rejected)?;
            if after.id != before.id {
                return Err(
                    StoreError::Rejected(format!("the id of case {id} cannot change")).into(),
                );
            }
            // Notes are added only by `add_note`; a form's copy of the latest ones is not
            // a change.
            after.notes.clear();
            after.rev = before.rev + 1;
            after.updated_at = ctx.now;
            self.put_case(txn, &after)?;
            let changes = diff(
                &serde_json::to_value(&before).unwrap_or(Value::Null),
                &serde_json::to_value(&after).unwrap_or(Value::Null),
            );
            let mut meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
            self.record(txn, &mut meta, ctx, id, action, note, changes)?;
            drop(meta);
            let notes = txn.open_table(NOTES).map_err(|e| self.db_err(e))?;
            let from = super::notes::count_in(self, &notes, id)?
                .saturating_sub(super::notes::NOTE_WINDOW as u64);
            after.notes = super::notes::read_from(self, &notes, id, from)?;
            Ok(after)
        })
    }

    /// Stores `cases` as given (ids and revisions kept) in one transaction: any id already
    /// stored or repeated in the batch refuses the whole import.
    pub fn import(
        &self,
        ctx: &WriteCtx,
        cases: Vec<Case>,
        note: &str,
    ) -> Result<usize, StoreError> {
        self.write(move |txn| {
            {
                let mut seen = BTreeSet::new();
                let table = txn.open_table(CASES).map_err(|e| self.db_err(e))?;
                for case in &cases {
                    if case.id.trim().is_empty() {
                        return Err(StoreError::Rejected("a case without an id".to_string()));
                    }
                    let exists = table
                        .get(case.id.as_str())
                        .map_err(|e| self.db_err(e))?
                        .is_some();
                    if exists || !seen.insert(case.id.as_str()) {
                        return Err(StoreError::Duplicate {
                            id: case.id.clone(),
                        });
                    }
                }
            }
            let n = cases.len();
            let mut meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
            for mut case in cases {
                self.put_new_notes(txn, &case)?;
                if let Some((year, seq)) = parse_id(&case.id) {
                    let key = seq_key(year);
                    if meta_u64(self.path(), &meta, &key)? < seq {
                        let text = seq.to_string();
                        meta.insert(key.as_str(), text.as_str())
                            .map_err(|e| self.db_err(e))?;
                    }
                }
                self.record_whole(txn, &mut meta, ctx, &case, "import", note)?;
                // The case row holds no notes (their table has them): emptied here, where
                // `put_case` would copy the whole case to leave them out.
                case.notes.clear();
                self.put_case(txn, &case)?;
            }
            Ok(n)
        })
    }

    /// Writes the case row (without its notes, which live in `notes`) and its summary,
    /// both sealed; refuses a case with a list over its limit.
    pub(crate) fn put_case(&self, txn: &WriteTransaction, case: &Case) -> Result<(), StoreError> {
        super::limits::check(case)?;
        let id = case.id.as_str();
        let summary = CaseSummary::of(case);
        let row = if case.notes.is_empty() {
            seal(id, case)
        } else {
            let mut bare = case.clone();
            bare.notes.clear();
            seal(id, &bare)
        };
        let mut cases = txn.open_table(CASES).map_err(|e| self.db_err(e))?;
        cases
            .insert(id, row.as_slice())
            .map_err(|e| self.db_err(e))?;
        let mut summaries = txn.open_table(SUMMARIES).map_err(|e| self.db_err(e))?;
        summaries
            .insert(id, seal_summary(&summary).as_slice())
            .map_err(|e| self.db_err(e))?;
        super::search_rows::put(self, txn, &summary)
    }

    /// Appends the audit event and bumps the change counter: every audited write does both.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn record(
        &self,
        txn: &WriteTransaction,
        meta: &mut Table<&'static str, &'static str>,
        ctx: &WriteCtx,
        case_id: &str,
        action: &str,
        note: &str,
        changes: Vec<Change>,
    ) -> Result<(), StoreError> {
        append(
            self,
            txn,
            meta,
            NewEvent {
                actor: ctx.actor,
                at: ctx.now,
                case_id,
                action,
                note,
                changes,
            },
        )?;
        self.count_change(txn, meta)
    }

    /// [`Store::record`] of the whole case as its one change (`null → case`), as create
    /// and import record it.
    pub(crate) fn record_whole(
        &self,
        txn: &WriteTransaction,
        meta: &mut Table<&'static str, &'static str>,
        ctx: &WriteCtx,
        case: &Case,
        action: &str,
        note: &str,
    ) -> Result<(), StoreError> {
        let new = NewEvent {
            actor: ctx.actor,
            at: ctx.now,
            case_id: &case.id,
            action,
            note,
            changes: Vec::new(),
        };
        append_whole(self, txn, meta, new, case)?;
        self.count_change(txn, meta)
    }

    /// Bumps the change counter: every audited write does, after its event.
    fn count_change(
        &self,
        txn: &WriteTransaction,
        meta: &mut Table<&'static str, &'static str>,
    ) -> Result<(), StoreError> {
        let counter = meta_u64(self.path(), meta, COUNTER_KEY)? + 1;
        let text = counter.to_string();
        meta.insert(COUNTER_KEY, text.as_str())
            .map_err(|e| self.db_err(e))?;
        super::search_rows::stamp(self, txn, counter)
    }
}

/// A capacity from a table's stored length, which a damaged file can make absurd: too
/// large an allocation aborts the process, where reading on reports the damage.
fn capacity(len: u64) -> usize {
    len.min(16_384) as usize
}

/// Smallest stored size of a summary row (a binary row with every text empty and every
/// option absent is 53 bytes; see `summary_codec`).
const MIN_SUMMARY_BYTES: u64 = 48;

impl Store {
    /// [`capacity`] bounded by what the file can hold instead of a fixed cap: a sound
    /// store's length is then taken as it is.
    fn capacity_of(&self, len: u64) -> usize {
        let file = std::fs::metadata(self.path()).map_or(0, |m| m.len());
        len.min((file / MIN_SUMMARY_BYTES).max(16_384)) as usize
    }
}

/// Sorts by id as officers count: year, then number (`JB-2026-10000` after
/// `JB-2026-9999`); other id shapes after those, by text; the same number by text.
/// Each id is parsed once (a comparison parsing both ids was a tenth of loading 100 000
/// rows), the small keys are sorted, and the items are put in that order by swaps.
pub fn sort_by_id<T>(items: &mut [T], id: impl Fn(&T) -> &str) {
    // u32 positions keep the keys as small as the standard library's cached-key sort
    // (the whole list is sorted while it is held); more items than that are sorted as such.
    if u32::try_from(items.len()).is_err() {
        items.sort_by(|a, b| id_order(id(a)).cmp(&id_order(id(b))));
        return;
    }
    let mut keys: Vec<((bool, i32, u64), u32)> = items
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let (other, year, seq, _) = id_order(id(t));
            ((other, year, seq), i as u32)
        })
        .collect();
    let text = |i: u32| id(&items[i as usize]);
    keys.sort_unstable_by(|a, b| (a.0.cmp(&b.0)).then_with(|| text(a.1).cmp(text(b.1))));
    // Position i takes the item at keys[i].1: follow each cycle of that permutation.
    let mut from: Vec<u32> = keys.into_iter().map(|(_, i)| i).collect();
    for start in 0..from.len() {
        let mut at = start;
        while from[at] != u32::MAX {
            let next = from[at] as usize;
            from[at] = u32::MAX;
            if next != start {
                items.swap(at, next);
            }
            at = next;
        }
    }
}

/// The key [`sort_by_id`] orders by.
pub fn id_order(id: &str) -> (bool, i32, u64, &str) {
    match parse_id(id) {
        Some((year, seq)) => (false, year, seq, id),
        None => (true, 0, 0, id),
    }
}

/// `JB-2026-0042` → (2026, 42); other id shapes do not move the sequence.
fn parse_id(id: &str) -> Option<(i32, u64)> {
    let mut parts = id.strip_prefix("JB-")?.splitn(2, '-');
    let year = parts.next()?.parse().ok()?;
    let seq = parts.next()?.parse().ok()?;
    Some((year, seq))
}

#[cfg(test)]
mod tests {
    use super::{id_order, parse_id, sort_by_id};

    #[test]
    fn ids_parse_into_year_and_sequence() {
        assert_eq!(parse_id("JB-2026-0042"), Some((2026, 42)));
        assert_eq!(parse_id("JB-2026-12345"), Some((2026, 12345)));
        assert_eq!(parse_id("X-2026-1"), None);
        assert_eq!(parse_id("JB-2026-abc"), None);
    }

    /// The in-place reordering gives what a plain sort by the full key gives, over ids of
    /// every shape, repeated ones included.
    #[test]
    fn sorting_by_cached_keys_equals_sorting_by_the_key() {
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let mut ids: Vec<String> = (0..5000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                match x % 5 {
                    0 => format!("JB-{}-{}", 2024 + x % 3, x % 1000),
                    1 => format!("JB-2026-{:04}", x % 20_000),
                    2 => format!("JB-2026-{:06}", x % 200),
                    3 => format!("X-{}", x % 50),
                    _ => format!("JB-2026-{}", x % 120_000),
                }
            })
            .collect();
        let mut want = ids.clone();
        want.sort_by(|a, b| id_order(a).cmp(&id_order(b)));
        sort_by_id(&mut ids, |s| s);
        assert_eq!(ids, want);
    }

    #[test]
    fn ids_sort_by_year_and_number_then_by_text() {
        let mut ids = vec![
            "X-9",
            "JB-2026-10000",
            "JB-2026-42",
            "JB-2026-9999",
            "A-1",
            "JB-2025-0007",
            "JB-2026-0042",
            "JB-2026-0001",
        ];
        sort_by_id(&mut ids, |s| s);
        assert_eq!(
            ids,
            [
                "JB-2025-0007",
                "JB-2026-0001",
                "JB-2026-0042",
                "JB-2026-42",
                "JB-2026-9999",
                "JB-2026-10000",
                "A-1",
                "X-9",
            ]
        );
    }
}
