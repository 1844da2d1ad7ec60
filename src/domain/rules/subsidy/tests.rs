use super::*;
use crate::domain::rules::fixtures::*;
use crate::domain::rules::{Article, Source};
use crate::domain::vocab::TrancheKind;

fn tranche(kind: TrancheKind, wan: i64) -> Tranche {
    Tranche {
        amount: Yuan::from_wan(wan),
        date: d("2026-12-01"),
        kind,
        ..Tranche::default()
    }
}

fn pre(wan: i64) -> Tranche {
    tranche(TrancheKind::PreFunding, wan)
}

fn post(wan: i64) -> Tranche {
    Tranche {
        date: d("2029-01-10"),
        ..tranche(TrancheKind::PostSubsidy, wan)
    }
}

fn implementing(mut case: Case) -> Case {
    case.stage = Stage::Implementing;
    case
}

fn over_max(unmet: &[Unmet]) -> bool {
    unmet
        .iter()
        .any(|u| matches!(u.rule, Rule::SubsidyOverMax { .. }))
}

#[test]
fn art_11_breakthrough_exactly_30_percent_allowed_one_yuan_more_refused() {
    let env = Env::new();
    let ctx = env.ctx("2026-12-01");
    let case = implementing(breakthrough()); // 3200万 x 30% = 960万 < 1000万
    assert!(check_tranche(&case, &pre(960), &ctx).is_empty());
    let mut more = pre(960);
    more.amount = more.amount + Yuan(1);
    let unmet = check_tranche(&case, &more, &ctx);
    assert!(over_max(&unmet), "{unmet:?}");
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A11));
}

#[test]
fn art_11_transformation_exactly_30_percent_and_exactly_500_wan_allowed() {
    let env = Env::new();
    let ctx = env.ctx("2029-01-10");
    let mut case = transformation();
    case.stage = Stage::Accepting;
    case.amounts.funds_received = Some(Yuan::from_wan(1000)); // 30% = 300万
    assert!(check_tranche(&case, &post(300), &ctx).is_empty());
    assert!(over_max(&check_tranche(&case, &post(301), &ctx)));
    case.amounts.funds_received = Some(Yuan::from_wan(2000)); // 30% = 600万, cap 500万
    assert!(check_tranche(&case, &post(500), &ctx).is_empty());
}

#[test]
fn art_11_special_case_may_exceed_only_with_flag_and_reason() {
    let env = Env::new();
    let ctx = env.ctx("2026-12-01");
    let case = implementing(breakthrough());
    let mut big = pre(1500);
    big.special = true;
    let unmet = check_tranche(&case, &big, &ctx);
    assert!(unmet.iter().any(|u| u.rule == Rule::SpecialWithoutReason));
    assert!(over_max(&unmet), "without a reason the caps still apply");
    big.special_reason = "自治区人民政府常务会议一事一议确定".into();
    assert!(check_tranche(&case, &big, &ctx).is_empty());
    let mut flagless = pre(1500);
    flagless.special_reason = "理由但未勾选一事一议".into();
    assert!(over_max(&check_tranche(&case, &flagless, &ctx)));
}

#[test]
fn art_12_pre_funding_only_after_the_issuers_first_payment() {
    let env = Env::new();
    let ctx = env.ctx("2026-12-01");
    let mut case = implementing(breakthrough());
    let mut early = pre(100);
    early.date = d("2026-11-09");
    let unmet = check_tranche(&case, &early, &ctx);
    assert_eq!(
        unmet,
        vec![
            Rule::TrancheBeforeFirstPayment {
                first: d("2026-11-10"),
                date: d("2026-11-09")
            }
            .into()
        ]
    );
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A12));
    case.amounts.issuer_first_payment = None;
    assert_eq!(
        check_tranche(&case, &pre(100), &ctx),
        vec![Rule::FirstPaymentMissing.into()]
    );
}

#[test]
fn art_12_post_subsidy_only_after_acceptance_passed_and_benefit_verified() {
    let env = Env::new();
    let ctx = env.ctx("2029-01-10");
    let mut case = implementing(transformation());
    case.acceptance.verdict = None;
    case.acceptance.benefit_verified = false;
    let rules: Vec<Rule> = check_tranche(&case, &post(100), &ctx)
        .into_iter()
        .map(|u| u.rule)
        .collect();
    assert_eq!(
        rules,
        vec![
            Rule::PostSubsidyBeforeAcceptance { verdict: None },
            Rule::BenefitNotVerified
        ]
    );
}

#[test]
fn art_10_tranche_only_for_a_project_under_way() {
    let env = Env::new();
    let ctx = env.ctx("2026-12-01");
    let case = breakthrough(); // announcing
    let unmet = check_tranche(&case, &pre(100), &ctx);
    assert_eq!(
        unmet,
        vec![
            Rule::TrancheStage {
                stage: Stage::Announcing
            }
            .into()
        ]
    );
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A10));
}
