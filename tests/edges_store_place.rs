//! Issue 11 items 5 and 6 — no store by accident, shared stores that work: the TUI asks
//! before creating a missing store, failed commands leave no file, a dangling link is
//! named, `init --group` prepares the folder, a viewer's store opens read-only.

mod support;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use support::common::*;
use support::pty::Pty;

fn tui(env: &Env, via: &[&str]) -> Pty {
    let db = env.db.display().to_string();
    let config = env.path("config").display().to_string();
    Pty::spawn_via(
        via,
        &["--db", &db],
        &[("JIEBANG_TODAY", TODAY), ("XDG_CONFIG_HOME", &config)],
        env.dir.path(),
        100,
        24,
    )
}

/// `jiebang --db DB ARGS` in `env`'s config, for a store path other than `env.db`.
fn run_at(env: &Env, db: &Path, args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_jiebang"))
        .env("JIEBANG_TODAY", TODAY)
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env_remove("JIEBANG_DB")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

fn entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn the_tui_on_a_missing_store_creates_nothing_unless_y() {
    let env = Env::new();
    let mut p = tui(&env, &[]);
    let screen = p.wait_for("store.redb", 10);
    assert!(screen.contains("y"), "{screen}");
    p.send("q");
    assert_eq!(p.wait_exit(10), Some(0));
    assert!(p.restored());
    assert!(!env.db.exists(), "quitting the question created a store");

    let mut p = tui(&env, &[]);
    p.wait_for("store.redb", 10);
    p.send("\x1b");
    assert_eq!(p.wait_exit(10), Some(0));
    assert!(!env.db.exists(), "Esc created a store");

    let mut p = tui(&env, &[]);
    p.wait_for("store.redb", 10);
    p.send("y");
    p.wait_for("揭榜挂帅", 10);
    assert!(env.db.exists(), "y creates the store");
    p.send("q");
    assert_eq!(p.wait_exit(10), Some(0));
}

#[test]
fn read_only_and_the_cli_never_create_a_store() {
    let env = Env::new();
    let (code, _, _) = env.run(&["--read-only", "list"]);
    assert_eq!(code, 4);
    assert!(!env.db.exists());
}

#[test]
fn a_refused_import_into_a_new_path_leaves_no_file() {
    let env = Env::new();
    let bad = env.write("bad.json", br#"[{"id": 1}]"#);
    let db = env.path("new/sub/store.redb");
    let (code, _, err) = run_at(&env, &db, &["import", bad.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(!env.path("new").exists(), "{:?}", entries(env.dir.path()));
    // Into a new store in an existing folder: no empty store is left either.
    let (code, _, _) = env.run(&["import", bad.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(!env.db.exists());
    assert!(entries(env.dir.path()).iter().all(|n| !n.ends_with(".tmp")));
}

#[test]
fn a_failing_init_leaves_no_file() {
    let env = Env::new();
    let db = env.path("new/store.redb");
    let (code, _, err) = run_at(&env, &db, &["init", "--group", "no-such-group-jb"]);
    assert_eq!(code, 2);
    assert!(err.contains("no-such-group-jb"), "{err}");
    assert!(!env.path("new").exists());
    // A broken holidays.toml in the config dir: bad input, nothing made.
    std::fs::create_dir_all(env.path("config/jiebang")).unwrap();
    std::fs::write(env.path("config/jiebang/holidays.toml"), "not = [toml").unwrap();
    let (code, _, _) = run_at(&env, &db, &["init"]);
    assert_eq!(code, 2);
    assert!(!env.path("new").exists());
}

#[test]
fn a_dangling_link_is_named_as_such() {
    let env = Env::new();
    std::os::unix::fs::symlink(env.path("gone/real.redb"), &env.db).unwrap();
    for args in [&["init"][..], &["list"], &["note", "JB-2026-0001", "x"]] {
        let (code, _, err) = env.run(args);
        assert_eq!(code, 4, "{args:?}: {err}");
        assert!(err.contains("gone/real.redb"), "{err}");
    }
    assert!(!env.path("gone").exists());
}

#[test]
fn init_group_makes_a_setgid_group_folder() {
    if !is_root() {
        eprintln!("skipped: giving a folder to another group needs root here");
        return;
    }
    let env = Env::new();
    let db = env.path("shared/jiebang.redb");
    let (code, _, err) = run_at(&env, &db, &["init", "--group", "users"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.is_empty(),
        "a fresh group store needs no warning: {err}"
    );
    let dir = std::fs::metadata(env.path("shared")).unwrap();
    assert_eq!(dir.mode() & 0o7777, 0o2770);
    let users = jiebang_gid("users");
    assert_eq!(dir.gid(), users);
    let file = std::fs::metadata(&db).unwrap();
    assert_eq!(file.mode() & 0o777, 0o660);
    assert_eq!(file.gid(), users);
    // An existing folder that is not set up is not changed: the commands are the error.
    let plain = env.path("plain");
    std::fs::create_dir(&plain).unwrap();
    let db = plain.join("s.redb");
    let (code, _, err) = run_at(&env, &db, &["init", "--group", "users"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("chgrp users") && err.contains("chmod g+rwxs"),
        "{err}"
    );
    assert!(!db.exists());
}

fn jiebang_gid(name: &str) -> u32 {
    let text = std::fs::read_to_string("/etc/group").unwrap();
    text.lines()
        .find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f[0] == name).then(|| f[2].parse().unwrap())
        })
        .unwrap()
}

#[test]
fn a_group_store_in_a_plain_folder_warns_with_the_fix() {
    let env = Env::new();
    std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(0o770)).unwrap();
    let (code, _, err) = env.run(&["--group-shared", "init"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("chmod g+rwxs"), "{err}");
    let (code, _, err) = env.run(&["note", "JB-2026-0001", "x"]);
    assert_eq!(code, 4);
    assert!(err.contains("chmod g+rwxs"), "a write warns too: {err}");
}

#[test]
fn a_store_a_viewer_may_only_read_opens_read_only_and_says_why() {
    if !is_root() {
        eprintln!("skipped: acting as another user needs root");
        return;
    }
    let env = Env::new();
    assert_eq!(env.run(&["demo"]).0, 0);
    let dir = env.dir.path();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let before = std::fs::read(&env.db).unwrap();
    let via = [
        "setpriv",
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        "--",
    ];
    let as_viewer = |args: &[&str]| {
        let out = std::process::Command::new(via[0])
            .args(&via[1..])
            .arg(env!("CARGO_BIN_EXE_jiebang"))
            .args(["--lang", "en", "--db", env.db.to_str().unwrap()])
            .args(args)
            .env("JIEBANG_TODAY", TODAY)
            .env("HOME", "/nonexistent")
            .env("XDG_CONFIG_HOME", "/nonexistent")
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, err) = as_viewer(&["list"]);
    assert_eq!(code, 0, "{err}");
    let (code, err) = as_viewer(&["note", "JB-2026-0001", "x"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("only read") && err.contains("0644"), "{err}");
    let mut p = tui(&env, &via);
    let screen = p.wait_for("只有读权限", 10);
    assert!(
        screen.contains("read-only") || screen.contains("只读"),
        "{screen}"
    );
    p.send("q");
    assert_eq!(p.wait_exit(10), Some(0));
    assert_eq!(
        std::fs::read(&env.db).unwrap(),
        before,
        "a viewer changed nothing"
    );
}
