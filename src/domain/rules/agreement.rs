//! The 揭榜协议 and 任务书 (第九条(七), 第十四条, 第十五条): signed after a publicity that
//! ended without an open objection, stating 产权归属 and 利益分配, and — once implementation
//! began — keeping their period except through an extension.

use chrono::NaiveDate;

use super::RuleContext;
use super::publicity::publicity_end;
use super::unmet::{DatedEvent, Rule, Unmet};
use crate::domain::case::{Case, Plan};

/// The plans that carry signatures: each selected taker's on a 赛马 case, else the case's.
fn signed_plans(case: &Case) -> Vec<&Plan> {
    if case.is_racing() {
        case.selected_takers().map(|t| &t.plan).collect()
    } else {
        vec![&case.plan]
    }
}

/// 第九条(七): each signature dated after the publicity's last day, and not before an
/// accepted objection was resolved.
pub fn check_signing_order(case: &Case, ctx: &RuleContext) -> Vec<Unmet> {
    let Some(start) = case.publicity.start else {
        return Vec::new();
    };
    let end = publicity_end(start, ctx.calendar, ctx.settings).date;
    let resolved_last: Option<NaiveDate> = case
        .publicity
        .objections
        .iter()
        .filter(|o| o.accepted)
        .filter_map(|o| o.resolved)
        .max();
    let mut out: Vec<Unmet> = Vec::new();
    for plan in signed_plans(case) {
        for (what, date) in [
            (DatedEvent::AgreementSigned, plan.agreement_signed),
            (DatedEvent::TaskBookSigned, plan.task_book_signed),
        ] {
            let Some(date) = date else { continue };
            if date <= end {
                out.push(
                    Rule::SignedDuringPublicity {
                        what,
                        date,
                        start,
                        end,
                    }
                    .into(),
                );
            } else if let Some(resolved) = resolved_last.filter(|r| date < *r) {
                out.push(
                    Rule::SignedBeforeObjectionResolved {
                        what,
                        date,
                        resolved,
                    }
                    .into(),
                );
            }
        }
    }
    out
}

/// 第九条(七): an objection accepted for handling was received during the publicity.
pub fn check_objection_dates(case: &Case, ctx: &RuleContext) -> Vec<Unmet> {
    let Some(start) = case.publicity.start else {
        return Vec::new();
    };
    let end = publicity_end(start, ctx.calendar, ctx.settings).date;
    case.publicity
        .objections
        .iter()
        .filter(|o| o.accepted && (o.received < start || o.received > end))
        .map(|o| {
            Rule::ObjectionOutsidePublicity {
                by: o.by.clone(),
                received: o.received,
                start,
                end,
            }
            .into()
        })
        .collect()
}

/// 第十四条: the agreement states 产权归属 and 利益分配.
pub fn check_agreement_terms(case: &Case) -> Vec<Unmet> {
    let own = case.selected_takers().next().map(|t| &t.plan);
    let stated = |f: fn(&Plan) -> &str| {
        !f(&case.plan).trim().is_empty() || own.is_some_and(|p| !f(p).trim().is_empty())
    };
    let ip = stated(|p| p.ip_ownership.as_str());
    let benefit = stated(|p| p.benefit_sharing.as_str());
    if ip && benefit {
        return Vec::new();
    }
    vec![
        Rule::AgreementTermsMissing {
            ip_ownership: !ip,
            benefit_sharing: !benefit,
        }
        .into(),
    ]
}

/// 第十五条: during implementation the period is the one the case entered with; a later
/// end comes only through an extension.
pub fn check_plan_unchanged(case: &Case) -> Vec<Unmet> {
    let Some(base) = case.plan_baseline else {
        return Vec::new();
    };
    if base.start == case.plan.start && base.end == case.plan.end {
        return Vec::new();
    }
    vec![
        Rule::PlanChangedWithoutExtension {
            was: (base.start, base.end),
            now: (case.plan.start, case.plan.end),
        }
        .into(),
    ]
}

#[cfg(test)]
#[path = "agreement_tests.rs"]
mod tests;
