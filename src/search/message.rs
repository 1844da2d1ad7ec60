//! Filter errors as officers read them: the term, what is wrong, and what would be accepted.

use super::filter::{FilterError, FilterProblem, KEYS};
use crate::domain::vocab::{Field, Kind, Stage};
use crate::i18n::msg;
use crate::i18n::{Lang, tr, trf};

/// `id（label）` for every accepted value, so officers can type either.
fn with_labels(key: &str, ids: &[&str], lang: Lang) -> String {
    let label = |id: &str| -> Option<&'static str> {
        match key {
            "stage" => Stage::parse(id).map(|v| v.label(lang)),
            "field" => Field::parse(id).map(|v| v.label(lang)),
            "kind" => Kind::parse(id).map(|v| v.label(lang)),
            _ => None,
        }
    };
    let sep = tr(lang, msg::search::FILTER_LIST_SEP);
    ids.iter()
        .map(|id| match label(id) {
            Some(l) => trf(
                lang,
                msg::search::FILTER_ID_LABEL,
                &[("id", id), ("label", &l)],
            ),
            None => id.to_string(),
        })
        .collect::<Vec<_>>()
        .join(sep)
}

fn key_name(key: &str, lang: Lang) -> &'static str {
    match key {
        "stage" => tr(lang, msg::search::FILTER_KEY_STAGE),
        "field" => tr(lang, msg::search::FILTER_KEY_FIELD),
        _ => tr(lang, msg::search::FILTER_KEY_KIND),
    }
}

impl FilterError {
    /// Names the term and why it was refused; for an unknown stage, field or kind it lists
    /// the near spellings and every accepted value.
    pub fn message(&self, lang: Lang) -> String {
        let term = self.term.as_str();
        match &self.problem {
            FilterProblem::UnknownKey => trf(
                lang,
                msg::search::FILTER_UNKNOWN_KEY,
                &[("term", &term), ("keys", &KEYS.join(", "))],
            ),
            FilterProblem::UnknownValue {
                key,
                value,
                suggestions,
                accepted,
            } => {
                let mut msg = trf(
                    lang,
                    msg::search::FILTER_UNKNOWN_VALUE,
                    &[
                        ("term", &term),
                        ("value", value),
                        ("what", &key_name(key, lang)),
                        ("accepted", &with_labels(key, accepted, lang)),
                    ],
                );
                if !suggestions.is_empty() {
                    msg.push(' ');
                    msg.push_str(&trf(
                        lang,
                        msg::search::FILTER_DID_YOU_MEAN,
                        &[("list", &with_labels(key, suggestions, lang))],
                    ));
                }
                msg
            }
            FilterProblem::EmptyValue => {
                trf(lang, msg::search::FILTER_EMPTY_VALUE, &[("term", &term)])
            }
            FilterProblem::EmptyNegation => {
                tr(lang, msg::search::FILTER_EMPTY_NEGATION).to_string()
            }
            FilterProblem::BadNumber(v) => trf(
                lang,
                msg::search::FILTER_BAD_NUMBER,
                &[("term", &term), ("value", v)],
            ),
            FilterProblem::BadDuration(v) => trf(
                lang,
                msg::search::FILTER_BAD_DURATION,
                &[("term", &term), ("value", v)],
            ),
            FilterProblem::MissingOperator => trf(
                lang,
                msg::search::FILTER_MISSING_OPERATOR,
                &[("term", &term)],
            ),
            FilterProblem::UnexpectedOperator => trf(
                lang,
                msg::search::FILTER_UNEXPECTED_OPERATOR,
                &[("term", &term)],
            ),
            FilterProblem::UnterminatedQuote => trf(
                lang,
                msg::search::FILTER_UNTERMINATED_QUOTE,
                &[("term", &term)],
            ),
        }
    }
}
