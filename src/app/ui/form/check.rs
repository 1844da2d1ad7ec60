//! Validation as you type: every edit rebuilds the document, parses each field and runs
//! `domain::validate` over the result; each problem is tied to the field it is about.

use serde_json::Value;

use crate::domain::validate::{self, Issue, Severity};
use crate::domain::{Case, Org};

use super::field::pointer;
pub use super::problem::{Check, Why};
use super::{Form, Purpose, Submit};

/// The document with every field written in, and the fields that do not parse.
pub fn document(form: &Form) -> (Value, Vec<Check>) {
    let mut doc = form.base.clone();
    let mut checks = Vec::new();
    for (i, f) in form.fields.iter().enumerate() {
        match f.value() {
            Ok(v) => {
                if f.required && (v.is_null() || v.as_str().is_some_and(|s| s.trim().is_empty())) {
                    checks.push(Check {
                        field: Some(i),
                        error: true,
                        why: Why::Required,
                    });
                }
                if let Err(why) = write(&mut doc, &f.path, v) {
                    checks.push(Check {
                        field: Some(i),
                        error: true,
                        why,
                    });
                }
            }
            Err(e) => checks.push(Check {
                field: Some(i),
                error: true,
                why: Why::Parse(e),
            }),
        }
    }
    (doc, checks)
}

/// Writes a field's value at its path: a key missing from an existing object is added
/// (an optional value the record leaves out when empty); a path through nothing is a
/// defect of the form, reported, never silently dropped.
fn write(doc: &mut Value, path: &str, v: Value) -> Result<(), Why> {
    if let Some(slot) = doc.pointer_mut(&pointer(path)) {
        *slot = v;
        return Ok(());
    }
    let (parent, key) = match path.rsplit_once('.') {
        Some((p, k)) => (pointer(p), k),
        None => (String::new(), path),
    };
    match doc.pointer_mut(&parent).and_then(Value::as_object_mut) {
        Some(obj) => {
            obj.insert(key.to_string(), v);
            Ok(())
        }
        None => Err(Why::Shape(format!("{path}: not in the record"))),
    }
}

fn parse<T: serde::de::DeserializeOwned>(v: Value) -> Result<T, String> {
    serde_json::from_value(v).map_err(|e| e.to_string())
}

/// The whole case the form would save (small forms write into the loaded case).
fn case_of(form: &Form, doc: &Value) -> Result<Option<(Case, Option<usize>)>, Why> {
    let loaded = || {
        form.case
            .as_deref()
            .cloned()
            .ok_or_else(|| Why::Shape("no case".into()))
    };
    Ok(Some(match &form.purpose {
        Purpose::NewCase | Purpose::EditCase(_) | Purpose::Record(..) => {
            (parse::<Case>(doc.clone()).map_err(Why::Shape)?, None)
        }
        Purpose::Taker(_) => {
            let mut c = loaded()?;
            let org: Org = parse(doc["org"].clone()).map_err(Why::Shape)?;
            c.takers.push(crate::domain::Taker {
                org,
                ..Default::default()
            });
            (c, None)
        }
        Purpose::Member(_) => {
            let mut c = loaded()?;
            let n = doc["taker"].as_u64().unwrap_or(0) as usize;
            let org: Org = parse(doc["org"].clone()).map_err(Why::Shape)?;
            match n.checked_sub(1).and_then(|i| c.takers.get_mut(i)) {
                Some(t) => t.consortium.push(org),
                None => return Err(Why::NoTaker(n)),
            }
            (c, Some(n - 1))
        }
        _ => return Ok(None),
    }))
}

/// The field an issue is about: same path, or the taker/member prefix of the small forms.
fn field_of(form: &Form, issue: &Issue, taker: Option<usize>) -> Option<usize> {
    let path = match &form.purpose {
        Purpose::Taker(_) => {
            let n = form.case.as_ref().map_or(0, |c| c.takers.len());
            if issue.index != [n] {
                return None;
            }
            format!("org.{}", issue.path.strip_prefix("takers.org.")?)
        }
        Purpose::Member(_) => {
            let t = taker?;
            let m = form.case.as_ref()?.takers.get(t)?.consortium.len();
            if issue.index != [t, m] {
                return None;
            }
            format!("org.{}", issue.path.strip_prefix("takers.consortium.")?)
        }
        _ if issue.index.is_empty() => issue.path.to_string(),
        _ => return None,
    };
    form.fields.iter().position(|f| f.path == path)
}

/// Recomputes the form's checks; returns what saving would submit if nothing blocks it.
pub fn recheck(form: &mut Form) -> Option<Submit> {
    let (doc, mut checks) = document(form);
    // Fields that do not parse keep their old value in `doc`, so the rules still judge
    // every other field as you type.
    let mut submit = None;
    match build(form, &doc, &mut checks) {
        Ok(s) => submit = s,
        // An empty required date makes no record; the field's own message says what to do.
        Err(Why::Shape(_)) if checks.iter().any(|c| c.error) => {}
        Err(why) => {
            let field = match why {
                Why::NoTaker(_) => form.fields.iter().position(|f| f.path == "taker"),
                _ => None,
            };
            checks.push(Check {
                field,
                error: true,
                why,
            })
        }
    }
    // A field the rules already call required needs no second message.
    let ruled: Vec<Option<usize>> = checks
        .iter()
        .filter(|c| c.error && matches!(c.why, Why::Issue(_)))
        .map(|c| c.field)
        .collect();
    checks.retain(|c| !(c.why == Why::Required && ruled.contains(&c.field)));
    checks.extend(super::orgs::duplicate_checks(form));
    // Errors first, each group in form order.
    checks.sort_by_key(|c| (!c.error, c.field.unwrap_or(usize::MAX)));
    let blocked = checks.iter().any(|c| c.error);
    form.checks = checks;
    if blocked { None } else { submit }
}

fn build(form: &Form, doc: &Value, checks: &mut Vec<Check>) -> Result<Option<Submit>, Why> {
    if let Some((case, taker)) = case_of(form, doc)? {
        for issue in validate::validate_case(&case) {
            let field = field_of(form, &issue, taker);
            let unrelated = field.is_none()
                && form.purpose != Purpose::NewCase
                && !matches!(form.purpose, Purpose::EditCase(_));
            if unrelated {
                // The loaded case's own older problems are not this small form's business.
                continue;
            }
            checks.push(Check {
                field,
                error: issue.severity == Severity::Error,
                why: Why::Issue(issue),
            });
        }
        let submit = match &form.purpose {
            Purpose::NewCase => Submit::Create(Box::new(case)),
            _ => Submit::Save {
                case: Box::new(case),
                rev: form.rev,
            },
        };
        return Ok(Some(submit));
    }
    let id = form.purpose.case_id().unwrap_or("").to_string();
    let rev = form.rev;
    Ok(Some(match &form.purpose {
        Purpose::Tranche(_) => Submit::Tranche {
            id,
            tranche: parse(doc.clone()).map_err(Why::Shape)?,
        },
        Purpose::Extension(_) => Submit::Extension {
            id,
            extension: parse(doc.clone()).map_err(Why::Shape)?,
        },
        Purpose::Objection(_) | Purpose::ObjectionEdit(..) => Submit::Objection {
            id,
            index: match form.purpose {
                Purpose::ObjectionEdit(_, i) => Some(i),
                _ => None,
            },
            objection: parse(doc.clone()).map_err(Why::Shape)?,
            rev,
        },
        Purpose::Review(_) => super::review_form::submit(form, doc, checks)?,
        Purpose::Termination(_) => Submit::Terminate {
            id,
            termination: parse(doc.clone()).map_err(Why::Shape)?,
            rev,
        },
        Purpose::Midterm(_) | Purpose::Acceptance(_) | Purpose::Gate(..) => {
            return super::stages::build(form, doc, checks);
        }
        _ => return Ok(None),
    }))
}
