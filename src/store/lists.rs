//! Store-wide lists shared by every officer: the integrity blacklist (联合惩戒名单) and
//! saved filter views. Changes are audited with an empty case id.

use chrono::NaiveDate;
use redb::ReadableTable;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::audit::Change;
use super::error::StoreError;
use super::tables::{BLACKLIST, META, VIEWS, from_json, to_json};
use super::{Store, WriteCtx};

/// One entry of the blacklist as stored; the app converts it to the domain's type.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BlacklistRow {
    pub name: String,
    pub credit_code: String,
    pub reason: String,
    pub listed_on: Option<NaiveDate>,
    /// Where the entry came from (a file name, 信用中国, an officer's check).
    pub source: String,
}

impl Store {
    pub fn blacklist(&self) -> Result<Vec<BlacklistRow>, StoreError> {
        let txn = self.read_txn()?;
        let table = txn.open_table(BLACKLIST).map_err(|e| self.db_err(e))?;
        let mut out = Vec::new();
        for row in table.iter().map_err(|e| self.db_err(e))? {
            let (_, v) = row.map_err(|e| self.db_err(e))?;
            out.push(from_json(self.path(), "blacklist row", v.value())?);
        }
        Ok(out)
    }

    /// Replaces the whole list (an import of the current 名单).
    pub fn set_blacklist(&self, ctx: &WriteCtx, rows: Vec<BlacklistRow>) -> Result<(), StoreError> {
        self.write(|txn| {
            let mut table = txn.open_table(BLACKLIST).map_err(|e| self.db_err(e))?;
            let mut old = Vec::new();
            for row in table.iter().map_err(|e| self.db_err(e))? {
                let (_, v) = row.map_err(|e| self.db_err(e))?;
                old.push(from_json::<BlacklistRow>(
                    self.path(),
                    "blacklist row",
                    v.value(),
                )?);
            }
            let before = serde_json::to_value(&old).unwrap_or(Value::Null);
            table.retain(|_, _| false).map_err(|e| self.db_err(e))?;
            for (i, row) in rows.iter().enumerate() {
                table
                    .insert(i as u64, to_json(row).as_slice())
                    .map_err(|e| self.db_err(e))?;
            }
            drop(table);
            let change = Change {
                path: "blacklist".to_string(),
                before,
                after: serde_json::to_value(&rows).unwrap_or(Value::Null),
            };
            let mut meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
            let note = format!("{} rows", rows.len());
            self.record(
                txn,
                &mut meta,
                ctx,
                "",
                "blacklist.set",
                &note,
                vec![change],
            )
        })
    }

    /// Saved views as (name, query), by name.
    pub fn views(&self) -> Result<Vec<(String, String)>, StoreError> {
        let txn = self.read_txn()?;
        let table = txn.open_table(VIEWS).map_err(|e| self.db_err(e))?;
        let mut out = Vec::new();
        for row in table.iter().map_err(|e| self.db_err(e))? {
            let (k, v) = row.map_err(|e| self.db_err(e))?;
            out.push((k.value().to_string(), v.value().to_string()));
        }
        Ok(out)
    }

    pub fn put_view(&self, ctx: &WriteCtx, name: &str, query: &str) -> Result<(), StoreError> {
        if name.trim().is_empty() {
            return Err(StoreError::Rejected("a view needs a name".to_string()));
        }
        self.write(|txn| {
            let mut table = txn.open_table(VIEWS).map_err(|e| self.db_err(e))?;
            let old = table
                .insert(name, query)
                .map_err(|e| self.db_err(e))?
                .map(|v| Value::String(v.value().to_string()))
                .unwrap_or(Value::Null);
            drop(table);
            let change = Change {
                path: name.to_string(),
                before: old,
                after: Value::String(query.to_string()),
            };
            let mut meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
            self.record(txn, &mut meta, ctx, "", "view.put", "", vec![change])
        })
    }

    /// Removes a saved view; removing one that is not there changes nothing.
    pub fn delete_view(&self, ctx: &WriteCtx, name: &str) -> Result<(), StoreError> {
        self.write(|txn| {
            let mut table = txn.open_table(VIEWS).map_err(|e| self.db_err(e))?;
            let Some(old) = table
                .remove(name)
                .map_err(|e| self.db_err(e))?
                .map(|v| v.value().to_string())
            else {
                return Ok(());
            };
            drop(table);
            let change = Change {
                path: name.to_string(),
                before: Value::String(old),
                after: Value::Null,
            };
            let mut meta = txn.open_table(META).map_err(|e| self.db_err(e))?;
            self.record(txn, &mut meta, ctx, "", "view.delete", "", vec![change])
        })
    }
}
