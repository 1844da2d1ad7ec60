//! The store generation: an id in `meta` that changes when the whole content is replaced
//! (restore). Each process remembers the generation it read and checks it at the start of
//! every write transaction. A process that read the store before a restore (a TUI with a
//! form on a case, a script between its read and its write) has its write refused with
//! exit 6 and the time and author of the restore, and from then on works on the restored
//! store: a confirmed write is never one made into content that was then replaced.
//!
//! Restore writes into the live file under the writer lock (see `restore`), so every open
//! handle sees it; the inode check below catches a file swapped underneath by other means
//! (an old jiebang's rename-based restore, a `cp` by hand), which no handle can see.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::os::unix::fs::MetadataExt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Store;
use super::error::StoreError;
use super::tables::{GENERATION_KEY, META, RESTORED_KEY, meta_string};

/// Who restored the store, when and from which file, kept in `meta` for the refusal.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Restored {
    pub at: DateTime<Utc>,
    pub by: String,
    pub from: String,
}

/// A fresh id: unique across processes and restores, not meaningful.
pub(crate) fn new_generation() -> String {
    let mut h = RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    if let Ok(d) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(d.as_nanos());
    }
    format!("{:016x}", h.finish())
}

impl Store {
    /// Refuses the write when the store is not the one this process read; the process
    /// then takes the new generation, so its next write (after a reload) goes through.
    pub(super) fn check_generation(&self, txn: &redb::WriteTransaction) -> Result<(), StoreError> {
        if let Some(inode) = self.inode {
            let now = std::fs::metadata(self.path()).map(|m| m.ino()).ok();
            if now != Some(inode) {
                return Err(StoreError::Replaced {
                    path: self.path().to_path_buf(),
                });
            }
        }
        let meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
        let current = meta_string(self.path(), &meta, GENERATION_KEY)?.unwrap_or_default();
        let mut mine = self.generation.lock().unwrap_or_else(|p| p.into_inner());
        if *mine == current {
            return Ok(());
        }
        *mine = current;
        let info = meta_string(self.path(), &meta, RESTORED_KEY)?
            .and_then(|text| serde_json::from_str::<Restored>(&text).ok());
        Err(match info {
            Some(r) => StoreError::Restored { at: r.at, by: r.by },
            None => StoreError::Restored {
                at: DateTime::<Utc>::UNIX_EPOCH,
                by: String::new(),
            },
        })
    }

    /// The last restore of this store, if any: (when, by whom, from which file).
    pub fn last_restore(&self) -> Result<Option<(DateTime<Utc>, String, String)>, StoreError> {
        let txn = self.read_txn()?;
        let meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
        Ok(meta_string(self.path(), &meta, RESTORED_KEY)?
            .and_then(|text| serde_json::from_str::<Restored>(&text).ok())
            .map(|r| (r.at, r.by, r.from)))
    }
}
