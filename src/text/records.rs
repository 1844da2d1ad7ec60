//! Texts of the stage records: criterion labels, the mid-term verdict, and the reason an
//! objection is not accepted (stored on the objection, so it is made here, in the
//! officer's language, when the objection is recorded).

use crate::i18n::msg;
use chrono::NaiveDate;

use crate::domain::case::Objection;
use crate::domain::records::MidtermVerdict;
use crate::domain::records::objection::{Inadmissible, assess};
use crate::i18n::{Lang, tr, trf};

impl Inadmissible {
    /// The reason as it is stored on the objection and shown.
    pub fn reason(self, lang: Lang) -> String {
        match self {
            Inadmissible::Anonymous => trf(lang, msg::records::OBJECTION_ANONYMOUS, &[]),
            Inadmissible::Late { end } => trf(lang, msg::records::OBJECTION_LATE, &[("end", &end)]),
        }
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

/// The label of a criterion id: the known ones translated, others shown as typed.
pub fn criterion_label(id: &str, lang: Lang) -> String {
    let key = match id {
        "necessity" => tr(lang, msg::records::CRITERION_NECESSITY),
        "innovation" => tr(lang, msg::records::CRITERION_INNOVATION),
        "feasibility" => tr(lang, msg::records::CRITERION_FEASIBILITY),
        "benefit" => tr(lang, msg::records::CRITERION_BENEFIT),
        "coverage" => tr(lang, msg::records::CRITERION_COVERAGE),
        "team" => tr(lang, msg::records::CRITERION_TEAM),
        "funding" => tr(lang, msg::records::CRITERION_FUNDING),
        other => return other.to_string(),
    };
    key.to_string()
}

/// The verdict in words, or `-` when none is recorded.
pub fn verdict_label(v: Option<MidtermVerdict>, lang: Lang) -> &'static str {
    v.map(|v| v.label(lang)).unwrap_or("-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::Objector;
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
    }

    #[test]
    fn criteria_labels_fall_back_to_the_id() {
        assert_eq!(criterion_label("necessity", Lang::Zh), "必要性");
        assert_eq!(criterion_label("safety", Lang::Zh), "safety");
    }
}
