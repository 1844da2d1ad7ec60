//! Publicity objections (第九条(七)). Practice (DOMAIN-NOTES): an objection must be named — a
//! person's signature or a unit's stamp; anonymous objections and those received after the
//! last day of publicity are recorded but not accepted, with the reason. The `Objection`
//! struct itself lives in `case.rs`; this is its vocabulary and admissibility.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::case::Objection;
use crate::domain::vocab::vocab;
use crate::i18n::{self, Lang, trf};

vocab!(
    /// Who objected: a named person, a unit under its stamp, or nobody identifiable.
    Objector, "records.objector" {
        Person = "person",
        Unit = "unit",
        Anonymous = "anonymous",
    }
);

impl Default for Objector {
    /// Objections recorded before this field existed were named ones.
    fn default() -> Self {
        Objector::Person
    }
}

/// Why an objection is not accepted for handling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inadmissible {
    Anonymous,
    /// Received after `end`, the last day of publicity.
    Late {
        end: NaiveDate,
    },
}

impl Inadmissible {
    /// The reason as it is stored on the objection and shown.
    pub fn reason(self, lang: Lang) -> String {
        match self {
            Inadmissible::Anonymous => trf(lang, "records.objection.anonymous", &[]),
            Inadmissible::Late { end } => trf(lang, "records.objection.late", &[("end", &end)]),
        }
    }
}

/// Whether an objection can be accepted, given the last day of publicity (if known).
pub fn assess(o: &Objection, publicity_end: Option<NaiveDate>) -> Option<Inadmissible> {
    if o.objector == Objector::Anonymous {
        return Some(Inadmissible::Anonymous);
    }
    match publicity_end {
        Some(end) if o.received > end => Some(Inadmissible::Late { end }),
        _ => None,
    }
}

/// Sets `accepted` and the reason from the assessment: an inadmissible objection is never
/// accepted; an admissible one keeps the officer's choice (an officer may still refuse a
/// named objection, giving a reason).
pub fn apply_assessment(o: &mut Objection, publicity_end: Option<NaiveDate>, lang: Lang) {
    if let Some(why) = assess(o, publicity_end) {
        o.accepted = false;
        o.not_accepted_reason = why.reason(lang);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::fixtures::d;

    fn objection(objector: Objector, received: &str) -> Objection {
        Objection {
            received: d(received),
            by: "某研究所".into(),
            objector,
            ..Objection::default()
        }
    }

    #[test]
    fn anonymous_and_late_objections_are_not_accepted_with_the_reason() {
        let end = Some(d("2026-10-09"));
        let mut anon = objection(Objector::Anonymous, "2026-10-01");
        apply_assessment(&mut anon, end, Lang::Zh);
        assert!(!anon.accepted && !anon.is_open());
        assert!(anon.not_accepted_reason.contains("匿名"), "{anon:?}");

        let mut late = objection(Objector::Unit, "2026-10-10");
        apply_assessment(&mut late, end, Lang::Zh);
        assert!(!late.accepted);
        assert!(late.not_accepted_reason.contains("2026-10-09"));

        let mut on_time = objection(Objector::Person, "2026-10-09");
        apply_assessment(&mut on_time, end, Lang::Zh);
        assert!(on_time.accepted && on_time.is_open());
        assert_eq!(assess(&on_time, None), None);
    }

    #[test]
    fn old_records_without_objector_read_as_named() {
        let o: Objection =
            serde_json::from_str(r#"{"received":"2026-10-01","by":"张某"}"#).unwrap();
        assert_eq!(o.objector, Objector::Person);
    }
}
