use super::*;
use crate::domain::records::ReviewStage;
use crate::domain::rules::{DatedEvent, Party, RecordRule, Rule};
use crate::domain::vocab::Kind;

fn info(id: &str) -> &'static RuleInfo {
    CATALOGUE
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("{id} listed"))
}

fn d() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

/// One rule the checks report, for each entry: the list states the source the refusal cites.
#[test]
fn the_list_states_the_source_each_refusal_cites() {
    let stage = ReviewStage::Validating;
    let samples: Vec<(&str, Rule)> = vec![
        ("form_complete", Rule::MissingFields { paths: vec![] }),
        ("field_of_five", Rule::FieldNotChosen),
        ("issuer_owns_ip", Rule::IssuerLacksIp { owns_ip: None }),
        (
            "issuer_regional_enterprise",
            Rule::IssuerNotRegionalEnterprise {
                in_region: false,
                enterprise: false,
            },
        ),
        (
            "need_review",
            Rule::Record(RecordRule::ReviewMissing { stage }),
        ),
        (
            "panel_size",
            Rule::Record(RecordRule::PanelTooSmall {
                stage,
                count: 1,
                min: 3,
            }),
        ),
        (
            "pass_mark",
            Rule::Record(RecordRule::ScoreBelowPass {
                stage,
                taker: None,
                mean_x10: None,
                pass: 60,
            }),
        ),
        (
            "blacklist",
            Rule::Blacklisted {
                party: Party::Issuer,
                name: String::new(),
                reason: String::new(),
                listed_on: None,
                source: String::new(),
            },
        ),
        ("applicant", Rule::NoApplicant),
        (
            "not_same_unit_breakthrough",
            Rule::SameUnit {
                kind: Kind::Breakthrough,
                taker: String::new(),
                member: None,
                subsidiary: true,
            },
        ),
        ("recommended_taker", Rule::NoRecommended),
        ("signatures", Rule::AgreementNotSigned),
        (
            "agreement_terms",
            Rule::AgreementTermsMissing {
                ip_ownership: true,
                benefit_sharing: true,
            },
        ),
        ("extension_count", Rule::ExtensionCount { max: 1 }),
        ("extension_conditions", Rule::ExtensionNotApproved),
        (
            "midterm",
            Rule::Record(RecordRule::MidtermNotHeld { due: d() }),
        ),
        ("racing", Rule::Record(RecordRule::NoActiveTaker)),
        ("special_case", Rule::SpecialWithoutReason),
        ("first_payment", Rule::FirstPaymentMissing),
        (
            "completion_accepted",
            Rule::AcceptanceNotPassed { verdict: None },
        ),
        ("termination_agreed", Rule::TerminationNotAgreed),
        (
            "dates_not_future",
            Rule::DateInFuture {
                what: DatedEvent::Tranche,
                date: d(),
                today: d(),
            },
        ),
    ];
    for (id, rule) in samples {
        assert_eq!(info(id).source, rule.source(), "{id}");
    }
}
