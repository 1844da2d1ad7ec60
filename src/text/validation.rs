//! Validation issues in words: the field's readable name and what is wrong with it.

pub use super::field_labels::{has_label, path_label};
use crate::domain::validate::{Issue, Problem};
use crate::i18n::msg;
use crate::i18n::{Lang, trf};

impl Issue {
    /// e.g. `发榜方联系人手机: 应为11位手机号, 如 13800000000`.
    pub fn message(&self, lang: Lang) -> String {
        format!(
            "{}: {}",
            path_label(self.path, &self.index, lang),
            self.problem.message(lang)
        )
    }
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::Required => trf(lang, msg::validate::REQUIRED, &[]),
            Problem::NeededToPublish => trf(lang, msg::validate::NEEDED_TO_PUBLISH, &[]),
            Problem::ShouldFill => trf(lang, msg::validate::SHOULD_FILL, &[]),
            Problem::TooLong { max, actual } => trf(
                lang,
                msg::validate::TOO_LONG,
                &[("max", max), ("actual", actual)],
            ),
            Problem::Mobile => trf(lang, msg::validate::MOBILE, &[]),
            Problem::Email => trf(lang, msg::validate::EMAIL, &[]),
            Problem::CreditCode(e) => e.message(lang),
            Problem::DateOrder { earlier } => {
                let other = path_label(earlier, &[], lang);
                trf(lang, msg::validate::DATE_ORDER, &[("other", &other)])
            }
            Problem::Date { input } => trf(lang, msg::validate::DATE, &[("input", input)]),
            Problem::NotPositive => trf(lang, msg::validate::NOT_POSITIVE, &[]),
            Problem::Negative => trf(lang, msg::validate::NEGATIVE, &[]),
            Problem::Percent { actual } => trf(lang, msg::validate::PERCENT, &[("actual", actual)]),
            Problem::MoreThanTotal { count, total } => trf(
                lang,
                msg::validate::MORE_THAN_TOTAL,
                &[("count", count), ("total", total)],
            ),
            Problem::OtherUnspecified => trf(lang, msg::validate::OTHER_UNSPECIFIED, &[]),
            Problem::UnknownTaker { name } => {
                trf(lang, msg::records::V_UNKNOWN_TAKER, &[("name", name)])
            }
            Problem::AnonymousAccepted => trf(lang, msg::records::V_ANONYMOUS_ACCEPTED, &[]),
            Problem::GateStatus => trf(lang, msg::records::V_GATE_STATUS, &[]),
            Problem::Duplicate => trf(lang, msg::records::V_DUPLICATE, &[]),
            Problem::OfficerName => trf(lang, msg::app::ASSIGN_V_OFFICER_NAME, &[]),
        }
    }
}
