//! Temporary files of backup and store creation, and their removal after a kill.
//!
//! A temporary is named `.jiebang-<kind>-<pid>-<random>.tmp`: while its process lives it
//! is in use; once that process is gone (kill -9, power loss) the next backup, restore or
//! creation in the same directory removes it. Names without a pid (older versions) are
//! removed once they have not changed for an hour.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::error::StoreError;

const PREFIX: &str = ".jiebang-";
const SUFFIX: &str = ".tmp";
/// How long an old-style temporary (no pid in its name) must sit unchanged to be stale.
const OLD_STYLE_AGE: Duration = Duration::from_secs(3600);

/// A new temporary in `dir`, removed when dropped unless persisted.
pub(crate) fn temp_file(dir: &Path, kind: &str) -> Result<tempfile::NamedTempFile, StoreError> {
    let prefix = format!("{PREFIX}{kind}-{}-", std::process::id());
    tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(SUFFIX)
        .tempfile_in(dir)
        .map_err(|e| StoreError::io(dir, &e))
}

/// Removes the temporaries in `dir` whose process is gone; returns how many. Failures
/// (another user's file, a race with another sweeper) are left for the next sweep.
pub(crate) fn sweep(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(middle) = name
            .strip_prefix(PREFIX)
            .and_then(|n| n.strip_suffix(SUFFIX))
        else {
            continue;
        };
        let stale = match owner_pid(middle) {
            Some(pid) => !alive(pid),
            None => old_and_untouched(&entry),
        };
        // Only plain files: a directory or a link with this name is not ours to remove.
        let plain = entry.file_type().map(|t| t.is_file()).unwrap_or(false);
        if stale && plain && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// `backup-1234-Ab3xYz` → 1234.
fn owner_pid(middle: &str) -> Option<i32> {
    let mut parts = middle.splitn(3, '-');
    let kind = parts.next()?;
    let pid = parts.next()?.parse().ok()?;
    parts.next()?;
    (!kind.is_empty() && kind.chars().all(|c| c.is_ascii_lowercase())).then_some(pid)
}

fn alive(pid: i32) -> bool {
    if pid <= 0 {
        return false;
    }
    // SAFETY: signal 0 only checks that the process exists and may be signalled.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

fn old_and_untouched(entry: &fs::DirEntry) -> bool {
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_some_and(|age| age > OLD_STYLE_AGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_temporary_of_a_dead_process_is_swept_and_a_live_one_kept() {
        let dir = tempfile::tempdir().unwrap();
        let mine = temp_file(dir.path(), "backup").unwrap();
        // A pid far above pid_max is never a live process.
        let dead = dir.path().join(".jiebang-backup-99999999-abc.tmp");
        fs::write(&dead, vec![0u8; 4096]).unwrap();
        let fresh_old_style = dir.path().join(".jiebang-Xy12ab.tmp");
        fs::write(&fresh_old_style, b"x").unwrap();
        let other = dir.path().join("keep.tmp");
        fs::write(&other, b"x").unwrap();
        assert_eq!(sweep(dir.path()), 1);
        assert!(!dead.exists());
        assert!(mine.path().exists(), "a live process's temporary stays");
        assert!(
            fresh_old_style.exists(),
            "an old-style one stays until an hour old"
        );
        assert!(other.exists());
    }

    #[test]
    fn names_parse_to_their_pid() {
        assert_eq!(owner_pid("backup-1234-Ab3xYz"), Some(1234));
        assert_eq!(owner_pid("Ab3xYz"), None);
        assert_eq!(owner_pid("backup-x-y"), None);
    }
}
