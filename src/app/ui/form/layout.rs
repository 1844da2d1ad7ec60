//! The field lists: the whole 征集表 (附件1, in its order) and the department's small
//! forms. Paths are the ones `domain::validate` reports, so its messages land beside the
//! field they are about.

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
        Field::choice("kind", "form.f.kind", CaseKind::options(), false)
            .not_null()
            .in_section("form.s.case"),
        Field::choice("field", "form.f.field", Area::options(), false),
        t("issuer.name", "form.f.org_name")
            .required()
            .in_section("form.s.issuer"),
        t("issuer.address", "form.f.address"),
        Field::new("issuer.registered_on", "form.f.registered_on", Date),
        t("issuer.region", "form.f.region"),
        Field::new(
            "issuer.registered_capital",
            "form.f.registered_capital",
            Money,
        ),
        t("issuer.legal_rep", "form.f.legal_rep"),
        t("issuer.tech_field", "form.f.tech_field"),
        t("issuer.main_business", "form.f.main_business"),
        Field::new("issuer.staff_total", "form.f.staff_total", Count),
        Field::new("issuer.staff_bachelor", "form.f.staff_bachelor", Count),
        Field::new("issuer.staff_rd", "form.f.staff_rd", Count),
        t("issuer.credit_code", "form.f.credit_code"),
        t("issuer.parent", "form.f.parent"),
        Field::choice(
            "issuer.org_type",
            "form.f.org_type",
            OrgType::options(),
            false,
        )
        .not_null()
        .in_section("form.s.org_type"),
        t("issuer.org_type_other", "form.f.org_type_other"),
        t("issuer.contact.name", "form.f.contact_name").in_section("form.s.contact"),
        t("issuer.contact.title", "form.f.contact_title"),
        t("issuer.contact.mobile", "form.f.contact_mobile"),
        t("issuer.contact.email", "form.f.contact_email"),
        t("achievement.name", "form.f.achievement_name")
            .required()
            .in_section("form.s.need"),
        Field::choice(
            "achievement.achievement_type",
            "form.f.achievement_type",
            AchievementType::options(),
            false,
        ),
        Field::new("achievement.owns_ip", "form.f.owns_ip", Bool),
        Field::choice(
            "achievement.ip_types",
            "form.f.ip_types",
            IpType::options(),
            true,
        ),
        t("achievement.ip_other", "form.f.ip_other"),
        Field::new("achievement.description", "form.f.description", Long)
            .in_section("form.s.description"),
        Field::new("achievement.team", "form.f.team", Long).in_section("form.s.team"),
        t("achievement.suggested_period", "form.f.suggested_period").in_section("form.s.period"),
        Field::new(
            "achievement.estimated_investment",
            "form.f.estimated_investment",
            Money,
        )
        .in_section("form.s.investment"),
    ]
}

/// A taker's or consortium member's organisation: the fields the rules look at.
fn org_fields(section: &'static str) -> Vec<Field> {
    let t = |p, l| Field::new(p, l, Kind::Text);
    vec![
        t("org.name", "form.f.org_name")
            .required()
            .in_section(section),
        t("org.credit_code", "form.f.credit_code"),
        t("org.region", "form.f.region"),
        Field::choice("org.org_type", "form.f.org_type", OrgType::options(), false).not_null(),
        t("org.org_type_other", "form.f.org_type_other"),
        t("org.parent", "form.f.parent"),
        t("org.address", "form.f.address"),
        t("org.contact.name", "form.f.contact_name"),
        t("org.contact.mobile", "form.f.contact_mobile"),
        t("org.contact.email", "form.f.contact_email"),
    ]
}

/// The fields of a form. Most are fixed; the review form's are made from its document
/// (`base`): one section per expert slot, one score field per taker.
pub fn fields_for(purpose: &Purpose, base: &Value, lang: Lang) -> Vec<Field> {
    use Kind::*;
    match purpose {
        Purpose::NewCase | Purpose::EditCase(_) => case_fields(),
        Purpose::Taker(_) => org_fields("form.s.taker"),
        Purpose::Member(_) => {
            let mut v = vec![
                Field::new("taker", "form.f.taker_no", Count)
                    .required()
                    .in_section("form.s.member"),
            ];
            v.extend(org_fields("form.s.member_org"));
            v
        }
        Purpose::Record(tag, _) => form_spec(tag).map(|s| (s.fields)()).unwrap_or_default(),
        Purpose::Tranche(_) => vec![
            Field::new("amount", "form.f.tranche_amount", Money)
                .required()
                .in_section("form.s.tranche"),
            Field::new("date", "form.f.tranche_date", Date).required(),
            Field::choice("kind", "form.f.tranche_kind", TrancheKind::options(), false).not_null(),
            Field::new("special", "form.f.special", Bool).not_null(),
            Field::new("special_reason", "form.f.special_reason", Text),
            Field::new("taker", "form.f.tranche_taker", Text),
            Field::new("note", "form.f.note", Text),
        ],
        Purpose::Extension(_) => vec![
            Field::new("new_end", "form.f.new_end", Date)
                .required()
                .in_section("form.s.extension"),
            Field::new("reason", "form.f.reason", Long).required(),
            Field::new("requested_on", "form.f.requested_on", Date).required(),
            Field::new("both_agreed", "form.f.both_agreed", Bool).not_null(),
            Field::new("approved", "form.f.approved", Bool).not_null(),
        ],
        Purpose::Termination(_) => vec![
            Field::new("reason", "form.f.reason", Long)
                .required()
                .in_section("form.s.termination"),
            Field::new("recovered", "form.f.recovered", Money).required(),
            Field::new("date", "form.f.termination_date", Date).required(),
            Field::new("both_agreed", "form.f.both_agreed", Bool).not_null(),
            Field::new("approved", "form.f.approved", Bool).not_null(),
            Field::new("audit_date", "audit.f.date", Date).in_section("audit.s.audit"),
            Field::new("audit_conclusion", "audit.f.conclusion", Long),
        ],
        Purpose::Midterm(_) => super::stages::midterm_fields(),
        Purpose::Acceptance(_) => super::stages::acceptance_fields(),
        Purpose::Gate(..) => super::stages::gate_fields(),
        Purpose::Objection(_) | Purpose::ObjectionEdit(..) => vec![
            Field::new("received", "form.f.received", Date)
                .required()
                .in_section("form.s.objection"),
            Field::choice("objector", "form.f.objector", Objector::options(), false).not_null(),
            Field::new("by", "form.f.objection_by", Text),
            Field::new("accepted", "form.f.accepted", Bool).not_null(),
            Field::new("not_accepted_reason", "form.f.not_accepted_reason", Text),
            Field::new("finding", "form.f.finding", Long),
            Field::new("resolved", "form.f.resolved", Date),
        ],
        Purpose::Review(_) => super::review_form::fields(base, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<Purpose> {
        let id = || "JB-2026-0001".to_string();
        [
            Purpose::NewCase,
            Purpose::EditCase(id()),
            Purpose::Taker(id()),
            Purpose::Member(id()),
            Purpose::Objection(id()),
            Purpose::Tranche(id()),
            Purpose::Extension(id()),
            Purpose::Termination(id()),
            Purpose::Midterm(id()),
            Purpose::Acceptance(id()),
            Purpose::Gate(id(), 1),
        ]
        .into_iter()
        .chain(super::super::super::commands::forms().map(|f| Purpose::Record(f.tag.into(), id())))
        .collect()
    }

    /// Labels are looked up through the table, so the i18n source scan cannot see them.
    #[test]
    fn every_label_section_and_title_exists_in_both_languages() {
        for p in all() {
            let mut keys = vec![p.title_key()];
            for f in fields_for(&p, &Value::Null, Lang::Zh) {
                for l in std::iter::once(f.label).chain(f.section) {
                    match l {
                        super::super::field::Label::Key(k) => keys.push(k),
                        super::super::field::Label::Text(t) => panic!("static form with {t}"),
                    }
                }
            }
            for lang in Lang::ALL {
                for k in &keys {
                    assert!(
                        lang.table().iter().any(|(key, _)| key == k),
                        "{k} missing in {lang:?}"
                    );
                }
            }
        }
    }

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
