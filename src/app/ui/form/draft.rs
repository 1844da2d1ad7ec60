//! Drafts: what a form holds, as text, written to the store about once a second while the
//! officer types; offered again at the next start if the program died.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::Case;
use crate::i18n::{Lang, tr, trf};

use super::super::action::Effect;
use super::super::backend::DraftRow;
use super::super::commands::Cmd;
use super::super::state::{Screen, State};
use super::{Form, Purpose, open};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Payload {
    pub purpose: Purpose,
    pub rev: u64,
    pub base: Value,
    #[serde(default)]
    pub case: Option<Case>,
    #[serde(default)]
    pub info: Vec<String>,
    /// (field path, raw text) of every field: each typed character, even one that does
    /// not parse yet.
    pub values: Vec<(String, String)>,
    #[serde(default)]
    pub focus: usize,
    #[serde(skip)]
    pub saved_at: DateTime<Utc>,
}

pub fn payload(form: &Form) -> String {
    let p = Payload {
        purpose: form.purpose.clone(),
        rev: form.rev,
        base: form.base.clone(),
        case: form.case.as_deref().cloned(),
        info: form.info.clone(),
        values: form.raws(),
        focus: form.focus,
        saved_at: DateTime::<Utc>::UNIX_EPOCH,
    };
    serde_json::to_string(&p).unwrap_or_default()
}

/// A draft as the resume screen lists it.
#[derive(Debug, Clone)]
pub struct Item {
    pub key: String,
    pub saved_at: DateTime<Utc>,
    /// `None`: the payload does not read back (offered for discarding only).
    pub payload: Option<Payload>,
}

impl Item {
    pub fn title(&self, lang: Lang) -> String {
        let Some(p) = &self.payload else {
            return trf(lang, "form.draft.unreadable", &[("key", &self.key)]);
        };
        let name = ["achievement.name", "issuer.name", "org.name"]
            .iter()
            .find_map(|want| {
                p.values
                    .iter()
                    .find(|(k, v)| k == want && !v.trim().is_empty())
            })
            .map(|(_, v)| v.as_str())
            .unwrap_or("");
        let id = p.purpose.case_id().unwrap_or("");
        format!("{} {id} {name}", tr(lang, p.purpose.title_key()))
    }
}

#[derive(Debug, Clone)]
pub struct DraftList {
    pub items: Vec<Item>,
    pub cursor: usize,
    /// When the list was read: ages are shown relative to it.
    pub now: DateTime<Utc>,
}

/// Age as `3 分钟前` / `2 hours ago`.
pub fn age(lang: Lang, from: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let s = (now - from).num_seconds().max(0);
    let (n, key) = if s < 60 {
        (s, "form.age.seconds")
    } else if s < 3600 {
        (s / 60, "form.age.minutes")
    } else if s < 86_400 {
        (s / 3600, "form.age.hours")
    } else {
        (s / 86_400, "form.age.days")
    };
    trf(lang, key, &[("n", &n)])
}

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
