//! Issue 5.6 — access: private (0600) or group-shared (0660) store files whatever the
//! umask; `--read-only` and `read_only = true` refuse every change command with exit 2 and
//! leave the file as it was; a backup taken while two processes write opens and verifies;
//! restore refuses a damaged or foreign file and leaves the store alone.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::time::{Duration, Instant};

use jiebang::domain::*;
use redb::ReadableTable;
use support::common::*;
use support::rel::*;

fn mode(p: &std::path::Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

fn init_with_umask(env: &Env, umask: u32, extra: &[&str]) -> Run {
    let mut c = raw_cmd(env);
    c.args(extra).arg("init");
    // SAFETY: umask is async-signal-safe.
    unsafe {
        c.pre_exec(move || {
            libc::umask(umask as libc::mode_t);
            Ok(())
        });
    }
    finish(c.output().unwrap())
}

#[test]
fn store_files_are_private_or_group_shared_whatever_the_umask() {
    for umask in [0o022, 0o000, 0o077] {
        let env = Env::new();
        let r = init_with_umask(&env, umask, &[]);
        assert_eq!(r.code, 0, "{}", r.err());
        assert_eq!(mode(&env.db), 0o600, "umask {umask:o}");
        let env = Env::new();
        let r = init_with_umask(&env, umask, &["--group-shared"]);
        assert_eq!(r.code, 0, "{}", r.err());
        assert_eq!(mode(&env.db), 0o660, "group-shared, umask {umask:o}");
        // A backup of a shared store is private again.
        let bak = env.path("b.redb");
        assert_eq!(env.run(&["backup", bak.to_str().unwrap()]).0, 0);
        assert_eq!(mode(&bak), 0o600);
    }
}

fn fixture(env: &Env) {
    let mut funded = case("JB-2026-0003", Stage::Implementing);
    funded.amounts.rd_investment = Some(Yuan::from_wan(2000));
    funded.amounts.issuer_first_payment = Some(date("2026-10-01"));
    funded.plan.start = Some(date("2026-01-01"));
    funded.plan.end = Some(date("2027-12-31"));
    env.import(&[
        case("JB-2026-0001", Stage::Validating),
        case("JB-2026-0002", Stage::Published),
        funded,
    ]);
}

/// Every command that changes something, with arguments that would succeed.
fn change_commands(env: &Env) -> Vec<Vec<String>> {
    let json = env.write(
        "new.json",
        jiebang::io::json::to_json(&[case("JB-2026-0009", Stage::Collecting)]).as_bytes(),
    );
    let list = env.write(
        "blacklist.toml",
        "[[entry]]\nname = \"某失信公司\"\nreason = \"测试\"\n".as_bytes(),
    );
    let backup = env.path("before.redb");
    assert_eq!(env.run(&["backup", backup.to_str().unwrap()]).0, 0);
    let p = |p: &std::path::Path| p.to_str().unwrap().to_string();
    [
        vec!["note", "JB-2026-0001", "只读时的备注"],
        vec!["advance", "JB-2026-0001"],
        vec!["back", "JB-2026-0002", "--reason", "补充材料"],
        vec!["set", "JB-2026-0001", "achievement.suggested_period=3年"],
        vec!["tranche", "JB-2026-0003", "--amount", "10"],
        vec![
            "extend",
            "JB-2026-0003",
            "--new-end",
            "2028-06-30",
            "--reason",
            "设备延期",
            "--agreed",
            "--approved",
        ],
        vec![
            "terminate",
            "JB-2026-0003",
            "--reason",
            "企业停产",
            "--recovered",
            "0",
        ],
        vec!["import", &p(&json)],
        vec!["demo"],
        vec!["demo", "--count", "3"],
        vec!["blacklist", "import", &p(&list)],
        vec!["restore", &p(&backup), "--yes"],
    ]
    .into_iter()
    .map(|v| v.into_iter().map(str::to_string).collect())
    .collect()
}

fn assert_every_change_refused(env: &Env, flag: &[&str], how: &str) {
    let commands = change_commands(env);
    let before = file_bytes(&env.db);
    for args in &commands {
        let mut full: Vec<&str> = flag.to_vec();
        full.extend(args.iter().map(String::as_str));
        let (code, out, err) = env.run(&full);
        assert_eq!(code, 2, "{how} {args:?}: {out}{err}");
        assert_no_panic(how, &err);
        assert!(err.contains("只读"), "{how} {args:?} says why: {err}");
        assert!(
            file_bytes(&env.db) == before,
            "{how} {args:?} changed the store"
        );
    }
    // Reading still works.
    let (code, out, _) = env.run(&[flag, &["list"][..]].concat());
    assert_eq!(code, 0);
    assert!(out.contains("JB-2026-0001"));
}

#[test]
fn read_only_flag_refuses_every_change() {
    let env = Env::new();
    fixture(&env);
    assert_every_change_refused(&env, &["--read-only"], "--read-only");
}

#[test]
fn read_only_setting_refuses_every_change() {
    let env = Env::new();
    fixture(&env);
    let dir = env.path("config").join("jiebang");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), "read_only = true\n").unwrap();
    assert_every_change_refused(&env, &[], "read_only = true");
}

#[test]
fn a_backup_taken_while_two_processes_write_opens_and_verifies() {
    let env = Env::new();
    fixture(&env);
    let until = Instant::now() + Duration::from_secs(3);
    let backups: Vec<std::path::PathBuf> =
        (0..4).map(|i| env.path(&format!("b{i}.redb"))).collect();
    let written = std::thread::scope(|s| {
        let writers: Vec<_> = (0..2)
            .map(|w| {
                let env = &env;
                s.spawn(move || {
                    let mut ok = Vec::new();
                    let mut i = 0;
                    while Instant::now() < until {
                        i += 1;
                        let text = format!("w{w}-{i}");
                        if env.run(&["note", "JB-2026-0001", &text]).0 == 0 {
                            ok.push(text);
                        }
                    }
                    ok
                })
            })
            .collect();
        for b in &backups {
            std::thread::sleep(Duration::from_millis(500));
            let (code, _, err) = env.run(&["backup", b.to_str().unwrap()]);
            assert_eq!(code, 0, "backup while writing: {err}");
        }
        writers
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect::<Vec<_>>()
    });
    assert!(!written.is_empty());
    let last = env.case("JB-2026-0001");
    for b in &backups {
        let copy = Env {
            dir: tempfile::tempdir().unwrap(),
            db: b.clone(),
        };
        let (code, out, err) = copy.run(&["audit", "verify"]);
        assert_eq!(code, 0, "{}: {out}{err}", b.display());
        assert_trail_replays(&copy);
        // The copy is a prefix of the store's history: every note in it is in the store.
        let notes = copy.case("JB-2026-0001").notes;
        assert!(notes.len() <= last.notes.len());
        assert_eq!(notes[..], last.notes[..notes.len()], "{}", b.display());
    }
    eprintln!(
        "backup: {} backups taken while 2 processes added {} notes; each opens and verifies",
        backups.len(),
        written.len()
    );
}

#[test]
fn restore_refuses_damaged_or_foreign_files_and_keeps_the_store() {
    let env = Env::new();
    fixture(&env);
    let good = env.path("good.redb");
    assert_eq!(env.run(&["backup", good.to_str().unwrap()]).0, 0);
    let bytes = file_bytes(&good);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.resize(4096, 0);
    let mut sqlite = b"SQLite format 3\0".to_vec();
    sqlite.resize(8192, 0);
    // A backup whose case row was edited behind its trail.
    let edited = env.path("edited.redb");
    std::fs::copy(&good, &edited).unwrap();
    {
        let db = raw_db(&edited);
        let txn = db.begin_write().unwrap();
        {
            let mut t = txn.open_table(CASES).unwrap();
            let raw = t.get("JB-2026-0001").unwrap().unwrap().value().to_vec();
            let mut c: serde_json::Value = serde_json::from_slice(row_json(&raw)).unwrap();
            c["stage"] = "completed".into();
            let json = serde_json::to_vec(&c).unwrap();
            t.insert("JB-2026-0001", sealed_row("JB-2026-0001", &json).as_slice())
                .unwrap();
        }
        txn.commit().unwrap();
    }
    let candidates = [
        ("truncated", env.write("t.redb", &bytes[..bytes.len() / 2])),
        ("empty", env.write("e.redb", b"")),
        ("png", env.write("p.png", &png)),
        ("sqlite", env.write("s.db", &sqlite)),
        ("edited behind its trail", edited),
        ("missing", env.path("nothing-here.redb")),
    ];
    let before = file_bytes(&env.db);
    for (what, path) in &candidates {
        let (code, out, err) = env.run(&["restore", path.to_str().unwrap(), "--yes"]);
        assert_ne!(code, 0, "{what}: restored: {out}");
        assert_no_panic(what, &err);
        assert!(
            err.starts_with("jiebang: ") && err.contains(path.to_str().unwrap())
                || err.contains("审计"),
            "{what}: {err}"
        );
        assert!(file_bytes(&env.db) == before, "{what}: the store changed");
    }
    assert_eq!(env.run(&["restore", good.to_str().unwrap(), "--yes"]).0, 0);
}
