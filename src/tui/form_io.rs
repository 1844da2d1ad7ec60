//! The form's side effects that need the backend: submitting, and writing the open draft
//! at most about once a second while typing (and at once on SIGHUP/SIGTERM).

use std::time::{Duration, Instant};

use crate::app::ui::State;
use crate::app::ui::action::Action;
use crate::app::ui::backend::{Backend, WriteError};
use crate::app::ui::form::Submit;
use crate::app::ui::state::Screen;

/// A draft is written this long after the first unsaved change, however fast the officer
/// types, so at most this much typing is exposed to SIGKILL or power loss.
pub const DRAFT_EVERY: Duration = Duration::from_millis(500);

/// When the open form first had an unsaved change.
#[derive(Debug, Default)]
pub struct DraftClock {
    pending_since: Option<Instant>,
}

impl DraftClock {
    pub fn due(&mut self, state: &State) -> bool {
        let pending = matches!(&state.screen, Screen::Form(f) if f.draft_pending);
        if !pending {
            self.pending_since = None;
            return false;
        }
        let since = *self.pending_since.get_or_insert_with(Instant::now);
        if since.elapsed() >= DRAFT_EVERY {
            self.pending_since = None;
            return true;
        }
        false
    }
}

/// Writes the open form's draft if it changed since the last write: the draft clock's
/// action, routed through `update` like any other.
pub fn flush_draft(state: &mut State, backend: &dyn Backend) {
    super::runner::dispatch(state, backend, Action::DraftDue);
}

/// The other officer's version, for the form to compare or append to.
fn conflict_with(id: &str, by: String, backend: &dyn Backend) -> Vec<Action> {
    match backend.case(id) {
        Ok(d) => vec![Action::FormConflict {
            theirs: Box::new(d.case.into_raw()),
            by,
        }],
        Err(e) => vec![Action::FormSubmitted(Err(e))],
    }
}

/// Performs a form's save; a stale revision comes back as the other officer's version.
pub fn submit(s: Submit, backend: &dyn Backend) -> Vec<Action> {
    let result: Result<String, WriteError> = match s {
        Submit::Create(case) => backend.create_case(*case).map(|c| c.id),
        Submit::Save { case, rev } => {
            let id = case.id.clone();
            match backend.save_case(*case, rev) {
                Ok(c) => Ok(c.id),
                Err(WriteError::Stale { by, .. }) => return conflict_with(&id, by, backend),
                Err(e) => Err(e),
            }
        }
        Submit::Tranche { id, tranche } => backend.add_tranche(&id, tranche).map(|_| id),
        Submit::Extension { id, extension } => backend.add_extension(&id, extension).map(|_| id),
        Submit::Terminate {
            id,
            termination,
            rev,
        } => backend.terminate(&id, termination, rev).map(|_| id),
        Submit::Objection {
            id,
            index,
            objection,
            rev,
        } => backend
            .record_objection(&id, index, objection, rev)
            .map(|_| id),
        Submit::Review { id, review, rev } => match backend.add_review(&id, review, rev) {
            Ok(_) => Ok(id),
            // Appended to whatever the case is now, unless the other officer recorded a
            // review of the same panel (the form decides, with their version in hand).
            Err(WriteError::Stale { by, .. }) => return conflict_with(&id, by, backend),
            Err(e) => Err(e),
        },
        Submit::Midterm { id, midterm, rev } => {
            let r = backend.record_midterm(&id, midterm, rev);
            return record_saved(backend, id, r);
        }
        Submit::Acceptance {
            id,
            acceptance,
            funds_received,
            rev,
        } => {
            let r = backend.record_acceptance(&id, acceptance, funds_received, rev);
            return record_saved(backend, id, r);
        }
        Submit::Gate {
            id,
            index,
            record,
            rev,
        } => {
            let r = backend.record_taker(&id, index, record, rev);
            return record_saved(backend, id, r);
        }
    };
    vec![Action::FormSubmitted(result)]
}

/// A stage record's save: a stale revision comes back as the other officer's version, to
/// be compared field by field as the case form's is.
fn record_saved(backend: &dyn Backend, id: String, result: Result<u64, WriteError>) -> Vec<Action> {
    match result {
        Ok(_) => vec![Action::FormSubmitted(Ok(id))],
        Err(WriteError::Stale { by, .. }) => conflict_with(&id, by, backend),
        Err(e) => vec![Action::FormSubmitted(Err(e))],
    }
}
