//! 第十条–第十二条: fiscal subsidy. 技术攻关类 are pre-funded (前资助) up to 30% of the total
//! R&D investment and 1000万元, once the issuer's first payment is evidenced; 成果转化类 are
//! post-subsidised (后补助) up to 30% of the funds actually received and 500万元, after
//! acceptance is passed and the benefit verified. 一事一议 may exceed the caps, with a reason.

use chrono::NaiveDate;

use super::RuleContext;
use super::settings::RuleSettings;
use super::unmet::{DatedEvent, Rule, Unmet};
use crate::domain::case::{Case, Tranche};
use crate::domain::money::Yuan;
use crate::domain::vocab::{Kind, Stage, Verdict};

/// The subsidy limit of a case, with its parts, for display and for the tranche check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubsidyCalc {
    pub kind: Kind,
    /// R&D investment (攻关) or funds received (转化).
    pub base: Option<Yuan>,
    pub rate_pct: i64,
    pub by_rate: Option<Yuan>,
    pub cap: Yuan,
    /// min(by_rate, cap); unknown without a base.
    pub max: Option<Yuan>,
    /// Everything paid so far, special tranches included.
    pub paid: Yuan,
    /// Paid under 一事一议.
    pub special_paid: Yuan,
    /// max − paid, never below zero.
    pub remaining: Option<Yuan>,
    pub first_payment: Option<NaiveDate>,
    pub acceptance: Option<Verdict>,
    pub benefit_verified: bool,
}

fn is_justified_special(t: &Tranche) -> bool {
    t.special && !t.special_reason.trim().is_empty()
}

pub fn subsidy_calc(case: &Case, settings: &RuleSettings) -> SubsidyCalc {
    let kind = case.kind;
    let base = match kind {
        Kind::Breakthrough => case.amounts.rd_investment,
        Kind::Transformation => case.amounts.funds_received,
    };
    let rate_pct = settings.subsidy_rate_pct;
    let by_rate = base.map(|b| b.percent(rate_pct));
    let cap = settings.cap(kind);
    let max = by_rate.map(|r| r.min(cap));
    let paid = case.subsidy_paid();
    let special_paid = case
        .tranches
        .iter()
        .filter(|t| is_justified_special(t))
        .map(|t| t.amount)
        .sum();
    SubsidyCalc {
        kind,
        base,
        rate_pct,
        by_rate,
        cap,
        max,
        paid,
        special_paid,
        remaining: max.map(|m| (m - paid).max(Yuan::ZERO)),
        first_payment: case.amounts.issuer_first_payment,
        acceptance: case.acceptance.verdict,
        benefit_verified: case.acceptance.benefit_verified,
    }
}

/// A proposed tranche `t`, not yet on the case. Exactly at the limit is allowed. Every
/// party is checked against the blacklist at every tranche (第十四条).
pub fn check_tranche(case: &Case, t: &Tranche, ctx: &RuleContext) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::new();
    if !matches!(
        case.stage,
        Stage::Implementing | Stage::Accepting | Stage::Completed
    ) {
        out.push(Rule::TrancheStage { stage: case.stage }.into());
    }
    out.extend(super::integrity::check_integrity(case, ctx.blacklist));
    out.extend(tranche_rules(case, t, case.subsidy_paid(), ctx));
    out
}

/// The tranches on record, each as it was paid: against the amounts paid before it.
pub fn check_recorded_tranches(case: &Case, ctx: &RuleContext) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::new();
    let mut paid = Yuan::ZERO;
    for t in &case.tranches {
        out.extend(tranche_rules(case, t, paid, ctx));
        paid = paid + t.amount;
    }
    out
}

/// The conditions on one tranche given what was paid before it (`paid`).
fn tranche_rules(case: &Case, t: &Tranche, paid: Yuan, ctx: &RuleContext) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::new();
    if t.kind != case.kind.tranche_kind() {
        out.push(
            Rule::TrancheKindMismatch {
                case_kind: case.kind,
                tranche: t.kind,
            }
            .into(),
        );
    }
    if t.amount <= Yuan::ZERO {
        out.push(Rule::TrancheNotPositive.into());
    }
    if t.date > ctx.today {
        out.push(
            Rule::DateInFuture {
                what: DatedEvent::Tranche,
                date: t.date,
                today: ctx.today,
            }
            .into(),
        );
    }
    match case.kind {
        Kind::Breakthrough => match case.amounts.issuer_first_payment {
            None => out.push(Rule::FirstPaymentMissing.into()),
            Some(first) if t.date < first => out.push(
                Rule::TrancheBeforeFirstPayment {
                    first,
                    date: t.date,
                }
                .into(),
            ),
            Some(_) => {}
        },
        Kind::Transformation => out.extend(post_subsidy_rules(case, t)),
    }
    out.extend(super::racing::check_tranche_records(case, t));
    if t.special && t.special_reason.trim().is_empty() {
        out.push(Rule::SpecialWithoutReason.into());
    }
    if !is_justified_special(t) {
        out.extend(over_max(case, t, paid, ctx.settings));
    }
    out
}

/// 第十二条: a post-subsidy follows a passed acceptance, on or after its date, and a
/// verified benefit.
fn post_subsidy_rules(case: &Case, t: &Tranche) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::new();
    let verdict = case.acceptance.verdict;
    if verdict != Some(Verdict::Passed) {
        out.push(Rule::PostSubsidyBeforeAcceptance { verdict }.into());
    } else if let Some(accepted) = case.acceptance.date
        && t.date < accepted
    {
        out.push(
            Rule::PostSubsidyBeforeAcceptanceDate {
                accepted,
                date: t.date,
            }
            .into(),
        );
    }
    if !case.acceptance.benefit_verified {
        out.push(Rule::BenefitNotVerified.into());
    }
    out
}

fn over_max(case: &Case, t: &Tranche, paid: Yuan, settings: &RuleSettings) -> Option<Unmet> {
    let calc = subsidy_calc(case, settings);
    match (calc.base, calc.max) {
        (Some(base), Some(max)) => {
            let after = paid + t.amount;
            (after > max).then(|| {
                Rule::SubsidyOverMax {
                    kind: case.kind,
                    base,
                    rate_pct: calc.rate_pct,
                    cap: calc.cap,
                    max,
                    after,
                }
                .into()
            })
        }
        _ => Some(Rule::SubsidyBaseMissing { kind: case.kind }.into()),
    }
}

#[cfg(test)]
mod tests;
