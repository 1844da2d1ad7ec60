//! The configurable parts of the stage records: review criteria, panel size, pass mark and
//! the mid-term check rule. Read from `[rules.records]` in the config file; a missing key
//! keeps the default given here.

use serde::{Deserialize, Serialize};

/// Criterion ids of the 需求论证 panel (DOMAIN-NOTES: necessity, innovation, feasibility,
/// expected benefit).
pub const NEED_CRITERIA: [&str; 4] = ["necessity", "innovation", "feasibility", "benefit"];

/// Criterion ids of the 评审推荐 panel: the plan covers every indicator of the 榜, the team,
/// the funding and the feasibility of the plan.
pub const TAKER_CRITERIA: [&str; 4] = ["coverage", "team", "funding", "feasibility"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecordSettings {
    /// Criteria every expert scores at 需求论证.
    pub need_criteria: Vec<String>,
    /// Criteria every expert scores for each recommended taker at 评审推荐.
    pub taker_criteria: Vec<String>,
    /// Experts whose scores count (not recused) a panel needs at least.
    pub min_experts: u32,
    /// Expert slots the TUI's review form opens with when no review is recorded yet.
    pub panel_size: u32,
    /// The mean score (0–100) a passing need or a recommended taker must reach.
    pub pass_score: u32,
    /// When the mid-term check is due, as a percentage of the planned implementation
    /// period (50: the midpoint).
    pub midterm_at_pct: u32,
    /// Hold a mid-term check on every implementing case, not only on pre-funded ones of at
    /// least `midterm_min_subsidy`.
    pub midterm_for_all: bool,
}

impl Default for RecordSettings {
    fn default() -> Self {
        RecordSettings {
            need_criteria: NEED_CRITERIA.iter().map(|s| s.to_string()).collect(),
            taker_criteria: TAKER_CRITERIA.iter().map(|s| s.to_string()).collect(),
            min_experts: 3,
            panel_size: 5,
            pass_score: 60,
            midterm_at_pct: 50,
            midterm_for_all: false,
        }
    }
}

impl RecordSettings {
    pub fn criteria(&self, stage: super::ReviewStage) -> &[String] {
        match stage {
            super::ReviewStage::Validating => &self.need_criteria,
            super::ReviewStage::Reviewing => &self.taker_criteria,
        }
    }
}
