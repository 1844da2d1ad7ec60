//! The conditions on stage records, with the figures their messages need and their
//! articles. A sub-enum of [`Rule`](super::Rule) (`Rule::Record`), so the record rules
//! keep their own file.

use chrono::NaiveDate;

use super::source::{Policy, Source};
use super::unmet::{Article, Party};
use crate::domain::records::{ReviewConclusion, ReviewStage};

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
            R::TrancheUnknownTaker { .. } => Source::Fact,
            R::BenefitAmountMissing => Article::A12.into(),
        }
    }
}
