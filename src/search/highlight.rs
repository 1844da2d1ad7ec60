//! Matching and highlighting of arbitrary text, without an index: for the rows on screen,
//! the detail view, and filters over text the index does not hold.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::matcher::{Alignment, MAX_QUERY, Scratch, Steps, accepts, align};
use super::pinyin::{fold, normalize_query, readings};

/// Matches `query` against `text` under the index's rules (Chinese, full pinyin, initials,
/// mixed, polyphones): the score and the char indices of `text` consumed.
pub fn match_text(text: &str, query: &str) -> Option<Alignment> {
    let mut q = normalize_query(query);
    q.truncate(MAX_QUERY);
    let steps: Vec<Steps> = text
        .chars()
        .map(|c| {
            let c = fold(c);
            Steps::compute(c, &readings(c), &q)
        })
        .collect();
    if !accepts(steps.iter().map(|s| &s.step), q.len()) {
        return None;
    }
    align(steps.len(), q.len(), |j| &steps[j], &mut Scratch::default())
}

/// Char indices of `text` to highlight for `query`: the pinyin-aware alignment when the
/// query matches that way, else SkimMatcherV2's fuzzy indices (which have no query length
/// limit), else nothing.
pub fn highlight(text: &str, query: &str) -> Vec<usize> {
    if query.trim().is_empty() {
        return Vec::new();
    }
    if normalize_query(query).len() <= MAX_QUERY
        && let Some(a) = match_text(text, query)
    {
        return a.positions;
    }
    thread_local! {
        // The matcher's cache must stay on: `use_cache(false)` panics in 0.3.7.
        static SKIM: SkimMatcherV2 = SkimMatcherV2::default().ignore_case();
    }
    SKIM.with(|m| {
        m.fuzzy_indices(text, query.trim())
            .map(|(_, idx)| idx)
            .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_whole_characters_for_pinyin() {
        assert_eq!(highlight("包头北方稀土高新", "btxt"), vec![0, 1, 4, 5]);
        assert_eq!(highlight("包头稀土", "baotou"), vec![0, 1]);
        assert_eq!(highlight("包头稀土", "包tou"), vec![0, 1]);
        assert_eq!(highlight("长沙理工", "cs"), vec![0, 1]);
    }

    #[test]
    fn highlights_ascii_letters_case_insensitively() {
        assert_eq!(highlight("新型PEM电解槽", "pem"), vec![2, 3, 4]);
        assert_eq!(highlight("新型PEM电解槽", "ＰＥＭ"), vec![2, 3, 4]);
    }

    #[test]
    fn falls_back_to_skim_and_to_nothing() {
        assert!(highlight("包头稀土", "zzz").is_empty());
        assert!(highlight("包头稀土", "  ").is_empty());
        let long = "x".repeat(80);
        assert_eq!(highlight(&long, &long), (0..80).collect::<Vec<_>>());
    }

    #[test]
    fn prefers_the_compact_alignment() {
        // `xt` could take 稀 and the last 土, or the adjacent 稀土.
        assert_eq!(highlight("稀土材料土壤", "xt"), vec![0, 1]);
    }
}
