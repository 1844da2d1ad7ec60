//! Texts of `crate::domain::rules::subsidy`, moved out of the domain's tests.

use crate::domain::rules::fixtures::*;
use crate::domain::rules::*;
use crate::domain::vocab::TrancheKind;
use crate::domain::*;
use crate::i18n::Lang;

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
