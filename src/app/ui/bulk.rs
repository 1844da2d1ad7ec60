//! Which cases an action takes: the marked ones on the list (every action that can take
//! several cases), else the open or selected case. Actions that take one case only say so
//! when cases are marked, so nobody believes the marks were acted on.

use crate::i18n::msg;
use crate::i18n::trf;

use super::state::{Screen, State};

pub use super::state::Target;

/// True when the marks are what an action on the list takes.
pub fn uses_marks(state: &State) -> bool {
    matches!(state.screen, Screen::List) && !state.list.marks.is_empty()
}

/// The marked cases on the list, else the open or selected one.
pub fn targets(state: &State) -> Vec<Target> {
    if uses_marks(state) {
        return state
            .list
            .marks
            .iter()
            .filter_map(|id| state.row_by_id(id))
            .map(|r| Target {
                id: r.id.clone(),
                name: r.name.clone(),
                rev: r.rev,
                from: r.stage,
            })
            .collect();
    }
    if let Screen::Detail(d) = &state.screen {
        let c = &d.detail.case;
        return vec![Target {
            id: c.id.clone(),
            name: c.achievement.name.clone(),
            rev: c.rev,
            from: c.stage,
        }];
    }
    let Some(id) = state.list.selected.as_deref() else {
        return Vec::new();
    };
    state
        .row_by_id(id)
        .map(|r| Target {
            id: r.id.clone(),
            name: r.name.clone(),
            rev: r.rev,
            from: r.stage,
        })
        .into_iter()
        .collect()
}

/// For an action on one case while cases are marked: a line saying the marks were not
/// taken.
pub fn one_case_notice(state: &mut State, id: &str) {
    if uses_marks(state) {
        let n = state.list.marks.len();
        state.status.message = Some(trf(
            state.lang(),
            msg::tui::MARKS_ONE_CASE,
            &[("id", &id), ("n", &n)],
        ));
    }
}
