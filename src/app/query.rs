//! Reading many cases: the filter query language and fuzzy search over the store's rows,
//! with deadlines computed from the working-day calendar.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::CaseSummary;
use crate::domain::rules::overdue_deadlines;
use crate::domain::workflow::{self, Deadline};
use crate::search::{self, FilterCtx, Hit, NameIndex};

use super::error::OpError;
use super::session::Session;

/// Rows plus what filters and search need, computed once per load.
pub struct Rows {
    pub rows: Vec<CaseSummary>,
    pub index: NameIndex,
    pub deadlines: Vec<Option<Deadline>>,
    /// Rows with any deadline passed that means late work (implementation end, mid-term
    /// check, rectification, acceptance), as of the session's today.
    pub overdue: Vec<bool>,
    by_id: HashMap<String, usize>,
}

impl Rows {
    pub fn build(rows: Vec<CaseSummary>, session: &Session) -> Rows {
        let index = NameIndex::build(&rows);
        let deadlines = rows
            .iter()
            .map(|s| workflow::next_deadline(s, &session.calendar, &session.settings))
            .collect();
        let today = session.today();
        let overdue = rows
            .iter()
            .map(|s| {
                workflow::is_overdue(s, today)
                    || !overdue_deadlines(s, today, &session.calendar, &session.settings).is_empty()
            })
            .collect();
        let by_id = rows
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        Rows {
            rows,
            index,
            deadlines,
            overdue,
            by_id,
        }
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Indices of the rows matching `query` (all rows for an empty query), in id order.
    /// `me` is the officer `mine` means (the session's OS user).
    pub fn filter(
        &self,
        query: &str,
        today: NaiveDate,
        me: &str,
    ) -> Result<Vec<usize>, search::FilterError> {
        let filter = search::parse(query)?;
        let deadline = |s: &CaseSummary| {
            self.position(&s.id)
                .and_then(|i| self.deadlines[i].as_ref())
                .map(|d| d.date)
        };
        let overdue = |s: &CaseSummary| self.position(&s.id).is_some_and(|i| self.overdue[i]);
        let ctx = FilterCtx {
            today,
            me,
            index: &self.index,
            deadline: &deadline,
            overdue: &overdue,
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
