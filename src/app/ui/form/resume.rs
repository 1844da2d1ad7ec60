//! The resume screen: drafts left by a previous run, offered at start; Enter reopens one
//! exactly as it was left, `d` discards it.

use crate::i18n::msg;
use chrono::{DateTime, Utc};

use super::super::action::Effect;
use super::super::backend::DraftRow;
use super::super::commands::Cmd;
use super::super::state::{Screen, State};
use super::draft::{DraftList, Item, Payload};
use super::open;
use crate::app::ui::text::clock;
use crate::i18n::trf;

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
                held_since: None,
            }
        })
        .collect();
    state.screen = Screen::Drafts(DraftList {
        items,
        cursor: 0,
        now,
        confirm_take: false,
    });
}

/// Marks the drafts another running window holds: they are that window's live work, not
/// a crash's leftovers.
pub fn held(state: &mut State, held: Vec<(String, DateTime<Utc>)>) {
    let Screen::Drafts(list) = &mut state.screen else {
        return;
    };
    for item in list.items.iter_mut() {
        item.held_since = held.iter().find(|(k, _)| *k == item.key).map(|(_, at)| *at);
    }
}

/// Enter on a draft another window holds: the first press says so, the second takes it.
fn take_over(state: &mut State) -> Option<Vec<Effect>> {
    let Screen::Drafts(list) = &mut state.screen else {
        return None;
    };
    let since = list.items.get(list.cursor)?.held_since?;
    if list.confirm_take {
        return None;
    }
    list.confirm_take = true;
    state.status.message = Some(trf(
        state.settings.lang,
        msg::drafts::TAKE_CONFIRM,
        &[("since", &clock(since))],
    ));
    Some(Vec::new())
}

/// Keys on the resume screen.
pub fn command(state: &mut State, cmd: Cmd) -> Vec<Effect> {
    let Screen::Drafts(list) = &mut state.screen else {
        return Vec::new();
    };
    let n = list.items.len();
    if cmd != Cmd::Confirm {
        list.confirm_take = false;
    }
    if cmd == Cmd::Confirm
        && let Some(effects) = take_over(state)
    {
        return effects;
    }
    let Screen::Drafts(list) = &mut state.screen else {
        return Vec::new();
    };
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
                        confirm_take: false,
                    },
                );
                // After this form, the remaining drafts are offered again.
                state.screen = if rest.items.is_empty() {
                    Screen::List
                } else {
                    Screen::Drafts(DraftList { cursor: 0, ..rest })
                };
                if let Some(p) = item.payload {
                    let mut effects = open::resume(state, p);
                    // Taken over: this window holds the draft from now on.
                    if item.held_since.is_some()
                        && let Screen::Form(form) = &state.screen
                    {
                        effects.push(Effect::TakeDraft {
                            key: item.key,
                            payload: super::draft::payload(form),
                        });
                    }
                    return effects;
                }
            }
        }
        Cmd::Back | Cmd::Quit => state.screen = Screen::List,
        _ => {}
    }
    Vec::new()
}
