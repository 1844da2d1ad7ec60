//! Issue 5.5 — audit integrity through the CLI: an attacker with write access to the
//! store file edits, deletes, reorders, inserts or appends events (with redb itself, as the
//! tables are plain), or edits a case row directly; `jiebang audit verify` exits 5 and
//! names the first bad event. The actor is the OS user and the SSH client address, never
//! something the officer can set.

mod support;

use jiebang::domain::*;
use jiebang::store::AuditEvent;
use redb::ReadableTable;
use support::common::*;
use support::rel::*;

/// Five events: two imports, a note, a move, a note.
fn base() -> Env {
    let env = Env::new();
    env.import(&[
        case("JB-2026-0001", Stage::Validating),
        case("JB-2026-0002", Stage::Collecting),
    ]);
    assert_eq!(env.run(&["note", "JB-2026-0002", "已电话确认"]).0, 0);
    assert_eq!(env.run(&["advance", "JB-2026-0001"]).0, 0);
    assert_eq!(env.run(&["note", "JB-2026-0001", "发布后复核"]).0, 0);
    assert_eq!(env.run(&["audit", "verify"]).0, 0);
    env
}

fn read_event(txn: &redb::WriteTransaction, seq: u64) -> AuditEvent {
    let t = txn.open_table(AUDIT).unwrap();
    let v = t.get(seq).unwrap().unwrap();
    serde_json::from_slice(v.value()).unwrap()
}

fn write_event(txn: &redb::WriteTransaction, key: u64, e: &AuditEvent) {
    let mut t = txn.open_table(AUDIT).unwrap();
    t.insert(key, serde_json::to_vec(e).unwrap().as_slice())
        .unwrap();
}

fn tamper(env: &Env, f: impl FnOnce(&redb::WriteTransaction)) {
    let db = raw_db(&env.db);
    let txn = db.begin_write().unwrap();
    f(&txn);
    txn.commit().unwrap();
}

/// `audit verify` exits 5 and names event `seq` as the first bad one.
fn assert_broken_at(env: &Env, what: &str, seq: u64) {
    let (code, out, err) = env.run(&["audit", "verify"]);
    assert_eq!(code, 5, "{what}: {out}{err}");
    assert_no_panic(what, &err);
    assert!(
        err.contains(&format!("第 {seq} 条")),
        "{what}: names event {seq}: {err}"
    );
    let (_, _, err) = env.run(&["--lang", "en", "audit", "verify"]);
    assert!(err.contains(&seq.to_string()), "{what}: {err}");
}

#[test]
fn an_edited_event_is_named() {
    let env = base();
    tamper(&env, |txn| {
        let mut e = read_event(txn, 3);
        e.note = "无人知晓".into();
        write_event(txn, 3, &e);
    });
    assert_broken_at(&env, "edited note", 3);
}

#[test]
fn an_edited_event_with_a_recomputed_hash_breaks_the_next_link() {
    let env = base();
    tamper(&env, |txn| {
        let mut e = read_event(txn, 3);
        e.changes[0].after = serde_json::json!({"text": "伪造", "author": "mallory"});
        e.hash = e.compute_hash();
        write_event(txn, 3, &e);
    });
    assert_broken_at(&env, "rehashed edit", 4);
}

#[test]
fn a_deleted_event_is_named() {
    let env = base();
    tamper(&env, |txn| {
        txn.open_table(AUDIT).unwrap().remove(3).unwrap();
    });
    assert_broken_at(&env, "deleted middle", 3);
    let env = base();
    tamper(&env, |txn| {
        txn.open_table(AUDIT).unwrap().remove(5).unwrap();
    });
    assert_broken_at(&env, "deleted last", 5);
}

#[test]
fn reordered_events_are_named() {
    let env = base();
    tamper(&env, |txn| {
        let (a, b) = (read_event(txn, 2), read_event(txn, 3));
        write_event(txn, 2, &b);
        write_event(txn, 3, &a);
    });
    assert_broken_at(&env, "swapped 2 and 3", 2);
}

#[test]
fn inserted_and_appended_events_are_named() {
    // A forged event slipped in as number 3, chained correctly to event 2: the event that
    // was number 3 no longer follows, so verification stops at 4.
    let env = base();
    tamper(&env, |txn| {
        let old: Vec<AuditEvent> = (3..=5).map(|s| read_event(txn, s)).collect();
        let mut forged = old[0].clone();
        forged.note = "补录".into();
        forged.prev_hash = read_event(txn, 2).hash;
        forged.hash = forged.compute_hash();
        write_event(txn, 3, &forged);
        for (i, e) in old.iter().enumerate() {
            write_event(txn, 4 + i as u64, e);
        }
    });
    assert_broken_at(&env, "inserted", 4);

    // A forged event appended with a valid chain, but the recorded head was not moved.
    let env = base();
    tamper(&env, |txn| {
        let last = read_event(txn, 5);
        let mut forged = last.clone();
        forged.seq = 6;
        forged.note = "追加".into();
        forged.prev_hash = last.hash.clone();
        forged.hash = forged.compute_hash();
        write_event(txn, 6, &forged);
    });
    assert_broken_at(&env, "appended", 6);
}

#[test]
fn a_case_edited_behind_the_trail_is_found() {
    let env = base();
    tamper(&env, |txn| {
        let mut t = txn.open_table(CASES).unwrap();
        let raw = t.get("JB-2026-0002").unwrap().unwrap().value().to_vec();
        let mut c: serde_json::Value = serde_json::from_slice(row_json(&raw)).unwrap();
        c["achievement"]["name"] = "悄悄改名".into();
        let json = serde_json::to_vec(&c).unwrap();
        t.insert("JB-2026-0002", sealed_row("JB-2026-0002", &json).as_slice())
            .unwrap();
    });
    // Case 0002's last event is the note, number 3.
    assert_broken_at(&env, "case row edited", 3);
    let (_, _, err) = env.run(&["audit", "verify"]);
    assert!(err.contains("JB-2026-0002"), "names the case: {err}");
}

fn passwd_name(uid: u32) -> String {
    // SAFETY: getpwuid returns a pointer into static storage or null; read at once.
    unsafe {
        let pw = libc::getpwuid(uid);
        assert!(!pw.is_null(), "uid {uid} has a passwd entry");
        std::ffi::CStr::from_ptr((*pw).pw_name)
            .to_string_lossy()
            .into_owned()
    }
}

fn last_event(env: &Env) -> AuditEvent {
    audit_log(env).pop().unwrap()
}

#[test]
fn the_actor_is_the_os_user_and_the_ssh_client_not_typed_names() {
    let env = base();
    // SAFETY: getuid has no preconditions.
    let me = passwd_name(unsafe { libc::getuid() });
    let out = env
        .cmd()
        .env("USER", "mallory")
        .env("LOGNAME", "mallory")
        .env("JIEBANG_USER", "mallory")
        .env("SSH_CONNECTION", "203.0.113.9 52100 10.0.0.1 22")
        .args(["note", "JB-2026-0001", "冒名备注"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let e = last_event(&env);
    assert_eq!(e.actor.user, me, "the OS user, not $USER");
    assert_eq!(e.actor.ssh_client.as_deref(), Some("203.0.113.9"));
    assert_eq!(env.case("JB-2026-0001").notes.last().unwrap().author, me);

    // A forged SSH_CONNECTION that is not an address is not recorded (nor echoed).
    let out = env
        .cmd()
        .env("SSH_CONNECTION", "\x1b]52;c;ZXZpbA==\x07 1 10.0.0.1 22")
        .env_remove("SSH_CLIENT")
        .args(["note", "JB-2026-0001", "第二条"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(last_event(&env).actor.ssh_client, None);

    if is_root() {
        // Another OS user is recorded as that user.
        share_with_nobody(env.dir.path(), &[&env.db]);
        std::fs::create_dir_all(env.path("config")).unwrap();
        let r = run_as_nobody(&env, &["note", "JB-2026-0001", "夜班备注"]);
        assert_eq!(r.code, 0, "{}", r.err());
        assert_eq!(last_event(&env).actor.user, passwd_name(NOBODY));
    }
    assert_eq!(env.run(&["audit", "verify"]).0, 0);
}
