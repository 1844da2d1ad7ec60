//! Expert reviews: the 需求论证 panel on the need (第九条(二)) and the 评审推荐 panel on the
//! takers (第九条(五)). Each expert declares conflicts of interest and scores the configured
//! criteria; the panel gives a conclusion and, at 评审推荐, the takers it recommends.
//!
//! Conflict of interest: an expert whose unit is the issuer, a taker or a consortium member
//! (or the parent organisation of one) is flagged. A declaration does not cure such a
//! conflict: the expert must withdraw (回避) and be replaced, and a withdrawn expert's scores
//! do not count. The rule refusing a review with an unresolved conflict cites 第九条(二) or
//! 第九条(五), the provisions that make the review the basis of the decision; 第十四条
//! concerns the integrity of the parties themselves, not of the panel.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::case::Case;
use crate::domain::org::Org;
use crate::domain::rules::{Party, normalize_name};
use crate::domain::vocab::vocab;

vocab!(
    /// Which panel: 需求论证 (on the need) or 评审推荐 (on the takers).
    ReviewStage, "records.review_stage" {
        Validating = "validating",
        Reviewing = "reviewing",
    }
);

vocab!(
    /// The panel's conclusion.
    ReviewConclusion, "records.conclusion" {
        Pass = "pass",
        Revise = "revise",
        Fail = "fail",
    }
);

/// One score of one expert on one criterion (for one taker at 评审推荐).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Score {
    /// The taker scored (its name); empty at 需求论证.
    pub taker: String,
    /// A criterion id of the settings (`necessity`, `coverage`, …).
    pub criterion: String,
    /// 0–100.
    pub value: u8,
}

/// A member of a panel (also of the mid-term and acceptance panels, which do not score).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Expert {
    pub name: String,
    /// 工作单位: compared with the parties' names for conflicts of interest.
    pub unit: String,
    /// Signed the conflict-of-interest declaration (利益冲突声明).
    pub declared: bool,
    /// Withdrew (回避) and was replaced: the expert's scores do not count.
    pub recused: bool,
    pub scores: Vec<Score>,
}

impl Expert {
    pub fn new(name: &str, unit: &str) -> Expert {
        Expert {
            name: name.to_string(),
            unit: unit.to_string(),
            declared: true,
            ..Expert::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Review {
    pub stage: ReviewStage,
    pub date: Option<NaiveDate>,
    pub panel: Vec<Expert>,
    pub comments: String,
    pub conclusion: Option<ReviewConclusion>,
    /// At 评审推荐: the takers the panel recommends (their names).
    pub recommended: Vec<String>,
}

impl Default for Review {
    fn default() -> Self {
        Review {
            stage: ReviewStage::Validating,
            date: None,
            panel: Vec::new(),
            comments: String::new(),
            conclusion: None,
            recommended: Vec::new(),
        }
    }
}

/// An expert flagged for a conflict of interest: `expert` indexes the panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub expert: usize,
    pub party: Party,
    /// The party's name the expert's unit matches.
    pub org: String,
}

impl Case {
    /// The review that counts for a stage: the last one recorded.
    pub fn latest_review(&self, stage: ReviewStage) -> Option<&Review> {
        self.reviews.iter().rev().find(|r| r.stage == stage)
    }
}

/// The unit names the organisation itself or its parent organisation.
fn unit_matches(unit: &str, org: &Org) -> bool {
    let u = normalize_name(unit);
    !u.is_empty() && (u == normalize_name(&org.name) || u == normalize_name(&org.parent))
}

/// Experts of `panel` whose unit is the issuer, a taker or a consortium member of the case.
/// Every applicant counts, eliminated or not: the panel judges them against each other.
pub fn conflicts(case: &Case, panel: &[Expert]) -> Vec<Conflict> {
    let parties: Vec<(Party, &Org)> = std::iter::once((Party::Issuer, &case.issuer))
        .chain(case.takers.iter().flat_map(|t| {
            std::iter::once((Party::Taker, &t.org))
                .chain(t.consortium.iter().map(|m| (Party::Member, m)))
        }))
        .collect();
    let mut out = Vec::new();
    for (i, e) in panel.iter().enumerate() {
        if let Some((party, org)) = parties.iter().find(|(_, o)| unit_matches(&e.unit, o)) {
            out.push(Conflict {
                expert: i,
                party: *party,
                org: org.name.clone(),
            });
        }
    }
    out
}

/// Same taker name, compared as the same-unit rule compares names.
pub fn same_name(a: &str, b: &str) -> bool {
    normalize_name(a) == normalize_name(b)
}

impl Review {
    /// The experts whose scores count: everyone who did not withdraw.
    pub fn counted(&self) -> impl Iterator<Item = &Expert> {
        self.panel.iter().filter(|e| !e.recused)
    }

    /// Mean of the counted scores for `taker` (empty: the need), in tenths of a point.
    pub fn mean_x10(&self, taker: &str) -> Option<u32> {
        let values: Vec<u32> = self
            .counted()
            .flat_map(|e| e.scores.iter())
            .filter(|s| same_name(&s.taker, taker))
            .map(|s| u32::from(s.value))
            .collect();
        if values.is_empty() {
            return None;
        }
        let n = values.len() as u32;
        Some((values.iter().sum::<u32>() * 10 + n / 2) / n)
    }

    /// The criteria an expert has not scored (for `taker`).
    pub fn missing_criteria(
        &self,
        expert: &Expert,
        taker: &str,
        criteria: &[String],
    ) -> Vec<String> {
        criteria
            .iter()
            .filter(|c| {
                !expert
                    .scores
                    .iter()
                    .any(|s| &s.criterion == *c && same_name(&s.taker, taker))
            })
            .cloned()
            .collect()
    }

    pub fn recommends(&self, taker: &str) -> bool {
        self.recommended.iter().any(|r| same_name(r, taker))
    }
}

/// `12.5` from tenths.
pub fn tenths(x10: u32) -> String {
    format!("{}.{}", x10 / 10, x10 % 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::fixtures::*;

    #[test]
    fn experts_from_a_party_or_its_parent_are_flagged() {
        let mut case = breakthrough();
        case.takers[0].org.parent = "中国稀土集团".into();
        let panel = vec![
            Expert::new("甲", "内蒙古大学"),
            Expert::new("乙", " 包头稀土永磁科技有限公司 "),
            Expert::new("丙", "中国稀土集团"),
            Expert::new("丁", ""),
        ];
        let found = conflicts(&case, &panel);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[0].expert, found[0].party), (1, Party::Issuer));
        assert_eq!((found[1].expert, found[1].party), (2, Party::Taker));
        assert_eq!(found[1].org, "北京稀土材料研究院");
    }

    #[test]
    fn mean_counts_only_experts_who_did_not_withdraw() {
        let score = |v| Score {
            taker: String::new(),
            criterion: "necessity".into(),
            value: v,
        };
        let mut a = Expert::new("甲", "A");
        a.scores = vec![score(80), score(85)];
        let mut b = Expert::new("乙", "B");
        b.scores = vec![score(10)];
        b.recused = true;
        let review = Review {
            panel: vec![a, b],
            ..Review::default()
        };
        assert_eq!(review.mean_x10(""), Some(825));
        assert_eq!(tenths(825), "82.5");
        assert_eq!(review.mean_x10("某揭榜方"), None);
    }
}
