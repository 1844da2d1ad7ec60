//! Drafts: what a form holds, as text, written to the store about once a second while the
//! officer types; offered again at the next start if the program died.

use crate::i18n::msg;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::Case;
use crate::i18n::{Lang, tr, trf};

use super::{Form, Purpose};

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
    /// Another running window of this officer edits it, since then.
    pub held_since: Option<DateTime<Utc>>,
}

impl Item {
    pub fn title(&self, lang: Lang) -> String {
        let Some(p) = &self.payload else {
            return trf(lang, msg::form::DRAFT_UNREADABLE, &[("key", &self.key)]);
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
        format!("{} {id} {name}", tr(lang, p.purpose.title_msg()))
    }
}

#[derive(Debug, Clone)]
pub struct DraftList {
    pub items: Vec<Item>,
    pub cursor: usize,
    /// When the list was read: ages are shown relative to it.
    pub now: DateTime<Utc>,
    /// Enter was pressed once on a draft another window holds: the next Enter takes it.
    pub confirm_take: bool,
}

/// Age as `3 分钟前` / `2 hours ago`.
pub fn age(lang: Lang, from: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let s = (now - from).num_seconds().max(0);
    let (n, key) = if s < 60 {
        (s, msg::form::AGE_SECONDS)
    } else if s < 3600 {
        (s / 60, msg::form::AGE_MINUTES)
    } else if s < 86_400 {
        (s / 3600, msg::form::AGE_HOURS)
    } else {
        (s / 86_400, msg::form::AGE_DAYS)
    };
    trf(lang, key, &[("n", &n)])
}
