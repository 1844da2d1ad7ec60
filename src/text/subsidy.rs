//! The subsidy limit of a case, explained line by line (第十一条, 第十二条).

use super::validation::path_label;
use crate::domain::money::Yuan;
use crate::domain::rules::{Article, SubsidyCalc};
use crate::domain::vocab::Kind;
use crate::i18n::msg;
use crate::i18n::{Lang, tr, trf};

impl SubsidyCalc {
    /// The computation in lines, e.g. `研发总投入 3200 万元 x 30% = 960 万元`,
    /// `上限 1000 万元 -> 最高可补助 960 万元 (第十一条)`.
    pub fn explain(&self, lang: Lang) -> Vec<String> {
        let base_label = path_label(
            match self.kind {
                Kind::Breakthrough => "amounts.rd_investment",
                Kind::Transformation => "amounts.funds_received",
            },
            &[],
            lang,
        );
        let mut lines = self.limit_lines(lang, &base_label);
        lines.extend(self.paid_lines(lang));
        lines.push(self.payment_line(lang));
        lines
    }

    /// The rate applied to the base and the cap (第十一条), or the cap alone while the
    /// base is not recorded.
    fn limit_lines(&self, lang: Lang, base_label: &str) -> Vec<String> {
        let a11 = Article::A11.label(lang);
        let mut lines = Vec::new();
        match (self.base, self.by_rate, self.max) {
            (Some(base), Some(by_rate), Some(max)) => {
                lines.push(trf(
                    lang,
                    msg::rules::SUBSIDY_BASE,
                    &[
                        ("base_label", &base_label),
                        ("base", &base.wan_string()),
                        ("rate", &self.rate_pct),
                        ("by_rate", &by_rate.wan_string()),
                    ],
                ));
                lines.push(trf(
                    lang,
                    msg::rules::SUBSIDY_MAX,
                    &[
                        ("cap", &self.cap.wan_string()),
                        ("max", &max.wan_string()),
                        ("article", &a11),
                    ],
                ));
            }
            _ => {
                lines.push(trf(
                    lang,
                    msg::rules::SUBSIDY__BASE_MISSING,
                    &[("base_label", &base_label)],
                ));
                lines.push(trf(
                    lang,
                    msg::rules::SUBSIDY_CAP_ONLY,
                    &[("cap", &self.cap.wan_string()), ("article", &a11)],
                ));
            }
        }
        lines
    }

    /// What was paid, what remains, and any special subsidy.
    fn paid_lines(&self, lang: Lang) -> Vec<String> {
        let mut lines = vec![match self.remaining {
            Some(remaining) => trf(
                lang,
                msg::rules::SUBSIDY_PAID,
                &[
                    ("paid", &self.paid.wan_string()),
                    ("remaining", &remaining.wan_string()),
                ],
            ),
            None => trf(
                lang,
                msg::rules::SUBSIDY_PAID_ONLY,
                &[("paid", &self.paid.wan_string())],
            ),
        }];
        if self.special_paid > Yuan::ZERO {
            lines.push(trf(
                lang,
                msg::rules::SUBSIDY_SPECIAL,
                &[("special", &self.special_paid.wan_string())],
            ));
        }
        lines
    }

    /// When the money may flow (第十二条): after the issuer's first payment for a
    /// breakthrough case, after acceptance for a transformation case.
    fn payment_line(&self, lang: Lang) -> String {
        let a12 = Article::A12.label(lang);
        match (self.kind, self.first_payment) {
            (Kind::Breakthrough, Some(date)) => trf(
                lang,
                msg::rules::SUBSIDY_FIRST_PAYMENT,
                &[("date", &date), ("article", &a12)],
            ),
            (Kind::Breakthrough, None) => trf(
                lang,
                msg::rules::SUBSIDY_FIRST_PAYMENT_MISSING,
                &[("article", &a12)],
            ),
            (Kind::Transformation, _) => {
                let verdict = self
                    .acceptance
                    .map(|v| v.label(lang))
                    .unwrap_or_else(|| tr(lang, msg::rules::NONE_YET));
                let verified = if self.benefit_verified {
                    tr(lang, msg::rules::YES)
                } else {
                    tr(lang, msg::rules::NO)
                };
                trf(
                    lang,
                    msg::rules::SUBSIDY_AFTER_ACCEPTANCE,
                    &[
                        ("verdict", &verdict),
                        ("verified", &verified),
                        ("article", &a12),
                    ],
                )
            }
        }
    }
}
