//! Drafts: a form being filled, saved on every field change so a dropped SSH connection
//! loses nothing. Private to their user, not audited and not counted as a change.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Store;
use super::error::StoreError;
use redb::ReadableTable;

use super::tables::{DRAFTS, from_json, to_json};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// What the form is for, chosen by the app (e.g. `new` or `edit:JB-2026-0001`).
    pub key: String,
    pub payload: String,
    pub saved_at: DateTime<Utc>,
    /// The running window that writes this draft (its lease); `None` in drafts written
    /// before leases existed.
    pub holder: Option<Holder>,
}

/// One running window of the program: its process id and that process's start time (so a
/// reused pid is not taken for the window), and since when it holds the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub pid: u32,
    pub start: u64,
    pub since: DateTime<Utc>,
}

impl Holder {
    pub fn same_window(&self, other: &Holder) -> bool {
        self.pid == other.pid && self.start == other.start
    }
}

/// What [`Store::put_draft_held`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftWrite {
    Written,
    /// Another window that is still running holds the draft: nothing was written.
    HeldBy(Holder),
}

#[derive(Serialize, Deserialize)]
struct Stored {
    payload: String,
    saved_at: DateTime<Utc>,
    #[serde(default)]
    holder: Option<Holder>,
}

impl Store {
    pub fn put_draft(
        &self,
        user: &str,
        key: &str,
        payload: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let value = to_json(&Stored {
            payload: payload.to_string(),
            saved_at: now,
            holder: None,
        });
        self.write(|txn| {
            let mut drafts = txn.open_table(DRAFTS).map_err(|e| self.db_err(e))?;
            drafts
                .insert((user, key), value.as_slice())
                .map_err(|e| self.db_err(e))?;
            Ok(())
        })
    }

    /// Writes a draft as the window `me` (`me.since` is the time of this write), unless another window that `alive` says still
    /// runs holds it (`take`: the officer chose to take it over). The check and the write
    /// are one transaction, so two windows never both think they hold it.
    pub fn put_draft_held(
        &self,
        user: &str,
        key: &str,
        payload: &str,
        me: &Holder,
        take: bool,
        alive: &dyn Fn(&Holder) -> bool,
    ) -> Result<DraftWrite, StoreError> {
        self.write(|txn| {
            let mut drafts = txn.open_table(DRAFTS).map_err(|e| self.db_err(e))?;
            let held = match drafts.get((user, key)).map_err(|e| self.db_err(e))? {
                Some(v) => from_json::<Stored>(self.path(), "draft", v.value())?.holder,
                None => None,
            };
            let mut holder = me.clone();
            match held {
                Some(h) if h.same_window(me) => holder.since = h.since,
                Some(h) if !take && alive(&h) => return Ok(DraftWrite::HeldBy(h)),
                _ => {}
            }
            let value = to_json(&Stored {
                payload: payload.to_string(),
                saved_at: me.since,
                holder: Some(holder),
            });
            drafts
                .insert((user, key), value.as_slice())
                .map_err(|e| self.db_err(e))?;
            Ok(DraftWrite::Written)
        })
    }

    /// The drafts of `user`, by key.
    pub fn drafts(&self, user: &str) -> Result<Vec<Draft>, StoreError> {
        let txn = self.read_txn()?;
        let drafts = txn.open_table(DRAFTS).map_err(|e| self.db_err(e))?;
        let mut out = Vec::new();
        for row in drafts.range((user, "")..).map_err(|e| self.db_err(e))? {
            let (k, v) = row.map_err(|e| self.db_err(e))?;
            let (owner, key) = k.value();
            if owner != user {
                break;
            }
            let stored: Stored = from_json(self.path(), "draft", v.value())?;
            out.push(Draft {
                key: key.to_string(),
                payload: stored.payload,
                saved_at: stored.saved_at,
                holder: stored.holder,
            });
        }
        Ok(out)
    }

    /// Removes a draft; removing one that is not there is not an error.
    pub fn delete_draft(&self, user: &str, key: &str) -> Result<(), StoreError> {
        self.write(|txn| {
            let mut drafts = txn.open_table(DRAFTS).map_err(|e| self.db_err(e))?;
            drafts.remove((user, key)).map_err(|e| self.db_err(e))?;
            Ok(())
        })
    }
}
