//! A rule in words: the figures each unmet rule carries, put into the officer's language,
//! and `第十一条: …` / `Art. 11: …` for a whole unmet condition.

use chrono::NaiveDate;

use super::validation::path_label;
use crate::domain::rules::{Rule, Unmet};
use crate::domain::vocab::{Kind, Verdict};
use crate::i18n::{Lang, tr, trf};

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
            Rule::SignedDuringPublicity {
                what,
                date,
                start,
                end,
            } => trf(
                lang,
                "rules.signed_during_publicity",
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
                "rules.signed_before_objection_resolved",
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
                "rules.objection_outside_publicity",
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
                let fields = names.join(tr(lang, "rules.list_sep"));
                trf(
                    lang,
                    "rules.agreement_terms_missing",
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
                    "rules.plan_changed",
                    &[("was", &show(was)), ("now", &show(now))],
                )
            }
            Rule::AcceptanceBeforeStart { start, date } => trf(
                lang,
                "rules.acceptance_before_start",
                &[("start", start), ("date", date)],
            ),
            Rule::AcceptanceUndated => trf(lang, "rules.acceptance_undated", &[]),
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
            Rule::TerminationNotAgreed => trf(lang, "rules.termination_not_agreed", &[]),
            Rule::TerminationNotApproved => trf(lang, "rules.termination_not_approved", &[]),
            Rule::TerminationNoAudit {
                paid,
                date,
                conclusion,
            } => {
                let mut missing = Vec::new();
                if *date {
                    missing.push(tr(lang, "rules.dated.audit"));
                }
                if *conclusion {
                    missing.push(tr(lang, "rules.audit_conclusion"));
                }
                trf(
                    lang,
                    "rules.termination_no_audit",
                    &[
                        ("paid", &paid.wan_string()),
                        ("missing", &missing.join(tr(lang, "rules.list_sep"))),
                    ],
                )
            }
            Rule::AuditBeforeTermination { terminated, audit } => trf(
                lang,
                "rules.audit_before_termination",
                &[("terminated", terminated), ("audit", audit)],
            ),
            Rule::RecoveredOverPaid { recovered, paid } => trf(
                lang,
                "rules.recovered_over_paid",
                &[
                    ("recovered", &recovered.wan_string()),
                    ("paid", &paid.wan_string()),
                ],
            ),
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
            Rule::ForOrg { party, name, rule } => trf(
                lang,
                "rules.for_org",
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
                "rules.headcount_over",
                &[
                    ("which", &which.label(lang)),
                    ("count", count),
                    ("total", total),
                ],
            ),
            Rule::RegionCodeMismatch { region, division } => trf(
                lang,
                "rules.region_code_mismatch",
                &[("region", region), ("division", division)],
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

impl Unmet {
    /// The source in Chinese as the measures write it, e.g. `第十一条`, `本厅规定(…)`.
    pub fn article(&self) -> String {
        self.rule.source().label(Lang::Zh)
    }

    /// `第十一条: …` / `Art. 11: …`.
    pub fn message(&self, lang: Lang) -> String {
        trf(
            lang,
            "rules.unmet",
            &[
                ("article", &self.rule.source().label(lang)),
                ("text", &self.rule.text(lang)),
            ],
        )
    }
}
