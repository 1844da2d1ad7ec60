//! Advance, move back, note: dialogs that end in a write, and the report of its outcome.

use tui_input::Input;

use crate::i18n::{tr, trf};

use super::action::{AdvanceReq, Effect, WriteOp};
use super::backend::{AdvancePreview, WriteError};
use super::commands::Cmd;
use super::overlays;
use super::state::{Dialog, Overlay, Screen, State};

/// Opens the dialog for `a`, `b` or `m` on the current case (or the marked ones for `a`).
pub fn open(state: &mut State, cmd: Cmd) -> Vec<Effect> {
    let lang = state.lang();
    if state.settings.read_only {
        state.status.error = Some(tr(lang, "tui.read_only").to_string());
        return Vec::new();
    }
    let on_list = matches!(state.screen, Screen::List);
    if cmd == Cmd::Advance && on_list && !state.list.marks.is_empty() {
        let ids: Vec<String> = state.list.marks.iter().cloned().collect();
        state.overlay = Some(advance_dialog(ids.clone()));
        return vec![Effect::PreviewAdvance { ids }];
    }
    let Some(id) = state.current_id() else {
        state.status.error = Some(tr(lang, "tui.no_selection").to_string());
        return Vec::new();
    };
    let (name, stage, rev) = match &state.screen {
        Screen::Detail(d) => (
            d.detail.case.achievement.name.clone(),
            d.detail.case.stage,
            d.detail.case.rev,
        ),
        _ => match state.row_by_id(&id) {
            Some(r) => (r.name.clone(), r.stage, r.rev),
            None => return Vec::new(),
        },
    };
    match cmd {
        Cmd::Advance => {
            state.overlay = Some(advance_dialog(vec![id.clone()]));
            vec![Effect::PreviewAdvance { ids: vec![id] }]
        }
        Cmd::MoveBack => {
            match stage.previous() {
                Some(to) => {
                    state.overlay = Some(Overlay::Dialog(Dialog::Back {
                        id,
                        name,
                        from: stage,
                        to,
                        rev,
                        reason: Input::default(),
                        error: None,
                    }));
                }
                None => {
                    state.status.error = Some(trf(
                        lang,
                        "tui.back.impossible",
                        &[("stage", &stage.label(lang))],
                    ));
                }
            }
            Vec::new()
        }
        _ => {
            state.overlay = Some(Overlay::Dialog(Dialog::Note {
                id,
                name,
                rev,
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
    })) = &mut state.overlay
    {
        *previews = Some(loaded);
        *failed = errors;
    }
}

/// A command while a dialog is open.
pub fn command(state: &mut State, cmd: Cmd) -> Vec<Effect> {
    let lang = state.lang();
    if let Some(input) = state.active_input_mut()
        && overlays::edit(input, cmd)
    {
        if let Some(Overlay::Dialog(Dialog::Back { error, .. } | Dialog::Note { error, .. })) =
            &mut state.overlay
        {
            *error = None;
        }
        return Vec::new();
    }
    let Some(Overlay::Dialog(dialog)) = state.overlay.take() else {
        return Vec::new();
    };
    match (dialog, cmd) {
        (_, Cmd::Back) => Vec::new(),
        (
            Dialog::Advance {
                previews: Some(previews),
                note,
                ..
            },
            Cmd::Confirm,
        ) => {
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
                return Vec::new();
            }
            state.status.message = Some(tr(lang, "tui.writing").to_string());
            vec![Effect::Advance(reqs)]
        }
        (
            Dialog::Back {
                id,
                name,
                from,
                to,
                rev,
                reason,
                ..
            },
            Cmd::Confirm,
        ) => {
            let text = reason.value().trim().to_string();
            if text.is_empty() {
                state.overlay = Some(Overlay::Dialog(Dialog::Back {
                    id,
                    name,
                    from,
                    to,
                    rev,
                    reason,
                    error: Some(tr(lang, "tui.back.reason_required").to_string()),
                }));
                return Vec::new();
            }
            vec![Effect::Back {
                id,
                rev,
                reason: text,
            }]
        }
        (
            Dialog::Note {
                id,
                name,
                rev,
                text,
                ..
            },
            Cmd::Confirm,
        ) => {
            let body = text.value().trim().to_string();
            if body.is_empty() {
                state.overlay = Some(Overlay::Dialog(Dialog::Note {
                    id,
                    name,
                    rev,
                    text,
                    error: Some(tr(lang, "tui.note.required").to_string()),
                }));
                return Vec::new();
            }
            vec![Effect::AddNote {
                id,
                rev,
                text: body,
            }]
        }
        (Dialog::Message { .. }, Cmd::Confirm) => Vec::new(),
        (Dialog::Replace { path, ids }, Cmd::Confirm) => vec![Effect::Export {
            path,
            ids,
            replace: true,
        }],
        (mut dialog, cmd) => {
            if let Dialog::Advance { scroll, .. } | Dialog::Message { scroll, .. } = &mut dialog {
                match cmd {
                    Cmd::MoveDown => *scroll += 1,
                    Cmd::MoveUp => *scroll = scroll.saturating_sub(1),
                    Cmd::PageDown => *scroll += 10,
                    Cmd::PageUp => *scroll = scroll.saturating_sub(10),
                    _ => {}
                }
            }
            state.overlay = Some(Overlay::Dialog(dialog));
            Vec::new()
        }
    }
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
    let mut lines = Vec::new();
    for (id, r) in &results {
        match r {
            Ok(_) => {}
            Err(WriteError::Refused(unmet)) => {
                lines.push(trf(lang, "tui.result.refused", &[("id", id)]));
                for u in unmet {
                    lines.push(format!("  - {} {}", u.article, u.message));
                }
            }
            Err(WriteError::Stale { by, at, what }) => {
                let when = super::text::local_time(*at);
                lines.push(trf(
                    lang,
                    "tui.result.stale",
                    &[("id", id), ("by", by), ("at", &when), ("what", what)],
                ));
            }
            Err(WriteError::NotFound) => {
                lines.push(trf(lang, "tui.result.not_found", &[("id", id)]));
            }
            Err(WriteError::Other(msg)) => {
                lines.push(trf(lang, "tui.result.failed", &[("id", id), ("msg", msg)]));
            }
        }
    }
    let done_key = match op {
        WriteOp::Advance => "tui.result.advanced",
        WriteOp::Back => "tui.result.moved_back",
        WriteOp::Note => "tui.result.noted",
        WriteOp::Assign => "assign.tui.done",
    };
    let summary = trf(lang, done_key, &[("count", &ok.len())]);
    if lines.is_empty() {
        state.status.message = Some(summary);
    } else {
        let mut all = vec![summary];
        all.extend(lines);
        state.overlay = Some(Overlay::Dialog(Dialog::Message {
            title: tr(lang, "tui.result.title").to_string(),
            lines: all,
            scroll: 0,
        }));
    }
    effects
}
