//! What is wrong with a 统一社会信用代码, in words.

use crate::domain::credit_code::CreditCodeError;
use crate::i18n::{Lang, trf};

impl CreditCodeError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CreditCodeError::Empty => trf(lang, "validate.credit.empty", &[]),
            CreditCodeError::Length { found } => {
                trf(lang, "validate.credit.length", &[("found", found)])
            }
            CreditCodeError::BadChar { pos, ch } => trf(
                lang,
                "validate.credit.bad_char",
                &[("pos", pos), ("ch", ch)],
            ),
            CreditCodeError::CheckChar { expected, found } => trf(
                lang,
                "validate.credit.check_char",
                &[("expected", expected), ("found", found)],
            ),
        }
    }
}
