//! Issue 11 item 2 — safe output files through the real binary: `export -o` and `backup`
//! never write onto a FIFO, a device node or a folder, replace an existing file only with
//! `--force`, and leave no temporary file behind.

mod support;

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::FileTypeExt;
use std::path::Path;

use jiebang::domain::*;
use support::common::*;
use support::pty::Pty;

fn env_with_a_case() -> Env {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    env
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

fn export_to(env: &Env, p: &Path, force: bool) -> (i32, String, String) {
    let mut args = vec!["export", "-o", p.to_str().unwrap()];
    if force {
        args.push("--force");
    }
    env.run(&args)
}

#[test]
fn export_and_backup_onto_a_fifo_are_refused() {
    let env = env_with_a_case();
    let p = env.path("pipe");
    let c = CString::new(p.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let (code, _, err) = export_to(&env, &p, true);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("FIFO") || err.contains("管道"), "{err}");
    let (code, _, err) = env.run(&["backup", p.to_str().unwrap(), "--force"]);
    assert_eq!(code, 2, "{err}");
    assert!(std::fs::symlink_metadata(&p).unwrap().file_type().is_fifo());
    assert!(leftovers(p.parent().unwrap()).is_empty());
}

#[test]
fn export_onto_a_device_node_is_refused() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: creating a device node needs root");
        return;
    }
    let env = env_with_a_case();
    let p = env.path("null");
    let c = CString::new(p.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid path; 1,3 is /dev/null's device number.
    if unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) } != 0 {
        eprintln!("skipped: mknod refused here");
        return;
    }
    for force in [false, true] {
        let (code, _, err) = export_to(&env, &p, force);
        assert_eq!(code, 2, "{err}");
    }
    let (code, _, _) = env.run(&["backup", p.to_str().unwrap(), "--force"]);
    assert_eq!(code, 2);
    assert!(
        std::fs::symlink_metadata(&p)
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn export_and_backup_onto_a_folder_are_refused() {
    let env = env_with_a_case();
    let d = env.path("folder");
    std::fs::create_dir(&d).unwrap();
    assert_eq!(export_to(&env, &d, true).0, 2);
    assert_eq!(env.run(&["backup", d.to_str().unwrap(), "--force"]).0, 2);
    assert!(d.is_dir());
    assert_eq!(std::fs::read_dir(&d).unwrap().count(), 0);
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let env = env_with_a_case();
    let p = env.write("old.json", b"keep me");
    let (code, _, err) = export_to(&env, &p, false);
    assert_eq!(code, 2);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(std::fs::read(&p).unwrap(), b"keep me");
    let (code, _, err) = export_to(&env, &p, true);
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::read_to_string(&p)
            .unwrap()
            .contains("JB-2026-0001")
    );

    let bk = env.path("bk.redb");
    assert_eq!(env.run(&["backup", bk.to_str().unwrap()]).0, 0);
    let before = std::fs::read(&bk).unwrap();
    let (code, _, err) = env.run(&["backup", bk.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(std::fs::read(&bk).unwrap(), before);
    assert_eq!(env.run(&["backup", bk.to_str().unwrap(), "--force"]).0, 0);
    // An export never replaces a store, even with --force.
    let (code, _, err) = export_to(&env, &bk, true);
    assert_eq!(code, 2, "{err}");
    assert!(leftovers(p.parent().unwrap()).is_empty());
}

#[test]
fn a_new_export_is_private_and_tilde_is_home() {
    let env = env_with_a_case();
    let home = env.path("home");
    std::fs::create_dir(&home).unwrap();
    let (code, _, err) = env
        .cmd()
        .env("HOME", &home)
        .args(["export", "-o", "~/x.json"])
        .output()
        .map(|o| {
            (
                o.status.code().unwrap(),
                (),
                String::from_utf8_lossy(&o.stderr).into_owned(),
            )
        })
        .unwrap();
    assert_eq!(code, 0, "{err}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(home.join("x.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn the_tui_asks_before_replacing_and_expands_tilde() {
    let env = env_with_a_case();
    let home = env.path("home");
    std::fs::create_dir(&home).unwrap();
    let old = env.write("home/old.json", b"keep me");
    let db = env.db.display().to_string();
    let config = env.path("config").display().to_string();
    let home_s = home.display().to_string();
    let mut p = Pty::spawn(
        &["--db", &db, "--lang", "en"],
        &[
            ("JIEBANG_TODAY", TODAY),
            ("XDG_CONFIG_HOME", &config),
            ("HOME", &home_s),
        ],
        env.dir.path(),
        100,
        24,
    );
    p.wait_for("JB-2026-0001", 10);
    let export = |p: &mut Pty, arg: &str| {
        p.send(":");
        p.type_text(&format!("export {arg}"));
        p.send("\r");
    };
    export(&mut p, "~/new.json");
    p.wait_for("Exported 1", 10);
    assert!(
        std::fs::read_to_string(home.join("new.json"))
            .unwrap()
            .contains("JB-2026-0001")
    );
    export(&mut p, "~/old.json");
    p.wait_for("Replace the file?", 10);
    p.send("\x1b");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(
        std::fs::read(&old).unwrap(),
        b"keep me",
        "Esc keeps the file"
    );
    export(&mut p, "~/old.json");
    p.wait_for("Replace the file?", 10);
    p.send("\r");
    p.wait_for("Exported 1", 10);
    assert!(
        std::fs::read_to_string(&old)
            .unwrap()
            .contains("JB-2026-0001")
    );
    p.send("q");
    assert_eq!(p.wait_exit(10), Some(0));
}
