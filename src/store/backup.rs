//! Backup: a read snapshot copied into a fresh store, so it is consistent while other
//! officers keep writing. Every sealed row is checked as it is copied: a damaged store is
//! refused (exit 5, naming the case) rather than copied as if it were whole. Restore is in
//! `restore`.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use redb::{Key, ReadTransaction, ReadableTable, TableDefinition, Value, WriteTransaction};

use super::Store;
use super::error::StoreError;
use super::open::{builder, fresh_file};
use super::rows::{note_key, unseal};
use super::summary_codec::summary_intact;
use super::tables::{
    AUDIT, AUDIT_BY_CASE, BLACKLIST, CASES, DRAFTS, META, NOTES, SUMMARIES, VIEWS,
};
use super::temps;

/// Copies table `def` row by row; a table the source lacks (schema 1 had no `notes`) is
/// left empty.
pub(super) fn copy_table<K: Key + 'static, V: Value + 'static>(
    from: &ReadTransaction,
    to: &WriteTransaction,
    def: TableDefinition<K, V>,
) -> Result<(), redb::Error> {
    let src = match from.open_table(def) {
        Ok(t) => t,
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    let mut dst = to.open_table(def)?;
    for row in src.iter()? {
        let (k, v) = row?;
        dst.insert(k.value(), v.value())?;
    }
    Ok(())
}

pub(super) fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

impl Store {
    /// Writes a consistent copy of the store to `dest` (mode 0600), replacing it. Stale
    /// temporaries of killed backups in `dest`'s directory are removed first.
    pub fn backup(&self, dest: &Path) -> Result<(), StoreError> {
        if same_file(self.path(), dest) {
            return Err(StoreError::Rejected(format!(
                "{} is the store itself",
                dest.display()
            )));
        }
        let dir = parent_dir(dest);
        temps::sweep(dir);
        let snapshot = self.read_txn()?;
        self.check_rows(&snapshot)?;
        let temp = fresh_file(dir, "backup", false)?;
        fs::set_permissions(temp.path(), fs::Permissions::from_mode(0o600))
            .map_err(|e| StoreError::io(temp.path(), &e))?;
        let tp = temp.path().to_path_buf();
        let db = builder().create(&tp).map_err(|e| StoreError::db(&tp, e))?;
        let txn = db.begin_write().map_err(|e| StoreError::db(&tp, e))?;
        let copied = (|| -> Result<(), redb::Error> {
            copy_table(&snapshot, &txn, META)?;
            copy_table(&snapshot, &txn, CASES)?;
            copy_table(&snapshot, &txn, SUMMARIES)?;
            copy_table(&snapshot, &txn, NOTES)?;
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

    /// Every case, summary and note row of `txn` against its checksum (no decoding): the
    /// first damaged one is the error.
    pub(super) fn check_rows(&self, txn: &ReadTransaction) -> Result<(), StoreError> {
        let intact = |k: &str, v: &[u8]| unseal(k, v, self.legacy).is_some();
        let summary = |k: &str, v: &[u8]| summary_intact(k, v, self.legacy);
        for (def, name, check) in [
            (CASES, "cases", &intact as &dyn Fn(&str, &[u8]) -> bool),
            (SUMMARIES, "summaries", &summary),
        ] {
            let table = txn.open_table(def).map_err(|e| self.db_err(e))?;
            for row in table.iter().map_err(|e| self.db_err(e))? {
                let (k, v) = row.map_err(|e| self.db_err(e))?;
                if !check(k.value(), v.value()) {
                    return Err(self.damaged(k.value(), name));
                }
            }
        }
        if self.legacy {
            return Ok(());
        }
        let notes = txn.open_table(NOTES).map_err(|e| self.db_err(e))?;
        for row in notes.iter().map_err(|e| self.db_err(e))? {
            let (k, v) = row.map_err(|e| self.db_err(e))?;
            let (id, i) = k.value();
            if unseal(&note_key(id, i), v.value(), false).is_none() {
                return Err(self.damaged(id, "notes"));
            }
        }
        Ok(())
    }

    pub(super) fn damaged(&self, id: &str, table: &'static str) -> StoreError {
        StoreError::Damaged {
            path: self.path().to_path_buf(),
            id: id.to_string(),
            table,
        }
    }
}

pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
