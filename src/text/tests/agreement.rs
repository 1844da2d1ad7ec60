//! Texts of `crate::domain::rules::agreement`, moved out of the domain's tests.

use crate::domain::case::PlanBaseline;
use crate::domain::rules::fixtures::*;
use crate::domain::rules::*;
use crate::domain::*;
use crate::i18n::Lang;

fn ctx_rules(case: &Case) -> Vec<Rule> {
    let env = Env::new();
    let ctx = env.ctx("2026-12-01");
    let mut out = check_signing_order(case, &ctx);
    out.extend(check_objection_dates(case, &ctx));
    out.into_iter().map(|u| u.rule).collect()
}

#[test]
fn art_9_7_signatures_after_the_publicity_ends() {
    // Publicity 2026-09-28 .. 2026-10-09 (five working days after the National Day week).
    let mut case = breakthrough();
    assert_eq!(ctx_rules(&case), vec![]);
    case.plan.agreement_signed = Some(d("2026-10-09"));
    let found = ctx_rules(&case);
    assert!(
        matches!(
            found[..],
            [Rule::SignedDuringPublicity {
                what: DatedEvent::AgreementSigned,
                ..
            }]
        ),
        "{found:?}"
    );
    let zh = Unmet::from(found[0].clone()).message(Lang::Zh);
    assert!(zh.starts_with("第九条(七)"), "{zh}");
    case.plan.agreement_signed = Some(d("2026-10-10"));
    assert_eq!(ctx_rules(&case), vec![]);
}

#[test]
fn art_15_plan_changes_only_through_an_extension() {
    let mut case = breakthrough();
    assert_eq!(check_plan_unchanged(&case), vec![], "no baseline yet");
    case.plan_baseline = Some(PlanBaseline {
        start: case.plan.start,
        end: case.plan.end,
    });
    assert_eq!(check_plan_unchanged(&case), vec![]);
    case.plan.end = Some(d("2029-06-30"));
    let unmet = check_plan_unchanged(&case);
    assert_eq!(unmet.len(), 1, "shortening too");
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A15));
    assert!(unmet[0].message(Lang::Zh).contains("2029-11-01"));
}
