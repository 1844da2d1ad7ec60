//! The derived search table: per case its id, stage and names in a compact binary row, so
//! `find` and the name index never decode whole summaries. Written in the same write
//! transaction as the summary (see `put_case`), stamped with the change counter by every
//! audited write; a table that is missing or whose stamp lags the counter (a store written
//! by an older build, a restored copy) is stale: readers fall back to the summaries and a
//! writer rebuilds it. Derived data only, so no schema version of its own.

use redb::WriteTransaction;
use redb::{ReadableTable, ReadableTableMetadata, TableDefinition, TableError};

use super::tables::{COUNTER_KEY, META, SUMMARIES, meta_u64};
use super::{Store, StoreError};
use crate::domain::{CaseSummary, Stage};
use crate::search::{NameField, SearchRow};

pub(crate) const SEARCH_ROWS: TableDefinition<&str, &[u8]> = TableDefinition::new("search_rows");
/// `STAMP_KEY` → the change counter the rows were last in step with.
pub(crate) const SEARCH_STAMP: TableDefinition<&str, u64> =
    TableDefinition::new("search_rows_stamp");
const STAMP_KEY: &str = "counter";
/// First byte of every row: the layout below. Another value reads as stale.
const LAYOUT: u8 = 1;

/// `[LAYOUT][stage][n]` then n times `[field][len u32 LE][utf-8]`; fields 0 name, 1 issuer,
/// 2 taker, 3 another taker or member (in order).
pub(crate) fn encode(s: &CaseSummary) -> Vec<u8> {
    let stage = Stage::ALL.iter().position(|x| *x == s.stage).unwrap_or(0) as u8;
    let names: Vec<(NameField, &str)> = NameField::all(s).collect();
    let mut out = Vec::with_capacity(3 + names.iter().map(|(_, t)| t.len() + 5).sum::<usize>());
    out.extend([LAYOUT, stage, names.len().min(255) as u8]);
    for (field, text) in names.into_iter().take(255) {
        out.push(match field {
            NameField::Name => 0,
            NameField::Issuer => 1,
            NameField::Taker => 2,
            NameField::Other(_) => 3,
        });
        out.extend((text.len() as u32).to_le_bytes());
        out.extend(text.as_bytes());
    }
    out
}

/// The row of `id`, or `None` for bytes not of [`LAYOUT`].
pub(crate) fn decode(id: &str, bytes: &[u8]) -> Option<SearchRow> {
    let (stage, mut names) = parse(bytes)?;
    let row = SearchRow::new(id, stage, names.by_ref());
    names.whole().then_some(row)
}

/// The stage of a row and an iterator over its names; check [`Names::whole`] after.
fn parse(bytes: &[u8]) -> Option<(Stage, Names<'_>)> {
    let (&[layout, stage, n], rest) = bytes.split_first_chunk::<3>()?;
    if layout != LAYOUT {
        return None;
    }
    let stage = *Stage::ALL.get(stage as usize)?;
    Some((
        stage,
        Names {
            rest,
            left: n,
            others: 0,
            bad: false,
        },
    ))
}

/// The names of one row, decoded as they are read.
pub struct Names<'a> {
    rest: &'a [u8],
    left: u8,
    others: usize,
    bad: bool,
}

impl Names<'_> {
    /// Reads what is left; true when the row was well formed to its last byte.
    fn whole(mut self) -> bool {
        while self.next().is_some() {}
        !self.bad && self.rest.is_empty()
    }
}

impl<'a> Iterator for Names<'a> {
    type Item = (NameField, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 || self.bad {
            return None;
        }
        let item = (|| {
            let (&[tag, a, b, c, d], tail) = self.rest.split_first_chunk::<5>()?;
            let len = u32::from_le_bytes([a, b, c, d]) as usize;
            let text = std::str::from_utf8(tail.get(..len)?).ok()?;
            let field = match tag {
                0 => NameField::Name,
                1 => NameField::Issuer,
                2 => NameField::Taker,
                3 => {
                    self.others += 1;
                    NameField::Other(self.others - 1)
                }
                _ => return None,
            };
            self.rest = &tail[len..];
            Some((field, text))
        })();
        self.left -= 1;
        self.bad = item.is_none();
        item
    }
}

/// Writes the row of a summary (inside the caller's write transaction).
pub(crate) fn put(
    store: &Store,
    txn: &WriteTransaction,
    s: &CaseSummary,
) -> Result<(), StoreError> {
    let mut t = txn.open_table(SEARCH_ROWS).map_err(|e| store.db_err(e))?;
    t.insert(s.id.as_str(), encode(s).as_slice())
        .map_err(|e| store.db_err(e))?;
    Ok(())
}

/// Marks the rows in step with `counter` (the caller's write bumped it to this).
pub(crate) fn stamp(store: &Store, txn: &WriteTransaction, counter: u64) -> Result<(), StoreError> {
    let mut t = txn.open_table(SEARCH_STAMP).map_err(|e| store.db_err(e))?;
    t.insert(STAMP_KEY, counter).map_err(|e| store.db_err(e))?;
    Ok(())
}

impl Store {
    /// Every case's search row by id, or `None` when the table is missing or stale.
    pub fn search_rows(&self) -> Result<Option<Vec<SearchRow>>, StoreError> {
        let mut out = Vec::new();
        let fresh = self.each_search_row(|id, stage, names| {
            out.push(SearchRow::new(id, stage, names));
        })?;
        // The summaries' order (numeric ids), which ranking ties follow.
        super::cases::sort_by_id(&mut out, |r: &SearchRow| &r.id);
        Ok(fresh.then_some(out))
    }

    /// Calls `f(id, stage, names)` for every row, by id, without keeping them. False when
    /// the table is missing, stale or a row is malformed: then `f` may have seen some rows
    /// and the caller drops what it made of them.
    pub fn each_search_row(
        &self,
        mut f: impl FnMut(&str, Stage, &mut dyn Iterator<Item = (NameField, &str)>),
    ) -> Result<bool, StoreError> {
        self.guard(|| {
            let txn = self.read_txn()?;
            let meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
            let counter = meta_u64(self.path(), &meta, COUNTER_KEY)?;
            let (stamp, rows) = match (txn.open_table(SEARCH_STAMP), txn.open_table(SEARCH_ROWS)) {
                (Ok(s), Ok(r)) => (s, r),
                (Err(TableError::TableDoesNotExist(_)), _)
                | (_, Err(TableError::TableDoesNotExist(_))) => return Ok(false),
                (Err(e), _) | (_, Err(e)) => return Err(self.db_err(e)),
            };
            let stamped = stamp.get(STAMP_KEY).map_err(|e| self.db_err(e))?;
            let summaries = txn.open_table(SUMMARIES).map_err(|e| self.db_err(e))?;
            let len = rows.len().map_err(|e| self.db_err(e))?;
            if stamped.map(|v| v.value()) != Some(counter)
                || len != summaries.len().map_err(|e| self.db_err(e))?
            {
                return Ok(false);
            }
            for row in rows.iter().map_err(|e| self.db_err(e))? {
                let (k, v) = row.map_err(|e| self.db_err(e))?;
                let Some((stage, mut names)) = parse(v.value()) else {
                    return Ok(false);
                };
                f(k.value(), stage, &mut names);
                if !names.whole() {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    /// One case's search row, if the table has it.
    pub fn search_row(&self, id: &str) -> Result<Option<SearchRow>, StoreError> {
        self.guard(|| {
            let txn = self.read_txn()?;
            let rows = match txn.open_table(SEARCH_ROWS) {
                Ok(r) => r,
                Err(TableError::TableDoesNotExist(_)) => return Ok(None),
                Err(e) => return Err(self.db_err(e)),
            };
            let row = rows.get(id).map_err(|e| self.db_err(e))?;
            Ok(row.and_then(|v| decode(id, v.value())))
        })
    }

    /// Rewrites the search table from the summaries and stamps it; returns the row count.
    pub fn rebuild_search_rows(&self) -> Result<usize, StoreError> {
        self.write(|txn| rebuild_in(self, txn))
    }
}

/// [`Store::rebuild_search_rows`] inside the caller's write transaction (a restore
/// replaces every summary at once).
pub(crate) fn rebuild_in(store: &Store, txn: &WriteTransaction) -> Result<usize, StoreError> {
    let _ = txn.delete_table(SEARCH_ROWS);
    let meta = txn.open_table(META).map_err(|e| store.db_err(e))?;
    let counter = meta_u64(store.path(), &meta, COUNTER_KEY)?;
    let summaries = txn.open_table(SUMMARIES).map_err(|e| store.db_err(e))?;
    let mut rows = txn.open_table(SEARCH_ROWS).map_err(|e| store.db_err(e))?;
    let mut n = 0;
    for row in summaries.iter().map_err(|e| store.db_err(e))? {
        let (k, v) = row.map_err(|e| store.db_err(e))?;
        let id = k.value();
        let s = store.open_summary(id, v.value())?;
        rows.insert(s.id.as_str(), encode(&s).as_slice())
            .map_err(|e| store.db_err(e))?;
        n += 1;
    }
    drop(rows);
    stamp(store, txn, counter)?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::tests::doc;

    #[test]
    fn rows_round_trip_through_their_bytes() {
        let mut s = doc("包头稀土永磁", "包头稀土研究院", Some("北方稀土"));
        s.id = "JB-2026-0001".into();
        s.stage = Stage::Implementing;
        s.other_names = vec!["内蒙古大学".into(), String::new()];
        let row = decode(&s.id, &encode(&s)).unwrap();
        assert_eq!(row, SearchRow::of(&s));
        assert_eq!(row.field(NameField::Other(1)), Some(""));
        let bytes = encode(&s);
        assert!(decode(&s.id, &bytes[..bytes.len() - 1]).is_none());
        assert!(decode(&s.id, &[2, 0, 0]).is_none());
    }
}
