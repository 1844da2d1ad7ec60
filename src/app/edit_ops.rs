//! Changes to a case that are not stage moves: notes, field edits, tranches, extensions,
//! termination details. Each validates the whole case before it is written.

use chrono::NaiveDate;
use serde_json::Value;

use crate::domain::validate::{self, Severity};
use crate::domain::workflow;
use crate::domain::{Case, Extension, Note, Termination, Tranche, Yuan};
use crate::i18n::{tr, trf};

use super::error::OpError;
use super::session::Session;
use super::stage_ops::unwrap_update;

/// The longest note an officer can add, in characters.
pub const NOTE_LIMIT: usize = 5000;

impl Session {
    /// Appends a note. Notes never conflict: no revision is required.
    pub fn add_note(&self, id: &str, text: &str) -> Result<Case, OpError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(OpError::BadInput(vec![
                tr(self.lang, "app.note_empty").to_string(),
            ]));
        }
        let n = text.chars().count();
        if n > NOTE_LIMIT {
            return Err(OpError::BadInput(vec![trf(
                self.lang,
                "app.note_too_long",
                &[("max", &NOTE_LIMIT), ("actual", &n)],
            )]));
        }
        let ctx = self.write_ctx()?;
        let author = self.actor().user.clone();
        let at = ctx.now;
        let r = self.store().update(
            id,
            None,
            &ctx,
            "note",
            "",
            |case: &mut Case| -> Result<(), OpError> {
                case.notes.push(Note {
                    at,
                    author,
                    text: text.to_string(),
                });
                Ok(())
            },
        );
        unwrap_update(r)
    }

    /// Replaces a whole case with an edited copy (the form's save), checked against the
    /// revision it was based on and validated before writing.
    pub fn save_case(&self, edited: Case, expected_rev: u64) -> Result<Case, OpError> {
        check_valid(&edited)?;
        let ctx = self.write_ctx()?;
        let r = self.store().update(
            &edited.id.clone(),
            Some(expected_rev),
            &ctx,
            "edit",
            "",
            |case: &mut Case| -> Result<(), OpError> {
                let (rev, created, updated) = (case.rev, case.created_at, case.updated_at);
                *case = edited;
                case.rev = rev;
                case.created_at = created;
                case.updated_at = updated;
                Ok(())
            },
        );
        unwrap_update(r)
    }

    /// Sets fields by JSON path (`plan.start=2026-12-01`, `amounts.funds_received=800万`,
    /// `acceptance.verdict=passed`). The edited case must still deserialize and validate.
    pub fn set_fields(
        &self,
        id: &str,
        assignments: &[(String, String)],
        expected_rev: Option<u64>,
    ) -> Result<Case, OpError> {
        let ctx = self.write_ctx()?;
        let lang = self.lang;
        let r = self.store().update(
            id,
            expected_rev,
            &ctx,
            "edit",
            "",
            |case: &mut Case| -> Result<(), OpError> {
                let mut value = serde_json::to_value(&*case)
                    .map_err(|e| OpError::BadInput(vec![e.to_string()]))?;
                for (path, raw) in assignments {
                    if matches!(
                        path.as_str(),
                        "id" | "rev" | "stage" | "created_at" | "updated_at"
                    ) {
                        return Err(OpError::BadInput(vec![trf(
                            lang,
                            "app.set_protected",
                            &[("path", path)],
                        )]));
                    }
                    let slot = json_slot(&mut value, path).ok_or_else(|| {
                        OpError::BadInput(vec![trf(lang, "app.set_no_field", &[("path", path)])])
                    })?;
                    *slot = parse_value(raw);
                }
                let edited: Case = serde_json::from_value(value).map_err(|e| {
                    OpError::BadInput(vec![trf(lang, "app.set_bad_value", &[("detail", &e)])])
                })?;
                check_valid(&edited)?;
                *case = edited;
                Ok(())
            },
        );
        unwrap_update(r)
    }

    /// Records a subsidy tranche if the caps of 第十一条/第十二条 allow it.
    pub fn add_tranche(&self, id: &str, tranche: Tranche) -> Result<Case, OpError> {
        let ctx = self.write_ctx()?;
        let rules = self.rule_ctx();
        let r = self.store().update(
            id,
            None,
            &ctx,
            "tranche",
            &tranche.note.clone(),
            |case: &mut Case| -> Result<(), OpError> {
                let unmet = workflow::check_tranche(case, &tranche, &rules);
                if !unmet.is_empty() {
                    return Err(OpError::Refused(workflow::Refusal::Unmet(unmet)));
                }
                case.tranches.push(tranche);
                Ok(())
            },
        );
        unwrap_update(r)
    }

    /// Records an extension (第十五条) if allowed.
    pub fn add_extension(&self, id: &str, ext: Extension) -> Result<Case, OpError> {
        let ctx = self.write_ctx()?;
        let rules = self.rule_ctx();
        let note = ext.reason.clone();
        let r = self.store().update(
            id,
            None,
            &ctx,
            "extension",
            &note,
            |case: &mut Case| -> Result<(), OpError> {
                let unmet = workflow::check_extension(case, &ext, &rules);
                if !unmet.is_empty() {
                    return Err(OpError::Refused(workflow::Refusal::Unmet(unmet)));
                }
                case.extensions.push(ext);
                Ok(())
            },
        );
        unwrap_update(r)
    }

    /// Terminates a case (第十五条): records the reason and recovered amount, then moves it.
    pub fn terminate(
        &self,
        id: &str,
        reason: &str,
        recovered: Yuan,
        date: NaiveDate,
        expected_rev: Option<u64>,
    ) -> Result<Case, OpError> {
        let ctx = self.write_ctx()?;
        let rules = self.rule_ctx();
        let today = self.today();
        let r = self.store().update(
            id,
            expected_rev,
            &ctx,
            "move",
            reason,
            |case: &mut Case| -> Result<(), OpError> {
                case.termination = Some(Termination {
                    date: Some(date),
                    reason: reason.trim().to_string(),
                    recovered: Some(recovered),
                    ..Termination::default()
                });
                case.amounts.recovered = recovered;
                workflow::check_move(case, crate::domain::Stage::Terminated, &rules)
                    .map_err(OpError::Refused)?;
                workflow::apply_move(case, crate::domain::Stage::Terminated, today);
                Ok(())
            },
        );
        unwrap_update(r)
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
fn json_slot<'v>(root: &'v mut Value, path: &str) -> Option<&'v mut Value> {
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

/// `800万` → yuan; JSON literals as themselves; anything else a string.
fn parse_value(raw: &str) -> Value {
    let t = raw.trim();
    if (t.ends_with('万') || t.ends_with("万元"))
        && let Ok(y) = Yuan::parse_wan(t)
    {
        return Value::from(y.0);
    }
    if t.is_empty() {
        return Value::Null;
    }
    match serde_json::from_str::<Value>(t) {
        Ok(v) if !v.is_string() => v,
        _ => Value::String(raw.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_value_kinds() {
        assert_eq!(parse_value("800万"), Value::from(8_000_000));
        assert_eq!(parse_value("true"), Value::Bool(true));
        assert_eq!(parse_value("12"), Value::from(12));
        assert_eq!(
            parse_value("2026-12-01"),
            Value::String("2026-12-01".into())
        );
        assert_eq!(parse_value(""), Value::Null);
    }

    #[test]
    fn json_slot_walks_objects_and_arrays() {
        let mut v = serde_json::json!({"a": {"b": [{"c": 1}]}});
        *json_slot(&mut v, "a.b[0].c").unwrap() = Value::from(2);
        assert_eq!(v["a"]["b"][0]["c"], 2);
        assert!(json_slot(&mut v, "a.x").is_none());
        assert!(json_slot(&mut v, "a.b[5].c").is_none());
    }
}
