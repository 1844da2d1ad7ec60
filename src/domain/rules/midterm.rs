//! 第十三条: the department manages implementation. A project due a mid-term check
//! (中期检查) goes to acceptance only once the check is held, and a 限期整改 verdict holds
//! both acceptance and further pre-funding until the rectification is confirmed.

use super::record_rule::RecordRule;
use super::settings::RuleSettings;
use super::unmet::{Rule, Unmet};
use crate::domain::case::Case;
use crate::domain::records::MidtermSummary;

/// → 验收.
pub fn check_midterm(case: &Case, settings: &RuleSettings) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::new();
    if let Some(due) = MidtermSummary::of(case).pending(settings) {
        out.push(Rule::Record(RecordRule::MidtermNotHeld { due }).into());
    }
    if case.midterm.rectification_open() {
        let by = case.midterm.rectify_by;
        out.push(Rule::Record(RecordRule::MidtermRectifyOpen { by }).into());
    }
    out
}
