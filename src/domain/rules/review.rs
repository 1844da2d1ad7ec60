//! 第九条(二) and (五): leaving 需求论证 needs the panel's passing conclusion on the need;
//! leaving 评审推荐 needs the panel to have recommended every taker marked recommended or
//! selected. Either review counts only if its panel is large enough, every counted expert
//! declared conflicts of interest, no expert of a party's own unit took part, every counted
//! expert scored every configured criterion, and the mean reaches the pass mark.

use super::record_rule::RecordRule;
use super::settings::RuleSettings;
use super::unmet::{Rule, Unmet};
use crate::domain::case::Case;
use crate::domain::records::review::conflicts;
use crate::domain::records::{Review, ReviewConclusion, ReviewStage};
use crate::domain::vocab::TakerStatus;

fn unmet(r: RecordRule) -> Unmet {
    Rule::Record(r).into()
}

/// Panel size, declarations and conflicts of interest.
fn check_panel(case: &Case, review: &Review, settings: &RuleSettings, out: &mut Vec<Unmet>) {
    let stage = review.stage;
    let min = settings.records.min_experts;
    let count = review.counted().count();
    if (count as u64) < u64::from(min) {
        out.push(unmet(RecordRule::PanelTooSmall { stage, count, min }));
    }
    let undeclared: Vec<String> = review
        .counted()
        .filter(|e| !e.declared)
        .map(|e| e.name.clone())
        .collect();
    if !undeclared.is_empty() {
        out.push(unmet(RecordRule::ExpertsUndeclared {
            stage,
            experts: undeclared,
        }));
    }
    for c in conflicts(case, &review.panel) {
        let e = &review.panel[c.expert];
        if !e.recused {
            out.push(unmet(RecordRule::ExpertConflict {
                stage,
                expert: e.name.clone(),
                party: c.party,
                org: c.org,
            }));
        }
    }
}

/// Every counted expert scored every criterion for `taker`, and the mean passes.
fn check_scores(review: &Review, taker: &str, settings: &RuleSettings, out: &mut Vec<Unmet>) {
    let stage = review.stage;
    let criteria = settings.records.criteria(stage);
    let named = (!taker.is_empty()).then(|| taker.to_string());
    for e in review.counted() {
        let missing = review.missing_criteria(e, taker, criteria);
        if !missing.is_empty() {
            out.push(unmet(RecordRule::ScoresIncomplete {
                stage,
                expert: e.name.clone(),
                taker: named.clone(),
                criteria: missing,
            }));
        }
    }
    let pass = settings.records.pass_score;
    let mean_x10 = review.mean_x10(taker);
    if mean_x10.is_none_or(|m| m < pass * 10) {
        out.push(unmet(RecordRule::ScoreBelowPass {
            stage,
            taker: named,
            mean_x10,
            pass,
        }));
    }
}

fn conclusion(review: &Review, out: &mut Vec<Unmet>) -> bool {
    if review.conclusion == Some(ReviewConclusion::Pass) {
        return true;
    }
    out.push(unmet(RecordRule::ReviewNotPassed {
        stage: review.stage,
        conclusion: review.conclusion,
    }));
    false
}

/// → 发布榜单.
pub fn check_need_review(case: &Case, settings: &RuleSettings) -> Vec<Unmet> {
    let stage = ReviewStage::Validating;
    let Some(review) = case.latest_review(stage) else {
        return vec![unmet(RecordRule::ReviewMissing { stage })];
    };
    let mut out = Vec::new();
    check_panel(case, review, settings, &mut out);
    if conclusion(review, &mut out) {
        check_scores(review, "", settings, &mut out);
    }
    out
}

/// → 组织对接. Without any recommended taker this adds nothing: `NoRecommended` says it.
pub fn check_taker_review(case: &Case, settings: &RuleSettings) -> Vec<Unmet> {
    let chosen: Vec<&str> = case
        .takers
        .iter()
        .filter(|t| matches!(t.status, TakerStatus::Recommended | TakerStatus::Selected))
        .map(|t| t.org.name.as_str())
        .collect();
    if chosen.is_empty() {
        return Vec::new();
    }
    let stage = ReviewStage::Reviewing;
    let Some(review) = case.latest_review(stage) else {
        return vec![unmet(RecordRule::ReviewMissing { stage })];
    };
    let mut out = Vec::new();
    check_panel(case, review, settings, &mut out);
    if conclusion(review, &mut out) {
        for taker in chosen {
            if review.recommends(taker) {
                check_scores(review, taker, settings, &mut out);
            } else {
                out.push(unmet(RecordRule::NotRecommendedByReview {
                    taker: taker.to_string(),
                }));
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "review_tests.rs"]
mod tests;
