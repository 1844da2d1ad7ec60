//! Filter errors as officers read them: the term, what is wrong, and what would be accepted.

use super::filter::{FilterError, FilterProblem, KEYS};
use crate::domain::vocab::{Field, Kind, Stage};
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
    let sep = tr(lang, "search.filter.list_sep");
    ids.iter()
        .map(|id| match label(id) {
            Some(l) => trf(lang, "search.filter.id_label", &[("id", id), ("label", &l)]),
            None => id.to_string(),
        })
        .collect::<Vec<_>>()
        .join(sep)
}

fn key_name(key: &str, lang: Lang) -> &'static str {
    match key {
        "stage" => tr(lang, "search.filter.key_stage"),
        "field" => tr(lang, "search.filter.key_field"),
        _ => tr(lang, "search.filter.key_kind"),
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
                "search.filter.unknown_key",
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
                    "search.filter.unknown_value",
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
                        "search.filter.did_you_mean",
                        &[("list", &with_labels(key, suggestions, lang))],
                    ));
                }
                msg
            }
            FilterProblem::EmptyValue => trf(lang, "search.filter.empty_value", &[("term", &term)]),
            FilterProblem::EmptyNegation => tr(lang, "search.filter.empty_negation").to_string(),
            FilterProblem::BadNumber(v) => trf(
                lang,
                "search.filter.bad_number",
                &[("term", &term), ("value", v)],
            ),
            FilterProblem::BadDuration(v) => trf(
                lang,
                "search.filter.bad_duration",
                &[("term", &term), ("value", v)],
            ),
            FilterProblem::MissingOperator => {
                trf(lang, "search.filter.missing_operator", &[("term", &term)])
            }
            FilterProblem::UnexpectedOperator => trf(
                lang,
                "search.filter.unexpected_operator",
                &[("term", &term)],
            ),
            FilterProblem::UnterminatedQuote => {
                trf(lang, "search.filter.unterminated_quote", &[("term", &term)])
            }
        }
    }
}
