//! The filter query language (CONTRACT.md "Filter query"): space-separated terms, all of
//! which must hold.
//!
//! | term | holds when |
//! |---|---|
//! | `stage:reviewing,matching` | the stage is one of those (ids or labels: `stage:评审推荐`) |
//! | `field:hydrogen`, `kind:…` | likewise for the field and the kind |
//! | `region:包头` | the issuer's region contains it; a trailing 市 or 盟 is ignored |
//! | `overdue` (`逾期`) | the case is overdue (the caller's calendar decides) |
//! | `due<30d`, `due<=7d`, `due<2w` | days until the deadline compare so (overdue counts as negative) |
//! | `amount>=500万` | the amount compares so; the number is in 万元 with or without `万`/`万元` |
//! | `taker:none`, `taker:any`, `taker:包头` | no taker, some taker, a taker name matching |
//! | `id:JB-2026-0001` | the case id contains it (case-insensitive) |
//! | `stale>30d` | days since the last change compare so |
//! | `officer:zhangsan`, `officer:none` | the 经办人 is that user name exactly / nobody |
//! | `mine` (`我的`) | the 经办人 is the officer running the program |
//! | `-term` | the term does not hold |
//! | `"包头 稀土"` | a name contains the phrase literally (case-insensitive) |
//! | other words | a name matches fuzzily, pinyin included (`btxt`, `baotou`) |
//!
//! Comparisons take `<`, `<=`, `>`, `>=`, `=` (a `:` before them is allowed). Durations are
//! whole days or weeks: `30d`, `30天`, `2w`, `2周`, or a plain number of days. Keys have
//! Chinese aliases (阶段, 领域, 类型, 地区, 到期, 金额, 揭榜方, 编号, 停滞, 经办人), and
//! full-width punctuation typed by an input method (`：`, `＞`, `，`) is accepted.

use crate::domain::money::Yuan;
use crate::domain::vocab::{Field, Kind, Stage};

use super::pinyin::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
}

impl Cmp {
    pub fn holds<T: Ord>(self, a: T, b: T) -> bool {
        match self {
            Cmp::Lt => a < b,
            Cmp::Le => a <= b,
            Cmp::Gt => a > b,
            Cmp::Ge => a >= b,
            Cmp::Eq => a == b,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Stage(Vec<Stage>),
    Field(Vec<Field>),
    Kind(Vec<Kind>),
    /// Issuer region substring, already without a trailing 市/盟.
    Region(String),
    Overdue,
    Due(Cmp, i64),
    Amount(Cmp, Yuan),
    TakerNone,
    TakerAny,
    /// Words fuzzy-matched against the taker and other organisation names.
    Taker(String),
    Id(String),
    Stale(Cmp, i64),
    /// 经办人 is exactly this user name (empty: unassigned).
    Officer(String),
    /// 经办人 is the user running the program (the evaluator knows who).
    Mine,
    /// Stored with a flagged rule breach (违规/待核).
    Breach,
    /// A bare word: fuzzy match on any name.
    Words(String),
    /// A quoted phrase: literal substring of any name.
    Phrase(String),
    Not(Box<Term>),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub terms: Vec<Term>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterProblem {
    UnknownKey,
    /// A value outside a closed vocabulary: the near spellings and every accepted id.
    UnknownValue {
        key: &'static str,
        value: String,
        suggestions: Vec<&'static str>,
        accepted: Vec<&'static str>,
    },
    EmptyValue,
    EmptyNegation,
    BadNumber(String),
    BadDuration(String),
    MissingOperator,
    UnexpectedOperator,
    UnterminatedQuote,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterError {
    /// The term as typed.
    pub term: String,
    /// Char offset of the term in the query.
    pub start: usize,
    pub problem: FilterProblem,
}

/// The keys, canonical first, for error messages.
pub const KEYS: &[&str] = &[
    "stage", "field", "kind", "region", "due", "amount", "taker", "id", "stale", "officer",
    "overdue", "mine", "breach",
];

fn canonical_key(key: &str) -> Option<&'static str> {
    Some(match key {
        "stage" | "阶段" => "stage",
        "field" | "领域" => "field",
        "kind" | "类型" => "kind",
        "region" | "地区" => "region",
        "due" | "到期" => "due",
        "amount" | "金额" => "amount",
        "taker" | "揭榜方" => "taker",
        "id" | "编号" => "id",
        "stale" | "停滞" => "stale",
        "officer" | "经办人" => "officer",
        _ => return None,
    })
}

/// Parses a filter query. Never panics; the first bad term is reported.
pub fn parse(query: &str) -> Result<Filter, FilterError> {
    let mut terms = Vec::new();
    for (start, raw) in split(query)? {
        let term = parse_term(&raw).map_err(|problem| FilterError {
            term: raw.clone(),
            start,
            problem,
        })?;
        terms.push(term);
    }
    Ok(Filter { terms })
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”')
}

/// Splits on whitespace outside quotes: (char offset, term as typed).
fn split(query: &str) -> Result<Vec<(usize, String)>, FilterError> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut start = 0;
    let mut quoted = false;
    for (i, c) in query.chars().enumerate() {
        if is_quote(c) {
            quoted = !quoted;
        }
        if c.is_whitespace() && !quoted {
            if !cur.is_empty() {
                out.push((start, std::mem::take(&mut cur)));
            }
            continue;
        }
        if cur.is_empty() {
            start = i;
        }
        cur.push(c);
    }
    if quoted {
        return Err(FilterError {
            term: cur,
            start,
            problem: FilterProblem::UnterminatedQuote,
        });
    }
    if !cur.is_empty() {
        out.push((start, cur));
    }
    Ok(out)
}

fn unquote(s: &str) -> String {
    s.chars().filter(|c| !is_quote(*c)).collect()
}

fn parse_term(raw: &str) -> Result<Term, FilterProblem> {
    if let Some(rest) = raw.strip_prefix('-') {
        if rest.is_empty() {
            return Err(FilterProblem::EmptyNegation);
        }
        return Ok(Term::Not(Box::new(parse_term(rest)?)));
    }
    if raw.starts_with(is_quote) {
        let phrase = unquote(raw).trim().to_string();
        if phrase.is_empty() {
            return Err(FilterProblem::EmptyValue);
        }
        return Ok(Term::Phrase(phrase));
    }
    let folded: String = raw.chars().map(fold).collect();
    // A key is a run of letters (ASCII or Chinese) followed by `:` or a comparison.
    let key_len = folded
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_lowercase() || (!c.is_ascii() && c.is_alphabetic())))
        .map(|(i, _)| i)
        .unwrap_or(folded.len());
    let rest = &folded[key_len..];
    if key_len == 0 || !rest.starts_with([':', '<', '>', '=']) {
        return Ok(match folded.as_str() {
            "overdue" | "逾期" => Term::Overdue,
            "mine" | "我的" => Term::Mine,
            "breach" | "违规" => Term::Breach,
            _ => Term::Words(raw.to_string()),
        });
    }
    let key = canonical_key(&folded[..key_len]).ok_or(FilterProblem::UnknownKey)?;
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let (op, value) = operator(rest);
    // The value as typed (not folded), so names and regions keep their spelling.
    let typed_value: String = {
        let skip = folded.chars().count() - value.chars().count();
        unquote(&raw.chars().skip(skip).collect::<String>())
    };
    let value = unquote(value);
    if value.trim().is_empty() {
        return Err(FilterProblem::EmptyValue);
    }
    let value = value.trim();
    match key {
        "due" | "stale" | "amount" => {
            let op = op.ok_or(FilterProblem::MissingOperator)?;
            Ok(match key {
                "due" => Term::Due(op, duration(value)?),
                "stale" => Term::Stale(op, duration(value)?),
                _ => Term::Amount(
                    op,
                    Yuan::parse_wan(value).map_err(|_| FilterProblem::BadNumber(value.into()))?,
                ),
            })
        }
        _ if op.is_some_and(|o| o != Cmp::Eq) => Err(FilterProblem::UnexpectedOperator),
        "stage" => vocab(key, value, Stage::parse_loose, Stage::ids).map(Term::Stage),
        "field" => vocab(key, value, Field::parse_loose, Field::ids).map(Term::Field),
        "kind" => vocab(key, value, Kind::parse_loose, Kind::ids).map(Term::Kind),
        "region" => {
            let v = typed_value.trim();
            let stripped = v.trim_end_matches(['市', '盟']);
            Ok(Term::Region(
                if stripped.is_empty() { v } else { stripped }.to_string(),
            ))
        }
        "taker" => Ok(match value {
            "none" | "无" => Term::TakerNone,
            "any" | "有" => Term::TakerAny,
            _ => Term::Taker(typed_value.trim().to_string()),
        }),
        // User names are case-sensitive: the typed value, not the folded one.
        "officer" => Ok(match value {
            "none" | "无" => Term::Officer(String::new()),
            _ => Term::Officer(typed_value.trim().to_string()),
        }),
        _ => Ok(Term::Id(value.to_string())),
    }
}

/// Splits a leading comparison off `s` (already folded).
fn operator(s: &str) -> (Option<Cmp>, &str) {
    for (p, op) in [
        ("<=", Cmp::Le),
        (">=", Cmp::Ge),
        ("<", Cmp::Lt),
        (">", Cmp::Gt),
        ("=", Cmp::Eq),
    ] {
        if let Some(rest) = s.strip_prefix(p) {
            return (Some(op), rest);
        }
    }
    (None, s)
}

/// Days in `30d`, `30天`, `2w`, `2周`, `30`.
fn duration(value: &str) -> Result<i64, FilterProblem> {
    let bad = || FilterProblem::BadDuration(value.to_string());
    let digits: String = value.chars().take_while(|c| c.is_ascii_digit()).collect();
    let unit = &value[digits.len()..];
    let n: i64 = digits.parse().map_err(|_| bad())?;
    let per = match unit.trim() {
        "" | "d" | "天" | "日" => 1,
        "w" | "周" => 7,
        _ => return Err(bad()),
    };
    n.checked_mul(per).filter(|d| *d <= 36_500).ok_or_else(bad)
}

fn vocab<T: Copy + PartialEq>(
    key: &'static str,
    value: &str,
    parse: fn(&str) -> Option<T>,
    ids: fn() -> Vec<&'static str>,
) -> Result<Vec<T>, FilterProblem> {
    let mut out = Vec::new();
    for part in value.split([',', '，', '、']).map(str::trim) {
        if part.is_empty() {
            continue;
        }
        match parse(part) {
            Some(v) if !out.contains(&v) => out.push(v),
            Some(_) => {}
            None => {
                let accepted = ids();
                let suggestions = suggest(part, &accepted);
                return Err(FilterProblem::UnknownValue {
                    key,
                    value: part.to_string(),
                    suggestions,
                    accepted,
                });
            }
        }
    }
    if out.is_empty() {
        return Err(FilterProblem::EmptyValue);
    }
    Ok(out)
}

/// Ids that start with what was typed, or are within a small edit distance of it.
fn suggest(typed: &str, ids: &[&'static str]) -> Vec<&'static str> {
    let typed = typed.to_lowercase();
    let mut scored: Vec<(usize, &'static str)> = ids
        .iter()
        .filter_map(|id| {
            let d = edit_distance(&typed, id);
            let close = d <= 2.max(id.len() / 3);
            (id.starts_with(typed.as_str()) || close).then_some((d, *id))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}
