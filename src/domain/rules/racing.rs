//! 赛马制 rules: every selected taker signs its own agreement and task book before
//! implementation (第九条(七)) and keeps within the period limit (第十五条); the subsidy caps
//! of 第十一条 stay per case, over all takers (the tranche check sums every tranche); a
//! tranche may not pay an eliminated taker after its elimination (funding stops, 第十五条);
//! and a case whose takers were all eliminated cannot go to acceptance.

use super::duration::check_period;
use super::record_rule::RecordRule;
use super::settings::RuleSettings;
use super::unmet::{Rule, Unmet};
use crate::domain::case::{Case, Taker, Tranche};

fn for_taker(t: &Taker, rule: Rule) -> Unmet {
    Rule::ForTaker {
        taker: t.org.name.clone(),
        rule: Box::new(rule),
    }
    .into()
}

/// → 项目实施 on a 赛马 case: each selected taker's own signatures.
pub fn check_taker_signatures(case: &Case) -> Vec<Unmet> {
    let mut out = Vec::new();
    for t in case.selected_takers() {
        if t.plan.agreement_signed.is_none() {
            out.push(for_taker(t, Rule::AgreementNotSigned));
        }
        if t.plan.task_book_signed.is_none() {
            out.push(for_taker(t, Rule::TaskBookNotSigned));
        }
    }
    out
}

/// → 项目实施 on a 赛马 case: each selected taker's period (its own dates, else the case's)
/// within the limit of 第十五条.
pub fn check_racing_duration(case: &Case, settings: &RuleSettings) -> Vec<Unmet> {
    if !case.is_racing() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for t in case.selected_takers() {
        let start = t.plan.start.or(case.plan.start);
        let end = t.plan.end.or(case.plan.end);
        for u in check_period(case.kind, start, end, settings) {
            out.push(for_taker(t, u.rule));
        }
    }
    out
}

/// → 验收: a case that raced must still have a selected taker.
pub fn check_active(case: &Case) -> Vec<Unmet> {
    let raced = case.takers.iter().any(|t| t.gate.is_some());
    if raced && case.selected_takers().next().is_none() {
        return vec![Rule::Record(RecordRule::NoActiveTaker).into()];
    }
    Vec::new()
}

/// A proposed tranche against the stage records: the taker it names, a 限期整改 in
/// progress, and for 成果转化类 the verified benefit figure (第十二条).
pub fn check_tranche_records(case: &Case, t: &Tranche) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::new();
    let mut push = |r: RecordRule| out.push(Rule::Record(r).into());
    if !t.taker.trim().is_empty() {
        match case.taker_named(&t.taker) {
            None => push(RecordRule::TrancheUnknownTaker {
                taker: t.taker.clone(),
            }),
            Some(taker) => {
                if let Some(since) = taker.eliminated_since()
                    && since.is_none_or(|d| t.date >= d)
                {
                    push(RecordRule::TrancheToEliminated {
                        taker: taker.org.name.clone(),
                        since,
                    });
                }
            }
        }
    }
    // A tranche paid before the check that ordered the rectification was not held back.
    let after_check = case.midterm.held_on.is_none_or(|held| t.date >= held);
    if case.midterm.rectification_open() && after_check {
        push(RecordRule::TrancheDuringRectification {
            by: case.midterm.rectify_by,
        });
    }
    if case.kind == crate::domain::Kind::Transformation
        && case.acceptance.benefit_verified
        && case.acceptance.benefit.is_none()
    {
        push(RecordRule::BenefitAmountMissing);
    }
    out
}

#[cfg(test)]
#[path = "racing_tests.rs"]
mod tests;
