//! What an operation can answer instead of success, with the exit code scripts rely on
//! (CONTRACT.md) and a message that says what to do.

use crate::domain::rules::Unmet;
use crate::domain::validate::Issue;
use crate::domain::workflow::{MoveError, Refusal};
use crate::i18n::msg;
use crate::i18n::{Lang, tr, trf};
use crate::store::StoreError;

#[derive(Debug)]
pub enum OpError {
    Store(StoreError),
    /// A rule of the measures is not met, or the move is not allowed from here.
    Refused(Refusal),
    /// Moving back, rejecting or withdrawing needs a reason.
    NeedReason,
    /// Field validation failed: nothing was written.
    Invalid(Vec<Issue>),
    /// Bad input with its lines already rendered (import rows, parse errors).
    BadInput(Vec<String>),
    /// The store or the session is read-only.
    ReadOnly,
    /// Input that breaks a rule of the measures (import rows), lines already rendered.
    Breaches(Vec<String>),
}

impl From<StoreError> for OpError {
    fn from(e: StoreError) -> Self {
        OpError::Store(e)
    }
}

impl OpError {
    pub fn exit_code(&self) -> i32 {
        match self {
            OpError::Store(e) => e.exit_code(),
            OpError::Refused(_) | OpError::Breaches(_) => 3,
            OpError::NeedReason | OpError::Invalid(_) | OpError::BadInput(_) => 2,
            OpError::ReadOnly => 2,
        }
    }

    /// The first line says what happened; further lines give detail (one per rule/row).
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        match self {
            OpError::Store(e) => e.message(lang).lines().map(str::to_string).collect(),
            OpError::Refused(Refusal::Invalid(m)) => vec![move_error(m, lang)],
            OpError::Refused(Refusal::Unmet(unmet)) => {
                let mut out = vec![trf(lang, msg::app::REFUSED, &[("n", &unmet.len())])];
                out.extend(unmet.iter().map(|u| format!("  - {}", u.message(lang))));
                out
            }
            OpError::NeedReason => vec![tr(lang, msg::app::NEED_REASON).to_string()],
            OpError::Invalid(issues) => {
                let mut out = vec![trf(lang, msg::app::INVALID, &[("n", &issues.len())])];
                out.extend(issues.iter().map(|i| format!("  - {}", i.message(lang))));
                out
            }
            OpError::BadInput(lines) | OpError::Breaches(lines) => lines.clone(),
            OpError::ReadOnly => vec![tr(lang, msg::app::READ_ONLY).to_string()],
        }
    }

    pub fn unmet(&self) -> &[Unmet] {
        match self {
            OpError::Refused(Refusal::Unmet(u)) => u,
            _ => &[],
        }
    }
}

fn move_error(m: &MoveError, lang: Lang) -> String {
    m.message(lang)
}

impl std::fmt::Display for OpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.lines(Lang::En).join("\n"))
    }
}

impl std::error::Error for OpError {}
