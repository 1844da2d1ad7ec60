//! Schema 2: sealed rows checked on read, notes in their own table, the schema-1
//! migration, in-place restore with its generation check, repair from the trail.

use std::fs;
use std::path::Path;

use redb::ReadableTable;

use super::*;
use crate::store::StoreError;
use crate::store::notes::NOTE_WINDOW;
use crate::store::open::builder;
use crate::store::tables::{CASES, NOTES, SUMMARIES};

fn ctx_of(a: &Actor, secs: i64) -> WriteCtx<'_> {
    WriteCtx {
        actor: a,
        now: t(secs),
    }
}

fn note(i: usize) -> Note {
    Note {
        at: t(i as i64),
        author: "zhang".to_string(),
        text: format!("第 {i} 条"),
    }
}

/// Three cases; the second has `notes` notes.
fn three_cases(notes: usize) -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let (dir, path, store) = fresh();
    let a = actor("zhang");
    let mut cases: Vec<Case> = (1..=3)
        .map(|i| full_case(&format!("JB-2026-{i:04}")))
        .collect();
    cases[1].notes = (0..notes).map(note).collect();
    store.import(&ctx_of(&a, 1), cases, "seed").unwrap();
    (dir, path, store)
}

/// Flips one bit inside the stored value of `key` in `table`, as a bad sector or a
/// hand edit would: redb itself sees a valid row.
fn flip_row(path: &Path, table: &str, key: &str) {
    let db = builder().open(path).unwrap();
    let txn = db.begin_write().unwrap();
    {
        let def = match table {
            "cases" => CASES,
            _ => SUMMARIES,
        };
        let mut t = txn.open_table(def).unwrap();
        let mut bytes = t.get(key).unwrap().unwrap().value().to_vec();
        let at = bytes.len() - 7;
        bytes[at] ^= 0x04;
        t.insert(key, bytes.as_slice()).unwrap();
    }
    txn.commit().unwrap();
}

#[test]
fn a_flipped_bit_in_a_case_row_is_refused_by_name_and_the_others_are_served() {
    let (_dir, path, store) = three_cases(3);
    drop(store);
    flip_row(&path, "cases", "JB-2026-0002");
    let store = reopen(&path);
    match store.get("JB-2026-0002") {
        Err(StoreError::Damaged { id, table, .. }) => {
            assert_eq!((id.as_str(), table), ("JB-2026-0002", "cases"));
        }
        other => panic!("expected Damaged, got {other:?}"),
    }
    assert!(store.get("JB-2026-0001").unwrap().is_some());
    assert!(store.get("JB-2026-0003").unwrap().is_some());
    assert_eq!(store.summaries().unwrap().len(), 3, "summaries are whole");
    assert!(matches!(store.cases(), Err(StoreError::Damaged { .. })));
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("bk.redb");
    assert!(matches!(
        store.backup(&copy),
        Err(StoreError::Damaged { .. })
    ));
    assert!(!copy.exists(), "no copy of a damaged store");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "no temporary");
    assert!(store.verify_audit().unwrap().first_bad.is_some());
    let a = actor("zhang");
    assert!(matches!(
        store.add_note(&ctx_of(&a, 5), "JB-2026-0002", note(9)),
        Err(StoreError::Damaged { .. })
    ));
    let err = StoreError::Damaged {
        path: path.clone(),
        id: "JB-2026-0002".into(),
        table: "cases",
    };
    assert_eq!(err.exit_code(), 5);
    assert!(err.message(crate::i18n::Lang::Zh).contains("JB-2026-0002"));

    let report = store.repair(&ctx_of(&a, 6)).unwrap();
    assert_eq!(report.repaired, ["JB-2026-0002"]);
    let case = store.get("JB-2026-0002").unwrap().unwrap();
    assert_eq!(case.notes.len(), 3);
    assert_eq!(case, {
        let mut c = full_case("JB-2026-0002");
        c.notes = (0..3).map(note).collect();
        c
    });
    assert_eq!(store.verify_audit().unwrap().first_bad, None);
    assert!(store.repair(&ctx_of(&a, 7)).unwrap().repaired.is_empty());
}

#[test]
fn a_damaged_summary_is_named_and_a_lenient_read_serves_the_others() {
    let (_dir, path, store) = three_cases(0);
    drop(store);
    flip_row(&path, "summaries", "JB-2026-0003");
    let store = reopen(&path);
    assert!(matches!(
        store.summaries(),
        Err(StoreError::Damaged { ref id, .. }) if id == "JB-2026-0003"
    ));
    let (rows, damaged) = store.summaries_lenient().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(damaged.len(), 1);
    let a = actor("li");
    assert_eq!(
        store.repair(&ctx_of(&a, 3)).unwrap().repaired,
        ["JB-2026-0003"]
    );
    assert_eq!(store.summaries().unwrap().len(), 3);
}

#[test]
fn a_damaged_note_row_refuses_its_case_only() {
    let (_dir, path, store) = three_cases(4);
    drop(store);
    {
        let db = builder().open(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let mut t = txn.open_table(NOTES).unwrap();
            let mut bytes = t
                .get(("JB-2026-0002", 3))
                .unwrap()
                .unwrap()
                .value()
                .to_vec();
            bytes[8] ^= 1;
            t.insert(("JB-2026-0002", 3), bytes.as_slice()).unwrap();
        }
        txn.commit().unwrap();
    }
    let store = reopen(&path);
    assert!(matches!(
        store.get("JB-2026-0002"),
        Err(StoreError::Damaged { table: "notes", .. })
    ));
    assert!(store.get("JB-2026-0001").unwrap().is_some());
    let a = actor("li");
    store.repair(&ctx_of(&a, 3)).unwrap();
    assert_eq!(store.get("JB-2026-0002").unwrap().unwrap().notes.len(), 4);
}

#[test]
fn notes_live_in_their_own_table_and_a_read_carries_the_latest_ones() {
    let (_dir, _path, store) = three_cases(NOTE_WINDOW + 70);
    let total = (NOTE_WINDOW + 70) as u64;
    let case = store.get("JB-2026-0002").unwrap().unwrap();
    assert_eq!(case.notes.len(), NOTE_WINDOW);
    assert_eq!(
        case.notes.last().unwrap().text,
        format!("第 {} 条", total - 1)
    );
    assert_eq!(store.note_count("JB-2026-0002").unwrap(), total);
    assert_eq!(
        store.get_full("JB-2026-0002").unwrap().unwrap().notes.len() as u64,
        total
    );
    let a = actor("li");
    let after = store
        .add_note(&ctx_of(&a, 9), "JB-2026-0002", note(999))
        .unwrap();
    assert_eq!(after.notes.last().unwrap().text, "第 999 条");
    assert_eq!(after.rev, 4);
    assert_eq!(store.note_count("JB-2026-0002").unwrap(), total + 1);
    // A form saving the case with its window of notes adds none.
    let edited = store.get("JB-2026-0002").unwrap().unwrap();
    store
        .update::<String>("JB-2026-0002", Some(4), &ctx_of(&a, 10), "edit", "", |c| {
            *c = edited.clone();
            c.achievement.team = "新团队".into();
            Ok(())
        })
        .unwrap();
    assert_eq!(store.note_count("JB-2026-0002").unwrap(), total + 1);
    assert_eq!(store.verify_audit().unwrap().first_bad, None);
    let events = store.events(Some("JB-2026-0002")).unwrap();
    let note_event = &events[events.len() - 2];
    assert_eq!(note_event.action, "note");
    assert!(
        note_event.changes.len() == 3,
        "a note event carries the note, not the case"
    );
}

#[test]
fn lists_over_their_limits_are_refused_with_nothing_written() {
    let (_dir, _path, store) = fresh();
    let a = actor("zhang");
    let mut big = full_case("JB-2026-0001");
    big.notes = (0..=crate::store::LIMITS.notes as usize)
        .map(note)
        .collect();
    match store.import(&ctx_of(&a, 1), vec![big], "") {
        Err(e @ StoreError::TooMany { .. }) => {
            assert_eq!(e.exit_code(), 2);
            assert!(e.message(crate::i18n::Lang::Zh).contains("备注"));
        }
        other => panic!("expected TooMany, got {other:?}"),
    }
    let mut wide = full_case("JB-2026-0002");
    wide.takers = vec![Taker::default(); crate::store::LIMITS.takers + 1];
    assert!(matches!(
        store.import(&ctx_of(&a, 1), vec![wide], ""),
        Err(StoreError::TooMany { what: "takers", .. })
    ));
    assert_eq!(store.count().unwrap(), 0);
}

#[test]
fn ids_past_9999_sort_by_number() {
    let (_dir, _path, store) = fresh();
    let a = actor("zhang");
    let ids = [
        "JB-2026-10000",
        "JB-2026-1001",
        "JB-2026-0999",
        "JB-2025-20000",
    ];
    let cases = ids.iter().map(|id| full_case(id)).collect();
    store.import(&ctx_of(&a, 1), cases, "").unwrap();
    let order: Vec<String> = store
        .summaries()
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(
        order,
        [
            "JB-2025-20000",
            "JB-2026-0999",
            "JB-2026-1001",
            "JB-2026-10000"
        ]
    );
    let order: Vec<String> = store.cases().unwrap().into_iter().map(|c| c.id).collect();
    assert_eq!(order[3], "JB-2026-10000");
}

#[test]
fn a_schema_1_store_is_read_as_it_is_and_migrated_by_a_read_write_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.redb");
    fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/schema1.redb"),
        &path,
    )
    .unwrap();
    let ro = OpenOptions {
        read_only: true,
        ..OpenOptions::default()
    };
    let before = fs::read(&path).unwrap();
    let old = Store::open(&path, &ro).unwrap();
    let summaries = old.summaries().unwrap();
    assert_eq!(summaries.len(), 4);
    let case = old.get("JB-2026-0002").unwrap().unwrap();
    let texts: Vec<&str> = case.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        ["升级前的备注 1", "升级前的备注 2", "升级前的备注 3"]
    );
    assert_eq!(old.note_count("JB-2026-0002").unwrap(), 3);
    assert_eq!(old.verify_audit().unwrap().first_bad, None);
    drop(old);
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "a read-only open migrates nothing"
    );

    let store = reopen(&path);
    assert_eq!(store.summaries().unwrap(), summaries);
    assert_eq!(store.get("JB-2026-0002").unwrap().unwrap(), case);
    assert_eq!(store.note_count("JB-2026-0002").unwrap(), 3);
    assert_eq!(store.verify_audit().unwrap().first_bad, None);
    let a = actor("zhang");
    store
        .add_note(&ctx_of(&a, 1), "JB-2026-0002", note(4))
        .unwrap();
    assert_eq!(store.note_count("JB-2026-0002").unwrap(), 4);
    assert_eq!(store.verify_audit().unwrap().first_bad, None);
    drop(store);
    let again = Store::open(&path, &ro).unwrap();
    assert!(!again.legacy, "the file is schema 2 now");
    assert_eq!(again.cases().unwrap().len(), 4);
}

#[test]
fn a_restore_is_seen_by_an_open_handle_whose_next_write_is_refused_once() {
    let (dir, path, store) = three_cases(2);
    let a = actor("zhang");
    let copy = dir.path().join("bk.redb");
    store.backup(&copy).unwrap();
    // After the backup: a note, and an edit another officer's form is based on.
    store
        .add_note(&ctx_of(&a, 2), "JB-2026-0002", note(5))
        .unwrap();
    let tui = reopen(&path);
    let seen = tui.get("JB-2026-0002").unwrap().unwrap();
    assert_eq!(seen.rev, 4);

    let restorer = reopen(&path);
    let li = actor("li");
    let report = restorer
        .restore_from(&ctx_of(&li, 3), &Store::open_backup(&copy).unwrap())
        .unwrap();
    assert_eq!((report.cases, report.renumbered), (3, 1));

    // The open handle reads the restored store at once.
    assert_eq!(tui.note_count("JB-2026-0002").unwrap(), 2);
    // Its first write is refused (exit 6, who and when), nothing written...
    match tui.add_note(&ctx_of(&a, 4), "JB-2026-0001", note(6)) {
        Err(e @ StoreError::Restored { .. }) => {
            assert_eq!(e.exit_code(), 6);
            assert!(e.message(crate::i18n::Lang::En).contains("li@10.0.0.7"));
        }
        other => panic!("expected Restored, got {other:?}"),
    }
    assert_eq!(
        tui.note_count("JB-2026-0001").unwrap(),
        1,
        "full_case's one note"
    );
    // ...a form based on a revision from before the restore never matches...
    assert!(matches!(
        tui.update::<String>(
            "JB-2026-0002",
            Some(seen.rev),
            &ctx_of(&a, 5),
            "edit",
            "",
            |c| {
                c.achievement.team = "旧表单".into();
                Ok(())
            }
        ),
        Err(crate::store::UpdateError::Store(StoreError::Stale { .. }))
    ));
    // ...and its next writes go into the restored store and stay.
    tui.add_note(&ctx_of(&a, 6), "JB-2026-0001", note(7))
        .unwrap();
    let fresh_rev = tui.get("JB-2026-0002").unwrap().unwrap().rev;
    assert_eq!(fresh_rev, seen.rev + 1, "renumbered past the live revision");
    drop((tui, restorer, store));
    let after = reopen(&path);
    assert_eq!(after.note_count("JB-2026-0001").unwrap(), 2);
    assert_eq!(after.verify_audit().unwrap().first_bad, None);
    let (at, by, from) = after.last_restore().unwrap().unwrap();
    assert_eq!((at, by.as_str()), (t(3), "li@10.0.0.7"));
    assert!(from.ends_with("bk.redb"));
}
