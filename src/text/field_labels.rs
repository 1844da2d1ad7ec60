//! Readable names for field paths, in the officer's language.

use crate::i18n::{Lang, tr, trf};

/// The label of a field of an organisation (or of the case when no org prefix applies).
fn leaf_label(leaf: &str, lang: Lang) -> &'static str {
    match leaf {
        "name" => tr(lang, "validate.f.name"),
        "address" => tr(lang, "validate.f.address"),
        "region" => tr(lang, "validate.f.region"),
        "registered_capital" => tr(lang, "validate.f.registered_capital"),
        "legal_rep" => tr(lang, "validate.f.legal_rep"),
        "tech_field" => tr(lang, "validate.f.tech_field"),
        "main_business" => tr(lang, "validate.f.main_business"),
        "staff_bachelor" => tr(lang, "validate.f.staff_bachelor"),
        "staff_rd" => tr(lang, "validate.f.staff_rd"),
        "org_type_other" => tr(lang, "validate.f.org_type_other"),
        "credit_code" => tr(lang, "validate.f.credit_code"),
        "parent" => tr(lang, "validate.f.parent"),
        "contact.name" => tr(lang, "validate.f.contact_name"),
        "contact.title" => tr(lang, "validate.f.contact_title"),
        "contact.mobile" => tr(lang, "validate.f.contact_mobile"),
        "contact.email" => tr(lang, "validate.f.contact_email"),
        "field" => tr(lang, "validate.f.field"),
        "kind" => tr(lang, "validate.f.kind"),
        "achievement.name" => tr(lang, "validate.f.achievement_name"),
        "achievement.description" => tr(lang, "validate.f.description"),
        "achievement.team" => tr(lang, "validate.f.team"),
        "achievement.suggested_period" => tr(lang, "validate.f.suggested_period"),
        "achievement.ip_other" => tr(lang, "validate.f.ip_other"),
        "achievement.estimated_investment" => tr(lang, "validate.f.estimated_investment"),
        "plan.start" => tr(lang, "validate.f.plan_start"),
        "plan.end" => tr(lang, "validate.f.plan_end"),
        "plan.agreement_signed" => tr(lang, "validate.f.agreement_signed"),
        "plan.task_book_signed" => tr(lang, "validate.f.task_book_signed"),
        "plan.ip_ownership" => tr(lang, "validate.f.ip_ownership"),
        "plan.benefit_sharing" => tr(lang, "validate.f.benefit_sharing"),
        "termination.audit_date" => tr(lang, "validate.f.audit_date"),
        "termination.audit_conclusion" => tr(lang, "validate.f.audit_conclusion"),
        "amounts.rd_investment" => tr(lang, "validate.f.rd_investment"),
        "amounts.funds_received" => tr(lang, "validate.f.funds_received"),
        "amounts.recovered" | "termination.recovered" => tr(lang, "validate.f.recovered"),
        "tranches.amount" => tr(lang, "validate.f.tranche_amount"),
        "tranches.special_reason" => tr(lang, "validate.f.special_reason"),
        "tranches.note" | "notes.text" => tr(lang, "validate.f.note"),
        "publicity.objections.by" => tr(lang, "validate.f.objection_by"),
        "publicity.objections.received" => tr(lang, "validate.f.objection_received"),
        "publicity.objections.resolved" => tr(lang, "validate.f.objection_resolved"),
        "publicity.objections.not_accepted_reason" => tr(lang, "validate.f.not_accepted_reason"),
        "publicity.objections.finding" => tr(lang, "validate.f.finding"),
        "extensions.reason" | "termination.reason" => tr(lang, "validate.f.reason"),
        "acceptance.completion_pct" => tr(lang, "validate.f.completion_pct"),
        "acceptance.remarks" => tr(lang, "validate.f.remarks"),
        "officer" => tr(lang, "assign.f.officer"),
        _ => tr(lang, "validate.f.unknown"),
    }
}

/// Whether [`path_label`] knows this path, rather than calling it a vague "field".
pub fn has_label(path: &str) -> bool {
    if super::record_labels::label(path, &[], Lang::En).is_some() {
        return true;
    }
    let leaf = ["issuer.", "takers.org.", "takers.consortium."]
        .iter()
        .find_map(|p| path.strip_prefix(p))
        .unwrap_or(path);
    leaf_label(leaf, Lang::En) != tr(Lang::En, "validate.f.unknown")
}

/// A readable name for a field path: `发榜方联系人手机`, `揭榜方2 联合体成员1 单位名称`.
pub fn path_label(path: &str, index: &[usize], lang: Lang) -> String {
    if let Some(label) = super::record_labels::label(path, index, lang) {
        return label;
    }
    let n = |i: usize| index.get(i).map_or(1, |x| x + 1);
    let scoped = |scope: String, leaf: &str| {
        trf(
            lang,
            "validate.scoped",
            &[("scope", &scope), ("field", &leaf_label(leaf, lang))],
        )
    };
    if let Some(leaf) = path.strip_prefix("issuer.") {
        return scoped(tr(lang, "validate.scope.issuer").to_string(), leaf);
    }
    if let Some(leaf) = path.strip_prefix("takers.org.") {
        return scoped(trf(lang, "validate.scope.taker", &[("n", &n(0))]), leaf);
    }
    if let Some(leaf) = path.strip_prefix("takers.consortium.") {
        let scope = trf(lang, "validate.scope.member", &[("n", &n(0)), ("m", &n(1))]);
        return scoped(scope, leaf);
    }
    let label = leaf_label(path, lang);
    let list_scope = if path.starts_with("tranches.") {
        Some(trf(lang, "validate.scope.tranche", &[("n", &n(0))]))
    } else if path.starts_with("publicity.objections.") {
        Some(trf(lang, "validate.scope.objection", &[("n", &n(0))]))
    } else if path.starts_with("extensions.") {
        Some(trf(lang, "validate.scope.extension", &[("n", &n(0))]))
    } else if path.starts_with("notes.") {
        Some(trf(lang, "validate.scope.note", &[("n", &n(0))]))
    } else {
        None
    };
    match list_scope {
        Some(scope) if !index.is_empty() => scoped(scope, path),
        _ => label.to_string(),
    }
}
