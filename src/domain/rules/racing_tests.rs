//! 赛马制 and the rules that read the mid-term check and acceptance records, down to a
//! two-taker case carried through implementation.

use super::*;
use crate::domain::money::Yuan;
use crate::domain::records::{GateResult, MidtermVerdict, StageGate};
use crate::domain::rules::fixtures::*;
use crate::domain::rules::{Article, Policy, Source};
use crate::domain::rules::{check_tranche, subsidy_calc};
use crate::domain::vocab::{Stage, TakerStatus};
use crate::domain::workflow::{Move, apply_move, check_move};

#[test]
fn art_11_caps_apply_to_the_case_total_over_all_takers() {
    let env = Env::new();
    let mut case = racing();
    case.stage = Stage::Implementing;
    // 3200万 × 30% = 960万 for the case, however many takers.
    case.tranches
        .push(tranche(500, "2026-12-01", "北京稀土材料研究院"));
    assert!(
        check_tranche(
            &case,
            &tranche(460, "2026-12-01", B),
            &env.ctx("2026-12-01")
        )
        .is_empty()
    );
    let unmet = check_tranche(
        &case,
        &tranche(461, "2026-12-01", B),
        &env.ctx("2026-12-01"),
    );
    assert_eq!(unmet.len(), 1);
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A11));
    assert_eq!(subsidy_calc(&case, &env.settings).paid, Yuan::from_wan(500));
}

/// Two takers race from publicity to completion: one eliminated at the stage gate keeps
/// its agreement, gate and tranches; the other completes.
#[test]
fn a_two_taker_race_through_implementation() {
    let env = Env::new();
    let mut case = racing();
    let a = case.takers[0].org.name.clone();
    let today = d("2026-10-12");
    check_move(&case, Stage::Implementing, &env.ctx("2026-10-12")).unwrap();
    apply_move(&mut case, Stage::Implementing, today);

    // Each taker is paid its first tranche after the issuer's first payment.
    for (name, date) in [(a.as_str(), "2026-11-20"), (B, "2026-11-21")] {
        let t = tranche(300, date, name);
        let unmet = check_tranche(&case, &t, &env.ctx(date));
        assert!(unmet.is_empty(), "{unmet:?}");
        case.tranches.push(t);
    }
    // The stage gate keeps A and eliminates B.
    case.takers[0].gate = Some(StageGate {
        date: Some(d("2027-11-01")),
        result: GateResult::Continue,
        reason: String::new(),
    });
    case.takers[1].gate = Some(StageGate {
        date: Some(d("2027-11-01")),
        result: GateResult::Eliminated,
        reason: "中试指标未达到任务书要求".into(),
    });
    case.takers[1].status = TakerStatus::Eliminated;
    assert!(crate::domain::validate::validate_case(&case).is_empty());
    let ctx = env.ctx("2027-12-01");
    assert!(!check_tranche(&case, &tranche(100, "2027-12-01", B), &ctx).is_empty());
    let t = tranche(300, "2027-12-01", &a);
    assert!(check_tranche(&case, &t, &ctx).is_empty());
    case.tranches.push(t);

    // Mid-term check, then acceptance and completion.
    case.midterm.held_on = Some(d("2028-05-02"));
    case.midterm.verdict = Some(MidtermVerdict::Qualified);
    let ctx = env.ctx("2029-11-02");
    assert_eq!(check_move(&case, Stage::Accepting, &ctx), Ok(Move::Forward));
    apply_move(&mut case, Stage::Accepting, d("2029-11-02"));
    case.acceptance.date = Some(d("2029-12-01"));
    case.acceptance.verdict = Some(crate::domain::Verdict::Passed);
    let ctx = env.ctx("2029-12-02");
    assert_eq!(check_move(&case, Stage::Completed, &ctx), Ok(Move::Forward));
    apply_move(&mut case, Stage::Completed, d("2029-12-02"));

    // B's history is all still there.
    let b = case.taker_named(B).unwrap();
    assert_eq!(b.status, TakerStatus::Eliminated);
    assert_eq!(b.plan.agreement_signed, Some(d("2026-10-20")));
    assert_eq!(b.gate.as_ref().unwrap().reason, "中试指标未达到任务书要求");
    assert_eq!(case.tranches.iter().filter(|t| t.taker == B).count(), 1);
    assert_eq!(case.subsidy_paid(), Yuan::from_wan(900));
    assert_eq!(case.stage, Stage::Completed);
}

#[test]
fn art_15_a_race_with_every_taker_eliminated_cannot_go_to_acceptance() {
    let mut case = racing();
    case.stage = Stage::Implementing;
    for t in &mut case.takers {
        t.status = TakerStatus::Eliminated;
        t.gate = Some(StageGate {
            date: Some(d("2027-11-01")),
            result: GateResult::Eliminated,
            reason: "未达标".into(),
        });
    }
    let unmet = check_active(&case);
    assert_eq!(
        unmet[0].rule.source(),
        Source::from(Policy::Racing),
        "赛马制 is not in the measures"
    );
    assert!(check_active(&breakthrough()).is_empty());
}
