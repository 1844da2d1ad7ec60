use serde::Serialize;
use serde_json::{Value, json};

use super::to_canonical;
use crate::store::audit::canonical;

/// The old road: a `Value` first, then its canonical text.
fn through_value<T: Serialize>(x: &T) -> Vec<u8> {
    let mut out = Vec::new();
    canonical(&serde_json::to_value(x).unwrap(), &mut out);
    out
}

fn same<T: Serialize>(x: &T) {
    let direct = to_canonical(x).expect("representable");
    assert_eq!(
        String::from_utf8_lossy(&direct),
        String::from_utf8_lossy(&through_value(x))
    );
}

#[derive(Serialize)]
enum Shape {
    Unit,
    New(u8),
    Tuple(i32, String),
    Named { z: Option<f32>, a: Vec<u8> },
}

#[derive(Serialize)]
struct Odd<'a> {
    zeta: f32,
    alpha: f64,
    mid: (u8, char),
    #[serde(skip_serializing_if = "Option::is_none")]
    gone: Option<u8>,
    none: Option<u8>,
    unit: (),
    shapes: Vec<Shape>,
    bytes: &'a [u8],
    keys: std::collections::BTreeMap<u32, &'a str>,
    big: i128,
}

#[test]
fn any_value_is_written_as_its_value_tree_would_be() {
    same(
        &json!({"b": [1, -2, 2.5, 1e300, null, true], "a": {"é": "\"\\\n\u{1b}\u{7f}", "A": {}},
                "": [[], {}], "c": "稀土 \u{202e}"}),
    );
    same(&Odd {
        zeta: 0.1,
        alpha: f64::NAN,
        mid: (7, '包'),
        gone: None,
        none: None,
        unit: (),
        shapes: vec![
            Shape::Unit,
            Shape::New(3),
            Shape::Tuple(-1, "x".into()),
            Shape::Named {
                z: Some(f32::INFINITY),
                a: vec![1, 2],
            },
        ],
        bytes: b"ab",
        keys: [(10, "十"), (2, "二")].into_iter().collect(),
        big: -5,
    });
}

#[test]
fn what_a_value_tree_would_change_is_refused() {
    let float_keys: Vec<(f64, u8)> = vec![(1.5, 1)];
    #[derive(Serialize)]
    struct M(#[serde(serialize_with = "as_map")] Vec<(f64, u8)>);
    fn as_map<S: serde::Serializer>(v: &[(f64, u8)], s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(v.iter().map(|(k, x)| (k, x)))
    }
    assert!(to_canonical(&M(float_keys)).is_none());
    let twice = [("k", 1), ("k", 2)];
    #[derive(Serialize)]
    struct D(#[serde(serialize_with = "dup")] [(&'static str, i32); 2]);
    fn dup<S: serde::Serializer>(v: &[(&str, i32); 2], s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(v.iter().map(|(k, x)| (k, x)))
    }
    assert!(to_canonical(&D(twice)).is_none());
    assert!(to_canonical(&(u128::MAX,)).is_none());
    assert_eq!(to_canonical(&Value::Null).unwrap(), b"null");
}

#[test]
fn every_demo_and_generated_case_is_written_as_its_value_tree_would_be() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    let demo = crate::io::demo::demo_cases(today).unwrap();
    assert!(!demo.is_empty());
    for case in demo
        .iter()
        .chain(&crate::io::generate::generate(300, 7, today))
    {
        same(case);
    }
}
