//! Readable names for the field paths of the stage records, with their place in the case.

use crate::i18n::msg;
use crate::i18n::{Lang, tr, trf};

fn field_label(path: &str, lang: Lang) -> Option<&'static str> {
    Some(match path {
        "reviews.date" => tr(lang, msg::records::F_REVIEW_DATE),
        "reviews.comments" => tr(lang, msg::records::F_COMMENTS),
        "reviews.recommended" => tr(lang, msg::records::F_RECOMMENDED),
        "reviews.panel.name" | "midterm.panel.name" | "acceptance.panel.name" => {
            tr(lang, msg::records::F_EXPERT_NAME)
        }
        "reviews.panel.unit" | "midterm.panel.unit" | "acceptance.panel.unit" => {
            tr(lang, msg::records::F_EXPERT_UNIT)
        }
        "reviews.panel.scores.value" => tr(lang, msg::records::F_SCORE),
        "reviews.panel.scores.taker" => tr(lang, msg::records::F_SCORE_TAKER),
        "reviews.panel.scores.criterion" => tr(lang, msg::records::F_CRITERION),
        "midterm.held_on" => tr(lang, msg::records::F_MIDTERM_HELD_ON),
        "midterm.verdict" => tr(lang, msg::records::F_MIDTERM_VERDICT),
        "midterm.rectify_by" => tr(lang, msg::records::F_RECTIFY_BY),
        "midterm.rectified_on" => tr(lang, msg::records::F_RECTIFIED_ON),
        "midterm.remarks" => tr(lang, msg::records::F_MIDTERM_REMARKS),
        "acceptance.date" => tr(lang, msg::records::F_ACCEPTANCE_DATE),
        "acceptance.benefit" => tr(lang, msg::records::F_BENEFIT),
        "takers.plan.agreement_signed" => tr(lang, msg::validate::F_AGREEMENT_SIGNED),
        "takers.plan.task_book_signed" => tr(lang, msg::validate::F_TASK_BOOK_SIGNED),
        "takers.plan.start" => tr(lang, msg::validate::F_PLAN_START),
        "takers.plan.end" => tr(lang, msg::validate::F_PLAN_END),
        "takers.gate.date" => tr(lang, msg::records::F_GATE_DATE),
        "takers.gate.reason" => tr(lang, msg::records::F_GATE_REASON),
        "takers.gate.result" => tr(lang, msg::records::F_GATE_RESULT),
        "tranches.taker" => tr(lang, msg::records::F_TRANCHE_TAKER),
        "publicity.objections.objector" => tr(lang, msg::records::F_OBJECTOR),
        "publicity.objections.accepted" => tr(lang, msg::records::F_ACCEPTED),
        _ => return None,
    })
}

/// The label of a record field path with its place: `专家评审1 专家2 工作单位`.
pub(super) fn label(path: &str, index: &[usize], lang: Lang) -> Option<String> {
    let field = field_label(path, lang)?;
    let n = |i: usize| index.get(i).map_or(1, |x| x + 1);
    let review = || trf(lang, msg::records::SCOPE_REVIEW, &[("n", &n(0))]);
    let expert = |i: usize| trf(lang, msg::records::SCOPE_EXPERT, &[("n", &n(i))]);
    let scope = if path.starts_with("reviews.panel.scores.") {
        let score = trf(lang, msg::records::SCOPE_SCORE, &[("n", &n(2))]);
        format!("{}{}{}", review(), expert(1), score)
    } else if path.starts_with("reviews.panel.") {
        format!("{}{}", review(), expert(1))
    } else if path.starts_with("reviews.") {
        review()
    } else if path.starts_with("midterm.panel.") {
        format!("{}{}", tr(lang, msg::records::SCOPE_MIDTERM), expert(0))
    } else if path.starts_with("midterm.") {
        tr(lang, msg::records::SCOPE_MIDTERM).to_string()
    } else if path.starts_with("acceptance.panel.") {
        format!("{}{}", tr(lang, msg::records::SCOPE_ACCEPTANCE), expert(0))
    } else if path.starts_with("takers.") {
        trf(lang, msg::validate::SCOPE_TAKER, &[("n", &n(0))])
    } else if path.starts_with("tranches.") {
        trf(lang, msg::validate::SCOPE_TRANCHE, &[("n", &n(0))])
    } else if path.starts_with("publicity.objections.") {
        trf(lang, msg::validate::SCOPE_OBJECTION, &[("n", &n(0))])
    } else {
        String::new()
    };
    Some(trf(
        lang,
        msg::validate::SCOPED,
        &[("scope", &scope), ("field", &field)],
    ))
}
