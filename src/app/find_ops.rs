//! Name search over the whole store without decoding summaries: the derived search table
//! (`store::search_rows`) when it is in step with the store, the summaries otherwise.

use super::{OpError, Session};
use crate::search::{Hit, IndexBuilder, NameIndex, SearchRow, search_once};
use crate::store::id_order;

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

    /// [`Session::find`] over the search table; `None` when it is missing or stale. The
    /// rows stream into the index builder (only the ids are kept), documents are then
    /// numbered in the summaries' order (numeric ids) so ranking ties follow it, and the
    /// hits' rows are read back by id.
    pub fn find_in_table(
        &self,
        text: &str,
        limit: usize,
    ) -> Result<Option<Vec<(Hit, SearchRow)>>, OpError> {
        let mut builder = IndexBuilder::new();
        let mut ids = Ids::default();
        let fresh = self.store().each_search_row(|id, _, names| {
            let doc = ids.push(id);
            for (field, text) in names {
                builder.add(doc, field, text);
            }
        })?;
        if !fresh {
            return Ok(None);
        }
        let order = ids.numeric_order();
        let mut rank = vec![0u32; order.len()];
        for (r, &old) in order.iter().enumerate() {
            rank[old as usize] = r as u32;
        }
        builder.renumber(&rank);
        let hits = search_once(&builder.finish(ids.len()), text, limit);
        let mut found = Vec::with_capacity(hits.len());
        for h in hits {
            let id = ids.get(order[h.doc] as usize);
            // A row gone since the stream (a restore in between): search again, slowly.
            let Some(row) = self.store().search_row(id)? else {
                return Ok(None);
            };
            found.push((h, row));
        }
        Ok(Some(found))
    }
}

/// Case ids in one buffer, in the order they were pushed.
#[derive(Default)]
struct Ids {
    text: String,
    ends: Vec<u32>,
}

impl Ids {
    fn push(&mut self, id: &str) -> u32 {
        self.text.push_str(id);
        self.ends.push(self.text.len() as u32);
        (self.ends.len() - 1) as u32
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// Positions in the order of `store::sort_by_id`.
    fn numeric_order(&self) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.len() as u32).collect();
        order.sort_by_cached_key(|&i| id_order(self.get(i as usize)));
        order
    }
}

/// The best `limit` cases for `text`, best first: what `jiebang find` prints.
pub fn find(rows: &[SearchRow], text: &str, limit: usize) -> Vec<Hit> {
    search_once(&NameIndex::build(rows), text, limit)
}

#[cfg(test)]
#[path = "find_ops_tests.rs"]
mod tests;
