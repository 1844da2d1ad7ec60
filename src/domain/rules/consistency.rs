//! Facts of the data itself, at every stage: a part of a headcount is not larger than the
//! whole, and a date recording something done (a registration, a signature, a payment) is
//! not after today. And one warning that refuses nothing: a registered region that the
//! credit code's division (positions 3–8) contradicts.

use chrono::NaiveDate;

use super::RuleContext;
use super::unmet::{DatedEvent, Headcount, Party, Rule, Unmet};
use crate::domain::case::Case;
use crate::domain::credit_code;
use crate::domain::org::Org;
use crate::domain::region::region_in_text;

/// Every organisation on the case with its side: issuer, takers, consortium members.
pub fn parties(case: &Case) -> impl Iterator<Item = (Party, &Org)> {
    std::iter::once((Party::Issuer, &case.issuer)).chain(case.takers.iter().flat_map(|t| {
        std::iter::once((Party::Taker, &t.org))
            .chain(t.consortium.iter().map(|m| (Party::Member, m)))
    }))
}

fn for_org(party: Party, org: &Org, rule: Rule) -> Unmet {
    Rule::ForOrg {
        party,
        name: org.name.clone(),
        rule: Box::new(rule),
    }
    .into()
}

fn future(what: DatedEvent, date: Option<NaiveDate>, today: NaiveDate) -> Option<Rule> {
    date.filter(|d| *d > today)
        .map(|date| Rule::DateInFuture { what, date, today })
}

/// 本科以上 and 研发 staff within 总人数; 注册时间 not after today.
fn org_rules(party: Party, org: &Org, today: NaiveDate, out: &mut Vec<Unmet>) {
    if let Some(total) = org.staff_total {
        for (which, part) in [
            (Headcount::Bachelor, org.staff_bachelor),
            (Headcount::Rd, org.staff_rd),
        ] {
            if let Some(count) = part.filter(|c| *c > total) {
                out.push(for_org(
                    party,
                    org,
                    Rule::HeadcountOver {
                        which,
                        count,
                        total,
                    },
                ));
            }
        }
    }
    if let Some(r) = future(DatedEvent::Registration, org.registered_on, today) {
        out.push(for_org(party, org, r));
    }
}

/// The data facts of the whole case (acceptance, termination and tranche dates are checked
/// with their records).
pub fn check_consistency(case: &Case, ctx: &RuleContext) -> Vec<Unmet> {
    let today = ctx.today;
    let mut out: Vec<Unmet> = Vec::new();
    for (party, org) in parties(case) {
        org_rules(party, org, today, &mut out);
    }
    let plans = std::iter::once(&case.plan).chain(case.takers.iter().map(|t| &t.plan));
    for plan in plans {
        let dated = [
            (DatedEvent::AgreementSigned, plan.agreement_signed),
            (DatedEvent::TaskBookSigned, plan.task_book_signed),
        ];
        out.extend(
            dated
                .into_iter()
                .filter_map(|(what, date)| future(what, date, today))
                .map(Unmet::from),
        );
    }
    let records = [(DatedEvent::FirstPayment, case.amounts.issuer_first_payment)]
        .into_iter()
        .chain(
            case.publicity
                .objections
                .iter()
                .flat_map(|o| [Some(o.received), o.resolved])
                .map(|d| (DatedEvent::Objection, d)),
        )
        .chain(case.reviews.iter().map(|r| (DatedEvent::Review, r.date)))
        .chain([(DatedEvent::Midterm, case.midterm.held_on)]);
    for (what, date) in records {
        if let Some(r) = future(what, date, today) {
            out.push(r.into());
        }
    }
    out
}

/// Advisory only, never a refusal: organisations whose registered region names a place the
/// credit code's division contradicts (a code of 包头 on a unit registered in 鄂尔多斯).
pub fn check_warnings(case: &Case) -> Vec<Unmet> {
    parties(case)
        .filter_map(|(party, org)| region_mismatch(org).map(|r| for_org(party, org, r)))
        .collect()
}

fn region_mismatch(org: &Org) -> Option<Rule> {
    let code = credit_code::normalize(&org.credit_code);
    credit_code::check(&code).ok()?;
    let division = credit_code::division(&code)?.to_string();
    let region = org.region.trim();
    if region.is_empty() {
        return None;
    }
    let agrees = match region_in_text(region) {
        // The region as a whole names only the province part of a division.
        Some("150000") => division.starts_with("15"),
        Some(named) => division[..4] == named[..4],
        // A place outside the region: only a code of the region contradicts it.
        None => !division.starts_with("15"),
    };
    (!agrees).then(|| Rule::RegionCodeMismatch {
        region: region.to_string(),
        division,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::fixtures::*;

    #[test]
    fn dates_of_things_done_are_not_in_the_future() {
        let env = Env::new();
        let mut case = breakthrough();
        case.issuer.registered_on = Some(d("2026-12-01"));
        assert!(check_consistency(&case, &env.ctx("2026-12-01")).is_empty());
        case.issuer.registered_on = Some(d("2026-12-02"));
        case.plan.task_book_signed = Some(d("2027-01-01"));
        let rules: Vec<Unmet> = check_consistency(&case, &env.ctx("2026-12-01"));
        assert_eq!(rules.len(), 2, "{rules:?}");
        assert!(matches!(
            rules[1].rule,
            Rule::DateInFuture {
                what: DatedEvent::TaskBookSigned,
                ..
            }
        ));
    }

    #[test]
    fn region_and_credit_code_division_disagreeing_is_a_warning() {
        let mut case = breakthrough();
        assert!(check_warnings(&case).is_empty(), "包头 code, 包头市");
        case.issuer.region = "鄂尔多斯市".into();
        let w = check_warnings(&case);
        assert!(
            matches!(&w[..], [Unmet { rule: Rule::ForOrg { party: Party::Issuer, rule, .. } }]
                if matches!(**rule, Rule::RegionCodeMismatch { .. })),
            "{w:?}"
        );
        case.issuer.region = "内蒙古自治区".into();
        assert!(check_warnings(&case).is_empty());
        // A Beijing unit with a Beijing code agrees; with a 包头 code it does not.
        case.takers[0].org.region = "北京市".into();
        assert!(check_warnings(&case).is_empty());
        case.takers[0].org.credit_code = code("91150200MA0N00003");
        assert_eq!(check_warnings(&case).len(), 1);
        // Without a valid code nothing is said.
        case.takers[0].org.credit_code = "91150200".into();
        assert!(check_warnings(&case).is_empty());
    }
}
