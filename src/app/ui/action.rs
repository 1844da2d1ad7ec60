//! The closed set of messages `update` understands, and the effects it asks the runner
//! to perform.

use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::{CaseSummary, Stage};

use super::backend::{AdvancePreview, CaseDetail, RowFacts, SavedView, WriteError};
use super::commands::Command;
use super::keys::KeyChord;

#[derive(Debug, Clone)]
pub enum Action {
    /// A key, resolved through the active keymap by `update`.
    Key(KeyChord),
    /// A command, as a key or the command line produced it.
    Command(Command),
    /// Text pasted at once (bracketed paste): typed into the active input.
    Paste(String),
    Resize {
        width: u16,
        height: u16,
    },
    SummariesLoaded {
        rows: Vec<CaseSummary>,
        facts: Vec<RowFacts>,
        today: NaiveDate,
        counter: u64,
        at: DateTime<Utc>,
    },
    CaseLoaded(Box<CaseDetail>),
    PreviewLoaded {
        previews: Vec<AdvancePreview>,
        failed: Vec<(String, String)>,
    },
    Written {
        op: WriteOp,
        results: Vec<(String, Result<u64, WriteError>)>,
    },
    ViewsLoaded(Vec<SavedView>),
    ViewSaved(String),
    Exported {
        path: String,
        count: usize,
    },
    /// A backend call failed; the message is shown on the status line.
    Failed(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOp {
    Advance,
    Back,
    Note,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdvanceReq {
    pub id: String,
    pub to: Stage,
    pub rev: u64,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Reload every summary row (after a write, on `r`, or when the change counter moved).
    LoadSummaries,
    LoadCase {
        id: String,
    },
    PreviewAdvance {
        ids: Vec<String>,
    },
    Advance(Vec<AdvanceReq>),
    Back {
        id: String,
        rev: u64,
        reason: String,
    },
    AddNote {
        id: String,
        rev: u64,
        text: String,
    },
    LoadViews,
    SaveView {
        name: String,
        query: String,
    },
    Export {
        path: String,
        ids: Vec<String>,
    },
    Quit,
    /// Leave the terminal to the shell (Ctrl-Z) and redraw in full on return.
    Suspend,
}
