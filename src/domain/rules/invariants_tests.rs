use super::*;
use crate::domain::case::{Extension, Tranche};
use crate::domain::money::Yuan;
use crate::domain::records::MidtermVerdict;
use crate::domain::rules::fixtures::*;
use crate::domain::vocab::TrancheKind;

fn rules(case: &Case, today: &str) -> Vec<Rule> {
    let env = Env::new();
    check_case(case, &env.ctx(today))
        .into_iter()
        .map(|u| u.rule)
        .collect()
}

#[test]
fn complete_fixtures_meet_every_rule_at_every_stage_they_reached() {
    for stage in [Stage::Announcing, Stage::Implementing, Stage::Accepting] {
        let mut case = breakthrough();
        case.stage = stage;
        if stage == Stage::Accepting {
            case.midterm.held_on = Some(d("2028-05-02"));
            case.midterm.verdict = Some(MidtermVerdict::Qualified);
        }
        assert_eq!(rules(&case, "2029-11-05"), vec![], "{stage:?}");
    }
    let mut case = transformation();
    case.stage = Stage::Completed;
    assert_eq!(rules(&case, "2029-01-05"), vec![]);
}

#[test]
fn moving_conditions_are_not_breaches_before_the_move() {
    // In 揭榜公告 with publicity still running and nothing signed: waiting, not in breach.
    let mut case = breakthrough();
    case.plan.agreement_signed = None;
    case.plan.task_book_signed = None;
    case.amounts.issuer_first_payment = None;
    assert_eq!(rules(&case, "2026-09-30"), vec![]);
    // Once implementing, the same case breaks 第九条(七).
    case.stage = Stage::Implementing;
    let found = rules(&case, "2026-09-30");
    assert!(found.contains(&Rule::AgreementNotSigned), "{found:?}");
    assert!(
        found
            .iter()
            .any(|r| matches!(r, Rule::PublicityNotOver { .. })),
        "{found:?}"
    );
}

#[test]
fn recorded_tranches_are_checked_as_they_were_paid() {
    let mut case = breakthrough();
    case.stage = Stage::Implementing;
    let pay = |wan: i64, date: &str| Tranche {
        amount: Yuan::from_wan(wan),
        date: d(date),
        kind: TrancheKind::PreFunding,
        ..Tranche::default()
    };
    case.tranches = vec![pay(500, "2026-11-20"), pay(460, "2026-12-01")];
    assert_eq!(rules(&case, "2026-12-02"), vec![], "960万 of 960万");
    case.tranches.push(pay(1, "2026-12-02"));
    assert!(matches!(
        rules(&case, "2026-12-02")[..],
        [Rule::SubsidyOverMax { .. }]
    ));
    case.tranches = vec![pay(100, "2026-11-05")];
    assert!(matches!(
        rules(&case, "2026-12-02")[..],
        [Rule::TrancheBeforeFirstPayment { .. }]
    ));
}

#[test]
fn recorded_extensions_count_against_the_policy() {
    let mut case = breakthrough();
    case.stage = Stage::Implementing;
    let ext = |end: &str| Extension {
        requested_on: d("2026-11-20"),
        new_end: d(end),
        reason: "设备延迟交付".into(),
        both_agreed: true,
        approved: true,
    };
    case.extensions = vec![ext("2030-05-01")];
    assert_eq!(rules(&case, "2026-12-01"), vec![]);
    case.extensions.push(ext("2030-08-01"));
    assert_eq!(
        rules(&case, "2026-12-01"),
        vec![Rule::ExtensionCount { max: 1 }]
    );
}

#[test]
fn terminated_and_withdrawn_cases() {
    let mut case = breakthrough();
    case.stage = Stage::Terminated;
    assert!(rules(&case, "2027-01-01").contains(&Rule::TerminationNotRecorded));
    case.stage = Stage::Withdrawn;
    case.issuer.credit_code.clear();
    assert_eq!(rules(&case, "2027-01-01"), vec![]);
}

#[test]
fn art_14_blacklist_at_every_stage_from_applying_on_for_every_party() {
    use crate::domain::org::Org;
    use crate::domain::rules::{Blacklist, BlacklistEntry, Party};
    let listed = |name: &str| BlacklistEntry {
        name: name.into(),
        reason: "科研失信".into(),
        ..BlacklistEntry::default()
    };
    let mut base = breakthrough();
    base.takers[0]
        .consortium
        .push(Org::named("赤峰某化工股份公司"));
    for (party, name) in [
        (Party::Issuer, base.issuer.name.clone()),
        (Party::Taker, base.takers[0].org.name.clone()),
        // Listed under another company form: the same unit.
        (Party::Member, "赤峰某化工股份有限公司".to_string()),
    ] {
        let mut env = Env::new();
        env.blacklist = Blacklist::new(vec![listed(&name)]);
        for stage in Stage::MAIN {
            let mut case = base.clone();
            case.stage = *stage;
            if *stage >= Stage::Accepting {
                case.midterm.held_on = Some(d("2028-05-02"));
                case.midterm.verdict = Some(MidtermVerdict::Qualified);
            }
            let found: Vec<Rule> = check_case(&case, &env.ctx("2029-11-05"))
                .into_iter()
                .map(|u| u.rule)
                .collect();
            let hit = found
                .iter()
                .any(|r| matches!(r, Rule::Blacklisted { party: p, .. } if *p == party));
            let applies = *stage >= Stage::Applying;
            assert_eq!(hit, applies, "{party:?} at {stage:?}: {found:?}");
        }
        // …and at every tranche.
        let mut case = base.clone();
        case.stage = Stage::Implementing;
        let t = Tranche {
            amount: Yuan::from_wan(10),
            date: d("2026-12-01"),
            kind: TrancheKind::PreFunding,
            ..Tranche::default()
        };
        let unmet = crate::domain::rules::check_tranche(&case, &t, &env.ctx("2026-12-01"));
        assert!(
            unmet
                .iter()
                .any(|u| matches!(u.rule, Rule::Blacklisted { .. })),
            "{unmet:?}"
        );
    }
}
