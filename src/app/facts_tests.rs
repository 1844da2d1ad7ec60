use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::domain::records::MidtermVerdict;
use crate::domain::rules::fixtures::{Env, breakthrough, d};

fn at(stage: Stage) -> CaseSummary {
    let mut case = breakthrough();
    case.stage = stage;
    CaseSummary::of(&case)
}

fn on(s: &CaseSummary, today: &str) -> Facts {
    let env = Env::new();
    facts(s, d(today), &env.calendar, &env.settings)
}

fn kinds(f: &Facts) -> Vec<OverdueKind> {
    f.overdue.iter().collect()
}

#[test]
fn publicity_runs_then_ends_and_the_case_is_overdue_until_it_moves_on() {
    // 2026-09-28 + 5 working days (National Day week skipped) ends 2026-10-09.
    let s = at(Stage::Announcing);
    let f = on(&s, "2026-10-09");
    assert_eq!(
        f.publicity,
        Publicity::Running {
            last_day: d("2026-10-09"),
            days_left: 1
        }
    );
    assert!(!f.is_overdue(), "the last day is not late yet");
    let f = on(&s, "2026-10-10");
    assert_eq!(
        f.publicity,
        Publicity::Ended {
            last_day: d("2026-10-09")
        }
    );
    assert_eq!(kinds(&f), [OverdueKind::Publicity]);
    assert_eq!(f.publicity_days_left(), Some(0));
    // Moved on: the period no longer waits on anything.
    let f = on(&at(Stage::Implementing), "2026-10-10");
    assert_eq!(f.publicity, Publicity::None);
    assert!(!f.is_overdue());
}

#[test]
fn implementation_names_each_passed_deadline_but_not_the_change_request_date() {
    let s = at(Stage::Implementing);
    assert_eq!(kinds(&on(&s, "2028-05-02")), []);
    assert_eq!(kinds(&on(&s, "2028-05-03")), [OverdueKind::Midterm]);
    // The change-request date (three months before the end) passing is not late work.
    assert_eq!(kinds(&on(&s, "2029-09-01")), [OverdueKind::Midterm]);
    assert_eq!(
        kinds(&on(&s, "2029-11-02")),
        [OverdueKind::Implementation, OverdueKind::Midterm]
    );
    // 限期整改 replaces the pending check with its own deadline.
    let mut case = breakthrough();
    case.stage = Stage::Implementing;
    case.midterm.held_on = Some(d("2028-05-02"));
    case.midterm.verdict = Some(MidtermVerdict::Rectify);
    case.midterm.rectify_by = Some(d("2028-08-01"));
    let s = CaseSummary::of(&case);
    assert_eq!(kinds(&on(&s, "2028-08-02")), [OverdueKind::Rectify]);
    assert_eq!(
        on(&s, "2028-08-02").due.map(|d| d.kind),
        Some(DeadlineKind::RectifyBy)
    );
}

#[test]
fn acceptance_is_late_some_months_after_the_end_and_closed_cases_never_are() {
    let s = at(Stage::Accepting);
    assert_eq!(kinds(&on(&s, "2030-02-01")), []);
    assert_eq!(kinds(&on(&s, "2030-02-02")), [OverdueKind::Acceptance]);
    for stage in [Stage::Completed, Stage::Terminated, Stage::Withdrawn] {
        let f = on(&at(stage), "2035-01-01");
        assert!(!f.is_overdue() && !f.stale && f.due.is_none(), "{stage:?}");
    }
}

/// One definition: a case is overdue exactly when its next deadline is behind today, so
/// `overdue`, `due<0d` and the list's `!` never disagree.
#[test]
fn overdue_is_exactly_a_next_deadline_in_the_past() {
    let mut day = d("2026-09-01");
    let stages = [Stage::Announcing, Stage::Implementing, Stage::Accepting];
    while day < d("2031-01-01") {
        for stage in stages {
            let f = on(&at(stage), &day.to_string());
            let past = f.days_to_due(day).is_some_and(|n| n < 0);
            assert_eq!(f.is_overdue(), past, "{stage:?} on {day}");
        }
        day += Duration::days(17);
    }
}

#[test]
fn idle_days_count_by_the_shanghai_calendar() {
    let mut case = breakthrough();
    case.stage = Stage::Reviewing;
    // 2026-10-01 17:30 UTC is already 10-02 in Shanghai.
    case.updated_at = Utc.with_ymd_and_hms(2026, 10, 1, 17, 30, 0).unwrap();
    let s = CaseSummary::of(&case);
    let f = on(&s, "2026-10-31");
    assert_eq!(f.idle_days, 29);
    assert!(!f.stale);
    let f = on(&s, "2026-11-01");
    assert_eq!(f.idle_days, STALE_DAYS);
    assert!(f.stale);
}

#[test]
fn subsidy_is_committed_from_implementation_on() {
    // 3200万 × 30% = 960万, under the 1000万 cap.
    assert_eq!(
        on(&at(Stage::Announcing), "2026-10-01").subsidy_committed,
        Yuan::ZERO
    );
    assert_eq!(
        on(&at(Stage::Implementing), "2026-12-01").subsidy_committed,
        Yuan::from_wan(960)
    );
}
