//! Stores shared by a group of officers: `init --group NAME` prepares the folder (setgid,
//! group read-write) so every file made in it later (a restore, a backup's rename) keeps
//! the group; opening a shared store whose folder or file would lock the group out warns
//! with the command that fixes it; a store this user may only read opens read-only.

use crate::i18n::Msg;
use crate::i18n::msg;
use std::ffi::{CStr, CString};
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::Path;

use super::CliError;
use crate::i18n::{Lang, trf};

/// The folder of a group store: rwx for owner and group, setgid so new files take the
/// folder's group.
const SHARED_DIR_MODE: u32 = 0o2770;

fn fail(code: i32, msg: String) -> anyhow::Error {
    anyhow::Error::new(CliError { code, msg })
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// The id of group `name`, if the system knows it.
pub(crate) fn group_id(name: &str) -> Option<libc::gid_t> {
    let c = CString::new(name).ok()?;
    // SAFETY: a plain C struct; all-zero is a valid (empty) value that getgr*_r fills.
    let mut grp: libc::group = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    let mut out: *mut libc::group = std::ptr::null_mut();
    // SAFETY: getgrnam_r writes only into `grp` and `buf`, which outlive the call; `out`
    // is read only when it points at our `grp`.
    let rc =
        unsafe { libc::getgrnam_r(c.as_ptr(), &mut grp, buf.as_mut_ptr(), buf.len(), &mut out) };
    (rc == 0 && !out.is_null()).then_some(grp.gr_gid)
}

/// The name of group `gid`, or the number when it has none.
pub(crate) fn group_name(gid: libc::gid_t) -> String {
    // SAFETY: a plain C struct; all-zero is a valid (empty) value that getgr*_r fills.
    let mut grp: libc::group = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    let mut out: *mut libc::group = std::ptr::null_mut();
    // SAFETY: as in `group_id`.
    let rc = unsafe { libc::getgrgid_r(gid, &mut grp, buf.as_mut_ptr(), buf.len(), &mut out) };
    if rc == 0 && !out.is_null() && !grp.gr_name.is_null() {
        // SAFETY: gr_name points into `buf`, NUL-terminated by getgrgid_r.
        unsafe { CStr::from_ptr(grp.gr_name) }
            .to_string_lossy()
            .into_owned()
    } else {
        gid.to_string()
    }
}

/// Whether this process may write `path` (the kernel's answer for this user, groups and
/// ACLs included).
pub(crate) fn may_write(path: &Path) -> bool {
    may(path, libc::W_OK)
}

fn may(path: &Path, how: libc::c_int) -> bool {
    let Ok(c) = CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: a valid NUL-terminated path.
    unsafe { libc::access(c.as_ptr(), how) == 0 }
}

/// `init --group NAME`: checks the group, then makes or checks the store's folder. A
/// folder that already exists is not changed behind the officer's back (it may be a home
/// folder): if it is not set up, the commands that set it up are the error.
pub(crate) fn prepare_group_dir(lang: Lang, store: &Path, group: &str) -> anyhow::Result<()> {
    let gid = group_id(group).ok_or_else(|| {
        fail(
            2,
            trf(lang, msg::app::SHARED_NO_GROUP, &[("group", &group)]),
        )
    })?;
    let dir = parent(store);
    match fs::metadata(dir) {
        Ok(m) => {
            let fixes = dir_fixes(dir, &m, gid);
            if fixes.is_empty() {
                return Ok(());
            }
            Err(fail(
                2,
                trf(
                    lang,
                    msg::app::SHARED_DIR_NOT_READY,
                    &[("dir", &dir.display()), ("fix", &fixes.join("; "))],
                ),
            ))
        }
        Err(_) => make_group_dir(lang, dir, gid, group),
    }
}

fn make_group_dir(lang: Lang, dir: &Path, gid: libc::gid_t, group: &str) -> anyhow::Result<()> {
    let io = |e: std::io::Error| {
        fail(
            2,
            trf(
                lang,
                msg::app::SHARED_CANNOT_MAKE_DIR,
                &[("dir", &dir.display()), ("group", &group), ("detail", &e)],
            ),
        )
    };
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(io)?;
    let set = std::os::unix::fs::chown(dir, None, Some(gid))
        .and_then(|()| fs::set_permissions(dir, fs::Permissions::from_mode(SHARED_DIR_MODE)));
    if let Err(e) = set {
        let _ = fs::remove_dir(dir); // made just now and empty: leave nothing behind
        return Err(io(e));
    }
    Ok(())
}

/// The shell commands that make `dir` a group folder for `gid` (empty when it is one).
fn dir_fixes(dir: &Path, m: &fs::Metadata, gid: libc::gid_t) -> Vec<String> {
    let d = shell_quote(dir);
    let mut fixes = Vec::new();
    if m.gid() != gid {
        fixes.push(format!("chgrp {} {d}", group_name(gid)));
    }
    if m.mode() & 0o2070 != 0o2070 {
        fixes.push(format!("chmod g+rwxs {d}"));
    }
    fixes
}

/// Warnings for a group store (file or `--group-shared` says so) whose folder or file
/// would lock the group out, each with the command that fixes it. Empty for a private
/// store.
pub(crate) fn lockout_warnings(lang: Lang, store: &Path, group_shared: bool) -> Vec<String> {
    let (Ok(file), Ok(dir_meta)) = (fs::metadata(store), fs::metadata(parent(store))) else {
        return Vec::new();
    };
    let shared = group_shared || file.mode() & 0o060 != 0;
    if !shared {
        return Vec::new();
    }
    let dir = parent(store);
    let mut fixes = dir_fixes(dir, &dir_meta, dir_meta.gid());
    let f = shell_quote(store);
    if file.gid() != dir_meta.gid() {
        fixes.push(format!("chgrp {} {f}", group_name(dir_meta.gid())));
    }
    if file.mode() & 0o060 != 0o060 {
        fixes.push(format!("chmod g+rw {f}"));
    }
    fixes
        .into_iter()
        .map(|fix| {
            trf(
                lang,
                msg::app::SHARED_LOCKOUT,
                &[("path", &store.display()), ("fix", &fix)],
            )
        })
        .collect()
}

/// Why this user may only read `store` (`key` is the sentence: opened read-only, or a
/// change refused), naming its group and mode; `None` when the user may write it (or it
/// does not exist).
pub(crate) fn read_only_reason(lang: Lang, store: &Path, key: Msg) -> Option<String> {
    let m = fs::metadata(store).ok()?;
    // Not even readable: the store's own permission error says so.
    if may_write(store) || !may(store, libc::R_OK) {
        return None;
    }
    Some(trf(
        lang,
        key,
        &[
            ("path", &store.display()),
            ("mode", &format!("{:04o}", m.mode() & 0o7777)),
            ("group", &group_name(m.gid())),
        ],
    ))
}

fn shell_quote(p: &Path) -> String {
    let s = p.display().to_string();
    if s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/._-+:@".contains(&b))
    {
        s
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_group_folder_is_named_with_its_fixes() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("s.redb");
        fs::write(&store, "x").unwrap();
        fs::set_permissions(&store, fs::Permissions::from_mode(0o660)).unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o770)).unwrap();
        let w = lockout_warnings(Lang::En, &store, false);
        assert!(w.iter().any(|l| l.contains("chmod g+rwxs")), "{w:?}");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o2770)).unwrap();
        assert!(lockout_warnings(Lang::En, &store, false).is_empty());
        fs::set_permissions(&store, fs::Permissions::from_mode(0o600)).unwrap();
        assert!(
            lockout_warnings(Lang::En, &store, false).is_empty(),
            "private"
        );
        let w = lockout_warnings(Lang::En, &store, true);
        assert!(w.iter().any(|l| l.contains("chmod g+rw")), "{w:?}");
    }

    #[test]
    fn quoting_keeps_odd_paths_one_word() {
        assert_eq!(shell_quote(Path::new("/srv/jb")), "/srv/jb");
        assert_eq!(shell_quote(Path::new("/srv/a b")), "'/srv/a b'");
        assert_eq!(shell_quote(Path::new("/srv/it's")), r"'/srv/it'\''s'");
    }
}
