//! Why a move is refused, in words: a move outside the graph of 第九条, or the rules unmet;
//! and the deadlines a case is waiting for.

use crate::domain::rules::deadline::{Deadline, DeadlineKind};
use crate::domain::vocab::Stage;
use crate::domain::workflow::{MoveError, Refusal};
use crate::i18n::{Lang, tr, trf};

impl DeadlineKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            DeadlineKind::PublicityEnds => tr(lang, "rules.deadline.publicity_ends"),
            DeadlineKind::ChangeRequestBy => tr(lang, "rules.deadline.change_request_by"),
            DeadlineKind::ImplementationEnds => tr(lang, "rules.deadline.implementation_ends"),
            DeadlineKind::AcceptanceDue => tr(lang, "rules.deadline.acceptance_due"),
            DeadlineKind::MidtermDue => tr(lang, "records.deadline.midterm_due"),
            DeadlineKind::RectifyBy => tr(lang, "records.deadline.rectify_by"),
        }
    }
}

impl Deadline {
    /// `公示期满 2026-10-09`, with `(估算)` when estimated.
    pub fn describe(&self, lang: Lang) -> String {
        let mut s = format!("{} {}", self.kind.label(lang), self.date);
        if self.estimated {
            s.push_str(&format!(" ({})", tr(lang, "rules.deadline.estimated")));
        }
        s
    }
}

impl MoveError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            MoveError::Closed { from } => {
                trf(lang, "rules.move.closed", &[("from", &from.label(lang))])
            }
            MoveError::Same => trf(lang, "rules.move.same", &[]),
            MoveError::Skip { from, to, next } => {
                let args: [(&str, &dyn std::fmt::Display); 3] = [
                    ("from", &from.label(lang)),
                    ("to", &to.label(lang)),
                    ("next", &next.map(|n| n.label(lang)).unwrap_or_default()),
                ];
                match next {
                    Some(_) => trf(lang, "rules.move.skip", &args),
                    None => trf(lang, "rules.move.skip_last", &args),
                }
            }
            MoveError::NotAnExit { from, to } => {
                let allowed = match to {
                    Stage::Rejected => trf(lang, "rules.move.rejected_from", &[]),
                    Stage::Terminated => trf(lang, "rules.move.terminated_from", &[]),
                    _ => trf(lang, "rules.move.withdrawn_from", &[]),
                };
                trf(
                    lang,
                    "rules.move.not_an_exit",
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
