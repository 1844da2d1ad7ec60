//! Name search over the whole store without decoding summaries: the derived search table
//! (`store::search_rows`) when it is in step with the store, the summaries otherwise.

use super::{OpError, Session};
use crate::search::{Hit, NameIndex, SearchRow, search_once};

impl Session {
    /// The search table's rows, or `None` when it is missing or stale.
    pub fn fresh_search_rows(&self) -> Result<Option<Vec<SearchRow>>, OpError> {
        Ok(self.store().search_rows()?)
    }

    /// Every case's search row by id: from the search table, rebuilt first when stale if
    /// this session may write; else made from the summaries.
    pub fn search_rows(&self) -> Result<Vec<SearchRow>, OpError> {
        if let Some(rows) = self.fresh_search_rows()? {
            return Ok(rows);
        }
        if !self.read_only {
            self.store().rebuild_search_rows()?;
            if let Some(rows) = self.fresh_search_rows()? {
                return Ok(rows);
            }
        }
        Ok(self.summaries()?.iter().map(SearchRow::of).collect())
    }
}

/// The best `limit` cases for `text`, best first: what `jiebang find` prints.
pub fn find(rows: &[SearchRow], text: &str, limit: usize) -> Vec<Hit> {
    search_once(&NameIndex::build(rows), text, limit)
}

#[cfg(test)]
#[path = "find_ops_tests.rs"]
mod tests;
