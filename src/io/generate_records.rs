//! The records a generated case needs to meet the rules of its stage: passing reviews by
//! declared experts of unrelated units, a qualified mid-term check, and the agreement's
//! dates after a publicity without objection.

use chrono::{Duration, NaiveDate};

use crate::domain::calendar::Calendar;
use crate::domain::records::{
    Expert, MidtermVerdict, Review, ReviewConclusion, ReviewStage, Score,
};
use crate::domain::rules::{RuleSettings, publicity_end};
use crate::domain::{Case, PlanBaseline, TakerStatus};

const UNITS: [&str; 3] = ["内蒙古大学", "内蒙古工业大学", "中国科学院过程工程研究所"];
const EXPERTS: [&str; 3] = ["王建国", "李秀兰", "张志强"];

/// A passing review scoring 70–90 on every default criterion (for each chosen taker at
/// 评审推荐), dated `date`.
pub fn passing_review(stage: ReviewStage, takers: &[String], date: NaiveDate, seed: u64) -> Review {
    let criteria = RuleSettings::default().records.criteria(stage).to_vec();
    let targets: Vec<String> = match stage {
        ReviewStage::Validating => vec![String::new()],
        ReviewStage::Reviewing => takers.to_vec(),
    };
    let panel = UNITS
        .iter()
        .zip(EXPERTS)
        .enumerate()
        .map(|(i, (unit, name))| Expert {
            scores: targets
                .iter()
                .flat_map(|t| {
                    criteria.iter().enumerate().map(move |(j, c)| Score {
                        taker: t.clone(),
                        criterion: c.clone(),
                        value: 70 + ((seed as usize + i * 7 + j * 3) % 21) as u8,
                    })
                })
                .collect(),
            ..Expert::new(name, unit)
        })
        .collect();
    Review {
        stage,
        date: Some(date),
        panel,
        comments: "经专家组评审，同意通过。".into(),
        conclusion: Some(ReviewConclusion::Pass),
        recommended: takers.to_vec(),
    }
}

/// The reviews of 需求论证 (from 发布榜单 on) and 评审推荐 (from 组织对接 on).
pub fn add_reviews(case: &mut Case, created: NaiveDate, matched: bool, seed: u64) {
    case.reviews
        .push(passing_review(ReviewStage::Validating, &[], created, seed));
    if matched {
        let chosen: Vec<String> = case
            .takers
            .iter()
            .filter(|t| matches!(t.status, TakerStatus::Selected | TakerStatus::Recommended))
            .map(|t| t.org.name.clone())
            .collect();
        let date = created + Duration::days(60);
        case.reviews
            .push(passing_review(ReviewStage::Reviewing, &chosen, date, seed));
    }
}

/// Publicity from `start`; the agreement and task book signed after it ended, the period
/// starting after them. Returns the day after the publicity's last day.
pub fn sign_after_publicity(case: &mut Case, start: NaiveDate, gap: i64) -> NaiveDate {
    let calendar = Calendar::bundled();
    let end = publicity_end(start, &calendar, &RuleSettings::default()).date;
    case.publicity.start = Some(start);
    case.plan.agreement_signed = Some(end + Duration::days(1 + gap % 3));
    case.plan.task_book_signed = Some(end + Duration::days(4 + gap % 3));
    end + Duration::days(1)
}

/// What the agreement states, and the period on entering implementation.
pub fn agreement_terms(case: &mut Case) {
    case.plan.ip_ownership = "项目形成的知识产权归发榜方所有，揭榜方享有非独占使用权".into();
    case.plan.benefit_sharing = "成果转化收益由双方按七三比例分配".into();
    case.plan_baseline = Some(PlanBaseline {
        start: case.plan.start,
        end: case.plan.end,
    });
}

/// A mid-term check held at the midpoint, found qualified.
pub fn qualified_midterm(case: &mut Case) {
    if let (Some(s), Some(e)) = (case.plan.start, case.plan.end) {
        case.midterm.held_on = Some(s + (e - s) / 2);
        case.midterm.verdict = Some(MidtermVerdict::Qualified);
        case.midterm.remarks = "按任务书进度推进，中期检查合格。".into();
    }
}
