//! What the UI needs from the rest of the program. `app::Session` implements [`Backend`]
//! over the store (tests too: `tests/tui_common/live.rs`). The UI core never calls
//! it: `update` returns [`super::Effect`]s and the runner in `src/tui` executes them here.

use super::text::{LoadedCase, Shown};
use chrono::{DateTime, NaiveDate, Utc};

use crate::app::record_ops::TakerRecord;
use crate::domain::case::Acceptance;
use crate::domain::records::Midterm;
use crate::domain::records::{RecordSettings, Review};
use crate::domain::{
    Case, CaseSummary, Extension, Objection, Org, Stage, Termination, Tranche, Yuan,
};

/// One unmet condition of a guard, as the rules state it (already in the UI language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmet {
    /// The article it cites, e.g. `第九条(七)`.
    pub article: String,
    pub message: String,
}

/// A row's facts (next deadline, overdue kinds, publicity, staleness): the same
/// [`crate::app::facts::Facts`] the CLI's list and filters read.
pub type RowFacts = crate::app::facts::Facts;

/// The last day of the publicity period, counted in working days on the holiday calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicityEnd {
    pub date: NaiveDate,
    pub working_days: u32,
    /// Years the period touches that the holiday table lacks: only weekends were skipped
    /// there, so the date may move when the State Council's notice comes out.
    pub unknown_years: Vec<i32>,
}

/// A history line of the detail screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryLine {
    pub at: DateTime<Utc>,
    pub who: Shown,
    pub what: Shown,
}

/// A case with what the detail screen shows beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseDetail {
    /// The raw case (read as a `Case`) with its shown copy for drawing.
    pub case: LoadedCase,
    /// The stage an advance would move to (`None` when closed or at the end).
    pub next: Option<Stage>,
    /// Unmet rules of the next stage; empty means it can advance.
    pub guard: Vec<Unmet>,
    /// The subsidy calculation, one explained line each (e.g. `3200 x 30% = 960 万元`).
    pub subsidy: Vec<String>,
    /// Newest first.
    pub history: Vec<HistoryLine>,
    /// `None` until publicity has started.
    pub publicity_end: Option<PublicityEnd>,
    /// When the mid-term check is due under the settings; `None` when it does not apply.
    pub midterm_due: Option<NaiveDate>,
    /// The record settings in force: review criteria per panel, panel sizes.
    pub records: RecordSettings,
    /// How `midterm_due` follows from the settings.
    pub midterm_basis: super::midterm_basis::MidtermBasis,
    /// The rules the case is flagged as breaking (违规/待核) and still breaks.
    pub breaches: Vec<Unmet>,
}

/// What an advance would do, computed without writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdvancePreview {
    pub id: String,
    pub name: Shown,
    pub from: Stage,
    pub to: Option<Stage>,
    /// The revision the preview was computed at; the write names it.
    pub rev: u64,
    /// Empty when the move is allowed.
    pub unmet: Vec<Unmet>,
    /// Context lines for the dialog (publicity period, signed dates, period length).
    pub info: Vec<Shown>,
}

impl AdvancePreview {
    pub fn allowed(&self) -> bool {
        self.to.is_some() && self.unmet.is_empty()
    }
}

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// A rule refused the change.
    Refused(Vec<Unmet>),
    /// Someone else changed the case since `rev`.
    Stale {
        by: String,
        at: DateTime<Utc>,
        what: String,
    },
    NotFound,
    /// The store was busy or failed; the message says what to do.
    Other(String),
}

/// A saved view: a named filter query shared by all officers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedView {
    pub name: String,
    pub query: String,
}

pub type BackendResult<T> = Result<T, String>;

/// A form's draft as stored for the officer running the program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftRow {
    pub key: String,
    pub payload: String,
    pub saved_at: DateTime<Utc>,
}

pub trait Backend {
    /// Every case's summary row.
    fn summaries(&self) -> BackendResult<Vec<CaseSummary>>;
    /// The first `n` rows by id and the number of rows in all, for the first frame of a
    /// large store (the full load follows right after it is drawn).
    fn first_page(&self, n: usize) -> BackendResult<(Vec<CaseSummary>, u64)> {
        let rows = self.summaries()?;
        let total = rows.len() as u64;
        Ok((rows.into_iter().take(n).collect(), total))
    }
    /// Calendar- and rule-dependent facts for the rows, same length and order.
    fn facts(&self, rows: &[CaseSummary], today: NaiveDate) -> Vec<RowFacts>;
    /// The date the officer works on (Asia/Shanghai), read from the clock at each call.
    fn today(&self) -> NaiveDate;
    /// The instant now, from the same clock (the header clock and the midnight tick).
    fn now(&self) -> DateTime<Utc>;
    /// Grows with every committed change by any process; polled while idle.
    fn change_counter(&self) -> BackendResult<u64>;
    fn case(&self, id: &str) -> Result<CaseDetail, WriteError>;
    /// What advancing the case to its next stage would do.
    fn preview_advance(&self, id: &str) -> Result<AdvancePreview, WriteError>;
    /// Moves a case to `to`, based on `rev`; returns the new revision.
    fn advance(&self, id: &str, to: Stage, rev: u64, note: &str) -> Result<u64, WriteError>;
    /// Moves a case back one stage with a mandatory reason; returns the new revision.
    fn back(&self, id: &str, rev: u64, reason: &str) -> Result<u64, WriteError>;
    /// Appends an officer's note; returns the new revision.
    fn note(&self, id: &str, rev: u64, text: &str) -> Result<u64, WriteError>;
    fn views(&self) -> BackendResult<Vec<SavedView>>;
    fn save_view(&self, name: &str, query: &str) -> BackendResult<()>;
    /// Writes the given cases to `path` (format from the extension); returns the count.
    fn export(&self, path: &str, ids: &[String]) -> BackendResult<usize>;
    /// Whether exporting to `path` would replace an existing file (the TUI asks first).
    fn export_would_replace(&self, _path: &str) -> bool {
        false
    }
    /// `export` that may replace an existing regular file (never a device, FIFO, folder).
    fn export_replacing(&self, path: &str, ids: &[String]) -> BackendResult<usize> {
        self.export(path, ids)
    }
    // -- form --
    /// Stores a new case (the store assigns its id); returns it as stored.
    fn create_case(&self, case: Case) -> Result<Case, WriteError>;
    /// Replaces a case with the form's edited copy, based on `rev`.
    fn save_case(&self, case: Case, rev: u64) -> Result<Case, WriteError>;
    fn add_tranche(&self, id: &str, tranche: Tranche) -> Result<u64, WriteError>;
    fn add_extension(&self, id: &str, extension: Extension) -> Result<u64, WriteError>;
    /// Terminates a case with the whole record the form holds (第十五条: reason, recovered
    /// sum, agreement, approval and, once money was paid, the 专项审计).
    fn terminate(&self, id: &str, termination: Termination, rev: u64) -> Result<u64, WriteError>;
    /// Adds an objection (`index` None) or replaces objection `index` (from 0).
    fn record_objection(
        &self,
        id: &str,
        index: Option<usize>,
        objection: Objection,
        rev: u64,
    ) -> Result<u64, WriteError>;
    /// Appends an expert review based on `rev`; it supersedes the stage's earlier ones.
    fn add_review(&self, id: &str, review: Review, rev: u64) -> Result<u64, WriteError>;
    /// Every organisation named on a stored case (issuers, takers, members).
    fn orgs(&self) -> BackendResult<Vec<Org>>;
    /// Drafts of the officer running the program.
    fn drafts(&self) -> BackendResult<Vec<DraftRow>>;
    /// The officer's digest when the TUI starts: `None` when already shown today or
    /// nothing to report; showing it is remembered.
    fn start_digest(&self) -> BackendResult<Option<crate::app::digest_ops::Digest>> {
        Ok(None)
    }
    fn put_draft(&self, key: &str, payload: &str) -> BackendResult<()>;
    /// The drafts another running window of this officer holds: key and since when.
    fn draft_holders(&self) -> BackendResult<Vec<(String, chrono::DateTime<chrono::Utc>)>>;
    /// Writes the draft as this window's even while another window holds it.
    fn take_draft(&self, key: &str, payload: &str) -> BackendResult<()>;
    fn delete_draft(&self, key: &str) -> BackendResult<()>;
    // -- stage forms --
    /// Replaces the mid-term check record, based on `rev`; returns the new revision.
    fn record_midterm(&self, id: &str, midterm: Midterm, rev: u64) -> Result<u64, WriteError>;
    /// Replaces the acceptance record; `funds_received` (实际到账金额) is set when given.
    fn record_acceptance(
        &self,
        id: &str,
        acceptance: Acceptance,
        funds_received: Option<Option<Yuan>>,
        rev: u64,
    ) -> Result<u64, WriteError>;
    /// Sets taker `index` (from 0): status, own plan, stage gate.
    fn record_taker(
        &self,
        id: &str,
        index: usize,
        record: TakerRecord,
        rev: u64,
    ) -> Result<u64, WriteError>;
    /// Takes back the officer's own last change to the case (a new audited change);
    /// refused when someone else changed it since. Returns the new revision.
    fn undo(&self, id: &str) -> Result<u64, WriteError>;
    // -- assign --
    /// Makes `officer` the case's 经办人 (empty: unassigned), based on `rev`.
    fn assign(&self, id: &str, officer: &str, rev: u64) -> Result<u64, WriteError>;
}
