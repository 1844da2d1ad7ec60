//! Messages picked by an id known only at run time (a rule's id, a table's name).
//! Written by scripts/msgs_convert.py; do not edit.

use super::{Msg, msg};

/// The message once keyed `rules.applies.<id>`, if `id` has one.
pub fn rules_applies(id: &str) -> Option<Msg> {
    Some(match id {
        "acceptance" => msg::rules::APPLIES_ACCEPTANCE,
        "always" => msg::rules::APPLIES_ALWAYS,
        "at" => msg::rules::APPLIES_AT,
        "extension" => msg::rules::APPLIES_EXTENSION,
        "from" => msg::rules::APPLIES_FROM,
        "termination" => msg::rules::APPLIES_TERMINATION,
        "tranche" => msg::rules::APPLIES_TRANCHE,
        _ => return None,
    })
}

/// The message once keyed `rules.cat.<id>`, if `id` has one.
pub fn rules_cat(id: &str) -> Option<Msg> {
    Some(match id {
        "acceptance_dates" => msg::rules::CAT_ACCEPTANCE_DATES,
        "agreement_terms" => msg::rules::CAT_AGREEMENT_TERMS,
        "applicant" => msg::rules::CAT_APPLICANT,
        "blacklist" => msg::rules::CAT_BLACKLIST,
        "completion_accepted" => msg::rules::CAT_COMPLETION_ACCEPTED,
        "dates_not_future" => msg::rules::CAT_DATES_NOT_FUTURE,
        "duration" => msg::rules::CAT_DURATION,
        "expert_conflicts" => msg::rules::CAT_EXPERT_CONFLICTS,
        "extension_conditions" => msg::rules::CAT_EXTENSION_CONDITIONS,
        "extension_count" => msg::rules::CAT_EXTENSION_COUNT,
        "extension_length" => msg::rules::CAT_EXTENSION_LENGTH,
        "field_of_five" => msg::rules::CAT_FIELD_OF_FIVE,
        "first_payment" => msg::rules::CAT_FIRST_PAYMENT,
        "form_complete" => msg::rules::CAT_FORM_COMPLETE,
        "headcounts" => msg::rules::CAT_HEADCOUNTS,
        "issuer_credit_code" => msg::rules::CAT_ISSUER_CREDIT_CODE,
        "issuer_owns_ip" => msg::rules::CAT_ISSUER_OWNS_IP,
        "issuer_regional_enterprise" => msg::rules::CAT_ISSUER_REGIONAL_ENTERPRISE,
        "midterm" => msg::rules::CAT_MIDTERM,
        "need_review" => msg::rules::CAT_NEED_REVIEW,
        "not_same_unit_breakthrough" => msg::rules::CAT_NOT_SAME_UNIT_BREAKTHROUGH,
        "not_same_unit_transformation" => msg::rules::CAT_NOT_SAME_UNIT_TRANSFORMATION,
        "no_open_objection" => msg::rules::CAT_NO_OPEN_OBJECTION,
        "objection_in_publicity" => msg::rules::CAT_OBJECTION_IN_PUBLICITY,
        "panel_size" => msg::rules::CAT_PANEL_SIZE,
        "pass_mark" => msg::rules::CAT_PASS_MARK,
        "period_and_investment" => msg::rules::CAT_PERIOD_AND_INVESTMENT,
        "plan_unchanged" => msg::rules::CAT_PLAN_UNCHANGED,
        "post_subsidy_after_acceptance" => msg::rules::CAT_POST_SUBSIDY_AFTER_ACCEPTANCE,
        "publicity_over" => msg::rules::CAT_PUBLICITY_OVER,
        "racing" => msg::rules::CAT_RACING,
        "recommended_taker" => msg::rules::CAT_RECOMMENDED_TAKER,
        "recovered_within_paid" => msg::rules::CAT_RECOVERED_WITHIN_PAID,
        "region_code" => msg::rules::CAT_REGION_CODE,
        "review_criteria" => msg::rules::CAT_REVIEW_CRITERIA,
        "signatures" => msg::rules::CAT_SIGNATURES,
        "signing_order" => msg::rules::CAT_SIGNING_ORDER,
        "special_case" => msg::rules::CAT_SPECIAL_CASE,
        "subsidy_cap" => msg::rules::CAT_SUBSIDY_CAP,
        "taker_regional_enterprise" => msg::rules::CAT_TAKER_REGIONAL_ENTERPRISE,
        "taker_review" => msg::rules::CAT_TAKER_REVIEW,
        "termination_agreed" => msg::rules::CAT_TERMINATION_AGREED,
        "termination_audit" => msg::rules::CAT_TERMINATION_AUDIT,
        "tranche_stage" => msg::rules::CAT_TRANCHE_STAGE,
        _ => return None,
    })
}

/// The message once keyed `store.list.<id>`, if `id` has one.
pub fn store_list(id: &str) -> Option<Msg> {
    Some(match id {
        "consortium" => msg::store::LIST_CONSORTIUM,
        "extensions" => msg::store::LIST_EXTENSIONS,
        "ip_types" => msg::store::LIST_IP_TYPES,
        "notes" => msg::store::LIST_NOTES,
        "objections" => msg::store::LIST_OBJECTIONS,
        "reviews" => msg::store::LIST_REVIEWS,
        "takers" => msg::store::LIST_TAKERS,
        "tranches" => msg::store::LIST_TRANCHES,
        _ => return None,
    })
}

/// The message once keyed `store.table.<id>`, if `id` has one.
pub fn store_table(id: &str) -> Option<Msg> {
    Some(match id {
        "cases" => msg::store::TABLE_CASES,
        "notes" => msg::store::TABLE_NOTES,
        "summaries" => msg::store::TABLE_SUMMARIES,
        _ => return None,
    })
}
