//! A rule in words: the figures each unmet rule carries, put into the officer's language,
//! and `第十一条: …` / `Art. 11: …` for a whole unmet condition.

use crate::i18n::msg;
use chrono::NaiveDate;

use super::validation::path_label;
use crate::domain::rules::{Rule, Unmet};
use crate::domain::vocab::{Kind, Verdict};
use crate::i18n::{Lang, tr, trf};

fn yes_no(lang: Lang, b: bool) -> &'static str {
    if b {
        tr(lang, msg::rules::YES)
    } else {
        tr(lang, msg::rules::NO)
    }
}

fn verdict_text(lang: Lang, v: Option<Verdict>) -> &'static str {
    match v {
        Some(v) => v.label(lang),
        None => tr(lang, msg::rules::NONE_YET),
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
    /// The condition in words, without the article.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Rule::MissingFields { paths } => {
                let sep = tr(lang, msg::rules::LIST_SEP);
                let names: Vec<String> = paths.iter().map(|p| path_label(p, &[], lang)).collect();
                trf(
                    lang,
                    msg::rules::MISSING_FIELDS,
                    &[("fields", &names.join(sep))],
                )
            }
            Rule::FieldNotChosen => trf(lang, msg::rules::FIELD_NOT_CHOSEN, &[]),
            Rule::IssuerCreditCode { error } => {
                let detail = error.message(lang);
                trf(lang, msg::rules::ISSUER_CREDIT_CODE, &[("detail", &detail)])
            }
            Rule::IssuerLacksIp { owns_ip } => match owns_ip {
                None => trf(lang, msg::rules::ISSUER_IP_UNKNOWN, &[]),
                Some(_) => trf(lang, msg::rules::ISSUER_LACKS_IP, &[]),
            },
            Rule::IssuerNotRegionalEnterprise {
                in_region,
                enterprise,
            } => trf(
                lang,
                msg::rules::ISSUER_NOT_REGIONAL_ENTERPRISE,
                &[
                    ("in_region", &yes_no(lang, *in_region)),
                    ("enterprise", &yes_no(lang, *enterprise)),
                ],
            ),
            Rule::NoApplicant => trf(lang, msg::rules::NO_APPLICANT, &[]),
            Rule::NoRecommended => trf(lang, msg::rules::NO_RECOMMENDED, &[]),
            Rule::SameUnit {
                taker,
                member,
                subsidiary,
                ..
            } => {
                let who = match member {
                    Some(m) => trf(
                        lang,
                        msg::rules::MEMBER_OF,
                        &[("member", m), ("taker", taker)],
                    ),
                    None => taker.clone(),
                };
                if *subsidiary {
                    trf(lang, msg::rules::SUBSIDIARY, &[("who", &who)])
                } else {
                    trf(lang, msg::rules::SAME_UNIT, &[("who", &who)])
                }
            }
            Rule::TakerNotRegionalEnterprise {
                taker,
                in_region,
                enterprise,
            } => trf(
                lang,
                msg::rules::TAKER_NOT_REGIONAL_ENTERPRISE,
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
                    msg::rules::BLACKLISTED,
                    &[
                        ("party", &party.label(lang)),
                        ("name", name),
                        ("reason", reason),
                        ("since", &since),
                        ("source", source),
                    ],
                )
            }
            Rule::PublicityNotStarted => trf(lang, msg::rules::PUBLICITY_NOT_STARTED, &[]),
            Rule::PublicityNotOver {
                start,
                end,
                days,
                unknown_years,
            } => {
                let mut s = trf(
                    lang,
                    msg::rules::PUBLICITY_NOT_OVER,
                    &[("start", start), ("end", end), ("days", days)],
                );
                if !unknown_years.is_empty() {
                    let years: Vec<String> = unknown_years.iter().map(|y| y.to_string()).collect();
                    let sep = tr(lang, msg::rules::LIST_SEP);
                    s.push_str(&trf(
                        lang,
                        msg::rules::ESTIMATED,
                        &[("years", &years.join(sep))],
                    ));
                }
                s
            }
            Rule::OpenObjections { count, by } => trf(
                lang,
                msg::rules::OPEN_OBJECTIONS,
                &[("count", count), ("by", by)],
            ),
            Rule::AgreementNotSigned => trf(lang, msg::rules::AGREEMENT_NOT_SIGNED, &[]),
            Rule::TaskBookNotSigned => trf(lang, msg::rules::TASK_BOOK_NOT_SIGNED, &[]),
            Rule::SignedDuringPublicity {
                what,
                date,
                start,
                end,
            } => trf(
                lang,
                msg::rules::SIGNED_DURING_PUBLICITY,
                &[
                    ("what", &what.label(lang)),
                    ("date", date),
                    ("start", start),
                    ("end", end),
                ],
            ),
            Rule::SignedBeforeObjectionResolved {
                what,
                date,
                resolved,
            } => trf(
                lang,
                msg::rules::SIGNED_BEFORE_OBJECTION_RESOLVED,
                &[
                    ("what", &what.label(lang)),
                    ("date", date),
                    ("resolved", resolved),
                ],
            ),
            Rule::ObjectionOutsidePublicity {
                by,
                received,
                start,
                end,
            } => trf(
                lang,
                msg::rules::OBJECTION_OUTSIDE_PUBLICITY,
                &[
                    ("by", by),
                    ("received", received),
                    ("start", start),
                    ("end", end),
                ],
            ),
            Rule::AgreementTermsMissing {
                ip_ownership,
                benefit_sharing,
            } => {
                let mut names = Vec::new();
                if *ip_ownership {
                    names.push(path_label("plan.ip_ownership", &[], lang));
                }
                if *benefit_sharing {
                    names.push(path_label("plan.benefit_sharing", &[], lang));
                }
                let fields = names.join(tr(lang, msg::rules::LIST_SEP));
                trf(
                    lang,
                    msg::rules::AGREEMENT_TERMS_MISSING,
                    &[("fields", &fields)],
                )
            }
            Rule::PlanChangedWithoutExtension { was, now } => {
                let show = |p: &(Option<NaiveDate>, Option<NaiveDate>)| {
                    let d = |x: Option<NaiveDate>| x.map(|d| d.to_string()).unwrap_or("-".into());
                    format!("{} ~ {}", d(p.0), d(p.1))
                };
                trf(
                    lang,
                    msg::rules::PLAN_CHANGED,
                    &[("was", &show(was)), ("now", &show(now))],
                )
            }
            Rule::AcceptanceBeforeStart { start, date } => trf(
                lang,
                msg::rules::ACCEPTANCE_BEFORE_START,
                &[("start", start), ("date", date)],
            ),
            Rule::AcceptanceUndated => trf(lang, msg::rules::ACCEPTANCE_UNDATED, &[]),
            Rule::PlanDatesMissing { start, end } => {
                let mut names = Vec::new();
                if *start {
                    names.push(path_label("plan.start", &[], lang));
                }
                if *end {
                    names.push(path_label("plan.end", &[], lang));
                }
                let fields = names.join(tr(lang, msg::rules::LIST_SEP));
                trf(lang, msg::rules::PLAN_DATES_MISSING, &[("fields", &fields)])
            }
            Rule::PlanEndBeforeStart { start, end } => trf(
                lang,
                msg::rules::PLAN_END_BEFORE_START,
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
                msg::rules::DURATION_TOO_LONG,
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
                msg::rules::EXTENSION_STAGE,
                &[("stage", &stage.label(lang))],
            ),
            Rule::ExtensionNotLater {
                current_end,
                new_end,
            } => trf(
                lang,
                msg::rules::EXTENSION_NOT_LATER,
                &[("current", current_end), ("new", new_end)],
            ),
            Rule::ExtensionNoReason => trf(lang, msg::rules::EXTENSION_NO_REASON, &[]),
            Rule::ExtensionNotAgreed => trf(lang, msg::rules::EXTENSION_NOT_AGREED, &[]),
            Rule::ExtensionNotApproved => trf(lang, msg::rules::EXTENSION_NOT_APPROVED, &[]),
            Rule::ExtensionCount { max } => trf(lang, msg::rules::EXTENSION_COUNT, &[("max", max)]),
            Rule::ExtensionTooLong {
                original_end,
                new_end,
                max_months,
                latest,
            } => trf(
                lang,
                msg::rules::EXTENSION_TOO_LONG,
                &[
                    ("original", original_end),
                    ("new", new_end),
                    ("months", max_months),
                    ("latest", latest),
                ],
            ),
            Rule::TerminationNotRecorded => trf(lang, msg::rules::TERMINATION_NOT_RECORDED, &[]),
            Rule::TerminationNoReason => trf(lang, msg::rules::TERMINATION_NO_REASON, &[]),
            Rule::TerminationNoRecovered => trf(lang, msg::rules::TERMINATION_NO_RECOVERED, &[]),
            Rule::TerminationNotAgreed => trf(lang, msg::rules::TERMINATION_NOT_AGREED, &[]),
            Rule::TerminationNotApproved => trf(lang, msg::rules::TERMINATION_NOT_APPROVED, &[]),
            Rule::TerminationNoAudit {
                paid,
                date,
                conclusion,
            } => {
                let mut missing = Vec::new();
                if *date {
                    missing.push(tr(lang, msg::rules::DATED_AUDIT));
                }
                if *conclusion {
                    missing.push(tr(lang, msg::rules::AUDIT_CONCLUSION));
                }
                trf(
                    lang,
                    msg::rules::TERMINATION_NO_AUDIT,
                    &[
                        ("paid", &paid.wan_string()),
                        ("missing", &missing.join(tr(lang, msg::rules::LIST_SEP))),
                    ],
                )
            }
            Rule::AuditBeforeTermination { terminated, audit } => trf(
                lang,
                msg::rules::AUDIT_BEFORE_TERMINATION,
                &[("terminated", terminated), ("audit", audit)],
            ),
            Rule::RecoveredOverPaid { recovered, paid } => trf(
                lang,
                msg::rules::RECOVERED_OVER_PAID,
                &[
                    ("recovered", &recovered.wan_string()),
                    ("paid", &paid.wan_string()),
                ],
            ),
            Rule::AcceptanceNotPassed { verdict } => trf(
                lang,
                msg::rules::ACCEPTANCE_NOT_PASSED,
                &[("verdict", &verdict_text(lang, *verdict))],
            ),
            Rule::TrancheStage { stage } => trf(
                lang,
                msg::rules::TRANCHE_STAGE,
                &[("stage", &stage.label(lang))],
            ),
            Rule::TrancheKindMismatch { case_kind, tranche } => trf(
                lang,
                msg::rules::TRANCHE_KIND,
                &[
                    ("kind", &case_kind.label(lang)),
                    ("allowed", &case_kind.tranche_kind().label(lang)),
                    ("tranche", &tranche.label(lang)),
                ],
            ),
            Rule::TrancheNotPositive => trf(lang, msg::rules::TRANCHE_NOT_POSITIVE, &[]),
            Rule::SubsidyBaseMissing { kind } => trf(
                lang,
                msg::rules::SUBSIDY_BASE_MISSING,
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
                msg::rules::SUBSIDY_OVER_MAX,
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
            Rule::SpecialWithoutReason => trf(lang, msg::rules::SPECIAL_WITHOUT_REASON, &[]),
            Rule::FirstPaymentMissing => trf(lang, msg::rules::FIRST_PAYMENT_MISSING, &[]),
            Rule::TrancheBeforeFirstPayment { first, date } => trf(
                lang,
                msg::rules::TRANCHE_BEFORE_FIRST_PAYMENT,
                &[("first", first), ("date", date)],
            ),
            Rule::PostSubsidyBeforeAcceptance { verdict } => trf(
                lang,
                msg::rules::POST_SUBSIDY_BEFORE_ACCEPTANCE,
                &[("verdict", &verdict_text(lang, *verdict))],
            ),
            Rule::BenefitNotVerified => trf(lang, msg::rules::BENEFIT_NOT_VERIFIED, &[]),
            Rule::PostSubsidyBeforeAcceptanceDate { accepted, date } => trf(
                lang,
                msg::rules::POST_SUBSIDY_BEFORE_ACCEPTANCE_DATE,
                &[("accepted", accepted), ("date", date)],
            ),
            Rule::DateInFuture { what, date, today } => trf(
                lang,
                msg::rules::DATE_IN_FUTURE,
                &[
                    ("what", &what.label(lang)),
                    ("date", date),
                    ("today", today),
                ],
            ),
            Rule::ForOrg { party, name, rule } => trf(
                lang,
                msg::rules::FOR_ORG,
                &[
                    ("party", &party.label(lang)),
                    ("name", name),
                    ("text", &rule.text(lang)),
                ],
            ),
            Rule::HeadcountOver {
                which,
                count,
                total,
            } => trf(
                lang,
                msg::rules::HEADCOUNT_OVER,
                &[
                    ("which", &which.label(lang)),
                    ("count", count),
                    ("total", total),
                ],
            ),
            Rule::RegionCodeMismatch { region, division } => trf(
                lang,
                msg::rules::REGION_CODE_MISMATCH,
                &[("region", region), ("division", division)],
            ),
            Rule::ForTaker { taker, rule } => trf(
                lang,
                msg::records::RULE_FOR_TAKER,
                &[("taker", taker), ("text", &rule.text(lang))],
            ),
            Rule::Record(r) => r.text(lang),
        }
    }
}

impl Unmet {
    /// The source in Chinese as the measures write it, e.g. `第十一条`, `本厅规定(…)`.
    pub fn article(&self) -> String {
        self.rule.source().label(Lang::Zh)
    }

    /// `第十一条: …` / `Art. 11: …`.
    pub fn message(&self, lang: Lang) -> String {
        trf(
            lang,
            msg::rules::UNMET,
            &[
                ("article", &self.rule.source().label(lang)),
                ("text", &self.rule.text(lang)),
            ],
        )
    }
}
