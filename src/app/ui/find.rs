//! The seam between the UI and the search module: name search and filter queries.
//!
//! INTERIM (replaced at integration with `search::NameIndex` / `search::Searcher` and
//! `search::parse` + `Filter::apply`): a case-insensitive substring match over names and a
//! small parser for `stage:` `field:` `kind:` `overdue` `taker:none` `-term` and bare
//! words. Only the bodies of [`Finder::search`] and [`filter`] change at integration.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::domain::{CaseSummary, Field, Kind, Stage};

use super::backend::RowFacts;

/// Which name of the case matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameField {
    Name,
    Issuer,
    Taker,
    /// `other_names[i]`.
    Other(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub row: usize,
    pub score: i64,
    pub field: NameField,
    /// Char indices of the matched characters within that name.
    pub positions: Vec<usize>,
}

impl Hit {
    /// The text of the matched name.
    pub fn text<'a>(&self, row: &'a CaseSummary) -> &'a str {
        match self.field {
            NameField::Name => &row.name,
            NameField::Issuer => &row.issuer,
            NameField::Taker => row.taker.as_deref().unwrap_or(""),
            NameField::Other(i) => row.other_names.get(i).map_or("", |s| s.as_str()),
        }
    }
}

/// A filter query that does not parse: the offending term and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindError {
    pub term: String,
    pub reason: String,
}

/// Holds whatever index the search needs; rebuilt when the rows change.
#[derive(Debug, Default)]
pub struct Finder {
    /// Lower-cased names per row, in the order of [`NameField`] (name, issuer, taker, others).
    lowered: Vec<Vec<String>>,
}

fn names(row: &CaseSummary) -> impl Iterator<Item = (NameField, &str)> {
    [
        (NameField::Name, row.name.as_str()),
        (NameField::Issuer, row.issuer.as_str()),
        (NameField::Taker, row.taker.as_deref().unwrap_or("")),
    ]
    .into_iter()
    .chain(
        row.other_names
            .iter()
            .enumerate()
            .map(|(i, n)| (NameField::Other(i), n.as_str())),
    )
}

impl Finder {
    pub fn build(rows: &[CaseSummary]) -> Finder {
        Finder {
            lowered: rows
                .iter()
                .map(|r| names(r).map(|(_, n)| n.to_lowercase()).collect())
                .collect(),
        }
    }

    /// Ranked hits, best first.
    pub fn search(&mut self, rows: &[CaseSummary], query: &str) -> Vec<Hit> {
        let q = query.trim().to_lowercase();
        if q.is_empty() {
            return Vec::new();
        }
        if self.lowered.len() != rows.len() {
            *self = Finder::build(rows);
        }
        let qlen = q.chars().count();
        let mut hits: Vec<Hit> = Vec::new();
        for (row, lowered) in self.lowered.iter().enumerate() {
            let best = names(&rows[row])
                .zip(lowered)
                .filter_map(|((field, _), low)| {
                    let byte = low.find(&q)?;
                    let start = low[..byte].chars().count();
                    let len = low.chars().count() as i64;
                    Some(Hit {
                        row,
                        score: 1000 - 10 * start as i64 - len - field_penalty(field),
                        field,
                        positions: (start..start + qlen).collect(),
                    })
                })
                .max_by_key(|h| h.score);
            hits.extend(best);
        }
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.row.cmp(&b.row)));
        hits
    }
}

fn field_penalty(f: NameField) -> i64 {
    match f {
        NameField::Name => 0,
        NameField::Issuer => 1,
        NameField::Taker => 2,
        NameField::Other(_) => 3,
    }
}

enum Term {
    Stage(Stage),
    Field(Option<Field>),
    Kind(Kind),
    Overdue,
    NoTaker,
    Word(String),
}

fn parse_term(t: &str) -> Result<Term, String> {
    let (key, value) = match t.split_once(':') {
        Some((k, v)) => (k, Some(v)),
        None => (t, None),
    };
    let list = |ids: Vec<&str>| ids.join(" ");
    match (key, value) {
        ("stage", Some(v)) => Stage::parse(v)
            .map(Term::Stage)
            .ok_or_else(|| format!("stage: {}", list(Stage::ids()))),
        ("field", Some("none")) => Ok(Term::Field(None)),
        ("field", Some(v)) => Field::parse(v)
            .map(|f| Term::Field(Some(f)))
            .ok_or_else(|| format!("field: {}", list(Field::ids()))),
        ("kind", Some(v)) => Kind::parse(v)
            .map(Term::Kind)
            .ok_or_else(|| format!("kind: {}", list(Kind::ids()))),
        ("taker", Some("none")) => Ok(Term::NoTaker),
        ("overdue", None) => Ok(Term::Overdue),
        (_, Some(_)) => Err("stage: field: kind: taker:none overdue".into()),
        (w, None) => Ok(Term::Word(w.to_lowercase())),
    }
}

/// Rows matching the filter query, in store order.
pub fn filter(
    rows: &[CaseSummary],
    _facts: &[RowFacts],
    query: &str,
    today: NaiveDate,
) -> Result<Vec<usize>, FindError> {
    let mut terms = Vec::new();
    for raw in query.split_whitespace() {
        let (neg, t) = match raw.strip_prefix('-') {
            Some(rest) if !rest.is_empty() => (true, rest),
            _ => (false, raw),
        };
        let term = parse_term(t).map_err(|reason| FindError {
            term: raw.to_string(),
            reason,
        })?;
        terms.push((neg, term));
    }
    let holds = |r: &CaseSummary, t: &Term| match t {
        Term::Stage(s) => r.stage == *s,
        Term::Field(f) => r.field == *f,
        Term::Kind(k) => r.kind == *k,
        Term::Overdue => r.stage == Stage::Implementing && r.end.is_some_and(|e| e < today),
        Term::NoTaker => !r.has_taker(),
        Term::Word(w) => names(r).any(|(_, n)| n.to_lowercase().contains(w.as_str())),
    };
    Ok((0..rows.len())
        .filter(|i| terms.iter().all(|(neg, t)| holds(&rows[*i], t) != *neg))
        .collect())
}

/// The rows whose id is in `ids` (for dashboard figures no query expresses).
pub fn rows_with_ids(rows: &[CaseSummary], ids: &HashSet<String>) -> Vec<usize> {
    (0..rows.len())
        .filter(|i| ids.contains(&rows[*i].id))
        .collect()
}
