//! One typo forgiven: a Chinese query with one character wrong, missing or extra
//! (`鄂而多斯` → 鄂尔多斯), or a full-pinyin query with one letter wrong, missing, extra or
//! two letters swapped (`baotuo` → 包头). The exact search is the keystroke's path; this
//! pass ([`NearPass`]) runs when typing pauses, in slices a key can interrupt, and its hits
//! rank below every exact one.
//!
//! It reads the name index's own tables: each distinct name once, as character ids, and
//! each character's readings; a name's full pinyin is spelled from them while scanning, so
//! there is no second table to build or keep.

use super::index::{NameField, NameIndex};
use super::pinyin::{fold, mask_bit};

/// Shortest queries a typo is forgiven in: shorter ones would match nearly anything.
const MIN_CHINESE: usize = 3;
const MIN_PINYIN: usize = 5;

/// A query character the index has never seen (it can still be the one wrong character).
const UNSEEN: u32 = u32::MAX;

/// A name found within one typo of the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypoHit {
    pub doc: usize,
    pub field: NameField,
    /// Char indices of the name's characters the query lines up with.
    pub positions: Vec<usize>,
}

#[derive(Debug, Clone)]
enum Query {
    /// Lower-case letters, and the mask of the distinct ones.
    Pinyin(Vec<u8>, u64),
    /// Character ids of the index.
    Chinese(Vec<u32>),
}

/// A typo pass over one [`NameIndex`], resumable: [`NearPass::step`] scans a slice of the
/// distinct names and says whether the pass is done.
#[derive(Debug, Clone)]
pub struct NearPass {
    /// The index it was started on; another index ends it with no hits.
    generation: u64,
    query: Query,
    /// Pinyin only: per character id, the letters of its first reading, one after another;
    /// `spelled_end[id]` is where they end.
    spelled: Vec<u8>,
    spelled_end: Vec<u32>,
    /// The next distinct name to look at.
    next: usize,
    /// Matches so far: case, field rank, field, positions.
    found: Vec<(u32, u8, NameField, Vec<usize>)>,
}

/// The fields a typo is looked for in, best first: the case's name and its parties' names.
fn rank(field: NameField) -> Option<u8> {
    match field {
        NameField::Name => Some(0),
        NameField::Issuer => Some(1),
        NameField::Taker => Some(2),
        NameField::Other(_) => None,
    }
}

/// The query's characters as the pass reads them, when a typo is forgiven in it at all.
fn query_of(index: &NameIndex, query: &str) -> Option<Query> {
    let q: Vec<char> = query.chars().filter(|c| !c.is_whitespace()).collect();
    if q.iter().all(char::is_ascii_alphabetic) {
        if q.len() < MIN_PINYIN {
            return None;
        }
        let letters: Vec<u8> = q.iter().map(|c| c.to_ascii_lowercase() as u8).collect();
        let mask = letters.iter().fold(0, |m, b| m | mask_bit(*b as char));
        return Some(Query::Pinyin(letters, mask));
    }
    if q.len() < MIN_CHINESE {
        return None;
    }
    let id = |c: char| {
        let c = fold(c);
        let found = index.chars.iter().position(|x| *x == c);
        found.map_or(UNSEEN, |i| i as u32)
    };
    Some(Query::Chinese(q.into_iter().map(id).collect()))
}

impl NearPass {
    /// A pass for `query` over `index`; `None` when no typo is forgiven in the query.
    pub fn new(index: &NameIndex, query: &str) -> Option<NearPass> {
        let query = query_of(index, query)?;
        let (mut spelled, mut spelled_end) = (Vec::new(), Vec::new());
        if matches!(query, Query::Pinyin(..)) {
            for (c, rs) in index.chars.iter().zip(&index.readings) {
                match rs.first() {
                    Some(r) => spelled.extend_from_slice(r),
                    // A character with no reading spells nothing unless it is a letter.
                    None if c.is_ascii_alphanumeric() => spelled.push(*c as u8),
                    None => {}
                }
                spelled_end.push(spelled.len() as u32);
            }
        }
        Some(NearPass {
            generation: index.generation,
            query,
            spelled,
            spelled_end,
            next: 0,
            found: Vec::new(),
        })
    }

    /// Looks at up to `budget` more distinct names, keeping those within one typo for the
    /// cases `ok` allows. Returns true when every name has been looked at.
    pub fn step(&mut self, index: &NameIndex, budget: usize, ok: &dyn Fn(usize) -> bool) -> bool {
        if index.generation != self.generation {
            self.found.clear();
            self.next = index.strings.len();
            return true;
        }
        let end = self.next.saturating_add(budget).min(index.strings.len());
        let mut scratch = Spelling::default();
        for s in self.next..end {
            let wanted = index
                .postings_of(s)
                .iter()
                .any(|p| rank(p.field()).is_some() && ok(p.doc as usize));
            if !wanted {
                continue;
            }
            let Some(positions) = self.matches(index, s, &mut scratch) else {
                continue;
            };
            for p in index.postings_of(s) {
                if let Some(r) = rank(p.field())
                    && ok(p.doc as usize)
                {
                    self.found.push((p.doc, r, p.field(), positions.clone()));
                }
            }
        }
        self.next = end;
        self.next >= index.strings.len()
    }

    /// Where distinct name `s` lines up with the query, as char positions in it.
    fn matches(&self, index: &NameIndex, s: usize, scratch: &mut Spelling) -> Option<Vec<usize>> {
        let tokens = index.tokens_of(s);
        match &self.query {
            Query::Chinese(q) => {
                // One edit leaves at most one of the query's characters out of the name,
                // so a name holding neither of the first two cannot match.
                if !tokens.iter().any(|t| *t == q[0] || *t == q[1]) {
                    return None;
                }
                within_one(q, tokens, None).map(|(a, b)| (a..b).collect())
            }
            Query::Pinyin(q, mask) => {
                // One edit brings at most one letter the name's readings lack.
                if (mask & !index.strings[s].mask).count_ones() > 1 {
                    return None;
                }
                scratch.spell(self, tokens);
                let (a, b) = within_one(q, &scratch.letters, Some(&scratch.starts))?;
                let mut positions: Vec<usize> =
                    scratch.from[a..b].iter().map(|c| *c as usize).collect();
                positions.dedup();
                Some(positions)
            }
        }
    }

    /// The hits, one per case (its best field), in case order, at most `limit`.
    pub fn hits(mut self, limit: usize) -> Vec<TypoHit> {
        self.found.sort_by_key(|(doc, r, _, _)| (*doc, *r));
        self.found.dedup_by_key(|(doc, _, _, _)| *doc);
        self.found
            .into_iter()
            .take(limit)
            .map(|(doc, _, field, positions)| TypoHit {
                doc: doc as usize,
                field,
                positions,
            })
            .collect()
    }
}

/// One name spelled in full pinyin: its letters, for each letter the char it came from
/// and whether a syllable starts there. Reused from name to name.
#[derive(Debug, Default)]
struct Spelling {
    letters: Vec<u8>,
    from: Vec<u32>,
    starts: Vec<bool>,
}

impl Spelling {
    fn spell(&mut self, pass: &NearPass, tokens: &[u32]) {
        self.letters.clear();
        self.from.clear();
        self.starts.clear();
        for (i, t) in tokens.iter().enumerate() {
            let t = *t as usize;
            let begin = if t == 0 {
                0
            } else {
                pass.spelled_end[t - 1] as usize
            };
            let syllable = &pass.spelled[begin..pass.spelled_end[t] as usize];
            self.letters.extend_from_slice(syllable);
            self.from
                .extend(std::iter::repeat_n(i as u32, syllable.len()));
            self.starts.extend((0..syllable.len()).map(|k| k == 0));
        }
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

/// Cases whose names are within one typo of `query`, among the cases `ok` allows (the
/// caller leaves out what the exact search found), the whole pass at once.
pub fn near(
    index: &NameIndex,
    query: &str,
    ok: &dyn Fn(usize) -> bool,
    limit: usize,
) -> Vec<TypoHit> {
    let Some(mut pass) = NearPass::new(index, query) else {
        return Vec::new();
    };
    while !pass.step(index, usize::MAX, ok) {}
    pass.hits(limit)
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
        let index = NameIndex::build(&docs);
        let all = |_: usize| true;
        let found = |q: &str| -> Vec<usize> {
            near(&index, q, &all, 10)
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
        let hit = &near(&index, "baotuo", &all, 10)[0];
        assert_eq!(hit.positions, vec![0, 1], "包头 lit");
        assert!(
            found("鄂而多斯").len() == 1 && near(&index, "鄂而多斯", &|d| d != 1, 10).is_empty()
        );
    }

    #[test]
    fn a_pass_in_slices_finds_what_one_pass_finds() {
        let names: Vec<String> = (0..300)
            .map(|i| match i % 3 {
                0 => format!("包头稀土{i}号项目"),
                1 => format!("鄂尔多斯氢能{i}"),
                _ => format!("呼和浩特储能{i}"),
            })
            .collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let docs = rows(&refs);
        let index = NameIndex::build(&docs);
        let ok = |d: usize| d.is_multiple_of(2);
        for q in ["baotuo", "鄂而多斯", "huhehaota"] {
            let whole = near(&index, q, &ok, 1000);
            assert!(!whole.is_empty(), "{q}");
            let mut pass = NearPass::new(&index, q).unwrap();
            let mut slices = 0;
            while !pass.step(&index, 7, &ok) {
                slices += 1;
            }
            assert!(slices > 10);
            assert_eq!(pass.hits(1000), whole, "{q}");
        }
        let other = NameIndex::build(&docs);
        let mut stale = NearPass::new(&index, "baotuo").unwrap();
        assert!(stale.step(&other, 1, &ok), "another index ends the pass");
        assert!(stale.hits(10).is_empty());
    }

    #[test]
    fn edits_are_counted_once() {
        let s = |a: &str, b: &str| one_edit(a.as_bytes(), b.as_bytes());
        assert!(s("baotuo", "baotou") && s("abc", "abd") && s("abc", "ab") && s("ab", "abc"));
        assert!(!s("abc", "abc") && !s("abcd", "badc") && !s("abc", "a"));
    }
}
