//! The conditions on stage records, with the figures their messages need and their
//! articles. A sub-enum of [`Rule`](super::Rule) (`Rule::Record`), so the record rules
//! keep their own file.

use chrono::NaiveDate;

use super::source::{Policy, Source};
use super::unmet::{Article, Party};
use crate::domain::records::review::{criterion_label, tenths};
use crate::domain::records::{ReviewConclusion, ReviewStage};
use crate::i18n::{Lang, tr, trf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordRule {
    ReviewMissing {
        stage: ReviewStage,
    },
    ReviewNotPassed {
        stage: ReviewStage,
        conclusion: Option<ReviewConclusion>,
    },
    /// Fewer counted (not withdrawn) experts than the settings ask.
    PanelTooSmall {
        stage: ReviewStage,
        count: usize,
        min: u32,
    },
    ExpertsUndeclared {
        stage: ReviewStage,
        experts: Vec<String>,
    },
    /// An expert of a party's own unit who has not withdrawn.
    ExpertConflict {
        stage: ReviewStage,
        expert: String,
        party: Party,
        org: String,
    },
    ScoresIncomplete {
        stage: ReviewStage,
        expert: String,
        taker: Option<String>,
        criteria: Vec<String>,
    },
    /// A passing conclusion (or a recommendation) whose mean score is below the pass mark.
    ScoreBelowPass {
        stage: ReviewStage,
        taker: Option<String>,
        mean_x10: Option<u32>,
        pass: u32,
    },
    /// A taker marked recommended or selected whom the 评审推荐 panel did not recommend.
    NotRecommendedByReview {
        taker: String,
    },
    MidtermNotHeld {
        due: NaiveDate,
    },
    MidtermRectifyOpen {
        by: Option<NaiveDate>,
    },
    /// 赛马制: every selected taker has been eliminated.
    NoActiveTaker,
    TrancheUnknownTaker {
        taker: String,
    },
    TrancheToEliminated {
        taker: String,
        since: Option<NaiveDate>,
    },
    TrancheDuringRectification {
        by: Option<NaiveDate>,
    },
    BenefitAmountMissing,
}

fn review_article(stage: ReviewStage) -> Article {
    match stage {
        ReviewStage::Validating => Article::A9_2,
        ReviewStage::Reviewing => Article::A9_5,
    }
}

fn date_or_dash(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

impl RecordRule {
    /// Reviews themselves are 第九条(二)/(五); how large a panel, what it scores and what
    /// mark passes, the mid-term check and 赛马制 are the department's (本厅规定).
    pub fn source(&self) -> Source {
        use RecordRule as R;
        match self {
            R::ReviewMissing { stage } | R::ReviewNotPassed { stage, .. } => {
                review_article(*stage).into()
            }
            R::NotRecommendedByReview { .. } => Article::A9_5.into(),
            R::PanelTooSmall { .. } => Policy::MinExperts.into(),
            R::ScoresIncomplete { .. } => Policy::Criteria.into(),
            R::ScoreBelowPass { .. } => Policy::PassScore.into(),
            R::ExpertsUndeclared { .. } | R::ExpertConflict { .. } => {
                Policy::ExpertConflicts.into()
            }
            R::MidtermNotHeld { .. }
            | R::MidtermRectifyOpen { .. }
            | R::TrancheDuringRectification { .. } => Policy::Midterm.into(),
            R::NoActiveTaker | R::TrancheToEliminated { .. } => Policy::Racing.into(),
            R::TrancheUnknownTaker { .. } => Article::A10.into(),
            R::BenefitAmountMissing => Article::A12.into(),
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        use RecordRule as R;
        let sep = tr(lang, "rules.list_sep");
        match self {
            R::ReviewMissing { stage } => trf(
                lang,
                "records.rule.review_missing",
                &[("stage", &stage.label(lang))],
            ),
            R::ReviewNotPassed { stage, conclusion } => trf(
                lang,
                "records.rule.review_not_passed",
                &[
                    ("stage", &stage.label(lang)),
                    (
                        "conclusion",
                        &conclusion
                            .map(|c| c.label(lang))
                            .unwrap_or_else(|| tr(lang, "rules.none_yet")),
                    ),
                ],
            ),
            R::PanelTooSmall { stage, count, min } => trf(
                lang,
                "records.rule.panel_too_small",
                &[
                    ("stage", &stage.label(lang)),
                    ("count", count),
                    ("min", min),
                ],
            ),
            R::ExpertsUndeclared { stage, experts } => trf(
                lang,
                "records.rule.experts_undeclared",
                &[
                    ("stage", &stage.label(lang)),
                    ("experts", &experts.join(sep)),
                ],
            ),
            R::ExpertConflict {
                stage,
                expert,
                party,
                org,
            } => trf(
                lang,
                "records.rule.expert_conflict",
                &[
                    ("stage", &stage.label(lang)),
                    ("expert", expert),
                    ("party", &party.label(lang)),
                    ("org", org),
                ],
            ),
            R::ScoresIncomplete {
                stage,
                expert,
                taker,
                criteria,
            } => {
                let names: Vec<String> =
                    criteria.iter().map(|c| criterion_label(c, lang)).collect();
                let who = match taker {
                    Some(t) => trf(lang, "records.rule.on_taker", &[("taker", t)]),
                    None => String::new(),
                };
                trf(
                    lang,
                    "records.rule.scores_incomplete",
                    &[
                        ("stage", &stage.label(lang)),
                        ("expert", expert),
                        ("on", &who),
                        ("criteria", &names.join(sep)),
                    ],
                )
            }
            R::ScoreBelowPass {
                stage,
                taker,
                mean_x10,
                pass,
            } => {
                let who = match taker {
                    Some(t) => trf(lang, "records.rule.on_taker", &[("taker", t)]),
                    None => String::new(),
                };
                let mean = mean_x10.map(tenths).unwrap_or_else(|| "-".into());
                trf(
                    lang,
                    "records.rule.score_below_pass",
                    &[
                        ("stage", &stage.label(lang)),
                        ("on", &who),
                        ("mean", &mean),
                        ("pass", pass),
                    ],
                )
            }
            R::NotRecommendedByReview { taker } => trf(
                lang,
                "records.rule.not_recommended_by_review",
                &[("taker", taker)],
            ),
            R::MidtermNotHeld { due } => {
                trf(lang, "records.rule.midterm_not_held", &[("due", due)])
            }
            R::MidtermRectifyOpen { by } => trf(
                lang,
                "records.rule.midterm_rectify_open",
                &[("by", &date_or_dash(*by))],
            ),
            R::NoActiveTaker => trf(lang, "records.rule.no_active_taker", &[]),
            R::TrancheUnknownTaker { taker } => trf(
                lang,
                "records.rule.tranche_unknown_taker",
                &[("taker", taker)],
            ),
            R::TrancheToEliminated { taker, since } => trf(
                lang,
                "records.rule.tranche_to_eliminated",
                &[("taker", taker), ("since", &date_or_dash(*since))],
            ),
            R::TrancheDuringRectification { by } => trf(
                lang,
                "records.rule.tranche_during_rectification",
                &[("by", &date_or_dash(*by))],
            ),
            R::BenefitAmountMissing => trf(lang, "records.rule.benefit_amount_missing", &[]),
        }
    }
}
