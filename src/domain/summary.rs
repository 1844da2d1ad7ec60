//! A compact view of a case: what the list, search, filters and dashboard need. The store
//! keeps one beside every case (written in the same transaction) so that opening a store of
//! 100 000 cases does not decode every full case.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::case::Case;
use super::money::Yuan;
use super::records::MidtermSummary;
use super::vocab::{Field, Kind, Stage, TakerStatus};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSummary {
    pub id: String,
    pub kind: Kind,
    pub field: Option<Field>,
    pub stage: Stage,
    pub stage_since: Option<NaiveDate>,
    /// 成果/需求名称.
    pub name: String,
    pub issuer: String,
    pub issuer_region: String,
    /// The chosen (or first recommended) taker, if any.
    pub taker: Option<String>,
    /// Every other organisation name on the case: all takers and consortium members.
    pub other_names: Vec<String>,
    pub publicity_start: Option<NaiveDate>,
    pub open_objections: u32,
    /// End of implementation in force (after approved extensions).
    pub end: Option<NaiveDate>,
    /// The amount officers sort by: R&D investment (攻关) or funds received (转化), else the
    /// estimated investment of the form.
    pub amount: Option<Yuan>,
    pub subsidy_paid: Yuan,
    /// 中期检查: what its due date and state need (summaries stored before it read empty).
    #[serde(default)]
    pub midterm: MidtermSummary,
    /// 经办人 (empty: unassigned); summaries stored before assignment read unassigned.
    #[serde(default)]
    pub officer: String,
    /// Stored with a flagged rule breach (`Case::breaches` not empty).
    #[serde(default)]
    pub breach: bool,
    pub rev: u64,
    pub updated_at: DateTime<Utc>,
    /// When the case was opened (the dashboard's cases per month); summaries stored
    /// before it read None until their case is next written.
    #[serde(default)]
    pub created_at: Option<DateTime<Utc>>,
}

impl CaseSummary {
    pub fn of(case: &Case) -> CaseSummary {
        let taker = case.chosen_taker().map(|t| t.org.name.clone());
        let other_names = case
            .takers
            .iter()
            .flat_map(|t| {
                std::iter::once(t.org.name.clone())
                    .chain(t.consortium.iter().map(|m| m.name.clone()))
            })
            .filter(|n| Some(n) != taker.as_ref())
            .collect();
        let amount = match case.kind {
            Kind::Breakthrough => case.amounts.rd_investment,
            Kind::Transformation => case.amounts.funds_received,
        }
        .or(case.achievement.estimated_investment);
        CaseSummary {
            id: case.id.clone(),
            kind: case.kind,
            field: case.field,
            stage: case.stage,
            stage_since: case.stage_since,
            name: case.achievement.name.clone(),
            issuer: case.issuer.name.clone(),
            issuer_region: case.issuer.region.clone(),
            taker,
            other_names,
            publicity_start: case.publicity.start,
            open_objections: case
                .publicity
                .objections
                .iter()
                .filter(|o| o.is_open())
                .count() as u32,
            end: case.effective_end(),
            amount,
            subsidy_paid: case.subsidy_paid(),
            midterm: MidtermSummary::of(case),
            officer: case.officer.clone(),
            breach: !case.breaches.is_empty(),
            rev: case.rev,
            updated_at: case.updated_at,
            created_at: Some(case.created_at),
        }
    }

    /// True when any taker is still in the running (used by `taker:none`).
    pub fn has_taker(&self) -> bool {
        self.taker.is_some() || !self.other_names.is_empty()
    }

    /// True when `user` is the case's 经办人 (never for an empty user).
    pub fn is_officer(&self, user: &str) -> bool {
        !user.is_empty() && self.officer == user
    }
}

/// Convenience for code that holds full cases.
pub fn has_active_taker(case: &Case) -> bool {
    case.takers
        .iter()
        .any(|t| t.status != TakerStatus::Eliminated)
}
