use crate::i18n::msg;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

use super::*;

fn mkfifo(path: &Path) {
    let c = CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

fn temps_in(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(TEMP_PREFIX))
        .collect()
}

fn force() -> OutOptions {
    OutOptions {
        force: true,
        ..Default::default()
    }
}

#[test]
fn a_new_file_is_written_0600_with_no_temporary_left() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("out.json");
    let got = write(&p, b"[]", &OutOptions::default()).unwrap();
    assert_eq!(got, p);
    assert_eq!(fs::read(&p).unwrap(), b"[]");
    assert_eq!(fs::metadata(&p).unwrap().mode() & 0o777, 0o600);
    assert!(temps_in(dir.path()).is_empty());
}

#[test]
fn a_fifo_is_refused_and_stays_a_fifo() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("pipe");
    mkfifo(&p);
    for opts in [OutOptions::default(), force()] {
        let e = write(&p, b"x", &opts).unwrap_err();
        assert_eq!(
            e,
            OutError::NotRegular {
                path: p.clone(),
                kind: msg::io::OUTFILE_KIND_FIFO
            }
        );
        assert!(
            e.message(Lang::Zh).contains("管道"),
            "{}",
            e.message(Lang::Zh)
        );
    }
    assert!(fs::symlink_metadata(&p).unwrap().file_type().is_fifo());
    assert!(temps_in(dir.path()).is_empty());
}

#[test]
fn a_device_node_is_refused_and_stays_a_device() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: creating a device node needs root");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("null");
    let c = CString::new(p.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid path; 1,3 is /dev/null's device number.
    let made = unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o600, libc::makedev(1, 3)) };
    if made != 0 {
        eprintln!("skipped: mknod refused here (a container without CAP_MKNOD)");
        return;
    }
    let e = write(&p, b"x", &force()).unwrap_err();
    assert!(matches!(
        e,
        OutError::NotRegular {
            kind: msg::io::OUTFILE_KIND_DEVICE,
            ..
        }
    ));
    assert!(
        fs::symlink_metadata(&p)
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn a_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let e = write(dir.path(), b"x", &force()).unwrap_err();
    assert!(matches!(
        e,
        OutError::NotRegular {
            kind: msg::io::OUTFILE_KIND_DIR,
            ..
        }
    ));
    let e = write(&dir.path().join("nope/"), b"x", &force()).unwrap_err();
    assert!(matches!(e, OutError::NoDir { .. }));
}

#[test]
fn a_missing_folder_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("no/such/out.json");
    let e = write(&p, b"x", &OutOptions::default()).unwrap_err();
    assert_eq!(
        e,
        OutError::NoDir {
            dir: dir.path().join("no/such")
        }
    );
}

#[test]
fn an_existing_file_is_replaced_only_with_force_and_keeps_its_mode() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("old.csv");
    fs::write(&p, "old").unwrap();
    fs::set_permissions(&p, fs::Permissions::from_mode(0o640)).unwrap();
    let e = write(&p, b"new", &OutOptions::default()).unwrap_err();
    assert_eq!(e, OutError::Exists { path: p.clone() });
    assert!(e.message(Lang::En).contains("--force"));
    assert_eq!(fs::read(&p).unwrap(), b"old");
    write(&p, b"new", &force()).unwrap();
    assert_eq!(fs::read(&p).unwrap(), b"new");
    assert_eq!(fs::metadata(&p).unwrap().mode() & 0o777, 0o640);
    assert!(temps_in(dir.path()).is_empty());
}

#[test]
fn a_store_is_never_replaced_by_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("jiebang.redb");
    fs::write(&p, b"redb\x1a\x0a rest of a store").unwrap();
    let e = write(&p, b"[]", &force()).unwrap_err();
    assert_eq!(e, OutError::IsStore { path: p.clone() });
    let backup = OutOptions {
        may_replace_store: true,
        ..force()
    };
    write(&p, b"redb new", &backup).unwrap();
}

#[test]
fn a_link_is_written_through_and_a_dangling_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.json");
    fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    write(&link, b"new", &force()).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read(&real).unwrap(), b"new");

    let dangling = dir.path().join("dangling.json");
    std::os::unix::fs::symlink(dir.path().join("gone"), &dangling).unwrap();
    let e = write(&dangling, b"x", &force()).unwrap_err();
    assert!(matches!(e, OutError::DanglingLink { .. }), "{e:?}");
    assert!(e.message(Lang::En).contains("gone"));
}

#[test]
fn tilde_is_the_home_folder() {
    let home = PathBuf::from(std::env::var_os("HOME").unwrap());
    assert_eq!(expand_tilde(Path::new("~/x.json")), home.join("x.json"));
    assert_eq!(expand_tilde(Path::new("~")), home);
    assert_eq!(expand_tilde(Path::new("~bob/x")), PathBuf::from("~bob/x"));
    assert_eq!(expand_tilde(Path::new("a/~/x")), PathBuf::from("a/~/x"));
}

#[test]
fn an_abandoned_stream_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.json");
    {
        let mut out = OutFile::create(&p, &OutOptions::default()).unwrap();
        out.write_all(&[b'x'; 200_000]).unwrap();
        assert_eq!(temps_in(dir.path()).len(), 1);
    } // dropped without commit, as on an error
    assert!(!p.exists());
    assert!(temps_in(dir.path()).is_empty());
    let r = std::panic::catch_unwind(|| {
        let mut out = OutFile::create(&p, &OutOptions::default()).unwrap();
        out.write_all(b"half").unwrap();
        panic!("export failed half-way");
    });
    assert!(r.is_err());
    assert!(temps_in(dir.path()).is_empty());
}

#[test]
fn a_killed_run_s_temporary_is_removed_by_the_next_write() {
    let dir = tempfile::tempdir().unwrap();
    // A process that has exited: its id is free (until reused, which is not within a test).
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let dead = child.id();
    child.wait().unwrap();
    let stale = dir
        .path()
        .join(format!("{TEMP_PREFIX}{dead}-abc123{TEMP_SUFFIX}"));
    fs::write(&stale, "left by kill -9").unwrap();
    let live = dir.path().join(format!(
        "{TEMP_PREFIX}{}-def456{TEMP_SUFFIX}",
        std::process::id()
    ));
    fs::write(&live, "being written").unwrap();
    let other = dir.path().join(".jiebang-abc.tmp"); // a backup's: not ours to judge
    fs::write(&other, "x").unwrap();
    write(&dir.path().join("out.json"), b"[]", &OutOptions::default()).unwrap();
    assert!(!stale.exists());
    assert!(live.exists());
    assert!(other.exists());
}

#[test]
fn a_race_to_the_same_new_path_does_not_clobber() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("out.json");
    let out = OutFile::create(&p, &OutOptions::default()).unwrap();
    fs::write(&p, "someone else's").unwrap();
    assert_eq!(
        out.commit().unwrap_err(),
        OutError::Exists { path: p.clone() }
    );
    assert_eq!(fs::read(&p).unwrap(), b"someone else's");
    assert!(temps_in(dir.path()).is_empty());
}
