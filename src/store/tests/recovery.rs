//! A writer that dies without closing the store (a panic here; SIGKILL and power loss leave
//! the same state) must not lock officers out: the next read-write open repairs the store
//! after a dry run proved it is ours, and a foreign crashed file is still left untouched.

use std::fs;

use super::*;
use crate::store::StoreError;
use crate::store::open::builder;

/// Opens the store in a thread that panics while the database is alive: redb then skips its
/// clean shutdown, exactly as after a crash.
fn crash_while_open(path: &Path, note: &str) {
    let p = path.to_path_buf();
    let note = note.to_string();
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let joined = std::thread::spawn(move || {
        let store = reopen(&p);
        let ctx = WriteCtx {
            actor: &actor("zhang"),
            now: t(60),
        };
        let note = Note {
            at: t(60),
            author: "zhang".into(),
            text: note,
        };
        store.add_note(&ctx, "JB-2026-0001", note).unwrap();
        panic!("simulated crash with the store open");
    })
    .join();
    std::panic::set_hook(prev);
    assert!(joined.is_err());
}

#[test]
fn a_store_left_open_by_a_dead_writer_recovers_and_keeps_its_commits() {
    let (_dir, path, store) = fresh();
    let ctx = WriteCtx {
        actor: &actor("zhang"),
        now: t(0),
    };
    store
        .import(&ctx, vec![full_case("JB-2026-0001")], "seed")
        .unwrap();
    drop(store);
    crash_while_open(&path, "提交后崩溃");

    // Read-only cannot repair: it says what to do and writes nothing.
    let before = fs::read(&path).unwrap();
    let ro = OpenOptions {
        read_only: true,
        ..OpenOptions::default()
    };
    assert!(matches!(
        Store::open(&path, &ro),
        Err(StoreError::Unclean { .. })
    ));
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "a read-only open changed the file"
    );

    // Read-write repairs; the commit acknowledged before the crash is there.
    let store = reopen(&path);
    let case = store.get("JB-2026-0001").unwrap().unwrap();
    assert_eq!(case.notes.last().unwrap().text, "提交后崩溃");
    assert_eq!(store.verify_audit().unwrap().first_bad, None);
    drop(store);
    assert!(
        Store::open(&path, &ro).is_ok(),
        "clean again after the repair"
    );
}

#[test]
fn a_crashed_database_of_another_program_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.redb");
    let table: redb::TableDefinition<&str, u64> = redb::TableDefinition::new("stuff");
    {
        let db = builder().create(&path).unwrap();
        let w = db.begin_write().unwrap();
        w.open_table(table).unwrap().insert("x", &1).unwrap();
        w.commit().unwrap();
    }
    let p = path.clone();
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let _ = std::thread::spawn(move || {
        let _db = builder().open(&p).unwrap();
        panic!("crash");
    })
    .join();
    std::panic::set_hook(prev);
    let before = fs::read(&path).unwrap();
    for opts in [OpenOptions::default(), create_opts()] {
        let err = Store::open(&path, &opts).unwrap_err();
        assert!(matches!(err, StoreError::NotAStore { .. }), "{err:?}");
        assert_eq!(fs::read(&path).unwrap(), before);
    }
}
