//! A field's label or a section's heading.

use crate::i18n::{Lang, Msg, tr};

/// A label or heading: a message, or a text built when the form opened (an expert's
/// number, a taker's name) for fields that exist only on some cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    Key(Msg),
    Text(String),
}

impl Label {
    pub fn text(&self, lang: Lang) -> &str {
        match self {
            Label::Key(k) => tr(lang, *k),
            Label::Text(t) => t,
        }
    }
}

impl From<Msg> for Label {
    fn from(key: Msg) -> Label {
        Label::Key(key)
    }
}
