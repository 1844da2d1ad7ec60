//! 第十五条: 技术攻关类 run at most three years, 成果转化类 two (configurable); an extension
//! needs a reason, both parties' agreement and the department's approval, and is bounded in
//! number and length.

use chrono::{Datelike, Months, NaiveDate};

use super::RuleContext;
use super::settings::RuleSettings;
use super::unmet::{DatedEvent, Rule, Unmet};
use crate::domain::case::{Case, Extension};
use crate::domain::vocab::{Kind, Stage};

/// The latest end allowed for a start: periods are inclusive, so N years from 2026-01-01
/// end on 2028-12-31, the day before the anniversary (a start on 29 February has its
/// anniversary on 1 March).
pub fn latest_end(kind: Kind, start: NaiveDate, settings: &RuleSettings) -> Option<NaiveDate> {
    let months = Months::new(settings.max_years(kind).saturating_mul(12));
    let leap_day = start.month() == 2 && start.day() == 29;
    let anniversary = if leap_day {
        start.succ_opt()?.checked_add_months(months)?
    } else {
        start.checked_add_months(months)?
    };
    anniversary.pred_opt()
}

/// Start and end recorded, in order, and no longer than the kind allows.
pub fn check_duration(case: &Case, settings: &RuleSettings) -> Vec<Unmet> {
    check_period(case.kind, case.plan.start, case.plan.end, settings)
}

/// The checks of [`check_duration`] on any period (a 赛马 taker's own, too).
pub fn check_period(
    kind: Kind,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    settings: &RuleSettings,
) -> Vec<Unmet> {
    let (start, end) = match (start, end) {
        (Some(s), Some(e)) => (s, e),
        (s, e) => {
            return vec![
                Rule::PlanDatesMissing {
                    start: s.is_none(),
                    end: e.is_none(),
                }
                .into(),
            ];
        }
    };
    if end < start {
        return vec![Rule::PlanEndBeforeStart { start, end }.into()];
    }
    match latest_end(kind, start, settings) {
        Some(latest) if end <= latest => vec![],
        latest => vec![
            Rule::DurationTooLong {
                kind,
                start,
                end,
                max_years: settings.max_years(kind),
                latest: latest.unwrap_or(NaiveDate::MAX),
            }
            .into(),
        ],
    }
}

/// A proposed extension `e`, not yet on the case.
pub fn check_extension(case: &Case, e: &Extension, ctx: &RuleContext) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::new();
    if case.stage != Stage::Implementing {
        out.push(Rule::ExtensionStage { stage: case.stage }.into());
    }
    out.extend(extension_rules(case, &case.extensions, e, ctx.settings));
    out
}

/// The approved extensions on record, each against the ones granted before it. A request
/// not (yet) approved extends nothing and breaks nothing.
pub fn check_recorded_extensions(case: &Case, ctx: &RuleContext) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::new();
    for (i, e) in case.extensions.iter().enumerate() {
        if e.approved {
            out.extend(extension_rules(
                case,
                &case.extensions[..i],
                e,
                ctx.settings,
            ));
        }
        if e.requested_on > ctx.today {
            out.push(
                Rule::DateInFuture {
                    what: DatedEvent::Extension,
                    date: e.requested_on,
                    today: ctx.today,
                }
                .into(),
            );
        }
    }
    out
}

/// The end in force before `prior` extensions and `e`: the last approved one's, else the plan.
fn end_before(case: &Case, prior: &[Extension]) -> Option<NaiveDate> {
    prior
        .iter()
        .filter(|x| x.approved)
        .map(|x| x.new_end)
        .next_back()
        .or(case.plan.end)
}

fn extension_rules(
    case: &Case,
    prior: &[Extension],
    e: &Extension,
    s: &RuleSettings,
) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::new();
    match end_before(case, prior) {
        None => out.push(
            Rule::PlanDatesMissing {
                start: case.plan.start.is_none(),
                end: true,
            }
            .into(),
        ),
        Some(current_end) if e.new_end <= current_end => out.push(
            Rule::ExtensionNotLater {
                current_end,
                new_end: e.new_end,
            }
            .into(),
        ),
        Some(_) => {}
    }
    if e.reason.trim().is_empty() {
        out.push(Rule::ExtensionNoReason.into());
    }
    if !e.both_agreed {
        out.push(Rule::ExtensionNotAgreed.into());
    }
    if !e.approved {
        out.push(Rule::ExtensionNotApproved.into());
    }
    let granted = prior.iter().filter(|x| x.approved).count();
    if granted >= s.max_extensions as usize {
        out.push(
            Rule::ExtensionCount {
                max: s.max_extensions,
            }
            .into(),
        );
    }
    if let Some(original_end) = case.plan.end {
        let latest = original_end
            .checked_add_months(Months::new(s.max_extension_months))
            .unwrap_or(NaiveDate::MAX);
        if e.new_end > latest {
            out.push(
                Rule::ExtensionTooLong {
                    original_end,
                    new_end: e.new_end,
                    max_months: s.max_extension_months,
                    latest,
                }
                .into(),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::fixtures::*;

    #[test]
    fn art_15_transformation_exactly_two_years_allowed_one_day_more_refused() {
        let s = RuleSettings::default();
        let mut case = transformation();
        case.plan.start = Some(d("2026-03-15"));
        case.plan.end = Some(d("2028-03-14"));
        assert!(check_duration(&case, &s).is_empty());
        case.plan.end = Some(d("2028-03-15"));
        assert!(matches!(
            check_duration(&case, &s)[..],
            [Unmet {
                rule: Rule::DurationTooLong { max_years: 2, .. }
            }]
        ));
    }

    #[test]
    fn art_15_leap_day_start_ends_on_28_february() {
        let s = RuleSettings::default();
        assert_eq!(
            latest_end(Kind::Transformation, d("2028-02-29"), &s),
            Some(d("2030-02-28"))
        );
        assert_eq!(
            latest_end(Kind::Transformation, d("2026-03-01"), &s),
            Some(d("2028-02-29"))
        );
    }

    #[test]
    fn art_15_dates_required_and_ordered() {
        let s = RuleSettings::default();
        let mut case = breakthrough();
        case.plan.end = None;
        assert_eq!(
            check_duration(&case, &s),
            vec![
                Rule::PlanDatesMissing {
                    start: false,
                    end: true
                }
                .into()
            ]
        );
        case.plan.end = Some(d("2026-10-01"));
        assert!(matches!(
            check_duration(&case, &s)[..],
            [Unmet {
                rule: Rule::PlanEndBeforeStart { .. }
            }]
        ));
    }

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
    fn art_15_extension_needs_reason_agreement_approval_and_a_later_end() {
        let env = Env::new();
        let ctx = env.ctx("2029-06-02");
        let mut case = breakthrough();
        case.stage = Stage::Implementing;
        let bad = Extension {
            reason: " ".into(),
            both_agreed: false,
            approved: false,
            ..ext("2029-10-01")
        };
        let rules: Vec<Rule> = check_extension(&case, &bad, &ctx)
            .into_iter()
            .map(|u| u.rule)
            .collect();
        assert_eq!(
            rules,
            vec![
                Rule::ExtensionNotLater {
                    current_end: d("2029-11-01"),
                    new_end: d("2029-10-01")
                },
                Rule::ExtensionNoReason,
                Rule::ExtensionNotAgreed,
                Rule::ExtensionNotApproved,
            ]
        );
        case.stage = Stage::Accepting;
        assert_eq!(
            check_extension(&case, &ext("2030-01-01"), &ctx),
            vec![
                Rule::ExtensionStage {
                    stage: Stage::Accepting
                }
                .into()
            ]
        );
    }
}
