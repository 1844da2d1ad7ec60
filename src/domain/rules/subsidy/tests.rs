use super::*;
use crate::domain::rules::fixtures::*;
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
    assert_eq!(unmet[0].article(), "第十一条");
}

#[test]
fn art_11_breakthrough_exactly_1000_wan_allowed_above_refused_cumulatively() {
    let env = Env::new();
    let ctx = env.ctx("2026-12-01");
    let mut case = implementing(breakthrough());
    case.amounts.rd_investment = Some(Yuan::from_wan(5000)); // 30% = 1500万, cap 1000万
    case.tranches.push(pre(600));
    assert!(
        check_tranche(&case, &pre(400), &ctx).is_empty(),
        "600 + 400 = 1000 exactly"
    );
    let unmet = check_tranche(&case, &pre(401), &ctx);
    assert_eq!(
        unmet[0].message(Lang::Zh),
        "第十一条: 技术攻关类前资助不得超过研发总投入的30%，且不超过1000万元（本笔后累计 1001 万元，最高 1000 万元）"
    );
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
fn art_11_transformation_cap_message_in_both_languages() {
    let env = Env::new();
    let ctx = env.ctx("2029-01-10");
    let mut case = transformation();
    case.stage = Stage::Completed;
    case.tranches.push(post(300));
    let unmet = check_tranche(&case, &post(320), &ctx);
    assert_eq!(unmet.len(), 1);
    assert_eq!(
        unmet[0].message(Lang::Zh),
        "第十一条: 成果转化类后补助不得超过实际到账金额的30%，且不超过500万元（本笔后累计 620 万元，最高 500 万元）"
    );
    let en = unmet[0].message(Lang::En);
    assert!(
        en.starts_with("Art. 11: subsidy (") && en.contains("30%"),
        "{en}"
    );
    assert!(en.contains("620") && en.contains("500"), "{en}");
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
    assert_eq!(unmet[0].article(), "第十二条");
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
fn art_11_tranche_kind_amount_and_base() {
    let env = Env::new();
    let ctx = env.ctx("2026-12-01");
    let mut case = implementing(breakthrough());
    let unmet = check_tranche(&case, &tranche(TrancheKind::PostSubsidy, 100), &ctx);
    assert!(matches!(
        unmet[0].rule,
        Rule::TrancheKindMismatch {
            case_kind: Kind::Breakthrough,
            tranche: TrancheKind::PostSubsidy
        }
    ));
    assert!(unmet[0].message(Lang::Zh).contains("前资助"));
    assert!(
        check_tranche(&case, &pre(0), &ctx)
            .iter()
            .any(|u| u.rule == Rule::TrancheNotPositive)
    );
    case.amounts.rd_investment = None;
    assert_eq!(
        check_tranche(&case, &pre(10), &ctx),
        vec![
            Rule::SubsidyBaseMissing {
                kind: Kind::Breakthrough
            }
            .into()
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
    assert_eq!(unmet[0].article(), "第十条");
}

#[test]
fn subsidy_calc_explains_the_limit() {
    let s = RuleSettings::default();
    let mut case = breakthrough();
    case.tranches.push(pre(200));
    let calc = subsidy_calc(&case, &s);
    assert_eq!(calc.max, Some(Yuan::from_wan(960)));
    assert_eq!(calc.remaining, Some(Yuan::from_wan(760)));
    let zh = calc.explain(Lang::Zh);
    assert_eq!(zh[0], "研发总投入 3200 万元 x 30% = 960 万元");
    assert_eq!(zh[1], "上限 1000 万元 -> 最高可补助 960 万元 (第十一条)");
    assert_eq!(zh[2], "已拨付 200 万元, 尚可拨付 760 万元");
    assert!(zh[3].contains("2026-11-10"));
    let en = calc.explain(Lang::En);
    assert_eq!(en[0], "Total R&D investment 3200 wan x 30% = 960 wan");

    case.amounts.rd_investment = None;
    let calc = subsidy_calc(&case, &s);
    assert_eq!((calc.max, calc.remaining), (None, None));
    assert!(calc.explain(Lang::Zh)[0].contains("未填写"));

    let t = transformation();
    let calc = subsidy_calc(&t, &s);
    assert_eq!(calc.max, Some(Yuan::from_wan(500)));
    assert!(calc.explain(Lang::Zh).last().unwrap().contains("验收 通过"));
}
