//! Stage records: what officers record at the stages of 第九条 and after, and what the rules
//! read from them — expert reviews (需求论证, 评审推荐), publicity objections, parallel takers
//! (赛马制) with their stage gates, the mid-term check and acceptance. Pure types and
//! helpers; the rules that use them live in `rules/`.

pub mod acceptance;
pub mod midterm;
pub mod objection;
pub mod racing;
pub mod review;
pub mod settings;

pub use midterm::{Midterm, MidtermSummary, MidtermVerdict};
pub use objection::{Inadmissible, Objector};
pub use racing::{GateResult, StageGate};
pub use review::{Conflict, Expert, Review, ReviewConclusion, ReviewStage, Score};
pub use settings::RecordSettings;

use crate::domain::case::Case;

/// Which panel an expert sits on, for conflict warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// `reviews[i]`.
    Review(usize),
    Midterm,
    Acceptance,
}

/// Every flagged expert on every panel of the case, with the panel.
pub fn all_conflicts(case: &Case) -> Vec<(Panel, Conflict)> {
    let mut out = Vec::new();
    for (i, r) in case.reviews.iter().enumerate() {
        out.extend(
            review::conflicts(case, &r.panel)
                .into_iter()
                .map(|c| (Panel::Review(i), c)),
        );
    }
    out.extend(
        review::conflicts(case, &case.midterm.panel)
            .into_iter()
            .map(|c| (Panel::Midterm, c)),
    );
    out.extend(
        review::conflicts(case, &case.acceptance.panel)
            .into_iter()
            .map(|c| (Panel::Acceptance, c)),
    );
    out
}
