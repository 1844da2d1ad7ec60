//! Backup and restore. A backup is a read snapshot copied into a fresh store, so it is
//! consistent while other officers keep writing; restore checks its source as strictly as
//! an open (plus the audit chain) and swaps the copy in with a rename.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use redb::{Key, ReadTransaction, ReadableTable, TableDefinition, Value, WriteTransaction};

use super::error::StoreError;
use super::open::{builder, fresh_file};
use super::tables::{AUDIT, AUDIT_BY_CASE, BLACKLIST, CASES, DRAFTS, META, SUMMARIES, VIEWS};
use super::{OpenOptions, Store};

fn copy_table<K: Key + 'static, V: Value + 'static>(
    from: &ReadTransaction,
    to: &WriteTransaction,
    def: TableDefinition<K, V>,
) -> Result<(), redb::Error> {
    let src = from.open_table(def)?;
    let mut dst = to.open_table(def)?;
    for row in src.iter()? {
        let (k, v) = row?;
        dst.insert(k.value(), v.value())?;
    }
    Ok(())
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

impl Store {
    /// Writes a consistent copy of the store to `dest` (mode 0600), replacing it.
    pub fn backup(&self, dest: &Path) -> Result<(), StoreError> {
        self.copy_to(dest, 0o600)
    }

    fn copy_to(&self, dest: &Path, mode: u32) -> Result<(), StoreError> {
        if same_file(self.path(), dest) {
            return Err(StoreError::Rejected(format!(
                "{} is the store itself",
                dest.display()
            )));
        }
        let snapshot = self.read_txn()?;
        let dir = parent_dir(dest);
        let temp = fresh_file(dir, false)?;
        fs::set_permissions(temp.path(), fs::Permissions::from_mode(mode))
            .map_err(|e| StoreError::io(temp.path(), &e))?;
        let tp = temp.path().to_path_buf();
        let db = builder().create(&tp).map_err(|e| StoreError::db(&tp, e))?;
        let txn = db.begin_write().map_err(|e| StoreError::db(&tp, e))?;
        let copied = (|| -> Result<(), redb::Error> {
            copy_table(&snapshot, &txn, META)?;
            copy_table(&snapshot, &txn, CASES)?;
            copy_table(&snapshot, &txn, SUMMARIES)?;
            copy_table(&snapshot, &txn, AUDIT)?;
            copy_table(&snapshot, &txn, AUDIT_BY_CASE)?;
            copy_table(&snapshot, &txn, DRAFTS)?;
            copy_table(&snapshot, &txn, BLACKLIST)?;
            copy_table(&snapshot, &txn, VIEWS)?;
            Ok(())
        })();
        copied.map_err(|e| StoreError::db(self.path(), e))?;
        txn.commit().map_err(|e| StoreError::db(&tp, e))?;
        db.close().map_err(|e| StoreError::db(&tp, e))?;
        temp.persist(dest)
            .map_err(|e| StoreError::io(dest, &e.error))?;
        // The rename is durable only once the directory entry is.
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    }

    /// Replaces `dest` with a copy of the backup `src`, after checking `src` opens as a
    /// jiebang store of a schema we read, every case decodes and its audit chain is whole.
    /// `dest` keeps its file mode. Processes that still have the old `dest` open keep
    /// writing to the old file: close them first.
    pub fn restore(src: &Path, dest: &Path) -> Result<(), StoreError> {
        let backup = Store::open(
            src,
            &OpenOptions {
                create: false,
                read_only: true,
                group_shared: false,
            },
        )?;
        let report = backup.verify_audit()?;
        if let Some((seq, reason)) = report.first_bad {
            return Err(StoreError::AuditBroken {
                path: src.to_path_buf(),
                seq,
                reason,
            });
        }
        backup.cases()?;
        backup.summaries()?;
        let mode = fs::metadata(dest)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0o600);
        backup.copy_to(dest, mode)
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
