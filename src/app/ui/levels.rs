//! Going back one level: `Esc` and `q` leave a dashboard drill-down for the dashboard it
//! came from, with the list as it was before; `q` quits only from the top list.

use super::cursor;

use super::state::{Screen, State};

pub use super::state::Drill;

/// Remembers the list before a drill-down (the first one: a drill-down from a drill-down
/// still returns to the list the officer started from).
pub fn enter_drill(state: &mut State) {
    if state.drill.is_none() {
        let l = &state.list;
        state.drill = Some(Drill {
            query: l.query.clone(),
            pinned: l.pinned.clone(),
            found: l.found.clone(),
            selected: l.selected.clone(),
        });
    }
}

/// Leaves a drill-down: the list gets back what it showed, the dashboard shows again.
/// False when the list is not a drill-down.
pub fn leave_drill(state: &mut State) -> bool {
    let Some(d) = state.drill.take() else {
        return false;
    };
    state.list.pinned = d.pinned;
    state.list.found = d.found;
    state.list.selected = d.selected;
    cursor::apply_query(state, &d.query);
    state.screen = Screen::Dashboard;
    true
}
