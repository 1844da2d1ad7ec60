use serde::Deserialize;

use super::*;
use crate::app::ui::text::is_ambiguous;
use crate::io::inert::is_unsafe;

const HOSTILE: &str = "\u{202e}\u{2066}\u{200b}\u{feff}\x1b[31m\u{9b}“—”\r\n\t";

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default()
}

/// Every case the demo and the generator make: every field they fill, records and notes.
fn sample_cases() -> Vec<Case> {
    let mut cases = crate::io::demo::demo_cases(today()).unwrap_or_default();
    assert!(!cases.is_empty(), "the demo loads");
    cases.extend(crate::io::generate::generate(13, 7, today()));
    cases
}

/// The JSON pointer of every string leaf of `v`.
fn string_leaves(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::String(_) => out.push(at),
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                string_leaves(x, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, x) in map {
                string_leaves(x, format!("{at}/{k}"), out);
            }
        }
        _ => {}
    }
}

/// `case` with hostile text appended to every string that still reads back into its field
/// (free text; an enum or a date refuses it), and the pointers of those strings.
fn poisoned(case: &Case) -> (Case, Vec<String>) {
    let mut value = serde_json::to_value(case).expect("a case serialises");
    let mut leaves = Vec::new();
    string_leaves(&value, String::new(), &mut leaves);
    let mut texts = Vec::new();
    for at in leaves {
        let mut trial = value.clone();
        if let Some(Value::String(s)) = trial.pointer_mut(&at) {
            s.push_str(HOSTILE);
        }
        if serde_json::from_value::<Case>(trial.clone()).is_ok() {
            value = trial;
            texts.push(at);
        }
    }
    (serde_json::from_value(value).expect("reads back"), texts)
}

fn assert_inert(v: &Value) {
    let mut leaves = Vec::new();
    string_leaves(v, String::new(), &mut leaves);
    for at in leaves {
        let Some(Value::String(s)) = v.pointer(&at) else {
            continue;
        };
        assert!(
            !s.chars()
                .any(|c| (is_unsafe(c) && c != '\n') || is_ambiguous(c)),
            "{at}: {s:?}"
        );
    }
}

#[test]
fn every_string_of_a_hostile_case_comes_out_inert() {
    let mut covered = std::collections::BTreeSet::new();
    for case in sample_cases() {
        let (hostile, texts) = poisoned(&case);
        let loaded = LoadedCase::new(hostile.clone()).expect("shown");
        assert_eq!(*loaded, hostile, "the raw case is kept as stored");
        let shown = serde_json::to_value(loaded.shown().view()).expect("serialises");
        assert_inert(&shown);
        // The one-line form spells the line break out; the lines form keeps it.
        let line = loaded.shown().text(|c| &c.achievement.name);
        assert!(line.ends_with("\"--\"\\n\\t"), "{line}");
        let lines = loaded.shown().lines(|c| &c.achievement.name);
        assert!(lines.ends_with("\"--\"\n\\t"), "{:?}", lines.as_str());
        for at in &texts {
            let Some(Value::String(s)) = shown.pointer(at) else {
                panic!("{at} kept its place");
            };
            assert!(
                s.contains("\\u{202e}\\u{2066}\\u{200b}\\u{feff}\\u{1b}[31m"),
                "{at}"
            );
            assert!(s.ends_with("\"--\"\n\\t"), "{at}: {s:?}");
            covered.insert(at.split('/').nth(1).unwrap_or_default().to_string());
        }
    }
    for part in [
        "achievement",
        "issuer",
        "takers",
        "tranches",
        "notes",
        "reviews",
        "publicity",
        "midterm",
        "acceptance",
    ] {
        assert!(
            covered.contains(part),
            "no hostile text reached {part}: {covered:?}"
        );
    }
}

#[test]
fn a_field_added_later_is_covered_without_being_named() {
    // A record with a field nobody listed, nested in an option and a list.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Later {
        name: String,
        added: Option<Vec<Inner>>,
    }
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Inner {
        remark: String,
        amount: i64,
    }
    let later = Later {
        name: "甲\u{202e}乙".into(),
        added: Some(vec![Inner {
            remark: "丙\u{200b}丁\n戊\x1b]52;c;x\x07".into(),
            amount: 5,
        }]),
    };
    let shown = sanitized(&later).expect("reads back");
    assert_eq!(shown.name, "甲\\u{202e}乙");
    let added = shown.added.as_deref().unwrap_or_default();
    assert_eq!(added[0].remark, "丙\\u{200b}丁\n戊\\u{1b}]52;c;x\\u{7}");
    assert_eq!(added[0].amount, 5);
}

#[test]
fn clean_text_is_shown_as_stored() {
    let case = crate::domain::rules::fixtures::breakthrough();
    let shown = ShownCase::new(&case).expect("shown");
    assert_eq!(shown.view(), &case);
    assert_eq!(
        shown.text(|c| &c.achievement.name).as_str(),
        case.achievement.name
    );
}

/// The cost of making a case shown: `cargo test --lib shown_case_cost -- --ignored
/// --nocapture`.
#[test]
#[ignore = "a measurement, not a check"]
fn shown_case_cost() {
    let cases = sample_cases();
    let size = |c: &Case| serde_json::to_string(c).map_or(0, |s| s.len());
    let mut by_size: Vec<&Case> = cases.iter().collect();
    by_size.sort_by_key(|c| size(c));
    let median = by_size[by_size.len() / 2].clone();
    let normal = by_size.last().copied().cloned().expect("cases");
    let mut big = normal.clone();
    for i in 0..20 {
        let note = cases.iter().find_map(|c| c.notes.first());
        let mut n = note.cloned().expect("a note");
        n.text = format!("{i}{}", "包头稀土研究院钕铁硼晶界扩散。".repeat(70));
        big.notes.push(n);
    }
    big.achievement.description = format!("{}\u{202e}", "掺氢长输管道".repeat(500));
    let mut hostile = normal.clone();
    hostile.achievement.name.push('\u{202e}');
    let cases = [
        ("median demo/generated case", &median),
        ("largest demo/generated case", &normal),
        ("the same, its name hostile", &hostile),
        ("big case", &big),
    ];
    for (what, case) in cases {
        let bytes = serde_json::to_string(case).map_or(0, |s| s.len());
        let runs = 200;
        let start = std::time::Instant::now();
        for _ in 0..runs {
            std::hint::black_box(ShownCase::new(std::hint::black_box(case)).ok());
        }
        let each = start.elapsed() / runs;
        println!("{what}: {bytes} bytes of JSON, {each:?} each");
    }
}
