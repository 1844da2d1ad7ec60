use super::*;
use crate::domain::case::Objection;
use crate::domain::rules::fixtures::*;
use crate::domain::rules::{Article, Source};

fn ctx_rules(case: &Case) -> Vec<Rule> {
    let env = Env::new();
    let ctx = env.ctx("2026-12-01");
    let mut out = check_signing_order(case, &ctx);
    out.extend(check_objection_dates(case, &ctx));
    out.into_iter().map(|u| u.rule).collect()
}

#[test]
fn art_9_7_signatures_not_before_an_accepted_objection_is_resolved() {
    let mut case = breakthrough();
    case.publicity.objections.push(Objection {
        received: d("2026-10-08"),
        by: "某研究所".into(),
        resolved: Some(d("2026-10-22")),
        ..Objection::default()
    });
    let found = ctx_rules(&case);
    assert!(
        matches!(
            found[..],
            [Rule::SignedBeforeObjectionResolved {
                what: DatedEvent::AgreementSigned,
                ..
            }]
        ),
        "agreement 10-20 before resolution 10-22: {found:?}"
    );
    // A late objection accepted for handling contradicts the publicity dates.
    case.publicity.objections[0].received = d("2026-10-12");
    case.publicity.objections[0].resolved = Some(d("2026-10-15"));
    assert!(matches!(
        ctx_rules(&case)[..],
        [Rule::ObjectionOutsidePublicity { .. }]
    ));
    case.publicity.objections[0].accepted = false;
    assert_eq!(ctx_rules(&case), vec![]);
}

#[test]
fn art_14_agreement_states_ip_ownership_and_benefit_sharing() {
    let mut case = breakthrough();
    assert_eq!(check_agreement_terms(&case), vec![]);
    case.plan.benefit_sharing = " ".into();
    assert_eq!(
        check_agreement_terms(&case),
        vec![
            Rule::AgreementTermsMissing {
                ip_ownership: false,
                benefit_sharing: true
            }
            .into()
        ]
    );
    assert_eq!(
        check_agreement_terms(&case)[0].rule.source(),
        Source::from(Article::A14)
    );
}
