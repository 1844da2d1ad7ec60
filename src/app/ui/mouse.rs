//! The mouse, as k9s and lazygit users expect it: the wheel scrolls, a click selects a list
//! row, a double click opens it. The terminal face reports events only when `mouse` is on
//! in config.toml (off gives the terminal its own text selection back).

use super::action::Effect;
use super::cursor::{move_to, open_selected};
use super::state::{Screen, State};

pub use super::mouse_input::{MouseInput, MouseKind};

/// Rows the wheel moves per notch.
const WHEEL_STEP: usize = 3;
/// Two clicks on the same row within this many milliseconds open it.
const DOUBLE_CLICK_MS: u64 = 400;
/// The list's first row on screen: the title and the column header are above it.
const LIST_FIRST_ROW: u16 = 2;

pub fn handle(state: &mut State, m: MouseInput) -> Vec<Effect> {
    if state.overlay().is_some() {
        return Vec::new();
    }
    state.status.error = None;
    state.status.message = None;
    let down = m.kind == MouseKind::WheelDown;
    match &mut state.screen {
        Screen::List => return list(state, m),
        Screen::Detail(d) if m.kind != MouseKind::Click => d.scroll = step(d.scroll, down),
        Screen::Help { scroll, .. } if m.kind != MouseKind::Click => {
            *scroll = step(*scroll, down);
        }
        Screen::Dashboard if m.kind != MouseKind::Click => {
            state.dashboard.move_by(if down { 1 } else { -1 }, 0);
        }
        _ => {}
    }
    Vec::new()
}

fn step(at: usize, down: bool) -> usize {
    if down {
        at + WHEEL_STEP
    } else {
        at.saturating_sub(WHEEL_STEP)
    }
}

fn list(state: &mut State, m: MouseInput) -> Vec<Effect> {
    let cur = state.list.cursor;
    match m.kind {
        MouseKind::WheelDown => move_to(state, cur + WHEEL_STEP),
        MouseKind::WheelUp => move_to(state, cur.saturating_sub(WHEEL_STEP)),
        MouseKind::Click => {
            let Some(n) = m.row.checked_sub(LIST_FIRST_ROW) else {
                return Vec::new();
            };
            let pos = state.list.top + n as usize;
            if n as usize >= state.list_height() || pos >= state.list.visible.len() {
                return Vec::new();
            }
            let double = state
                .last_click
                .is_some_and(|(p, at)| p == pos && m.at_ms.saturating_sub(at) <= DOUBLE_CLICK_MS);
            move_to(state, pos);
            if double {
                state.last_click = None;
                return open_selected(state);
            }
            state.last_click = Some((pos, m.at_ms));
        }
    }
    Vec::new()
}
