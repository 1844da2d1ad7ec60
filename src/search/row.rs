//! The compact search row of a case: its id, stage and names, all a `find` or the name
//! index needs, without the rest of the case summary.

use super::index::NameField;
use crate::domain::{CaseSummary, Stage};

/// A case's names in one buffer: `spans[i]` is a field and its byte range in `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRow {
    pub id: Box<str>,
    pub stage: Stage,
    text: Box<str>,
    spans: Box<[(NameField, u32, u32)]>,
}

impl SearchRow {
    pub fn new<'a>(
        id: &str,
        stage: Stage,
        names: impl Iterator<Item = (NameField, &'a str)>,
    ) -> Self {
        let mut text = String::new();
        let mut spans = Vec::new();
        for (field, t) in names {
            let start = text.len() as u32;
            text.push_str(t);
            spans.push((field, start, text.len() as u32));
        }
        SearchRow {
            id: id.into(),
            stage,
            text: text.into(),
            spans: spans.into(),
        }
    }

    pub fn of(s: &CaseSummary) -> Self {
        SearchRow::new(&s.id, s.stage, NameField::all(s))
    }

    /// The case's names in field order (name, issuer, taker, others).
    pub fn names(&self) -> impl Iterator<Item = (NameField, &str)> {
        self.spans
            .iter()
            .map(|&(f, a, b)| (f, &self.text[a as usize..b as usize]))
    }

    /// The text of one field, if the case has it.
    pub fn field(&self, field: NameField) -> Option<&str> {
        self.names().find(|(f, _)| *f == field).map(|(_, t)| t)
    }
}

/// What the name index is built from: anything that lists its names by field.
pub trait Names {
    fn each_name(&self) -> impl Iterator<Item = (NameField, &str)>;
}

impl Names for CaseSummary {
    fn each_name(&self) -> impl Iterator<Item = (NameField, &str)> {
        NameField::all(self)
    }
}

impl Names for SearchRow {
    fn each_name(&self) -> impl Iterator<Item = (NameField, &str)> {
        self.names()
    }
}
