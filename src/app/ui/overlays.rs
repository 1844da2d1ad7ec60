//! The text overlays on the list: search (`/`), filter (`f`) and the command line (`:`).
//! Each is the top of the state's overlay stack while open: handled in place, popped to
//! close. A command typed on the command line is handed back to `update` as a follow-up
//! action, never run from here.

use tui_input::Input;

use super::action::{Action, Outcome};
use super::cmdline;
use super::commands::Cmd;
use super::cursor;
use super::input;
use super::list::Found;
use super::state::{Completion, Dialog, Overlay, Saved, State};

pub use super::cursor::{apply_query, filter_error_text, try_query};

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
    state.push_overlay(Overlay::Search {
        input: Input::default(),
        saved,
    });
    state.status.dirty_search = true;
}

pub fn open_filter(state: &mut State) {
    let q = state.list.query.clone();
    state.push_overlay(Overlay::Filter {
        input: Input::new(q.clone()),
        before: q,
        error: None,
        completion: None,
    });
}

pub fn open_command(state: &mut State) {
    state.push_overlay(Overlay::Command {
        input: Input::default(),
        completion: None,
    });
}

/// Types text into the active input.
pub fn type_text(state: &mut State, text: &str) {
    if let Some(i) = state.active_input_mut() {
        input::insert(i, text);
    }
    edited(state);
}

/// After any edit: completion restarts, and search/filter rerun once keys settle.
fn edited(state: &mut State) {
    match state.overlay_mut() {
        Some(Overlay::Filter { completion, .. }) | Some(Overlay::Command { completion, .. }) => {
            *completion = None;
        }
        Some(Overlay::Dialog(Dialog::Back { error, .. } | Dialog::Note { error, .. })) => {
            *error = None;
        }
        _ => {}
    }
    if matches!(
        state.overlay(),
        Some(Overlay::Search { .. }) | Some(Overlay::Filter { .. })
    ) {
        state.status.dirty_search = true;
    }
}

/// Runs the search or filter the last keys asked for, once (see [`super::update::settle`]).
pub fn settle(state: &mut State) {
    if std::mem::take(&mut state.status.dirty_search) {
        run_pending(state);
    }
}

/// A command while search, filter or the command line is open.
pub fn command(state: &mut State, cmd: Cmd) -> Outcome {
    if cmd == Cmd::Confirm {
        // Judge what is on screen, not a result still waiting behind the last key.
        settle(state);
    }
    if let Some(i) = state.active_input_mut()
        && input::edit(i, cmd)
    {
        edited(state);
        return Outcome::done();
    }
    match state.overlay() {
        Some(Overlay::Search { .. }) => search_command(state, cmd),
        Some(Overlay::Filter { .. }) => filter_command(state, cmd),
        Some(Overlay::Command { .. }) => command_line(state, cmd),
        _ => Outcome::Ignored,
    }
}

fn filter_command(state: &mut State, cmd: Cmd) -> Outcome {
    let Some(Overlay::Filter { input, before, .. }) = state.overlay() else {
        return Outcome::Ignored;
    };
    let (typed, before) = (input.value().to_string(), before.clone());
    match cmd {
        // Enter applies what is typed, even a word held back while typing.
        Cmd::Confirm => match cursor::try_query(state, &typed) {
            Ok(()) => {
                state.pop_overlay();
            }
            Err(e) => {
                if let Some(Overlay::Filter { error, .. }) = state.overlay_mut() {
                    *error = Some(e);
                }
            }
        },
        Cmd::Back => {
            state.pop_overlay();
            cursor::apply_query(state, &before);
        }
        Cmd::Complete => {
            if let Some(Overlay::Filter {
                input, completion, ..
            }) = state.overlay_mut()
            {
                *completion = cycle(input, completion.take(), cmdline::complete_filter);
            }
            state.status.dirty_search = true;
        }
        _ => {}
    }
    Outcome::done()
}

fn command_line(state: &mut State, cmd: Cmd) -> Outcome {
    let Some(Overlay::Command { input, .. }) = state.overlay() else {
        return Outcome::Ignored;
    };
    let typed = input.value().to_string();
    match cmd {
        Cmd::Confirm => {
            state.pop_overlay();
            match cmdline::parse(&typed, state.lang(), &state.keymap) {
                Ok(c) => return Outcome::Then(Action::Command(c)),
                Err(e) => state.status.error = Some(e),
            }
        }
        Cmd::Back => {
            state.pop_overlay();
        }
        Cmd::Complete => {
            let views = state.views.clone();
            let officers = known_officers(state);
            if let Some(Overlay::Command { input, completion }) = state.overlay_mut() {
                *completion = cycle(input, completion.take(), |l| {
                    cmdline::complete_with(l, &views, &officers)
                });
            }
        }
        _ => {}
    }
    Outcome::done()
}

/// The officers who hold a case, and the user: what `:assign` completes.
fn known_officers(state: &State) -> Vec<String> {
    let mut all: Vec<String> = state
        .rows
        .iter()
        .map(|r| r.officer.clone())
        .filter(|o| !o.is_empty())
        .chain(std::iter::once(state.settings.me().to_string()))
        .collect();
    all.sort();
    all.dedup();
    all
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

fn search_command(state: &mut State, cmd: Cmd) -> Outcome {
    let page = state.list_height();
    let cur = state.list.cursor;
    match cmd {
        Cmd::MoveDown => cursor::move_to(state, cur + 1),
        Cmd::MoveUp => cursor::move_to(state, cur.saturating_sub(1)),
        Cmd::PageDown => cursor::move_to(state, cur + page),
        Cmd::PageUp => cursor::move_to(state, cur.saturating_sub(page)),
        Cmd::Confirm | Cmd::Back => {
            let Some(Overlay::Search { input, saved }) = state.pop_overlay() else {
                return Outcome::Ignored;
            };
            if cmd == Cmd::Confirm && !input.value().trim().is_empty() {
                return Outcome::Consumed(cursor::open_selected(state));
            }
            state.list.found = saved.found;
            state.list.research(&state.rows, &mut state.finder);
            if cmd == Cmd::Back {
                state.status.dirty_search = false;
                state.list.selected = saved.selected;
                state.list.cursor = saved.cursor;
                state.list.place(&state.rows);
                state.list.top = saved.top;
                state.list.scroll_into_view(page);
            }
        }
        _ => {}
    }
    Outcome::done()
}

/// Runs the search or filter typed so far.
fn run_pending(state: &mut State) {
    match state.overlay() {
        Some(Overlay::Search { input, .. }) => {
            let q = input.value().to_string();
            if let Some(found) = &mut state.list.found {
                found.query = q;
            }
            state.list.research(&state.rows, &mut state.finder);
            cursor::move_to(state, 0);
            state.list.top = 0;
        }
        Some(Overlay::Filter { input, .. }) => {
            let q = input.value().to_string();
            let result = if typing_a_key(&q) {
                // `st` on its way to `stage:`: neither an error nor a name search yet.
                Ok(())
            } else {
                cursor::try_query(state, &q)
            };
            if let Some(Overlay::Filter { error, .. }) = state.overlay_mut() {
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
