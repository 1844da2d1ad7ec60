//! CONTRACT.md lines that tests/cli.rs does not check yet, run against the real binary:
//! where the store lives, a missing store, bundled data from any directory, config-dir
//! overrides, a dry run on an existing store, find and filter on the command line,
//! one-line errors, and the help text scripts read.

mod support;

use std::path::Path;

use assert_cmd::Command;
use jiebang::domain::*;
use serde_json::Value;
use support::common::*;

/// The binary with no store flag and no store variables: only what each test sets.
fn bare(home: &Path) -> Command {
    let mut c = Command::cargo_bin("jiebang").unwrap();
    c.env("JIEBANG_TODAY", TODAY)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("cfg"))
        .env_remove("JIEBANG_DB")
        .env_remove("XDG_DATA_HOME");
    c
}

fn code_of(c: &mut Command) -> (i32, String, String) {
    let out = c.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(out: &str) -> Vec<Value> {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("not a JSON array ({e}): {out}"))
}

fn ids(cases: &[Value]) -> Vec<String> {
    cases
        .iter()
        .map(|c| c["id"].as_str().unwrap().into())
        .collect()
}

#[test]
fn the_store_is_found_by_flag_then_variable_then_xdg_then_home() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let (xdg, env_db, flag) = (
        dir.path().join("xdg"),
        dir.path().join("env.redb"),
        dir.path().join("flag.redb"),
    );
    let home_db = home.join(".local/share/jiebang/jiebang.redb");
    let xdg_db = xdg.join("jiebang/jiebang.redb");

    assert_eq!(code_of(bare(&home).arg("init")).0, 0);
    assert!(home_db.is_file(), "default under ~/.local/share");

    assert_eq!(
        code_of(bare(&home).env("XDG_DATA_HOME", &xdg).arg("init")).0,
        0
    );
    assert!(xdg_db.is_file(), "$XDG_DATA_HOME beats HOME");

    let with_env = |c: &mut Command| {
        c.env("XDG_DATA_HOME", &xdg).env("JIEBANG_DB", &env_db);
    };
    let mut c = bare(&home);
    with_env(&mut c);
    assert_eq!(code_of(c.arg("init")).0, 0);
    assert!(env_db.is_file(), "$JIEBANG_DB beats $XDG_DATA_HOME");

    let mut c = bare(&home);
    with_env(&mut c);
    let (code, out, _) = code_of(c.args(["init", "--db"]).arg(&flag));
    assert_eq!(code, 0);
    assert!(
        flag.is_file(),
        "--db beats everything, after the command too"
    );
    assert!(
        out.contains(flag.to_str().unwrap()),
        "init names the file: {out}"
    );

    // Reads go to the same place: a case written through $JIEBANG_DB is listed there only.
    let p = dir.path().join("one.json");
    std::fs::write(
        &p,
        jiebang::io::json::to_json(&[case("JB-2026-0001", Stage::Collecting)]),
    )
    .unwrap();
    let mut c = bare(&home);
    with_env(&mut c);
    assert_eq!(code_of(c.arg("import").arg(&p)).0, 0);
    let count = |c: &mut Command| json(&code_of(c.args(["list", "--format", "json"])).1).len();
    let mut c = bare(&home);
    with_env(&mut c);
    assert_eq!(count(&mut c), 1);
    assert_eq!(count(bare(&home).env("XDG_DATA_HOME", &xdg)), 0);
    assert_eq!(count(bare(&home).arg("--db").arg(&env_db)), 1);
}

#[test]
fn a_missing_store_is_not_found_for_reads_and_writes_and_is_not_created() {
    let env = Env::new();
    for args in [
        &["list"][..],
        &["list", "--format", "json"],
        &["show", "JB-2026-0001"],
        &["find", "包头"],
        &["export"],
        &["audit", "verify"],
        &["note", "JB-2026-0001", "备注"],
        &["advance", "JB-2026-0001", "--to", "validating"],
    ] {
        let (code, out, err) = env.run(args);
        assert_eq!(code, 4, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?} printed {out}");
        assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
        assert!(
            err.starts_with("jiebang: ") && err.contains(env.db.to_str().unwrap()),
            "{args:?} names the file: {err}"
        );
        assert!(err.contains("jiebang init"), "says what to do: {err}");
        assert!(!env.db.exists(), "{args:?} created the store");
    }
    // A first write creates it.
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    assert!(env.db.is_file());
}

#[test]
fn bundled_demo_and_holidays_work_from_any_directory() {
    let env = Env::new();
    let run_in_root = |args: &[&str]| code_of(env.cmd().current_dir("/").args(args));
    let (code, _, err) = run_in_root(&["demo"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = run_in_root(&["list", "--format", "json"]);
    assert_eq!(code, 0);
    assert!(json(&out).len() >= 80);
    // Deadlines need the holiday calendar: a due filter works from / as well.
    let (code, out, err) = run_in_root(&["list", "--filter", "due<30d", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(!json(&out).is_empty());
}

#[test]
fn files_in_the_config_dir_override_and_bad_ones_are_bad_input() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    let cfg = env.dir.path().join("config/jiebang");
    std::fs::create_dir_all(&cfg).unwrap();

    std::fs::write(cfg.join("config.toml"), "lang = \"en\"\n").unwrap();
    let (code, out, _) = env.run(&["list"]);
    assert_eq!(code, 0);
    assert!(out.contains("1 of 1"), "config.toml picked English: {out}");
    std::fs::write(cfg.join("config.toml"), "lang = 3\n").unwrap();
    let (code, _, err) = env.run(&["list"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with("jiebang: ") && err.contains("config.toml"),
        "{err}"
    );
    assert!(
        !err.contains("\\n"),
        "detail on its own lines, not escaped: {err}"
    );
    std::fs::remove_file(cfg.join("config.toml")).unwrap();

    // The user's holidays.toml is read instead of the bundled one: a broken one is named.
    let before = file_bytes(&env.db);
    std::fs::write(cfg.join("holidays.toml"), "garbage [[\n").unwrap();
    for args in [&["list"][..], &["note", "JB-2026-0001", "x"]] {
        let (code, _, err) = env.run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("holidays.toml"), "{err}");
        assert!(!err.contains("panicked"));
    }
    assert_eq!(file_bytes(&env.db), before, "nothing written");
}

#[test]
fn a_dry_run_leaves_an_existing_store_byte_for_byte() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    let before = file_bytes(&env.db);
    let p = env.write(
        "more.json",
        jiebang::io::json::to_json(&[case("JB-2026-0002", Stage::Collecting)]).as_bytes(),
    );
    let (code, out, err) = env.run(&["import", p.to_str().unwrap(), "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains('1'), "{out}");
    assert_eq!(file_bytes(&env.db), before);
    // A duplicate found by the dry run is refused the same way, still writing nothing.
    let dup = env.write(
        "dup.json",
        jiebang::io::json::to_json(&[case("JB-2026-0001", Stage::Collecting)]).as_bytes(),
    );
    assert_eq!(
        env.run(&["import", dup.to_str().unwrap(), "--dry-run"]).0,
        2
    );
    assert_eq!(file_bytes(&env.db), before);
}

#[test]
fn find_is_best_first_and_takes_pinyin() {
    let env = Env::new();
    assert_eq!(env.run(&["demo"]).0, 0);
    for q in ["btxt", "baotou", "包头"] {
        let (code, out, err) = env.run(&["find", q, "--limit", "5", "--format", "json"]);
        assert_eq!(code, 0, "{err}");
        let hits = json(&out);
        assert!(!hits.is_empty() && hits.len() <= 5, "{q}: {out}");
        let scores: Vec<i64> = hits.iter().map(|h| h["score"].as_i64().unwrap()).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{q}: {scores:?}");
        let top = format!("{}{}", hits[0]["name"], hits[0]["issuer"]);
        assert!(top.contains("包头"), "{q} → {top}");
    }
    let (code, out, _) = env.run(&["find", "zzqqxxnothing", "--format", "json"]);
    assert_eq!((code, json(&out).len()), (0, 0));
}

#[test]
fn every_filter_term_of_the_contract_works_on_the_command_line() {
    let env = Env::new();
    assert_eq!(env.run(&["demo"]).0, 0);
    let list = |q: &str| {
        let (code, out, err) = env.run(&["list", "--filter", q, "--format", "json"]);
        assert_eq!(code, 0, "{q}: {err}");
        json(&out)
    };
    let all = list("");
    let count = |pred: &dyn Fn(&Value) -> bool| all.iter().filter(|c| pred(c)).count();

    let baotou = list("region:包头");
    assert!(!baotou.is_empty());
    assert_eq!(
        baotou.len(),
        count(&|c| c["issuer"]["region"].as_str().unwrap().contains("包头"))
    );

    let open = list("-stage:completed");
    assert_eq!(
        open.len(),
        count(&|c| c["stage"] != "completed"),
        "a negated term is taken as a filter, not an option"
    );
    assert!(open.len() < all.len());
    assert_eq!(ids(&list("-stage:completed")), ids(&list("-stage:结项")));

    let none = list("taker:none");
    assert!(!none.is_empty());
    assert!(
        none.iter()
            .all(|c| c["takers"].as_array().unwrap().is_empty())
    );

    let big = list("amount>=500万");
    assert!(!big.is_empty());
    for c in &big {
        let key = if c["kind"] == "breakthrough" {
            "rd_investment"
        } else {
            "funds_received"
        };
        let amount = c["amounts"][key]
            .as_i64()
            .or_else(|| c["achievement"]["estimated_investment"].as_i64())
            .unwrap();
        assert!(amount >= 5_000_000, "{}: {amount}", c["id"]);
    }
    assert_eq!(ids(&big), ids(&list("amount>=500")));

    let soon = list("due<30d");
    assert!(!soon.is_empty() && soon.len() < all.len());
    let overdue = ids(&list("overdue"));
    assert!(overdue.iter().all(|id| ids(&soon).contains(id)));

    assert_eq!(ids(&list("field:氢能")), ids(&list("field:hydrogen")));
    assert!(
        list("field:hydrogen")
            .iter()
            .all(|c| c["field"] == "hydrogen")
    );
    assert_eq!(
        ids(&list("kind:成果转化类")),
        ids(&list("kind:transformation"))
    );
    assert_eq!(ids(&list("stage:评审推荐")), ids(&list("stage:reviewing")));

    // Bare words match names, pinyin initials and full pinyin too.
    for word in ["btxt", "baotou"] {
        let hits = list(word);
        assert!(!hits.is_empty(), "{word}");
        assert!(
            hits.iter()
                .any(|c| c["issuer"]["name"].as_str().unwrap().starts_with("包头")),
            "{word}"
        );
    }
    // Terms combine: all must hold.
    let both = ids(&list("region:包头 -stage:completed"));
    assert!(
        both.iter()
            .all(|id| ids(&baotou).contains(id) && ids(&open).contains(id))
    );
    // The export filter takes the same terms.
    let (code, out, _) = env.run(&["export", "--filter", "-stage:completed"]);
    assert_eq!((code, ids(&json(&out))), (0, ids(&open)));
}

#[test]
fn errors_are_one_line_plus_detail_and_never_a_backtrace() {
    let env = Env::new();
    // 发布榜单 needs the contact's mobile number: this move is refused with its rules.
    let mut unready = case("JB-2026-0001", Stage::Validating);
    unready.issuer.contact.mobile.clear();
    env.import(&[unready]);
    let (code, _, err) = code_of(env.cmd().env("RUST_BACKTRACE", "full").args([
        "advance",
        "JB-2026-0001",
        "--to",
        "published",
    ]));
    assert_eq!(code, 3);
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines[0].starts_with("jiebang: "), "{err}");
    assert!(
        lines.len() >= 2 && lines[1..].iter().all(|l| l.starts_with("  ")),
        "{err}"
    );
    for args in [
        &["show", "JB-2026-9999"][..],
        &["list", "--filter", "stage:nowhere"],
        &["import", "/nonexistent/file.json"],
        &["advance", "JB-2026-0001", "--to", "flying"],
    ] {
        let (code, _, err) = code_of(env.cmd().env("RUST_BACKTRACE", "full").args(args));
        assert!(matches!(code, 2 | 4), "{args:?}: {code} {err}");
        assert!(err.starts_with("jiebang: "), "{args:?}: {err}");
        assert!(
            !err.contains("panicked") && !err.contains("backtrace"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn help_has_an_about_line_for_every_command_and_option() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str) {
        let path = format!("{path} {}", cmd.get_name());
        if cmd.get_name() != "jiebang" {
            assert!(cmd.get_about().is_some(), "{path} has no about line");
        }
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            assert!(arg.get_help().is_some(), "{path} {id} has no help text");
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &path);
        }
    }
    walk(&jiebang::cli::Cli::command(), "");

    let env = Env::new();
    let (code, out, _) = env.run(&["--help"]);
    assert_eq!(code, 0);
    for word in ["list", "find", "advance", "import", "bench", "Exit codes"] {
        assert!(out.contains(word), "--help lacks {word}");
    }
    let (code, out, _) = env.run(&["list", "--help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("--filter") && out.contains("Global options"),
        "{out}"
    );
}
