//! An unmet condition: which rule, with the figures its message needs, and its article.

use chrono::NaiveDate;

pub use super::record_rule::RecordRule;
use super::source::{Policy, Source};
use crate::domain::credit_code::CreditCodeError;
use crate::domain::money::Yuan;
use crate::domain::vocab::{Kind, Stage, TrancheKind, Verdict};

/// The provision a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Article {
    /// 征集函 一: the five fields.
    Call1,
    /// 第四条 with 第六条 (技术攻关类 takers).
    A4A6,
    /// 第四条 with 第八条 (成果转化类 takers).
    A4A8,
    A5,
    A7_1,
    A8,
    A9_1,
    /// 第九条(二): 需求论证.
    A9_2,
    A9_3,
    A9_4,
    A9_5,
    A9_7,
    A10,
    A11,
    A12,
    A13,
    A14,
    A15,
}

/// A recorded date that cannot lie in the future: it says something already happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatedEvent {
    Registration,
    AgreementSigned,
    TaskBookSigned,
    FirstPayment,
    Tranche,
    Extension,
    Acceptance,
    Termination,
    Audit,
    Objection,
    Review,
    Midterm,
}

/// A part of an organisation's headcount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Headcount {
    Bachelor,
    Rd,
}

/// Which side of the case an organisation is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    Issuer,
    Taker,
    /// A consortium member of a taker.
    Member,
}

/// One condition of the measures, carrying the figures for its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// Required form fields still empty, as field paths (`achievement.name`, …).
    MissingFields {
        paths: Vec<&'static str>,
    },
    FieldNotChosen,
    IssuerCreditCode {
        error: CreditCodeError,
    },
    IssuerLacksIp {
        owns_ip: Option<bool>,
    },
    IssuerNotRegionalEnterprise {
        in_region: bool,
        enterprise: bool,
    },
    NoApplicant,
    NoRecommended,
    /// A taker (or one of its consortium members) is the issuer or the issuer's subsidiary.
    SameUnit {
        kind: Kind,
        taker: String,
        member: Option<String>,
        subsidiary: bool,
    },
    TakerNotRegionalEnterprise {
        taker: String,
        in_region: bool,
        enterprise: bool,
    },
    Blacklisted {
        party: Party,
        name: String,
        reason: String,
        listed_on: Option<NaiveDate>,
        source: String,
    },
    PublicityNotStarted,
    /// `unknown_years`: years the holiday table lacks, so `end` counts weekends only.
    PublicityNotOver {
        start: NaiveDate,
        end: NaiveDate,
        days: u32,
        unknown_years: Vec<i32>,
    },
    OpenObjections {
        count: usize,
        by: String,
    },
    AgreementNotSigned,
    TaskBookNotSigned,
    /// 第九条(七): signed on or before the publicity's last day.
    SignedDuringPublicity {
        what: DatedEvent,
        date: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
    },
    SignedBeforeObjectionResolved {
        what: DatedEvent,
        date: NaiveDate,
        resolved: NaiveDate,
    },
    /// An objection accepted for handling though received outside the publicity period.
    ObjectionOutsidePublicity {
        by: String,
        received: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
    },
    /// 第十四条: 产权归属 / 利益分配 not stated with the agreement.
    AgreementTermsMissing {
        ip_ownership: bool,
        benefit_sharing: bool,
    },
    /// 第十五条: the period changed during implementation other than by an extension.
    PlanChangedWithoutExtension {
        was: (Option<NaiveDate>, Option<NaiveDate>),
        now: (Option<NaiveDate>, Option<NaiveDate>),
    },
    /// 验收 dated before the project started.
    AcceptanceBeforeStart {
        start: NaiveDate,
        date: NaiveDate,
    },
    /// A verdict recorded without the date of the acceptance.
    AcceptanceUndated,
    PlanDatesMissing {
        start: bool,
        end: bool,
    },
    PlanEndBeforeStart {
        start: NaiveDate,
        end: NaiveDate,
    },
    DurationTooLong {
        kind: Kind,
        start: NaiveDate,
        end: NaiveDate,
        max_years: u32,
        latest: NaiveDate,
    },
    ExtensionStage {
        stage: Stage,
    },
    ExtensionNotLater {
        current_end: NaiveDate,
        new_end: NaiveDate,
    },
    ExtensionNoReason,
    ExtensionNotAgreed,
    ExtensionNotApproved,
    ExtensionCount {
        max: u32,
    },
    ExtensionTooLong {
        original_end: NaiveDate,
        new_end: NaiveDate,
        max_months: u32,
        latest: NaiveDate,
    },
    TerminationNotRecorded,
    TerminationNoReason,
    TerminationNoRecovered,
    TerminationNotAgreed,
    TerminationNotApproved,
    /// Fiscal funds were paid, but the special audit's date or conclusion is missing.
    TerminationNoAudit {
        paid: Yuan,
        date: bool,
        conclusion: bool,
    },
    AuditBeforeTermination {
        terminated: NaiveDate,
        audit: NaiveDate,
    },
    RecoveredOverPaid {
        recovered: Yuan,
        paid: Yuan,
    },
    AcceptanceNotPassed {
        verdict: Option<Verdict>,
    },
    TrancheStage {
        stage: Stage,
    },
    TrancheKindMismatch {
        case_kind: Kind,
        tranche: TrancheKind,
    },
    TrancheNotPositive,
    SubsidyBaseMissing {
        kind: Kind,
    },
    /// Cumulative subsidy after this tranche (`after`) above `max` = min(base × rate, cap).
    SubsidyOverMax {
        kind: Kind,
        base: Yuan,
        rate_pct: i64,
        cap: Yuan,
        max: Yuan,
        after: Yuan,
    },
    SpecialWithoutReason,
    FirstPaymentMissing,
    TrancheBeforeFirstPayment {
        first: NaiveDate,
        date: NaiveDate,
    },
    PostSubsidyBeforeAcceptance {
        verdict: Option<Verdict>,
    },
    BenefitNotVerified,
    /// 第十二条: a post-subsidy dated before the acceptance it follows.
    PostSubsidyBeforeAcceptanceDate {
        accepted: NaiveDate,
        date: NaiveDate,
    },
    /// A date that records something already done lies after today.
    DateInFuture {
        what: DatedEvent,
        date: NaiveDate,
        today: NaiveDate,
    },
    /// A condition on one organisation of the case.
    ForOrg {
        party: Party,
        name: String,
        rule: Box<Rule>,
    },
    /// 本科以上 or 研发 staff above 单位总人数.
    HeadcountOver {
        which: Headcount,
        count: u32,
        total: u32,
    },
    /// Advisory: the registered region and the credit code's division disagree.
    RegionCodeMismatch {
        region: String,
        division: String,
    },
    /// 赛马制: a condition met by the case as a whole but not by this selected taker.
    ForTaker {
        taker: String,
        rule: Box<Rule>,
    },
    /// A condition on a stage record (review, objection, mid-term check, acceptance, gate).
    Record(RecordRule),
}

impl Rule {
    /// The source the rule cites (kept under its old name for the callers that render it).
    pub fn article(&self) -> Source {
        self.source()
    }

    pub fn source(&self) -> Source {
        let a = match self {
            Rule::MissingFields { .. } => Article::A9_1,
            Rule::FieldNotChosen => Article::Call1,
            Rule::IssuerCreditCode { .. } => return Policy::CreditCode.into(),
            Rule::IssuerLacksIp { .. } => Article::A7_1,
            Rule::IssuerNotRegionalEnterprise { .. } => Article::A5,
            Rule::NoApplicant => Article::A9_4,
            Rule::NoRecommended => Article::A9_5,
            Rule::SameUnit { kind, .. } => match kind {
                Kind::Breakthrough => Article::A4A6,
                Kind::Transformation => Article::A4A8,
            },
            Rule::TakerNotRegionalEnterprise { .. } => Article::A8,
            Rule::Blacklisted { .. } => Article::A14,
            Rule::PublicityNotStarted
            | Rule::PublicityNotOver { .. }
            | Rule::OpenObjections { .. }
            | Rule::AgreementNotSigned
            | Rule::TaskBookNotSigned
            | Rule::SignedDuringPublicity { .. }
            | Rule::SignedBeforeObjectionResolved { .. }
            | Rule::ObjectionOutsidePublicity { .. } => Article::A9_7,
            Rule::AgreementTermsMissing { .. } => Article::A14,
            Rule::PlanChangedWithoutExtension { .. } => Article::A15,
            Rule::AcceptanceUndated => Article::A13,
            Rule::AcceptanceBeforeStart { .. } => return Source::Fact,
            Rule::PlanDatesMissing { .. }
            | Rule::PlanEndBeforeStart { .. }
            | Rule::DurationTooLong { .. }
            | Rule::ExtensionStage { .. }
            | Rule::ExtensionNotLater { .. }
            | Rule::ExtensionNoReason
            | Rule::ExtensionNotAgreed
            | Rule::ExtensionNotApproved
            | Rule::TerminationNotRecorded
            | Rule::TerminationNoReason
            | Rule::TerminationNoRecovered
            | Rule::TerminationNotAgreed
            | Rule::TerminationNotApproved
            | Rule::TerminationNoAudit { .. }
            | Rule::AuditBeforeTermination { .. }
            | Rule::RecoveredOverPaid { .. } => Article::A15,
            Rule::AcceptanceNotPassed { .. } => Article::A13,
            Rule::TrancheStage { .. } => Article::A10,
            Rule::TrancheKindMismatch { .. }
            | Rule::TrancheNotPositive
            | Rule::SubsidyBaseMissing { .. }
            | Rule::SubsidyOverMax { .. }
            | Rule::SpecialWithoutReason => Article::A11,
            Rule::FirstPaymentMissing
            | Rule::TrancheBeforeFirstPayment { .. }
            | Rule::PostSubsidyBeforeAcceptance { .. }
            | Rule::BenefitNotVerified
            | Rule::PostSubsidyBeforeAcceptanceDate { .. } => Article::A12,
            Rule::ExtensionCount { .. } => return Policy::ExtensionCount.into(),
            Rule::ExtensionTooLong { .. } => return Policy::ExtensionLength.into(),
            Rule::DateInFuture { .. }
            | Rule::HeadcountOver { .. }
            | Rule::RegionCodeMismatch { .. } => return Source::Fact,
            Rule::ForOrg { rule, .. } => return rule.source(),
            Rule::ForTaker { rule, .. } => return rule.source(),
            Rule::Record(r) => return r.source(),
        };
        Source::Article(a)
    }
}

/// A condition a move, tranche or extension does not meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmet {
    pub rule: Rule,
}

impl From<Rule> for Unmet {
    fn from(rule: Rule) -> Unmet {
        Unmet { rule }
    }
}
