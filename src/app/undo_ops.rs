//! Undo: an officer takes back their own last change to a case, as a new audited change
//! written through the same door as every write ([`Session::write_case`]), so the rules,
//! the revision check and the audit trail apply to it like to any edit. Only while nobody
//! else has changed the case since: otherwise undoing would silently drop their work.

use crate::i18n::msg;
use serde_json::Value;

use crate::domain::Case;
use crate::i18n::{Msg, tr, trf};
use crate::store::{AuditEvent, Change, unapply};

use super::error::OpError;
use super::session::{Session, shanghai};

/// Actions whose event cannot be taken back by an undo: a case's creation or import (the
/// whole case), notes (part of the record; a correcting note is added instead), and the
/// store's own restore and repair.
const NOT_UNDOABLE: &[&str] = &["create", "import", "note", "restore", "repair"];

/// Paths every write moves by itself: an undo is a new revision, not an old one.
fn bookkeeping(path: &str) -> bool {
    matches!(path, "rev" | "updated_at") || path.starts_with("notes")
}

impl Session {
    /// Reverts the officer's own last change to case `id` as a new change (`undo`, noting
    /// the event it takes back). Refused, with who changed it, when the case's last change
    /// is someone else's; refused when that change cannot be undone.
    pub fn undo_last(&self, id: &str) -> Result<Case, OpError> {
        let last = self.store().last_event(id)?;
        let case = self.case(id)?;
        let Some(event) = last else {
            return Err(self.undo_refusal(msg::undo::NOTHING, &[("id", &id)]));
        };
        if event.actor.user != self.actor().user {
            let at = event.at.with_timezone(&shanghai()).format("%m-%d %H:%M");
            return Err(self.undo_refusal(
                msg::undo::BY_OTHER,
                &[("by", &event.actor.label()), ("at", &at), ("id", &id)],
            ));
        }
        if NOT_UNDOABLE.contains(&event.action.as_str())
            || event.changes.iter().any(|c| c.path.is_empty())
        {
            let what = tr(self.lang, undo_kind(&event));
            return Err(self.undo_refusal(msg::undo::NOT_UNDOABLE, &[("what", &what)]));
        }
        let rev = rev_after(&event).unwrap_or(case.rev);
        let changes: Vec<Change> = event
            .changes
            .iter()
            .filter(|c| !bookkeeping(&c.path))
            .cloned()
            .collect();
        let note = format!("#{}", event.seq);
        self.write_case(id, Some(rev), "undo", &note, |case: &mut Case| {
            let mut doc = serde_json::to_value(&*case).map_err(bad)?;
            if let Value::Object(m) = &mut doc {
                m.remove("notes");
            }
            unapply(&mut doc, &changes);
            let (rev, created, updated) = (case.rev, case.created_at, case.updated_at);
            *case = serde_json::from_value(doc).map_err(bad)?;
            case.rev = rev;
            case.created_at = created;
            case.updated_at = updated;
            Ok(())
        })
    }

    fn undo_refusal(&self, key: Msg, args: &[(&str, &dyn std::fmt::Display)]) -> OpError {
        OpError::BadInput(vec![trf(self.lang, key, args)])
    }
}

/// The revision the event left the case at: the case must still be at it.
fn rev_after(event: &AuditEvent) -> Option<u64> {
    event
        .changes
        .iter()
        .find(|c| c.path == "rev")
        .and_then(|c| c.after.as_u64())
}

/// The message naming what the refused event was.
fn undo_kind(event: &AuditEvent) -> Msg {
    match event.action.as_str() {
        "note" => msg::undo::ACTION_NOTE,
        "restore" | "repair" => msg::undo::ACTION_RESTORE,
        _ => msg::undo::ACTION_CREATE,
    }
}

fn bad(e: serde_json::Error) -> OpError {
    OpError::BadInput(vec![e.to_string()])
}
