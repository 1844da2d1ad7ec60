//! Texts of `crate::domain::rules::duration`, moved out of the domain's tests.

use crate::domain::rules::duration::*;
use crate::domain::rules::fixtures::*;
use crate::domain::rules::*;
use crate::domain::*;
use crate::i18n::Lang;

fn ext(new_end: &str) -> Extension {
    Extension {
        requested_on: d("2029-06-01"),
        new_end: d(new_end),
        reason: "疫情导致设备无法按期交付".into(),
        both_agreed: true,
        approved: true,
    }
}

#[test]
fn art_15_breakthrough_exactly_three_years_allowed_one_day_more_refused() {
    let s = RuleSettings::default();
    let mut case = breakthrough();
    case.plan.start = Some(d("2026-01-01"));
    case.plan.end = Some(d("2028-12-31"));
    assert!(
        check_duration(&case, &s).is_empty(),
        "inclusive: three years"
    );
    case.plan.end = Some(d("2029-01-01"));
    let unmet = check_duration(&case, &s);
    assert_eq!(unmet.len(), 1, "one day over");
    case.plan.start = Some(d("2026-11-02"));
    case.plan.end = Some(d("2029-11-01"));
    assert!(check_duration(&case, &s).is_empty());
    case.plan.end = Some(d("2029-11-02"));
    let unmet = check_duration(&case, &s);
    assert_eq!(unmet.len(), 1);
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A15));
    let zh = unmet[0].message(Lang::Zh);
    assert!(zh.contains("技术攻关类项目实施周期原则上不超过3年"), "{zh}");
    assert!(zh.contains("最迟 2029-11-01"), "{zh}");
    assert!(unmet[0].message(Lang::En).starts_with("Art. 15: a "));
}

#[test]
fn art_15_extension_once_at_most_twelve_months() {
    let env = Env::new();
    let ctx = env.ctx("2029-06-02");
    let mut case = breakthrough();
    case.stage = Stage::Implementing;
    assert!(
        check_extension(&case, &ext("2030-11-01"), &ctx).is_empty(),
        "exactly 12 months"
    );
    let unmet = check_extension(&case, &ext("2030-11-02"), &ctx);
    assert!(matches!(
        unmet[..],
        [Unmet {
            rule: Rule::ExtensionTooLong { max_months: 12, .. }
        }]
    ));
    assert!(unmet[0].message(Lang::Zh).contains("最迟 2030-11-01"));

    case.extensions.push(ext("2030-05-01"));
    let unmet = check_extension(&case, &ext("2030-08-01"), &ctx);
    assert_eq!(unmet, vec![Rule::ExtensionCount { max: 1 }.into()]);
}
