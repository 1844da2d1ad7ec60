//! Why a move is refused, in words: a move outside the graph of 第九条, or the rules unmet;
//! and the deadlines a case is waiting for.

use crate::domain::rules::deadline::{Deadline, DeadlineKind};
use crate::domain::vocab::Stage;
use crate::domain::workflow::{MoveError, Refusal};
use crate::i18n::msg;
use crate::i18n::{Lang, tr, trf};

impl DeadlineKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            DeadlineKind::PublicityEnds => tr(lang, msg::rules::DEADLINE_PUBLICITY_ENDS),
            DeadlineKind::ChangeRequestBy => tr(lang, msg::rules::DEADLINE_CHANGE_REQUEST_BY),
            DeadlineKind::ImplementationEnds => tr(lang, msg::rules::DEADLINE_IMPLEMENTATION_ENDS),
            DeadlineKind::AcceptanceDue => tr(lang, msg::rules::DEADLINE_ACCEPTANCE_DUE),
            DeadlineKind::MidtermDue => tr(lang, msg::records::DEADLINE_MIDTERM_DUE),
            DeadlineKind::RectifyBy => tr(lang, msg::records::DEADLINE_RECTIFY_BY),
        }
    }
}

impl Deadline {
    /// `公示期满 2026-10-09`, with `(估算)` when estimated.
    pub fn describe(&self, lang: Lang) -> String {
        let mut s = format!("{} {}", self.kind.label(lang), self.date);
        if self.estimated {
            s.push_str(&format!(" ({})", tr(lang, msg::rules::DEADLINE_ESTIMATED)));
        }
        s
    }
}

impl MoveError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            MoveError::Closed { from } => trf(
                lang,
                msg::rules::MOVE_CLOSED,
                &[("from", &from.label(lang))],
            ),
            MoveError::Same => trf(lang, msg::rules::MOVE_SAME, &[]),
            MoveError::Skip { from, to, next } => {
                let args: [(&str, &dyn std::fmt::Display); 3] = [
                    ("from", &from.label(lang)),
                    ("to", &to.label(lang)),
                    ("next", &next.map(|n| n.label(lang)).unwrap_or_default()),
                ];
                match next {
                    Some(_) => trf(lang, msg::rules::MOVE_SKIP, &args),
                    None => trf(lang, msg::rules::MOVE_SKIP_LAST, &args),
                }
            }
            MoveError::NotAnExit { from, to } => {
                let allowed = match to {
                    Stage::Rejected => trf(lang, msg::rules::MOVE_REJECTED_FROM, &[]),
                    Stage::Terminated => trf(lang, msg::rules::MOVE_TERMINATED_FROM, &[]),
                    _ => trf(lang, msg::rules::MOVE_WITHDRAWN_FROM, &[]),
                };
                trf(
                    lang,
                    msg::rules::MOVE_NOT_AN_EXIT,
                    &[
                        ("from", &from.label(lang)),
                        ("to", &to.label(lang)),
                        ("allowed", &allowed),
                    ],
                )
            }
        }
    }
}

impl Refusal {
    /// One line per reason, each citing its article when it has one.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        match self {
            Refusal::Invalid(e) => vec![e.message(lang)],
            Refusal::Unmet(list) => list.iter().map(|u| u.message(lang)).collect(),
        }
    }
}
