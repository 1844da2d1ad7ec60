//! Validation issues in words: the field's readable name and what is wrong with it.

pub use super::field_labels::{has_label, path_label};
use crate::domain::validate::{Issue, Problem};
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
            Problem::Required => trf(lang, "validate.required", &[]),
            Problem::NeededToPublish => trf(lang, "validate.needed_to_publish", &[]),
            Problem::ShouldFill => trf(lang, "validate.should_fill", &[]),
            Problem::TooLong { max, actual } => trf(
                lang,
                "validate.too_long",
                &[("max", max), ("actual", actual)],
            ),
            Problem::Mobile => trf(lang, "validate.mobile", &[]),
            Problem::Email => trf(lang, "validate.email", &[]),
            Problem::CreditCode(e) => e.message(lang),
            Problem::DateOrder { earlier } => {
                let other = path_label(earlier, &[], lang);
                trf(lang, "validate.date_order", &[("other", &other)])
            }
            Problem::Date { input } => trf(lang, "validate.date", &[("input", input)]),
            Problem::NotPositive => trf(lang, "validate.not_positive", &[]),
            Problem::Negative => trf(lang, "validate.negative", &[]),
            Problem::Percent { actual } => trf(lang, "validate.percent", &[("actual", actual)]),
            Problem::MoreThanTotal { count, total } => trf(
                lang,
                "validate.more_than_total",
                &[("count", count), ("total", total)],
            ),
            Problem::OtherUnspecified => trf(lang, "validate.other_unspecified", &[]),
            Problem::UnknownTaker { name } => {
                trf(lang, "records.v.unknown_taker", &[("name", name)])
            }
            Problem::AnonymousAccepted => trf(lang, "records.v.anonymous_accepted", &[]),
            Problem::GateStatus => trf(lang, "records.v.gate_status", &[]),
            Problem::Duplicate => trf(lang, "records.v.duplicate", &[]),
            Problem::OfficerName => trf(lang, "assign.v.officer_name", &[]),
        }
    }
}
