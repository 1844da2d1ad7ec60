//! Changes to a case that are not stage moves: notes, field edits, tranches, extensions,
//! termination details. Each validates the whole case before it is written.

use crate::i18n::msg;
use chrono::NaiveDate;
use serde_json::Value;

use crate::domain::validate::{self, Severity};
use crate::domain::workflow;
use crate::domain::{Case, Extension, Note, Termination, Tranche, Yuan};
use crate::i18n::{tr, trf};

use super::error::OpError;
use super::session::Session;
use super::set_value;

/// The longest note an officer can add, in characters.
pub const NOTE_LIMIT: usize = 5000;

impl Session {
    /// Appends a note. Notes never conflict: no revision is required.
    pub fn add_note(&self, id: &str, text: &str) -> Result<Case, OpError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(OpError::BadInput(vec![
                tr(self.lang, msg::app::NOTE_EMPTY).to_string(),
            ]));
        }
        let n = text.chars().count();
        if n > NOTE_LIMIT {
            return Err(OpError::BadInput(vec![trf(
                self.lang,
                msg::app::NOTE_TOO_LONG,
                &[("max", &NOTE_LIMIT), ("actual", &n)],
            )]));
        }
        let ctx = self.write_ctx()?;
        let note = Note {
            at: ctx.now,
            author: self.actor().user.clone(),
            text: text.to_string(),
        };
        // Its own store operation: one note row, not the case rewritten with all its notes.
        Ok(self.store().add_note(&ctx, id, note)?)
    }

    /// Replaces a whole case with an edited copy (the form's save), checked against the
    /// revision it was based on and validated before writing.
    pub fn save_case(&self, edited: Case, expected_rev: u64) -> Result<Case, OpError> {
        check_valid(&edited)?;
        let id = edited.id.clone();
        self.write_case(&id, Some(expected_rev), "edit", "", |case: &mut Case| {
            let (rev, created, updated) = (case.rev, case.created_at, case.updated_at);
            // A form does not show the breach flags: they stay as stored, and the rules
            // drop those the edit resolved.
            let breaches = std::mem::take(&mut case.breaches);
            *case = edited;
            case.rev = rev;
            case.created_at = created;
            case.updated_at = updated;
            case.breaches = breaches;
            Ok(())
        })
    }

    /// Sets fields by JSON path (`plan.start=2026-12-01`, `amounts.funds_received=800万`,
    /// `acceptance.verdict=passed`). The edited case must still deserialize and validate.
    pub fn set_fields(
        &self,
        id: &str,
        assignments: &[(String, String)],
        expected_rev: Option<u64>,
    ) -> Result<Case, OpError> {
        let lang = self.lang;
        self.write_case(id, expected_rev, "edit", "", |case: &mut Case| {
            let mut value =
                serde_json::to_value(&*case).map_err(|e| OpError::BadInput(vec![e.to_string()]))?;
            for (path, raw) in assignments {
                let path = path.trim();
                if matches!(
                    path,
                    "id" | "rev" | "stage" | "created_at" | "updated_at" | "breaches"
                ) {
                    return Err(OpError::BadInput(vec![trf(
                        lang,
                        msg::app::SET_PROTECTED,
                        &[("path", &path)],
                    )]));
                }
                if json_slot(&mut value, path).is_none() {
                    return Err(OpError::BadInput(vec![trf(
                        lang,
                        msg::app::SET_NO_FIELD,
                        &[("path", &path)],
                    )]));
                }
                let typed = set_value::typed(&value, path, raw, lang)?;
                if let Some(slot) = json_slot(&mut value, path) {
                    *slot = typed;
                }
            }
            crate::io::schema::normalise_labels(&mut value);
            let edited: Case = serde_json::from_value(value).map_err(|e| {
                OpError::BadInput(vec![trf(lang, msg::app::SET_BAD_VALUE, &[("detail", &e)])])
            })?;
            check_valid(&edited)?;
            *case = edited;
            Ok(())
        })
    }

    /// Records a subsidy tranche if the caps of 第十一条/第十二条 allow it.
    pub fn add_tranche(&self, id: &str, tranche: Tranche) -> Result<Case, OpError> {
        let rules = self.rule_ctx();
        let note = tranche.note.clone();
        self.write_case(id, None, "tranche", &note, |case: &mut Case| {
            let unmet = workflow::check_tranche(case, &tranche, &rules);
            if !unmet.is_empty() {
                return Err(OpError::Refused(workflow::Refusal::Unmet(unmet)));
            }
            case.tranches.push(tranche);
            Ok(())
        })
    }

    /// Records an extension (第十五条) if allowed.
    pub fn add_extension(&self, id: &str, ext: Extension) -> Result<Case, OpError> {
        let rules = self.rule_ctx();
        let note = ext.reason.clone();
        self.write_case(id, None, "extension", &note, |case: &mut Case| {
            let unmet = workflow::check_extension(case, &ext, &rules);
            if !unmet.is_empty() {
                return Err(OpError::Refused(workflow::Refusal::Unmet(unmet)));
            }
            case.extensions.push(ext);
            Ok(())
        })
    }

    /// Terminates a case (第十五条) with only a reason and the recovered amount; the rules
    /// then ask for what is missing (agreement, approval, special audit).
    pub fn terminate(
        &self,
        id: &str,
        reason: &str,
        recovered: Yuan,
        date: NaiveDate,
        expected_rev: Option<u64>,
    ) -> Result<Case, OpError> {
        let t = Termination {
            date: Some(date),
            reason: reason.to_string(),
            recovered: Some(recovered),
            ..Termination::default()
        };
        self.terminate_record(id, t, expected_rev)
    }

    /// Terminates a case (第十五条): records the termination, then moves it.
    pub fn terminate_record(
        &self,
        id: &str,
        mut t: Termination,
        expected_rev: Option<u64>,
    ) -> Result<Case, OpError> {
        let rules = self.rule_ctx();
        let today = rules.today;
        t.reason = t.reason.trim().to_string();
        t.audit_conclusion = t.audit_conclusion.trim().to_string();
        let note = t.reason.clone();
        self.write_case(id, expected_rev, "move", &note, |case: &mut Case| {
            case.amounts.recovered = t.recovered.unwrap_or(Yuan::ZERO);
            case.termination = Some(t);
            workflow::check_move(case, crate::domain::Stage::Terminated, &rules)
                .map_err(OpError::Refused)?;
            workflow::apply_move(case, crate::domain::Stage::Terminated, today);
            Ok(())
        })
    }
}

/// Refuses a case with any validation error (warnings pass).
pub(crate) fn check_valid(case: &Case) -> Result<(), OpError> {
    let errors: Vec<_> = validate::validate_case(case)
        .into_iter()
        .filter(|i| i.severity == Severity::Error)
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(OpError::Invalid(errors))
    }
}

/// Finds (creating object keys as needed) the JSON slot at `a.b[2].c`.
pub(crate) fn json_slot<'v>(root: &'v mut Value, path: &str) -> Option<&'v mut Value> {
    let mut cur = root;
    for part in path.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((n, rest)) => (n, Some(rest.strip_suffix(']')?.parse::<usize>().ok()?)),
            None => (part, None),
        };
        if cur.is_null() {
            *cur = Value::Object(Default::default());
        }
        let obj = cur.as_object_mut()?;
        if !obj.contains_key(name) {
            return None;
        }
        cur = obj.get_mut(name)?;
        if let Some(i) = index {
            cur = cur.as_array_mut()?.get_mut(i)?;
        }
    }
    Some(cur)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_slot_walks_objects_and_arrays() {
        let mut v = serde_json::json!({"a": {"b": [{"c": 1}]}});
        *json_slot(&mut v, "a.b[0].c").unwrap() = Value::from(2);
        assert_eq!(v["a"]["b"][0]["c"], 2);
        assert!(json_slot(&mut v, "a.x").is_none());
        assert!(json_slot(&mut v, "a.b[5].c").is_none());
    }
}
