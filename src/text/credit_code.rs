//! What is wrong with a 统一社会信用代码, in words.

use crate::domain::credit_code::CreditCodeError;
use crate::i18n::msg;
use crate::i18n::{Lang, trf};

impl CreditCodeError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CreditCodeError::Empty => trf(lang, msg::validate::CREDIT_EMPTY, &[]),
            CreditCodeError::Length { found } => {
                trf(lang, msg::validate::CREDIT_LENGTH, &[("found", found)])
            }
            CreditCodeError::BadChar { pos, ch } => trf(
                lang,
                msg::validate::CREDIT_BAD_CHAR,
                &[("pos", pos), ("ch", ch)],
            ),
            CreditCodeError::CheckChar { expected, found } => trf(
                lang,
                msg::validate::CREDIT_CHECK_CHAR,
                &[("expected", expected), ("found", found)],
            ),
        }
    }
}
