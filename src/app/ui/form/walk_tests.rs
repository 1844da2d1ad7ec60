//! Walks every form (the fixed ones and every form of `forms/`) over a real case and
//! checks that each field reads a value that is there and writes a value that arrives: a
//! field whose path is not in its record fails here, not silently on an officer's save.

use crate::i18n::msg;
use chrono::NaiveDate;
use serde_json::Value;

use crate::domain::Case;
use crate::domain::Objection;
use crate::domain::records::RecordSettings;
use crate::domain::rules::fixtures::{d, transformation};
use crate::i18n::Lang;

use super::super::commands::forms;
use super::field::{Editor, Field, Kind, pointer};
use super::{Purpose, check, layout, open, stages};

fn case() -> Case {
    let mut c = transformation();
    c.id = "JB-2026-0001".into();
    if c.takers.is_empty() {
        c.takers.push(Default::default());
    }
    c.publicity.objections.push(Objection::default());
    c
}

fn every_purpose() -> Vec<Purpose> {
    let id = || "JB-2026-0001".to_string();
    let mut all = vec![
        Purpose::NewCase,
        Purpose::EditCase(id()),
        Purpose::Taker(id()),
        Purpose::Member(id()),
        Purpose::Objection(id()),
        Purpose::ObjectionEdit(id(), 0),
        Purpose::Review(id()),
        Purpose::Tranche(id()),
        Purpose::Extension(id()),
        Purpose::Termination(id()),
        Purpose::Midterm(id()),
        Purpose::Acceptance(id()),
        Purpose::Gate(id(), 0),
    ];
    all.extend(forms().map(|f| Purpose::Record(f.tag.into(), id())));
    all
}

/// A value of the field's kind that differs from an empty form's.
fn sample(f: &Field) -> String {
    match (&f.kind, &f.editor) {
        (Kind::Text | Kind::Long, _) => "甲乙丙".into(),
        (Kind::Date, _) => "2026-03-02".into(),
        (Kind::Money, _) => "12.5".into(),
        (Kind::Count, _) => "3".into(),
        (Kind::Bool, _) => "true".into(),
        (Kind::Choice | Kind::Multi, Editor::Pick(p)) => p
            .options
            .last()
            .map(|o| o.0.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

fn opened(purpose: &Purpose, case: &Case, today: NaiveDate) -> super::Form {
    let records = RecordSettings::default();
    let loaded = (purpose != &Purpose::NewCase).then_some(case);
    let base = open::base_for(purpose, loaded, &records, today);
    let mut fields = layout::fields_for(purpose, &base, Lang::Zh);
    stages::fit_fields(purpose, loaded, &mut fields);
    for f in fields.iter_mut() {
        f.load(&base);
    }
    super::Form {
        purpose: purpose.clone(),
        fields,
        focus: 0,
        base,
        case: loaded.cloned().map(Box::new),
        rev: case.rev,
        dirty: false,
        draft_pending: false,
        draft_saved_at: None,
        checks: Vec::new(),
        info: Vec::new(),
        error: Vec::new(),
        prompt: None,
        orgs: Vec::new(),
        suggest: None,
        saving: false,
        from: Box::new(super::super::state::Screen::List),
    }
}

#[test]
fn every_field_of_every_form_reads_and_writes_a_real_value() {
    let case = case();
    let today = d("2026-11-26");
    for purpose in every_purpose() {
        let mut form = opened(&purpose, &case, today);
        assert!(!form.fields.is_empty(), "{purpose:?} has no fields");
        for i in 0..form.fields.len() {
            let path = form.fields[i].path.to_string();
            assert!(
                form.base.pointer(&pointer(&path)).is_some(),
                "{purpose:?}: {path} reads nothing from {}",
                form.base
            );
            let raw = sample(&form.fields[i]);
            assert!(!raw.is_empty(), "{purpose:?}: no sample for {path}");
            form.fields[i].set_raw(&raw);
            let want = form.fields[i].value().unwrap();
            let (doc, _) = check::document(&form);
            assert_eq!(
                doc.pointer(&pointer(&path)),
                Some(&want),
                "{purpose:?}: {path} does not write {raw}"
            );
            if matches!(purpose, Purpose::Record(..) | Purpose::EditCase(_)) {
                // Through the case and back: a real field of the case, not a key serde drops.
                let back: Case = serde_json::from_value(doc).unwrap();
                let again = serde_json::to_value(&back).unwrap();
                assert_eq!(again.pointer(&pointer(&path)), Some(&want), "{path}");
            }
        }
        let _ = check::recheck(&mut form);
        let shape: Vec<_> = form
            .checks
            .iter()
            .filter(|c| matches!(c.why, super::Why::Shape(_)))
            .collect();
        assert!(shape.is_empty(), "{purpose:?} makes no record: {shape:?}");
    }
}

#[test]
fn a_field_whose_path_is_missing_is_reported_not_dropped() {
    let case = case();
    let purpose = Purpose::Record("dates".into(), case.id.clone());
    let mut form = opened(&purpose, &case, d("2026-11-26"));
    form.fields.push(Field::new(
        "plan.no_such_field.x",
        msg::form::F_PLAN_END,
        Kind::Text,
    ));
    let (_, checks) = check::document(&form);
    assert!(
        checks
            .iter()
            .any(|c| matches!(&c.why, super::Why::Shape(m) if m.contains("no_such_field"))),
        "{checks:?}"
    );
    let _ = Value::Null;
}
