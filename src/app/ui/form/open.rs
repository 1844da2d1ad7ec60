//! Opening forms: a blank case (`n`), a loaded case (`e`), a small form on a case, or a
//! draft left behind by a dropped connection.

use crate::i18n::msg;
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Value, json};

use crate::domain::records::RecordSettings;
use crate::domain::{Case, Extension, Kind, Objection, Org, Termination, Tranche};
use crate::i18n::{tr, trf};

use super::super::action::Effect;
use super::super::backend::CaseDetail;
use super::super::commands::form_spec;
use super::super::state::{Screen, State};
use super::draft::Payload;
use super::{Form, Purpose, check, layout, review, review_form, stages, stages_info};

fn to_json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// A blank case as the form starts it; the store gives it an id when saved.
pub fn blank_case() -> Case {
    Case::new(
        String::new(),
        Kind::Transformation,
        Org::default(),
        "",
        DateTime::<Utc>::UNIX_EPOCH,
    )
}

/// The document a form starts from; `records` gives the review form its criteria and
/// number of expert slots.
pub(crate) fn base_for(
    purpose: &Purpose,
    case: Option<&Case>,
    records: &RecordSettings,
    today: NaiveDate,
) -> Value {
    match purpose {
        Purpose::NewCase => to_json(&blank_case()),
        Purpose::EditCase(_) => case.map(to_json).unwrap_or(Value::Null),
        Purpose::Record(tag, _) => match (case, form_spec(tag)) {
            (Some(c), Some(spec)) => {
                let mut c = c.clone();
                (spec.prepare)(&mut c, today);
                to_json(&c)
            }
            _ => Value::Null,
        },
        Purpose::Taker(_) => json!({ "org": to_json(&Org::default()) }),
        Purpose::Member(_) => {
            let n = case.map_or(0, |c| c.takers.len());
            json!({ "taker": if n == 1 { json!(1) } else { Value::Null }, "org": to_json(&Org::default()) })
        }
        Purpose::Tranche(_) => to_json(&Tranche {
            date: today,
            kind: case.map_or(crate::domain::TrancheKind::PreFunding, |c| {
                c.kind.tranche_kind()
            }),
            ..Tranche::default()
        }),
        Purpose::Extension(_) => {
            let mut v = to_json(&Extension {
                requested_on: today,
                ..Extension::default()
            });
            v["new_end"] = Value::Null;
            v
        }
        // What `:audit` already recorded (agreement, approval, the 专项审计) is kept.
        Purpose::Termination(_) => to_json(&Termination {
            date: Some(today),
            ..case.and_then(|c| c.termination.clone()).unwrap_or_default()
        }),
        Purpose::Midterm(_) | Purpose::Acceptance(_) | Purpose::Gate(..) => case
            .map(|c| stages::doc_of(purpose, c, today, None))
            .unwrap_or(Value::Null),
        Purpose::ObjectionEdit(_, i) => case
            .and_then(|c| c.publicity.objections.get(*i))
            .map_or(Value::Null, to_json),
        Purpose::Objection(_) => to_json(&Objection {
            received: today,
            ..Objection::default()
        }),
        Purpose::Review(_) => case.map_or(Value::Null, |c| {
            review::to_value(&review::sheet_for(c, records, today))
        }),
    }
}

fn build(
    state: &State,
    purpose: Purpose,
    case: Option<Case>,
    info: Vec<String>,
    base: Value,
) -> Form {
    let mut fields = layout::fields_for(&purpose, &base, state.lang());
    stages::fit_fields(&purpose, case.as_ref(), &mut fields);
    for f in fields.iter_mut() {
        f.load(&base);
    }
    let from = match &state.screen {
        Screen::Form(f) => f.from.clone(),
        other => Box::new(other.clone()),
    };
    let mut form = Form {
        rev: case.as_ref().map_or(0, |c| c.rev),
        purpose,
        fields,
        focus: 0,
        base,
        case: case.map(Box::new),
        dirty: false,
        draft_pending: false,
        draft_saved_at: None,
        checks: Vec::new(),
        info,
        error: Vec::new(),
        prompt: None,
        orgs: Vec::new(),
        suggest: None,
        saving: false,
        from,
    };
    check::recheck(&mut form);
    form
}

/// `n`: a blank 征集表.
pub fn new_case(state: &mut State) -> Vec<Effect> {
    if state.settings.read_only {
        state.status.error = Some(tr(state.lang(), msg::tui::READ_ONLY).to_string());
        return Vec::new();
    }
    let base = base_for(
        &Purpose::NewCase,
        None,
        &RecordSettings::default(),
        state.today,
    );
    let form = build(state, Purpose::NewCase, None, Vec::new(), base);
    state.screen = Screen::Form(Box::new(form));
    vec![Effect::LoadOrgs]
}

/// `e` and the department's forms: load the case first.
pub fn on_case(state: &mut State, make: impl FnOnce(String) -> Purpose) -> Vec<Effect> {
    let lang = state.lang();
    if state.settings.read_only {
        state.status.error = Some(tr(lang, msg::tui::READ_ONLY).to_string());
        return Vec::new();
    }
    let Some(id) = state.current_id() else {
        state.status.error = Some(tr(lang, msg::tui::NO_SELECTION).to_string());
        return Vec::new();
    };
    crate::app::ui::bulk::one_case_notice(state, &id);
    vec![Effect::LoadFormCase { purpose: make(id) }]
}

/// The case for a form arrived.
pub fn case_loaded(state: &mut State, purpose: Purpose, detail: Box<CaseDetail>) -> Vec<Effect> {
    let base = base_for(&purpose, Some(&detail.case), &detail.records, state.today);
    let info = match purpose {
        Purpose::Tranche(_) => detail.subsidy.clone(),
        Purpose::Review(_) => {
            let sheet = review::sheet_for(&detail.case, &detail.records, state.today);
            let latest = detail
                .case
                .latest_review(sheet.stage)
                .filter(|r| !r.panel.is_empty());
            review_form::info(&sheet, latest, state.lang())
        }
        Purpose::ObjectionEdit(_, i) => {
            let count = detail.case.publicity.objections.len();
            if i >= count {
                state.status.error = Some(trf(
                    state.lang(),
                    msg::records::APP_NO_OBJECTION,
                    &[("n", &(i + 1)), ("count", &count)],
                ));
                return Vec::new();
            }
            Vec::new()
        }
        Purpose::Midterm(_) | Purpose::Acceptance(_) | Purpose::Gate(..) => {
            match stages_info::info(&purpose, &detail, state.lang()) {
                Ok(lines) => lines,
                Err(why) => {
                    state.status.error = Some(why);
                    return Vec::new();
                }
            }
        }
        _ => Vec::new(),
    };
    let due = detail.midterm_due;
    let mut form = build(state, purpose, Some(detail.case.into_raw()), info, base);
    stages::prefill_due(&mut form, due);
    check::recheck(&mut form);
    state.screen = Screen::Form(Box::new(form));
    vec![Effect::LoadOrgs]
}

/// Reopens a draft exactly as it was left: same purpose, base, revision and typed text.
pub fn resume(state: &mut State, p: Payload) -> Vec<Effect> {
    let mut form = build(state, p.purpose, p.case, p.info, p.base);
    form.rev = p.rev;
    for f in form.fields.iter_mut() {
        f.load(&form.base);
        if let Some((_, raw)) = p.values.iter().find(|(path, _)| *path == f.path) {
            f.set_raw(raw);
        }
    }
    form.focus = p.focus.min(form.fields.len().saturating_sub(1));
    form.dirty = true;
    form.draft_saved_at = Some(p.saved_at);
    check::recheck(&mut form);
    state.screen = Screen::Form(Box::new(form));
    vec![Effect::LoadOrgs]
}
