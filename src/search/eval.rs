//! Evaluating a parsed [`Filter`] over case summaries.

use chrono::NaiveDate;

use super::filter::{Filter, Term};
use super::highlight::match_text;
use super::index::{NameField, NameIndex};
use super::pinyin::fold;
use super::searcher::docs_matching;
use crate::domain::summary::CaseSummary;

/// What a filter needs besides the summaries. Deadlines, overdue and idle days are the
/// case's facts (`app::facts`), computed once per load with the calendar, hence the
/// closures.
pub struct FilterCtx<'a> {
    pub today: NaiveDate,
    /// The OS user running the program, for `mine` (empty: `mine` matches nothing).
    pub me: &'a str,
    /// The index of the same `docs` slice passed to [`Filter::apply`]; when it covers a
    /// different number of documents, names are matched one by one instead.
    pub index: &'a NameIndex,
    pub deadline: &'a dyn Fn(&CaseSummary) -> Option<NaiveDate>,
    pub overdue: &'a dyn Fn(&CaseSummary) -> bool,
    /// Whole days since the case last changed (for `stale>Nd`).
    pub idle_days: &'a dyn Fn(&CaseSummary) -> i64,
}

/// A term with its name matches worked out once for every document.
enum Ready<'t> {
    Simple(&'t Term),
    Names(Vec<bool>),
    Not(Box<Ready<'t>>),
}

fn is_org(f: NameField) -> bool {
    matches!(f, NameField::Taker | NameField::Other(_))
}

fn prepare<'t>(term: &'t Term, docs: &[CaseSummary], index: &NameIndex) -> Ready<'t> {
    let fuzzy = |words: &str, field_ok: fn(NameField) -> bool| -> Vec<bool> {
        if index.len() == docs.len() {
            docs_matching(index, words, field_ok)
        } else {
            docs.iter()
                .map(|d| {
                    NameField::all(d).any(|(f, t)| field_ok(f) && match_text(t, words).is_some())
                })
                .collect()
        }
    };
    match term {
        Term::Words(w) => Ready::Names(fuzzy(w, |_| true)),
        Term::Taker(w) => Ready::Names(fuzzy(w, is_org)),
        Term::Not(inner) => Ready::Not(Box::new(prepare(inner, docs, index))),
        other => Ready::Simple(other),
    }
}

fn folded(s: &str) -> String {
    s.chars().map(fold).collect()
}

fn holds(r: &Ready, i: usize, doc: &CaseSummary, ctx: &FilterCtx) -> bool {
    let term = match r {
        Ready::Names(hit) => return hit.get(i).copied().unwrap_or(false),
        Ready::Not(inner) => return !holds(inner, i, doc, ctx),
        Ready::Simple(t) => t,
    };
    match term {
        Term::Stage(v) => v.contains(&doc.stage),
        Term::Field(v) => doc.field.is_some_and(|f| v.contains(&f)),
        Term::Kind(v) => v.contains(&doc.kind),
        Term::Region(r) => doc.issuer_region.contains(r.as_str()),
        Term::Overdue => (ctx.overdue)(doc),
        Term::Due(op, days) => (ctx.deadline)(doc)
            .is_some_and(|d| op.holds(d.signed_duration_since(ctx.today).num_days(), *days)),
        Term::Amount(op, y) => doc.amount.is_some_and(|a| op.holds(a, *y)),
        Term::TakerNone => !doc.has_taker(),
        Term::TakerAny => doc.has_taker(),
        Term::Id(s) => folded(&doc.id).contains(&folded(s)),
        Term::Stale(op, days) => op.holds((ctx.idle_days)(doc), *days),
        Term::Officer(name) => doc.officer == *name,
        Term::Mine => doc.is_officer(ctx.me),
        Term::Breach => doc.breach,
        Term::Phrase(p) => {
            let p = folded(p);
            NameField::all(doc).any(|(_, t)| folded(t).contains(&p))
        }
        // Prepared above; a bare `Simple` never carries them.
        Term::Words(_) | Term::Taker(_) | Term::Not(_) => false,
    }
}

impl Filter {
    /// Indices of the documents every term holds for, in document order.
    pub fn apply(&self, docs: &[CaseSummary], ctx: &FilterCtx) -> Vec<usize> {
        let ready: Vec<Ready> = self
            .terms
            .iter()
            .map(|t| prepare(t, docs, ctx.index))
            .collect();
        docs.iter()
            .enumerate()
            .filter(|(i, d)| ready.iter().all(|r| holds(r, *i, d, ctx)))
            .map(|(i, _)| i)
            .collect()
    }
}
