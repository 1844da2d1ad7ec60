//! Search inside a filter: the filtered rows are a mask, the hits are the best of them and
//! the count is exactly theirs.

use super::perf::corpus;
use super::*;

/// Every third document, and a few at the end of the range.
fn mask(n: usize) -> Vec<bool> {
    (0..n).map(|d| d % 3 == 1 || d + 5 > n).collect()
}

const QUERIES: &[&str] = &[
    "包头稀土",
    "btxt",
    "baotou",
    "包tou",
    "cs",
    "changsha",
    "重庆",
    "cq",
    "yh",
    "储能",
];

#[test]
fn masked_search_equals_the_full_ranking_restricted_to_the_mask() {
    let docs = corpus(3000);
    let ix = NameIndex::build(&docs);
    let allowed = mask(docs.len());
    for q in QUERIES {
        let all = Searcher::new().search(&ix, q);
        let expected: Vec<Hit> = all.into_iter().filter(|h| allowed[h.doc]).collect();
        let (hits, total) = Searcher::new().search_within(&ix, q, usize::MAX, Some(&allowed));
        assert_eq!(total, expected.len(), "{q}");
        assert_eq!(hits, expected, "{q}");
        let (top, total) = Searcher::new().search_within(&ix, q, 7, Some(&allowed));
        assert_eq!(total, expected.len(), "{q}");
        assert_eq!(top[..], expected[..expected.len().min(7)], "{q}");
    }
}

#[test]
fn a_mask_past_the_store_best_hits_still_finds_its_own() {
    // The mask keeps only the last documents: the old way (best 2000 of the store, then
    // the filter) found none of them for a broad query.
    let docs = corpus(20_000);
    let ix = NameIndex::build(&docs);
    let allowed: Vec<bool> = (0..docs.len()).map(|d| d >= docs.len() - 300).collect();
    let mut s = Searcher::new();
    for q in ["b", "ba", "bao", "baot", "baotou"] {
        let (hits, total) = s.search_within(&ix, q, 2000, Some(&allowed));
        let exact = Searcher::new()
            .search(&ix, q)
            .iter()
            .filter(|h| allowed[h.doc])
            .count();
        assert_eq!(total, exact, "{q}");
        assert_eq!(hits.len(), exact.min(2000), "{q}");
        assert!(hits.iter().all(|h| allowed[h.doc]), "{q}");
    }
}

#[test]
fn empty_query_inside_a_mask_lists_the_masked_documents() {
    let docs = corpus(50);
    let ix = NameIndex::build(&docs);
    let allowed = mask(docs.len());
    let (hits, total) = Searcher::new().search_within(&ix, " ", 10, Some(&allowed));
    assert_eq!(total, allowed.iter().filter(|a| **a).count());
    let want: Vec<usize> = (0..docs.len()).filter(|d| allowed[*d]).take(10).collect();
    assert_eq!(hits.iter().map(|h| h.doc).collect::<Vec<_>>(), want);
}
