//! An unmet condition: which rule, with the figures its message needs, and its article.

use chrono::NaiveDate;

pub use super::record_rule::RecordRule;
use crate::domain::credit_code::CreditCodeError;
use crate::domain::money::Yuan;
use crate::domain::validate::path_label;
use crate::domain::vocab::{Kind, Stage, TrancheKind, Verdict};
use crate::i18n::{Lang, tr, trf};

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

impl Article {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Article::Call1 => tr(lang, "rules.art.call_1"),
            Article::A4A6 => tr(lang, "rules.art.4_6"),
            Article::A4A8 => tr(lang, "rules.art.4_8"),
            Article::A5 => tr(lang, "rules.art.5"),
            Article::A7_1 => tr(lang, "rules.art.7_1"),
            Article::A8 => tr(lang, "rules.art.8"),
            Article::A9_1 => tr(lang, "rules.art.9_1"),
            Article::A9_2 => tr(lang, "records.art.9_2"),
            Article::A9_3 => tr(lang, "rules.art.9_3"),
            Article::A9_4 => tr(lang, "rules.art.9_4"),
            Article::A9_5 => tr(lang, "rules.art.9_5"),
            Article::A9_7 => tr(lang, "rules.art.9_7"),
            Article::A10 => tr(lang, "rules.art.10"),
            Article::A11 => tr(lang, "rules.art.11"),
            Article::A12 => tr(lang, "rules.art.12"),
            Article::A13 => tr(lang, "rules.art.13"),
            Article::A14 => tr(lang, "rules.art.14"),
            Article::A15 => tr(lang, "rules.art.15"),
        }
    }
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
}

impl DatedEvent {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            DatedEvent::Registration => tr(lang, "rules.dated.registration"),
            DatedEvent::AgreementSigned => tr(lang, "rules.dated.agreement"),
            DatedEvent::TaskBookSigned => tr(lang, "rules.dated.task_book"),
            DatedEvent::FirstPayment => tr(lang, "rules.dated.first_payment"),
            DatedEvent::Tranche => tr(lang, "rules.dated.tranche"),
            DatedEvent::Extension => tr(lang, "rules.dated.extension"),
            DatedEvent::Acceptance => tr(lang, "rules.dated.acceptance"),
            DatedEvent::Termination => tr(lang, "rules.dated.termination"),
            DatedEvent::Audit => tr(lang, "rules.dated.audit"),
        }
    }

    /// The article of the record the date belongs to.
    pub fn article(self) -> Article {
        match self {
            DatedEvent::Registration => Article::A9_1,
            DatedEvent::AgreementSigned | DatedEvent::TaskBookSigned => Article::A9_7,
            DatedEvent::FirstPayment | DatedEvent::Tranche => Article::A12,
            DatedEvent::Acceptance => Article::A13,
            DatedEvent::Extension | DatedEvent::Termination | DatedEvent::Audit => Article::A15,
        }
    }
}

/// Which side of the case an organisation is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    Issuer,
    Taker,
    /// A consortium member of a taker.
    Member,
}

impl Party {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Party::Issuer => tr(lang, "rules.party.issuer"),
            Party::Taker => tr(lang, "rules.party.taker"),
            Party::Member => tr(lang, "rules.party.member"),
        }
    }
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
    /// 赛马制: a condition met by the case as a whole but not by this selected taker.
    ForTaker {
        taker: String,
        rule: Box<Rule>,
    },
    /// A condition on a stage record (review, objection, mid-term check, acceptance, gate).
    Record(RecordRule),
}

fn yes_no(lang: Lang, b: bool) -> &'static str {
    if b {
        tr(lang, "rules.yes")
    } else {
        tr(lang, "rules.no")
    }
}

fn verdict_text(lang: Lang, v: Option<Verdict>) -> &'static str {
    match v {
        Some(v) => v.label(lang),
        None => tr(lang, "rules.none_yet"),
    }
}

fn base_label(kind: Kind, lang: Lang) -> String {
    let path = match kind {
        Kind::Breakthrough => "amounts.rd_investment",
        Kind::Transformation => "amounts.funds_received",
    };
    path_label(path, &[], lang)
}

impl Rule {
    pub fn article(&self) -> Article {
        match self {
            Rule::MissingFields { .. } => Article::A9_1,
            Rule::FieldNotChosen => Article::Call1,
            Rule::IssuerCreditCode { .. } => Article::A9_3,
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
            | Rule::TaskBookNotSigned => Article::A9_7,
            Rule::PlanDatesMissing { .. }
            | Rule::PlanEndBeforeStart { .. }
            | Rule::DurationTooLong { .. }
            | Rule::ExtensionStage { .. }
            | Rule::ExtensionNotLater { .. }
            | Rule::ExtensionNoReason
            | Rule::ExtensionNotAgreed
            | Rule::ExtensionNotApproved
            | Rule::ExtensionCount { .. }
            | Rule::ExtensionTooLong { .. }
            | Rule::TerminationNotRecorded
            | Rule::TerminationNoReason
            | Rule::TerminationNoRecovered => Article::A15,
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
            Rule::DateInFuture { what, .. } => what.article(),
            Rule::ForTaker { rule, .. } => rule.article(),
            Rule::Record(r) => r.article(),
        }
    }

    /// The condition in words, without the article.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Rule::MissingFields { paths } => {
                let sep = tr(lang, "rules.list_sep");
                let names: Vec<String> = paths.iter().map(|p| path_label(p, &[], lang)).collect();
                trf(
                    lang,
                    "rules.missing_fields",
                    &[("fields", &names.join(sep))],
                )
            }
            Rule::FieldNotChosen => trf(lang, "rules.field_not_chosen", &[]),
            Rule::IssuerCreditCode { error } => {
                let detail = error.message(lang);
                trf(lang, "rules.issuer_credit_code", &[("detail", &detail)])
            }
            Rule::IssuerLacksIp { owns_ip } => match owns_ip {
                None => trf(lang, "rules.issuer_ip_unknown", &[]),
                Some(_) => trf(lang, "rules.issuer_lacks_ip", &[]),
            },
            Rule::IssuerNotRegionalEnterprise {
                in_region,
                enterprise,
            } => trf(
                lang,
                "rules.issuer_not_regional_enterprise",
                &[
                    ("in_region", &yes_no(lang, *in_region)),
                    ("enterprise", &yes_no(lang, *enterprise)),
                ],
            ),
            Rule::NoApplicant => trf(lang, "rules.no_applicant", &[]),
            Rule::NoRecommended => trf(lang, "rules.no_recommended", &[]),
            Rule::SameUnit {
                taker,
                member,
                subsidiary,
                ..
            } => {
                let who = match member {
                    Some(m) => trf(lang, "rules.member_of", &[("member", m), ("taker", taker)]),
                    None => taker.clone(),
                };
                if *subsidiary {
                    trf(lang, "rules.subsidiary", &[("who", &who)])
                } else {
                    trf(lang, "rules.same_unit", &[("who", &who)])
                }
            }
            Rule::TakerNotRegionalEnterprise {
                taker,
                in_region,
                enterprise,
            } => trf(
                lang,
                "rules.taker_not_regional_enterprise",
                &[
                    ("taker", taker),
                    ("in_region", &yes_no(lang, *in_region)),
                    ("enterprise", &yes_no(lang, *enterprise)),
                ],
            ),
            Rule::Blacklisted {
                party,
                name,
                reason,
                listed_on,
                source,
            } => {
                let since = listed_on.map(|d| d.to_string()).unwrap_or_default();
                trf(
                    lang,
                    "rules.blacklisted",
                    &[
                        ("party", &party.label(lang)),
                        ("name", name),
                        ("reason", reason),
                        ("since", &since),
                        ("source", source),
                    ],
                )
            }
            Rule::PublicityNotStarted => trf(lang, "rules.publicity_not_started", &[]),
            Rule::PublicityNotOver {
                start,
                end,
                days,
                unknown_years,
            } => {
                let mut s = trf(
                    lang,
                    "rules.publicity_not_over",
                    &[("start", start), ("end", end), ("days", days)],
                );
                if !unknown_years.is_empty() {
                    let years: Vec<String> = unknown_years.iter().map(|y| y.to_string()).collect();
                    let sep = tr(lang, "rules.list_sep");
                    s.push_str(&trf(
                        lang,
                        "rules.estimated",
                        &[("years", &years.join(sep))],
                    ));
                }
                s
            }
            Rule::OpenObjections { count, by } => trf(
                lang,
                "rules.open_objections",
                &[("count", count), ("by", by)],
            ),
            Rule::AgreementNotSigned => trf(lang, "rules.agreement_not_signed", &[]),
            Rule::TaskBookNotSigned => trf(lang, "rules.task_book_not_signed", &[]),
            Rule::PlanDatesMissing { start, end } => {
                let mut names = Vec::new();
                if *start {
                    names.push(path_label("plan.start", &[], lang));
                }
                if *end {
                    names.push(path_label("plan.end", &[], lang));
                }
                let fields = names.join(tr(lang, "rules.list_sep"));
                trf(lang, "rules.plan_dates_missing", &[("fields", &fields)])
            }
            Rule::PlanEndBeforeStart { start, end } => trf(
                lang,
                "rules.plan_end_before_start",
                &[("start", start), ("end", end)],
            ),
            Rule::DurationTooLong {
                kind,
                start,
                end,
                max_years,
                latest,
            } => trf(
                lang,
                "rules.duration_too_long",
                &[
                    ("kind", &kind.label(lang)),
                    ("max", max_years),
                    ("start", start),
                    ("end", end),
                    ("latest", latest),
                ],
            ),
            Rule::ExtensionStage { stage } => trf(
                lang,
                "rules.extension_stage",
                &[("stage", &stage.label(lang))],
            ),
            Rule::ExtensionNotLater {
                current_end,
                new_end,
            } => trf(
                lang,
                "rules.extension_not_later",
                &[("current", current_end), ("new", new_end)],
            ),
            Rule::ExtensionNoReason => trf(lang, "rules.extension_no_reason", &[]),
            Rule::ExtensionNotAgreed => trf(lang, "rules.extension_not_agreed", &[]),
            Rule::ExtensionNotApproved => trf(lang, "rules.extension_not_approved", &[]),
            Rule::ExtensionCount { max } => trf(lang, "rules.extension_count", &[("max", max)]),
            Rule::ExtensionTooLong {
                original_end,
                new_end,
                max_months,
                latest,
            } => trf(
                lang,
                "rules.extension_too_long",
                &[
                    ("original", original_end),
                    ("new", new_end),
                    ("months", max_months),
                    ("latest", latest),
                ],
            ),
            Rule::TerminationNotRecorded => trf(lang, "rules.termination_not_recorded", &[]),
            Rule::TerminationNoReason => trf(lang, "rules.termination_no_reason", &[]),
            Rule::TerminationNoRecovered => trf(lang, "rules.termination_no_recovered", &[]),
            Rule::AcceptanceNotPassed { verdict } => trf(
                lang,
                "rules.acceptance_not_passed",
                &[("verdict", &verdict_text(lang, *verdict))],
            ),
            Rule::TrancheStage { stage } => trf(
                lang,
                "rules.tranche_stage",
                &[("stage", &stage.label(lang))],
            ),
            Rule::TrancheKindMismatch { case_kind, tranche } => trf(
                lang,
                "rules.tranche_kind",
                &[
                    ("kind", &case_kind.label(lang)),
                    ("allowed", &case_kind.tranche_kind().label(lang)),
                    ("tranche", &tranche.label(lang)),
                ],
            ),
            Rule::TrancheNotPositive => trf(lang, "rules.tranche_not_positive", &[]),
            Rule::SubsidyBaseMissing { kind } => trf(
                lang,
                "rules.subsidy_base_missing",
                &[("base", &base_label(*kind, lang))],
            ),
            Rule::SubsidyOverMax {
                kind,
                base,
                rate_pct,
                cap,
                max,
                after,
            } => trf(
                lang,
                "rules.subsidy_over_max",
                &[
                    ("kind", &kind.label(lang)),
                    ("tranche", &kind.tranche_kind().label(lang)),
                    ("base_label", &base_label(*kind, lang)),
                    ("base", &base.wan_string()),
                    ("rate", rate_pct),
                    ("cap", &cap.wan_string()),
                    ("max", &max.wan_string()),
                    ("after", &after.wan_string()),
                ],
            ),
            Rule::SpecialWithoutReason => trf(lang, "rules.special_without_reason", &[]),
            Rule::FirstPaymentMissing => trf(lang, "rules.first_payment_missing", &[]),
            Rule::TrancheBeforeFirstPayment { first, date } => trf(
                lang,
                "rules.tranche_before_first_payment",
                &[("first", first), ("date", date)],
            ),
            Rule::PostSubsidyBeforeAcceptance { verdict } => trf(
                lang,
                "rules.post_subsidy_before_acceptance",
                &[("verdict", &verdict_text(lang, *verdict))],
            ),
            Rule::BenefitNotVerified => trf(lang, "rules.benefit_not_verified", &[]),
            Rule::PostSubsidyBeforeAcceptanceDate { accepted, date } => trf(
                lang,
                "rules.post_subsidy_before_acceptance_date",
                &[("accepted", accepted), ("date", date)],
            ),
            Rule::DateInFuture { what, date, today } => trf(
                lang,
                "rules.date_in_future",
                &[
                    ("what", &what.label(lang)),
                    ("date", date),
                    ("today", today),
                ],
            ),
            Rule::ForTaker { taker, rule } => trf(
                lang,
                "records.rule.for_taker",
                &[("taker", taker), ("text", &rule.text(lang))],
            ),
            Rule::Record(r) => r.text(lang),
        }
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

impl Unmet {
    /// The article in Chinese as the measures write it, e.g. `第十一条`.
    pub fn article(&self) -> &'static str {
        self.rule.article().label(Lang::Zh)
    }

    /// `第十一条: …` / `Art. 11: …`.
    pub fn message(&self, lang: Lang) -> String {
        trf(
            lang,
            "rules.unmet",
            &[
                ("article", &self.rule.article().label(lang)),
                ("text", &self.rule.text(lang)),
            ],
        )
    }
}
