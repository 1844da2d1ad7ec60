//! The closed set of messages `update` understands, and the effects it asks the runner
//! to perform.

use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::{Case, CaseSummary, Org, Stage};

use super::backend::{AdvancePreview, CaseDetail, DraftRow, RowFacts, SavedView, WriteError};
use super::commands::Command;
use super::form::{Purpose, Submit};
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
    /// The clock, read at least once a minute by the event loop: the header clock moves,
    /// and a new day reloads the rows so their facts roll over.
    Tick {
        now: DateTime<Utc>,
        today: NaiveDate,
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
    /// The export's file exists: ask before replacing it.
    ExportExists {
        path: String,
        ids: Vec<String>,
    },
    /// A backend call failed; the message is shown on the status line.
    Failed(String),
    // -- form --
    /// The case a form (edit, or a department form) is about.
    FormCase {
        purpose: Purpose,
        detail: Box<CaseDetail>,
    },
    /// A form's save: the case id, or why not.
    FormSubmitted(Result<String, WriteError>),
    /// A form's save met a newer version saved by `by`.
    FormConflict {
        theirs: Box<Case>,
        by: String,
    },
    OrgsLoaded(Vec<Org>),
    DraftsLoaded {
        drafts: Vec<DraftRow>,
        now: DateTime<Utc>,
    },
    /// The text back from $EDITOR, or why it could not run.
    EditorDone(Result<String, String>),
    /// The draft clock: the open form's draft is due to be written.
    DraftDue,
    /// The search clock: typing paused with a typo pass pending; run its next slice.
    TypingPaused,
    /// The morning digest to show at start.
    DigestLoaded(Box<crate::app::digest_ops::Digest>),
    /// Drafts another running window of this officer holds: key and since when.
    DraftHolders(Vec<(String, DateTime<Utc>)>),
    /// Text went to the officer's clipboard; `what` says what, for the confirmation.
    Copied {
        what: String,
    },
    /// The list's columns were saved to the config file at `path`.
    ColumnsSaved {
        path: String,
    },
    /// A mouse event over the screen (the terminal face turns crossterm's into these).
    Mouse(super::mouse_input::MouseInput),
    /// The draft `key` was written.
    DraftSaved {
        key: String,
        at: DateTime<Utc>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOp {
    Advance,
    Back,
    Note,
    Assign,
    Undo,
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
    /// Moves each `(id, rev)` back one stage with the same reason.
    Back {
        cases: Vec<(String, u64)>,
        reason: String,
    },
    /// Appends the same note to each `(id, rev)`.
    AddNote {
        cases: Vec<(String, u64)>,
        text: String,
    },
    LoadViews,
    SaveView {
        name: String,
        query: String,
    },
    /// `replace`: the officer agreed to replace an existing file.
    Export {
        path: String,
        ids: Vec<String>,
        replace: bool,
    },
    /// Sets the 经办人 of each `(id, rev)` to `officer` (empty: unassigns).
    Assign {
        cases: Vec<(String, u64)>,
        officer: String,
    },
    /// Writes the chosen list columns (ids, in order) to config.toml.
    SaveColumns {
        ids: Vec<String>,
    },
    /// Takes back the officer's own last change to case `id`.
    Undo {
        id: String,
    },
    /// Puts `text` on the officer's clipboard through the terminal (OSC 52): the event loop
    /// writes it, then reports `Copied` with `what`.
    Copy {
        text: String,
        what: String,
    },
    Quit,
    /// The officer's digest, if not yet shown today and not empty.
    LoadDigest,
    /// Leave the terminal to the shell (Ctrl-Z) and redraw in full on return.
    Suspend,
    // -- form --
    LoadFormCase {
        purpose: Purpose,
    },
    SubmitForm(Box<Submit>),
    LoadOrgs,
    LoadDrafts,
    DeleteDraft {
        key: String,
    },
    /// Suspend the screen and edit `text` in $EDITOR (the event loop runs it).
    Editor {
        text: String,
    },
    /// Writes the open form's draft.
    PutDraft {
        key: String,
        payload: String,
    },
    /// Writes the draft as this window's, taking it from another running window.
    TakeDraft {
        key: String,
        payload: String,
    },
}

/// What a handler did with an action. `update` routes on it: a follow-up action is queued
/// and handled after this one returns, so no handler ever calls back into `update`.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Not this handler's business.
    Ignored,
    /// Handled; these effects are for the runner.
    Consumed(Vec<Effect>),
    /// Handled, and this action follows (the command typed on the command line).
    Then(Action),
}

impl Outcome {
    /// Handled, with nothing for the runner.
    pub fn done() -> Outcome {
        Outcome::Consumed(Vec::new())
    }
}

impl From<Vec<Effect>> for Outcome {
    fn from(effects: Vec<Effect>) -> Outcome {
        Outcome::Consumed(effects)
    }
}
