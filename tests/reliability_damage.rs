//! Issue 5.3 — damaged files: truncated, bit-flipped, empty, a directory, another
//! program's file, a newer schema, no permission, a full disk. Each is refused with a
//! specific message and exit ≠ 0, never a panic, and the file is left byte-for-byte as it
//! was (a flip that lands in free space may leave a store that opens: then its data must
//! read back unchanged and its audit chain verify).
//!
//! `cargo test --test reliability_damage -- --nocapture` prints how many files were tried;
//! `JIEBANG_DAMAGE_SEED=...` reproduces a run, `JIEBANG_DAMAGE_TRIALS=N` tries more.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use jiebang::domain::*;
use support::common::*;
use support::rel::*;

fn trials(default: u64) -> u64 {
    std::env::var("JIEBANG_DAMAGE_TRIALS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// A store with a few cases, a note and a move: (its bytes, its export).
fn good_store(
    env: &Env,
) -> (
    Vec<u8>,
    std::collections::BTreeMap<String, serde_json::Value>,
) {
    env.import(&[
        case("JB-2026-0001", Stage::Validating),
        case("JB-2026-0002", Stage::Collecting),
        case("JB-2026-0003", Stage::Published),
    ]);
    assert_eq!(env.run(&["note", "JB-2026-0002", "电话确认"]).0, 0);
    assert_eq!(env.run(&["advance", "JB-2026-0001"]).0, 0);
    let export = exported(env);
    (file_bytes(&env.db), export)
}

/// Which kind of refusal a message is (the first line names the file and the problem).
fn refusal_kind(err: &str) -> Option<&'static str> {
    [
        ("已损坏", "damaged"),
        ("不是揭榜数据库", "not a store"),
        ("更新版本", "newer schema"),
        ("无权访问", "permission"),
        ("读写", "i/o"),
        ("未正常关闭", "unclean"),
    ]
    .into_iter()
    .find(|(needle, _)| err.contains(needle))
    .map(|(_, kind)| kind)
}

/// A read and a write command on the damaged file: both refuse it, specifically, without
/// touching it. Returns the kind of refusal.
fn assert_refused_untouched(env: &Env, what: &str) -> &'static str {
    let before = std::fs::read(&env.db).ok();
    let mut kind = "";
    for args in [&["list"][..], &["note", "JB-2026-0002", "x"][..]] {
        let (code, out, err) = env.run(args);
        assert_ne!(code, 0, "{what}: {args:?} succeeded: {out}");
        assert_no_panic(what, &err);
        assert!(err.starts_with("jiebang: "), "{what}: {err}");
        kind = refusal_kind(&err).unwrap_or_else(|| panic!("{what}: unclear message: {err}"));
        assert!(
            std::fs::read(&env.db).ok() == before,
            "{what}: {args:?} changed the file"
        );
    }
    kind
}

#[test]
fn truncated_stores_are_refused_untouched() {
    let env = Env::new();
    let (good, _) = good_store(&env);
    let mut rng = Rng::from_env("JIEBANG_DAMAGE_SEED");
    let mut offsets = vec![1, 9, 100, 4095, 4096, good.len() as u64 - 1];
    offsets.extend((0..trials(24)).map(|_| 1 + rng.below(good.len() as u64 - 1)));
    let mut kinds = std::collections::BTreeMap::new();
    for &at in &offsets {
        std::fs::write(&env.db, &good[..at as usize]).unwrap();
        let kind = assert_refused_untouched(&env, &format!("truncated at {at}"));
        *kinds.entry(kind).or_insert(0) += 1;
    }
    eprintln!(
        "damage: {} truncations of a {}-byte store refused: {kinds:?}",
        offsets.len(),
        good.len()
    );
}

#[test]
fn flipped_bytes_are_refused_or_read_back_intact() {
    let env = Env::new();
    let (good, want) = good_store(&env);
    let mut rng = Rng::from_env("JIEBANG_DAMAGE_SEED");
    let (mut refused, mut opened, mut detected) = (0, 0, 0);
    for t in 0..trials(40) {
        let mut bytes = good.clone();
        let flips = 1 + rng.below(4);
        let mut at = Vec::new();
        for _ in 0..flips {
            let i = rng.below(bytes.len() as u64) as usize;
            bytes[i] ^= 1 << rng.below(8);
            at.push(i);
        }
        std::fs::write(&env.db, &bytes).unwrap();
        let what = format!("trial {t}: bits flipped at {at:?}");
        let (code, _, err) = env.run(&["list"]);
        assert_no_panic(&what, &err);
        if code != 0 {
            refused += 1;
            assert!(
                refusal_kind(&err).is_some(),
                "{what}: unclear message: {err}"
            );
            let after = file_bytes(&env.db);
            let changed: Vec<usize> = (0..after.len().max(bytes.len()))
                .filter(|&i| after.get(i) != bytes.get(i))
                .take(20)
                .collect();
            assert!(
                changed.is_empty(),
                "{what}: a refused file was changed at {changed:?} ({} → {} bytes): {err}",
                bytes.len(),
                after.len()
            );
            continue;
        }
        // The file opened: every case must read back as it was, or the damage be reported.
        let (ecode, eout, eerr) = env.run(&["export", "--format", "json"]);
        let (vcode, vout, verr) = env.run(&["audit", "verify"]);
        assert_no_panic(&what, &eerr);
        assert_no_panic(&what, &verr);
        let same = ecode == 0 && {
            let cases: Vec<serde_json::Value> = serde_json::from_str(&eout).unwrap();
            let got: std::collections::BTreeMap<String, serde_json::Value> = cases
                .into_iter()
                .map(|c| (c["id"].as_str().unwrap().to_string(), c))
                .collect();
            got == want
        };
        if same && vcode == 0 {
            opened += 1;
            continue;
        }
        detected += 1;
        if ecode != 0 {
            assert!(
                refusal_kind(&eerr).is_some(),
                "{what}: unclear export error: {eerr}"
            );
        }
        assert!(
            file_bytes(&env.db) == bytes,
            "{what}: reading changed the file"
        );
        assert_ne!(
            vcode, 0,
            "{what}: cases changed silently and audit verify passed: {vout}"
        );
        assert!(
            refusal_kind(&verr).is_some() || verr.contains("审计链"),
            "{what}: unclear verify error: {verr}"
        );
    }
    eprintln!(
        "damage: {} bit-flipped stores: {refused} refused untouched, {detected} opened with \
         the damage reported, {opened} opened intact",
        refused + detected + opened
    );
}

#[test]
fn empty_directory_and_foreign_files_are_refused_untouched() {
    let env = Env::new();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.resize(5000, 7);
    let mut sqlite = b"SQLite format 3\0".to_vec();
    sqlite.resize(8192, 0);
    let mut redb_magic_only = b"redb\x1a\x0a\xa9\x0d\x0a".to_vec();
    redb_magic_only.resize(4096, 0);
    let files: [(&str, Vec<u8>); 5] = [
        ("empty", Vec::new()),
        ("png", png),
        ("sqlite", sqlite),
        ("text", "案件清单\n".repeat(1000).into_bytes()),
        ("redb header, zero body", redb_magic_only),
    ];
    for (what, bytes) in &files {
        std::fs::write(&env.db, bytes).unwrap();
        let kind = assert_refused_untouched(&env, what);
        assert!(matches!(kind, "not a store" | "damaged"), "{what}: {kind}");
    }
    // A directory where the store should be.
    std::fs::remove_file(&env.db).unwrap();
    std::fs::create_dir(&env.db).unwrap();
    let (code, _, err) = env.run(&["note", "JB-2026-0001", "x"]);
    assert_ne!(code, 0);
    assert_no_panic("directory", &err);
    assert_eq!(refusal_kind(&err), Some("not a store"), "{err}");
    assert!(
        std::fs::read_dir(&env.db).unwrap().next().is_none(),
        "nothing written into it"
    );
}

#[test]
fn another_programs_redb_and_a_newer_schema_are_refused_untouched() {
    let env = Env::new();
    // A redb database of another program.
    {
        let db = redb::Database::create(&env.db).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let def: redb::TableDefinition<&str, u64> = redb::TableDefinition::new("settings");
            txn.open_table(def).unwrap().insert("volume", 11).unwrap();
        }
        txn.commit().unwrap();
    }
    let kind = assert_refused_untouched(&env, "another program's redb");
    assert!(matches!(kind, "not a store" | "damaged"), "{kind}");

    // A jiebang store from a newer version.
    std::fs::remove_file(&env.db).unwrap();
    good_store(&env);
    {
        let db = raw_db(&env.db);
        let txn = db.begin_write().unwrap();
        txn.open_table(META)
            .unwrap()
            .insert("schema", "99")
            .unwrap();
        txn.commit().unwrap();
    }
    assert_eq!(assert_refused_untouched(&env, "schema 99"), "newer schema");
    let (_, _, err) = env.run(&["--lang", "en", "list"]);
    assert!(err.contains("99"), "names the version: {err}");
}

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Runs as `NOBODY` when the tests run as root (root ignores file modes).
fn run_unprivileged(env: &Env, args: &[&str]) -> Run {
    if is_root() {
        run_as_nobody(env, args)
    } else {
        finish(raw_cmd(env).args(args).output().unwrap())
    }
}

#[test]
fn no_read_or_no_write_permission_is_a_specific_error() {
    let env = Env::new();
    let (good, _) = good_store(&env);
    if is_root() {
        chmod(env.dir.path(), 0o777);
        // The config dir must be readable by the unprivileged user too.
        std::fs::create_dir_all(env.path("config")).unwrap();
        chmod(&env.path("config"), 0o777);
        std::os::unix::fs::chown(&env.db, Some(NOBODY), Some(NOBODY)).unwrap();
    }
    for (mode, args) in [
        (0o000, &["list"][..]),
        (0o000, &["note", "JB-2026-0002", "x"][..]),
        (0o400, &["note", "JB-2026-0002", "x"][..]),
    ] {
        chmod(&env.db, mode);
        let r = run_unprivileged(&env, args);
        let what = format!("mode {mode:o} {args:?}");
        assert_ne!(r.code, 0, "{what} succeeded");
        assert_no_panic(&what, &r.err());
        assert_eq!(
            refusal_kind(&r.err()),
            Some("permission"),
            "{what}: {}",
            r.err()
        );
        chmod(&env.db, 0o600);
        assert_eq!(file_bytes(&env.db), good, "{what} changed the file");
    }
    // Read permission only: --read-only still lets the officer look.
    chmod(&env.db, 0o400);
    let r = run_unprivileged(&env, &["--read-only", "list"]);
    assert_eq!(r.code, 0, "{}", r.err());
    chmod(&env.db, 0o600);
}

#[test]
fn a_full_disk_fails_the_write_cleanly_and_keeps_the_store() {
    let env = Env::new();
    let (_, want) = good_store(&env);
    let size = std::fs::metadata(&env.db).unwrap().len();
    // An import large enough that the file must grow.
    let cases: Vec<Case> = (10..400)
        .map(|i| {
            let mut c = case(&format!("JB-2026-{i:04}"), Stage::Collecting);
            c.achievement.description = "高丰度稀土永磁材料示范应用。".repeat(100);
            c
        })
        .collect();
    let file = env.write("big.json", jiebang::io::json::to_json(&cases).as_bytes());
    let r = run_with_fsize_limit(&env, &["import", file.to_str().unwrap()], size);
    assert_ne!(r.code, 0, "the import cannot fit: {}", r.out());
    assert_no_panic("full disk", &r.err());
    assert_eq!(refusal_kind(&r.err()), Some("i/o"), "{}", r.err());
    assert_eq!(
        std::fs::metadata(&env.db).unwrap().len(),
        size,
        "the file did not grow"
    );
    // Nothing of the failed import is visible, and the store still works.
    assert_eq!(exported(&env), want);
    assert_trail_replays(&env);
    assert_eq!(env.run(&["note", "JB-2026-0002", "磁盘清理后"]).0, 0);
}
