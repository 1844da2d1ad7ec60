use super::*;
use crate::domain::{Field, Kind, Stage, TakerStatus, Yuan};
use crate::io::generate::credit_code_ok;
use crate::io::json::{parse_cases, to_json};
use serde_json::Value;
use std::collections::BTreeSet;

const REGIONS: [&str; 12] = [
    "呼和浩特市",
    "包头市",
    "乌海市",
    "赤峰市",
    "通辽市",
    "鄂尔多斯市",
    "呼伦贝尔市",
    "巴彦淖尔市",
    "乌兰察布市",
    "兴安盟",
    "锡林郭勒盟",
    "阿拉善盟",
];

fn reference() -> NaiveDate {
    reference_date().unwrap()
}

fn demo() -> Vec<Case> {
    demo_cases(reference()).unwrap()
}

fn orgs(c: &Case) -> impl Iterator<Item = &Org> {
    std::iter::once(&c.issuer).chain(
        c.takers
            .iter()
            .flat_map(|t| std::iter::once(&t.org).chain(t.consortium.iter())),
    )
}

#[test]
fn demo_round_trips_exactly() {
    let cases = demo();
    assert_eq!(parse_cases(to_json(&cases).as_bytes()).unwrap(), cases);
}

#[test]
fn demo_covers_every_stage_field_kind_and_region() {
    let cases = demo();
    assert!(cases.len() >= 90, "{}", cases.len());
    let stages: BTreeSet<Stage> = cases.iter().map(|c| c.stage).collect();
    assert_eq!(stages.len(), Stage::ALL.len(), "{stages:?}");
    let fields: BTreeSet<Field> = cases.iter().filter_map(|c| c.field).collect();
    assert_eq!(fields.len(), Field::ALL.len());
    let kinds: BTreeSet<Kind> = cases.iter().map(|c| c.kind).collect();
    assert_eq!(kinds.len(), Kind::ALL.len());
    let regions: BTreeSet<&str> = cases
        .iter()
        .flat_map(orgs)
        .map(|o| o.region.as_str())
        .collect();
    for r in REGIONS {
        assert!(regions.contains(r), "no organisation in {r}");
    }
    for outside in ["北京市", "上海市", "长沙市", "重庆市", "长春市"] {
        assert!(regions.contains(outside), "no organisation in {outside}");
    }
    let ids: BTreeSet<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), cases.len());
    assert!(
        cases
            .iter()
            .all(|c| c.id.starts_with("JB-20") && c.id.len() == 12)
    );
}

#[test]
fn credit_codes_are_valid_or_blank() {
    let cases = demo();
    let mut blank = 0;
    for o in cases.iter().flat_map(orgs) {
        if o.credit_code.is_empty() {
            blank += 1;
            continue;
        }
        assert!(
            credit_code_ok(&o.credit_code),
            "{} {}",
            o.name,
            o.credit_code
        );
        let head = &o.credit_code[..2];
        assert!(head == "91" || head == "12", "{}", o.credit_code);
        assert!(!o.contact.mobile.is_empty());
        let m = &o.contact.mobile;
        assert!(m.len() == 11 && m.starts_with('1') && m.as_bytes()[1] >= b'3');
    }
    assert!(
        blank >= 1,
        "the demo should show an intake without a credit code"
    );
}

#[test]
fn demo_contains_the_situations_the_rules_check() {
    let cases = demo();
    let today = reference();
    // A taker that is a subsidiary of its issuer.
    assert!(
        cases
            .iter()
            .any(|c| c.takers.iter().any(|t| t.org.parent == c.issuer.name))
    );
    // A party on the example blacklist.
    let listed: BTreeSet<String> = demo_blacklist().into_iter().map(|e| e.0).collect();
    assert!(
        cases
            .iter()
            .flat_map(orgs)
            .any(|o| listed.contains(&o.name))
    );
    // Publicity running now: one with an open objection, one with an anonymous one.
    let running: Vec<&Case> = cases
        .iter()
        .filter(|c| c.stage == Stage::Announcing)
        .filter(|c| {
            c.publicity
                .start
                .is_some_and(|s| (today - s).num_days() <= 3)
        })
        .collect();
    assert!(running.len() >= 3);
    assert!(
        running
            .iter()
            .any(|c| c.publicity.objections.iter().any(|o| o.is_open()))
    );
    assert!(running.iter().any(|c| {
        c.publicity
            .objections
            .iter()
            .any(|o| !o.accepted && !o.not_accepted_reason.is_empty())
    }));
    // Overdue implementation, approved extension.
    assert!(cases.iter().any(|c| c.stage == Stage::Implementing
        && c.effective_end().is_some_and(|e| e < today)));
    assert!(
        cases
            .iter()
            .any(|c| c.extensions.iter().any(|e| e.approved))
    );
    // Tranches at exactly the caps, and one over the cap marked 一事一议.
    let at_cap_b = cases.iter().any(|c| {
        c.kind == Kind::Breakthrough
            && c.subsidy_paid() == Yuan::from_wan(1000)
            && c.amounts
                .rd_investment
                .is_some_and(|r| r.percent(30) >= Yuan::from_wan(1000))
    });
    let at_cap_t = cases
        .iter()
        .any(|c| c.kind == Kind::Transformation && c.subsidy_paid() == Yuan::from_wan(500));
    assert!(at_cap_b && at_cap_t);
    assert!(cases.iter().any(|c| {
        c.subsidy_paid() > Yuan::from_wan(1000)
            && c.tranches
                .iter()
                .all(|t| t.special && !t.special_reason.is_empty())
    }));
    // Terminations record a recovered amount; acceptance verdicts of every kind.
    let terminated: Vec<&Case> = cases
        .iter()
        .filter(|c| c.stage == Stage::Terminated)
        .collect();
    assert!(!terminated.is_empty());
    for c in terminated {
        let t = c.termination.as_ref().unwrap();
        assert!(t.date.is_some() && !t.reason.is_empty() && t.recovered.is_some());
    }
    let verdicts: BTreeSet<_> = cases.iter().filter_map(|c| c.acceptance.verdict).collect();
    assert_eq!(verdicts.len(), 3);
    assert!(
        cases
            .iter()
            .any(|c| c.takers.iter().any(|t| !t.consortium.is_empty()))
    );
    assert!(cases.iter().filter(|c| !c.notes.is_empty()).count() >= 10);
    // Names that exercise polyphonic pinyin in search.
    for prefix in ["长沙", "重庆", "长春", "银行"] {
        assert!(
            cases
                .iter()
                .flat_map(orgs)
                .any(|o| o.name.starts_with(prefix)),
            "no name starting with {prefix}"
        );
    }
}

#[test]
fn demo_dates_are_consistent() {
    let today = reference();
    let horizon = today + Duration::days(5 * 366);
    for c in demo() {
        assert!(c.created_at <= c.updated_at, "{}", c.id);
        for n in &c.notes {
            assert!(c.created_at <= n.at && n.at <= c.updated_at, "{}", c.id);
        }
        let created = c.created_at.date_naive();
        let since = c.stage_since.unwrap();
        assert!(created <= since && since <= today, "{}", c.id);
        if let (Some(s), Some(e)) = (c.plan.start, c.plan.end) {
            assert!(s < e && e < horizon, "{}", c.id);
        }
        if let Some(p) = c.amounts.issuer_first_payment {
            for t in &c.tranches {
                assert!(t.date > p, "{}: tranche before first payment", c.id);
            }
        }
        for t in &c.tranches {
            assert_eq!(t.kind, c.kind.tranche_kind(), "{}", c.id);
            assert!(t.date <= today, "{}", c.id);
        }
        for t in &c.takers {
            assert!(t.applied_on.is_none_or(|d| d <= today), "{}", c.id);
        }
        let main = c.stage.position();
        if main.is_some_and(|p| p >= Stage::Matching.position().unwrap()) {
            let chosen = c
                .takers
                .iter()
                .filter(|t| matches!(t.status, TakerStatus::Selected | TakerStatus::Recommended));
            assert!(chosen.count() >= 1, "{}", c.id);
        }
    }
}

/// Every date-like string moves by exactly the shift, and nothing else changes; this also
/// catches a date field added to the model but forgotten by `shift_case`.
#[test]
fn shifting_moves_every_date_and_nothing_else() {
    let base = demo();
    let later = reference() + Duration::days(123);
    let shifted = demo_cases(later).unwrap();
    fn walk(a: &Value, b: &Value, days: i64, path: &str) {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                for (k, v) in x {
                    walk(v, &y[k], days, &format!("{path}.{k}"));
                }
            }
            (Value::Array(x), Value::Array(y)) => {
                assert_eq!(x.len(), y.len(), "{path}");
                for (i, (v, w)) in x.iter().zip(y).enumerate() {
                    walk(v, w, days, &format!("{path}[{i}]"));
                }
            }
            (Value::String(s), Value::String(t)) => {
                if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                    assert_eq!(
                        d + Duration::days(days),
                        t.parse::<NaiveDate>().unwrap(),
                        "{path}"
                    );
                } else if let Ok(d) = s.parse::<DateTime<Utc>>() {
                    assert_eq!(
                        d + Duration::days(days),
                        t.parse::<DateTime<Utc>>().unwrap(),
                        "{path}"
                    );
                } else {
                    assert_eq!(s, t, "{path}");
                }
            }
            _ => assert_eq!(a, b, "{path}"),
        }
    }
    let a = serde_json::to_value(&base).unwrap();
    let b = serde_json::to_value(&shifted).unwrap();
    walk(&a, &b, 123, "");
}

#[test]
fn example_blacklist_parses() {
    let list = demo_blacklist();
    assert_eq!(list.len(), 2);
    for (name, code, reason, listed_on, source) in &list {
        assert!(!name.is_empty() && !reason.is_empty() && !source.is_empty());
        assert!(credit_code_ok(code), "{code}");
        assert!(listed_on.is_some());
    }
    let quoted = "[[entry]]\nname = \"甲\"\nlisted_on = \"2025-01-02\"\n";
    assert_eq!(
        parse_blacklist(quoted).unwrap()[0].3,
        NaiveDate::from_ymd_opt(2025, 1, 2)
    );
    assert!(parse_blacklist("[[entry]]\nname = \"甲\"\nlisted_on = \"soon\"\n").is_err());
}

/// The stage records the demo shows: reviews with a flagged expert, a 赛马 with one taker
/// eliminated at the stage gate, mid-term checks held, overdue and under rectification,
/// named, anonymous and late objections, acceptance panels with a verified benefit.
#[test]
fn demo_contains_the_stage_records() {
    use crate::domain::records::{self, GateResult, MidtermSummary, MidtermVerdict, Objector};
    use crate::domain::rules::RuleSettings;
    let cases = demo();
    let today = reference();
    let settings = RuleSettings::default();
    for c in &cases {
        let errors: Vec<String> = crate::domain::validate::validate_case(c)
            .into_iter()
            .filter(|i| i.is_error())
            .map(|i| i.message(Lang::Zh))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", c.id);
    }
    assert!(cases.iter().filter(|c| !c.reviews.is_empty()).count() >= 40);
    assert!(
        cases
            .iter()
            .any(|c| c.stage == Stage::Validating && !records::all_conflicts(c).is_empty())
    );
    let raced = cases
        .iter()
        .find(|c| {
            c.takers.iter().any(|t| {
                t.gate
                    .as_ref()
                    .is_some_and(|g| g.result == GateResult::Eliminated)
                    && t.status == TakerStatus::Eliminated
                    && c.tranches.iter().any(|tr| tr.taker == t.org.name)
            })
        })
        .expect("a 赛马 case with an eliminated taker keeping its tranche");
    assert_eq!(raced.stage, Stage::Implementing);
    assert!(cases.iter().any(|c| c.is_racing()));
    let summaries: Vec<MidtermSummary> = cases
        .iter()
        .filter(|c| c.stage == Stage::Implementing)
        .map(MidtermSummary::of)
        .collect();
    assert!(
        summaries
            .iter()
            .any(|s| s.pending(&settings).is_some_and(|d| d < today)),
        "an overdue mid-term check"
    );
    assert!(summaries.iter().any(|s| s.rectification_due().is_some()));
    assert!(
        cases
            .iter()
            .any(|c| c.midterm.verdict == Some(MidtermVerdict::Qualified))
    );
    let objections: Vec<_> = cases
        .iter()
        .flat_map(|c| c.publicity.objections.iter())
        .collect();
    for kind in Objector::ALL {
        assert!(objections.iter().any(|o| o.objector == *kind), "{kind}");
    }
    assert!(objections.iter().any(|o| {
        o.objector != Objector::Anonymous && !o.accepted && o.not_accepted_reason.contains("期满")
    }));
    assert!(cases.iter().any(|c| c.kind == Kind::Transformation
        && c.acceptance.benefit.is_some()
        && !c.acceptance.panel.is_empty()));
}

/// Every demo case meets every rule at its stage on the day it is loaded (and a week
/// later), so the demo loads through the same doors as any import.
#[test]
fn demo_cases_meet_every_rule() {
    use crate::domain::calendar::Calendar;
    use crate::domain::rules::{Blacklist, BlacklistEntry, RuleContext, RuleSettings, check_case};
    let settings = RuleSettings::default();
    let calendar = Calendar::bundled();
    let blacklist = Blacklist::new(
        demo_blacklist()
            .into_iter()
            .map(
                |(name, credit_code, reason, listed_on, source)| BlacklistEntry {
                    name,
                    credit_code,
                    reason,
                    listed_on,
                    source,
                },
            )
            .collect(),
    );
    // Working days are not shift-invariant (weekends, holidays): try many days of the year.
    for offset in (0..400).step_by(4) {
        let today = reference() + chrono::Duration::days(offset);
        let ctx = RuleContext {
            today,
            calendar: &calendar,
            blacklist: &blacklist,
            settings: &settings,
        };
        let breaches: Vec<String> = demo_cases(today)
            .unwrap()
            .iter()
            .flat_map(|c| {
                check_case(c, &ctx)
                    .into_iter()
                    .map(move |u| format!("{} [{}] {}", c.id, c.stage.id(), u.message(Lang::Zh)))
            })
            .collect();
        assert!(
            breaches.is_empty(),
            "{} breaches:\n{}",
            breaches.len(),
            breaches.join("\n")
        );
    }
}
