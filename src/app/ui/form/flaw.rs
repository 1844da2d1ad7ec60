//! What is wrong with a stage form beyond the domain's own validation.

use crate::domain::records::panel::BadLine;
use crate::domain::rules::Party;
use crate::i18n::msg;
use crate::i18n::{Lang, trf};

/// What is wrong with a stage form beyond the domain's own validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flaw {
    /// A panel line that is not `姓名，单位[，flag]`.
    BadExpert(BadLine),
    /// An expert of a party's own unit who has not withdrawn (a warning).
    Conflict {
        line: usize,
        expert: String,
        party: Party,
        org: String,
    },
    /// A percentage over 100 (too large even to store).
    Percent(u64),
}

impl Flaw {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Flaw::BadExpert(b) => trf(
                lang,
                msg::stages::BAD_EXPERT,
                &[("line", &b.line), ("text", &b.text)],
            ),
            Flaw::Conflict {
                line,
                expert,
                party,
                org,
            } => trf(
                lang,
                msg::stages::CONFLICT,
                &[
                    ("line", line),
                    ("expert", expert),
                    ("party", &party.label(lang)),
                    ("org", org),
                ],
            ),
            Flaw::Percent(n) => trf(lang, msg::validate::PERCENT, &[("actual", n)]),
        }
    }
}
