//! Incremental search over a [`NameIndex`]: one match list per query prefix length, so each
//! keystroke tests only the previous matches and Backspace reuses a stored list.

use super::index::{NameField, NameIndex, QueryTables};
use super::matcher::{MAX_QUERY, Scratch, accepts, align_into};
use super::pinyin::{mask_bit, normalize_query};

/// One matching document, with its best-matching name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub doc: usize,
    pub score: i64,
    pub field: NameField,
    /// Char indices of the field's text to highlight.
    pub positions: Vec<usize>,
}

/// Per-document best match while ranking; kept between searches so ranking 100 000
/// documents does not allocate and clear a table each keystroke.
#[derive(Debug, Clone, Copy)]
struct Best {
    score: i64,
    slot: u32,
    field: NameField,
}

#[derive(Debug, Default)]
pub struct Searcher {
    generation: u64,
    query: Vec<char>,
    /// `levels[k]`: ids of the strings matching the first `k + 1` query characters.
    levels: Vec<Vec<u32>>,
    scratch: Scratch,
    best: Vec<Option<Best>>,
    /// Matched strings' (score, offset in `arena`, length) and their positions.
    aligned: Vec<(i64, u32, u32)>,
    arena: Vec<u32>,
}

impl Searcher {
    pub fn new() -> Searcher {
        Searcher::default()
    }

    /// Every matching document, best first (ties by document order). An empty query (or
    /// one of only spaces) matches every document, in order, with nothing highlighted.
    pub fn search(&mut self, index: &NameIndex, query: &str) -> Vec<Hit> {
        self.search_top(index, query, usize::MAX).0
    }

    /// The best `limit` hits, ranked as [`Searcher::search`] would, and the number of
    /// matching documents. Only the returned hits carry allocated positions, so this is the
    /// call for a screen that shows one page of a large result.
    pub fn search_top(
        &mut self,
        index: &NameIndex,
        query: &str,
        limit: usize,
    ) -> (Vec<Hit>, usize) {
        self.search_within(index, query, limit, None)
    }

    /// [`Searcher::search_top`] over the documents `allowed` marks (all when `None`): the
    /// best `limit` of them and the exact number of them that match. A document past the
    /// end of `allowed` is not allowed.
    pub fn search_within(
        &mut self,
        index: &NameIndex,
        query: &str,
        limit: usize,
        allowed: Option<&[bool]>,
    ) -> (Vec<Hit>, usize) {
        let mut q = normalize_query(query);
        q.truncate(MAX_QUERY);
        if self.generation != index.generation {
            self.generation = index.generation;
            self.levels.clear();
            self.query.clear();
            self.best.clear();
        }
        let ok = |d: usize| allowed.is_none_or(|a| a.get(d).copied().unwrap_or(false));
        if q.is_empty() {
            self.levels.clear();
            self.query.clear();
            let all = (0..index.len()).filter(|d| ok(*d));
            let hits = all
                .clone()
                .take(limit)
                .map(|doc| Hit {
                    doc,
                    score: 0,
                    field: NameField::Name,
                    positions: Vec::new(),
                })
                .collect();
            return (hits, all.count());
        }
        let common = self
            .query
            .iter()
            .zip(&q)
            .take_while(|(a, b)| a == b)
            .count()
            .min(self.levels.len());
        self.levels.truncate(common);
        let tables = index.tables(&q);
        for k in common..q.len() {
            let level = narrow(index, &tables, &q[..=k], self.levels.last());
            self.levels.push(level);
        }
        self.query = q;
        let levels = std::mem::take(&mut self.levels);
        let matched = levels.last().map(Vec::as_slice).unwrap_or(&[]);
        let result = match allowed {
            None => self.rank(index, &tables, matched, limit, None),
            Some(a) => {
                // Only names some allowed document carries: the broad cut below then
                // picks among them, so a filter never hides hits it would have shown.
                let inside: Vec<u32> = matched
                    .iter()
                    .copied()
                    .filter(|&s| {
                        index
                            .postings_of(s as usize)
                            .iter()
                            .any(|p| ok(p.doc as usize))
                    })
                    .collect();
                self.rank(index, &tables, &inside, limit, Some(a))
            }
        };
        self.levels = levels;
        result
    }

    fn rank(
        &mut self,
        index: &NameIndex,
        t: &QueryTables,
        matched: &[u32],
        limit: usize,
        allowed: Option<&[bool]>,
    ) -> (Vec<Hit>, usize) {
        let ok = |d: u32| allowed.is_none_or(|a| a.get(d as usize).copied().unwrap_or(false));
        self.best.resize(index.len(), None);
        self.aligned.clear();
        self.arena.clear();
        // A broad query (the first letter or two) matches most names; aligning every one
        // of them costs tens of milliseconds on 100 000 cases. Then only the names that
        // can match from their first character (the ones that rank first) and a bounded
        // number of others are aligned; the total stays exact.
        let broad = matched.len() > BROAD && limit <= BROAD_ALIGNED;
        let picked: Vec<u32>;
        let aligned_names: &[u32] = if broad {
            picked = broad_candidates(index, t, matched);
            &picked
        } else {
            matched
        };
        let touched = self.align_names(index, t, aligned_names, ok);
        let mut keys = self.sort_keys(&touched);
        let total = if broad {
            distinct_docs(index, matched, &ok)
        } else {
            keys.len()
        };
        if limit < keys.len() {
            if limit > 0 {
                keys.select_nth_unstable(limit - 1);
            }
            for k in &keys[limit..] {
                self.best[*k as u32 as usize] = None;
            }
            keys.truncate(limit);
        }
        keys.sort_unstable();
        (self.take_hits(&keys), total)
    }

    /// Aligns each name against the query and keeps, per allowed document, its best
    /// scoring name. Returns the documents that got one.
    fn align_names(
        &mut self,
        index: &NameIndex,
        t: &QueryTables,
        names: &[u32],
        ok: impl Fn(u32) -> bool,
    ) -> Vec<u32> {
        let m = self.query.len();
        let mut touched: Vec<u32> = Vec::with_capacity(names.len());
        for &s in names {
            let toks = index.tokens_of(s as usize);
            let off = self.arena.len();
            let Some(score) = align_into(
                toks.len(),
                m,
                |j| {
                    let id = toks[j] as usize;
                    t.live[id].then(|| &t.steps[id])
                },
                &mut self.scratch,
                &mut self.arena,
            ) else {
                continue;
            };
            let slot = self.aligned.len() as u32;
            self.aligned
                .push((score, off as u32, (self.arena.len() - off) as u32));
            for p in index.postings_of(s as usize) {
                if !ok(p.doc) {
                    continue;
                }
                let best = Best {
                    score: score + p.field().weight(),
                    slot,
                    field: p.field(),
                };
                let cell = &mut self.best[p.doc as usize];
                match cell {
                    None => {
                        touched.push(p.doc);
                        *cell = Some(best);
                    }
                    Some(b) if best.score > b.score => *b = best,
                    Some(_) => {}
                }
            }
        }
        touched
    }

    /// One u64 per hit, ordered by score descending then document ascending, sorts
    /// faster than tuples with a comparator.
    fn sort_keys(&self, touched: &[u32]) -> Vec<u64> {
        touched
            .iter()
            .map(|&d| {
                let score = self.best[d as usize].map_or(0, |b| b.score);
                let s = score.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
                let flipped = !((s as u32) ^ 0x8000_0000);
                (u64::from(flipped) << 32) | u64::from(d)
            })
            .collect()
    }

    /// The hits for the kept keys, in key order; their best-match cells are cleared for
    /// the next search.
    fn take_hits(&mut self, keys: &[u64]) -> Vec<Hit> {
        keys.iter()
            .filter_map(|&k| {
                let d = k as u32;
                let b = self.best[d as usize].take()?;
                let (_, off, len) = self.aligned[b.slot as usize];
                let positions = self.arena[off as usize..(off + len) as usize]
                    .iter()
                    .map(|p| *p as usize)
                    .collect();
                Some(Hit {
                    doc: d as usize,
                    score: b.score,
                    field: b.field,
                    positions,
                })
            })
            .collect()
    }
}

/// Above this many matching names a query is broad (see [`Searcher::rank`]).
const BROAD: usize = 8192;
/// How many names of a broad query are aligned and ranked.
const BROAD_ALIGNED: usize = 2048;

/// The names of a broad query worth ranking: those whose first character starts the
/// query (a prefix match outranks any other), then others, up to [`BROAD_ALIGNED`].
fn broad_candidates(index: &NameIndex, t: &QueryTables, matched: &[u32]) -> Vec<u32> {
    let starts = |s: u32| {
        index.tokens_of(s as usize).first().is_some_and(|&id| {
            let id = id as usize;
            t.live[id] && t.steps[id].step.iter().any(|bits| bits & 1 != 0)
        })
    };
    let mut out: Vec<u32> = matched
        .iter()
        .copied()
        .filter(|&s| starts(s))
        .take(BROAD_ALIGNED)
        .collect();
    if out.len() < BROAD_ALIGNED {
        let room = BROAD_ALIGNED - out.len();
        out.extend(matched.iter().copied().filter(|&s| !starts(s)).take(room));
    }
    out
}

/// How many documents have at least one of `names`.
fn distinct_docs(index: &NameIndex, names: &[u32], ok: &dyn Fn(u32) -> bool) -> usize {
    let mut seen = vec![false; index.len()];
    let mut n = 0;
    for &s in names {
        for p in index.postings_of(s as usize) {
            if !ok(p.doc) {
                continue;
            }
            let cell = &mut seen[p.doc as usize];
            if !*cell {
                *cell = true;
                n += 1;
            }
        }
    }
    n
}

/// The first `limit` hits of a fresh search.
pub fn search_once(index: &NameIndex, query: &str, limit: usize) -> Vec<Hit> {
    Searcher::new().search_top(index, query, limit).0
}

/// Documents with a name in an accepted field matching `query` (true at their index).
pub(crate) fn docs_matching(
    index: &NameIndex,
    query: &str,
    field_ok: impl Fn(NameField) -> bool,
) -> Vec<bool> {
    let mut out = vec![false; index.len()];
    let mut q = normalize_query(query);
    q.truncate(MAX_QUERY);
    let tables = index.tables(&q);
    for s in narrow(index, &tables, &q, None) {
        for p in index.postings_of(s as usize) {
            if field_ok(p.field()) {
                out[p.doc as usize] = true;
            }
        }
    }
    out
}

fn narrow(index: &NameIndex, t: &QueryTables, q: &[char], prev: Option<&Vec<u32>>) -> Vec<u32> {
    let m = q.len();
    let qmask = q.iter().fold(0u64, |acc, c| acc | mask_bit(*c));
    let first = q.first().map_or(0, |c| mask_bit(*c));
    // A lone letter or digit is decided by the initials alone; other characters share
    // bloom bits, so they still take the walk.
    let initials_decide = m == 1 && q[0].is_ascii_alphanumeric();
    let test = |s: u32| {
        let e = index.strings[s as usize];
        if e.initials & first == 0 {
            return false;
        }
        if initials_decide {
            return true;
        }
        e.mask & qmask == qmask
            && accepts(
                index
                    .tokens_of(s as usize)
                    .iter()
                    .map(|id| &t.walk[*id as usize]),
                m,
            )
    };
    match prev {
        Some(prev) => prev.iter().copied().filter(|s| test(*s)).collect(),
        None => (0..index.strings.len() as u32)
            .filter(|s| test(*s))
            .collect(),
    }
}
