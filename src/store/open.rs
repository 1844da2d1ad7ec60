//! Opening and creating stores.
//!
//! redb writes to a file it opens read-write (recovery, header flags), so a file is checked
//! before that: its first bytes must carry redb's magic number, and a read-only redb handle
//! (which never writes) must find our `meta` table with the jiebang marker and a schema we
//! read. Only then is the file opened read-write. A foreign, damaged or newer file is thus
//! reported and left byte-for-byte as it was.
//!
//! A new store is built in a temporary file beside the target and hard-linked into place,
//! so no process ever sees a half-initialised or empty store at the path.

use std::fs;
use std::io::Read;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use redb::{Builder, ConcurrencyMode, ReadableDatabase};

use super::error::StoreError;
use super::tables::{
    APP_KEY, APP_MARKER, AUDIT, AUDIT_BY_CASE, AUDIT_HEAD_KEY, AUDIT_LEN_KEY, BLACKLIST, CASES,
    COUNTER_KEY, DRAFTS, GENERATION_KEY, GENESIS_HASH, META, NOTES, SCHEMA_KEY, SCHEMA_VERSION,
    SUMMARIES, VIEWS, meta_string,
};
use super::{Db, OpenOptions, Store};

/// redb's file signature (first 9 bytes of every redb database).
const REDB_MAGIC: [u8; 9] = [b'r', b'e', b'd', b'b', 0x1A, 0x0A, 0xA9, 0x0D, 0x0A];
/// redb's page size: a database shorter than one page cannot be whole.
const MIN_STORE_LEN: u64 = 4096;

/// redb's page cache for a process that may write: it holds the pages read and the write
/// buffer (half of it), so a bulk import wants it large; see [`keep_page_cache_small`].
const CACHE_BYTES: usize = 32 * 1024 * 1024;
/// The TUI's: it reads every summary once, then single cases; each page of the summaries
/// read would otherwise stay cached (bench: tui_rss_mb).
const SMALL_CACHE_BYTES: usize = 8 * 1024 * 1024;
/// For a read-only open (`find`, `list`, `show` …): each page is read once, so a cache
/// would only hold the table just streamed (`find`'s peak memory against `sk`).
const READ_ONLY_CACHE_BYTES: usize = 2 * 1024 * 1024;

static SMALL_CACHE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Stores this process opens from now on keep a small page cache: for a long-lived
/// screen, where memory counts more than the speed of bulk writes.
pub fn keep_page_cache_small() {
    SMALL_CACHE.store(true, std::sync::atomic::Ordering::Relaxed);
}

pub(crate) fn builder() -> Builder {
    let small = SMALL_CACHE.load(std::sync::atomic::Ordering::Relaxed);
    builder_with(if small {
        SMALL_CACHE_BYTES
    } else {
        CACHE_BYTES
    })
}

fn builder_with(cache: usize) -> Builder {
    let mut b = Builder::new();
    b.set_concurrency_mode(ConcurrencyMode::MultiWriter);
    b.set_cache_size(cache);
    b
}

pub(crate) fn file_mode(group_shared: bool) -> u32 {
    if group_shared { 0o660 } else { 0o600 }
}

impl Store {
    pub fn open(path: &Path, opts: &OpenOptions) -> Result<Store, StoreError> {
        match fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if !opts.create || opts.read_only {
                    return Err(StoreError::Missing {
                        path: path.to_path_buf(),
                    });
                }
                create_new(path, opts.group_shared)?;
            }
            Err(e) => return Err(StoreError::io(path, &e)),
            Ok(m) if m.is_dir() => {
                return Err(not_a_store(path, "it is a directory"));
            }
            Ok(m) if !m.is_file() => {
                return Err(not_a_store(path, "it is not a regular file"));
            }
            Ok(_) => {}
        }
        let db = match (check(path)?, opts.read_only) {
            (Checked::Clean(db), true) => Db::Ro(db),
            (Checked::Unclean, true) => {
                return Err(StoreError::Unclean {
                    path: path.to_path_buf(),
                });
            }
            (checked, false) => {
                drop(checked);
                // After a crash this runs redb's repair, which the dry run proved safe.
                let db = open_within(path, OPEN_WAIT)?;
                guarded(path, || check_meta(path, &db))??;
                Db::Rw(db)
            }
        };
        let inode = fs::metadata(path).ok().map(|m| m.ino());
        let mut store = Store {
            path: path.to_path_buf(),
            db,
            legacy: false,
            generation: std::sync::Mutex::new(String::new()),
            inode,
        };
        store.settle()?;
        Ok(store)
    }

    /// Brings a read-write store to this schema; notes how to read a read-only one; takes
    /// the generation this process starts from.
    fn settle(&mut self) -> Result<(), StoreError> {
        let path = self.path.clone();
        if let Db::Rw(db) = &self.db
            && self.schema()? < SCHEMA_VERSION
        {
            let mut txn = db.begin_write().map_err(|e| StoreError::db(&path, e))?;
            txn.set_quick_repair(true);
            // Checked again inside the transaction: another process may have just done it.
            if super::migrate::migrate(&path, &txn)? {
                txn.commit().map_err(|e| StoreError::db(&path, e))?;
            } else {
                let _ = txn.abort();
            }
        }
        let txn = self.read_txn()?;
        let meta = txn.open_table(META).map_err(|e| StoreError::db(&path, e))?;
        let schema = meta_string(&path, &meta, SCHEMA_KEY)?.unwrap_or_default();
        self.legacy = schema == "1";
        let generation = meta_string(&path, &meta, GENERATION_KEY)?.unwrap_or_default();
        drop((meta, txn));
        *self.generation.get_mut().unwrap_or_else(|p| p.into_inner()) = generation;
        Ok(())
    }

    fn schema(&self) -> Result<u32, StoreError> {
        let txn = self.read_txn()?;
        let meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
        Ok(meta_string(self.path(), &meta, SCHEMA_KEY)?
            .and_then(|s| s.parse().ok())
            .unwrap_or(0))
    }
}

/// How long opening read-write may wait: redb takes the writer lock while it opens, so a
/// process stopped in the middle of a write (a frozen session, a debugger) would otherwise
/// hang every command. Past this the store is reported busy (exit 6: retry).
const OPEN_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Opens read-write on a helper thread and waits at most `wait`. A thread still blocked
/// on the lock when we give up ends with the process, or opens and drops the handle.
fn open_within(path: &Path, wait: std::time::Duration) -> Result<redb::Database, StoreError> {
    let (tx, rx) = std::sync::mpsc::channel();
    let owned = path.to_path_buf();
    std::thread::spawn(move || {
        let opened = guarded(&owned, || builder().open(&owned));
        let _ = tx.send(opened);
    });
    match rx.recv_timeout(wait) {
        Ok(opened) => opened?.map_err(|e| StoreError::db(path, e)),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(StoreError::Busy),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(StoreError::io(
            path,
            &std::io::Error::other("the thread opening the store ended without an answer"),
        )),
    }
}

fn not_a_store(path: &Path, detail: &str) -> StoreError {
    StoreError::NotAStore {
        path: path.to_path_buf(),
        detail: detail.to_string(),
    }
}

thread_local! {
    static GUARDED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// True while this thread runs inside [`guarded`]: a panic hook should stay silent, the
/// panic is about to be reported as a damaged file.
pub fn panic_is_guarded() -> bool {
    GUARDED.with(|g| g.get() > 0)
}

/// Runs `f`, a third-party reader of a file the user gave, with its panics caught and the
/// panic hook silent: `None` means the file made the reader panic (a damaged file, to be
/// reported as such), never a crash in front of the user.
pub fn catch_quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    GUARDED.with(|g| g.set(g.get() + 1));
    let r = catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(g.get() - 1));
    r.ok()
}

/// redb trusts the files it opens and may panic on crafted ones; a panic here is a bad
/// file, not a bug to crash on.
pub(crate) fn guarded<T>(path: &Path, f: impl FnOnce() -> T) -> Result<T, StoreError> {
    GUARDED.with(|g| g.set(g.get() + 1));
    let r = catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(g.get() - 1));
    r.map_err(|_| StoreError::Corrupt {
        path: path.to_path_buf(),
        detail: "the database structure is inconsistent".to_string(),
    })
}

/// What a look at a file without writing to it found.
pub(crate) enum Checked {
    /// A jiebang store of a schema we read, opened read-only.
    Clean(redb::ReadOnlyDatabase),
    /// A redb file left unclean by a writer that died (SIGKILL, power loss) ; a dry run of
    /// redb's recovery on a copy-on-write view proved it is one of our stores.
    Unclean,
}

/// Everything that can be learned about `path` without writing to it.
pub(crate) fn check(path: &Path) -> Result<Checked, StoreError> {
    sniff(path)?;
    let opened = guarded(path, || {
        builder_with(READ_ONLY_CACHE_BYTES).open_read_only(path)
    })?;
    let db = match opened {
        Ok(db) => db,
        Err(redb::DatabaseError::RepairAborted) => return dry_run_repair(path),
        Err(redb::DatabaseError::Storage(redb::StorageError::Io(io)))
            if io.kind() == std::io::ErrorKind::InvalidData =>
        {
            return Err(not_a_store(path, "not a redb database"));
        }
        Err(e) => return Err(StoreError::db(path, e)),
    };
    guarded(path, || check_meta(path, &db))??;
    Ok(Checked::Clean(db))
}

/// Repairs a copy-on-write view of the file in memory and checks the result is one of our
/// stores. The file itself is only read.
fn dry_run_repair(path: &Path) -> Result<Checked, StoreError> {
    let file = fs::File::open(path).map_err(|e| StoreError::io(path, &e))?;
    let overlay = super::overlay::Overlay::new(file).map_err(|e| StoreError::io(path, &e))?;
    let db = guarded(path, || Builder::new().create_with_backend(overlay))?
        .map_err(|e| StoreError::db(path, e))?;
    guarded(path, || check_meta(path, &db))??;
    Ok(Checked::Unclean)
}

fn sniff(path: &Path) -> Result<(), StoreError> {
    let mut file = fs::File::open(path).map_err(|e| StoreError::io(path, &e))?;
    let len = file.metadata().map_err(|e| StoreError::io(path, &e))?.len();
    if len == 0 {
        return Err(not_a_store(path, "the file is empty"));
    }
    let mut head = [0u8; HEADER_LEN];
    let mut got = 0;
    while got < head.len() {
        match file.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) => return Err(StoreError::io(path, &e)),
        }
    }
    if got < REDB_MAGIC.len() || head[..REDB_MAGIC.len()] != REDB_MAGIC {
        return Err(not_a_store(path, "unknown file format"));
    }
    let truncated = |expected: u64| StoreError::Corrupt {
        path: path.to_path_buf(),
        detail: format!("the file is truncated ({len} of {expected} bytes)"),
    };
    if len < MIN_STORE_LEN {
        return Err(truncated(MIN_STORE_LEN));
    }
    if let Some(expected) = layout_len(&head)
        && len < expected
    {
        return Err(truncated(expected));
    }
    Ok(())
}

/// Bytes of redb's header read by [`layout_len`].
const HEADER_LEN: usize = 32;

/// The file length redb's header promises after a clean shutdown, when the header says so.
///
/// redb opens a file that lost its tail without complaint when the lost pages were free
/// (and then writes to extend it again), so a truncation that dropped only free pages would
/// otherwise be "repaired". Fields as in redb 4's `header.rs`: god byte at 9, then u32 LE
/// page size at 12, region header pages, region data pages, full regions, trailing region
/// data pages. After a crash (recovery flag set) redb itself derives the layout from the
/// file length, so nothing can be checked here.
fn layout_len(head: &[u8; HEADER_LEN]) -> Option<u64> {
    const RECOVERY_REQUIRED: u8 = 2;
    if head[9] & RECOVERY_REQUIRED != 0 {
        return None;
    }
    let word = |at: usize| {
        u64::from(u32::from_le_bytes([
            head[at],
            head[at + 1],
            head[at + 2],
            head[at + 3],
        ]))
    };
    let (page, region_header, region_data, full, trailing) =
        (word(12), word(16), word(20), word(24), word(28));
    if !page.is_power_of_two() || page < 512 {
        return None;
    }
    let trailing_len = if trailing > 0 {
        (region_header + trailing) * page
    } else {
        0
    };
    Some(page + full * (region_header + region_data) * page + trailing_len)
}

fn check_meta(path: &Path, db: &impl ReadableDatabase) -> Result<(), StoreError> {
    let txn = db.begin_read().map_err(|e| StoreError::db(path, e))?;
    let meta = match txn.open_table(META) {
        Ok(t) => t,
        Err(redb::TableError::TableDoesNotExist(_))
        | Err(redb::TableError::TableTypeMismatch { .. }) => {
            return Err(not_a_store(path, "a database of another program"));
        }
        Err(e) => return Err(StoreError::db(path, e)),
    };
    if meta_string(path, &meta, APP_KEY)?.as_deref() != Some(APP_MARKER) {
        return Err(not_a_store(path, "a database of another program"));
    }
    let schema = meta_string(path, &meta, SCHEMA_KEY)?.unwrap_or_default();
    let found: u32 = schema.parse().map_err(|_| StoreError::Corrupt {
        path: path.to_path_buf(),
        detail: format!("schema version {schema:?}"),
    })?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found < 1 {
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: format!("schema version {found}"),
        });
    }
    // Every table must be there with its type, else a write would create or clash with it.
    let tables = [
        txn.open_table(CASES).err(),
        txn.open_table(SUMMARIES).err(),
        txn.open_table(BLACKLIST).err(),
        txn.open_table(AUDIT).err(),
    ];
    let others = [
        txn.open_table(AUDIT_BY_CASE).err(),
        txn.open_table(DRAFTS).err(),
        txn.open_table(VIEWS).err(),
    ];
    // Schema 1 had no notes table; a read-write open adds it when it migrates.
    let notes = if found >= 2 {
        txn.open_table(NOTES).err()
    } else {
        None
    };
    if let Some(e) = tables
        .into_iter()
        .chain(others)
        .chain([notes])
        .flatten()
        .next()
    {
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: e.to_string(),
        });
    }
    Ok(())
}

/// Builds an empty store beside `path` and links it into place; if another process won
/// the race, its store is used.
fn create_new(path: &Path, group_shared: bool) -> Result<(), StoreError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    if !dir.exists() {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(if group_shared { 0o770 } else { 0o700 })
            .create(&dir)
            .map_err(|e| StoreError::io(&dir, &e))?;
    }
    super::temps::sweep(&dir);
    let temp = fresh_file(&dir, "init", group_shared)?;
    init(temp.path())?;
    match fs::hard_link(temp.path(), path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError::io(path, &e)),
    }
}

/// An empty temporary file in `dir` with the store's mode (umask does not apply), named
/// for `kind` and this process so a later run can tell it was left by a dead one.
pub(crate) fn fresh_file(
    dir: &Path,
    kind: &str,
    group_shared: bool,
) -> Result<tempfile::NamedTempFile, StoreError> {
    let temp = super::temps::temp_file(dir, kind)?;
    fs::set_permissions(
        temp.path(),
        fs::Permissions::from_mode(file_mode(group_shared)),
    )
    .map_err(|e| StoreError::io(temp.path(), &e))?;
    Ok(temp)
}

/// Writes the tables and `meta` of an empty store into the empty file at `path`.
pub(crate) fn init(path: &Path) -> Result<(), StoreError> {
    let db = builder()
        .create(path)
        .map_err(|e| StoreError::db(path, e))?;
    let txn = db.begin_write().map_err(|e| StoreError::db(path, e))?;
    {
        let err = |e: redb::TableError| StoreError::db(path, e);
        txn.open_table(CASES).map_err(err)?;
        txn.open_table(SUMMARIES).map_err(err)?;
        txn.open_table(AUDIT).map_err(err)?;
        txn.open_table(AUDIT_BY_CASE).map_err(err)?;
        txn.open_table(DRAFTS).map_err(err)?;
        txn.open_table(BLACKLIST).map_err(err)?;
        txn.open_table(VIEWS).map_err(err)?;
        txn.open_table(NOTES).map_err(err)?;
        let mut meta = txn.open_table(META).map_err(err)?;
        let schema = SCHEMA_VERSION.to_string();
        let generation = super::generation::new_generation();
        for (k, v) in [
            (APP_KEY, APP_MARKER),
            (SCHEMA_KEY, schema.as_str()),
            (COUNTER_KEY, "0"),
            (AUDIT_LEN_KEY, "0"),
            (AUDIT_HEAD_KEY, GENESIS_HASH),
            (GENERATION_KEY, generation.as_str()),
        ] {
            meta.insert(k, v).map_err(|e| StoreError::db(path, e))?;
        }
    }
    txn.commit().map_err(|e| StoreError::db(path, e))?;
    db.close().map_err(|e| StoreError::db(path, e))
}
