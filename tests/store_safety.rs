//! Issue 11 items 1, 3, 4 through the real binary: restore under load loses no confirmed
//! write; a killed backup or restore leaves no temporary behind the next one; a flipped
//! byte in a case row is refused by name (exit 5) while the other cases are served.
//!
//! Figures are printed with `--nocapture`:
//! `cargo test --test store_safety -- --nocapture`.

mod support;

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use jiebang::app::{Config, OpError, Session, SessionOptions};
use jiebang::domain::Stage;
use jiebang::store::{OpenOptions, Store, StoreError};
use redb::ReadableDatabase;
use support::common::*;
use support::rel::*;

/// One write a writer made: its text, when it started and ended, and its exit code.
#[derive(Debug, Clone)]
struct Write {
    text: String,
    case: &'static str,
    start: Instant,
    end: Instant,
    code: i32,
}

fn note_texts(db: &Path, id: &str) -> std::collections::HashSet<String> {
    let ro = OpenOptions {
        read_only: true,
        ..OpenOptions::default()
    };
    let store = Store::open(db, &ro).unwrap();
    let case = store.get_full(id).unwrap().unwrap();
    case.notes.into_iter().map(|n| n.text).collect()
}

const CASES: [&str; 2] = ["JB-2026-0001", "JB-2026-0002"];

/// A CLI writer: `jiebang note` in a loop until `stop`.
fn cli_writer(env_db: PathBuf, cfg: PathBuf, tag: usize, stop: Arc<AtomicBool>) -> Vec<Write> {
    let mut out = Vec::new();
    let mut i = 0;
    while !stop.load(Ordering::Relaxed) {
        let text = format!("cli{tag}-{i}");
        let case = CASES[i % 2];
        let start = Instant::now();
        let status = Command::new(env!("CARGO_BIN_EXE_jiebang"))
            .env("JIEBANG_TODAY", TODAY)
            .env("XDG_CONFIG_HOME", &cfg)
            .arg("--db")
            .arg(&env_db)
            .args(["note", case, &text])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        out.push(Write {
            text,
            case,
            start,
            end: Instant::now(),
            code: status.code().unwrap_or(-1),
        });
        i += 1;
    }
    out
}

/// A TUI's session: one real `Session` held open across every restore, adding notes
/// through the same operation the TUI's `m` key uses.
fn session_writer(db: PathBuf, stop: Arc<AtomicBool>) -> (Vec<Write>, usize) {
    let session = Session::open(
        &SessionOptions {
            db: Some(db),
            ..SessionOptions::default()
        },
        &Config::default(),
    )
    .unwrap();
    let (mut out, mut restored_seen, mut i) = (Vec::new(), 0, 0);
    while !stop.load(Ordering::Relaxed) {
        let text = format!("tui-{i}");
        let case = CASES[i % 2];
        let start = Instant::now();
        let code = match session.add_note(case, &text) {
            Ok(_) => 0,
            Err(OpError::Store(StoreError::Restored { .. })) => {
                restored_seen += 1;
                6
            }
            Err(e) => e.exit_code(),
        };
        out.push(Write {
            text,
            case,
            start,
            end: Instant::now(),
            code,
        });
        i += 1;
        std::thread::sleep(Duration::from_millis(5));
    }
    (out, restored_seen)
}

#[test]
fn restore_under_load_loses_no_confirmed_write() {
    let env = Env::new();
    env.import(&[
        case("JB-2026-0001", Stage::Collecting),
        case("JB-2026-0002", Stage::Collecting),
    ]);
    let bak = env.path("bk.redb");
    assert_eq!(env.run(&["backup", bak.to_str().unwrap()]).0, 0);

    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..2)
        .map(|tag| {
            let (db, cfg, stop) = (env.db.clone(), env.path("config"), stop.clone());
            std::thread::spawn(move || cli_writer(db, cfg, tag, stop))
        })
        .collect();
    let tui = {
        let (db, stop) = (env.db.clone(), stop.clone());
        std::thread::spawn(move || session_writer(db, stop))
    };

    let restores = 10;
    let mut windows = Vec::new();
    let mut lost: Vec<Write> = Vec::new();
    let checked = Mutex::new(0usize);
    let check = |from: Instant, writes: &[Write], lost: &mut Vec<Write>| {
        // Every write that started after the restore ended and is acknowledged must be
        // in the store now (no restore ran since).
        let now = Instant::now();
        for case in CASES {
            let have = note_texts(&env.db, case);
            for w in writes
                .iter()
                .filter(|w| w.case == case && w.code == 0 && w.start > from && w.end < now)
            {
                *checked.lock().unwrap() += 1;
                if !have.contains(&w.text) {
                    lost.push(w.clone());
                }
            }
        }
    };
    for _ in 0..restores {
        std::thread::sleep(Duration::from_millis(400));
        let start = Instant::now();
        let (code, _, err) = env.run(&["restore", bak.to_str().unwrap(), "--yes"]);
        assert!(code == 0 || code == 6, "restore: {err}");
        windows.push((start, Instant::now(), code));
    }
    std::thread::sleep(Duration::from_millis(400));
    stop.store(true, Ordering::Relaxed);
    let mut writes: Vec<Write> = writers
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    let (tui_writes, restored_seen) = tui.join().unwrap();
    writes.extend(tui_writes);

    // Writes after the last restore: all present at the end. (Writes between two
    // restores: see the next test.)
    let (_, last_end, _) = *windows.last().unwrap();
    check(last_end, &writes, &mut lost);
    for w in &writes {
        assert!(
            w.code == 0 || w.code == 6,
            "a write failed other than busy/restored: {w:?}"
        );
    }
    let done = windows.iter().filter(|(_, _, c)| *c == 0).count();
    let acked = writes.iter().filter(|w| w.code == 0).count();
    let refused = writes.iter().filter(|w| w.code == 6).count();
    eprintln!(
        "restore under load: {done} restores, {} writes ({acked} acknowledged, {refused} refused with exit 6), \
         {} acknowledged after the last restore checked, {} lost; the open session was told of a restore {restored_seen} times",
        writes.len(),
        *checked.lock().unwrap(),
        lost.len()
    );
    assert!(lost.is_empty(), "confirmed writes lost: {lost:?}");
    assert!(done >= restores / 2, "most restores ran: {windows:?}");
    assert!(restored_seen >= 1, "the open session noticed the restore");
    assert!(*checked.lock().unwrap() > 0, "some writes were checked");
    assert_eq!(env.run(&["audit", "verify"]).0, 0);
}

/// Between restores too: after each restore, writes that start after it and end before
/// a check are present at that check.
#[test]
fn every_write_between_restores_is_present_until_the_next_restore() {
    let env = Env::new();
    env.import(&[
        case("JB-2026-0001", Stage::Collecting),
        case("JB-2026-0002", Stage::Collecting),
    ]);
    let bak = env.path("bk.redb");
    assert_eq!(env.run(&["backup", bak.to_str().unwrap()]).0, 0);
    let log: Arc<Mutex<Vec<Write>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (db, cfg, stop, log) = (
            env.db.clone(),
            env.path("config"),
            stop.clone(),
            log.clone(),
        );
        std::thread::spawn(move || {
            let mut i = 0;
            while !stop.load(Ordering::Relaxed) {
                let text = format!("gap-{i}");
                let start = Instant::now();
                let code = Command::new(env!("CARGO_BIN_EXE_jiebang"))
                    .env("JIEBANG_TODAY", TODAY)
                    .env("XDG_CONFIG_HOME", &cfg)
                    .arg("--db")
                    .arg(&db)
                    .args(["note", CASES[0], &text])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .unwrap()
                    .code()
                    .unwrap_or(-1);
                log.lock().unwrap().push(Write {
                    text,
                    case: CASES[0],
                    start,
                    end: Instant::now(),
                    code,
                });
                i += 1;
            }
        })
    };
    let (mut checked, mut lost) = (0, 0);
    for _ in 0..6 {
        let (code, _, err) = env.run(&["restore", bak.to_str().unwrap(), "--yes"]);
        assert_eq!(code, 0, "{err}");
        let after = Instant::now();
        std::thread::sleep(Duration::from_millis(500));
        let now = Instant::now();
        let have = note_texts(&env.db, CASES[0]);
        for w in log.lock().unwrap().iter() {
            if w.code == 0 && w.start > after && w.end < now {
                checked += 1;
                lost += usize::from(!have.contains(&w.text));
            }
            assert!(w.code == 0 || w.code == 6, "{w:?}");
        }
    }
    stop.store(true, Ordering::Relaxed);
    writer.join().unwrap();
    eprintln!("between restores: 6 restores, {checked} acknowledged writes checked, {lost} lost");
    assert!(checked > 0);
    assert_eq!(lost, 0);
}

fn temporaries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().to_string();
            n.starts_with(".jiebang-") && n.ends_with(".tmp")
        })
        .collect()
}

/// Starts `args`, kills it with SIGKILL once `ready` says so (or it exits first).
fn kill_when(env: &Env, args: &[&str], ready: impl Fn() -> bool) -> bool {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jiebang"))
        .env("JIEBANG_TODAY", TODAY)
        .env("XDG_CONFIG_HOME", env.path("config"))
        .arg("--db")
        .arg(&env.db)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if ready() {
            child.kill().unwrap();
            let status = child.wait().unwrap();
            return status.signal() == Some(9);
        }
        if child.try_wait().unwrap().is_some() || Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return false;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

#[test]
fn killed_backup_and_restore_leave_no_temporary_after_the_next_one() {
    let env = Env::new();
    assert_eq!(env.run(&["demo", "--count", "1500", "--seed", "3"]).0, 0);
    let out = env.path("out");
    std::fs::create_dir(&out).unwrap();
    let bak = out.join("bk.redb");

    // Kill backups while their temporary is being written.
    let mut killed = 0;
    for _ in 0..20 {
        if kill_when(&env, &["backup", bak.to_str().unwrap()], || {
            temporaries(&out).iter().any(|p| {
                std::fs::metadata(p)
                    .map(|m| m.len() > 64 * 1024)
                    .unwrap_or(false)
            })
        }) {
            killed += 1;
        }
        if killed >= 3 {
            break;
        }
    }
    assert!(killed >= 1, "no backup was killed mid-copy");
    let left = temporaries(&out);
    assert!(!left.is_empty(), "the killed backups left temporaries");
    let (code, _, err) = env.run(&["backup", bak.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        temporaries(&out),
        Vec::<PathBuf>::new(),
        "next backup swept them"
    );

    // A restore writes in place (no temporary); killed mid-write the store stays whole
    // (old or restored), and the next restore also sweeps what older versions left.
    let store_dir = env.db.parent().unwrap().to_path_buf();
    let old_style = store_dir.join(".jiebang-Ab12Cd.tmp");
    std::fs::write(&old_style, vec![0u8; 1 << 20]).unwrap();
    let two_hours_ago = std::time::SystemTime::now() - Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&old_style)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    let dead = store_dir.join(".jiebang-backup-99999999-Zz9.tmp");
    std::fs::write(&dead, vec![0u8; 1 << 20]).unwrap();
    let mut restores_killed = 0;
    for i in 0..10 {
        let t0 = Instant::now();
        let wait = Duration::from_millis(20 + 40 * i);
        if kill_when(&env, &["restore", bak.to_str().unwrap(), "--yes"], || {
            t0.elapsed() > wait
        }) {
            restores_killed += 1;
            let (code, _, err) = env.run(&["audit", "verify"]);
            assert_eq!(code, 0, "after a killed restore: {err}");
        }
    }
    let (code, _, err) = env.run(&["restore", bak.to_str().unwrap(), "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(temporaries(&store_dir), Vec::<PathBuf>::new());
    assert_eq!(env.run(&["audit", "verify"]).0, 0);
    eprintln!("kill -9: {killed} backups and {restores_killed} restores killed; no temporary left");
}

/// Flips one bit of `id`'s case row where it lies in the file: disk damage, not an API.
fn flip_in_file(db: &Path, id: &str) {
    let raw = {
        let d = raw_db(db);
        let txn = d.begin_read().unwrap();
        let t = txn.open_table(support::rel::CASES).unwrap();
        t.get(id).unwrap().unwrap().value().to_vec()
    };
    let mut bytes = std::fs::read(db).unwrap();
    let mut hits = 0;
    let mut at = 0;
    while let Some(pos) = bytes[at..]
        .windows(raw.len())
        .position(|w| w == raw.as_slice())
    {
        let start = at + pos;
        // A bit inside a JSON key near the end of the row.
        bytes[start + raw.len() - 20] ^= 0x02;
        hits += 1;
        at = start + raw.len();
    }
    assert!(hits >= 1, "the row is in the file");
    std::fs::write(db, bytes).unwrap();
}

#[test]
fn a_flipped_byte_in_a_case_row_is_refused_by_name_and_repaired_from_the_trail() {
    let env = Env::new();
    env.import(&[
        case("JB-2026-0001", Stage::Collecting),
        case("JB-2026-0002", Stage::Collecting),
        case("JB-2026-0003", Stage::Collecting),
    ]);
    assert_eq!(env.run(&["note", "JB-2026-0002", "损坏前的备注"]).0, 0);
    flip_in_file(&env.db, "JB-2026-0002");

    for args in [
        vec!["show", "JB-2026-0002"],
        vec!["show", "JB-2026-0002", "--format", "json"],
        vec!["export", "--format", "json"],
        vec!["list", "--format", "json"],
        vec!["backup", env.path("bk.redb").to_str().unwrap()],
        vec!["note", "JB-2026-0002", "写入损坏的项目"],
        vec!["audit", "verify"],
    ] {
        let (code, out, err) = env.run(&args);
        assert_eq!(code, 5, "{args:?}: {out}{err}");
        assert_no_panic("flipped byte", &err);
        assert!(
            err.contains("JB-2026-0002"),
            "{args:?} names the case: {err}"
        );
    }
    assert!(
        !env.path("bk.redb").exists(),
        "no backup of a damaged store"
    );
    for id in ["JB-2026-0001", "JB-2026-0003"] {
        let (code, out, err) = env.run(&["show", id]);
        assert_eq!(code, 0, "{id} still served: {err}");
        assert!(out.contains(id));
    }
    let (code, out, _) = env.run(&["list"]);
    assert_eq!(code, 0, "the list rows are whole");
    assert!(out.contains("JB-2026-0003"));

    let (code, out, err) = env.run(&["audit", "verify", "--repair"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("JB-2026-0002"), "{out}");
    let repaired = env.case("JB-2026-0002");
    assert_eq!(repaired.notes.last().unwrap().text, "损坏前的备注");
    assert_eq!(env.run(&["audit", "verify"]).0, 0);
}

#[test]
fn show_on_a_case_with_many_notes_prints_the_latest_and_the_count() {
    let env = Env::new();
    let mut c = case("JB-2026-0001", Stage::Collecting);
    c.notes = (0..3000)
        .map(|i| jiebang::domain::Note {
            at: chrono::Utc::now(),
            author: "zhang".into(),
            text: format!("备注{i}"),
        })
        .collect();
    env.import(&[c]);
    let (code, out, err) = env.run(&["show", "JB-2026-0001"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("备注2999") && !out.contains("备注2949\n"),
        "{out}"
    );
    assert!(out.contains("3000"), "says how many: {out}");
    let (code, out, _) = env.run(&["show", "JB-2026-0001", "--all-notes", "--format", "json"]);
    assert_eq!(code, 0);
    let full: jiebang::domain::Case = serde_json::from_str(&out).unwrap();
    assert_eq!(full.notes.len(), 3000);
    let (code, out, _) = env.run(&["export", "--format", "json"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.matches("备注").count(),
        3000,
        "export carries every note"
    );
}
