//! 第九条(七): the agreement is published (公示) for a number of working days; only without
//! an open objection are the agreement and the task book signed and implementation begins.

use super::RuleContext;
use super::settings::RuleSettings;
use super::unmet::{Rule, Unmet};
use crate::domain::calendar::{Calendar, WorkingDate};
use crate::domain::case::Case;
use chrono::NaiveDate;

/// The last day of publicity starting on `start`.
pub fn publicity_end(
    start: NaiveDate,
    calendar: &Calendar,
    settings: &RuleSettings,
) -> WorkingDate {
    calendar.period_end(start, settings.publicity_working_days)
}

/// Publicity has started, its last day is before today, and no accepted objection is open.
pub fn check_publicity(case: &Case, ctx: &RuleContext) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::new();
    match case.publicity.start {
        None => out.push(Rule::PublicityNotStarted.into()),
        Some(start) => {
            let end = publicity_end(start, ctx.calendar, ctx.settings);
            if end.date >= ctx.today {
                out.push(
                    Rule::PublicityNotOver {
                        start,
                        end: end.date,
                        days: ctx.settings.publicity_working_days,
                        unknown_years: ctx.calendar.unknown_years(start, end.date),
                    }
                    .into(),
                );
            }
        }
    }
    let open: Vec<&str> = case
        .publicity
        .objections
        .iter()
        .filter(|o| o.is_open())
        .map(|o| o.by.as_str())
        .collect();
    if !open.is_empty() {
        out.push(
            Rule::OpenObjections {
                count: open.len(),
                by: open.join(", "),
            }
            .into(),
        );
    }
    out
}

/// The agreement (揭榜协议/技术合同) and the task book (任务书) are signed: on a 赛马 case
/// by every selected taker; otherwise on the case, or by its one selected taker.
pub fn check_signatures(case: &Case) -> Vec<Unmet> {
    if case.is_racing() {
        return super::racing::check_taker_signatures(case);
    }
    let own = case.selected_takers().next().map(|t| &t.plan);
    let mut out: Vec<Unmet> = Vec::new();
    if case
        .plan
        .agreement_signed
        .or(own.and_then(|p| p.agreement_signed))
        .is_none()
    {
        out.push(Rule::AgreementNotSigned.into());
    }
    if case
        .plan
        .task_book_signed
        .or(own.and_then(|p| p.task_book_signed))
        .is_none()
    {
        out.push(Rule::TaskBookNotSigned.into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::rules::fixtures::*;

    #[test]
    fn art_9_7_publicity_not_started() {
        let env = Env::new();
        let mut case = breakthrough();
        case.publicity.start = None;
        assert_eq!(
            check_publicity(&case, &env.ctx("2026-12-01")),
            vec![Rule::PublicityNotStarted.into()]
        );
    }

    #[test]
    fn art_9_7_agreement_and_task_book_dates_recorded() {
        let mut case = breakthrough();
        assert!(check_signatures(&case).is_empty());
        case.plan.agreement_signed = None;
        case.plan.task_book_signed = None;
        assert_eq!(
            check_signatures(&case),
            vec![
                Rule::AgreementNotSigned.into(),
                Rule::TaskBookNotSigned.into()
            ]
        );
    }
}
