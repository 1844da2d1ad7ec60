//! 第十五条: a terminated project records why, and what was recovered after the audit.

use super::unmet::{Rule, Unmet};
use crate::domain::case::Case;

pub fn check_termination(case: &Case) -> Vec<Unmet> {
    let Some(t) = &case.termination else {
        return vec![Rule::TerminationNotRecorded.into()];
    };
    let mut out: Vec<Unmet> = Vec::new();
    if t.reason.trim().is_empty() {
        out.push(Rule::TerminationNoReason.into());
    }
    if t.recovered.is_none() {
        out.push(Rule::TerminationNoRecovered.into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::Termination;
    use crate::domain::money::Yuan;
    use crate::domain::rules::fixtures::*;

    #[test]
    fn art_15_termination_records_reason_and_recovered_amount() {
        let mut case = breakthrough();
        assert_eq!(
            check_termination(&case),
            vec![Rule::TerminationNotRecorded.into()]
        );
        case.termination = Some(Termination::default());
        assert_eq!(
            check_termination(&case),
            vec![
                Rule::TerminationNoReason.into(),
                Rule::TerminationNoRecovered.into()
            ]
        );
        case.termination = Some(Termination {
            date: None,
            reason: "关键设备进口受限, 经双方协商一致终止".into(),
            recovered: Some(Yuan::ZERO),
        });
        assert!(
            check_termination(&case).is_empty(),
            "zero recovered is a recorded amount"
        );
        assert_eq!(Unmet::from(Rule::TerminationNoReason).article(), "第十五条");
    }
}
