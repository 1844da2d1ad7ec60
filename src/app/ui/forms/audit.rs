//! The 专项审计 record of 第十五条: a case terminated after fiscal funds were paid needs a
//! special audit (its date and conclusion), the issuer's agreement and the department's
//! approval. `:audit` on the case.

use crate::i18n::msg;
use chrono::NaiveDate;

use crate::domain::Case;

use super::super::form::field::{Field, Kind};
use super::FormSpec;

pub static AUDIT: FormSpec = FormSpec {
    tag: "audit",
    title: msg::app::AUDIT_TITLE,
    fields,
    prepare,
};

fn fields() -> Vec<Field> {
    vec![
        Field::new("termination.audit_date", msg::app::AUDIT_F_DATE, Kind::Date)
            .required()
            .in_section(msg::app::AUDIT_S_AUDIT),
        Field::new(
            "termination.audit_conclusion",
            msg::app::AUDIT_F_CONCLUSION,
            Kind::Long,
        )
        .required(),
        Field::new(
            "termination.both_agreed",
            msg::app::AUDIT_F_BOTH_AGREED,
            Kind::Bool,
        )
        .not_null(),
        Field::new(
            "termination.approved",
            msg::app::AUDIT_F_APPROVED,
            Kind::Bool,
        )
        .not_null(),
    ]
}

/// The audit belongs to the termination record: made empty when the case has none yet,
/// the audit dated today until the officer says otherwise.
fn prepare(case: &mut Case, today: NaiveDate) {
    let t = case.termination.get_or_insert_with(Default::default);
    if t.audit_date.is_none() {
        t.audit_date = Some(today);
    }
}
