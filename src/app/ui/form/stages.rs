//! The stage-record forms: the mid-term check (中期检查), acceptance (验收) and one taker's
//! status, own period and stage gate (赛马制). Each edits one record of the loaded case; the
//! document is the case itself plus a `form` object holding what has no JSON twin in the
//! case: the panel as text, one expert per line, and the chosen taker. Saving names the
//! revision the form was opened on; another officer's save meanwhile is merged field by
//! field like the case form's.

use crate::i18n::msg;
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::app::record_ops::TakerRecord;
use crate::domain::case::{Acceptance, Case, Plan};
use crate::domain::records::panel;
use crate::domain::records::review;
use crate::domain::records::{Expert, GateResult, Midterm, MidtermVerdict, StageGate};
use crate::domain::validate::{self, Issue, Severity};
use crate::domain::{Kind as CaseKind, TakerStatus, Verdict, Yuan};

use super::field::{Field, Kind};
pub use super::flaw::Flaw;
use super::problem::{Check, Why};
use super::{Form, Purpose, Submit};

const PANEL: &str = "form.panel";
/// Fields only a 成果转化类 case has (第十二条: benefit and funds actually received).
const TRANSFORMATION_ONLY: [&str; 3] = [
    "acceptance.benefit_verified",
    "acceptance.benefit",
    "amounts.funds_received",
];

pub fn midterm_fields() -> Vec<Field> {
    use Kind::*;
    vec![
        Field::new("midterm.due", msg::stages::F_DUE, Date).in_section(msg::stages::S_MIDTERM),
        Field::new("midterm.held_on", msg::stages::F_HELD_ON, Date),
        Field::choice(
            "midterm.verdict",
            msg::stages::F_MIDTERM_VERDICT,
            MidtermVerdict::options(),
            false,
        ),
        Field::new("midterm.rectify_by", msg::stages::F_RECTIFY_BY, Date),
        Field::new("midterm.rectified_on", msg::stages::F_RECTIFIED_ON, Date),
        Field::new(PANEL, msg::stages::F_PANEL, Long).in_section(msg::stages::S_PANEL),
        Field::new("midterm.remarks", msg::stages::F_REMARKS, Long),
    ]
}

pub fn acceptance_fields() -> Vec<Field> {
    use Kind::*;
    vec![
        Field::new("acceptance.date", msg::stages::F_ACCEPTANCE_DATE, Date)
            .in_section(msg::stages::S_ACCEPTANCE),
        Field::choice(
            "acceptance.verdict",
            msg::stages::F_ACCEPTANCE_VERDICT,
            Verdict::options(),
            false,
        ),
        Field::new(
            "acceptance.completion_pct",
            msg::stages::F_COMPLETION,
            Count,
        ),
        Field::new(
            "acceptance.benefit_verified",
            msg::stages::F_BENEFIT_VERIFIED,
            Bool,
        )
        .not_null()
        .in_section(msg::stages::S_BENEFIT),
        Field::new("acceptance.benefit", msg::stages::F_BENEFIT, Money),
        Field::new(
            "amounts.funds_received",
            msg::stages::F_FUNDS_RECEIVED,
            Money,
        ),
        Field::new(PANEL, msg::stages::F_PANEL, Long).in_section(msg::stages::S_PANEL),
        Field::new("acceptance.remarks", msg::stages::F_REMARKS, Long),
    ]
}

pub fn gate_fields() -> Vec<Field> {
    use Kind::*;
    vec![
        Field::choice(
            "form.taker.status",
            msg::stages::F_TAKER_STATUS,
            TakerStatus::options(),
            false,
        )
        .not_null()
        .in_section(msg::stages::S_TAKER),
        Field::new(
            "form.taker.plan.agreement_signed",
            msg::form::F_AGREEMENT_SIGNED,
            Date,
        ),
        Field::new(
            "form.taker.plan.task_book_signed",
            msg::form::F_TASK_BOOK_SIGNED,
            Date,
        ),
        Field::new("form.taker.plan.start", msg::form::F_PLAN_START, Date),
        Field::new("form.taker.plan.end", msg::form::F_PLAN_END, Date),
        Field::choice(
            "form.taker.gate.result",
            msg::stages::F_GATE_RESULT,
            GateResult::options(),
            false,
        )
        .in_section(msg::stages::S_GATE),
        Field::new("form.taker.gate.date", msg::stages::F_GATE_DATE, Date),
        Field::new("form.taker.gate.reason", msg::stages::F_GATE_REASON, Long),
    ]
}

/// Drops the fields the case's kind does not have (benefit and funds of 成果转化类).
pub fn fit_fields(purpose: &Purpose, case: Option<&Case>, fields: &mut Vec<Field>) {
    let transformation = case.is_some_and(|c| c.kind == CaseKind::Transformation);
    if matches!(purpose, Purpose::Acceptance(_)) && !transformation {
        fields.retain(|f| !TRANSFORMATION_ONLY.contains(&f.path.as_ref()));
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

fn date_json(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| Value::String(d.to_string()))
}

/// The document of a stage form over `case`. `today` dates a new stage gate; `due` is the
/// mid-term due date computed from the settings, shown when the officer has set none.
pub fn doc_of(purpose: &Purpose, case: &Case, today: NaiveDate, due: Option<NaiveDate>) -> Value {
    let mut doc = to_json(case);
    let mut extra = json!({ "today": today.to_string(), "due": date_json(due) });
    match purpose {
        Purpose::Midterm(_) => {
            extra["panel"] = Value::String(panel::panel_text(&case.midterm.panel));
            if case.midterm.due.is_none() {
                doc["midterm"]["due"] = date_json(due);
            }
        }
        Purpose::Acceptance(_) => {
            extra["panel"] = Value::String(panel::panel_text(&case.acceptance.panel));
        }
        Purpose::Gate(_, i) => {
            if let Some(t) = case.takers.get(*i) {
                let gate = t.gate.clone();
                extra["taker"] = json!({
                    "status": to_json(&t.status),
                    "plan": to_json(&t.plan),
                    "gate": {
                        "result": gate.as_ref().map_or(Value::Null, |g| to_json(&g.result)),
                        "date": date_json(gate.as_ref().and_then(|g| g.date).or(Some(today))),
                        "reason": gate.map(|g| g.reason).unwrap_or_default(),
                    },
                });
            }
        }
        _ => {}
    }
    doc["form"] = extra;
    doc
}

fn base_date(form: &Form, key: &str) -> Option<NaiveDate> {
    form.base["form"][key].as_str().and_then(|s| s.parse().ok())
}

/// The other officer's version as this form's document: the stage forms add their `form`
/// object (same `today` and computed due as the form was opened with), the others are the
/// case as it is.
pub fn their_doc(form: &Form, theirs: &Case) -> Value {
    if !form.purpose.is_stage_record() {
        return to_json(theirs);
    }
    let today = base_date(form, "today").unwrap_or(NaiveDate::MIN);
    doc_of(&form.purpose, theirs, today, base_date(form, "due"))
}

/// Shows the mid-term due date computed from the settings when the officer has set none.
pub fn prefill_due(form: &mut Form, due: Option<NaiveDate>) {
    let (Purpose::Midterm(_), Some(case)) = (&form.purpose, &form.case) else {
        return;
    };
    let today = base_date(form, "today").unwrap_or(NaiveDate::MIN);
    form.base = doc_of(&form.purpose, case, today, due);
    for f in form.fields.iter_mut() {
        f.load(&form.base);
    }
}

fn parse<T: DeserializeOwned>(v: &Value) -> Result<T, Why> {
    serde_json::from_value(v.clone()).map_err(|e| Why::Shape(e.to_string()))
}

fn position(form: &Form, path: &str) -> Option<usize> {
    form.fields.iter().position(|f| f.path == path)
}

fn flag(form: &Form, path: &str, error: bool, flaw: Flaw) -> Check {
    Check {
        field: position(form, path),
        error,
        why: Why::Record(flaw),
    }
}

/// The panel typed in the form, each expert with its line; a bad line is an error in
/// place and leaves the panel as loaded.
fn typed_panel(
    form: &Form,
    doc: &Value,
    loaded: &[Expert],
    checks: &mut Vec<Check>,
) -> Vec<(usize, Expert)> {
    match panel::parse_panel(doc["form"]["panel"].as_str().unwrap_or("")) {
        Ok(p) => p,
        Err(bad) => {
            checks.push(flag(form, PANEL, true, Flaw::BadExpert(bad)));
            loaded.iter().cloned().enumerate().collect()
        }
    }
}

/// Conflict-of-interest warnings on the panel's lines (withdrawn experts are settled).
fn conflict_checks(form: &Form, case: &Case, lined: &[(usize, Expert)]) -> Vec<Check> {
    let experts: Vec<Expert> = lined.iter().map(|(_, e)| e.clone()).collect();
    review::conflicts(case, &experts)
        .into_iter()
        .filter(|c| !experts[c.expert].recused)
        .map(|c| {
            let (line, e) = &lined[c.expert];
            let flaw = Flaw::Conflict {
                line: *line,
                expert: e.name.clone(),
                party: c.party,
                org: c.org,
            };
            flag(form, PANEL, false, flaw)
        })
        .collect()
}

/// The field of the form an issue of the would-be case is about, if any.
fn field_of(form: &Form, issue: &Issue) -> Option<usize> {
    let path = match &form.purpose {
        Purpose::Gate(_, i) => {
            if issue.index != [*i] {
                return None;
            }
            format!("form.taker.{}", issue.path.strip_prefix("takers.")?)
        }
        Purpose::Midterm(_) if issue.path.starts_with("midterm.panel.") => PANEL.into(),
        Purpose::Acceptance(_) if issue.path.starts_with("acceptance.panel.") => PANEL.into(),
        _ if issue.index.is_empty() => issue.path.to_string(),
        _ => return None,
    };
    position(form, &path)
}

/// What one stage form is building: the form, its document, the loaded case and the case
/// as it would be saved, and the problems found so far.
struct Build<'a> {
    form: &'a Form,
    doc: &'a Value,
    loaded: &'a Case,
    case: Case,
    checks: &'a mut Vec<Check>,
    /// The panel typed, each expert with its line (for conflict-of-interest warnings).
    lined: Vec<(usize, Expert)>,
}

/// Checks the stage form and builds its submission; pushes problems into `checks`.
pub fn build(form: &Form, doc: &Value, checks: &mut Vec<Check>) -> Result<Option<Submit>, Why> {
    let loaded = form
        .case
        .as_deref()
        .ok_or_else(|| Why::Shape("no case".into()))?;
    let mut b = Build {
        form,
        doc,
        loaded,
        case: loaded.clone(),
        checks,
        lined: Vec::new(),
    };
    let submit = match &form.purpose {
        Purpose::Midterm(_) => midterm(&mut b)?,
        Purpose::Acceptance(_) => acceptance(&mut b)?,
        Purpose::Gate(_, index) => gate(&mut b, *index)?,
        _ => return Ok(None),
    };
    for issue in validate::validate_case(&b.case) {
        // The loaded case's own older problems are not this form's business.
        if let Some(field) = field_of(form, &issue) {
            b.checks.push(Check {
                field: Some(field),
                error: issue.severity == Severity::Error,
                why: Why::Issue(issue),
            });
        }
    }
    let conflicts = conflict_checks(form, &b.case, &b.lined);
    b.checks.extend(conflicts);
    Ok(Some(submit))
}

fn midterm(b: &mut Build) -> Result<Submit, Why> {
    let (form, loaded) = (b.form, b.loaded);
    let mut m: Midterm = parse(&b.doc["midterm"])?;
    b.lined = typed_panel(form, b.doc, &loaded.midterm.panel, b.checks);
    m.panel = b.lined.iter().map(|(_, e)| e.clone()).collect();
    // The computed date left as shown stays computed: it follows the period.
    if loaded.midterm.due.is_none() && m.due == base_date(form, "due") {
        m.due = None;
    }
    b.case.midterm = m.clone();
    Ok(Submit::Midterm {
        id: loaded.id.clone(),
        midterm: m,
        rev: form.rev,
    })
}

fn acceptance(b: &mut Build) -> Result<Submit, Why> {
    let (form, loaded) = (b.form, b.loaded);
    let mut a_doc = b.doc["acceptance"].clone();
    if let Some(n) = a_doc["completion_pct"].as_u64().filter(|n| *n > 100) {
        let path = "acceptance.completion_pct";
        b.checks.push(flag(form, path, true, Flaw::Percent(n)));
        a_doc["completion_pct"] = Value::Null;
    }
    let mut a: Acceptance = parse(&a_doc)?;
    b.lined = typed_panel(form, b.doc, &loaded.acceptance.panel, b.checks);
    a.panel = b.lined.iter().map(|(_, e)| e.clone()).collect();
    // The field shows the stored amount, so what it holds is the amount: emptied, it
    // clears the amount. Technology-breakthrough cases have no such field.
    let funds: Option<Option<Yuan>> = match loaded.kind {
        CaseKind::Transformation => Some(parse(&b.doc["amounts"]["funds_received"])?),
        CaseKind::Breakthrough => None,
    };
    b.case.acceptance = a.clone();
    if let Some(f) = funds {
        b.case.amounts.funds_received = f;
    }
    Ok(Submit::Acceptance {
        id: loaded.id.clone(),
        acceptance: a,
        funds_received: funds,
        rev: form.rev,
    })
}

fn gate(b: &mut Build, index: usize) -> Result<Submit, Why> {
    let form = b.form;
    // The taker may have gone from the other officer's version met on saving.
    if b.loaded.takers.get(index).is_none() {
        return Err(Why::NoTaker(index + 1));
    }
    let t = &b.doc["form"]["taker"];
    let mut status: TakerStatus = parse(&t["status"])?;
    let plan: Plan = parse(&t["plan"])?;
    let result: Option<GateResult> = parse(&t["gate"]["result"])?;
    let reason = t["gate"]["reason"].as_str().unwrap_or("").to_string();
    if result.is_none() && !reason.trim().is_empty() {
        b.checks.push(Check {
            field: position(form, "form.taker.gate.result"),
            error: true,
            why: Why::Required,
        });
    }
    let gate = match result {
        Some(result) => Some(StageGate {
            date: parse(&t["gate"]["date"])?,
            result,
            reason,
        }),
        None => None,
    };
    // As `record_taker` does: a gate that eliminates marks the taker eliminated.
    if gate
        .as_ref()
        .is_some_and(|g| g.result == GateResult::Eliminated)
    {
        status = TakerStatus::Eliminated;
    }
    let Some(taker) = b.case.takers.get_mut(index) else {
        return Err(Why::NoTaker(index + 1));
    };
    taker.status = status;
    taker.plan = plan.clone();
    taker.gate = gate.clone();
    let record = TakerRecord { status, plan, gate };
    Ok(Submit::Gate {
        id: b.loaded.id.clone(),
        index,
        record,
        rev: form.rev,
    })
}
