//! Every file the program writes for an officer (exports, reports, published lists, the
//! target of a backup) goes through here, so none of them can turn a device, a FIFO or a
//! directory into a regular file, or silently replace a file someone else made.
//!
//! A write goes to a temporary file beside the target and is renamed into place, so a
//! reader never sees half a file. The temporary is removed on every exit path that runs
//! destructors (errors and panics); one left by a killed run carries the dead process's id
//! in its name and is removed by the next write into the same folder.

use crate::i18n::Msg;
use crate::i18n::msg;
use std::fs::{self, File, Metadata};
use std::io::{self, BufWriter, Read, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::i18n::{Lang, tr, trf};

/// Temporaries of this module: `.jiebang-out-<pid>-<random>.tmp`.
const TEMP_PREFIX: &str = ".jiebang-out-";
const TEMP_SUFFIX: &str = ".tmp";
/// The first bytes of a redb file.
const STORE_MAGIC: &[u8] = b"redb";

/// How a file may be written.
#[derive(Debug, Clone, Copy, Default)]
pub struct OutOptions {
    /// Replace an existing regular file (`--force`, or the officer said yes in the TUI).
    pub force: bool,
    /// Mode of a new file; `None` is 0600. A replaced file keeps its own mode.
    pub mode: Option<u32>,
    /// Allow replacing a jiebang store (only a backup may; an export never should).
    pub may_replace_store: bool,
}

/// Why a file was not written. Every variant is bad input (exit 2) and leaves the target
/// as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutError {
    /// Not a regular file: `kind` names what it is.
    NotRegular { path: PathBuf, kind: Msg },
    /// An existing file, and no `--force`.
    Exists { path: PathBuf },
    /// An existing jiebang store, which an export must not destroy.
    IsStore { path: PathBuf },
    /// A symbolic link whose target does not exist.
    DanglingLink { path: PathBuf, target: PathBuf },
    /// The folder to write into does not exist or is not a folder.
    NoDir { dir: PathBuf },
    /// The folder or the file may not be written by this user.
    Denied { path: PathBuf },
    /// Anything else the system refused, with its own text.
    Io { path: PathBuf, detail: String },
}

impl OutError {
    /// The message for the officer: what is wrong and what to do.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            OutError::NotRegular { path, kind } => trf(
                lang,
                msg::io::OUTFILE_NOT_REGULAR,
                &[("path", &path.display()), ("kind", &tr(lang, kind))],
            ),
            OutError::Exists { path } => {
                trf(lang, msg::io::OUTFILE_EXISTS, &[("path", &path.display())])
            }
            OutError::IsStore { path } => trf(
                lang,
                msg::io::OUTFILE_IS_STORE,
                &[("path", &path.display())],
            ),
            OutError::DanglingLink { path, target } => trf(
                lang,
                msg::io::OUTFILE_DANGLING,
                &[("path", &path.display()), ("target", &target.display())],
            ),
            OutError::NoDir { dir } => {
                trf(lang, msg::io::OUTFILE_NO_DIR, &[("dir", &dir.display())])
            }
            OutError::Denied { path } => {
                trf(lang, msg::io::OUTFILE_DENIED, &[("path", &path.display())])
            }
            OutError::Io { path, detail } => trf(
                lang,
                msg::io::OUTFILE_IO,
                &[("path", &path.display()), ("detail", detail)],
            ),
        }
    }

    /// CONTRACT: an output path that cannot be used is bad input.
    pub fn exit_code(&self) -> i32 {
        2
    }

    fn io(path: &Path, e: &io::Error) -> OutError {
        match e.kind() {
            io::ErrorKind::PermissionDenied => OutError::Denied {
                path: path.to_path_buf(),
            },
            io::ErrorKind::NotFound => OutError::NoDir {
                dir: parent_dir(path).to_path_buf(),
            },
            _ => OutError::Io {
                path: path.to_path_buf(),
                detail: e.to_string(),
            },
        }
    }
}

impl std::fmt::Display for OutError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for OutError {}

/// A checked place to write: the path after `~` and symbolic links, and what is there now.
#[derive(Debug)]
pub struct Target {
    /// Where the file will be (a link's target, not the link).
    pub path: PathBuf,
    /// The file it replaces, if any (only with `force`).
    replaces: Option<Metadata>,
}

impl Target {
    /// Whether an existing file will be replaced.
    pub fn replaces(&self) -> bool {
        self.replaces.is_some()
    }
}

/// `~` and `~/…` are the home folder, as a shell would have it (the TUI's `:export` gets
/// the text as typed). `~user` is left alone.
pub fn expand_tilde(path: &Path) -> PathBuf {
    let Some(s) = path.to_str() else {
        return path.to_path_buf();
    };
    let home = || std::env::var_os("HOME").filter(|h| !h.is_empty());
    match s.strip_prefix('~') {
        Some("") => home()
            .map(PathBuf::from)
            .unwrap_or_else(|| path.to_path_buf()),
        Some(rest) if rest.starts_with('/') => match home() {
            Some(h) => PathBuf::from(h).join(&rest[1..]),
            None => path.to_path_buf(),
        },
        _ => path.to_path_buf(),
    }
}

/// Checks that `path` may be written under `opts`, without writing anything: a new path in
/// an existing folder, or (with `force`) an existing regular file. A backup runs this
/// before its own copy.
pub fn check(path: &Path, opts: &OutOptions) -> Result<Target, OutError> {
    let path = expand_tilde(path);
    if path.as_os_str().is_empty() {
        return Err(OutError::NoDir { dir: path });
    }
    let meta = match fs::symlink_metadata(&path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return new_path(path),
        Err(e) => return Err(OutError::io(&path, &e)),
    };
    let (path, meta) = if meta.file_type().is_symlink() {
        follow_link(&path)?
    } else {
        (path, meta)
    };
    if !meta.file_type().is_file() {
        return Err(OutError::NotRegular {
            kind: kind_key(&meta),
            path,
        });
    }
    if !opts.force {
        return Err(OutError::Exists { path });
    }
    if !opts.may_replace_store && is_store(&path) {
        return Err(OutError::IsStore { path });
    }
    Ok(Target {
        path,
        replaces: Some(meta),
    })
}

/// A path with nothing there yet: its folder must exist. A trailing `/` names a folder.
fn new_path(path: PathBuf) -> Result<Target, OutError> {
    if path.as_os_str().as_encoded_bytes().ends_with(b"/") {
        return Err(OutError::NoDir { dir: path });
    }
    let dir = parent_dir(&path);
    match fs::metadata(dir) {
        Ok(m) if m.is_dir() => Ok(Target {
            path,
            replaces: None,
        }),
        Ok(_) => Err(OutError::NoDir {
            dir: dir.to_path_buf(),
        }),
        Err(e) => Err(OutError::io(&path, &e)),
    }
}

/// A link is written through (the link stays, its target is replaced), so the rules apply
/// to what it points at; a link to nothing is named as such.
fn follow_link(link: &Path) -> Result<(PathBuf, Metadata), OutError> {
    let target = fs::read_link(link).map_err(|e| OutError::io(link, &e))?;
    match fs::canonicalize(link) {
        Ok(real) => {
            let meta = fs::metadata(&real).map_err(|e| OutError::io(&real, &e))?;
            Ok((real, meta))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(OutError::DanglingLink {
            path: link.to_path_buf(),
            target,
        }),
        Err(e) => Err(OutError::io(link, &e)),
    }
}

fn kind_key(meta: &Metadata) -> Msg {
    let t = meta.file_type();
    if t.is_dir() {
        msg::io::OUTFILE_KIND_DIR
    } else if t.is_fifo() {
        msg::io::OUTFILE_KIND_FIFO
    } else if t.is_socket() {
        msg::io::OUTFILE_KIND_SOCKET
    } else if t.is_block_device() || t.is_char_device() {
        msg::io::OUTFILE_KIND_DEVICE
    } else {
        msg::io::OUTFILE_KIND_OTHER
    }
}

fn is_store(path: &Path) -> bool {
    let mut head = [0u8; 4];
    File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| head == STORE_MAGIC)
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Writes `bytes` to `path` under `opts`; returns where the file now is.
pub fn write(path: &Path, bytes: &[u8], opts: &OutOptions) -> Result<PathBuf, OutError> {
    let mut out = OutFile::create(path, opts)?;
    out.write_all(bytes)
        .map_err(|e| OutError::io(&out.target.path, &e))?;
    out.commit()
}

/// A file being written: write into it like any `Write`, then `commit` to put it in
/// place. Dropped without `commit` (an error, a panic), it leaves no trace and the target
/// as it was.
pub struct OutFile {
    target: Target,
    temp: BufWriter<tempfile::NamedTempFile>,
    force: bool,
}

impl OutFile {
    /// Checks `path` (see [`check`]) and opens a temporary file beside it.
    pub fn create(path: &Path, opts: &OutOptions) -> Result<OutFile, OutError> {
        let target = check(path, opts)?;
        let dir = parent_dir(&target.path).to_path_buf();
        remove_stale(&dir);
        let temp = tempfile::Builder::new()
            .prefix(&format!("{TEMP_PREFIX}{}-", std::process::id()))
            .suffix(TEMP_SUFFIX)
            .tempfile_in(&dir)
            .map_err(|e| OutError::io(&target.path, &e))?;
        set_mode(temp.as_file(), target.replaces.as_ref(), opts.mode)
            .map_err(|e| OutError::io(temp.path(), &e))?;
        Ok(OutFile {
            target,
            temp: BufWriter::with_capacity(1 << 16, temp),
            force: opts.force,
        })
    }

    /// Where the file will be once committed.
    pub fn path(&self) -> &Path {
        &self.target.path
    }

    /// Flushes, syncs and renames the file into place; returns its path.
    pub fn commit(self) -> Result<PathBuf, OutError> {
        let OutFile {
            target,
            temp,
            force,
        } = self;
        let path = target.path;
        let temp = temp
            .into_inner()
            .map_err(|e| OutError::io(&path, e.error()))?;
        temp.as_file()
            .sync_all()
            .map_err(|e| OutError::io(&path, &e))?;
        // Re-checked at the last moment: something may have appeared at the path since.
        let persisted = if target.replaces.is_some() && force {
            recheck_regular(&path)?;
            temp.persist(&path)
        } else {
            temp.persist_noclobber(&path)
        };
        persisted.map_err(|e| match e.error.kind() {
            io::ErrorKind::AlreadyExists => OutError::Exists { path: path.clone() },
            _ => OutError::io(&path, &e.error),
        })?;
        if let Ok(d) = File::open(parent_dir(&path)) {
            let _ = d.sync_all(); // the rename is durable once the folder entry is
        }
        Ok(path)
    }
}

impl Write for OutFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.temp.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.temp.flush()
    }
}

fn recheck_regular(path: &Path) -> Result<(), OutError> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_file() => Ok(()),
        Ok(m) => Err(OutError::NotRegular {
            path: path.to_path_buf(),
            kind: kind_key(&m),
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(OutError::io(path, &e)),
    }
}

/// A new file gets `mode` (0600 by default; the umask does not apply). A replaced file
/// keeps its mode, and, when root writes it, its owner and group.
fn set_mode(file: &File, replaces: Option<&Metadata>, mode: Option<u32>) -> io::Result<()> {
    let mode = match replaces {
        Some(old) => {
            // SAFETY: geteuid has no preconditions and cannot fail.
            if unsafe { libc::geteuid() } == 0 {
                std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()))?;
            }
            old.mode() & 0o7777
        }
        None => mode.unwrap_or(0o600),
    };
    file.set_permissions(fs::Permissions::from_mode(mode))
}

/// Removes temporaries of this module in `dir` whose writing process no longer exists.
/// Best effort: a folder that cannot be listed, or a file of another user, is left.
fn remove_stale(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = temp_pid(&name.to_string_lossy()) else {
            continue;
        };
        if !process_alive(pid) && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The process id in a temporary's name, if the name is one of ours.
fn temp_pid(name: &str) -> Option<i32> {
    let rest = name.strip_prefix(TEMP_PREFIX)?;
    if !rest.ends_with(TEMP_SUFFIX) {
        return None;
    }
    rest.split('-').next()?.parse().ok().filter(|&p| p > 0)
}

fn process_alive(pid: i32) -> bool {
    // SAFETY: signal 0 only checks that the process exists; nothing is sent.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(test)]
#[path = "outfile_tests.rs"]
mod tests;
