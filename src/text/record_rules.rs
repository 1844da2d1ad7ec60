//! The conditions on stage records in words.

use chrono::NaiveDate;

use super::records::criterion_label;
use crate::domain::records::review::tenths;
use crate::domain::rules::RecordRule;
use crate::i18n::{Lang, tr, trf};

fn date_or_dash(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

impl RecordRule {
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
