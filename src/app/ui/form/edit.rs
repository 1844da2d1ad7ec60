//! Keys in a form: moving between fields, editing the focused one, saving, discarding,
//! answering a conflict; and the backend's answers to a save.

use crate::i18n::msg;
use tui_input::InputRequest;

use crate::app::ui::action::Effect;
use crate::app::ui::backend::WriteError;
use crate::app::ui::commands::Cmd;
use crate::app::ui::input;
use crate::app::ui::state::{Screen, State};
use crate::domain::{Case, Org};
use crate::i18n::{tr, trf};

use super::conflict::{self, Resolution};
use super::field::Editor;
use super::{Form, Prompt, Purpose, check, orgs};

/// Columns of a long field's text at this terminal width (indent and border taken off).
pub fn long_width(total: u16) -> usize {
    (total as usize).saturating_sub(6).max(10)
}

fn form_mut(state: &mut State) -> Option<&mut Form> {
    match &mut state.screen {
        Screen::Form(f) => Some(f),
        _ => None,
    }
}

/// After any change of a value: dirty, a draft is due, checks and offers recomputed.
pub fn changed(form: &mut Form) {
    form.dirty = true;
    form.draft_pending = true;
    form.error.clear();
    check::recheck(form);
    orgs::refresh(form);
}

fn move_focus(form: &mut Form, by: i64) {
    // A filter typed into a choice served its pick; coming back shows every option.
    if let Editor::Pick(p) = &mut form.focused_mut().editor {
        p.filter.clear();
    }
    let n = form.fields.len() as i64;
    form.focus = (form.focus as i64 + by).rem_euclid(n) as usize;
    form.suggest = None;
    orgs::refresh(form);
}

/// Typed text goes into the focused field.
pub fn type_text(state: &mut State, text: &str) {
    let Some(form) = form_mut(state) else { return };
    if form.prompt.is_some() || form.saving {
        return;
    }
    match &mut form.focused_mut().editor {
        Editor::Line(input) => {
            for c in text.chars().filter(|c| !c.is_control()) {
                input.handle(InputRequest::InsertChar(c));
            }
        }
        Editor::Long(t) => t.insert(text),
        Editor::Pick(p) => {
            for c in text.chars() {
                p.type_text(&c.to_string());
            }
        }
    }
    changed(form);
}

/// Pasted text: newlines survive only in the long fields.
pub fn paste(state: &mut State, text: &str) {
    let long = matches!(
        form_mut(state).map(|f| &f.focused().editor),
        Some(Editor::Long(_))
    );
    let text = if long {
        text.replace("\r\n", "\n")
    } else {
        text.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    type_text(state, &text);
}

pub fn command(state: &mut State, cmd: Cmd) -> Vec<Effect> {
    let width = long_width(state.width);
    let lang = state.lang();
    let Some(form) = form_mut(state) else {
        return Vec::new();
    };
    if let Some(prompt) = form.prompt.take() {
        return answer(state, prompt, cmd);
    }
    if form.saving {
        return Vec::new();
    }
    match cmd {
        Cmd::Save => return save(state),
        Cmd::AddExpert => {
            if !matches!(form.purpose, Purpose::Review(_)) {
                // A key that does nothing says so, and where it does something.
                state.status.message =
                    Some(tr(lang, msg::review_form::ADD_EXPERT_ELSEWHERE).to_string());
                return Vec::new();
            }
            if super::review_form::add_expert(form, lang) {
                changed(form);
            }
        }
        Cmd::Editor if form.focused().is_text() => {
            return vec![Effect::Editor {
                text: form.focused().raw(),
            }];
        }
        Cmd::Back if form.dirty => form.prompt = Some(Prompt::Discard),
        Cmd::Back => return close(state, true),
        other => field_command(form, other, width),
    }
    Vec::new()
}

/// The officer's answer to the question over the form (discard? whose version?).
fn answer(state: &mut State, prompt: Prompt, cmd: Cmd) -> Vec<Effect> {
    let Some(form) = form_mut(state) else {
        return Vec::new();
    };
    let mut c = match prompt {
        Prompt::Discard if cmd == Cmd::Confirm => return close(state, true),
        Prompt::Discard => return Vec::new(),
        Prompt::Conflict(c) => c,
    };
    match cmd {
        Cmd::NextField | Cmd::MoveDown | Cmd::InputRight => c.choice = (c.choice + 1) % 3,
        Cmd::PrevField | Cmd::MoveUp | Cmd::InputLeft => c.choice = (c.choice + 2) % 3,
        Cmd::Confirm | Cmd::Back => {
            let how = if cmd == Cmd::Back {
                Resolution::BackToEditing
            } else {
                Resolution::ALL[c.choice]
            };
            conflict::rebase(form, &c, how);
            changed(form);
            if how == Resolution::BackToEditing {
                return Vec::new();
            }
            return save(state);
        }
        _ => {}
    }
    form.prompt = Some(Prompt::Conflict(c));
    Vec::new()
}

/// Moving between fields, and editing the focused one.
fn field_command(form: &mut Form, cmd: Cmd, width: usize) {
    let last = form.fields.len() as i64 - 1;
    match cmd {
        Cmd::NextField => move_focus(form, 1),
        Cmd::PrevField => move_focus(form, -1),
        Cmd::PageDown => move_focus(form, 8.min(last - form.focus as i64).max(0)),
        Cmd::PageUp => move_focus(form, -(8.min(form.focus as i64))),
        Cmd::MoveDown | Cmd::MoveUp => {
            let dir = if cmd == Cmd::MoveDown { 1 } else { -1 };
            let moved = match &mut form.focused_mut().editor {
                Editor::Long(t) => t.vertical(width, dir),
                _ => false,
            };
            if !moved {
                move_focus(form, dir as i64);
            }
        }
        Cmd::Confirm => {
            if let Editor::Long(t) = &mut form.focused_mut().editor {
                t.insert("\n");
                changed(form);
            } else if orgs::adopt(form) {
                changed(form);
                form.suggest = None;
            } else {
                move_focus(form, 1);
            }
        }
        other => edit_field(form, other, width),
    }
}

fn edit_field(form: &mut Form, cmd: Cmd, width: usize) {
    let nullable = form.focused().nullable;
    let did = match &mut form.focused_mut().editor {
        Editor::Line(input) => input::edit(input, cmd),
        Editor::Long(t) => {
            match cmd {
                Cmd::InputLeft => t.left(),
                Cmd::InputRight => t.right(),
                Cmd::InputHome => t.home(width),
                Cmd::InputEnd => t.end(width),
                Cmd::InputBackspace => t.backspace(),
                Cmd::InputDelete => t.delete(),
                Cmd::InputClear => t.clear(),
                _ => return,
            }
            true
        }
        Editor::Pick(p) => {
            match cmd {
                Cmd::InputLeft | Cmd::MoveLeft => p.step(-1),
                Cmd::InputRight | Cmd::MoveRight => p.step(1),
                Cmd::InputBackspace => p.backspace(),
                Cmd::InputClear | Cmd::InputDelete if nullable => p.clear(),
                _ => return,
            }
            true
        }
    };
    if did {
        changed(form);
    }
}

/// Ctrl-S: refused with the cursor on the first invalid field, else submitted.
pub fn save(state: &mut State) -> Vec<Effect> {
    let lang = state.lang();
    let Some(form) = form_mut(state) else {
        return Vec::new();
    };
    let submit = check::recheck(form);
    match submit {
        Some(s) => {
            form.saving = true;
            form.error.clear();
            state.status.message = Some(tr(lang, msg::tui::WRITING).to_string());
            vec![Effect::SubmitForm(Box::new(s))]
        }
        None => {
            let first = form.errors().find_map(|c| c.field);
            if let Some(f) = first {
                form.focus = f;
            }
            let n = form.errors().count();
            state.status.error = Some(trf(lang, msg::form::SAVE_REFUSED, &[("n", &n)]));
            Vec::new()
        }
    }
}

/// Leaves the form; `drop_draft` removes its draft (saved or discarded).
fn close(state: &mut State, drop_draft: bool) -> Vec<Effect> {
    let Screen::Form(form) = std::mem::replace(&mut state.screen, Screen::List) else {
        return Vec::new();
    };
    state.screen = *form.from;
    let mut out = Vec::new();
    if drop_draft {
        out.push(Effect::DeleteDraft {
            key: form.purpose.key(),
        });
    }
    out
}

/// The backend's answer to a save.
pub fn submitted(state: &mut State, result: Result<String, WriteError>) -> Vec<Effect> {
    let lang = state.lang();
    state.status.message = None;
    let Some(form) = form_mut(state) else {
        return Vec::new();
    };
    form.saving = false;
    match result {
        Ok(id) => {
            let mut out = close(state, true);
            if matches!(state.screen, Screen::List) {
                // The reload places the cursor on the saved case (a new one included).
                state.list.selected = Some(id.clone());
            }
            state.status.message = Some(trf(lang, msg::form::SAVED, &[("id", &id)]));
            out.push(Effect::LoadSummaries);
            if let Screen::Detail(d) = &state.screen {
                out.push(Effect::LoadCase {
                    id: d.detail.case.id.clone(),
                });
            }
            out
        }
        Err(e) => {
            form.error = match e {
                WriteError::Refused(unmet) => unmet
                    .iter()
                    .map(|u| format!("{} {}", u.article, u.message))
                    .collect(),
                other => vec![error_line(lang, &other)],
            };
            state.status.error = Some(tr(lang, msg::form::NOT_SAVED).to_string());
            Vec::new()
        }
    }
}

fn error_line(lang: crate::i18n::Lang, e: &WriteError) -> String {
    match e {
        WriteError::Stale { by, at, what } => trf(
            lang,
            msg::tui::ERROR_STALE,
            &[
                ("by", by),
                ("at", &crate::app::ui::text::local_time(*at)),
                ("what", what),
            ],
        ),
        WriteError::NotFound => tr(lang, msg::tui::ERROR_NOT_FOUND).to_string(),
        WriteError::Refused(u) => u
            .iter()
            .map(|u| format!("{} {}", u.article, u.message))
            .collect::<Vec<_>>()
            .join("; "),
        WriteError::Other(m) => m.clone(),
    }
}

/// A save met another officer's newer version.
pub fn conflicted(state: &mut State, theirs: Box<Case>, by: String) -> Vec<Effect> {
    let lang = state.lang();
    state.status.message = None;
    let Some(form) = form_mut(state) else {
        return Vec::new();
    };
    form.saving = false;
    if matches!(form.purpose, Purpose::Review(_)) && super::review_form::newer_review(form, &theirs)
    {
        // Saving now would supersede the other officer's review: say so, and let a second
        // save do it knowingly.
        form.rev = theirs.rev;
        form.case = Some(theirs);
        check::recheck(form);
        form.error = vec![trf(lang, msg::review_form::NEWER_REVIEW, &[("by", &by)])];
        state.status.error = Some(tr(lang, msg::form::NOT_SAVED).to_string());
        return Vec::new();
    }
    let compare = matches!(form.purpose, Purpose::EditCase(_) | Purpose::Record(..))
        || form.purpose.is_stage_record();
    if !compare {
        // A taker or member is appended to whatever the case is now: nothing to compare.
        form.rev = theirs.rev;
        form.case = Some(theirs);
        check::recheck(form);
        let out = save(state);
        state.status.message = Some(trf(lang, msg::form::MERGED, &[("by", &by)]));
        return out;
    }
    let c = conflict::compare(form, *theirs, by);
    if c.clashes.is_empty() {
        // Nothing of this officer's meets anything of the other's: take their changes
        // under ours and save again, saying so.
        conflict::rebase(form, &c, Resolution::KeepMine);
        check::recheck(form);
        let out = save(state);
        state.status.message = Some(trf(lang, msg::form::MERGED, &[("by", &c.by)]));
        return out;
    }
    form.prompt = Some(Prompt::Conflict(c));
    Vec::new()
}

/// Text back from $EDITOR replaces the focused field.
pub fn editor_done(state: &mut State, result: Result<String, String>) {
    let Some(form) = form_mut(state) else { return };
    match result {
        Ok(text) => {
            let f = form.focused_mut();
            let text = text.trim_end_matches('\n');
            let text = match f.editor {
                Editor::Long(_) => text.to_string(),
                _ => text.replace('\n', " "),
            };
            f.set_raw(&text);
            changed(form);
        }
        Err(e) => state.status.error = Some(e),
    }
}

pub fn orgs_loaded(state: &mut State, list: Vec<Org>) {
    if let Some(form) = form_mut(state) {
        form.orgs = orgs::distinct(list);
        check::recheck(form);
    }
}
