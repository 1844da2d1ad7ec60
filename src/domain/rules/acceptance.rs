//! 第十三条: a project is closed (结项) only after its acceptance (验收) is passed; an
//! acceptance is dated, not before the project started, and not in the future.

use super::RuleContext;
use super::unmet::{DatedEvent, Rule, Unmet};
use crate::domain::case::Case;
use crate::domain::vocab::Verdict;

pub fn check_completion(case: &Case) -> Vec<Unmet> {
    match case.acceptance.verdict {
        Some(Verdict::Passed) => vec![],
        verdict => vec![Rule::AcceptanceNotPassed { verdict }.into()],
    }
}

/// The acceptance record, whenever one is on the case.
pub fn check_acceptance_dates(case: &Case, ctx: &RuleContext) -> Vec<Unmet> {
    let a = &case.acceptance;
    let Some(date) = a.date else {
        return if a.verdict.is_some() {
            vec![Rule::AcceptanceUndated.into()]
        } else {
            Vec::new()
        };
    };
    let mut out: Vec<Unmet> = Vec::new();
    if let Some(start) = case.plan.start.filter(|s| date < *s) {
        out.push(Rule::AcceptanceBeforeStart { start, date }.into());
    }
    if date > ctx.today {
        out.push(
            Rule::DateInFuture {
                what: DatedEvent::Acceptance,
                date,
                today: ctx.today,
            }
            .into(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::fixtures::*;

    #[test]
    fn acceptance_dated_between_the_start_and_today() {
        let env = Env::new();
        let mut case = transformation(); // starts 2026-11-02, accepted 2028-12-01
        assert!(check_acceptance_dates(&case, &env.ctx("2028-12-01")).is_empty());
        let future = check_acceptance_dates(&case, &env.ctx("2028-11-30"));
        assert!(matches!(
            future[..],
            [Unmet {
                rule: Rule::DateInFuture {
                    what: DatedEvent::Acceptance,
                    ..
                }
            }]
        ));
        case.acceptance.date = Some(d("2026-11-01"));
        let before = check_acceptance_dates(&case, &env.ctx("2028-12-01"));
        assert!(matches!(
            before[..],
            [Unmet {
                rule: Rule::AcceptanceBeforeStart { .. }
            }]
        ));
        case.acceptance.date = None;
        assert_eq!(
            check_acceptance_dates(&case, &env.ctx("2028-12-01")),
            vec![Rule::AcceptanceUndated.into()]
        );
    }
}
