//! Which rows a query names by case id (`JB-2026-0058`, `2026-0058`, `0058`): used by the
//! search and by `:open`; it reads rows only, so the searcher need not know the UI.

use crate::domain::CaseSummary;

/// The rows whose id the query names, in row order: the whole id (`jb-2026-0058`), its
/// tail (`2026-0058`) or its number (`0058`, `58`). Empty when the query is not an id.
pub fn rows_with_id(rows: &[CaseSummary], query: &str, allowed: Option<&[bool]>) -> Vec<usize> {
    let q = query.trim().to_ascii_uppercase();
    let number = q.parse::<u32>().ok().filter(|_| q.len() <= 6);
    let looks_like_id = number.is_some()
        || (q.contains('-') && q.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    if !looks_like_id {
        return Vec::new();
    }
    let ok = |d: usize| allowed.is_none_or(|a| a.get(d).copied().unwrap_or(false));
    let names = |id: &str| {
        let id = id.to_ascii_uppercase();
        match number {
            Some(n) => {
                id.rsplit('-')
                    .next()
                    .and_then(|tail| tail.parse::<u32>().ok())
                    == Some(n)
            }
            None => id == q || id.ends_with(&format!("-{q}")),
        }
    };
    rows.iter()
        .enumerate()
        .filter(|(i, r)| ok(*i) && names(&r.id))
        .map(|(i, _)| i)
        .collect()
}
