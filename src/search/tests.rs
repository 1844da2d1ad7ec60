//! Behaviour of the name index and the incremental searcher.

use chrono::{TimeZone, Utc};

use super::*;
use crate::domain::money::Yuan;
use crate::domain::summary::CaseSummary;
use crate::domain::vocab::{Kind, Stage};

pub(crate) fn doc(name: &str, issuer: &str, taker: Option<&str>) -> CaseSummary {
    CaseSummary {
        id: String::new(),
        kind: Kind::Breakthrough,
        field: None,
        stage: Stage::Collecting,
        stage_since: None,
        name: name.into(),
        issuer: issuer.into(),
        issuer_region: String::new(),
        taker: taker.map(Into::into),
        other_names: Vec::new(),
        publicity_start: None,
        open_objections: 0,
        end: None,
        amount: None,
        subsidy_paid: Yuan::ZERO,
        midterm: Default::default(),
        officer: String::new(),
        breach: false,
        rev: 0,
        updated_at: Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        created_at: None,
    }
}

fn corpus() -> Vec<CaseSummary> {
    vec![
        doc("包头稀土永磁材料研发", "包头稀土研究院", None),
        doc("包头北方稀土冶炼工艺", "内蒙古包钢集团", Some("北方稀土")),
        doc("长沙氢能储运", "长沙理工大学", None),
        doc("重庆石墨烯导热膜", "重庆大学", None),
        doc("银行数据安全", "中国银行内蒙古分行", None),
        doc("长春光机所合作", "长春理工大学", None),
        doc("PEM电解水制氢", "鄂尔多斯氢能公司", None),
        doc("大规模储能电站", "呼和浩特能源局", Some("包头储能科技")),
    ]
}

fn docs_of(hits: &[Hit]) -> Vec<usize> {
    hits.iter().map(|h| h.doc).collect()
}

fn finds(ix: &NameIndex, q: &str, doc: usize) -> bool {
    search_once(ix, q, usize::MAX).iter().any(|h| h.doc == doc)
}

#[test]
fn pinyin_forms_find_baotou_xitu() {
    let ix = NameIndex::build(&corpus());
    for q in [
        "btxt",
        "baotou",
        "baotxt",
        "包tou",
        "包头稀土",
        "BTXT",
        "bao tou xi",
    ] {
        assert!(finds(&ix, q, 0), "{q}");
    }
    // Non-contiguous syllables: 包头北方稀土.
    assert!(finds(&ix, "btxt", 1));
    assert!(!finds(&ix, "btxt", 2));
}

#[test]
fn polyphonic_characters_match_every_common_reading() {
    let ix = NameIndex::build(&corpus());
    for (q, d) in [
        ("cs", 2),
        ("changsha", 2),
        ("cq", 3),
        ("chongqing", 3),
        ("yh", 4),
        ("yinhang", 4),
        ("cc", 5),
        ("changchun", 5),
    ] {
        assert!(finds(&ix, q, d), "{q}");
    }
}

#[test]
fn ascii_letters_match_themselves_case_insensitively() {
    let ix = NameIndex::build(&corpus());
    let hits = search_once(&ix, "pem", 10);
    assert_eq!(hits[0].doc, 6);
    assert_eq!(hits[0].positions, vec![0, 1, 2]);
}

#[test]
fn exact_and_prefix_name_matches_rank_first() {
    let docs = vec![
        doc("新型包头稀土提纯", "某公司", None),
        doc("包头稀土", "某公司", None),
        doc("包装头部稀有土壤", "某公司", None),
        doc("包头稀土永磁", "某公司", None),
    ];
    let ix = NameIndex::build(&docs);
    let order = docs_of(&search_once(&ix, "包头稀土", 10));
    assert_eq!(order[..3], [1, 3, 0]);
    let order = docs_of(&search_once(&ix, "btxt", 10));
    assert_eq!(order[..3], [1, 3, 0]);
}

#[test]
fn name_outranks_issuer_at_equal_quality() {
    let docs = vec![
        doc("其他项目", "包头稀土", None),
        doc("包头稀土", "其他单位", None),
    ];
    let ix = NameIndex::build(&docs);
    let hits = search_once(&ix, "baotouxitu", 10);
    assert_eq!(docs_of(&hits), vec![1, 0]);
    assert_eq!(hits[0].field, NameField::Name);
    assert_eq!(hits[1].field, NameField::Issuer);
}

#[test]
fn a_document_is_reported_once_with_its_best_field() {
    let ix = NameIndex::build(&corpus());
    let hits = search_once(&ix, "包头储能", 10);
    assert_eq!(docs_of(&hits), vec![7]);
    assert_eq!(hits[0].field, NameField::Taker);
    assert_eq!(hits[0].positions, vec![0, 1, 2, 3]);
}

#[test]
fn typing_narrows_and_backspace_equals_a_fresh_search() {
    let ix = NameIndex::build(&corpus());
    let mut s = Searcher::new();
    let typed = "baotouxt";
    let mut previous: Option<Vec<usize>> = None;
    for end in 1..=typed.len() {
        let q = &typed[..end];
        let hits = s.search(&ix, q);
        assert_eq!(hits, search_once(&ix, q, usize::MAX), "{q}");
        let mut now = docs_of(&hits);
        now.sort();
        if let Some(prev) = &previous {
            assert!(now.iter().all(|d| prev.contains(d)), "{q} widened");
        }
        previous = Some(now);
    }
    for end in (1..typed.len()).rev() {
        let q = &typed[..end];
        assert_eq!(
            s.search(&ix, q),
            search_once(&ix, q, usize::MAX),
            "back to {q}"
        );
    }
    // Editing in the middle, and switching to a rebuilt index, are fresh searches too.
    assert_eq!(s.search(&ix, "bxt"), search_once(&ix, "bxt", usize::MAX));
    let ix2 = NameIndex::build(&corpus()[..2]);
    assert_eq!(s.search(&ix2, "bxt"), search_once(&ix2, "bxt", usize::MAX));
}

#[test]
fn empty_query_lists_every_document_and_nonsense_lists_none() {
    let ix = NameIndex::build(&corpus());
    assert_eq!(search_once(&ix, " ", 100).len(), 8);
    assert!(search_once(&ix, "qqqqqq", 100).is_empty());
    assert!(search_once(&ix, "稀土包头", 100).is_empty());
}

#[test]
fn rare_readings_do_not_match() {
    let ix = NameIndex::build(&[doc("氢能", "x", None), doc("包头", "x", None)]);
    assert!(!finds(&ix, "qingnai", 0));
    assert!(!finds(&ix, "paotou", 1));
}

#[test]
fn index_counts_documents_and_distinct_names() {
    let docs = vec![doc("甲", "同一单位", None), doc("乙", "同一单位", None)];
    let ix = NameIndex::build(&docs);
    assert_eq!(ix.len(), 2);
    assert_eq!(ix.name_count(), 3);
    let hits = search_once(&ix, "同一", 10);
    assert_eq!(docs_of(&hits), vec![0, 1]);
}

/// A first keystroke that matches most of a large store ranks the names that start with
/// it first and still counts every match.
#[test]
fn broad_queries_rank_prefix_matches_first_and_count_everything() {
    let mut docs: Vec<CaseSummary> = (0..12_000)
        .map(|i| {
            doc(
                &format!("第{i}号储能电站热管理"),
                "某某储能科技有限公司",
                None,
            )
        })
        .collect();
    docs.push(doc("长沙储能电池回收", "湖南某公司", None));
    let index = NameIndex::build(&docs);
    let (hits, total) = Searcher::new().search_top(&index, "c", 50);
    assert_eq!(total, docs.len(), "every name has a c-reading character");
    assert_eq!(hits.len(), 50);
    assert_eq!(
        hits[0].doc, 12_000,
        "the name starting with 长 (chang) ranks first"
    );
    // The same query unbounded still returns every match.
    assert_eq!(Searcher::new().search(&index, "c").len(), docs.len());
}
