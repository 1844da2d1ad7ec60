//! Reading every summary on two threads: decoding the rows is most of the time it
//! takes to have the whole list (100 000 rows), so this thread reads the table and decodes
//! every other batch while a helper thread decodes the batches it is handed. Decoded
//! batches come back as they are done; the caller sorts by id afterwards, so their order
//! does not matter, and no second list of every row is ever held.

use std::sync::mpsc::{Receiver, channel, sync_channel};

use redb::{ReadableTable, ReadableTableMetadata};

use super::rows::RowOpener;
use super::tables::SUMMARIES;
use super::{Store, StoreError};
use crate::domain::CaseSummary;

/// Rows per batch: large enough that handing one over costs nothing, small enough that
/// the batches in flight stay a few hundred kilobytes.
const BATCH: usize = 512;
/// Below this many rows one thread is as fast.
const PARALLEL_FROM: u64 = 4 * BATCH as u64;

type Decoded = (Vec<CaseSummary>, Vec<StoreError>);

impl Store {
    /// Every summary that reads back whole (in the table's key order, not sorted), and an
    /// error for each damaged one; any other error ends the read.
    pub(crate) fn decode_summaries(
        &self,
        out: &mut Vec<CaseSummary>,
        damaged: &mut Vec<StoreError>,
    ) -> Result<(), StoreError> {
        let txn = self.read_txn()?;
        let table = txn.open_table(SUMMARIES).map_err(|e| self.db_err(e))?;
        let len = table.len().map_err(|e| self.db_err(e))?;
        let opener = self.row_opener();
        let mut batch: Vec<(Box<str>, Box<[u8]>)> = Vec::new();
        let mut rows = table.iter().map_err(|e| self.db_err(e))?;
        if len < PARALLEL_FROM {
            for row in rows {
                let (k, v) = row.map_err(|e| self.db_err(e))?;
                decode_one(opener, k.value(), v.value(), out, damaged)?;
            }
            return Ok(());
        }
        std::thread::scope(|scope| {
            let (to_helper, work) = sync_channel::<Vec<(Box<str>, Box<[u8]>)>>(2);
            // Unbounded: the helper never waits on this thread, which may be waiting on it.
            let (done_tx, done) = channel::<Result<Decoded, StoreError>>();
            scope.spawn(move || {
                for batch in work {
                    let mut part = (Vec::with_capacity(batch.len()), Vec::new());
                    let r = batch.iter().try_for_each(|(id, bytes)| {
                        decode_one(opener, id, bytes, &mut part.0, &mut part.1)
                    });
                    if done_tx.send(r.map(|()| part)).is_err() {
                        return;
                    }
                }
            });
            let mut n = 0usize;
            for row in rows.by_ref() {
                let (k, v) = row.map_err(|e| self.db_err(e))?;
                // Even batches here, odd ones on the helper.
                if (n / BATCH).is_multiple_of(2) {
                    decode_one(opener, k.value(), v.value(), out, damaged)?;
                } else {
                    batch.push((k.value().into(), v.value().into()));
                    if batch.len() == BATCH {
                        let full = std::mem::take(&mut batch);
                        let _ = to_helper.send(full);
                    }
                }
                n += 1;
                if n.is_multiple_of(BATCH) {
                    take_done(&done, out, damaged, false)?;
                }
            }
            if !batch.is_empty() {
                let _ = to_helper.send(std::mem::take(&mut batch));
            }
            drop(to_helper);
            take_done(&done, out, damaged, true)
        })
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

/// Moves the helper's decoded batches into `out`: those ready now, or (`all`) every one
/// until the helper is done.
fn take_done(
    done: &Receiver<Result<Decoded, StoreError>>,
    out: &mut Vec<CaseSummary>,
    damaged: &mut Vec<StoreError>,
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
        let (rows, bad) = part?;
        out.extend(rows);
        damaged.extend(bad);
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
        let n = 3 * PARALLEL_FROM as usize / 2;
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

        // One row this thread decodes (first batch), one the helper does (second batch).
        let db = crate::store::open::builder().open(&path).unwrap();
        let keys: Vec<String> = {
            let txn = db.begin_read().unwrap();
            let t = txn.open_table(SUMMARIES).unwrap();
            let keys = t.iter().unwrap().map(|r| r.unwrap().0.value().to_string());
            keys.collect()
        };
        let bad = [keys[5].clone(), keys[BATCH + 5].clone()];
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
