//! 第十五条: a project is terminated only for a reason, with the issuer's agreement and the
//! department's approval; once fiscal funds were paid, a special audit (专项审计) with its
//! date and conclusion precedes the recovery, and no more is recovered than was paid.

use super::RuleContext;
use super::unmet::{DatedEvent, Rule, Unmet};
use crate::domain::case::Case;
use crate::domain::money::Yuan;

pub fn check_termination(case: &Case, ctx: &RuleContext) -> Vec<Unmet> {
    let Some(t) = &case.termination else {
        return vec![Rule::TerminationNotRecorded.into()];
    };
    let mut out: Vec<Unmet> = Vec::new();
    let mut push = |r: Rule| out.push(r.into());
    if t.reason.trim().is_empty() {
        push(Rule::TerminationNoReason);
    }
    if !t.both_agreed {
        push(Rule::TerminationNotAgreed);
    }
    if !t.approved {
        push(Rule::TerminationNotApproved);
    }
    let paid = case.subsidy_paid();
    if paid > Yuan::ZERO && (t.audit_date.is_none() || t.audit_conclusion.trim().is_empty()) {
        push(Rule::TerminationNoAudit {
            paid,
            date: t.audit_date.is_none(),
            conclusion: t.audit_conclusion.trim().is_empty(),
        });
    }
    match t.recovered {
        None => push(Rule::TerminationNoRecovered),
        Some(recovered) if recovered > paid => push(Rule::RecoveredOverPaid { recovered, paid }),
        Some(_) => {}
    }
    if let (Some(end), Some(audit)) = (t.date, t.audit_date)
        && audit < end
    {
        push(Rule::AuditBeforeTermination {
            terminated: end,
            audit,
        });
    }
    for (what, date) in [
        (DatedEvent::Termination, t.date),
        (DatedEvent::Audit, t.audit_date),
    ] {
        if let Some(date) = date.filter(|d| *d > ctx.today) {
            push(Rule::DateInFuture {
                what,
                date,
                today: ctx.today,
            });
        }
    }
    out
}

/// The recovered amount on the case's money (amounts.recovered) is within what was paid.
pub fn check_recovered(case: &Case) -> Vec<Unmet> {
    let paid = case.subsidy_paid();
    let recovered = case.amounts.recovered;
    if recovered > paid {
        vec![Rule::RecoveredOverPaid { recovered, paid }.into()]
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::{Termination, Tranche};
    use crate::domain::rules::fixtures::*;
    use crate::domain::rules::{Article, Source};

    fn rules(case: &Case) -> Vec<Rule> {
        let env = Env::new();
        check_termination(case, &env.ctx("2028-06-01"))
            .into_iter()
            .map(|u| u.rule)
            .collect()
    }

    #[test]
    fn art_15_termination_records_reason_agreement_approval_and_recovered_amount() {
        let mut case = breakthrough();
        assert_eq!(rules(&case), vec![Rule::TerminationNotRecorded]);
        case.termination = Some(Termination::default());
        assert_eq!(
            rules(&case),
            vec![
                Rule::TerminationNoReason,
                Rule::TerminationNotAgreed,
                Rule::TerminationNotApproved,
                Rule::TerminationNoRecovered,
            ]
        );
        case.termination = Some(Termination {
            date: None,
            reason: "关键设备进口受限, 经双方协商一致终止".into(),
            recovered: Some(Yuan::ZERO),
            both_agreed: true,
            approved: true,
            ..Termination::default()
        });
        assert_eq!(rules(&case), vec![], "nothing paid: no audit needed");
        assert_eq!(
            Unmet::from(Rule::TerminationNoReason).rule.source(),
            Source::from(Article::A15)
        );
    }

    #[test]
    fn art_15_once_paid_a_special_audit_precedes_recovery_of_at_most_what_was_paid() {
        let mut case = breakthrough();
        case.tranches.push(Tranche {
            amount: Yuan::from_wan(300),
            date: d("2027-01-10"),
            ..Tranche::default()
        });
        case.termination = Some(Termination {
            date: Some(d("2028-03-01")),
            reason: "不可抗力".into(),
            recovered: Some(Yuan::from_wan(2000)),
            both_agreed: true,
            approved: true,
            ..Termination::default()
        });
        assert_eq!(
            rules(&case),
            vec![
                Rule::TerminationNoAudit {
                    paid: Yuan::from_wan(300),
                    date: true,
                    conclusion: true
                },
                Rule::RecoveredOverPaid {
                    recovered: Yuan::from_wan(2000),
                    paid: Yuan::from_wan(300)
                },
            ]
        );
        let t = case.termination.as_mut().unwrap();
        t.recovered = Some(Yuan::from_wan(300));
        t.audit_date = Some(d("2028-02-01"));
        t.audit_conclusion = "剩余资金 300 万元应予收回".into();
        assert!(matches!(
            rules(&case)[..],
            [Rule::AuditBeforeTermination { .. }]
        ));
        case.termination.as_mut().unwrap().audit_date = Some(d("2028-07-01"));
        assert!(matches!(
            rules(&case)[..],
            [Rule::DateInFuture {
                what: DatedEvent::Audit,
                ..
            }]
        ));
        case.termination.as_mut().unwrap().audit_date = Some(d("2028-05-01"));
        assert_eq!(rules(&case), vec![]);
    }
}
