//! Opening files: foreign, damaged and newer files are refused and left byte-for-byte as
//! they were; new stores get the right mode; backups and restores.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use super::*;
use crate::store::StoreError;
use crate::store::open::builder;
use crate::store::tables::{META, SCHEMA_KEY};

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Opens `path` in every way a user can and checks each refusal left the file alone.
fn refused_untouched(path: &Path) -> StoreError {
    let before = fs::read(path).ok();
    let mut errors = Vec::new();
    for opts in [
        OpenOptions::default(),
        create_opts(),
        OpenOptions {
            read_only: true,
            ..OpenOptions::default()
        },
    ] {
        errors.push(Store::open(path, &opts).unwrap_err());
        assert!(
            fs::read(path).ok() == before,
            "{} was modified",
            path.display()
        );
    }
    let first = format!("{:?}", errors[0]);
    assert!(
        errors.iter().all(|e| format!("{e:?}") == first),
        "{errors:?}"
    );
    errors.remove(0)
}

fn a_populated_store() -> (tempfile::TempDir, PathBuf) {
    let (dir, path, store) = fresh();
    let a = actor("zhang");
    let ctx = WriteCtx {
        actor: &a,
        now: t(10),
    };
    let cases: Vec<Case> = (1..=60)
        .map(|i| full_case(&format!("JB-2025-{i:04}")))
        .collect();
    store.import(&ctx, cases, "").unwrap();
    drop(store);
    (dir, path)
}

#[test]
fn a_missing_file_is_created_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/dir/jiebang.redb");
    let err = Store::open(&path, &OpenOptions::default()).unwrap_err();
    assert!(matches!(err, StoreError::Missing { .. }), "{err:?}");
    assert_eq!(err.exit_code(), 2);
    let ro = OpenOptions {
        create: true,
        read_only: true,
        group_shared: false,
    };
    assert!(matches!(
        Store::open(&path, &ro),
        Err(StoreError::Missing { .. })
    ));
    assert!(!path.exists());
    let store = Store::open(&path, &create_opts()).unwrap();
    assert_eq!(store.count().unwrap(), 0);
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    let leftovers: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
}

#[test]
fn a_group_shared_store_is_0660_whatever_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.redb");
    let opts = OpenOptions {
        create: true,
        read_only: false,
        group_shared: true,
    };
    Store::open(&path, &opts).unwrap();
    assert_eq!(mode(&path), 0o660);
}

#[test]
fn opening_with_create_keeps_an_existing_store() {
    let (_dir, path) = a_populated_store();
    let store = Store::open(&path, &create_opts()).unwrap();
    assert_eq!(store.count().unwrap(), 60);
}

#[test]
fn a_directory_is_not_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let err = Store::open(dir.path(), &create_opts()).unwrap_err();
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err:?}");
    assert!(err.message(crate::i18n::Lang::En).contains("directory"));
}

#[test]
fn an_empty_file_is_refused_and_stays_empty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.redb");
    fs::write(&path, b"").unwrap();
    let err = refused_untouched(&path);
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err:?}");
    assert_eq!(fs::metadata(&path).unwrap().len(), 0);
}

#[test]
fn garbage_and_other_programs_files_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let mut junk = Vec::new();
    let mut x: u32 = 12345;
    for _ in 0..20_000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        junk.push((x >> 16) as u8);
    }
    let cases: [(&str, &[u8]); 4] = [
        ("junk.bin", &junk),
        ("notes.txt", "会议纪要\n".as_bytes()),
        ("tiny", b"re"),
        (
            "sqlite.db",
            b"SQLite format 3\0 and some more bytes of a page",
        ),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        let err = refused_untouched(&path);
        assert!(
            matches!(err, StoreError::NotAStore { .. }),
            "{name}: {err:?}"
        );
        assert_eq!(err.exit_code(), 5);
    }
}

#[test]
fn a_redb_database_of_another_program_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.redb");
    {
        let db = redb::Database::create(&other).unwrap();
        let txn = db.begin_write().unwrap();
        txn.open_table(redb::TableDefinition::<u64, u64>::new("things"))
            .unwrap()
            .insert(1, 2)
            .unwrap();
        txn.commit().unwrap();
    }
    let err = refused_untouched(&other);
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err:?}");

    // Same table name as ours, other types.
    let clash = dir.path().join("clash.redb");
    {
        let db = redb::Database::create(&clash).unwrap();
        let txn = db.begin_write().unwrap();
        txn.open_table(redb::TableDefinition::<u64, u64>::new("meta"))
            .unwrap()
            .insert(1, 2)
            .unwrap();
        txn.commit().unwrap();
    }
    let err = refused_untouched(&clash);
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err:?}");
}

fn set_meta(path: &Path, key: &str, value: &str) {
    let db = builder().open(path).unwrap();
    let txn = db.begin_write().unwrap();
    txn.open_table(META).unwrap().insert(key, value).unwrap();
    txn.commit().unwrap();
}

#[test]
fn a_store_of_a_newer_schema_is_refused_untouched() {
    let (_dir, path) = a_populated_store();
    set_meta(&path, SCHEMA_KEY, "4");
    let err = refused_untouched(&path);
    match &err {
        StoreError::NewerSchema {
            found, supported, ..
        } => assert_eq!((*found, *supported), (4, 3)),
        other => panic!("expected NewerSchema, got {other:?}"),
    }
    assert!(err.message(crate::i18n::Lang::Zh).contains("升级"));
}

#[test]
fn a_store_without_the_jiebang_marker_is_refused_untouched() {
    let (_dir, path) = a_populated_store();
    set_meta(&path, "app", "someone-else");
    assert!(matches!(
        refused_untouched(&path),
        StoreError::NotAStore { .. }
    ));
}

#[test]
fn a_truncated_store_is_refused_untouched() {
    let (dir, path) = a_populated_store();
    let whole = fs::read(&path).unwrap();
    assert!(
        whole.len() > 64 * 1024,
        "store too small for the test: {}",
        whole.len()
    );
    for cut in [
        9,
        100,
        4096,
        8192,
        whole.len() / 3,
        whole.len() / 2,
        whole.len() * 9 / 10,
        whole.len() - 4096,
        whole.len() - 1,
    ] {
        let p = dir.path().join(format!("cut-{cut}.redb"));
        fs::write(&p, &whole[..cut]).unwrap();
        let err = refused_untouched(&p);
        assert!(
            matches!(
                err,
                StoreError::Corrupt { .. } | StoreError::NotAStore { .. }
            ),
            "cut at {cut}: {err:?}"
        );
    }
}

#[test]
fn an_unreadable_file_is_a_permission_error() {
    let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
    let mapped = StoreError::io(Path::new("/srv/jiebang.redb"), &denied);
    assert!(
        matches!(mapped, StoreError::Permission { .. }),
        "{mapped:?}"
    );
    if unsafe { libc::geteuid() } == 0 {
        return; // root reads any file, so the real refusal cannot be provoked
    }
    let (_dir, path) = a_populated_store();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    let err = Store::open(&path, &OpenOptions::default()).unwrap_err();
    assert!(matches!(err, StoreError::Permission { .. }), "{err:?}");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o400)).unwrap();
    let err = Store::open(&path, &OpenOptions::default()).unwrap_err();
    assert!(matches!(err, StoreError::Permission { .. }), "{err:?}");
    let ro = Store::open(
        &path,
        &OpenOptions {
            read_only: true,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    assert_eq!(ro.count().unwrap(), 60);
}

#[test]
fn backup_and_restore_round_trip() {
    let (dir, path) = a_populated_store();
    let store = reopen(&path);
    store.put_draft("zhang", "new", "半填的表", t(1)).unwrap();
    let copy = dir.path().join("backup.redb");
    store.backup(&copy).unwrap();
    assert_eq!(mode(&copy), 0o600);
    assert!(matches!(store.backup(&path), Err(StoreError::Rejected(_))));
    let a = actor("zhang");
    let ctx = WriteCtx {
        actor: &a,
        now: t(10),
    };
    new_case(&store, &ctx, "备份之后");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o660)).unwrap();
    let report = store
        .restore_from(&ctx, &Store::open_backup(&copy).unwrap())
        .unwrap();
    assert_eq!(
        (report.cases, report.events, report.renumbered),
        (60, 60, 0)
    );
    assert_eq!(mode(&path), 0o660, "restore keeps the store's mode");
    drop(store);
    let restored = reopen(&path);
    assert_eq!(restored.count().unwrap(), 60);
    assert_eq!(restored.drafts("zhang").unwrap()[0].payload, "半填的表");
    assert_eq!(
        restored.verify_audit().unwrap().events,
        61,
        "plus the restore"
    );
    let last = restored.events(None).unwrap().pop().unwrap();
    assert_eq!(last.action, "restore");
    assert!(
        last.note.contains("backup.redb"),
        "names the backup: {}",
        last.note
    );
}

#[test]
fn restore_refuses_bad_sources_and_leaves_the_store_alone() {
    let (dir, path) = a_populated_store();
    let garbage = dir.path().join("garbage");
    fs::write(&garbage, b"not a backup at all, just some text").unwrap();

    let broken = dir.path().join("broken.redb");
    reopen(&path).backup(&broken).unwrap();
    {
        let db = builder().open(&broken).unwrap();
        let txn = db.begin_write().unwrap();
        txn.open_table(crate::store::tables::AUDIT)
            .unwrap()
            .remove(7)
            .unwrap();
        txn.commit().unwrap();
    }
    let newer = dir.path().join("newer.redb");
    reopen(&path).backup(&newer).unwrap();
    set_meta(&newer, SCHEMA_KEY, "7");
    let live = reopen(&path);
    let before = (live.events(None).unwrap(), live.change_counter().unwrap());
    let a = actor("zhang");
    let ctx = WriteCtx {
        actor: &a,
        now: t(10),
    };
    assert!(matches!(
        Store::open_backup(&newer).and_then(|b| live.restore_from(&ctx, &b)),
        Err(StoreError::NewerSchema { .. })
    ));
    assert!(matches!(
        Store::open_backup(&garbage).and_then(|b| live.restore_from(&ctx, &b)),
        Err(StoreError::NotAStore { .. })
    ));
    let missing = dir.path().join("missing");
    assert!(matches!(
        Store::open_backup(&missing).and_then(|b| live.restore_from(&ctx, &b)),
        Err(StoreError::Missing { .. })
    ));
    match Store::open_backup(&broken).and_then(|b| live.restore_from(&ctx, &b)) {
        Err(StoreError::AuditBroken { seq, .. }) => assert_eq!(seq, 7),
        other => panic!("expected AuditBroken, got {other:?}"),
    }
    let after = (live.events(None).unwrap(), live.change_counter().unwrap());
    assert!(after == before, "the store was modified");
}
