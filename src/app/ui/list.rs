//! The case list: which rows are shown, in what order, which one is selected (by case id,
//! never by position) and which are marked.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashSet};

use chrono::NaiveDate;

use crate::domain::CaseSummary;

use super::backend::RowFacts;
use super::find::{FindError, Finder, Hit};
use super::text::ShownRows;

/// The list's columns, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    Id,
    Name,
    Field,
    Kind,
    Stage,
    Issuer,
    Taker,
    Due,
    Amount,
}

impl Column {
    pub const ALL: &'static [Column] = &[
        Column::Id,
        Column::Name,
        Column::Field,
        Column::Kind,
        Column::Stage,
        Column::Issuer,
        Column::Taker,
        Column::Due,
        Column::Amount,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Name => "name",
            Column::Field => "field",
            Column::Kind => "kind",
            Column::Stage => "stage",
            Column::Issuer => "issuer",
            Column::Taker => "taker",
            Column::Due => "due",
            Column::Amount => "amount",
        }
    }

    pub fn parse(s: &str) -> Option<Column> {
        Column::ALL.iter().copied().find(|c| c.id() == s.trim())
    }

    pub fn next(self) -> Column {
        let i = Column::ALL.iter().position(|c| *c == self).unwrap_or(0);
        Column::ALL[(i + 1) % Column::ALL.len()]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort {
            column: Column::Id,
            descending: false,
        }
    }
}

/// A fixed set of cases chosen from the dashboard when no query expresses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pinned {
    /// What the set is, for the title bar (already in the UI language).
    pub label: String,
    pub ids: HashSet<String>,
}

/// Search results kept on the list after Enter (Esc on the list drops them).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Found {
    pub query: String,
    /// Ranked best first; while set, `visible[i] == hits[i].row`.
    pub hits: Vec<Hit>,
}

#[derive(Debug, Clone, Default)]
pub struct ListView {
    /// Filtered and sorted row indices, before any search.
    pub base: Vec<usize>,
    /// What is shown: `base`, or the search hits within it.
    pub visible: Vec<usize>,
    pub selected: Option<String>,
    /// Position of `selected` in `visible`.
    pub cursor: usize,
    /// First visible position drawn.
    pub top: usize,
    pub sort: Sort,
    pub marks: BTreeSet<String>,
    /// The filter query in force (always one that parsed).
    pub query: String,
    pub pinned: Option<Pinned>,
    pub found: Option<Found>,
    /// The columns chosen, in order (`columns` in config.toml); empty: all, as shipped.
    pub columns: Vec<Column>,
}

fn cmp_opt<T: Ord>(a: &Option<T>, b: &Option<T>) -> Ordering {
    // Missing values sort last in either direction of the primary order.
    match (a, b) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn compare(
    col: Column,
    a: &CaseSummary,
    b: &CaseSummary,
    fa: &RowFacts,
    fb: &RowFacts,
) -> Ordering {
    match col {
        Column::Id => Ordering::Equal,
        Column::Name => a.name.cmp(&b.name),
        Column::Field => cmp_opt(&a.field, &b.field),
        Column::Kind => a.kind.cmp(&b.kind),
        Column::Stage => a.stage.cmp(&b.stage),
        Column::Issuer => a.issuer.cmp(&b.issuer),
        Column::Taker => cmp_opt(&a.taker, &b.taker),
        Column::Due => cmp_opt(&fa.due.map(|d| d.date), &fb.due.map(|d| d.date)),
        Column::Amount => cmp_opt(&a.amount, &b.amount),
    }
}

/// For a column of names, each shown row's pinyin sort key (by row index), computed once
/// per sort rather than in every comparison.
fn reading_keys(col: Column, rows: &[CaseSummary], base: &[usize]) -> Option<Vec<Option<String>>> {
    let name = |r: &CaseSummary| -> Option<String> {
        match col {
            Column::Name => Some(r.name.clone()),
            Column::Issuer => Some(r.issuer.clone()),
            Column::Taker => r.taker.clone(),
            _ => None,
        }
    };
    if !matches!(col, Column::Name | Column::Issuer | Column::Taker) {
        return None;
    }
    let mut keys = vec![None; rows.len()];
    for i in base {
        keys[*i] = name(&rows[*i]).map(|n| super::collate::key(&n));
    }
    Some(keys)
}

impl ListView {
    /// The columns to show, in order.
    pub fn shown_columns(&self) -> &[Column] {
        if self.columns.is_empty() {
            Column::ALL
        } else {
            &self.columns
        }
    }

    /// Recomputes `base` from the query, the pinned set and the sort. Returns the filter
    /// error when the query does not parse (then nothing changes).
    pub fn rebuild(
        &mut self,
        rows: &ShownRows,
        facts: &[RowFacts],
        today: NaiveDate,
        me: &str,
        finder: &mut Finder,
    ) -> Result<(), FindError> {
        let mut base = finder.filter(rows, facts, &self.query, today, me)?;
        if let Some(p) = &self.pinned {
            base.retain(|i| p.ids.contains(&rows[*i].id));
        }
        let sort = self.sort;
        let none = RowFacts::default();
        let names = reading_keys(sort.column, rows, &base);
        base.sort_by(|x, y| {
            let (a, b) = (&rows[*x], &rows[*y]);
            let (fa, fb) = (
                facts.get(*x).unwrap_or(&none),
                facts.get(*y).unwrap_or(&none),
            );
            let primary = match &names {
                Some(k) => cmp_opt(&k[*x], &k[*y]),
                None => compare(sort.column, a, b, fa, fb),
            };
            let primary = if sort.descending {
                primary.reverse()
            } else {
                primary
            };
            // Rows are in id order (`ShownRows`), so the index is the id's place: no id
            // is parsed or compared as text while sorting 100k rows.
            let tie = x.cmp(y);
            primary.then(if sort.descending && sort.column == Column::Id {
                tie.reverse()
            } else {
                tie
            })
        });
        self.base = base;
        self.research(rows, finder);
        Ok(())
    }

    /// Re-runs the kept search (if any) within `base` and re-places the selection.
    pub fn research(&mut self, rows: &[CaseSummary], finder: &mut Finder) {
        match &mut self.found {
            Some(found) if !found.query.trim().is_empty() => {
                // The filtered rows as a mask: the search ranks within them, so no hit of
                // the filter is cut by the whole store's best MAX_HITS, and the count is
                // theirs.
                let mask = (self.base.len() < rows.len()).then(|| {
                    let mut allowed = vec![false; rows.len()];
                    for i in &self.base {
                        allowed[*i] = true;
                    }
                    allowed
                });
                found.hits = finder.search_in(rows, &found.query, mask.as_deref());
                self.visible = found.hits.iter().map(|h| h.row).collect();
            }
            Some(found) => {
                found.hits.clear();
                self.visible = self.base.clone();
            }
            None => self.visible = self.base.clone(),
        }
        self.place(rows);
    }

    /// Puts the cursor on the selected id; if that case is no longer shown, on the row now
    /// at the old position (so the cursor does not jump to the top).
    pub fn place(&mut self, rows: &[CaseSummary]) {
        let found = self
            .selected
            .as_ref()
            .and_then(|id| self.visible.iter().position(|i| rows[*i].id == *id));
        self.cursor = match found {
            Some(p) => p,
            None => self.cursor.min(self.visible.len().saturating_sub(1)),
        };
        self.selected = self.visible.get(self.cursor).map(|i| rows[*i].id.clone());
    }

    pub fn select_at(&mut self, rows: &[CaseSummary], pos: usize) {
        if self.visible.is_empty() {
            self.cursor = 0;
            self.selected = None;
            return;
        }
        self.cursor = pos.min(self.visible.len() - 1);
        self.selected = Some(rows[self.visible[self.cursor]].id.clone());
    }

    /// Keeps the cursor within the window of `height` rows starting at `top`.
    pub fn scroll_into_view(&mut self, height: usize) {
        let height = height.max(1);
        if self.cursor < self.top {
            self.top = self.cursor;
        } else if self.cursor >= self.top + height {
            self.top = self.cursor + 1 - height;
        }
        let max_top = self.visible.len().saturating_sub(height);
        self.top = self.top.min(max_top);
    }

    pub fn selected_row<'a>(&self, rows: &'a [CaseSummary]) -> Option<&'a CaseSummary> {
        self.visible.get(self.cursor).map(|i| &rows[*i])
    }

    /// Toggles the mark on the selected case.
    pub fn toggle_mark(&mut self) {
        if let Some(id) = &self.selected
            && !self.marks.remove(id)
        {
            self.marks.insert(id.clone());
        }
    }

    /// The search hit shown at a visible position, while a search is shown.
    pub fn hit_at(&self, pos: usize) -> Option<&Hit> {
        self.found.as_ref().and_then(|f| f.hits.get(pos))
    }
}
