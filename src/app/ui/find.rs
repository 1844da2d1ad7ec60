//! The seam between the UI and the search module: incremental name search (Chinese and
//! pinyin, `search::NameIndex` + `search::Searcher`) and filter queries (`search::parse`
//! + `Filter::apply`).

use crate::i18n::msg;
use chrono::NaiveDate;

use crate::domain::CaseSummary;
use crate::i18n::Lang;
use crate::search::typo::{self, TypoIndex};
use crate::search::{self, FilterCtx, FilterError, NameIndex, Searcher};

use super::backend::RowFacts;

pub use crate::search::NameField;

/// The most hits a search puts on the list. Ranking still covers every match; only the
/// best this many carry highlight positions and rows (nobody pages past them: typing one
/// more character is faster).
pub const MAX_HITS: usize = 2000;

/// Fewer exact hits than this, and names within one typo are looked for too.
pub const FEW_HITS: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub row: usize,
    pub score: i64,
    pub field: NameField,
    /// Char indices of the matched characters within that name.
    pub positions: Vec<usize>,
}

impl Hit {
    /// The text of the matched name.
    pub fn text<'a>(&self, row: &'a CaseSummary) -> &'a str {
        self.field.text(row).unwrap_or("")
    }
}

/// A filter query that does not parse: the offending term and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindError {
    pub error: Box<FilterError>,
}

impl FindError {
    /// The term as typed.
    pub fn term(&self) -> &str {
        &self.error.term
    }

    pub fn message(&self, lang: Lang) -> String {
        self.error.message(lang)
    }
}

/// The name index of the current rows and the incremental searcher over it (which keeps
/// one match list per query prefix, so typing and Backspace are cheap).
#[derive(Debug, Default)]
pub struct Finder {
    index: Option<NameIndex>,
    searcher: Searcher,
    /// The names in full pinyin, built on the first typo pass over these rows.
    typo: Option<TypoIndex>,
    /// Number of matches of the last search (the list may show fewer, see [`MAX_HITS`]).
    pub total: usize,
}

impl Finder {
    pub fn build(rows: &[CaseSummary]) -> Finder {
        Finder {
            index: Some(NameIndex::build(rows)),
            searcher: Searcher::new(),
            typo: None,
            total: 0,
        }
    }

    /// Builds the index now if it is missing (the event loop calls this while idle, so
    /// the first search keystroke does not pay for it).
    pub fn warm(&mut self, rows: &[CaseSummary]) {
        self.index(rows);
    }

    pub fn is_warm(&self, rows: &[CaseSummary]) -> bool {
        self.index.as_ref().is_some_and(|i| i.len() == rows.len())
    }

    fn index(&mut self, rows: &[CaseSummary]) -> &NameIndex {
        if self.index.as_ref().is_none_or(|i| i.len() != rows.len()) {
            *self = Finder::build(rows);
        }
        self.index.get_or_insert_with(|| NameIndex::build(rows))
    }

    /// Ranked hits, best first.
    pub fn search(&mut self, rows: &[CaseSummary], query: &str) -> Vec<Hit> {
        self.search_in(rows, query, None)
    }

    /// Ranked hits among the rows `allowed` marks (every row when `None`), best first;
    /// `total` counts exactly the allowed rows that match.
    pub fn search_in(
        &mut self,
        rows: &[CaseSummary],
        query: &str,
        allowed: Option<&[bool]>,
    ) -> Vec<Hit> {
        if query.trim().is_empty() {
            self.total = 0;
            return Vec::new();
        }
        self.index(rows);
        let Some(index) = self.index.as_ref() else {
            return Vec::new();
        };
        let (hits, total) = self.searcher.search_within(index, query, MAX_HITS, allowed);
        // A case named by its id comes before every name that happens to match.
        let by_id = super::case_id::rows_with_id(rows, query, allowed);
        let unranked = by_id.iter().filter(|r| !hits.iter().any(|h| h.doc == **r));
        self.total = total + unranked.count();
        let named = by_id.iter().map(|row| Hit {
            row: *row,
            score: i64::MAX,
            field: NameField::Name,
            positions: Vec::new(),
        });
        let matched = hits
            .into_iter()
            .filter(|h| !by_id.contains(&h.doc))
            .map(|h| Hit {
                row: h.doc,
                score: h.score,
                field: h.field,
                positions: h.positions,
            });
        let mut out: Vec<Hit> = named.chain(matched).take(MAX_HITS).collect();
        if out.len() < FEW_HITS {
            let near = self.near(rows, query, allowed, &out);
            self.total += near.len();
            out.extend(near);
        }
        out
    }

    /// Names within one typo of the query, ranked below every exact hit (`found`).
    fn near(
        &mut self,
        rows: &[CaseSummary],
        query: &str,
        allowed: Option<&[bool]>,
        found: &[Hit],
    ) -> Vec<Hit> {
        // Only a full-pinyin query needs the names spelled out; built on the first one.
        if typo::needs_index(query) && self.typo.as_ref().is_none_or(|t| t.len() != rows.len()) {
            self.typo = Some(TypoIndex::build(rows));
        }
        let index = self.typo.as_ref().filter(|t| t.len() == rows.len());
        let ok = |d: usize| {
            allowed.is_none_or(|a| a.get(d).copied().unwrap_or(false))
                && !found.iter().any(|h| h.row == d)
        };
        typo::near(rows, index, query, &ok, MAX_HITS)
            .into_iter()
            .enumerate()
            .map(|(i, h)| Hit {
                row: h.doc,
                score: i64::MIN / 2 - i as i64,
                field: h.field,
                positions: h.positions,
            })
            .collect()
    }

    /// Rows matching the filter query, in store order.
    pub fn filter(
        &mut self,
        rows: &[CaseSummary],
        facts: &[RowFacts],
        query: &str,
        today: NaiveDate,
        me: &str,
    ) -> Result<Vec<usize>, FindError> {
        let parsed = search::parse(query).map_err(|error| FindError {
            error: Box::new(error),
        })?;
        if parsed.is_empty() {
            return Ok((0..rows.len()).collect());
        }
        let base = rows.as_ptr() as usize;
        let size = std::mem::size_of::<CaseSummary>().max(1);
        // The filter hands back references into `rows`; their offset is the row number,
        // which finds the row's calendar facts.
        let row_of = |r: &CaseSummary| (r as *const CaseSummary as usize).wrapping_sub(base) / size;
        let fact = |r: &CaseSummary| facts.get(row_of(r)).copied().unwrap_or_default();
        let deadline = |r: &CaseSummary| fact(r).due.map(|d| d.date);
        let overdue = |r: &CaseSummary| fact(r).is_overdue();
        let idle_days = |r: &CaseSummary| fact(r).idle_days;
        let index = self.index(rows);
        let ctx = FilterCtx {
            today,
            me,
            index,
            deadline: &deadline,
            overdue: &overdue,
            idle_days: &idle_days,
        };
        Ok(parsed.apply(rows, &ctx))
    }
}

/// The search's count for the officer: every match, and when the list shows only the
/// first [`MAX_HITS`], both figures, so a cut is never silent.
pub fn count_text(state: &super::State) -> String {
    let lang = state.lang();
    let shown = state.list.visible.len();
    let total = state.finder.total.max(shown);
    if total > shown {
        crate::i18n::trf(
            lang,
            msg::tui::SEARCH_COUNT_CUT,
            &[("shown", &shown), ("n", &total)],
        )
    } else {
        crate::i18n::trf(lang, msg::tui::SEARCH_COUNT, &[("n", &shown)])
    }
}
