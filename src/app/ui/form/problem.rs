//! What a form finds wrong with what is typed: a problem tied to the field it is about.

use crate::domain::validate::Issue;
use crate::i18n::msg;
use crate::i18n::{Lang, tr, trf};

use super::field::ParseError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    Issue(Issue),
    Parse(ParseError),
    Required,
    /// Member form: no taker with that number.
    NoTaker(usize),
    /// Likely the same organisation as one already stored.
    Duplicate(String),
    /// The document does not make a record (a defect of the form, reported not hidden).
    Shape(String),
    /// The review form's scores, experts and conflicts of interest.
    Review(super::review::Problem),
    /// A stage form's own problem (a panel line, a conflict of interest, a percentage).
    Record(super::flaw::Flaw),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// The field it is about (an index into `Form::fields`).
    pub field: Option<usize>,
    pub error: bool,
    pub why: Why,
}

impl Check {
    /// The message shown beside the field.
    pub fn short(&self, lang: Lang) -> String {
        match &self.why {
            Why::Issue(i) => i.problem.message(lang),
            Why::Parse(p) => p.message(lang),
            Why::Required => tr(lang, msg::validate::REQUIRED).to_string(),
            Why::NoTaker(n) => trf(lang, msg::form::NO_TAKER, &[("n", n)]),
            Why::Duplicate(name) => trf(lang, msg::form::DUPLICATE, &[("name", name)]),
            Why::Shape(m) => m.clone(),
            Why::Review(p) => p.message(lang),
            Why::Record(f) => f.message(lang),
        }
    }
}
