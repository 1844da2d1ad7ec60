//! The text overlays on the list: search (`/`), filter (`f`) and the command line (`:`).

use tui_input::{Input, InputRequest};

use crate::i18n::{Lang, trf};

use super::action::Effect;
use super::cmdline;
use super::commands::Cmd;
use super::find::FindError;
use super::list::Found;
use super::nav;
use super::state::{Completion, Dialog, Overlay, Saved, Screen, State};
use super::update;

pub fn open_search(state: &mut State) {
    let l = &state.list;
    let saved = Saved {
        found: l.found.clone(),
        selected: l.selected.clone(),
        cursor: l.cursor,
        top: l.top,
    };
    // A new search starts empty; Esc brings back whatever was shown before.
    state.list.found = Some(Found::default());
    state.overlay = Some(Overlay::Search {
        input: Input::default(),
        saved,
    });
    state.status.dirty_search = true;
}

pub fn open_filter(state: &mut State) {
    let q = state.list.query.clone();
    state.overlay = Some(Overlay::Filter {
        input: Input::new(q.clone()),
        before: q,
        error: None,
        completion: None,
    });
}

pub fn open_command(state: &mut State) {
    state.overlay = Some(Overlay::Command {
        input: Input::default(),
        completion: None,
    });
}

/// Types text into the active input.
pub fn type_text(state: &mut State, text: &str) {
    if let Some(input) = state.active_input_mut() {
        for c in text.chars() {
            input.handle(InputRequest::InsertChar(c));
        }
    }
    edited(state);
}

/// After any edit: completion restarts, and search/filter rerun once keys settle.
fn edited(state: &mut State) {
    match &mut state.overlay {
        Some(Overlay::Filter { completion, .. }) | Some(Overlay::Command { completion, .. }) => {
            *completion = None;
        }
        _ => {}
    }
    if let Some(Overlay::Dialog(Dialog::Back { error, .. } | Dialog::Note { error, .. })) =
        &mut state.overlay
    {
        *error = None;
    }
    if matches!(
        state.overlay,
        Some(Overlay::Search { .. }) | Some(Overlay::Filter { .. })
    ) {
        state.status.dirty_search = true;
    }
}

/// Applies an editing command to an input; false when `cmd` is not an editing command.
pub fn edit(input: &mut Input, cmd: Cmd) -> bool {
    let req = match cmd {
        Cmd::InputLeft => InputRequest::GoToPrevChar,
        Cmd::InputRight => InputRequest::GoToNextChar,
        Cmd::InputWordLeft => InputRequest::GoToPrevWord,
        Cmd::InputWordRight => InputRequest::GoToNextWord,
        Cmd::InputHome => InputRequest::GoToStart,
        Cmd::InputEnd => InputRequest::GoToEnd,
        Cmd::InputBackspace => InputRequest::DeletePrevChar,
        Cmd::InputDelete => InputRequest::DeleteNextChar,
        Cmd::InputDeleteWord => InputRequest::DeletePrevWord,
        Cmd::InputClear => InputRequest::DeleteLine,
        Cmd::InputKillEnd => InputRequest::DeleteTillEnd,
        _ => return false,
    };
    input.handle(req);
    true
}

/// A command while search, filter or the command line is open.
pub fn command(state: &mut State, cmd: Cmd) -> Vec<Effect> {
    if cmd == Cmd::Confirm {
        // Judge what is on screen, not a result still waiting behind the last key.
        update::settle(state);
    }
    if let Some(input) = state.active_input_mut()
        && edit(input, cmd)
    {
        edited(state);
        return Vec::new();
    }
    let Some(overlay) = state.overlay.take() else {
        return Vec::new();
    };
    match (overlay, cmd) {
        (Overlay::Search { input, saved }, cmd) => search_command(state, input, saved, cmd),
        (
            Overlay::Filter {
                mut input,
                before,
                error,
                completion,
            },
            cmd,
        ) => {
            match cmd {
                Cmd::Confirm => {
                    // Enter applies what is typed, even a word held back while typing.
                    if let Err(e) = try_query(state, input.value()) {
                        state.overlay = Some(Overlay::Filter {
                            input,
                            before,
                            error: Some(e),
                            completion,
                        });
                    }
                    let _ = error;
                }
                Cmd::Back => {
                    apply_query(state, &before);
                }
                Cmd::Complete => {
                    let completion = cycle(&mut input, completion, cmdline::complete_filter);
                    state.overlay = Some(Overlay::Filter {
                        input,
                        before,
                        error,
                        completion,
                    });
                    state.status.dirty_search = true;
                }
                _ => {
                    state.overlay = Some(Overlay::Filter {
                        input,
                        before,
                        error,
                        completion,
                    });
                }
            }
            Vec::new()
        }
        (
            Overlay::Command {
                mut input,
                completion,
            },
            cmd,
        ) => match cmd {
            Cmd::Confirm => match cmdline::parse(input.value(), state.lang(), &state.keymap) {
                Ok(c) => update::command(state, c),
                Err(e) => {
                    state.status.error = Some(e);
                    Vec::new()
                }
            },
            Cmd::Back => Vec::new(),
            Cmd::Complete => {
                let views = state.views.clone();
                let completion = cycle(&mut input, completion, |l| cmdline::complete(l, &views));
                state.overlay = Some(Overlay::Command { input, completion });
                Vec::new()
            }
            _ => {
                state.overlay = Some(Overlay::Command { input, completion });
                Vec::new()
            }
        },
        (other, _) => {
            state.overlay = Some(other);
            Vec::new()
        }
    }
}

/// First Tab fills in the first candidate, each further Tab the next.
fn cycle(
    input: &mut Input,
    completion: Option<Completion>,
    candidates: impl Fn(&str) -> Vec<String>,
) -> Option<Completion> {
    let next = match completion {
        Some(c) if !c.items.is_empty() => Completion {
            index: (c.index + 1) % c.items.len(),
            items: c.items,
        },
        _ => Completion {
            items: candidates(input.value()),
            index: 0,
        },
    };
    if let Some(item) = next.items.get(next.index) {
        *input = Input::new(item.clone());
    }
    Some(next)
}

fn search_command(state: &mut State, input: Input, saved: Saved, cmd: Cmd) -> Vec<Effect> {
    let page = state.list_height();
    let cur = state.list.cursor;
    let keep = |state: &mut State, input: Input, saved: Saved| {
        state.overlay = Some(Overlay::Search { input, saved });
    };
    match cmd {
        Cmd::MoveDown => nav::move_to(state, cur + 1),
        Cmd::MoveUp => nav::move_to(state, cur.saturating_sub(1)),
        Cmd::PageDown => nav::move_to(state, cur + page),
        Cmd::PageUp => nav::move_to(state, cur.saturating_sub(page)),
        Cmd::Confirm => {
            if input.value().trim().is_empty() {
                state.list.found = saved.found;
                state.list.research(&state.rows, &mut state.finder);
                return Vec::new();
            }
            return nav::open_selected(state);
        }
        Cmd::Back => {
            state.status.dirty_search = false;
            state.list.found = saved.found;
            state.list.research(&state.rows, &mut state.finder);
            state.list.selected = saved.selected;
            state.list.cursor = saved.cursor;
            state.list.place(&state.rows);
            state.list.top = saved.top;
            state.list.scroll_into_view(page);
            return Vec::new();
        }
        _ => {}
    }
    keep(state, input, saved);
    Vec::new()
}

/// Runs the search or filter typed so far (see [`update::settle`]).
pub fn run_pending(state: &mut State) {
    match &mut state.overlay {
        Some(Overlay::Search { input, .. }) => {
            let q = input.value().to_string();
            if let Some(found) = &mut state.list.found {
                found.query = q;
            }
            state.list.research(&state.rows, &mut state.finder);
            nav::move_to(state, 0);
            state.list.top = 0;
        }
        Some(Overlay::Filter { input, .. }) => {
            let q = input.value().to_string();
            if typing_a_key(&q) {
                // `st` on its way to `stage:`: neither an error nor a name search yet.
                if let Some(Overlay::Filter { error, .. }) = &mut state.overlay {
                    *error = None;
                }
                return;
            }
            let result = try_query(state, &q);
            if let Some(Overlay::Filter { error, .. }) = &mut state.overlay {
                *error = result.err();
            }
        }
        _ => {}
    }
}

/// True while the last term is a bare filter key or a prefix of one (`st`, `-fie`, `overd`):
/// applying it as a name search would empty the list for a moment at every keystroke.
fn typing_a_key(q: &str) -> bool {
    if q.ends_with(char::is_whitespace) {
        return false;
    }
    let last = q.split_whitespace().last().unwrap_or("");
    let last = last.strip_prefix('-').unwrap_or(last);
    !last.is_empty()
        && last.chars().all(|c| c.is_ascii_alphabetic())
        && crate::search::KEYS
            .iter()
            .any(|k| k.starts_with(last) && !(*k == last && matches!(*k, "overdue" | "mine")))
}

/// Sets the filter query; on a parse error nothing changes and the error is returned.
pub fn try_query(state: &mut State, q: &str) -> Result<(), FindError> {
    let before = std::mem::replace(&mut state.list.query, q.trim().to_string());
    let result = nav::rebuild(state);
    if result.is_err() {
        state.list.query = before;
    }
    let h = state.list_height();
    state.list.scroll_into_view(h);
    result
}

/// Sets the filter query, reporting an error on the status line.
pub fn apply_query(state: &mut State, q: &str) {
    if let Err(e) = try_query(state, q) {
        state.status.error = Some(filter_error_text(state.lang(), &e));
    }
    if matches!(state.screen, Screen::Help { .. }) {
        state.screen = Screen::List;
    }
}

pub fn filter_error_text(lang: Lang, e: &FindError) -> String {
    trf(lang, "tui.filter.error", &[("reason", &e.message(lang))])
}
