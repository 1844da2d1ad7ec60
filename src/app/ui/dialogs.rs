//! Advance, move back, note: dialogs that end in a write, and the report of its outcome.

use super::text::Shown;
use crate::i18n::msg;
use tui_input::Input;

use crate::i18n::{Lang, tr, trf};

use super::action::{AdvanceReq, Effect, Outcome, WriteOp};
use super::backend::{AdvancePreview, WriteError};
use super::bulk;
use super::commands::Cmd;
use super::input;
use super::state::{Dialog, Overlay, Screen, State};

/// Opens the dialog for `a`, `b` or `m` on the marked cases of the list, else on the
/// current case.
pub fn open(state: &mut State, cmd: Cmd) -> Vec<Effect> {
    let lang = state.lang();
    if state.settings.read_only {
        state.status.error = Some(tr(lang, msg::tui::READ_ONLY).to_string());
        return Vec::new();
    }
    let targets = bulk::targets(state);
    if targets.is_empty() {
        state.status.error = Some(tr(lang, msg::tui::NO_SELECTION).to_string());
        return Vec::new();
    }
    match cmd {
        Cmd::Advance => {
            let ids: Vec<String> = targets.into_iter().map(|t| t.id).collect();
            state.push_overlay(advance_dialog(ids.clone()));
            vec![Effect::PreviewAdvance { ids }]
        }
        Cmd::MoveBack => {
            if let Some(t) = targets.iter().find(|t| t.back_to().is_none())
                && targets.iter().all(|t| t.back_to().is_none())
            {
                state.status.error = Some(trf(
                    lang,
                    msg::tui::BACK_IMPOSSIBLE,
                    &[("stage", &t.from.label(lang))],
                ));
                return Vec::new();
            }
            state.push_overlay(Overlay::Dialog(Dialog::Back {
                targets,
                reason: Input::default(),
                error: None,
            }));
            Vec::new()
        }
        _ => {
            state.push_overlay(Overlay::Dialog(Dialog::Note {
                targets,
                text: Input::default(),
                error: None,
            }));
            Vec::new()
        }
    }
}

fn advance_dialog(ids: Vec<String>) -> Overlay {
    Overlay::Dialog(Dialog::Advance {
        ids,
        previews: None,
        failed: Vec::new(),
        note: Input::default(),
        scroll: 0,
    })
}

pub fn previews_loaded(
    state: &mut State,
    loaded: Vec<AdvancePreview>,
    errors: Vec<(String, String)>,
) {
    if let Some(Overlay::Dialog(Dialog::Advance {
        previews, failed, ..
    })) = state.overlay_mut()
    {
        *previews = Some(loaded);
        *failed = errors;
    }
}

/// A command while a dialog is open: the dialog is handled in place on top of the
/// overlay stack, and popped when it ends.
pub fn command(state: &mut State, cmd: Cmd) -> Outcome {
    if let Some(i) = state.active_input_mut()
        && input::edit(i, cmd)
    {
        if let Some(Overlay::Dialog(Dialog::Back { error, .. } | Dialog::Note { error, .. })) =
            state.overlay_mut()
        {
            *error = None;
        }
        return Outcome::done();
    }
    let Some(Overlay::Dialog(dialog)) = state.overlay_mut() else {
        return Outcome::Ignored;
    };
    if let Dialog::Columns { .. } = dialog {
        return super::columns::command(state, cmd);
    }
    match (dialog, cmd) {
        (_, Cmd::Back) | (Dialog::Message { .. }, Cmd::Confirm) => {
            state.pop_overlay();
            Outcome::done()
        }
        (
            Dialog::Advance {
                previews: Some(_), ..
            },
            Cmd::Confirm,
        ) => confirm_advance(state),
        (Dialog::Back { .. } | Dialog::Note { .. }, Cmd::Confirm) => confirm_text(state),
        (Dialog::Replace { .. }, Cmd::Confirm) => match state.pop_overlay() {
            Some(Overlay::Dialog(Dialog::Replace { path, ids })) => {
                Outcome::Consumed(vec![Effect::Export {
                    path,
                    ids,
                    replace: true,
                }])
            }
            _ => Outcome::Ignored,
        },
        (Dialog::Advance { scroll, .. } | Dialog::Message { scroll, .. }, cmd) => {
            match cmd {
                Cmd::MoveDown => *scroll += 1,
                Cmd::MoveUp => *scroll = scroll.saturating_sub(1),
                Cmd::PageDown => *scroll += 10,
                Cmd::PageUp => *scroll = scroll.saturating_sub(10),
                _ => {}
            }
            Outcome::done()
        }
        _ => Outcome::done(),
    }
}

/// Enter on the advance dialog: every allowed case moves on, with the note typed.
fn confirm_advance(state: &mut State) -> Outcome {
    let Some(Overlay::Dialog(Dialog::Advance {
        previews: Some(previews),
        note,
        ..
    })) = state.pop_overlay()
    else {
        return Outcome::Ignored;
    };
    let reqs: Vec<AdvanceReq> = previews
        .iter()
        .filter(|p| p.allowed())
        .filter_map(|p| {
            Some(AdvanceReq {
                id: p.id.clone(),
                to: p.to?,
                rev: p.rev,
                note: note.value().trim().to_string(),
            })
        })
        .collect();
    if reqs.is_empty() {
        return Outcome::done();
    }
    state.status.message = Some(tr(state.lang(), msg::tui::WRITING).to_string());
    Outcome::Consumed(vec![Effect::Advance(reqs)])
}

/// Enter on the move-back or note dialog: refused in place while the text is empty.
fn confirm_text(state: &mut State) -> Outcome {
    let lang = state.lang();
    let (effect, error) = match state.overlay_mut() {
        Some(Overlay::Dialog(Dialog::Back {
            targets,
            reason,
            error,
        })) => {
            let reason = reason.value().trim().to_string();
            let cases = targets
                .iter()
                .filter(|t| t.back_to().is_some())
                .map(|t| (t.id.clone(), t.rev))
                .collect();
            let effect = Effect::Back {
                cases,
                reason: reason.clone(),
            };
            (
                effect,
                reason
                    .is_empty()
                    .then_some((error, msg::tui::BACK_REASON_REQUIRED)),
            )
        }
        Some(Overlay::Dialog(Dialog::Note {
            targets,
            text,
            error,
        })) => {
            let text = text.value().trim().to_string();
            let cases = targets.iter().map(|t| (t.id.clone(), t.rev)).collect();
            let effect = Effect::AddNote {
                cases,
                text: text.clone(),
            };
            (
                effect,
                text.is_empty().then_some((error, msg::tui::NOTE_REQUIRED)),
            )
        }
        _ => return Outcome::Ignored,
    };
    if let Some((error, key)) = error {
        *error = Some(tr(lang, key).to_string());
        return Outcome::done();
    }
    state.pop_overlay();
    state.status.message = Some(tr(lang, msg::tui::WRITING).to_string());
    Outcome::Consumed(vec![effect])
}

/// What one refused or failed write says, line by line (nothing for a write that worked).
fn failure_lines(lang: Lang, op: WriteOp, id: &str, r: &Result<u64, WriteError>) -> Vec<String> {
    let mut lines = Vec::new();
    match r {
        Ok(_) => {}
        Err(WriteError::Refused(unmet)) => {
            lines.push(trf(lang, msg::tui::RESULT_REFUSED, &[("id", &id)]));
            for u in unmet {
                lines.push(format!("  - {} {}", u.article, u.message));
            }
        }
        Err(WriteError::Stale { by, at, what }) => {
            let when = super::text::local_time(*at);
            lines.push(trf(
                lang,
                msg::tui::RESULT_STALE,
                &[("id", &id), ("by", by), ("at", &when), ("what", what)],
            ));
        }
        Err(WriteError::NotFound) => {
            lines.push(trf(lang, msg::tui::RESULT_NOT_FOUND, &[("id", &id)]));
        }
        // An undo's refusal already says what and why.
        Err(WriteError::Other(msg)) if op == WriteOp::Undo => lines.push(format!("{id}: {msg}")),
        Err(WriteError::Other(msg)) => {
            lines.push(trf(
                lang,
                msg::tui::RESULT_FAILED,
                &[("id", &id), ("msg", msg)],
            ));
        }
    }
    lines
}

/// Reports the outcome of writes, reloads what they changed.
pub fn written(
    state: &mut State,
    op: WriteOp,
    results: Vec<(String, Result<u64, WriteError>)>,
) -> Vec<Effect> {
    let lang = state.lang();
    let mut effects = vec![Effect::LoadSummaries];
    if let Screen::Detail(d) = &state.screen {
        effects.push(Effect::LoadCase {
            id: d.detail.case.id.clone(),
        });
    }
    let ok: Vec<&String> = results
        .iter()
        .filter(|(_, r)| r.is_ok())
        .map(|(id, _)| id)
        .collect();
    for id in &ok {
        state.list.marks.remove(*id);
    }
    let lines: Vec<String> = results
        .iter()
        .flat_map(|(id, r)| failure_lines(lang, op, id, r))
        .collect();
    let done_key = match op {
        WriteOp::Advance => msg::tui::RESULT_ADVANCED,
        WriteOp::Back => msg::tui::RESULT_MOVED_BACK,
        WriteOp::Note => msg::tui::RESULT_NOTED,
        WriteOp::Assign => msg::app::ASSIGN_TUI_DONE,
        WriteOp::Undo => msg::workday::UNDO_DONE,
    };
    let summary = trf(lang, done_key, &[("count", &ok.len())]);
    // The summary replaces "writing..."; a report of refusals says it itself.
    state.status.message = lines.is_empty().then(|| summary.clone());
    if !lines.is_empty() {
        // An undo that did not happen needs no "0 undone" line over its reason.
        let with_summary = !(ok.is_empty() && op == WriteOp::Undo);
        let mut all = if with_summary {
            vec![summary]
        } else {
            Vec::new()
        };
        all.extend(lines);
        super::messages::log_report(state, &all[usize::from(with_summary)..]);
        state.push_overlay(Overlay::Dialog(Dialog::Message {
            title: tr(lang, msg::tui::RESULT_TITLE).to_string(),
            lines: all.iter().map(|l| Shown::new(l)).collect(),
            scroll: 0,
        }));
    }
    effects
}
