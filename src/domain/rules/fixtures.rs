//! Complete cases of both kinds that meet every rule, for tests to break one rule at a time.

use chrono::{DateTime, NaiveDate};

use super::{Blacklist, RuleContext, RuleSettings};
use crate::domain::calendar::Calendar;
use crate::domain::case::{Case, Plan, Taker, Tranche};
use crate::domain::credit_code::with_check_char;
use crate::domain::money::Yuan;
use crate::domain::org::{Contact, Org};
use crate::domain::records::{Expert, Review, ReviewConclusion, ReviewStage, Score};
use crate::domain::vocab::{Field, Kind, OrgType, Stage, TakerStatus, TrancheKind, Verdict};

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// A valid credit code from its first 17 characters.
pub fn code(first17: &str) -> String {
    with_check_char(first17).expect("17 valid characters")
}

fn org(name: &str, region: &str, org_type: OrgType, code17: &str) -> Org {
    Org {
        region: region.into(),
        org_type,
        credit_code: code(code17),
        contact: Contact {
            name: "王工".into(),
            title: "总工程师".into(),
            mobile: "13800000000".into(),
            email: "wang@example.com".into(),
        },
        ..Org::named(name)
    }
}

fn base(kind: Kind, issuer: Org, taker: Org) -> Case {
    let now = DateTime::from_timestamp(1_790_000_000, 0).expect("timestamp");
    let mut case = Case::new(
        "JB-2026-0001".into(),
        kind,
        issuer,
        "高丰度镧铈永磁电机应用",
        now,
    );
    case.field = Some(Field::RareEarth);
    case.stage = Stage::Announcing;
    case.achievement.description = "成果转化必要性、可行性与预期绩效。".into();
    case.achievement.owns_ip = Some(true);
    case.takers.push(Taker {
        org: taker,
        status: TakerStatus::Selected,
        applied_on: Some(d("2026-07-01")),
        ..Taker::default()
    });
    let taker_name = case.takers[0].org.name.clone();
    case.reviews = vec![
        passing_review(ReviewStage::Validating, &[]),
        passing_review(ReviewStage::Reviewing, &[&taker_name]),
    ];
    case.publicity.start = Some(d("2026-09-28"));
    case.plan.agreement_signed = Some(d("2026-10-20"));
    case.plan.task_book_signed = Some(d("2026-10-25"));
    case.plan.ip_ownership = "成果知识产权归发榜方所有, 揭榜方享有非独占使用权".into();
    case.plan.benefit_sharing = "转化收益按发榜方七成、揭榜方三成分配".into();
    case.achievement.suggested_period = "3年".into();
    case.achievement.estimated_investment = Some(Yuan::from_wan(3200));
    case
}

/// A passing review by three declared experts of unrelated units, each scoring 80 on every
/// default criterion (for each of `takers` at 评审推荐), recommending `takers`.
pub fn passing_review(stage: ReviewStage, takers: &[&str]) -> Review {
    let criteria = RuleSettings::default().records.criteria(stage).to_vec();
    let targets: Vec<String> = match stage {
        ReviewStage::Validating => vec![String::new()],
        ReviewStage::Reviewing => takers.iter().map(|t| t.to_string()).collect(),
    };
    let panel = ["内蒙古大学", "内蒙古工业大学", "中国科学院过程工程研究所"]
        .iter()
        .enumerate()
        .map(|(i, unit)| Expert {
            scores: targets
                .iter()
                .flat_map(|t| {
                    criteria.iter().map(|c| Score {
                        taker: t.clone(),
                        criterion: c.clone(),
                        value: 80,
                    })
                })
                .collect(),
            ..Expert::new(&format!("专家{}", i + 1), unit)
        })
        .collect();
    Review {
        stage,
        date: Some(d("2026-06-01")),
        panel,
        comments: "同意".into(),
        conclusion: Some(ReviewConclusion::Pass),
        recommended: takers.iter().map(|t| t.to_string()).collect(),
    }
}

/// 技术攻关类: a 包头 enterprise issues, a Beijing university takes; three years exactly.
pub fn breakthrough() -> Case {
    let issuer = org(
        "包头稀土永磁科技有限公司",
        "包头市",
        OrgType::TechEnterprise,
        "91150200MA0N00009",
    );
    let taker = org(
        "北京稀土材料研究院",
        "北京市",
        OrgType::Institute,
        "12110000MB0N00001",
    );
    let mut case = base(Kind::Breakthrough, issuer, taker);
    case.plan.start = Some(d("2026-11-02"));
    case.plan.end = Some(d("2029-11-01"));
    case.amounts.rd_investment = Some(Yuan::from_wan(3200));
    case.amounts.issuer_first_payment = Some(d("2026-11-10"));
    case
}

/// 成果转化类: a Beijing university owning the IP issues, a 包头 enterprise takes; two years
/// exactly; accepted with verified benefit.
pub fn transformation() -> Case {
    let issuer = org(
        "北京某理工大学",
        "北京市",
        OrgType::University,
        "12110000MB0N00002",
    );
    let taker = org(
        "包头市永磁电机有限公司",
        "包头市",
        OrgType::TechEnterprise,
        "91150200MA0N00005",
    );
    let mut case = base(Kind::Transformation, issuer, taker);
    case.plan.start = Some(d("2026-11-02"));
    case.plan.end = Some(d("2028-11-01"));
    case.amounts.funds_received = Some(Yuan::from_wan(2000));
    case.acceptance.verdict = Some(Verdict::Passed);
    case.acceptance.date = Some(d("2028-12-01"));
    case.acceptance.benefit_verified = true;
    case.acceptance.benefit = Some(Yuan::from_wan(1500));
    case
}

/// The tables a context borrows.
pub struct Env {
    pub calendar: Calendar,
    pub blacklist: Blacklist,
    pub settings: RuleSettings,
}

impl Env {
    pub fn new() -> Env {
        Env {
            calendar: Calendar::bundled(),
            blacklist: Blacklist::default(),
            settings: RuleSettings::default(),
        }
    }

    pub fn ctx(&self, today: &str) -> RuleContext<'_> {
        RuleContext {
            today: d(today),
            calendar: &self.calendar,
            blacklist: &self.blacklist,
            settings: &self.settings,
        }
    }
}

/// A second taker of 赛马制 (第十条).
pub const B: &str = "包头稀土研究院有限公司";

/// The breakthrough fixture with a second selected taker, both with their own agreement,
/// task book and period.
pub fn racing() -> Case {
    let mut case = breakthrough();
    case.takers.push(Taker {
        org: Org {
            region: "包头市".into(),
            credit_code: code("91150200MA0N00013"),
            ..Org::named(B)
        },
        status: TakerStatus::Selected,
        ..Taker::default()
    });
    for t in &mut case.takers {
        t.plan = Plan {
            agreement_signed: Some(d("2026-10-20")),
            task_book_signed: Some(d("2026-10-25")),
            start: Some(d("2026-11-01")),
            end: Some(d("2029-10-31")),
            ..Plan::default()
        };
    }
    case
}

pub fn tranche(wan: i64, date: &str, taker: &str) -> Tranche {
    Tranche {
        amount: Yuan::from_wan(wan),
        date: d(date),
        kind: TrancheKind::PreFunding,
        taker: taker.into(),
        ..Tranche::default()
    }
}
