//! The conditions on stage records in words.

use crate::i18n::msg;
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
        let sep = tr(lang, msg::rules::LIST_SEP);
        match self {
            R::ReviewMissing { stage } => trf(
                lang,
                msg::records::RULE_REVIEW_MISSING,
                &[("stage", &stage.label(lang))],
            ),
            R::ReviewNotPassed { stage, conclusion } => trf(
                lang,
                msg::records::RULE_REVIEW_NOT_PASSED,
                &[
                    ("stage", &stage.label(lang)),
                    (
                        "conclusion",
                        &conclusion
                            .map(|c| c.label(lang))
                            .unwrap_or_else(|| tr(lang, msg::rules::NONE_YET)),
                    ),
                ],
            ),
            R::PanelTooSmall { stage, count, min } => trf(
                lang,
                msg::records::RULE_PANEL_TOO_SMALL,
                &[
                    ("stage", &stage.label(lang)),
                    ("count", count),
                    ("min", min),
                ],
            ),
            R::ExpertsUndeclared { stage, experts } => trf(
                lang,
                msg::records::RULE_EXPERTS_UNDECLARED,
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
                msg::records::RULE_EXPERT_CONFLICT,
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
                    Some(t) => trf(lang, msg::records::RULE_ON_TAKER, &[("taker", t)]),
                    None => String::new(),
                };
                trf(
                    lang,
                    msg::records::RULE_SCORES_INCOMPLETE,
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
                    Some(t) => trf(lang, msg::records::RULE_ON_TAKER, &[("taker", t)]),
                    None => String::new(),
                };
                let mean = mean_x10.map(tenths).unwrap_or_else(|| "-".into());
                trf(
                    lang,
                    msg::records::RULE_SCORE_BELOW_PASS,
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
                msg::records::RULE_NOT_RECOMMENDED_BY_REVIEW,
                &[("taker", taker)],
            ),
            R::MidtermNotHeld { due } => {
                trf(lang, msg::records::RULE_MIDTERM_NOT_HELD, &[("due", due)])
            }
            R::MidtermRectifyOpen { by } => trf(
                lang,
                msg::records::RULE_MIDTERM_RECTIFY_OPEN,
                &[("by", &date_or_dash(*by))],
            ),
            R::NoActiveTaker => trf(lang, msg::records::RULE_NO_ACTIVE_TAKER, &[]),
            R::TrancheUnknownTaker { taker } => trf(
                lang,
                msg::records::RULE_TRANCHE_UNKNOWN_TAKER,
                &[("taker", taker)],
            ),
            R::TrancheToEliminated { taker, since } => trf(
                lang,
                msg::records::RULE_TRANCHE_TO_ELIMINATED,
                &[("taker", taker), ("since", &date_or_dash(*since))],
            ),
            R::TrancheDuringRectification { by } => trf(
                lang,
                msg::records::RULE_TRANCHE_DURING_RECTIFICATION,
                &[("by", &date_or_dash(*by))],
            ),
            R::BenefitAmountMissing => trf(lang, msg::records::RULE_BENEFIT_AMOUNT_MISSING, &[]),
        }
    }
}
