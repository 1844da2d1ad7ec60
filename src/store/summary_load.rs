//! Reading every summary on two threads: decoding the rows is most of the time it takes
//! to have the whole list (100 000 rows). Both threads read the same table of the same
//! read transaction, this one from the first row forwards and a helper from the last row
//! backwards, claiming rows a few at a time from one counter until every row of the table
//! is claimed, so they meet without a row read twice or missed. Nothing is copied between
//! them but decoded rows, in small batches whose buffers go back to the helper for reuse;
//! the caller sorts by id afterwards, so their order does not matter, and no second list
//! of every row is ever held.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use redb::{ReadOnlyTable, ReadableTable, ReadableTableMetadata, StorageError};

use super::rows::RowOpener;
use super::tables::SUMMARIES;
use super::{Store, StoreError};
use crate::domain::CaseSummary;

/// Rows claimed at a time: few enough that a batch's buffer stays well under the size
/// whose release makes the allocator tidy its whole heap, many enough that claiming and
/// handing over cost nothing.
const CLAIM: u64 = 128;
/// Below this many rows one thread is as fast.
const PARALLEL_FROM: u64 = 16 * CLAIM;

type Decoded = (Vec<CaseSummary>, Vec<StoreError>);
type Table = ReadOnlyTable<&'static str, &'static [u8]>;

impl Store {
    /// Every summary that reads back whole (not sorted), and an error for each damaged
    /// one; any other error ends the read.
    pub(crate) fn decode_summaries(
        &self,
        out: &mut Vec<CaseSummary>,
        damaged: &mut Vec<StoreError>,
    ) -> Result<(), StoreError> {
        let txn = self.read_txn()?;
        let table = txn.open_table(SUMMARIES).map_err(|e| self.db_err(e))?;
        let len = table.len().map_err(|e| self.db_err(e))?;
        let opener = self.row_opener();
        if len < PARALLEL_FROM {
            for row in table.iter().map_err(|e| self.db_err(e))? {
                let (k, v) = row.map_err(|e| self.db_err(e))?;
                decode_one(opener, k.value(), v.value(), out, damaged)?;
            }
            return Ok(());
        }
        let claimed = AtomicU64::new(0);
        std::thread::scope(|scope| {
            // Unbounded: the helper never waits on this thread, which may be waiting on it.
            let (done_tx, done) = channel::<Result<Decoded, StorageError>>();
            let (reuse_tx, reuse) = channel::<Vec<CaseSummary>>();
            let (table, claimed) = (&table, &claimed);
            scope.spawn(move || read_back(table, opener, claimed, len, &done_tx, &reuse));
            let r = self.read_front(table, claimed, len, out, damaged, &done, &reuse_tx);
            // The helper stops at its next claim.
            claimed.store(len, Ordering::Relaxed);
            r?;
            take_done(self, &done, out, damaged, None, true)
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn read_front(
        &self,
        table: &Table,
        claimed: &AtomicU64,
        len: u64,
        out: &mut Vec<CaseSummary>,
        damaged: &mut Vec<StoreError>,
        done: &Receiver<Result<Decoded, StorageError>>,
        reuse: &Sender<Vec<CaseSummary>>,
    ) -> Result<(), StoreError> {
        let opener = self.row_opener();
        let mut rows = table.iter().map_err(|e| self.db_err(e))?;
        loop {
            let n = claim(claimed, len);
            if n == 0 {
                return Ok(());
            }
            for row in rows.by_ref().take(n as usize) {
                let (k, v) = row.map_err(|e| self.db_err(e))?;
                decode_one(opener, k.value(), v.value(), out, damaged)?;
            }
            take_done(self, done, out, damaged, Some(reuse), false)?;
        }
    }
}

/// How many more rows the caller may read from its end: up to [`CLAIM`], none once
/// every row of the table is claimed.
fn claim(claimed: &AtomicU64, len: u64) -> u64 {
    let before = claimed.fetch_add(CLAIM, Ordering::Relaxed);
    len.saturating_sub(before).min(CLAIM)
}

/// The helper: decodes claimed rows from the last one backwards and hands each batch over.
fn read_back(
    table: &Table,
    opener: RowOpener<'_>,
    claimed: &AtomicU64,
    len: u64,
    done: &Sender<Result<Decoded, StorageError>>,
    reuse: &Receiver<Vec<CaseSummary>>,
) {
    let mut rows = match table.iter() {
        Ok(rows) => rows.rev(),
        Err(e) => {
            let _ = done.send(Err(e));
            return;
        }
    };
    loop {
        let n = claim(claimed, len);
        if n == 0 {
            return;
        }
        let buf = reuse
            .try_recv()
            .unwrap_or_else(|_| Vec::with_capacity(CLAIM as usize));
        let mut part = (buf, Vec::new());
        for row in rows.by_ref().take(n as usize) {
            let (k, v) = match row {
                Ok(row) => row,
                Err(e) => {
                    let _ = done.send(Err(e));
                    return;
                }
            };
            // A summary fails to open only as damaged; the row is named, the others go on.
            if let Err(e) = decode_one(opener, k.value(), v.value(), &mut part.0, &mut part.1) {
                part.1.push(e);
            }
        }
        if done.send(Ok(part)).is_err() {
            return;
        }
    }
}

fn decode_one(
    opener: RowOpener<'_>,
    id: &str,
    bytes: &[u8],
    out: &mut Vec<CaseSummary>,
    damaged: &mut Vec<StoreError>,
) -> Result<(), StoreError> {
    match opener.open_summary(id, bytes) {
        Ok(s) => out.push(s),
        Err(e @ StoreError::Damaged { .. }) => damaged.push(e),
        Err(e) => return Err(e),
    }
    Ok(())
}

/// Moves the helper's decoded batches into `out` (their buffers back to it through
/// `reuse`): those ready now, or (`all`) every one until the helper is done.
fn take_done(
    store: &Store,
    done: &Receiver<Result<Decoded, StorageError>>,
    out: &mut Vec<CaseSummary>,
    damaged: &mut Vec<StoreError>,
    reuse: Option<&Sender<Vec<CaseSummary>>>,
    all: bool,
) -> Result<(), StoreError> {
    loop {
        let next = if all {
            done.recv().ok()
        } else {
            done.try_recv().ok()
        };
        let Some(part) = next else {
            return Ok(());
        };
        let (mut rows, bad) = part.map_err(|e| store.db_err(e))?;
        out.append(&mut rows);
        damaged.extend(bad);
        if let Some(reuse) = reuse {
            let _ = reuse.send(rows);
        }
    }
}

#[cfg(test)]
mod tests {
    use redb::{ReadableDatabase, ReadableTable};

    use super::*;
    use crate::app::{Config, Session, SessionOptions};

    fn session(path: &std::path::Path, create: bool) -> Session {
        let opts = SessionOptions {
            db: Some(path.to_path_buf()),
            create,
            ..SessionOptions::default()
        };
        let cfg = Config {
            officers: vec!["lisi".into(), "wang\"wu".into()],
            ..Config::default()
        };
        Session::open(&opts, &cfg).unwrap()
    }

    /// Every row decoded in turn on this thread, sorted by id.
    fn one_thread(store: &Store) -> Vec<CaseSummary> {
        let txn = store.read_txn().unwrap();
        let t = txn.open_table(SUMMARIES).unwrap();
        let mut out: Vec<CaseSummary> = t
            .iter()
            .unwrap()
            .map(|r| {
                let (k, v) = r.unwrap();
                store.open_summary(k.value(), v.value()).unwrap()
            })
            .collect();
        crate::store::sort_by_id(&mut out, |s: &CaseSummary| &s.id);
        out
    }

    /// Past [`PARALLEL_FROM`] rows the two-thread read gives what the one-thread read
    /// gives, and a damaged row in a batch of either thread is named, the others served.
    #[test]
    fn two_thread_read_equals_one_thread_read_and_names_damage() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.redb");
        // Not a whole number of claims: the threads meet inside one.
        let n = 3 * PARALLEL_FROM as usize / 2 + 37;
        let s = session(&path, true);
        s.load_generated(n, 7).unwrap();
        let ids: Vec<String> = s.summaries().unwrap().into_iter().map(|r| r.id).collect();
        for (i, user) in [(3, "lisi"), (700, "lisi"), (2000, "wang\"wu")] {
            s.assign(&ids[i], user, None).unwrap();
        }
        let want = one_thread(s.store());
        assert_eq!(want.len(), n);
        assert_eq!(s.store().summaries().unwrap(), want);
        // The digest's read: exactly the rows of that officer, none decoded for nothing.
        let mut officers: Vec<&str> = want.iter().map(|w| w.officer.as_str()).collect();
        officers.extend(["", "nobody", "a\"b"]);
        officers.dedup();
        for user in officers {
            let mine: Vec<&CaseSummary> = want.iter().filter(|w| w.is_officer(user)).collect();
            let got = s.store().officer_summaries(user).unwrap();
            assert_eq!(got.iter().collect::<Vec<_>>(), mine, "{user}");
        }
        drop(s);

        // One row this thread decodes (from the front), one the helper does (the back).
        let db = crate::store::open::builder().open(&path).unwrap();
        let keys: Vec<String> = {
            let txn = db.begin_read().unwrap();
            let t = txn.open_table(SUMMARIES).unwrap();
            let keys = t.iter().unwrap().map(|r| r.unwrap().0.value().to_string());
            keys.collect()
        };
        let bad = [keys[5].clone(), keys[keys.len() - 5].clone()];
        let txn = db.begin_write().unwrap();
        {
            let mut t = txn.open_table(SUMMARIES).unwrap();
            for id in &bad {
                let mut raw = t.get(id.as_str()).unwrap().unwrap().value().to_vec();
                let at = raw.len() - 9;
                raw[at] ^= 0x10;
                t.insert(id.as_str(), raw.as_slice()).unwrap();
            }
        }
        txn.commit().unwrap();
        drop(db);

        let s = session(&path, false);
        let (rows, damaged) = s.store().summaries_lenient().unwrap();
        let mut named: Vec<String> = damaged
            .iter()
            .map(|e| match e {
                StoreError::Damaged { id, .. } => id.clone(),
                other => panic!("{other}"),
            })
            .collect();
        named.sort();
        let mut bad = bad.to_vec();
        bad.sort();
        assert_eq!(named, bad);
        let served: Vec<&CaseSummary> = want.iter().filter(|w| !bad.contains(&w.id)).collect();
        assert_eq!(rows.iter().collect::<Vec<_>>(), served);
    }
}
