//! Every rule that holds for a case as it is: the single entry point every write calls
//! before and after it changes a case (a write may not make a met rule unmet).
//!
//! A rule that guards entry into a stage holds at that stage and every later one; a rule
//! that is only about *moving* (publicity over, signatures recorded) is the entry condition
//! of the next stage and so is not reported while the case still waits in the stage before.
//! Records (tranches, extensions, acceptance, termination) are checked as they were made.

use super::RuleContext;
use super::unmet::{Rule, Unmet};
use crate::domain::case::Case;
use crate::domain::vocab::Stage;

/// How far along the main line the rules reach for a case at `stage`. A terminated case
/// was implementing; a rejected or withdrawn one may have left from anywhere, so only the
/// rules that hold at every stage apply to it.
fn reached(stage: Stage) -> Stage {
    match stage {
        Stage::Terminated => Stage::Implementing,
        Stage::Rejected | Stage::Withdrawn => Stage::Collecting,
        s => s,
    }
}

fn from(stage: Stage, level: Stage) -> bool {
    match (stage.position(), level.position()) {
        (Some(a), Some(b)) => b >= a,
        _ => false,
    }
}

/// The unmet rules of `case` at its current stage, each citing its source. Pure and cheap:
/// it runs inside every write transaction.
pub fn check_case(case: &Case, ctx: &RuleContext) -> Vec<Unmet> {
    let level = reached(case.stage);
    let mut out: Vec<Unmet> = Vec::new();
    if from(Stage::Published, level) {
        out.extend(super::check_publish(case));
        out.extend(super::check_need_review(case, ctx.settings));
    }
    if from(Stage::Applying, level) {
        out.extend(super::check_integrity(case, ctx.blacklist));
    }
    if from(Stage::Reviewing, level) {
        out.extend(without_raced_empties(case, super::check_for_review(case)));
    }
    if from(Stage::Matching, level) {
        out.extend(without_raced_empties(case, super::check_for_matching(case)));
        out.extend(super::check_taker_review(case, ctx.settings));
    }
    if from(Stage::Implementing, level) {
        out.extend(super::check_publicity(case, ctx));
        out.extend(super::check_signatures(case));
        out.extend(super::check_duration(case, ctx.settings));
        out.extend(super::check_racing_duration(case, ctx.settings));
    }
    if from(Stage::Accepting, level) {
        out.extend(super::check_midterm(case, ctx.settings));
        out.extend(super::check_active(case));
    }
    if case.stage == Stage::Completed {
        out.extend(super::check_completion(case));
    }
    if case.stage == Stage::Terminated {
        out.extend(super::check_termination(case));
    }
    out.extend(super::check_recorded_tranches(case, ctx));
    out.extend(super::check_recorded_extensions(case, ctx));
    dedup(out)
}

/// A 赛马 case whose takers were eliminated along the way no longer has an applicant or a
/// recommended taker; that is what racing does, not a breach (→ 验收 says it instead).
fn without_raced_empties(case: &Case, unmet: Vec<Unmet>) -> Vec<Unmet> {
    let raced = case.takers.iter().any(|t| t.gate.is_some());
    unmet
        .into_iter()
        .filter(|u| !(raced && matches!(u.rule, Rule::NoApplicant | Rule::NoRecommended)))
        .collect()
}

/// The same condition reached through two stages (the same-unit rule at 评审推荐 and 组织对接)
/// is reported once.
fn dedup(list: Vec<Unmet>) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::with_capacity(list.len());
    for u in list {
        if !out.contains(&u) {
            out.push(u);
        }
    }
    out
}

#[cfg(test)]
#[path = "invariants_tests.rs"]
mod tests;
