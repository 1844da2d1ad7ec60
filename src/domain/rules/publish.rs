//! → 发布榜单: the form is complete (第九条(一)), the field is one of the five (征集函 一),
//! the issuer is identified by a valid credit code, and is the right kind of issuer:
//! 技术攻关类 an in-region enterprise (第五条), 成果转化类 the owner of the IP (第七条(一)).

use super::unmet::{Rule, Unmet};
use crate::domain::case::Case;
use crate::domain::credit_code;
use crate::domain::region::{is_enterprise, is_in_region};
use crate::domain::vocab::Kind;

pub fn check_publish(case: &Case) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::new();
    let required = [
        ("achievement.name", &case.achievement.name),
        ("issuer.name", &case.issuer.name),
        ("issuer.contact.name", &case.issuer.contact.name),
        ("issuer.contact.mobile", &case.issuer.contact.mobile),
        ("achievement.description", &case.achievement.description),
    ];
    let mut paths: Vec<&'static str> = required
        .iter()
        .filter(|(_, v)| v.trim().is_empty())
        .map(|(p, _)| *p)
        .collect();
    // 第九条(一): a 榜单 states its 时限要求 and 项目总投资.
    if case.achievement.suggested_period.trim().is_empty() {
        paths.push("achievement.suggested_period");
    }
    if case.achievement.estimated_investment.is_none() {
        paths.push("achievement.estimated_investment");
    }
    if !paths.is_empty() {
        out.push(Rule::MissingFields { paths }.into());
    }
    if case.field.is_none() {
        out.push(Rule::FieldNotChosen.into());
    }
    if let Err(error) = credit_code::check(&credit_code::normalize(&case.issuer.credit_code)) {
        out.push(Rule::IssuerCreditCode { error }.into());
    }
    match case.kind {
        Kind::Transformation => {
            if case.achievement.owns_ip != Some(true) {
                out.push(
                    Rule::IssuerLacksIp {
                        owns_ip: case.achievement.owns_ip,
                    }
                    .into(),
                );
            }
        }
        Kind::Breakthrough => {
            let in_region = is_in_region(&case.issuer);
            let enterprise = is_enterprise(&case.issuer);
            if !(in_region && enterprise) {
                out.push(
                    Rule::IssuerNotRegionalEnterprise {
                        in_region,
                        enterprise,
                    }
                    .into(),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::{Article, Source};

    use crate::domain::rules::fixtures::*;
    use crate::domain::vocab::OrgType;

    #[test]
    fn complete_cases_of_both_kinds_may_be_published() {
        assert_eq!(check_publish(&breakthrough()), vec![]);
        assert_eq!(check_publish(&transformation()), vec![]);
    }

    #[test]
    fn call_1_field_must_be_chosen() {
        let mut case = breakthrough();
        case.field = None;
        let unmet = check_publish(&case);
        assert_eq!(unmet, vec![Rule::FieldNotChosen.into()]);
        assert_eq!(unmet[0].rule.source(), Source::from(Article::Call1));
    }

    #[test]
    fn art_5_breakthrough_issuer_is_an_in_region_enterprise() {
        let mut case = breakthrough();
        case.issuer.region = "北京市".into();
        case.issuer.credit_code = code("91110000MA0N00003");
        let unmet = check_publish(&case);
        assert_eq!(
            unmet,
            vec![
                Rule::IssuerNotRegionalEnterprise {
                    in_region: false,
                    enterprise: true
                }
                .into()
            ]
        );
        assert_eq!(unmet[0].rule.source(), Source::from(Article::A5));
        let mut uni = breakthrough();
        uni.issuer.org_type = OrgType::University;
        uni.issuer.credit_code = code("12150200MA0N00003");
        assert_eq!(check_publish(&uni).len(), 1);
        // The transformation issuer may be anywhere and of any type (第七条).
        assert_eq!(check_publish(&transformation()), vec![]);
    }
}
