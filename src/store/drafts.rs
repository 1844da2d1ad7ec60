//! Drafts: a form being filled, saved on every field change so a dropped SSH connection
//! loses nothing. Private to their user, not audited and not counted as a change.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Store;
use super::error::StoreError;
use super::tables::{DRAFTS, from_json, to_json};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// What the form is for, chosen by the app (e.g. `new` or `edit:JB-2026-0001`).
    pub key: String,
    pub payload: String,
    pub saved_at: DateTime<Utc>,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    payload: String,
    saved_at: DateTime<Utc>,
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
        });
        self.write(|txn| {
            let mut drafts = txn.open_table(DRAFTS).map_err(|e| self.db_err(e))?;
            drafts
                .insert((user, key), value.as_slice())
                .map_err(|e| self.db_err(e))?;
            Ok(())
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
