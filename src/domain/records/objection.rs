//! Publicity objections (第九条(七)). Practice (DOMAIN-NOTES): an objection must be named — a
//! person's signature or a unit's stamp; anonymous objections and those received after the
//! last day of publicity are recorded but not accepted, with the reason. The `Objection`
//! struct itself lives in `case.rs`; this is its vocabulary and admissibility.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::case::Objection;
use crate::domain::vocab::vocab;

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
    fn anonymous_and_late_objections_are_inadmissible() {
        let end = Some(d("2026-10-09"));
        let anon = objection(Objector::Anonymous, "2026-10-01");
        assert_eq!(assess(&anon, end), Some(Inadmissible::Anonymous));
        let late = objection(Objector::Unit, "2026-10-10");
        assert_eq!(
            assess(&late, end),
            Some(Inadmissible::Late {
                end: d("2026-10-09")
            })
        );
        let on_time = objection(Objector::Person, "2026-10-09");
        assert_eq!(assess(&on_time, end), None);
        assert_eq!(assess(&on_time, None), None);
    }

    #[test]
    fn old_records_without_objector_read_as_named() {
        let o: Objection =
            serde_json::from_str(r#"{"received":"2026-10-01","by":"张某"}"#).unwrap();
        assert_eq!(o.objector, Objector::Person);
    }
}
