//! Texts of `crate::domain::rules::deadline`, moved out of the domain's tests.

use crate::domain::rules::deadline::*;
use crate::domain::rules::fixtures::*;
use crate::domain::*;
use crate::i18n::Lang;

/// The fixture with its mid-term check held (see `midterm_check_is_a_deadline_too`).
fn summary(stage: Stage) -> CaseSummary {
    let mut case = breakthrough();
    case.stage = stage;
    case.midterm.held_on = Some(d("2028-05-02"));
    case.midterm.verdict = Some(crate::domain::records::MidtermVerdict::Qualified);
    CaseSummary::of(&case)
}

#[test]
fn midterm_check_is_a_deadline_too() {
    use crate::domain::records::MidtermVerdict;
    let env = Env::new();
    let mut case = breakthrough();
    case.stage = Stage::Implementing;
    let s = CaseSummary::of(&case);
    let next = next_deadline(&s, &env.calendar, &env.settings).unwrap();
    assert_eq!(
        (next.kind, next.date),
        (DeadlineKind::MidtermDue, d("2028-05-02"))
    );
    assert_eq!(next.describe(Lang::Zh), "中期检查 2028-05-02");
    let late = overdue_deadlines(&s, d("2028-05-03"), &env.calendar, &env.settings);
    assert_eq!(late.len(), 1);
    assert!(!is_overdue(&s, d("2028-05-03")), "the end has not passed");
    // 限期整改: the rectification deadline replaces it, and is overdue once passed.
    case.midterm.held_on = Some(d("2028-05-02"));
    case.midterm.verdict = Some(MidtermVerdict::Rectify);
    case.midterm.rectify_by = Some(d("2028-08-01"));
    let s = CaseSummary::of(&case);
    let next = next_deadline(&s, &env.calendar, &env.settings).unwrap();
    assert_eq!(
        (next.kind, next.date),
        (DeadlineKind::RectifyBy, d("2028-08-01"))
    );
    assert!(!is_overdue(&s, d("2028-08-01")));
    assert!(is_overdue(&s, d("2028-08-02")));
    // A summary stored before the field existed reads with no mid-term state.
    let mut v = serde_json::to_value(&s).unwrap();
    v.as_object_mut().unwrap().remove("midterm");
    let old: CaseSummary = serde_json::from_value(v).unwrap();
    assert_eq!(old.midterm, Default::default());
}

#[test]
fn announcing_waits_for_the_end_of_publicity() {
    let env = Env::new();
    let d0 = next_deadline(&summary(Stage::Announcing), &env.calendar, &env.settings).unwrap();
    assert_eq!(d0.kind, DeadlineKind::PublicityEnds);
    assert_eq!(d0.date, d("2026-10-09"));
    assert!(!d0.estimated);
    assert_eq!(d0.describe(Lang::Zh), "公示期满 2026-10-09");

    let mut case = breakthrough();
    case.publicity.start = Some(d("2026-12-28"));
    let est = next_deadline(&CaseSummary::of(&case), &env.calendar, &env.settings).unwrap();
    assert!(est.estimated);
    assert_eq!(
        est.describe(Lang::En),
        "Publicity ends 2027-01-01 (estimated)"
    );
}
