//! Drafts written while typing: the runner's clock says a draft is due, this asks for the
//! write as an effect, and the backend's answer marks the form saved. Nothing outside
//! `update` touches the form.

use chrono::{DateTime, Utc};

use super::super::action::Effect;
use super::super::state::{Screen, State};
use super::draft;

/// A draft is due: the open form's, if it changed since the last write.
pub fn due(state: &State) -> Vec<Effect> {
    match &state.screen {
        Screen::Form(form) if form.draft_pending && !form.saving => vec![Effect::PutDraft {
            key: form.purpose.key(),
            payload: draft::payload(form),
        }],
        _ => Vec::new(),
    }
}

/// The draft `key` was written at `at`.
pub fn saved(state: &mut State, key: &str, at: DateTime<Utc>) {
    if let Screen::Form(form) = &mut state.screen
        && form.purpose.key() == key
    {
        form.draft_pending = false;
        form.draft_saved_at = Some(at);
    }
}
