//! The matching core shared by the index and by one-off matching of arbitrary text.
//!
//! A query matches a name when it can be cut into consecutive pieces, each piece consumed by
//! a distinct name character in order (characters may be skipped): a piece is the character
//! itself, or a non-empty prefix of one of its readings. So `btxt`, `baotou`, `baotxt` and
//! `包tou` all match 包头稀土, and `btxt` also matches 包头北方稀土.
//!
//! Per query, every character gets [`Steps`]: for each piece length, the set of query
//! positions it can consume from. Deciding a match is then one walk over the name with a
//! bit-set of "query positions reached" ([`accepts`]); ranking and highlighting use a small
//! alignment ([`align`]) run only on names that matched.

use super::pinyin::MAX_STEP;

/// Longest query matched, in characters: positions must fit a 64-bit set. Longer queries
/// are cut to this length (names that long are not typed to search).
pub const MAX_QUERY: usize = 63;

/// `step[k]`: query positions `i` from which this character consumes `q[i..=i+k]`;
/// `full[k]`: the subset where that piece is a whole reading or the character itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Steps {
    pub step: [u64; MAX_STEP],
    pub full: [u64; MAX_STEP],
}

impl Steps {
    /// `c` is folded; `readings` are its ASCII readings; `q` the normalised query.
    pub fn compute<R: AsRef<[u8]>>(c: char, readings: &[R], q: &[char]) -> Steps {
        let mut s = Steps::default();
        for (i, qc) in q.iter().enumerate() {
            if *qc == c {
                s.step[0] |= 1 << i;
                s.full[0] |= 1 << i;
            }
        }
        for r in readings {
            let r = r.as_ref();
            let Some(&first) = r.first() else { continue };
            for i in 0..q.len() {
                if q[i] != first as char {
                    continue;
                }
                let mut k = 0;
                while k < r.len() && i + k < q.len() && q[i + k] == r[k] as char {
                    s.step[k] |= 1 << i;
                    k += 1;
                }
                if k == r.len() {
                    s.full[k - 1] |= 1 << i;
                }
            }
        }
        s
    }

    pub fn is_empty(&self) -> bool {
        self.step[0] == 0
    }
}

/// True when the characters' steps consume the first `m` query characters.
#[inline]
pub fn accepts<'a>(steps: impl Iterator<Item = &'a [u64; MAX_STEP]>, m: usize) -> bool {
    if m == 0 {
        return true;
    }
    let goal = 1u64 << m;
    let mut reached = 1u64;
    for step in steps {
        let mut next = reached;
        for (k, s) in step.iter().enumerate() {
            // Prefixes nest: a position that cannot take k+1 characters cannot take more.
            let from = reached & s;
            if from == 0 {
                break;
            }
            next |= from << (k + 1);
        }
        reached = next;
        if reached & goal != 0 {
            return true;
        }
    }
    false
}

/// Score and the character indices a query consumed in a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alignment {
    pub score: i64,
    pub positions: Vec<usize>,
}

/// [`align_into`] for one name, with its own positions.
pub fn align<'a>(
    n: usize,
    m: usize,
    tok: impl Fn(usize) -> &'a Steps,
    sc: &mut Scratch,
) -> Option<Alignment> {
    let mut out = Vec::new();
    align_into(n, m, |j| Some(tok(j)), sc, &mut out).map(|score| Alignment {
        score,
        positions: out.into_iter().map(|p| p as usize).collect(),
    })
}

// Ranking weights: a whole syllable or the character itself beats a prefix; adjacent
// characters beat gaps; starting at the first character and covering the whole name win.
const FULL: i64 = 8;
const ADJACENT: i64 = 6;
const GAP_OPEN: i64 = 4;
const GAP_EXTEND: i64 = 1;
const PREFIX: i64 = 12;
const LEAD_CAP: i64 = 8;
const TRAIL_CAP: i64 = 10;
const WHOLE: i64 = 30;
const NEG: i64 = i64::MIN / 4;
const NONE: u32 = u32::MAX;

/// Reusable buffers so ranking thousands of names allocates only the positions.
#[derive(Debug, Default)]
pub struct Scratch {
    adj: Vec<i64>,
    gap: Vec<i64>,
    gap_src: Vec<u32>,
    next: Vec<i64>,
    back: Vec<(u8, u32)>,
}

/// The best alignment of an `m`-character query over a name of `n` characters whose steps
/// `tok(j)` gives (`None` for a character that consumes nothing): its score, with the consumed character indices appended to `out` in
/// order; `None` (and `out` untouched) when the query does not match.
pub fn align_into<'a>(
    n: usize,
    m: usize,
    tok: impl Fn(usize) -> Option<&'a Steps>,
    sc: &mut Scratch,
    out: &mut Vec<u32>,
) -> Option<i64> {
    match m {
        0 => Some(0),
        1 => align_one(n, tok, out),
        _ => align_dp(n, m, tok, sc, out),
    }
}

/// [`align_dp`] for a one-character query, where it reduces to the best single character:
/// the first keystroke matches most names, so this case must be cheap.
fn align_one<'a>(
    n: usize,
    tok: impl Fn(usize) -> Option<&'a Steps>,
    out: &mut Vec<u32>,
) -> Option<i64> {
    let mut best: Option<(i64, usize)> = None;
    for j in 0..n {
        let Some(steps) = tok(j) else { continue };
        if steps.step[0] & 1 == 0 {
            continue;
        }
        let lead = if j == 0 {
            PREFIX
        } else {
            -(j as i64).min(LEAD_CAP)
        };
        let piece = 1 + if steps.full[0] & 1 != 0 { FULL } else { 0 };
        let total = lead + piece - ((n - 1 - j) as i64).min(TRAIL_CAP);
        if best.is_none_or(|(b, _)| total > b) {
            best = Some((total, j));
        }
    }
    let (score, j) = best?;
    out.push(j as u32);
    Some(score + if n == 1 { WHOLE } else { 0 })
}

fn align_dp<'a>(
    n: usize,
    m: usize,
    tok: impl Fn(usize) -> Option<&'a Steps>,
    sc: &mut Scratch,
    out: &mut Vec<u32>,
) -> Option<i64> {
    let w = m + 1;
    prepare(sc, n, w);
    // `adj[i]`: states whose last consumed character is j-1. `gap[i]`: states that skipped
    // at least one character, stored as a key whose score at character j is
    // `gap[i] - GAP_EXTEND * j`: all skipped states decay alike, so the best never changes.
    let mut masks = Masks { adj: 0, gap: 0 };
    let mut best = NEG;
    let mut best_j = 0usize;
    for j in 0..n {
        let mut next_mask = 0u64;
        if let Some(steps) = tok(j) {
            next_mask = advance(sc, steps, j, m, masks);
            if next_mask & (1u64 << m) != 0 {
                let total = sc.next[m] - ((n - 1 - j) as i64).min(TRAIL_CAP);
                if total > best {
                    best = total;
                    best_j = j;
                }
            }
        }
        masks.gap = open_gaps(sc, j, masks);
        std::mem::swap(&mut sc.adj, &mut sc.next);
        masks.adj = next_mask;
    }
    if best <= NEG {
        return None;
    }
    let first = out.len();
    trace_back(sc, w, best_j, m, out);
    let whole = if out.len() - first == n { WHOLE } else { 0 };
    Some(best + whole)
}

/// Which entries of `adj` and `gap` are valid.
#[derive(Clone, Copy)]
struct Masks {
    adj: u64,
    gap: u64,
}

/// Grows the scratch tables to the name and query. Entries are valid only where their mask
/// bit is set, so nothing is cleared per character, and each character costs in
/// proportion to the moves it can make.
fn prepare(sc: &mut Scratch, n: usize, w: usize) {
    for v in [&mut sc.adj, &mut sc.gap, &mut sc.next] {
        if v.len() < w {
            v.resize(w, NEG);
        }
    }
    if sc.gap_src.len() < w {
        sc.gap_src.resize(w, NONE);
    }
    if sc.back.len() < n * w {
        sc.back.resize(n * w, (0, NONE));
    }
}

/// Consumes character `j` from every live state it can extend, writing `next` and the
/// back pointers. Returns the mask of states now ending at `j`.
#[inline]
fn advance(sc: &mut Scratch, steps: &Steps, j: usize, m: usize, masks: Masks) -> u64 {
    let w = m + 1;
    let mut next_mask = 0u64;
    let mut sources = steps.step[0] & (1 | masks.adj | masks.gap) & ((1u64 << m) - 1);
    while sources != 0 {
        let i = sources.trailing_zeros() as usize;
        sources &= sources - 1;
        let bit = 1u64 << i;
        let (from, prev) = source(sc, i, j, masks);
        for k in 0..MAX_STEP {
            if i + k + 1 > m || steps.step[k] & bit == 0 {
                break;
            }
            let piece = k as i64 + 1 + if steps.full[k] & bit != 0 { FULL } else { 0 };
            let end = i + k + 1;
            let end_bit = 1u64 << end;
            if next_mask & end_bit == 0 || from + piece > sc.next[end] {
                sc.next[end] = from + piece;
                sc.back[j * w + end] = (i as u8, prev);
                next_mask |= end_bit;
            }
        }
    }
    next_mask
}

/// The best score of a state at query position `i` before character `j`, and the
/// character it last consumed: the lead-in for `i == 0`, else adjacent or after a gap.
#[inline]
fn source(sc: &Scratch, i: usize, j: usize, masks: Masks) -> (i64, u32) {
    if i == 0 {
        let lead = if j == 0 {
            PREFIX
        } else {
            -(j as i64).min(LEAD_CAP)
        };
        return (lead, NONE);
    }
    let bit = 1u64 << i;
    let a = if masks.adj & bit != 0 {
        sc.adj[i] + ADJACENT
    } else {
        NEG
    };
    let g = if masks.gap & bit != 0 {
        sc.gap[i] - GAP_EXTEND * j as i64
    } else {
        NEG
    };
    if a >= g {
        (a, (j as u32).wrapping_sub(1))
    } else {
        (g, sc.gap_src[i])
    }
}

/// States ending at j-1 become skipped states from character j+1 on. Returns the new gap
/// mask.
#[inline]
fn open_gaps(sc: &mut Scratch, j: usize, masks: Masks) -> u64 {
    let shift = GAP_EXTEND * (j as i64 + 1) - GAP_OPEN;
    let mut gap_mask = masks.gap;
    let mut live = masks.adj;
    while live != 0 {
        let i = live.trailing_zeros() as usize;
        live &= live - 1;
        let bit = 1u64 << i;
        if gap_mask & bit == 0 || sc.adj[i] + shift > sc.gap[i] {
            sc.gap[i] = sc.adj[i] + shift;
            sc.gap_src[i] = (j as u32).wrapping_sub(1);
            gap_mask |= bit;
        }
    }
    gap_mask
}

/// Appends the consumed characters of the best alignment, ending at `best_j`, in order.
fn trace_back(sc: &Scratch, w: usize, best_j: usize, m: usize, out: &mut Vec<u32>) {
    let first = out.len();
    let (mut j, mut i) = (best_j, m);
    loop {
        out.push(j as u32);
        let (start, prev) = sc.back[j * w + i];
        if start == 0 || prev == NONE {
            break;
        }
        i = start as usize;
        j = prev as usize;
    }
    out[first..].reverse();
}

#[cfg(test)]
mod tests {
    use super::super::pinyin::{fold, normalize_query, readings};
    use super::*;

    fn steps_of(text: &str, q: &[char]) -> Vec<Steps> {
        text.chars()
            .map(|c| {
                let c = fold(c);
                Steps::compute(c, &readings(c), q)
            })
            .collect()
    }

    fn run(text: &str, query: &str) -> Option<Alignment> {
        let q = normalize_query(query);
        let st = steps_of(text, &q);
        let acc = accepts(st.iter().map(|s| &s.step), q.len());
        let al = align(st.len(), q.len(), |j| &st[j], &mut Scratch::default());
        assert_eq!(
            acc,
            al.is_some(),
            "walk and alignment disagree on {text} / {query}"
        );
        al
    }

    #[test]
    fn walk_and_alignment_agree_on_pinyin_forms() {
        for q in [
            "btxt", "baotou", "baotxt", "包tou", "包头", "bt稀土", "xitu",
        ] {
            assert!(run("包头稀土研究院", q).is_some(), "{q}");
        }
        assert_eq!(
            run("包头北方稀土", "btxt").unwrap().positions,
            vec![0, 1, 4, 5]
        );
        assert!(run("包头稀土", "bx土t").is_none());
        assert!(run("包头稀土", "baotoux").is_some());
        assert!(run("包头稀土", "baotouz").is_none());
    }

    #[test]
    fn one_character_shortcut_equals_the_full_alignment() {
        for text in ["包头稀土", "北方包头", "b", "ABC包", "长沙", "银行行长"] {
            for query in ["b", "包", "c", "h", "x", "a", "z"] {
                let q = normalize_query(query);
                let st = steps_of(text, &q);
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let sc = &mut Scratch::default();
                let one = align_one(st.len(), |j| Some(&st[j]), &mut a);
                let dp = align_dp(st.len(), 1, |j| Some(&st[j]), sc, &mut b);
                assert_eq!((one, a), (dp, b), "{text} / {query}");
            }
        }
    }

    #[test]
    fn whole_syllables_outscore_initials_at_equal_shape() {
        let full = run("包头", "baotou").unwrap().score;
        let initials = run("包头", "bt").unwrap().score;
        assert!(full > initials);
    }
}
