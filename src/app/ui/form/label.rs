//! A field's label or a section's heading.

use crate::i18n::{Lang, tr};

/// A label or heading: an i18n key, or a text built when the form opened (an expert's
/// number, a taker's name) for fields that exist only on some cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    Key(&'static str),
    Text(String),
}

impl Label {
    pub fn text(&self, lang: Lang) -> &str {
        match self {
            Label::Key(k) => tr(lang, k),
            Label::Text(t) => t,
        }
    }
}

impl From<&'static str> for Label {
    fn from(key: &'static str) -> Label {
        Label::Key(key)
    }
}
