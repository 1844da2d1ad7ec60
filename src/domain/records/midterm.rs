//! The mid-term check (中期检查) of an implementing project: due, by default, at the midpoint
//! of the planned period, for pre-funded projects from `midterm_min_subsidy` on (or every
//! project, by setting); verdict 合格, or 限期整改 with a deadline by which the taker must
//! have rectified. The department manages implementation (第十三条).

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::review::Expert;
use crate::domain::case::Case;
use crate::domain::money::Yuan;
use crate::domain::rules::RuleSettings;
use crate::domain::vocab::{Kind, vocab};

vocab!(
    /// 中期检查 verdicts.
    MidtermVerdict, "records.midterm_verdict" {
        Qualified = "qualified",
        Rectify = "rectify",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Midterm {
    /// Set by an officer to override the computed due date.
    pub due: Option<NaiveDate>,
    pub held_on: Option<NaiveDate>,
    pub panel: Vec<Expert>,
    pub verdict: Option<MidtermVerdict>,
    /// 限期整改: rectification due by then.
    pub rectify_by: Option<NaiveDate>,
    /// 限期整改: the date the rectification was confirmed.
    pub rectified_on: Option<NaiveDate>,
    pub remarks: String,
}

impl Midterm {
    /// Anything recorded makes the check part of the case, whatever the settings say.
    pub fn is_recorded(&self) -> bool {
        self.due.is_some() || self.held_on.is_some() || self.verdict.is_some()
    }

    /// 限期整改 and the rectification not yet confirmed.
    pub fn rectification_open(&self) -> bool {
        self.verdict == Some(MidtermVerdict::Rectify) && self.rectified_on.is_none()
    }
}

/// What the list, the filters and the dashboard need of the mid-term check, kept in the
/// case summary. The due date depends on the settings, so the summary keeps its inputs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MidtermSummary {
    pub kind: Option<Kind>,
    /// 研发总投入 of a 技术攻关类 case: the basis of its pre-funding.
    pub basis: Option<Yuan>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub recorded: bool,
    pub held_on: Option<NaiveDate>,
    pub verdict: Option<MidtermVerdict>,
    pub rectify_by: Option<NaiveDate>,
    pub rectified_on: Option<NaiveDate>,
}

impl MidtermSummary {
    pub fn of(case: &Case) -> MidtermSummary {
        let m = &case.midterm;
        MidtermSummary {
            kind: Some(case.kind),
            basis: match case.kind {
                Kind::Breakthrough => case.amounts.rd_investment,
                Kind::Transformation => None,
            },
            start: case.plan.start,
            end: case.plan.end,
            due: m.due,
            recorded: m.is_recorded(),
            held_on: m.held_on,
            verdict: m.verdict,
            rectify_by: m.rectify_by,
            rectified_on: m.rectified_on,
        }
    }

    /// The check applies: recorded, set for all, or pre-funding (min(basis × rate, cap))
    /// reaches `midterm_min_subsidy`.
    pub fn required(&self, settings: &RuleSettings) -> bool {
        if self.recorded || settings.records.midterm_for_all {
            return true;
        }
        match (self.kind, self.basis) {
            (Some(Kind::Breakthrough), Some(basis)) => {
                let max = basis
                    .percent(settings.subsidy_rate_pct)
                    .min(settings.cap(Kind::Breakthrough));
                max >= settings.midterm_min_subsidy
            }
            _ => false,
        }
    }

    /// When the check is due: the officer's date, else the configured point of the planned
    /// period. `None` when the check does not apply or the period is unknown.
    pub fn due_date(&self, settings: &RuleSettings) -> Option<NaiveDate> {
        if !self.required(settings) {
            return None;
        }
        if let Some(due) = self.due {
            return Some(due);
        }
        let (start, end) = (self.start?, self.end?);
        let days = (end - start).num_days().max(0);
        let pct = i64::from(settings.records.midterm_at_pct.min(100));
        start.checked_add_signed(Duration::days(days * pct / 100))
    }

    /// Due and not yet held: the date it is waited for.
    pub fn pending(&self, settings: &RuleSettings) -> Option<NaiveDate> {
        if self.verdict.is_some() {
            return None;
        }
        self.due_date(settings)
    }

    /// 限期整改 without a confirmed rectification: its deadline.
    pub fn rectification_due(&self) -> Option<NaiveDate> {
        match (self.verdict, self.rectified_on) {
            (Some(MidtermVerdict::Rectify), None) => self.rectify_by,
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::fixtures::*;

    #[test]
    fn due_at_the_midpoint_of_larger_pre_funded_projects() {
        let settings = RuleSettings::default();
        // 3200万 × 30% = 960万 ≥ 500万: required; 2026-11-01..2029-11-01 → 2028-05-02.
        let s = MidtermSummary::of(&breakthrough());
        assert!(s.required(&settings));
        assert_eq!(s.due_date(&settings), Some(d("2028-05-02")));
        // A small one is not checked, unless configured or recorded.
        let mut small = breakthrough();
        small.amounts.rd_investment = Some(Yuan::from_wan(1000));
        assert_eq!(MidtermSummary::of(&small).due_date(&settings), None);
        let mut all = settings.clone();
        all.records.midterm_for_all = true;
        all.records.midterm_at_pct = 25;
        assert!(MidtermSummary::of(&small).due_date(&all).is_some());
        small.midterm.due = Some(d("2027-06-30"));
        assert_eq!(
            MidtermSummary::of(&small).due_date(&settings),
            Some(d("2027-06-30"))
        );
        // 成果转化类 are post-subsidised: no check by default.
        assert_eq!(
            MidtermSummary::of(&transformation()).due_date(&settings),
            None
        );
    }

    #[test]
    fn a_held_check_is_no_longer_pending_but_rectification_is() {
        let settings = RuleSettings::default();
        let mut case = breakthrough();
        case.midterm.held_on = Some(d("2028-05-10"));
        case.midterm.verdict = Some(MidtermVerdict::Rectify);
        case.midterm.rectify_by = Some(d("2028-08-10"));
        let s = MidtermSummary::of(&case);
        assert_eq!(s.pending(&settings), None);
        assert_eq!(s.rectification_due(), Some(d("2028-08-10")));
        case.midterm.rectified_on = Some(d("2028-08-01"));
        assert_eq!(MidtermSummary::of(&case).rectification_due(), None);
    }
}
