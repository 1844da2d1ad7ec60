//! Schema 3: binary summary rows. A store of schema 2 (a real file written by the build
//! before, `tests/data/schema2.redb`: 6 generated cases, a note, 经办人 lisi on 0003) is
//! read as it is by a read-only open, upgraded by a read-write open, and restored from as
//! a backup; a damaged summary is named by `audit verify` and made again from its case.

use std::fs;
use std::path::{Path, PathBuf};

use redb::{ReadableDatabase, ReadableTable};

use super::*;
use crate::store::StoreError;
use crate::store::open::builder;
use crate::store::summary_codec::SUMMARY_TAG;
use crate::store::tables::{META, SCHEMA_KEY, SUMMARIES};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/schema2.redb");

fn ctx_of(a: &Actor, secs: i64) -> WriteCtx<'_> {
    WriteCtx {
        actor: a,
        now: t(secs),
    }
}

fn fixture_copy(dir: &Path) -> PathBuf {
    let path = dir.join("old.redb");
    fs::copy(FIXTURE, &path).unwrap();
    path
}

fn read_only(path: &Path) -> Store {
    let ro = OpenOptions {
        read_only: true,
        ..OpenOptions::default()
    };
    Store::open(path, &ro).unwrap()
}

/// The schema in `meta` and the first byte of every summary row.
fn layout(path: &Path) -> (String, Vec<u8>) {
    let db = builder().open(path).unwrap();
    let txn = db.begin_read().unwrap();
    let meta = txn.open_table(META).unwrap();
    let schema = meta.get(SCHEMA_KEY).unwrap().unwrap().value().to_string();
    let t = txn.open_table(SUMMARIES).unwrap();
    let tags = t.iter().unwrap().map(|r| r.unwrap().1.value()[0]).collect();
    (schema, tags)
}

/// Flips one bit near the end of the stored summary of `id`, as a bad sector would.
fn flip_summary(path: &Path, id: &str) {
    let db = builder().open(path).unwrap();
    let txn = db.begin_write().unwrap();
    {
        let mut t = txn.open_table(SUMMARIES).unwrap();
        let mut bytes = t.get(id).unwrap().unwrap().value().to_vec();
        let at = bytes.len() - 3;
        bytes[at] ^= 0x02;
        t.insert(id, bytes.as_slice()).unwrap();
    }
    txn.commit().unwrap();
}

fn ids(rows: &[CaseSummary]) -> Vec<&str> {
    rows.iter().map(|s| s.id.as_str()).collect()
}

#[test]
fn a_schema_2_store_is_read_as_it_is_and_upgraded_by_a_read_write_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_copy(dir.path());
    let (schema, tags) = layout(&path);
    assert_eq!(schema, "2");
    assert!(
        tags.iter().all(|&t| t == 0xA2),
        "JSON-sealed rows: {tags:?}"
    );
    let before = fs::read(&path).unwrap();
    let old = read_only(&path);
    let summaries = old.summaries().unwrap();
    assert_eq!(summaries.len(), 6);
    let lisi = old.officer_summaries("lisi").unwrap();
    assert_eq!(ids(&lisi), ["JB-2026-0003"]);
    assert_eq!(old.summaries_page(2).unwrap().1, 6);
    assert_eq!(old.verify_audit().unwrap().first_bad, None);
    for s in &summaries {
        assert_eq!(s.rev, old.get(&s.id).unwrap().unwrap().rev, "{}", s.id);
    }
    drop(old);
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "a read-only open changes nothing"
    );

    let store = reopen(&path);
    let (schema, tags) = layout(&path);
    assert_eq!(schema, "3");
    assert!(
        tags.iter().all(|&t| t == SUMMARY_TAG),
        "binary rows: {tags:?}"
    );
    assert_eq!(store.summaries().unwrap(), summaries, "the same summaries");
    assert_eq!(store.officer_summaries("lisi").unwrap(), lisi);
    assert_eq!(store.verify_audit().unwrap().first_bad, None);
    assert!(
        store
            .repair(&ctx_of(&actor("li"), 1))
            .unwrap()
            .repaired
            .is_empty()
    );
    let a = actor("zhang");
    store
        .add_note(
            &ctx_of(&a, 2),
            "JB-2026-0002",
            Note {
                at: t(2),
                author: "zhang".into(),
                text: "升级后的备注".into(),
            },
        )
        .unwrap();
    assert_eq!(store.note_count("JB-2026-0002").unwrap(), 2);
    let rows = store
        .search_rows()
        .unwrap()
        .expect("in step after the write");
    assert_eq!(rows.len(), 6);
    assert_eq!(store.verify_audit().unwrap().first_bad, None);
}

#[test]
fn a_backup_made_by_schema_2_restores_into_a_schema_3_store() {
    let (dir, path, store) = fresh();
    let a = actor("zhang");
    // Live cases under the backup's ids at later revisions: the restore renumbers them,
    // which rewrites their summaries' revision.
    let live: Vec<Case> = (1..=3)
        .map(|i| {
            let mut c = full_case(&format!("JB-2026-{i:04}"));
            c.rev = 9;
            c
        })
        .collect();
    store.import(&ctx_of(&a, 1), live, "seed").unwrap();
    let old = fixture_copy(dir.path());
    let backup = Store::open_backup(&old).unwrap();
    let report = store.restore_from(&ctx_of(&a, 2), &backup).unwrap();
    assert_eq!(report.cases, 6);
    assert!(report.renumbered >= 1, "{report:?}");
    let (schema, tags) = layout(&path);
    assert_eq!(schema, "3");
    assert!(tags.iter().all(|&t| t == SUMMARY_TAG), "{tags:?}");
    let summaries = store.summaries().unwrap();
    assert_eq!(summaries.len(), 6);
    for s in &summaries {
        let case = store.get(&s.id).unwrap().unwrap();
        assert_eq!(s, &CaseSummary::of(&case), "{}", s.id);
    }
    assert_eq!(
        ids(&store.officer_summaries("lisi").unwrap()),
        ["JB-2026-0003"]
    );
    assert_eq!(store.verify_audit().unwrap().first_bad, None);
}

#[test]
fn a_damaged_schema_2_summary_is_made_again_from_its_case_by_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_copy(dir.path());
    flip_summary(&path, "JB-2026-0004");
    let old = read_only(&path);
    assert!(matches!(
        old.summaries(),
        Err(StoreError::Damaged { ref id, .. }) if id == "JB-2026-0004"
    ));
    let (_, reason) = old.verify_audit().unwrap().first_bad.expect("named");
    assert!(reason.contains("summary of case JB-2026-0004"), "{reason}");
    drop(old);
    let store = reopen(&path);
    let summaries = store.summaries().unwrap();
    assert_eq!(summaries.len(), 6);
    let case = store.get("JB-2026-0004").unwrap().unwrap();
    assert_eq!(summaries[3], CaseSummary::of(&case));
    assert_eq!(store.verify_audit().unwrap().first_bad, None);
}

#[test]
fn a_damaged_binary_summary_is_named_by_audit_verify_and_repaired_from_its_case() {
    let (_dir, path, store) = fresh();
    let a = actor("zhang");
    let cases: Vec<Case> = (1..=3)
        .map(|i| full_case(&format!("JB-2026-{i:04}")))
        .collect();
    store.import(&ctx_of(&a, 1), cases, "seed").unwrap();
    let want = store.summaries().unwrap();
    drop(store);
    flip_summary(&path, "JB-2026-0002");
    let store = reopen(&path);
    let (_, reason) = store.verify_audit().unwrap().first_bad.expect("named");
    assert!(reason.contains("summary of case JB-2026-0002"), "{reason}");
    assert!(matches!(
        store.backup(&path.with_extension("bk")),
        Err(StoreError::Damaged { .. })
    ));
    let report = store.repair(&ctx_of(&a, 2)).unwrap();
    assert_eq!(report.repaired, ["JB-2026-0002"]);
    let got = store.summaries().unwrap();
    assert_eq!(got.len(), 3);
    assert_eq!(got[0], want[0]);
    let case = store.get("JB-2026-0002").unwrap().unwrap();
    assert_eq!(got[1], CaseSummary::of(&case));
    assert_eq!(store.verify_audit().unwrap().first_bad, None);
}
