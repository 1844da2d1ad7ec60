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

impl Session {
    /// The best `limit` cases for `text`, best first, each with its row: what `jiebang
    /// find` prints. The search table is streamed into the index (no row is kept but the
    /// hits'); a stale table is rebuilt when this session may write, else the summaries
    /// are searched.
    pub fn find(&self, text: &str, limit: usize) -> Result<Vec<(Hit, SearchRow)>, OpError> {
        if let Some(found) = self.find_in_table(text, limit)? {
            return Ok(found);
        }
        if !self.read_only {
            self.store().rebuild_search_rows()?;
            if let Some(found) = self.find_in_table(text, limit)? {
                return Ok(found);
            }
        }
        let rows = self.search_rows()?;
        let hits = find(&rows, text, limit);
        Ok(hits
            .into_iter()
            .map(|h| {
                let row = rows[h.doc].clone();
                (h, row)
            })
            .collect())
    }

    /// [`Session::find`] over the search table; `None` when it is missing or stale.
    pub fn find_in_table(
        &self,
        text: &str,
        limit: usize,
    ) -> Result<Option<Vec<(Hit, SearchRow)>>, OpError> {
        // Rows in the summaries' order (numeric ids): ranking ties follow it.
        let Some(rows) = self.fresh_search_rows()? else {
            return Ok(None);
        };
        let hits = find(&rows, text, limit);
        Ok(Some(
            hits.into_iter()
                .map(|h| {
                    let row = rows[h.doc].clone();
                    (h, row)
                })
                .collect(),
        ))
    }
}
/// The best `limit` cases for `text`, best first: what `jiebang find` prints.
pub fn find(rows: &[SearchRow], text: &str, limit: usize) -> Vec<Hit> {
    search_once(&NameIndex::build(rows), text, limit)
}

#[cfg(test)]
#[path = "find_ops_tests.rs"]
mod tests;
