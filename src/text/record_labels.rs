//! Readable names for the field paths of the stage records, with their place in the case.

use crate::i18n::{Lang, tr, trf};

fn field_label(path: &str, lang: Lang) -> Option<&'static str> {
    Some(match path {
        "reviews.date" => tr(lang, "records.f.review_date"),
        "reviews.comments" => tr(lang, "records.f.comments"),
        "reviews.recommended" => tr(lang, "records.f.recommended"),
        "reviews.panel.name" | "midterm.panel.name" | "acceptance.panel.name" => {
            tr(lang, "records.f.expert_name")
        }
        "reviews.panel.unit" | "midterm.panel.unit" | "acceptance.panel.unit" => {
            tr(lang, "records.f.expert_unit")
        }
        "reviews.panel.scores.value" => tr(lang, "records.f.score"),
        "reviews.panel.scores.taker" => tr(lang, "records.f.score_taker"),
        "reviews.panel.scores.criterion" => tr(lang, "records.f.criterion"),
        "midterm.held_on" => tr(lang, "records.f.midterm_held_on"),
        "midterm.verdict" => tr(lang, "records.f.midterm_verdict"),
        "midterm.rectify_by" => tr(lang, "records.f.rectify_by"),
        "midterm.rectified_on" => tr(lang, "records.f.rectified_on"),
        "midterm.remarks" => tr(lang, "records.f.midterm_remarks"),
        "acceptance.date" => tr(lang, "records.f.acceptance_date"),
        "acceptance.benefit" => tr(lang, "records.f.benefit"),
        "takers.plan.agreement_signed" => tr(lang, "validate.f.agreement_signed"),
        "takers.plan.task_book_signed" => tr(lang, "validate.f.task_book_signed"),
        "takers.plan.start" => tr(lang, "validate.f.plan_start"),
        "takers.plan.end" => tr(lang, "validate.f.plan_end"),
        "takers.gate.date" => tr(lang, "records.f.gate_date"),
        "takers.gate.reason" => tr(lang, "records.f.gate_reason"),
        "takers.gate.result" => tr(lang, "records.f.gate_result"),
        "tranches.taker" => tr(lang, "records.f.tranche_taker"),
        "publicity.objections.objector" => tr(lang, "records.f.objector"),
        "publicity.objections.accepted" => tr(lang, "records.f.accepted"),
        _ => return None,
    })
}

/// The label of a record field path with its place: `专家评审1 专家2 工作单位`.
pub(super) fn label(path: &str, index: &[usize], lang: Lang) -> Option<String> {
    let field = field_label(path, lang)?;
    let n = |i: usize| index.get(i).map_or(1, |x| x + 1);
    let review = || trf(lang, "records.scope.review", &[("n", &n(0))]);
    let expert = |i: usize| trf(lang, "records.scope.expert", &[("n", &n(i))]);
    let scope = if path.starts_with("reviews.panel.scores.") {
        let score = trf(lang, "records.scope.score", &[("n", &n(2))]);
        format!("{}{}{}", review(), expert(1), score)
    } else if path.starts_with("reviews.panel.") {
        format!("{}{}", review(), expert(1))
    } else if path.starts_with("reviews.") {
        review()
    } else if path.starts_with("midterm.panel.") {
        format!("{}{}", tr(lang, "records.scope.midterm"), expert(0))
    } else if path.starts_with("midterm.") {
        tr(lang, "records.scope.midterm").to_string()
    } else if path.starts_with("acceptance.panel.") {
        format!("{}{}", tr(lang, "records.scope.acceptance"), expert(0))
    } else if path.starts_with("takers.") {
        trf(lang, "validate.scope.taker", &[("n", &n(0))])
    } else if path.starts_with("tranches.") {
        trf(lang, "validate.scope.tranche", &[("n", &n(0))])
    } else if path.starts_with("publicity.objections.") {
        trf(lang, "validate.scope.objection", &[("n", &n(0))])
    } else {
        String::new()
    };
    Some(trf(
        lang,
        "validate.scoped",
        &[("scope", &scope), ("field", &field)],
    ))
}
