//! The list's query and cursor: what the list shows and which row is selected. Shared by
//! the screens and the overlays, below both, so neither calls back into the other.

use crate::i18n::msg;
use crate::i18n::{Lang, trf};

use super::action::Effect;
use super::find::FindError;
use super::list::Found;
use super::state::{Screen, State};

pub fn move_to(state: &mut State, pos: usize) {
    state.list.select_at(&state.rows, pos);
    let h = state.list_height();
    state.list.scroll_into_view(h);
}

/// Rebuilds the visible list from the rows, the query in force and the officer's name.
pub fn rebuild(state: &mut State) -> Result<(), FindError> {
    state.list.rebuild(
        &state.rows,
        &state.facts,
        state.today,
        state.settings.me(),
        &mut state.finder,
    )
}

pub fn resort(state: &mut State) {
    // Sorting never fails: the query in force already parsed.
    let _ = rebuild(state);
    let h = state.list_height();
    state.list.scroll_into_view(h);
}

pub fn open_selected(state: &mut State) -> Vec<Effect> {
    match state.list.selected.clone() {
        Some(id) => {
            state.pending_open = Some(id.clone());
            vec![Effect::LoadCase { id }]
        }
        None => Vec::new(),
    }
}

/// Shows search results for `query` on the list, as if typed after `/` and Enter.
pub fn show_search(state: &mut State, query: &str) {
    state.screen = Screen::List;
    state.list.found = Some(Found {
        query: query.to_string(),
        hits: Vec::new(),
    });
    state.list.research(&state.rows, &mut state.finder);
    move_to(state, 0);
}

/// Sets the filter query; on a parse error nothing changes and the error is returned.
/// The cursor stays on the case it was on while that case is still shown, else it goes to
/// the first row: never to an unrelated case that happens to have the old row number.
pub fn try_query(state: &mut State, q: &str) -> Result<(), FindError> {
    let before = std::mem::replace(&mut state.list.query, q.trim().to_string());
    let was = state.list.selected.clone();
    let result = rebuild(state);
    if result.is_err() {
        state.list.query = before;
    } else if state.list.selected != was {
        state.list.select_at(&state.rows, 0);
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
    trf(
        lang,
        msg::tui::FILTER_ERROR,
        &[("reason", &e.message(lang))],
    )
}
