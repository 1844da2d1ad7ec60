//! The search table against the summaries it derives from: the same hits in the same order
//! as the searcher over the summaries, and equal to a rebuild after every kind of write.

use super::*;
use crate::app::{Config, SessionOptions};
use crate::domain::Stage;
use crate::search::NameIndex;

const QUERIES: &[&str] = &[
    // Chinese, initials, full pinyin, mixed, polyphones (长 chang/zhang, 重 chong/zhong,
    // 行 hang/xing), one letter (the broad path).
    "包头稀土",
    "稀土",
    "氢能",
    "btxt",
    "eeds",
    "baotou",
    "qingneng",
    "包tou",
    "baotxt",
    "cs",
    "changsha",
    "zhangsha",
    "cq",
    "chongqing",
    "yh",
    "yinhang",
    "b",
    "x",
];

fn store(dir: &tempfile::TempDir, name: &str) -> Session {
    let opts = SessionOptions {
        db: Some(dir.path().join(name)),
        create: true,
        ..SessionOptions::default()
    };
    Session::open(&opts, &Config::default()).unwrap()
}

/// The rows a rebuild would write: one per summary, by id.
fn rebuilt(s: &Session) -> Vec<SearchRow> {
    s.summaries().unwrap().iter().map(SearchRow::of).collect()
}

fn assert_same_hits(s: &Session) {
    let summaries = s.summaries().unwrap();
    let rows = s
        .fresh_search_rows()
        .unwrap()
        .expect("the table is in step");
    assert_eq!(rows, rebuilt(s));
    let before = NameIndex::build(&summaries);
    for q in QUERIES {
        for limit in [20, usize::MAX] {
            let want = search_once(&before, q, limit);
            let got = find(&rows, q, limit);
            assert_eq!(got, want, "{q} (limit {limit})");
            // Streamed from the table, as `jiebang find` runs it.
            let streamed = s.find_in_table(q, limit).unwrap().unwrap();
            let hits: Vec<Hit> = streamed.iter().map(|(h, _)| h.clone()).collect();
            assert_eq!(hits, want, "{q} (limit {limit}, streamed)");
            assert!(streamed.iter().all(|(h, r)| *r == rows[h.doc]), "{q}");
        }
    }
}

#[test]
fn search_table_ranks_like_the_summaries_on_the_demo_store() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(&dir, "demo.redb");
    s.load_demo().unwrap();
    assert_same_hits(&s);
}

#[test]
fn search_table_ranks_like_the_summaries_on_10k_generated_cases() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "10k.redb");
    s.load_generated(10_000, 1).unwrap();
    assert_same_hits(&s);
}

#[test]
fn search_table_equals_a_rebuild_after_writes_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.redb");
    s.load_generated(300, 7).unwrap();
    let ids: Vec<String> = s
        .summaries()
        .unwrap()
        .iter()
        .map(|r| r.id.clone())
        .collect();
    let published = s
        .summaries()
        .unwrap()
        .into_iter()
        .find(|r| r.stage == Stage::Published)
        .unwrap();
    s.move_case(&published.id, Stage::Applying, None, "t")
        .unwrap();
    s.add_note(&ids[0], "a note").unwrap();
    s.set_fields(
        &ids[1],
        &[("achievement.name".into(), "呼和浩特长时储能".into())],
        None,
    )
    .unwrap();
    assert_eq!(s.fresh_search_rows().unwrap(), Some(rebuilt(&s)));
    let found = find(&s.search_rows().unwrap(), "hhtcscn", 5);
    assert!(found.iter().any(|h| h.doc == 1), "{found:?}");

    // A restored copy is checked, never trusted: missing or stale means rebuilt.
    let copy = dir.path().join("copy.redb");
    s.backup(&copy).unwrap();
    let b = store(&dir, "b.redb");
    let backup = crate::store::Store::open_backup(&copy).unwrap();
    b.restore_from(&backup).unwrap();
    if let Some(rows) = b.fresh_search_rows().unwrap() {
        assert_eq!(rows, rebuilt(&b));
    }
    assert_eq!(b.search_rows().unwrap(), rebuilt(&b));
    assert_eq!(b.fresh_search_rows().unwrap(), Some(rebuilt(&b)));
}
