//! The lines above the stage forms: how the mid-term due date is reached, what 第十二条
//! asks before a subsidy tranche, and the case's takers numbered for `:gate N`.

use crate::i18n::msg;
use chrono::NaiveDate;

use crate::domain::case::Case;
use crate::domain::records::acceptance::{Missing, post_subsidy_missing};
use crate::domain::rules::{RecordRule, Rule, Unmet};
use crate::domain::{Kind, Yuan};
use crate::i18n::{Lang, tr, trf};

use super::super::backend::CaseDetail;
pub use super::super::midterm_basis::MidtermBasis;
use super::Purpose;

fn day(d: Option<NaiveDate>) -> String {
    d.map_or("-".into(), |d| d.to_string())
}

/// What 第十二条 asks before a subsidy tranche, and what of it the case still lacks.
pub fn acceptance_info(case: &Case, lang: Lang) -> Vec<String> {
    let bullet = |rule: Rule| format!("  - {}", Unmet::from(rule).message(lang));
    let mut out = Vec::new();
    match case.kind {
        Kind::Transformation => {
            out.push(tr(lang, msg::stages::ART12_TRANSFORMATION).to_string());
            let missing = post_subsidy_missing(case);
            for m in &missing {
                out.push(bullet(match m {
                    Missing::Passed(verdict) => {
                        Rule::PostSubsidyBeforeAcceptance { verdict: *verdict }
                    }
                    Missing::BenefitVerified => Rule::BenefitNotVerified,
                    Missing::BenefitAmount => Rule::Record(RecordRule::BenefitAmountMissing),
                    Missing::FundsReceived => Rule::SubsidyBaseMissing { kind: case.kind },
                }));
            }
            if missing.is_empty() {
                let funds = case.amounts.funds_received.unwrap_or(Yuan::ZERO);
                out.push(trf(
                    lang,
                    msg::stages::ART12_READY,
                    &[("funds", &funds.wan_string())],
                ));
            }
        }
        Kind::Breakthrough => {
            out.push(tr(lang, msg::stages::ART12_BREAKTHROUGH).to_string());
            match case.amounts.issuer_first_payment {
                Some(d) => out.push(trf(lang, msg::stages::ART12_FIRST_PAID, &[("date", &d)])),
                None => out.push(bullet(Rule::FirstPaymentMissing)),
            }
        }
    }
    out
}

/// The case's takers, numbered as `:gate N` takes them, the one being edited marked.
pub fn takers_info(case: &Case, index: usize, lang: Lang) -> Vec<String> {
    let mut out = vec![tr(lang, msg::stages::TAKERS_HEAD).to_string()];
    for (i, t) in case.takers.iter().enumerate() {
        let gate = match &t.gate {
            Some(g) => format!("{} {}", g.result.label(lang), day(g.date)),
            None => tr(lang, msg::stages::TAKERS_NO_GATE).to_string(),
        };
        let mark = if i == index { ">" } else { " " };
        out.push(trf(
            lang,
            msg::stages::TAKERS_LINE,
            &[
                ("mark", &mark),
                ("n", &(i + 1)),
                ("name", &t.org.name),
                ("status", &t.status.label(lang)),
                ("start", &day(t.plan.start)),
                ("end", &day(t.plan.end)),
                ("gate", &gate),
            ],
        ));
    }
    out
}

/// The info lines of a stage form, or why it cannot open (no such taker).
pub fn info(purpose: &Purpose, detail: &CaseDetail, lang: Lang) -> Result<Vec<String>, String> {
    let case = &detail.case;
    Ok(match purpose {
        Purpose::Midterm(_) => detail.midterm_basis.lines(lang),
        Purpose::Acceptance(_) => acceptance_info(case, lang),
        Purpose::Gate(id, i) => {
            let count = case.takers.len();
            if count == 0 {
                return Err(trf(lang, msg::stages::NO_TAKERS, &[("id", id)]));
            }
            if *i >= count {
                return Err(trf(
                    lang,
                    msg::stages::NO_SUCH_TAKER,
                    &[("n", &(i + 1)), ("count", &count), ("id", id)],
                ));
            }
            takers_info(case, *i, lang)
        }
        _ => Vec::new(),
    })
}
