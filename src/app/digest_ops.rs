//! One officer's daily digest: their open cases that are overdue, due within a few working
//! days, or stale, and the changes others made to their cases since the last digest. The
//! same facts as the list and the dashboard; "since the last digest" is the start of the
//! previous working day, so Monday's digest covers Friday and the weekend without keeping
//! any state between runs.

use crate::i18n::msg;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::domain::CaseSummary;

use super::clock::local_date;
use super::error::OpError;
use super::session::Session;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DigestCase {
    pub id: String,
    pub name: String,
    /// What is late or due, or how long idle, in the session's language.
    pub what: String,
    /// The deadline in question, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DigestChange {
    pub id: String,
    pub name: String,
    pub by: String,
    pub at: DateTime<Utc>,
    pub action: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Digest {
    pub user: String,
    pub today: NaiveDate,
    /// Changes by others are listed from the start of this day.
    pub since: NaiveDate,
    pub due_days: u32,
    pub overdue: Vec<DigestCase>,
    pub due: Vec<DigestCase>,
    pub stale: Vec<DigestCase>,
    pub changed: Vec<DigestChange>,
}

impl Digest {
    pub fn is_empty(&self) -> bool {
        self.overdue.is_empty()
            && self.due.is_empty()
            && self.stale.is_empty()
            && self.changed.is_empty()
    }
}

/// Draft keys starting with this are the app's own per-user records, not forms.
pub const RESERVED: &str = "~";
/// The day the TUI last showed this user's digest, in the drafts table: private to the
/// user, not audited and not counted as a change, like a draft.
const SHOWN_ON: &str = "~digest-shown";
/// The TUI's digest lists deadlines within this many working days (as `digest` does).
pub const START_DUE_DAYS: u32 = 5;

impl Session {
    /// The digest for the TUI's first start today: `None` when it was shown today already
    /// or there is nothing to report. Showing it is remembered (unless read-only, where
    /// nothing is written and it shows at every start).
    pub fn start_digest(&self) -> Result<Option<Digest>, OpError> {
        let owner = self.actor().user.clone();
        let d = self.digest(self.me(), START_DUE_DAYS, None)?;
        let shown = self
            .store()
            .drafts(&owner)?
            .into_iter()
            .find(|r| r.key == SHOWN_ON)
            .and_then(|r| r.payload.parse::<NaiveDate>().ok());
        if shown == Some(d.today) || d.is_empty() {
            return Ok(None);
        }
        if !self.read_only {
            let day = d.today.to_string();
            self.store().put_draft(&owner, SHOWN_ON, &day, self.now())?;
        }
        Ok(Some(d))
    }

    /// The digest of `user` (their 经办人 cases) for today: deadlines due within `due_days`
    /// working days, and others' changes since the start of `since` (default: the previous
    /// working day).
    pub fn digest(
        &self,
        user: &str,
        due_days: u32,
        since: Option<NaiveDate>,
    ) -> Result<Digest, OpError> {
        // Only this officer's cases are decoded and kept: the TUI asks for the digest while
        // it loads every row, and a second full copy would double its peak memory and the
        // time to the whole list (bench: tui_rss_mb, full_frame_ms).
        let mut rows = self.store().officer_summaries(user)?;
        rows.retain(|s| !s.stage.is_closed());
        let today = self.today();
        let facts = self.facts(&rows, today);
        let lang = self.lang;
        let calendar = self.rule_ctx().calendar;
        let since = since.unwrap_or_else(|| previous_working_day(self, today));
        let mut d = Digest {
            user: user.to_string(),
            today,
            since,
            due_days,
            overdue: Vec::new(),
            due: Vec::new(),
            stale: Vec::new(),
            changed: Vec::new(),
        };
        for (s, f) in rows.iter().zip(&facts) {
            let item = |what: String, date: Option<NaiveDate>| DigestCase {
                id: s.id.clone(),
                name: s.name.clone(),
                what,
                date,
            };
            if f.is_overdue() {
                let kinds: Vec<&str> = f.overdue.iter().map(|k| k.label(lang)).collect();
                d.overdue.push(item(kinds.join("、"), None));
            } else if let Some(due) = f.due
                && due.date >= today
                && calendar.working_days_between(today, due.date) <= due_days
            {
                d.due.push(item(due.describe(lang), Some(due.date)));
            }
            if f.stale {
                let what = crate::i18n::trf(lang, msg::office::DG_IDLE, &[("days", &f.idle_days)]);
                d.stale.push(item(what, None));
            }
            d.changed.extend(changes(self, s, user, since)?);
        }
        d.changed.sort_by_key(|c| c.at);
        Ok(d)
    }
}

/// Events by anyone but `user` on the case since the start of `since` (Asia/Shanghai).
fn changes(
    s: &Session,
    row: &CaseSummary,
    user: &str,
    since: NaiveDate,
) -> Result<Vec<DigestChange>, OpError> {
    // Cheap test first: a case untouched since then has no such events.
    if local_date(row.updated_at) < since {
        return Ok(Vec::new());
    }
    Ok(s.store()
        .events(Some(&row.id))?
        .into_iter()
        .filter(|e| e.actor.user != user && local_date(e.at) >= since)
        .map(|e| DigestChange {
            id: row.id.clone(),
            name: row.name.clone(),
            by: e.actor.user,
            at: e.at,
            action: e.action,
            note: e.note,
        })
        .collect())
}

fn previous_working_day(s: &Session, today: NaiveDate) -> NaiveDate {
    let calendar = s.rule_ctx().calendar;
    let mut d = today;
    for _ in 0..30 {
        match d.pred_opt() {
            Some(p) => d = p,
            None => break,
        }
        if calendar.is_working_day(d) {
            return d;
        }
    }
    today.pred_opt().unwrap_or(today)
}
