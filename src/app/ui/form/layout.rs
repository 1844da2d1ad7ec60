//! The field lists: the whole 征集表 (附件1, in its order) and the department's small
//! forms. Paths are the ones `domain::validate` reports, so its messages land beside the
//! field they are about.

use crate::i18n::Msg;
use crate::i18n::msg;
use serde_json::Value;

use crate::domain::records::Objector;
use crate::domain::{
    AchievementType, Field as Area, IpType, Kind as CaseKind, OrgType, TrancheKind,
};

use crate::i18n::Lang;

use super::super::commands::form_spec;
use super::Purpose;
use super::field::{Field, Kind};

/// Every field of 附件1 plus kind, field, credit code, region and parent organisation.
pub fn case_fields() -> Vec<Field> {
    use Kind::*;
    let t = |p, l| Field::new(p, l, Text);
    vec![
        Field::choice("kind", msg::form::F_KIND, CaseKind::options(), false)
            .not_null()
            .in_section(msg::form::S_CASE),
        Field::choice("field", msg::form::F_FIELD, Area::options(), false),
        t("issuer.name", msg::form::F_ORG_NAME)
            .required()
            .in_section(msg::form::S_ISSUER),
        t("issuer.address", msg::form::F_ADDRESS),
        Field::new("issuer.registered_on", msg::form::F_REGISTERED_ON, Date),
        t("issuer.region", msg::form::F_REGION),
        Field::new(
            "issuer.registered_capital",
            msg::form::F_REGISTERED_CAPITAL,
            Money,
        ),
        t("issuer.legal_rep", msg::form::F_LEGAL_REP),
        t("issuer.tech_field", msg::form::F_TECH_FIELD),
        t("issuer.main_business", msg::form::F_MAIN_BUSINESS),
        Field::new("issuer.staff_total", msg::form::F_STAFF_TOTAL, Count),
        Field::new("issuer.staff_bachelor", msg::form::F_STAFF_BACHELOR, Count),
        Field::new("issuer.staff_rd", msg::form::F_STAFF_RD, Count),
        t("issuer.credit_code", msg::form::F_CREDIT_CODE),
        t("issuer.parent", msg::form::F_PARENT),
        Field::choice(
            "issuer.org_type",
            msg::form::F_ORG_TYPE,
            OrgType::options(),
            false,
        )
        .not_null()
        .in_section(msg::form::S_ORG_TYPE),
        t("issuer.org_type_other", msg::form::F_ORG_TYPE_OTHER),
        t("issuer.contact.name", msg::form::F_CONTACT_NAME).in_section(msg::form::S_CONTACT),
        t("issuer.contact.title", msg::form::F_CONTACT_TITLE),
        t("issuer.contact.mobile", msg::form::F_CONTACT_MOBILE),
        t("issuer.contact.email", msg::form::F_CONTACT_EMAIL),
        t("achievement.name", msg::form::F_ACHIEVEMENT_NAME)
            .required()
            .in_section(msg::form::S_NEED),
        Field::choice(
            "achievement.achievement_type",
            msg::form::F_ACHIEVEMENT_TYPE,
            AchievementType::options(),
            false,
        ),
        Field::new("achievement.owns_ip", msg::form::F_OWNS_IP, Bool),
        Field::choice(
            "achievement.ip_types",
            msg::form::F_IP_TYPES,
            IpType::options(),
            true,
        ),
        t("achievement.ip_other", msg::form::F_IP_OTHER),
        Field::new("achievement.description", msg::form::F_DESCRIPTION, Long)
            .in_section(msg::form::S_DESCRIPTION),
        Field::new("achievement.team", msg::form::F_TEAM, Long).in_section(msg::form::S_TEAM),
        t(
            "achievement.suggested_period",
            msg::form::F_SUGGESTED_PERIOD,
        )
        .in_section(msg::form::S_PERIOD),
        Field::new(
            "achievement.estimated_investment",
            msg::form::F_ESTIMATED_INVESTMENT,
            Money,
        )
        .in_section(msg::form::S_INVESTMENT),
    ]
}

/// A taker's or consortium member's organisation: the fields the rules look at.
fn org_fields(section: Msg) -> Vec<Field> {
    let t = |p, l| Field::new(p, l, Kind::Text);
    vec![
        t("org.name", msg::form::F_ORG_NAME)
            .required()
            .in_section(section),
        t("org.credit_code", msg::form::F_CREDIT_CODE),
        t("org.region", msg::form::F_REGION),
        Field::choice(
            "org.org_type",
            msg::form::F_ORG_TYPE,
            OrgType::options(),
            false,
        )
        .not_null(),
        t("org.org_type_other", msg::form::F_ORG_TYPE_OTHER),
        t("org.parent", msg::form::F_PARENT),
        t("org.address", msg::form::F_ADDRESS),
        t("org.contact.name", msg::form::F_CONTACT_NAME),
        t("org.contact.mobile", msg::form::F_CONTACT_MOBILE),
        t("org.contact.email", msg::form::F_CONTACT_EMAIL),
    ]
}

/// The fields of a form. Most are fixed; the review form's are made from its document
/// (`base`): one section per expert slot, one score field per taker.
pub fn fields_for(purpose: &Purpose, base: &Value, lang: Lang) -> Vec<Field> {
    use Kind::*;
    match purpose {
        Purpose::NewCase | Purpose::EditCase(_) => case_fields(),
        Purpose::Taker(_) => org_fields(msg::form::S_TAKER),
        Purpose::Member(_) => {
            let mut v = vec![
                Field::new("taker", msg::form::F_TAKER_NO, Count)
                    .required()
                    .in_section(msg::form::S_MEMBER),
            ];
            v.extend(org_fields(msg::form::S_MEMBER_ORG));
            v
        }
        Purpose::Record(tag, _) => form_spec(tag).map(|s| (s.fields)()).unwrap_or_default(),
        Purpose::Tranche(_) => vec![
            Field::new("amount", msg::form::F_TRANCHE_AMOUNT, Money)
                .required()
                .in_section(msg::form::S_TRANCHE),
            Field::new("date", msg::form::F_TRANCHE_DATE, Date).required(),
            Field::choice(
                "kind",
                msg::form::F_TRANCHE_KIND,
                TrancheKind::options(),
                false,
            )
            .not_null(),
            Field::new("special", msg::form::F_SPECIAL, Bool).not_null(),
            Field::new("special_reason", msg::form::F_SPECIAL_REASON, Text),
            Field::new("taker", msg::form::F_TRANCHE_TAKER, Text),
            Field::new("note", msg::form::F_NOTE, Text),
        ],
        Purpose::Extension(_) => vec![
            Field::new("new_end", msg::form::F_NEW_END, Date)
                .required()
                .in_section(msg::form::S_EXTENSION),
            Field::new("reason", msg::form::F_REASON, Long).required(),
            Field::new("requested_on", msg::form::F_REQUESTED_ON, Date).required(),
            Field::new("both_agreed", msg::form::F_BOTH_AGREED, Bool).not_null(),
            Field::new("approved", msg::form::F_APPROVED, Bool).not_null(),
        ],
        Purpose::Termination(_) => vec![
            Field::new("reason", msg::form::F_REASON, Long)
                .required()
                .in_section(msg::form::S_TERMINATION),
            Field::new("recovered", msg::form::F_RECOVERED, Money).required(),
            Field::new("date", msg::form::F_TERMINATION_DATE, Date).required(),
            Field::new("both_agreed", msg::form::F_BOTH_AGREED, Bool).not_null(),
            Field::new("approved", msg::form::F_APPROVED, Bool).not_null(),
            Field::new("audit_date", msg::app::AUDIT_F_DATE, Date)
                .in_section(msg::app::AUDIT_S_AUDIT),
            Field::new("audit_conclusion", msg::app::AUDIT_F_CONCLUSION, Long),
        ],
        Purpose::Midterm(_) => super::stages::midterm_fields(),
        Purpose::Acceptance(_) => super::stages::acceptance_fields(),
        Purpose::Gate(..) => super::stages::gate_fields(),
        Purpose::Objection(_) | Purpose::ObjectionEdit(..) => vec![
            Field::new("received", msg::form::F_RECEIVED, Date)
                .required()
                .in_section(msg::form::S_OBJECTION),
            Field::choice(
                "objector",
                msg::form::F_OBJECTOR,
                Objector::options(),
                false,
            )
            .not_null(),
            Field::new("by", msg::form::F_OBJECTION_BY, Text),
            Field::new("accepted", msg::form::F_ACCEPTED, Bool).not_null(),
            Field::new(
                "not_accepted_reason",
                msg::form::F_NOT_ACCEPTED_REASON,
                Text,
            ),
            Field::new("finding", msg::form::F_FINDING, Long),
            Field::new("resolved", msg::form::F_RESOLVED, Date),
        ],
        Purpose::Review(_) => super::review_form::fields(base, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_case_form_follows_the_application_form_and_paths_are_unique() {
        let fields = case_fields();
        let paths: Vec<&str> = fields.iter().map(|f| f.path.as_ref()).collect();
        let pos = |p: &str| paths.iter().position(|x| *x == p).unwrap();
        assert!(pos("issuer.name") < pos("issuer.org_type"));
        assert!(pos("issuer.org_type") < pos("issuer.contact.name"));
        assert!(pos("issuer.contact.email") < pos("achievement.name"));
        assert!(pos("achievement.ip_types") < pos("achievement.description"));
        assert!(pos("achievement.description") < pos("achievement.team"));
        assert!(pos("achievement.team") < pos("achievement.suggested_period"));
        assert!(pos("achievement.suggested_period") < pos("achievement.estimated_investment"));
        let mut sorted = paths.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), paths.len());
    }
}
