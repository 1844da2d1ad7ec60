//! The seam between the UI and the search module: incremental name search (Chinese and
//! pinyin, `search::NameIndex` + `search::Searcher`) and filter queries (`search::parse`
//! + `Filter::apply`).

use crate::i18n::msg;
use chrono::NaiveDate;

use crate::domain::CaseSummary;
use crate::i18n::Lang;
use crate::search::typo::NearPass;
use crate::search::{self, FilterCtx, FilterError, NameIndex, Searcher};

use super::backend::RowFacts;

pub use crate::search::NameField;

/// The most hits a search puts on the list. Ranking still covers every match; only the
/// best this many carry highlight positions and rows (nobody pages past them: typing one
/// more character is faster).
pub const MAX_HITS: usize = 2000;

/// Fewer exact hits than this, and names within one typo are looked for too, once typing
/// pauses (see [`Finder::near_step`]).
pub const FEW_HITS: usize = 5;

/// Distinct names the typo pass looks at per step: a few milliseconds at most, so a key
/// pressed while it runs waits for no more than one step.
pub const NEAR_SLICE: usize = 8192;

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
    /// The typo pass the last search asked for, waiting for typing to pause.
    near: Option<Near>,
    /// Number of matches of the last search (the list may show fewer, see [`MAX_HITS`]).
    pub total: usize,
}

impl Finder {
    pub fn build(rows: &[CaseSummary]) -> Finder {
        Finder {
            index: Some(NameIndex::build(rows)),
            searcher: Searcher::new(),
            near: None,
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
        let out: Vec<Hit> = named.chain(matched).take(MAX_HITS).collect();
        // Few exact hits: names within one typo are looked for once typing pauses, never
        // on the keystroke itself.
        self.near = (out.len() < FEW_HITS)
            .then(|| NearPass::new(index, query))
            .flatten()
            .map(|pass| Near {
                pass,
                query: query.to_string(),
                allowed: allowed.map(<[bool]>::to_vec),
                exact: out.iter().map(|h| h.row).collect(),
            });
        out
    }

    /// True while a typo pass waits or runs for the last search.
    pub fn near_pending(&self) -> bool {
        self.near.is_some()
    }

    /// The query of the pending typo pass.
    fn near_query(&self) -> Option<&str> {
        self.near.as_ref().map(|n| n.query.as_str())
    }

    /// Runs the next slice of the pending typo pass. When the pass is done, its hits:
    /// ranked below every exact hit, counted in `total`; `None` while it is still under way
    /// (or when none is pending).
    pub fn near_step(&mut self) -> Option<Vec<Hit>> {
        let (near, index) = (self.near.as_mut()?, self.index.as_ref()?);
        let Near {
            pass,
            allowed,
            exact,
            ..
        } = near;
        let ok = |d: usize| {
            allowed
                .as_ref()
                .is_none_or(|a| a.get(d).copied().unwrap_or(false))
                && !exact.contains(&d)
        };
        if !pass.step(index, NEAR_SLICE, &ok) {
            return None;
        }
        let pass = self.near.take()?.pass;
        let hits: Vec<Hit> = pass
            .hits(MAX_HITS)
            .into_iter()
            .enumerate()
            .map(|(i, h)| Hit {
                row: h.doc,
                score: i64::MIN / 2 - i as i64,
                field: h.field,
                positions: h.positions,
            })
            .collect();
        self.total += hits.len();
        Some(hits)
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

/// A typo pass waiting for typing to pause, with what it must leave out.
#[derive(Debug)]
struct Near {
    pass: NearPass,
    query: String,
    /// The rows the search ranked within (`None`: every row).
    allowed: Option<Vec<bool>>,
    /// The exact hits, already shown.
    exact: Vec<usize>,
}

/// Typing paused: the next slice of the typo pass; when it is done, its hits go below the
/// exact ones on the list, the cursor staying on its case.
pub fn typing_paused(state: &mut super::State) {
    let shown = state.list.found.as_ref().map(|f| f.query.as_str());
    if shown.is_none() || shown != state.finder.near_query() {
        // The search it was for is gone: nothing to add the hits to.
        state.finder.near = None;
        return;
    }
    let Some(near) = state.finder.near_step() else {
        return;
    };
    let Some(found) = state.list.found.as_mut() else {
        return;
    };
    state.list.visible.extend(near.iter().map(|h| h.row));
    found.hits.extend(near);
    state.list.place(&state.rows);
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
