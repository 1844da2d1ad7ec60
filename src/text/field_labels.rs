//! Readable names for field paths, in the officer's language.

use crate::i18n::msg;
use crate::i18n::{Lang, tr, trf};

/// The label of a field of an organisation (or of the case when no org prefix applies).
fn leaf_label(leaf: &str, lang: Lang) -> &'static str {
    match leaf {
        "name" => tr(lang, msg::validate::F_NAME),
        "address" => tr(lang, msg::validate::F_ADDRESS),
        "region" => tr(lang, msg::validate::F_REGION),
        "registered_capital" => tr(lang, msg::validate::F_REGISTERED_CAPITAL),
        "legal_rep" => tr(lang, msg::validate::F_LEGAL_REP),
        "tech_field" => tr(lang, msg::validate::F_TECH_FIELD),
        "main_business" => tr(lang, msg::validate::F_MAIN_BUSINESS),
        "staff_bachelor" => tr(lang, msg::validate::F_STAFF_BACHELOR),
        "staff_rd" => tr(lang, msg::validate::F_STAFF_RD),
        "org_type_other" => tr(lang, msg::validate::F_ORG_TYPE_OTHER),
        "credit_code" => tr(lang, msg::validate::F_CREDIT_CODE),
        "parent" => tr(lang, msg::validate::F_PARENT),
        "contact.name" => tr(lang, msg::validate::F_CONTACT_NAME),
        "contact.title" => tr(lang, msg::validate::F_CONTACT_TITLE),
        "contact.mobile" => tr(lang, msg::validate::F_CONTACT_MOBILE),
        "contact.email" => tr(lang, msg::validate::F_CONTACT_EMAIL),
        "field" => tr(lang, msg::validate::F_FIELD),
        "kind" => tr(lang, msg::validate::F_KIND),
        "achievement.name" => tr(lang, msg::validate::F_ACHIEVEMENT_NAME),
        "achievement.description" => tr(lang, msg::validate::F_DESCRIPTION),
        "achievement.team" => tr(lang, msg::validate::F_TEAM),
        "achievement.suggested_period" => tr(lang, msg::validate::F_SUGGESTED_PERIOD),
        "achievement.ip_other" => tr(lang, msg::validate::F_IP_OTHER),
        "achievement.estimated_investment" => tr(lang, msg::validate::F_ESTIMATED_INVESTMENT),
        "plan.start" => tr(lang, msg::validate::F_PLAN_START),
        "plan.end" => tr(lang, msg::validate::F_PLAN_END),
        "plan.agreement_signed" => tr(lang, msg::validate::F_AGREEMENT_SIGNED),
        "plan.task_book_signed" => tr(lang, msg::validate::F_TASK_BOOK_SIGNED),
        "plan.ip_ownership" => tr(lang, msg::validate::F_IP_OWNERSHIP),
        "plan.benefit_sharing" => tr(lang, msg::validate::F_BENEFIT_SHARING),
        "termination.audit_date" => tr(lang, msg::validate::F_AUDIT_DATE),
        "termination.audit_conclusion" => tr(lang, msg::validate::F_AUDIT_CONCLUSION),
        "amounts.rd_investment" => tr(lang, msg::validate::F_RD_INVESTMENT),
        "amounts.funds_received" => tr(lang, msg::validate::F_FUNDS_RECEIVED),
        "amounts.recovered" | "termination.recovered" => tr(lang, msg::validate::F_RECOVERED),
        "tranches.amount" => tr(lang, msg::validate::F_TRANCHE_AMOUNT),
        "tranches.special_reason" => tr(lang, msg::validate::F_SPECIAL_REASON),
        "tranches.note" | "notes.text" => tr(lang, msg::validate::F_NOTE),
        "publicity.objections.by" => tr(lang, msg::validate::F_OBJECTION_BY),
        "publicity.objections.received" => tr(lang, msg::validate::F_OBJECTION_RECEIVED),
        "publicity.objections.resolved" => tr(lang, msg::validate::F_OBJECTION_RESOLVED),
        "publicity.objections.not_accepted_reason" => {
            tr(lang, msg::validate::F_NOT_ACCEPTED_REASON)
        }
        "publicity.objections.finding" => tr(lang, msg::validate::F_FINDING),
        "extensions.reason" | "termination.reason" => tr(lang, msg::validate::F_REASON),
        "acceptance.completion_pct" => tr(lang, msg::validate::F_COMPLETION_PCT),
        "acceptance.remarks" => tr(lang, msg::validate::F_REMARKS),
        "officer" => tr(lang, msg::app::ASSIGN_F_OFFICER),
        _ => tr(lang, msg::validate::F_UNKNOWN),
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
    leaf_label(leaf, Lang::En) != tr(Lang::En, msg::validate::F_UNKNOWN)
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
            msg::validate::SCOPED,
            &[("scope", &scope), ("field", &leaf_label(leaf, lang))],
        )
    };
    if let Some(leaf) = path.strip_prefix("issuer.") {
        return scoped(tr(lang, msg::validate::SCOPE_ISSUER).to_string(), leaf);
    }
    if let Some(leaf) = path.strip_prefix("takers.org.") {
        return scoped(trf(lang, msg::validate::SCOPE_TAKER, &[("n", &n(0))]), leaf);
    }
    if let Some(leaf) = path.strip_prefix("takers.consortium.") {
        let scope = trf(
            lang,
            msg::validate::SCOPE_MEMBER,
            &[("n", &n(0)), ("m", &n(1))],
        );
        return scoped(scope, leaf);
    }
    let label = leaf_label(path, lang);
    let list_scope = if path.starts_with("tranches.") {
        Some(trf(lang, msg::validate::SCOPE_TRANCHE, &[("n", &n(0))]))
    } else if path.starts_with("publicity.objections.") {
        Some(trf(lang, msg::validate::SCOPE_OBJECTION, &[("n", &n(0))]))
    } else if path.starts_with("extensions.") {
        Some(trf(lang, msg::validate::SCOPE_EXTENSION, &[("n", &n(0))]))
    } else if path.starts_with("notes.") {
        Some(trf(lang, msg::validate::SCOPE_NOTE, &[("n", &n(0))]))
    } else {
        None
    };
    match list_scope {
        Some(scope) if !index.is_empty() => scoped(scope, path),
        _ => label.to_string(),
    }
}
