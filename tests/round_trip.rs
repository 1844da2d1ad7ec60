//! A store's own JSON export always comes back in: the shipped demo and generated data
//! (every case at every stage, with its records, plan baseline and flags) are exported,
//! imported into a new store and exported again, byte for byte the same cases.

mod support;

use support::common::*;

fn cases_of(env: &Env, file: &str) -> serde_json::Value {
    let path = env.path(file);
    let (code, _, err) = env.run(&["export", "--format", "json", "-o", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap()
}

#[test]
fn generated_and_demo_stores_round_trip_through_json() {
    for load in [vec!["demo"], vec!["demo", "--count", "400"]] {
        let first = Env::new();
        let (code, _, err) = first.run(&load);
        assert_eq!(code, 0, "{err}");
        let out = first.path("all.json");
        let exported = cases_of(&first, "all.json");

        let second = Env::new();
        let (code, _, err) = second.run(&["import", out.to_str().unwrap()]);
        assert_eq!(code, 0, "{load:?}: a store's own export is refused:\n{err}");
        let again = cases_of(&second, "again.json");
        let ids = |v: &serde_json::Value| -> Vec<String> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|c| c["id"].as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(ids(&again), ids(&exported), "{load:?}");
        let baselines = |v: &serde_json::Value| {
            v.as_array()
                .unwrap()
                .iter()
                .filter(|c| !c["plan_baseline"].is_null())
                .count()
        };
        assert_eq!(baselines(&again), baselines(&exported), "{load:?}");
    }
}
