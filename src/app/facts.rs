//! One set of facts per case for a given today: its next deadline, which deadlines have
//! passed, its publicity state, how long it has been idle. The CLI's `list`, filters and
//! `export`, the TUI's list marker, status bar and dashboard all read them from here, so
//! "overdue" means the same thing on every face. Computed from the summary alone: the list
//! holds 100 000 of them.

use crate::i18n::msg;
use chrono::NaiveDate;

use super::clock::local_date;
use super::session::Session;
use crate::domain::calendar::Calendar;
use crate::domain::rules::{Deadline, DeadlineKind, RuleSettings, deadlines};
use crate::domain::{CaseSummary, Stage, Yuan};
use crate::i18n::{Lang, tr};

/// Days without any change after which an open case counts as stale.
pub const STALE_DAYS: i64 = 30;

/// A kind of deadline that, once passed, makes a case overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OverdueKind {
    /// The implementation period in force has ended and the case has not moved on.
    Implementation,
    /// The mid-term check (中期检查) is past due and not held.
    Midterm,
    /// 限期整改: the rectification deadline passed without a confirmed rectification.
    Rectify,
    /// Acceptance (验收) was due and the case is still in acceptance.
    Acceptance,
    /// The publicity period (公示) ended and the case has not moved on.
    Publicity,
}

impl OverdueKind {
    pub const ALL: [OverdueKind; 5] = [
        OverdueKind::Implementation,
        OverdueKind::Midterm,
        OverdueKind::Rectify,
        OverdueKind::Acceptance,
        OverdueKind::Publicity,
    ];

    /// The kind a passed deadline makes overdue. A change-request date closes an option;
    /// passing it is not late work.
    pub fn of(kind: DeadlineKind) -> Option<OverdueKind> {
        match kind {
            DeadlineKind::ImplementationEnds => Some(OverdueKind::Implementation),
            DeadlineKind::MidtermDue => Some(OverdueKind::Midterm),
            DeadlineKind::RectifyBy => Some(OverdueKind::Rectify),
            DeadlineKind::AcceptanceDue => Some(OverdueKind::Acceptance),
            DeadlineKind::PublicityEnds => Some(OverdueKind::Publicity),
            DeadlineKind::ChangeRequestBy => None,
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            OverdueKind::Implementation => tr(lang, msg::app::FACTS_OVERDUE_IMPLEMENTATION),
            OverdueKind::Midterm => tr(lang, msg::app::FACTS_OVERDUE_MIDTERM),
            OverdueKind::Rectify => tr(lang, msg::app::FACTS_OVERDUE_RECTIFY),
            OverdueKind::Acceptance => tr(lang, msg::app::FACTS_OVERDUE_ACCEPTANCE),
            OverdueKind::Publicity => tr(lang, msg::app::FACTS_OVERDUE_PUBLICITY),
        }
    }
}

/// Which kinds of deadline of a case have passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OverdueSet(u8);

impl OverdueSet {
    pub fn insert(&mut self, k: OverdueKind) {
        self.0 |= k.bit();
    }

    pub fn contains(self, k: OverdueKind) -> bool {
        self.0 & k.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = OverdueKind> {
        OverdueKind::ALL
            .into_iter()
            .filter(move |k| self.contains(*k))
    }
}

/// Where a case stands with its publicity period (公示, 第九条(七)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Publicity {
    /// Not announcing: no period running or waiting on the case.
    #[default]
    None,
    /// Running: `days_left` working days left, counting today.
    Running { last_day: NaiveDate, days_left: u32 },
    /// Over, and the case is still announcing: it waits to be moved on.
    Ended { last_day: NaiveDate },
}

/// The facts about one case on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Facts {
    /// The deadline that decides the case's stage (change-request dates aside).
    pub due: Option<Deadline>,
    /// Every kind of deadline that has passed: the one definition of overdue.
    pub overdue: OverdueSet,
    pub publicity: Publicity,
    /// Whole days since the last change, by the Asia/Shanghai calendar.
    pub idle_days: i64,
    /// Open and idle for [`STALE_DAYS`] or more.
    pub stale: bool,
    /// Stored with a rule breach flagged (违规/待核), until it is resolved.
    pub breach: bool,
    /// Subsidy committed to the case (its maximum under 第十一条), zero before it is due.
    pub subsidy_committed: Yuan,
}

impl Facts {
    pub fn is_overdue(&self) -> bool {
        !self.overdue.is_empty()
    }

    /// Days from `today` to the next deadline (negative once passed).
    pub fn days_to_due(&self, today: NaiveDate) -> Option<i64> {
        self.due.map(|d| (d.date - today).num_days())
    }

    /// Working days of publicity left, counting today: 0 once it has ended.
    pub fn publicity_days_left(&self) -> Option<u32> {
        match self.publicity {
            Publicity::None => None,
            Publicity::Running { days_left, .. } => Some(days_left),
            Publicity::Ended { .. } => Some(0),
        }
    }
}

/// The facts of the case `s` summarises, on `today`.
pub fn facts(
    s: &CaseSummary,
    today: NaiveDate,
    calendar: &Calendar,
    settings: &RuleSettings,
) -> Facts {
    let all = deadlines(s, calendar, settings);
    let mut f = Facts {
        due: all
            .iter()
            .copied()
            .find(|d| d.kind != DeadlineKind::ChangeRequestBy),
        ..Facts::default()
    };
    for d in all.iter().filter(|d| d.date < today) {
        if let Some(k) = OverdueKind::of(d.kind) {
            f.overdue.insert(k);
        }
    }
    if let Some(d) = all.iter().find(|d| d.kind == DeadlineKind::PublicityEnds) {
        f.publicity = if d.date < today {
            Publicity::Ended { last_day: d.date }
        } else {
            Publicity::Running {
                last_day: d.date,
                days_left: calendar.working_days_between(today, d.date),
            }
        };
    }
    f.idle_days = (today - local_date(s.updated_at)).num_days();
    f.stale = !s.stage.is_closed() && f.idle_days >= STALE_DAYS;
    f.breach = s.breach;
    f.subsidy_committed = committed(s, settings);
    f
}

/// The summary's amount is the subsidy base (R&D investment or funds received); the
/// committed subsidy is its capped share once the project is implementing.
fn committed(s: &CaseSummary, settings: &RuleSettings) -> Yuan {
    let due = matches!(
        s.stage,
        Stage::Implementing | Stage::Accepting | Stage::Completed
    );
    match s.amount {
        Some(base) if due => base
            .percent(settings.subsidy_rate_pct)
            .min(settings.cap(s.kind)),
        _ => Yuan::ZERO,
    }
}

impl Session {
    /// The facts of every row on `today`, same length and order.
    pub fn facts(&self, rows: &[CaseSummary], today: NaiveDate) -> Vec<Facts> {
        rows.iter()
            .map(|s| facts(s, today, &self.calendar, &self.settings))
            .collect()
    }
}

#[cfg(test)]
#[path = "facts_tests.rs"]
mod tests;
