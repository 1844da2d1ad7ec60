//! Acceptance (验收, 第十三条): date, panel, verdict 通过 / 需要复议 / 不通过, completion of the
//! task-book indicators, and for 成果转化类 the economic benefit the department verified and
//! the funds actually received — the evidence 第十二条 asks for before any post-subsidy.
//! The `Acceptance` struct lives in `case.rs`; this is what the rules read from it.

use crate::domain::case::Case;
use crate::domain::vocab::{Kind, Verdict};

/// What a 成果转化类 case still lacks before a post-subsidy tranche may be paid (第十二条).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// Acceptance not passed (the verdict so far).
    Passed(Option<Verdict>),
    /// The department has not verified the benefit reached the task book's target.
    BenefitVerified,
    /// The verified benefit figure is not recorded.
    BenefitAmount,
    /// 实际到账金额, the basis of the post-subsidy, is not recorded.
    FundsReceived,
}

/// Every piece of evidence missing, in the order the officer collects them. Empty for a
/// 技术攻关类 case, whose pre-funding follows other rules.
pub fn post_subsidy_missing(case: &Case) -> Vec<Missing> {
    if case.kind != Kind::Transformation {
        return Vec::new();
    }
    let a = &case.acceptance;
    let mut out = Vec::new();
    if a.verdict != Some(Verdict::Passed) {
        out.push(Missing::Passed(a.verdict));
    }
    if !a.benefit_verified {
        out.push(Missing::BenefitVerified);
    } else if a.benefit.is_none() {
        out.push(Missing::BenefitAmount);
    }
    if case.amounts.funds_received.is_none() {
        out.push(Missing::FundsReceived);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::fixtures::*;

    #[test]
    fn post_subsidy_needs_pass_verified_benefit_and_funds() {
        let mut case = transformation();
        assert!(post_subsidy_missing(&case).is_empty());
        case.acceptance.benefit = None;
        assert_eq!(post_subsidy_missing(&case), vec![Missing::BenefitAmount]);
        case.acceptance.benefit_verified = false;
        case.acceptance.verdict = Some(Verdict::Review);
        case.amounts.funds_received = None;
        assert_eq!(
            post_subsidy_missing(&case),
            vec![
                Missing::Passed(Some(Verdict::Review)),
                Missing::BenefitVerified,
                Missing::FundsReceived
            ]
        );
        assert!(post_subsidy_missing(&breakthrough()).is_empty());
    }
}
