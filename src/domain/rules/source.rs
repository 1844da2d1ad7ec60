//! Where a rule comes from: an article of the measures (附件2), a department policy
//! (本厅规定) with its setting in `[rules]` of config.toml, or a plain fact of the data (a
//! date of something done cannot lie in the future). A policy never borrows an article
//! that does not say it.

use super::unmet::Article;

/// What the measures leave to the department.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Policy {
    /// Length of the 公示 (第九条(七) asks for one, not how long).
    PublicityDays,
    /// The issuer is identified by a valid 统一社会信用代码 before 发布榜单.
    CreditCode,
    /// Minimum counted experts of a review panel.
    MinExperts,
    /// The criteria every expert scores.
    Criteria,
    /// The mean score a need or a recommended taker must reach.
    PassScore,
    /// Experts declare conflicts of interest and experts of a party's own unit withdraw.
    ExpertConflicts,
    /// 中期检查: which projects, and what a 限期整改 holds back.
    Midterm,
    /// 赛马制: several takers, stage gates, elimination.
    Racing,
    /// How many extensions a project may have.
    ExtensionCount,
    /// How much later than the planned end an extension may go.
    ExtensionLength,
}

impl Policy {
    /// The key under `[rules]` of config.toml that sets it, when one does.
    pub fn setting(self) -> Option<&'static str> {
        match self {
            Policy::PublicityDays => Some("publicity_working_days"),
            Policy::MinExperts => Some("records.min_experts"),
            Policy::Criteria => Some("records.*_criteria"),
            Policy::PassScore => Some("records.pass_score"),
            Policy::Midterm => Some("midterm_min_subsidy"),
            Policy::ExtensionCount => Some("max_extensions"),
            Policy::ExtensionLength => Some("max_extension_months"),
            Policy::CreditCode | Policy::ExpertConflicts | Policy::Racing => None,
        }
    }
}

/// The source a rule cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    Article(Article),
    Policy(Policy),
    /// Consistency of the data itself (headcounts, dates not in the future).
    Fact,
}

impl From<Article> for Source {
    fn from(a: Article) -> Source {
        Source::Article(a)
    }
}

impl From<Policy> for Source {
    fn from(p: Policy) -> Source {
        Source::Policy(p)
    }
}

impl Source {
    pub fn is_article(self) -> bool {
        matches!(self, Source::Article(_))
    }
}
