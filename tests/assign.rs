//! `jiebang assign` and the 经办人 through the real binary: assigning to oneself, to a
//! colleague and to nobody; stale revisions; `list --filter mine`; imports keep the file's
//! officer; `show` names the officer.

mod support;

use jiebang::domain::*;
use support::common::*;

const A: &str = "JB-2026-0001";
const B: &str = "JB-2026-0002";

/// The OS user the binary acts as: the author it records on a note.
fn os_user(env: &Env) -> String {
    env.import(&[case("JB-2026-0099", Stage::Collecting)]);
    assert_eq!(env.run(&["note", "JB-2026-0099", "whoami"]).0, 0);
    env.case("JB-2026-0099").notes[0].author.clone()
}

/// The colleagues these tests assign to, as config.toml lists them (they are not user
/// accounts of the machine running the tests).
fn env() -> Env {
    let env = Env::new();
    let dir = env.path("config/jiebang");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        "officers = [\"someone-else\", \"lisi\", \"wangwu\", \"zhangsan\"]\n",
    )
    .unwrap();
    env
}

fn ids(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn assign_defaults_to_me_and_mine_lists_my_cases() {
    let env = env();
    let me = os_user(&env);
    env.import(&[case(A, Stage::Collecting), case(B, Stage::Collecting)]);

    let (code, out, err) = env.run(&["assign", A]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(A) && out.contains(&me), "{out}");
    assert_eq!(env.case(A).officer, me);

    let (code, _, err) = env.run(&["assign", B, "someone-else"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.case(B).officer, "someone-else");

    let (code, out, err) = env.run(&["list", "--filter", "mine", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(ids(&out), vec![A.to_string()]);
    let (_, out, _) = env.run(&[
        "list",
        "--filter",
        "officer:someone-else",
        "--format",
        "json",
    ]);
    assert_eq!(ids(&out), vec![B.to_string()]);
    let (_, out, _) = env.run(&["list", "--filter", "officer:none", "--format", "json"]);
    assert_eq!(ids(&out), vec!["JB-2026-0099".to_string()]);

    // JSON always carries the officer, assigned or not.
    let (_, out, _) = env.run(&["list", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let officers: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["officer"].as_str().unwrap())
        .collect();
    assert_eq!(officers, vec![me.as_str(), "someone-else", ""]);

    // The text of `show` names the officer.
    let (_, out, _) = env.run(&["show", B]);
    assert!(out.contains("经办人: someone-else"), "{out}");
    let (_, out, _) = env.run(&["show", "JB-2026-0099"]);
    assert!(out.contains("经办人: 未分配"), "{out}");
}

#[test]
fn none_unassigns_and_the_history_says_who_had_it() {
    let env = env();
    env.import(&[case(A, Stage::Collecting)]);
    assert_eq!(env.run(&["assign", A, "lisi"]).0, 0);
    let (code, out, err) = env.run(&["assign", A, "--none"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(A), "{out}");
    assert_eq!(env.case(A).officer, "");
    let (_, log, _) = env.run(&["audit", "log", A, "--format", "json"]);
    let events: serde_json::Value = serde_json::from_str(&log).unwrap();
    let notes: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "assign")
        .map(|e| e["note"].as_str().unwrap())
        .collect();
    assert_eq!(notes, vec![" -> lisi", "lisi -> "]);
    assert_eq!(env.run(&["audit", "verify"]).0, 0);
}

#[test]
fn stale_revision_is_exit_6_and_bad_names_exit_2() {
    let env = env();
    env.import(&[case(A, Stage::Collecting)]);
    let rev = env.case(A).rev;
    assert_eq!(
        env.run(&["assign", A, "lisi", "--rev", &rev.to_string()]).0,
        0
    );
    let (code, _, err) = env.run(&["assign", A, "wangwu", "--rev", &rev.to_string()]);
    assert_eq!(code, 6, "{err}");
    assert_eq!(env.case(A).officer, "lisi");

    for bad in ["zhang\u{1b}[31m", ""] {
        let (code, _, err) = env.run(&["assign", A, bad]);
        assert_eq!(code, 2, "{bad:?}: {err}");
        assert!(!err.contains('\u{1b}'), "{err}");
    }
    assert_eq!(env.run(&["assign", A, "lisi", "--none"]).0, 2);
    assert_eq!(env.run(&["assign", "JB-2026-0404"]).0, 4);
    assert_eq!(env.case(A).officer, "lisi");
}

#[test]
fn import_keeps_the_officer_of_the_file_and_old_files_load_unassigned() {
    let env = env();
    let mut a = case(A, Stage::Collecting);
    a.officer = "zhaoliu".into();
    env.import(&[a]);
    assert_eq!(env.case(A).officer, "zhaoliu");

    // A file written before officers existed has no `officer` key at all.
    let mut v = serde_json::to_value(vec![case(B, Stage::Collecting)]).unwrap();
    v[0].as_object_mut().unwrap().remove("officer");
    let p = env.write("old.json", v.to_string().as_bytes());
    let (code, _, err) = env.run(&["import", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.case(B).officer, "");
}

#[test]
fn the_csv_export_ends_with_the_officer() {
    let env = env();
    env.import(&[case(A, Stage::Collecting)]);
    assert_eq!(env.run(&["assign", A, "zhangsan"]).0, 0);
    let (code, out, err) = env.run(&["export", "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    assert!(lines.next().unwrap().ends_with(",经办人"), "{out}");
    assert!(lines.next().unwrap().ends_with(",zhangsan"), "{out}");
}

#[test]
fn the_demo_gives_whoever_runs_it_cases_of_their_own() {
    let env = env();
    assert_eq!(env.run(&["demo"]).0, 0);
    let (code, mine, err) = env.run(&["list", "--filter", "mine", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let (_, all, _) = env.run(&["list", "--format", "json"]);
    let (mine, all) = (ids(&mine).len(), ids(&all).len());
    assert!(mine > 0 && mine < all, "mine {mine} of {all}");
}

#[test]
fn an_unknown_officer_is_refused_with_the_known_ones() {
    let env = env();
    env.import(&[case(A, Stage::Collecting)]);
    let (code, _, err) = env.run(&["--lang", "en", "assign", A, "zhangsna"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("zhangsna") && err.contains("lisi, someone-else, wangwu, zhangsan"),
        "{err}"
    );
    assert_eq!(env.case(A).officer, "");
    // Without a list, the system's user accounts are the officers.
    let plain = Env::new();
    plain.import(&[case(A, Stage::Collecting)]);
    let (code, _, err) = plain.run(&["--lang", "en", "assign", A, "no-such-user-jb"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("no such user") || err.contains("no user no-such-user-jb"),
        "{err}"
    );
    assert_eq!(
        plain.run(&["assign", A, "root"]).0,
        0,
        "root exists everywhere"
    );
}
