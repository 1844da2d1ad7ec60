//! The date a case is waiting for, from its summary: end of publicity, end of
//! implementation, acceptance due. Working-day deadlines say when they are estimated.

use chrono::{Months, NaiveDate};

use super::publicity::publicity_end;
use super::settings::RuleSettings;
use crate::domain::calendar::Calendar;
use crate::domain::summary::CaseSummary;
use crate::domain::vocab::Stage;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeadlineKind {
    /// Last day of 公示 (第九条(七)).
    PublicityEnds,
    /// Change requests are due some months before the end (practice: 3).
    ChangeRequestBy,
    /// End of the implementation period in force (第十五条).
    ImplementationEnds,
    /// Acceptance should be held by then (第十三条).
    AcceptanceDue,
    /// The mid-term check (中期检查) is due and not yet held.
    MidtermDue,
    /// 限期整改: the rectification deadline of a mid-term check.
    RectifyBy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub date: NaiveDate,
    pub kind: DeadlineKind,
    /// Counted with weekends only: a year is missing from the holiday table.
    pub estimated: bool,
}

impl Deadline {
    fn exact(date: NaiveDate, kind: DeadlineKind) -> Deadline {
        Deadline {
            date,
            kind,
            estimated: false,
        }
    }
}

/// Every deadline of the case's current stage, earliest first.
pub fn deadlines(s: &CaseSummary, calendar: &Calendar, settings: &RuleSettings) -> Vec<Deadline> {
    let mut out = Vec::new();
    match s.stage {
        Stage::Announcing => {
            if let Some(start) = s.publicity_start {
                let end = publicity_end(start, calendar, settings);
                out.push(Deadline {
                    date: end.date,
                    kind: DeadlineKind::PublicityEnds,
                    estimated: end.estimated,
                });
            }
        }
        Stage::Implementing => {
            if let Some(end) = s.end {
                let months = Months::new(settings.change_request_months);
                if let Some(by) = end.checked_sub_months(months) {
                    out.push(Deadline::exact(by, DeadlineKind::ChangeRequestBy));
                }
                out.push(Deadline::exact(end, DeadlineKind::ImplementationEnds));
            }
            if let Some(due) = s.midterm.pending(settings) {
                out.push(Deadline::exact(due, DeadlineKind::MidtermDue));
            }
            if let Some(by) = s.midterm.rectification_due() {
                out.push(Deadline::exact(by, DeadlineKind::RectifyBy));
            }
            out.sort_by_key(|d| d.date);
        }
        Stage::Accepting => {
            let months = Months::new(settings.acceptance_months);
            if let Some(due) = s.end.and_then(|e| e.checked_add_months(months)) {
                out.push(Deadline::exact(due, DeadlineKind::AcceptanceDue));
            }
        }
        _ => {}
    }
    out
}

/// The deadline that decides the case's stage: publicity's end, the mid-term check or its
/// rectification when they come first, implementation's end, or acceptance due. `None` for
/// stages without one.
pub fn next_deadline(
    s: &CaseSummary,
    calendar: &Calendar,
    settings: &RuleSettings,
) -> Option<Deadline> {
    deadlines(s, calendar, settings)
        .into_iter()
        .find(|d| d.kind != DeadlineKind::ChangeRequestBy)
}

/// An implementing case whose end in force, or whose 限期整改 deadline, has passed. (A
/// mid-term check past due shows through [`deadlines`]: its date depends on the settings.)
pub fn is_overdue(s: &CaseSummary, today: NaiveDate) -> bool {
    s.stage == Stage::Implementing
        && (s.end.is_some_and(|end| end < today)
            || s.midterm.rectification_due().is_some_and(|by| by < today))
}

/// Every deadline of the case that has passed, mid-term check included.
pub fn overdue_deadlines(
    s: &CaseSummary,
    today: NaiveDate,
    calendar: &Calendar,
    settings: &RuleSettings,
) -> Vec<Deadline> {
    deadlines(s, calendar, settings)
        .into_iter()
        .filter(|d| {
            // A passed publicity end or change-request date is not late work: the former
            // means the case may advance, the latter only closes an option.
            d.date < today
                && !matches!(
                    d.kind,
                    DeadlineKind::PublicityEnds | DeadlineKind::ChangeRequestBy
                )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::fixtures::*;

    /// The fixture with its mid-term check held (see `midterm_check_is_a_deadline_too`).
    fn summary(stage: Stage) -> CaseSummary {
        let mut case = breakthrough();
        case.stage = stage;
        case.midterm.held_on = Some(d("2028-05-02"));
        case.midterm.verdict = Some(crate::domain::records::MidtermVerdict::Qualified);
        CaseSummary::of(&case)
    }

    #[test]
    fn implementing_waits_for_its_end_and_is_overdue_after_it() {
        let env = Env::new();
        let s = summary(Stage::Implementing);
        let all = deadlines(&s, &env.calendar, &env.settings);
        assert_eq!(all[0].kind, DeadlineKind::ChangeRequestBy);
        assert_eq!(all[0].date, d("2029-08-01"));
        let next = next_deadline(&s, &env.calendar, &env.settings).unwrap();
        assert_eq!(
            (next.kind, next.date),
            (DeadlineKind::ImplementationEnds, d("2029-11-01"))
        );
        assert!(!is_overdue(&s, d("2029-11-01")));
        assert!(is_overdue(&s, d("2029-11-02")));
        assert!(!is_overdue(&summary(Stage::Accepting), d("2030-01-01")));
    }

    #[test]
    fn accepting_is_due_three_months_after_the_end_and_others_have_none() {
        let env = Env::new();
        let due = next_deadline(&summary(Stage::Accepting), &env.calendar, &env.settings).unwrap();
        assert_eq!(
            (due.kind, due.date),
            (DeadlineKind::AcceptanceDue, d("2030-02-01"))
        );
        assert_eq!(
            next_deadline(&summary(Stage::Reviewing), &env.calendar, &env.settings),
            None
        );
    }
}
