//! The resume screen: drafts left by a previous run, offered at start; Enter reopens one
//! exactly as it was left, `d` discards it.

use chrono::{DateTime, Utc};

use super::super::action::Effect;
use super::super::backend::DraftRow;
use super::super::commands::Cmd;
use super::super::state::{Screen, State};
use super::draft::{DraftList, Item, Payload};
use super::open;

/// The drafts of this user arrived (at start): offer them when there are any.
pub fn loaded(state: &mut State, rows: Vec<DraftRow>, now: DateTime<Utc>) {
    if rows.is_empty() || !matches!(state.screen, Screen::List) {
        return;
    }
    let items = rows
        .into_iter()
        .map(|r| {
            let payload = serde_json::from_str::<Payload>(&r.payload)
                .ok()
                .map(|mut p| {
                    p.saved_at = r.saved_at;
                    p
                });
            Item {
                key: r.key,
                saved_at: r.saved_at,
                payload,
            }
        })
        .collect();
    state.screen = Screen::Drafts(DraftList {
        items,
        cursor: 0,
        now,
    });
}

/// Keys on the resume screen.
pub fn command(state: &mut State, cmd: Cmd) -> Vec<Effect> {
    let Screen::Drafts(list) = &mut state.screen else {
        return Vec::new();
    };
    let n = list.items.len();
    match cmd {
        Cmd::MoveDown => list.cursor = (list.cursor + 1).min(n.saturating_sub(1)),
        Cmd::MoveUp => list.cursor = list.cursor.saturating_sub(1),
        Cmd::DiscardDraft if list.cursor < n => {
            let item = list.items.remove(list.cursor);
            list.cursor = list.cursor.min(list.items.len().saturating_sub(1));
            if list.items.is_empty() {
                state.screen = Screen::List;
            }
            return vec![Effect::DeleteDraft { key: item.key }];
        }
        Cmd::Confirm if list.cursor < n && list.items[list.cursor].payload.is_some() => {
            {
                let item = list.items.remove(list.cursor);
                let rest = std::mem::replace(
                    list,
                    DraftList {
                        items: Vec::new(),
                        cursor: 0,
                        now: item.saved_at,
                    },
                );
                // After this form, the remaining drafts are offered again.
                state.screen = if rest.items.is_empty() {
                    Screen::List
                } else {
                    Screen::Drafts(DraftList { cursor: 0, ..rest })
                };
                if let Some(p) = item.payload {
                    return open::resume(state, p);
                }
            }
        }
        Cmd::Back | Cmd::Quit => state.screen = Screen::List,
        _ => {}
    }
    Vec::new()
}
