//! The messages since the program started (`:messages`, as in vim): every error and
//! confirmation the status line showed, and every report a dialog gave, so a message cut
//! short or gone with the next key can be read again.

use crate::i18n::msg;

use crate::i18n::tr;

use super::state::{Dialog, Overlay, State};
use super::text::Shown;

pub use super::state::Logged;

/// Kept at most; the oldest go first.
const KEEP: usize = 500;

/// The status line as it stands, to compare after an update.
pub fn snapshot(state: &State) -> (Option<String>, Option<String>) {
    (state.status.error.clone(), state.status.message.clone())
}

/// Logs what an update put on the status line or in a report dialog.
pub fn note_changes(state: &mut State, before: &(Option<String>, Option<String>)) {
    let (error, message) = snapshot(state);
    if error.is_some() && error != before.0 {
        push(state, true, error.unwrap_or_default());
    }
    if message.is_some() && message != before.1 {
        push(state, false, message.unwrap_or_default());
    }
}

/// Logs a report's lines (a dialog of results) as one entry.
pub fn log_report(state: &mut State, lines: &[String]) {
    push(state, true, lines.join("\n"));
}

fn push(state: &mut State, error: bool, text: String) {
    let at = state.status.now.or(state.status.last_refresh);
    if state.log.len() >= KEEP {
        state.log.remove(0);
    }
    state.log.push(Logged { at, error, text });
}

/// `:messages`: the log, newest first, in a dialog that scrolls.
pub fn open(state: &mut State) {
    let lang = state.lang();
    let mut lines = Vec::new();
    for m in state.log.iter().rev() {
        let when = m.at.map(super::text::local_time).unwrap_or_default();
        for (i, l) in m.text.lines().enumerate() {
            if i == 0 {
                lines.push(format!("{when} {l}"));
            } else {
                lines.push(l.to_string());
            }
        }
    }
    if lines.is_empty() {
        lines.push(tr(lang, msg::tui::MESSAGES_NONE).to_string());
    }
    state.push_overlay(Overlay::Dialog(Dialog::Message {
        title: tr(lang, msg::tui::MESSAGES_TITLE).to_string(),
        lines: lines.iter().map(|l| Shown::new(l)).collect(),
        scroll: 0,
    }));
}
