//! The expert review form (`:review`): its fields, made from the sheet when the form opens
//! (one section per expert, one score field per taker at 评审推荐), its title and context
//! lines, its checks, and the command that adds an expert slot while typing.

use crate::i18n::msg;
use std::borrow::Cow;

use serde_json::Value;

use crate::domain::Case;
use crate::domain::records::{Review, ReviewConclusion, ReviewStage};
use crate::i18n::{Lang, trf};
use crate::text::records::criterion_label;

use super::field::{Field, Kind, Label};
use super::problem::{Check, Why};
use super::review::{Sheet, assess};
use super::{Form, Submit};

fn sheet_of(doc: &Value) -> Result<Sheet, String> {
    serde_json::from_value(doc.clone()).map_err(|e| e.to_string())
}

/// `需求论证专家评审` / `评审推荐专家评审`: the title names the panel.
pub fn title(base: &Value, lang: Lang) -> String {
    let stage = sheet_of(base).map_or(ReviewStage::Validating, |s| s.stage);
    trf(
        lang,
        msg::review_form::TITLE_PANEL,
        &[("stage", &stage.label(lang))],
    )
}

/// Every field of the sheet, in the order of the paper form.
pub fn fields(base: &Value, lang: Lang) -> Vec<Field> {
    let sheet = sheet_of(base).unwrap_or_default();
    let mut v = vec![
        Field::new("date", msg::review_form::F_DATE, Kind::Date)
            .required()
            .in_section(msg::review_form::S_MEETING),
    ];
    for i in 0..sheet.experts.len() {
        let path = |leaf: &str| -> Cow<'static, str> { Cow::Owned(format!("experts.{i}.{leaf}")) };
        let heading = Label::Text(trf(lang, msg::review_form::S_EXPERT, &[("n", &(i + 1))]));
        v.push(Field::new(path("name"), msg::review_form::F_NAME, Kind::Text).in_section(heading));
        v.push(Field::new(
            path("unit"),
            msg::review_form::F_UNIT,
            Kind::Text,
        ));
        v.push(Field::new(path("declared"), msg::review_form::F_DECLARED, Kind::Bool).not_null());
        v.push(Field::new(path("recused"), msg::review_form::F_RECUSED, Kind::Bool).not_null());
        for k in 0..sheet.score_columns() {
            let label = match sheet.stage {
                ReviewStage::Validating => Label::Key(msg::review_form::F_SCORES),
                ReviewStage::Reviewing => Label::Text(sheet.takers[k].clone()),
            };
            v.push(Field::new(path(&format!("scores.{k}")), label, Kind::Text));
        }
    }
    let mut comments = Field::new("comments", msg::review_form::F_COMMENTS, Kind::Long)
        .in_section(msg::review_form::S_CONCLUSION);
    comments.limit = crate::domain::validate::limit_of("reviews.comments");
    v.push(comments);
    let conclusions = ReviewConclusion::ALL
        .iter()
        .map(|c| (c.id(), c.msg()))
        .collect();
    v.push(Field::choice(
        "conclusion",
        msg::review_form::F_CONCLUSION,
        conclusions,
        false,
    ));
    if sheet.stage == ReviewStage::Reviewing {
        let takers = sheet
            .takers
            .iter()
            .enumerate()
            .map(|(k, name)| (Cow::Owned(k.to_string()), Label::Text(name.clone())))
            .collect();
        v.push(Field::pick(
            "recommended",
            msg::review_form::F_RECOMMENDED,
            takers,
            true,
        ));
    }
    v
}

/// The context lines: the order the scores are typed in, and where a prefill came from.
pub fn info(sheet: &Sheet, prefilled_from: Option<&Review>, lang: Lang) -> Vec<String> {
    let order: Vec<String> = sheet
        .criteria
        .iter()
        .map(|c| criterion_label(c, lang))
        .collect();
    let criteria = order.join(" ");
    let mut out = vec![match sheet.stage {
        ReviewStage::Validating => trf(
            lang,
            msg::review_form::INFO_ORDER,
            &[("criteria", &criteria)],
        ),
        ReviewStage::Reviewing => trf(
            lang,
            msg::review_form::INFO_ORDER_TAKERS,
            &[("criteria", &criteria)],
        ),
    }];
    if let Some(r) = prefilled_from {
        let date = r.date.map_or("-".to_string(), |d| d.to_string());
        out.push(trf(
            lang,
            msg::review_form::INFO_PREFILLED,
            &[("date", &date)],
        ));
    }
    out
}

/// Checks the sheet against the loaded case; what saving submits.
pub fn submit(form: &Form, doc: &Value, checks: &mut Vec<Check>) -> Result<Submit, Why> {
    let sheet = sheet_of(doc).map_err(Why::Shape)?;
    let case = form
        .case
        .as_deref()
        .ok_or_else(|| Why::Shape("no case".into()))?;
    let (review, findings) = assess(&sheet, case);
    for f in findings {
        let field = form.fields.iter().position(|x| x.path == f.path);
        checks.push(Check {
            field,
            error: f.error,
            why: Why::Review(f.problem),
        });
    }
    Ok(Submit::Review {
        id: case.id.clone(),
        review,
        rev: form.rev,
    })
}

/// One more expert slot, below the others; everything typed stays, the caret goes to the
/// new expert's name. The slot is part of the form's base, so a draft keeps it.
pub fn add_expert(form: &mut Form, lang: Lang) -> bool {
    let Ok(sheet) = sheet_of(&form.base) else {
        return false;
    };
    let raws = form.raws();
    let slot = serde_json::to_value(sheet.blank_slot()).unwrap_or(Value::Null);
    let Some(list) = form.base.get_mut("experts").and_then(Value::as_array_mut) else {
        return false;
    };
    list.push(slot);
    let n = list.len();
    let mut fields = fields(&form.base, lang);
    for f in fields.iter_mut() {
        f.load(&form.base);
        if let Some((_, raw)) = raws.iter().find(|(p, _)| *p == f.path) {
            f.set_raw(raw);
        }
    }
    let name = format!("experts.{}.name", n - 1);
    form.focus = fields.iter().position(|f| f.path == name).unwrap_or(0);
    form.fields = fields;
    true
}

/// Another officer recorded a review of the same panel since the form opened: saving now
/// would supersede theirs, so the officer is told before it happens.
pub fn newer_review(form: &Form, theirs: &Case) -> bool {
    let Ok(sheet) = sheet_of(&form.base) else {
        return false;
    };
    let count = |c: &Case| c.reviews.iter().filter(|r| r.stage == sheet.stage).count();
    form.case.as_deref().map_or(0, count) < count(theirs)
}
