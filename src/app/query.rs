//! Reading many cases: the filter query language and fuzzy search over the store's rows,
//! with each row's facts (deadlines, overdue, idle days) for one reading of the clock.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::CaseSummary;
use crate::search::{self, FilterCtx, Hit, NameIndex};

use super::error::OpError;
use super::facts::Facts;
use super::session::Session;

/// Rows plus what filters and search need, computed once per load.
pub struct Rows {
    pub rows: Vec<CaseSummary>,
    pub index: NameIndex,
    /// Each row's facts on `today`, same order as `rows`.
    pub facts: Vec<Facts>,
    /// The day the facts are for: the session's today when the rows were read.
    pub today: NaiveDate,
    by_id: HashMap<String, usize>,
}

impl Rows {
    pub fn build(rows: Vec<CaseSummary>, session: &Session) -> Rows {
        let index = NameIndex::build(&rows);
        let today = session.today();
        let facts = session.facts(&rows, today);
        let by_id = rows
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        Rows {
            rows,
            index,
            facts,
            today,
            by_id,
        }
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    fn fact(&self, s: &CaseSummary) -> Facts {
        self.position(&s.id)
            .and_then(|i| self.facts.get(i))
            .copied()
            .unwrap_or_default()
    }

    /// Indices of the rows matching `query` (all rows for an empty query), in id order,
    /// on the day the rows were read. `me` is the officer `mine` means (the session's OS
    /// user).
    pub fn filter(&self, query: &str, me: &str) -> Result<Vec<usize>, search::FilterError> {
        let filter = search::parse(query)?;
        let deadline = |s: &CaseSummary| self.fact(s).due.map(|d| d.date);
        let overdue = |s: &CaseSummary| self.fact(s).is_overdue();
        let idle_days = |s: &CaseSummary| self.fact(s).idle_days;
        let ctx = FilterCtx {
            today: self.today,
            me,
            index: &self.index,
            deadline: &deadline,
            overdue: &overdue,
            idle_days: &idle_days,
        };
        Ok(filter.apply(&self.rows, &ctx))
    }

    pub fn find(&self, text: &str, limit: usize) -> Vec<Hit> {
        search::search_once(&self.index, text, limit)
    }
}

impl Session {
    pub fn rows(&self) -> Result<Rows, OpError> {
        Ok(Rows::build(self.summaries()?, self))
    }
}
