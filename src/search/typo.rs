//! One typo forgiven: a Chinese query with one character wrong, missing or extra
//! (`鄂而多斯` → 鄂尔多斯), or a full-pinyin query with one letter wrong, missing, extra or
//! two letters swapped (`baotuo` → 包头). The exact search stays the hot path; this pass
//! runs only when it finds few hits, and its hits rank below every exact one.
//!
//! The full pinyin of every name is built once, on the first typo pass over a set of
//! rows, and kept with them ([`TypoIndex`]).

use std::collections::HashMap;

use super::index::NameField;
use super::pinyin;
use super::row::Names;

/// Shortest queries a typo is forgiven in: shorter ones would match nearly anything.
const MIN_CHINESE: usize = 3;
const MIN_PINYIN: usize = 5;

/// A name found within one typo of the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypoHit {
    pub doc: usize,
    pub field: NameField,
    /// Char indices of the name's characters the query lines up with.
    pub positions: Vec<usize>,
}

/// One name's full pinyin: the letters of its first readings, and for each letter the
/// char of the name it came from and whether a syllable starts there.
#[derive(Debug, Clone)]
struct Spelled {
    letters: Vec<u8>,
    from: Vec<u16>,
    starts: Vec<bool>,
}

/// Marks a syllable's first letter in [`TypoIndex::letters`].
const SYLLABLE: u8 = 0x80;

/// The names of a set of rows spelled out in pinyin, for the typo pass: every name's
/// letters one after another in one buffer (about 30 bytes a name, so 100k cases cost
/// ~12 MiB), the chars they came from worked out again only for the hits.
#[derive(Debug, Clone, Default)]
pub struct TypoIndex {
    /// Lower-case letters; [`SYLLABLE`] set on a syllable's first letter.
    letters: Vec<u8>,
    /// Per name: its case, its field and where its letters end in `letters`.
    names: Vec<(u32, NameField, u32)>,
    docs: usize,
}

/// The fields a typo is looked for in: the case's name and its parties' names.
fn searched(field: NameField) -> bool {
    matches!(
        field,
        NameField::Name | NameField::Issuer | NameField::Taker
    )
}

impl TypoIndex {
    pub fn build<T: Names>(docs: &[T]) -> TypoIndex {
        let mut index = TypoIndex {
            docs: docs.len(),
            ..TypoIndex::default()
        };
        let mut seen = HashMap::new();
        for (doc, d) in docs.iter().enumerate() {
            for (field, text) in d.each_name().filter(|(f, _)| searched(*f)) {
                let s = spell_with(text, &mut seen);
                index.letters.extend(
                    s.letters
                        .iter()
                        .zip(&s.starts)
                        .map(|(b, start)| if *start { b | SYLLABLE } else { *b }),
                );
                let end = u32::try_from(index.letters.len()).unwrap_or(u32::MAX);
                index.names.push((doc as u32, field, end));
            }
        }
        index.letters.shrink_to_fit();
        index.names.shrink_to_fit();
        index
    }

    /// Built for this many rows (rebuild when the rows change).
    pub fn len(&self) -> usize {
        self.docs
    }

    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// Names within one typo of a full-pinyin query, one hit per case, best field first.
    fn pinyin<T: Names>(&self, docs: &[T], q: &[u8], ok: &dyn Fn(usize) -> bool) -> Vec<TypoHit> {
        let mut out: Vec<TypoHit> = Vec::new();
        let (mut text, mut starts) = (Vec::new(), Vec::new());
        let mut begin = 0usize;
        for &(doc, field, end) in &self.names {
            let (doc, end) = (doc as usize, end as usize);
            let name = &self.letters[begin..end];
            begin = end;
            if !ok(doc) || out.last().is_some_and(|h| h.doc == doc) {
                continue;
            }
            text.clear();
            starts.clear();
            text.extend(name.iter().map(|b| b & !SYLLABLE));
            starts.extend(name.iter().map(|b| b & SYLLABLE != 0));
            if let Some((a, b)) = within_one(q, &text, Some(&starts)) {
                out.push(TypoHit {
                    doc,
                    field,
                    positions: positions_of(docs, doc, field, a, b),
                });
            }
        }
        out
    }
}

/// The chars of a name that letters `a..b` of its pinyin came from.
fn positions_of<T: Names>(
    docs: &[T],
    doc: usize,
    field: NameField,
    a: usize,
    b: usize,
) -> Vec<usize> {
    let Some((_, text)) = docs[doc].each_name().find(|(f, _)| *f == field) else {
        return Vec::new();
    };
    let s = spell(text);
    let mut positions: Vec<usize> = s.from[a.min(s.from.len())..b.min(s.from.len())]
        .iter()
        .map(|c| *c as usize)
        .collect();
    positions.dedup();
    positions
}

fn spell(text: &str) -> Spelled {
    spell_with(text, &mut HashMap::new())
}

/// [`spell`] with the syllables of characters already seen kept in `seen`: a store's
/// names share a few thousand characters, and looking each up once makes building the
/// index several times faster.
fn spell_with(text: &str, seen: &mut HashMap<char, String>) -> Spelled {
    let (mut letters, mut from, mut starts) = (Vec::new(), Vec::new(), Vec::new());
    for (i, c) in text.chars().enumerate() {
        let syllable = seen.entry(c).or_insert_with(|| {
            let reading = pinyin::readings(c).into_iter().next();
            reading.unwrap_or_else(|| pinyin::fold(c).to_string())
        });
        for (k, b) in syllable
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .enumerate()
        {
            letters.push(b.to_ascii_lowercase());
            from.push(i.min(u16::MAX as usize) as u16);
            starts.push(k == 0);
        }
    }
    Spelled {
        letters,
        from,
        starts,
    }
}

/// Where `q` occurs in `text` with at most one edit (a substitution, insertion, deletion
/// or swap of neighbours), as the range of `text` it covers; exact occurrences are left
/// to the exact search. With `starts`, a match begins at a syllable.
fn within_one<T: PartialEq + Copy>(
    q: &[T],
    text: &[T],
    starts: Option<&[bool]>,
) -> Option<(usize, usize)> {
    let m = q.len();
    for a in 0..text.len() {
        if starts.is_some_and(|s| !s[a]) {
            continue;
        }
        let rest = &text[a..];
        for len in [m, m.saturating_sub(1), m + 1] {
            if len == 0 || len > rest.len() {
                continue;
            }
            if one_edit(q, &rest[..len]) {
                return Some((a, a + len));
            }
        }
    }
    None
}

/// True when `a` and `b` differ by exactly one edit (Damerau: a swap counts as one).
fn one_edit<T: PartialEq + Copy>(a: &[T], b: &[T]) -> bool {
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[p..], &b[p..]);
    match (a.len(), b.len()) {
        (0, 0) => false,
        (x, y) if x == y => {
            a[1..] == b[1..] || (x >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..])
        }
        (x, y) if x == y + 1 => a[1..] == *b,
        (x, y) if y == x + 1 => *a == b[1..],
        _ => false,
    }
}

/// True when a typo in `query` is looked for in full pinyin, which needs a [`TypoIndex`];
/// a Chinese query is compared with the names themselves and needs none.
pub fn needs_index(query: &str) -> bool {
    let q: Vec<char> = query.chars().filter(|c| !c.is_whitespace()).collect();
    q.len() >= MIN_PINYIN && q.iter().all(char::is_ascii_alphabetic)
}

/// Cases whose names are within one typo of `query`, among the rows `ok` allows (the
/// caller leaves out what the exact search found). Chinese queries are compared by
/// character, Latin ones by full pinyin.
pub fn near<T: Names>(
    docs: &[T],
    index: Option<&TypoIndex>,
    query: &str,
    ok: &dyn Fn(usize) -> bool,
    limit: usize,
) -> Vec<TypoHit> {
    let q: Vec<char> = query.chars().filter(|c| !c.is_whitespace()).collect();
    let latin = q.iter().all(char::is_ascii_alphabetic);
    if latin && q.len() >= MIN_PINYIN {
        let Some(index) = index else {
            return Vec::new();
        };
        let letters: Vec<u8> = q.iter().map(|c| c.to_ascii_lowercase() as u8).collect();
        let mut hits = index.pinyin(docs, &letters, ok);
        hits.truncate(limit);
        return hits;
    }
    if latin || q.len() < MIN_CHINESE {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut chars = Vec::new();
    // One edit leaves at most one of the query's characters out of the name, so a name
    // holding neither of the first two cannot match: a fast scan skips most names.
    let (c0, c1) = (q[0], q[1]);
    for (doc, d) in docs.iter().enumerate() {
        if !ok(doc) {
            continue;
        }
        let found = d
            .each_name()
            .filter(|(f, t)| searched(*f) && (t.contains(c0) || t.contains(c1)))
            .find_map(|(f, t)| {
                chars.clear();
                chars.extend(t.chars());
                within_one(&q, &chars, None).map(|(a, b)| (f, (a..b).collect()))
            });
        if let Some((field, positions)) = found {
            out.push(TypoHit {
                doc,
                field,
                positions,
            });
            if out.len() >= limit {
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::SearchRow;

    fn rows(names: &[&str]) -> Vec<SearchRow> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                SearchRow::new(
                    &format!("JB-2026-{i:04}"),
                    crate::domain::Stage::Collecting,
                    [(NameField::Name, *n)].into_iter(),
                )
            })
            .collect()
    }

    #[test]
    fn one_typo_in_chinese_or_full_pinyin_is_forgiven() {
        let docs = rows(&["包头稀土永磁材料", "鄂尔多斯氢能重卡", "呼和浩特储能电站"]);
        let index = TypoIndex::build(&docs);
        let all = |_: usize| true;
        let found = |q: &str| -> Vec<usize> {
            near(&docs, Some(&index), q, &all, 10)
                .into_iter()
                .map(|h| h.doc)
                .collect()
        };
        assert_eq!(found("鄂而多斯"), vec![1]);
        assert_eq!(found("鄂尔斯"), vec![1], "one character missing");
        assert!(found("鄂尔").is_empty(), "too short to forgive");
        assert_eq!(found("鄂多斯氢"), vec![1], "one character missing");
        assert_eq!(found("baotuo"), vec![0], "two letters swapped");
        assert_eq!(found("baotoux"), vec![0], "one letter extra");
        assert_eq!(found("huhehaota"), vec![2], "one letter wrong");
        assert_eq!(found("qingnemg"), vec![1]);
        assert!(found("xyzxyz").is_empty());
    }

    #[test]
    fn edits_are_counted_once() {
        let s = |a: &str, b: &str| one_edit(a.as_bytes(), b.as_bytes());
        assert!(s("baotuo", "baotou") && s("abc", "abd") && s("abc", "ab") && s("ab", "abc"));
        assert!(!s("abc", "abc") && !s("abcd", "badc") && !s("abc", "a"));
    }
}
