//! Texts of `crate::domain::rules::racing`, moved out of the domain's tests.

use crate::domain::rules::*;
use crate::domain::*;
use crate::i18n::Lang;

use crate::domain::records::{GateResult, MidtermVerdict, StageGate};
use crate::domain::rules::fixtures::*;
use crate::domain::rules::{check_midterm, check_tranche};
use crate::domain::vocab::{Stage, TakerStatus, TrancheKind};
use crate::domain::workflow::{Move, Refusal, check_move};

fn texts(unmet: &[Unmet]) -> Vec<String> {
    unmet.iter().map(|u| u.message(Lang::Zh)).collect()
}

#[test]
fn art_15_each_racing_period_within_the_limit() {
    let mut case = racing();
    case.takers[1].plan.end = Some(d("2029-11-02"));
    let unmet = check_racing_duration(&case, &RuleSettings::default());
    assert_eq!(unmet.len(), 1);
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A15));
    assert!(unmet[0].message(Lang::Zh).contains(B));
}

#[test]
fn art_12_post_subsidy_needs_the_verified_benefit_figure() {
    let env = Env::new();
    let mut case = transformation();
    case.stage = Stage::Completed;
    let post = Tranche {
        kind: TrancheKind::PostSubsidy,
        ..tranche(100, "2028-12-10", "")
    };
    assert!(check_tranche(&case, &post, &env.ctx("2028-12-10")).is_empty());
    case.acceptance.benefit = None;
    let unmet = check_tranche(&case, &post, &env.ctx("2028-12-10"));
    assert_eq!(unmet.len(), 1);
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A12));
    assert!(unmet[0].message(Lang::Zh).contains("经认定的经济效益"));
}

#[test]
fn art_9_7_each_selected_taker_signs_its_own_agreement_and_task_book() {
    let env = Env::new();
    let mut case = racing();
    assert_eq!(
        check_move(&case, Stage::Implementing, &env.ctx("2026-10-12")),
        Ok(Move::Forward)
    );
    case.takers[1].plan.agreement_signed = None;
    case.takers[1].plan.task_book_signed = None;
    let Err(Refusal::Unmet(unmet)) = check_move(&case, Stage::Implementing, &env.ctx("2026-10-12"))
    else {
        panic!("a racing taker without signatures may not start");
    };
    assert_eq!(
        texts(&unmet),
        vec![
            format!(
                "第九条(七): 揭榜方「{B}」: 公示无异议后须签订揭榜协议（技术合同）, 尚未记录签订日期"
            ),
            format!("第九条(七): 揭榜方「{B}」: 须与自治区科技厅签订任务书, 尚未记录签订日期"),
        ]
    );
    // The case-level dates do not stand in for a racing taker's own.
    assert!(case.plan.agreement_signed.is_some());
}

#[test]
fn art_10_and_15_a_tranche_names_a_taker_still_running() {
    let env = Env::new();
    let mut case = racing();
    case.stage = Stage::Implementing;
    let unmet = check_tranche(
        &case,
        &tranche(10, "2027-01-01", "不存在的单位"),
        &env.ctx("2027-01-01"),
    );
    assert_eq!(unmet[0].rule.source(), Source::Fact);
    case.takers[1].status = TakerStatus::Eliminated;
    case.takers[1].gate = Some(StageGate {
        date: Some(d("2027-11-01")),
        result: GateResult::Eliminated,
        reason: "阶段指标未达成".into(),
    });
    let ctx = env.ctx("2027-12-01");
    assert!(check_tranche(&case, &tranche(10, "2027-10-31", B), &ctx).is_empty());
    let unmet = check_tranche(&case, &tranche(10, "2027-11-01", B), &ctx);
    assert_eq!(
        texts(&unmet),
        vec![format!(
            "本厅规定: 揭榜方「{B}」已于 2027-11-01 淘汰，不再拨付资金"
        )]
    );
}

#[test]
fn art_13_acceptance_waits_for_the_midterm_check_and_its_rectification() {
    let env = Env::new();
    let mut case = breakthrough();
    case.stage = Stage::Implementing;
    let ctx = env.ctx("2029-11-02");
    let Err(Refusal::Unmet(unmet)) = check_move(&case, Stage::Accepting, &ctx) else {
        panic!("a project due a mid-term check goes to acceptance only after it");
    };
    assert_eq!(
        texts(&unmet),
        vec!["本厅规定(中期检查最低补助): 中期检查尚未进行（应于 2028-05-02 前）".to_string()]
    );
    case.midterm.held_on = Some(d("2028-05-06"));
    case.midterm.verdict = Some(MidtermVerdict::Rectify);
    case.midterm.rectify_by = Some(d("2028-08-06"));
    let unmet = check_midterm(&case, &env.settings);
    assert_eq!(unmet[0].rule.source(), Source::from(Policy::Midterm));
    // Pre-funding is held too while the rectification is open.
    let t = tranche(10, "2028-06-01", "");
    let refused = check_tranche(&case, &t, &env.ctx("2028-06-01"));
    assert!(
        texts(&refused).iter().any(|m| m.contains("暂停拨付")),
        "{refused:?}"
    );
    case.midterm.rectified_on = Some(d("2028-07-30"));
    assert_eq!(check_move(&case, Stage::Accepting, &ctx), Ok(Move::Forward));
    assert!(check_tranche(&case, &t, &env.ctx("2028-06-01")).is_empty());
}
