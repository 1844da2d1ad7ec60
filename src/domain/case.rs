//! A case (项目): one 榜单 entry followed from intake to closure.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::money::Yuan;
use super::org::Org;
use super::records::{Expert, Midterm, Objector, Review, StageGate};
use super::vocab::{
    AchievementType, Field, IpType, Kind, Stage, TakerStatus, TrancheKind, Verdict,
};

/// Case ids look like `JB-2026-0001`: year of intake and a store-wide sequence number.
pub fn case_id(year: i32, seq: u64) -> String {
    format!("JB-{year}-{seq:04}")
}

/// 项目需求信息 of 附件1.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Achievement {
    /// 成果名称 / 需求名称.
    pub name: String,
    pub achievement_type: Option<AchievementType>,
    /// 是否拥有自主知识产权.
    pub owns_ip: Option<bool>,
    pub ip_types: Vec<IpType>,
    /// Free text when `ip_types` contains `other`.
    pub ip_other: String,
    /// 拟转化科技成果情况 (≤ 3000 characters).
    pub description: String,
    /// 技术团队情况 (≤ 1000 characters).
    pub team: String,
    /// 建议实施时限, as the issuer wrote it (e.g. `2年`).
    pub suggested_period: String,
    /// 项目预计总投入(或成果价值).
    pub estimated_investment: Option<Yuan>,
}

/// 揭榜方: an applicant, possibly leading a consortium (联合体).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Taker {
    pub org: Org,
    pub consortium: Vec<Org>,
    pub status: TakerStatus,
    pub applied_on: Option<NaiveDate>,
    /// 赛马制: this taker's own agreement, task book and period (empty: the case's `plan`).
    pub plan: Plan,
    /// 赛马制: the stage gate's result for this taker.
    pub gate: Option<StageGate>,
}

impl Default for Taker {
    fn default() -> Self {
        Taker {
            org: Org::default(),
            consortium: Vec::new(),
            status: TakerStatus::Applied,
            applied_on: None,
            plan: Plan::default(),
            gate: None,
        }
    }
}

/// Agreement, task book and implementation period.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// 揭榜协议/技术合同 signed.
    pub agreement_signed: Option<NaiveDate>,
    /// 任务书 signed with the department.
    pub task_book_signed: Option<NaiveDate>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

/// Money on a case, all in yuan.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Amounts {
    /// 研发总投入 committed by the issuer (technology breakthrough; basis of pre-funding).
    pub rd_investment: Option<Yuan>,
    /// 实际到账金额 (transformation; basis of the post-subsidy).
    pub funds_received: Option<Yuan>,
    /// Date the issuer's first payment to the taker was evidenced (第十二条).
    pub issuer_first_payment: Option<NaiveDate>,
    /// Fiscal funds recovered after termination (第十五条).
    pub recovered: Yuan,
}

/// One subsidy disbursement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tranche {
    pub amount: Yuan,
    pub date: NaiveDate,
    pub kind: TrancheKind,
    /// 一事一议: allowed over the caps only with this flag and a reason.
    pub special: bool,
    pub special_reason: String,
    pub note: String,
    /// 赛马制: the taker this tranche pays (its name); empty for the case as a whole.
    pub taker: String,
}

impl Default for Tranche {
    fn default() -> Self {
        Tranche {
            amount: Yuan::ZERO,
            date: NaiveDate::MIN,
            kind: TrancheKind::PreFunding,
            special: false,
            special_reason: String::new(),
            note: String::new(),
            taker: String::new(),
        }
    }
}

/// An objection received during publicity (公示).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Objection {
    pub received: NaiveDate,
    /// Who objected: a named person or a stamped unit.
    pub by: String,
    /// Named person, stamped unit, or anonymous (never accepted).
    pub objector: Objector,
    /// Accepted for handling; anonymous or late objections are not.
    pub accepted: bool,
    pub not_accepted_reason: String,
    pub finding: String,
    pub resolved: Option<NaiveDate>,
}

impl Default for Objection {
    fn default() -> Self {
        Objection {
            received: NaiveDate::MIN,
            by: String::new(),
            objector: Objector::Person,
            accepted: true,
            not_accepted_reason: String::new(),
            finding: String::new(),
            resolved: None,
        }
    }
}

impl Objection {
    /// An accepted objection without a resolution date blocks implementation.
    pub fn is_open(&self) -> bool {
        self.accepted && self.resolved.is_none()
    }
}

/// 公示: starts when the case enters 揭榜公告.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Publicity {
    pub start: Option<NaiveDate>,
    pub objections: Vec<Objection>,
}

/// 延期 (第十五条): an event on an implementing case, not a stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Extension {
    pub requested_on: NaiveDate,
    pub new_end: NaiveDate,
    pub reason: String,
    pub both_agreed: bool,
    pub approved: bool,
}

impl Default for Extension {
    fn default() -> Self {
        Extension {
            requested_on: NaiveDate::MIN,
            new_end: NaiveDate::MIN,
            reason: String::new(),
            both_agreed: false,
            approved: false,
        }
    }
}

/// 终止 (第十五条).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Termination {
    pub date: Option<NaiveDate>,
    pub reason: String,
    pub recovered: Option<Yuan>,
}

/// 验收.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Acceptance {
    pub date: Option<NaiveDate>,
    pub verdict: Option<Verdict>,
    /// Completion of the task-book indicators, 0–100.
    pub completion_pct: Option<u8>,
    /// 成果转化类: economic benefit verified by the department (第十二条).
    pub benefit_verified: bool,
    /// 成果转化类: the verified economic benefit, yuan.
    pub benefit: Option<Yuan>,
    /// 验收专家组.
    pub panel: Vec<Expert>,
    pub remarks: String,
}

/// An officer's remark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub at: DateTime<Utc>,
    pub author: String,
    pub text: String,
}

/// A case. `rev` grows by one with every stored change; writes name the revision they
/// were based on and are refused when it is stale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub id: String,
    pub kind: Kind,
    /// `None` until the issuer chooses one of the five fields.
    #[serde(default)]
    pub field: Option<Field>,
    pub stage: Stage,
    /// When the case entered its current stage.
    #[serde(default)]
    pub stage_since: Option<NaiveDate>,
    pub issuer: Org,
    pub achievement: Achievement,
    #[serde(default)]
    pub takers: Vec<Taker>,
    #[serde(default)]
    pub plan: Plan,
    #[serde(default)]
    pub amounts: Amounts,
    #[serde(default)]
    pub tranches: Vec<Tranche>,
    #[serde(default)]
    pub publicity: Publicity,
    #[serde(default)]
    pub extensions: Vec<Extension>,
    #[serde(default)]
    pub termination: Option<Termination>,
    #[serde(default)]
    pub acceptance: Acceptance,
    /// Expert reviews at 需求论证 and 评审推荐; the last of a stage counts.
    #[serde(default)]
    pub reviews: Vec<Review>,
    /// 中期检查.
    #[serde(default)]
    pub midterm: Midterm,
    #[serde(default)]
    pub notes: Vec<Note>,
    /// 经办人: the operating-system user name of the officer in charge; empty when the
    /// case is unassigned. Cases stored before assignment existed read as unassigned.
    #[serde(default)]
    pub officer: String,
    /// Rules this case was stored in breach of, knowingly (`import --allow-breaches`), by
    /// rule id; a write that resolves a breach drops its id. Written only when not empty,
    /// so a clean case's JSON is as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaches: Vec<String>,
    #[serde(default)]
    pub rev: u64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Case {
    /// A fresh case at 需求征集.
    pub fn new(id: String, kind: Kind, issuer: Org, name: &str, now: DateTime<Utc>) -> Case {
        Case {
            id,
            kind,
            field: None,
            stage: Stage::Collecting,
            stage_since: Some(now.date_naive()),
            issuer,
            achievement: Achievement {
                name: name.to_string(),
                ..Achievement::default()
            },
            takers: Vec::new(),
            plan: Plan::default(),
            amounts: Amounts::default(),
            tranches: Vec::new(),
            publicity: Publicity::default(),
            extensions: Vec::new(),
            termination: None,
            acceptance: Acceptance::default(),
            reviews: Vec::new(),
            midterm: Midterm::default(),
            notes: Vec::new(),
            officer: String::new(),
            breaches: Vec::new(),
            rev: 0,
            created_at: now,
            updated_at: now,
        }
    }

    /// The taker chosen at 评审推荐 (the first selected, else the first recommended).
    pub fn chosen_taker(&self) -> Option<&Taker> {
        self.takers
            .iter()
            .find(|t| t.status == TakerStatus::Selected)
            .or_else(|| {
                self.takers
                    .iter()
                    .find(|t| t.status == TakerStatus::Recommended)
            })
    }

    /// Takers still in the running (not eliminated).
    pub fn active_takers(&self) -> impl Iterator<Item = &Taker> {
        self.takers
            .iter()
            .filter(|t| t.status != TakerStatus::Eliminated)
    }

    /// The end date in force: the last approved extension's, else the planned one.
    pub fn effective_end(&self) -> Option<NaiveDate> {
        self.extensions
            .iter()
            .filter(|e| e.approved)
            .map(|e| e.new_end)
            .next_back()
            .or(self.plan.end)
    }

    pub fn subsidy_paid(&self) -> Yuan {
        self.tranches.iter().map(|t| t.amount).sum()
    }

    /// Every organisation name on the case, for search: achievement, issuer, takers, members.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.achievement.name.as_str())
            .chain(std::iter::once(self.issuer.name.as_str()))
            .chain(self.takers.iter().flat_map(|t| {
                std::iter::once(t.org.name.as_str())
                    .chain(t.consortium.iter().map(|m| m.name.as_str()))
            }))
    }
}
