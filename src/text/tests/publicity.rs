//! Texts of `crate::domain::rules::publicity`, moved out of the domain's tests.

use crate::domain::case::Objection;
use crate::domain::rules::fixtures::*;
use crate::domain::rules::*;
use crate::i18n::Lang;

#[test]
fn art_9_7_publicity_over_only_after_its_last_working_day() {
    let env = Env::new();
    let case = breakthrough(); // starts Mon 2026-09-28, ends Fri 2026-10-09
    let unmet = check_publicity(&case, &env.ctx("2026-10-09"));
    assert_eq!(
        unmet,
        vec![
            Rule::PublicityNotOver {
                start: d("2026-09-28"),
                end: d("2026-10-09"),
                days: 5,
                unknown_years: vec![]
            }
            .into()
        ]
    );
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A9_7));
    assert!(!unmet[0].message(Lang::Zh).contains("估算"));
    assert!(check_publicity(&case, &env.ctx("2026-10-10")).is_empty());
}

#[test]
fn art_9_7_estimated_end_in_a_missing_year_says_so() {
    let env = Env::new();
    let mut case = breakthrough();
    case.publicity.start = Some(d("2026-12-28"));
    let unmet = check_publicity(&case, &env.ctx("2027-01-01"));
    let zh = unmet[0].message(Lang::Zh);
    assert!(
        zh.contains("2027 年节假日安排未录入") && zh.contains("估算"),
        "{zh}"
    );
    let en = unmet[0].message(Lang::En);
    assert!(
        en.contains("lacks 2027") && en.contains("weekends only"),
        "{en}"
    );
}

#[test]
fn art_9_7_open_accepted_objection_blocks() {
    let env = Env::new();
    let mut case = breakthrough();
    case.publicity.objections.push(Objection {
        received: d("2026-10-08"),
        by: "某研究所（盖章）".into(),
        ..Objection::default()
    });
    let unmet = check_publicity(&case, &env.ctx("2026-10-12"));
    assert_eq!(unmet.len(), 1);
    assert!(unmet[0].message(Lang::Zh).contains("某研究所"));
    // Resolved, or not accepted (anonymous), it no longer blocks.
    case.publicity.objections[0].resolved = Some(d("2026-10-10"));
    assert!(check_publicity(&case, &env.ctx("2026-10-12")).is_empty());
    case.publicity.objections[0].resolved = None;
    case.publicity.objections[0].accepted = false;
    assert!(check_publicity(&case, &env.ctx("2026-10-12")).is_empty());
}
