//! The command-line contract (CONTRACT.md): every command and its exit codes, run against
//! the real binary on temporary stores.

mod support;

use jiebang::domain::*;
use support::common::*;

#[test]
fn init_creates_a_private_store() {
    let env = Env::new();
    let (code, out, _) = env.run(&["init"]);
    assert_eq!(code, 0);
    assert!(out.contains(env.db.to_str().unwrap()));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn commands_on_a_missing_store_say_so() {
    let env = Env::new();
    let (code, _, err) = env.run(&["list"]);
    assert_ne!(code, 0);
    assert!(
        err.contains("jiebang init") || err.contains(env.db.to_str().unwrap()),
        "{err}"
    );
    assert!(!env.db.exists(), "a read command must not create the store");
}

#[test]
fn demo_lists_finds_and_shows() {
    let env = Env::new();
    assert_eq!(env.run(&["demo"]).0, 0);
    let (code, out, _) = env.run(&["list", "--format", "json"]);
    assert_eq!(code, 0);
    let cases: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert!(cases.len() >= 80, "demo has {} cases", cases.len());
    for key in [
        "id",
        "kind",
        "field",
        "stage",
        "achievement",
        "issuer",
        "takers",
        "amounts",
        "rev",
        "updated_at",
    ] {
        assert!(cases[0].get(key).is_some(), "case JSON lacks {key}");
    }
    // Filter by stage: only that stage comes back.
    let (code, out, _) = env.run(&["list", "--filter", "stage:implementing", "--format", "json"]);
    assert_eq!(code, 0);
    let rows: Vec<Case> = serde_json::from_str(&out).unwrap();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|c| c.stage == Stage::Implementing));
    // Chinese labels are accepted wherever an id is.
    let (_, out2, _) = env.run(&["list", "--filter", "stage:项目实施", "--format", "json"]);
    assert_eq!(out, out2);
    // Show: text with history.
    let id = rows[0].id.clone();
    let (code, text, _) = env.run(&["show", &id]);
    assert_eq!(code, 0);
    assert!(text.contains(&id) && text.contains("历史"));
    // Find by a piece of the name, Chinese.
    let name: String = rows[0].achievement.name.chars().take(4).collect();
    let (code, out, _) = env.run(&["find", &name, "--format", "json"]);
    assert_eq!(code, 0);
    let hits: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert!(
        hits.iter().any(|h| h["id"] == id.as_str()),
        "{name} not found: {out}"
    );
    for h in &hits {
        assert!(h.get("score").is_some() && h.get("name").is_some());
    }
}

#[test]
fn list_table_is_aligned_for_chinese() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting), {
        let mut c = case("JB-2026-0002", Stage::Collecting);
        c.achievement.name = "PEM电解低铱催化剂".into();
        c
    }]);
    let (code, out, _) = env.run(&["list"]);
    assert_eq!(code, 0);
    use unicode_width::UnicodeWidthStr;
    let lines: Vec<&str> = out.lines().filter(|l| l.starts_with("JB-")).collect();
    assert_eq!(lines.len(), 2);
    // The stage column starts at the same display column on every row.
    let col = |l: &str| l[..l.find("需求征集").unwrap()].width();
    assert_eq!(col(lines[0]), col(lines[1]));
}

#[test]
fn show_unknown_case_is_exit_4() {
    let env = Env::new();
    env.run(&["init"]);
    let (code, _, err) = env.run(&["show", "JB-2026-9999"]);
    assert_eq!(code, 4);
    assert!(err.contains("JB-2026-9999"));
    assert_eq!(env.run(&["note", "JB-2026-9999", "x"]).0, 4);
    assert_eq!(env.run(&["advance", "JB-2026-9999"]).0, 4);
}

#[test]
fn advance_moves_and_refusals_cite_articles() {
    let env = Env::new();
    let mut incomplete = case("JB-2026-0002", Stage::Validating);
    incomplete.issuer.contact.mobile.clear();
    incomplete.field = None;
    env.import(&[case("JB-2026-0001", Stage::Validating), incomplete]);

    let (code, out, err) = env.run(&["advance", "JB-2026-0001", "--to", "published"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("发布榜单"));
    assert_eq!(env.case("JB-2026-0001").stage, Stage::Published);

    let (code, _, err) = env.run(&["advance", "JB-2026-0002", "--to", "发布榜单"]);
    assert_eq!(code, 3);
    assert!(err.contains("第九条"), "{err}");
    assert!(err.contains("征集函"), "{err}");
    assert_eq!(
        env.case("JB-2026-0002").stage,
        Stage::Validating,
        "refused move wrote nothing"
    );

    // English messages cite the article too.
    let (code, _, err) = env.run(&["--lang", "en", "advance", "JB-2026-0002"]);
    assert_eq!(code, 3);
    assert!(err.contains("Art. 9"), "{err}");
}

#[test]
fn skipping_stages_and_unknown_stages_are_refused() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    let (code, _, _) = env.run(&["advance", "JB-2026-0001", "--to", "implementing"]);
    assert_eq!(code, 3);
    let (code, _, err) = env.run(&["advance", "JB-2026-0001", "--to", "flying"]);
    assert_eq!(code, 2);
    assert!(err.contains("reviewing"), "lists the valid stages: {err}");
    assert_eq!(env.case("JB-2026-0001").stage, Stage::Collecting);
}

#[test]
fn moving_back_needs_a_reason() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Published)]);
    let (code, _, _) = env.run(&["advance", "JB-2026-0001", "--to", "validating"]);
    assert_eq!(code, 2, "back without a reason");
    let (code, _, err) = env.run(&["back", "JB-2026-0001", "--reason", "需补充论证材料"]);
    assert_eq!(code, 0, "{err}");
    let c = env.case("JB-2026-0001");
    assert_eq!(c.stage, Stage::Validating);
    let (_, log, _) = env.run(&["show", "JB-2026-0001"]);
    assert!(log.contains("需补充论证材料"));
}

#[test]
fn stale_revision_is_exit_6_and_overwrites_nothing() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Validating)]);
    let rev = env.case("JB-2026-0001").rev;
    assert_eq!(env.run(&["note", "JB-2026-0001", "第一条备注"]).0, 0);
    let (code, _, err) = env.run(&["advance", "JB-2026-0001", "--rev", &rev.to_string()]);
    assert_eq!(code, 6, "{err}");
    assert_eq!(env.case("JB-2026-0001").stage, Stage::Validating);
}

#[test]
fn notes_are_appended_with_the_os_user() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    assert_eq!(
        env.run(&["note", "JB-2026-0001", "已电话确认资金到位"]).0,
        0
    );
    let c = env.case("JB-2026-0001");
    assert_eq!(c.notes.len(), 1);
    assert_eq!(c.notes[0].text, "已电话确认资金到位");
    assert!(!c.notes[0].author.is_empty());
    assert_eq!(env.run(&["note", "JB-2026-0001", "  "]).0, 2);
}

#[test]
fn malformed_import_is_exit_2_and_writes_nothing() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    let before = env.run(&["export"]).1;
    for (name, bytes) in [
        ("broken.json", &b"[{\"id\": \"JB-2026-0005\", "[..]),
        ("notarray.json", &b"{\"hello\": 1}"[..]),
        ("latin.json", &b"[\"\xff\xfe\"]"[..]),
    ] {
        let p = env.write(name, bytes);
        let (code, _, err) = env.run(&["import", p.to_str().unwrap()]);
        assert_eq!(code, 2, "{name}: {err}");
        assert!(!err.is_empty());
    }
    // One bad row among good ones: nothing is written, the row is named.
    let mut bad = case("JB-2026-0003", Stage::Collecting);
    bad.issuer.contact.mobile = "12345".into();
    let p = env.write(
        "mixed.json",
        jiebang::io::json::to_json(&[case("JB-2026-0002", Stage::Collecting), bad]).as_bytes(),
    );
    let (code, _, err) = env.run(&["import", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains('2') && err.contains("mobile"), "{err}");
    assert_eq!(env.run(&["export"]).1, before);
}

#[test]
fn export_import_round_trip_is_exact() {
    let a = Env::new();
    assert_eq!(a.run(&["demo"]).0, 0);
    let (code, exported, _) = a.run(&["export", "--format", "json"]);
    assert_eq!(code, 0);
    let b = Env::new();
    let p = b.write("all.json", exported.as_bytes());
    assert_eq!(b.run(&["import", p.to_str().unwrap(), "--dry-run"]).0, 0);
    assert!(!b.db.exists(), "a dry run creates nothing");
    let (code, _, err) = b.run(&["import", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(b.run(&["export", "--format", "json"]).1, exported);
    // Importing the same ids again is refused as a whole.
    assert_eq!(b.run(&["import", p.to_str().unwrap()]).0, 2);
}

#[test]
fn export_csv_to_a_file() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    let out = env.path("out.csv");
    assert_eq!(
        env.run(&["export", "--format", "csv", "-o", out.to_str().unwrap()])
            .0,
        0
    );
    let text = std::fs::read_to_string(out).unwrap();
    assert_eq!(text.lines().count(), 2);
    assert!(text.contains("JB-2026-0001"));
    assert_eq!(env.run(&["export", "--format", "pdf"]).0, 2);
}

#[test]
fn audit_verify_passes_on_a_working_store() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Validating)]);
    env.run(&["note", "JB-2026-0001", "备注"]);
    env.run(&["advance", "JB-2026-0001"]);
    let (code, out, _) = env.run(&["audit", "verify"]);
    assert_eq!(code, 0);
    assert!(out.contains('3'), "{out}");
}

#[test]
fn garbage_and_directory_stores_are_refused_untouched() {
    let env = Env::new();
    let garbage = env.write(
        "garbage.redb",
        b"this is not a redb file at all, just text\n",
    );
    for path in [garbage.clone(), env.dir.path().to_path_buf()] {
        let before = std::fs::metadata(&path).map(|_| ()).ok();
        let out = env
            .cmd()
            .arg("--db")
            .arg(&path)
            .arg("list")
            .output()
            .unwrap();
        assert_ne!(out.status.code(), Some(0));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{err}");
        assert!(before.is_some());
    }
    assert_eq!(
        file_bytes(&garbage),
        b"this is not a redb file at all, just text\n"
    );
}

#[test]
fn backup_and_restore() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    let bak = env.path("copy.redb");
    assert_eq!(env.run(&["backup", bak.to_str().unwrap()]).0, 0);
    env.run(&["note", "JB-2026-0001", "备份之后"]);
    assert_eq!(env.run(&["restore", bak.to_str().unwrap(), "--yes"]).0, 0);
    assert!(env.case("JB-2026-0001").notes.is_empty());
    let junk = env.write("junk.redb", b"junk");
    assert_ne!(env.run(&["restore", junk.to_str().unwrap(), "--yes"]).0, 0);
    assert_eq!(
        env.case("JB-2026-0001").id,
        "JB-2026-0001",
        "store intact after a refused restore"
    );
}

#[test]
fn two_processes_writing_at_once_lose_nothing() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    let spawn = |tag: &'static str| {
        let db = env.db.clone();
        let cfg = env.dir.path().join("config");
        std::thread::spawn(move || {
            for i in 0..15 {
                let out = assert_cmd::Command::cargo_bin("jiebang")
                    .unwrap()
                    .env("XDG_CONFIG_HOME", &cfg)
                    .args([
                        "--db",
                        db.to_str().unwrap(),
                        "note",
                        "JB-2026-0001",
                        &format!("{tag}-{i}"),
                    ])
                    .output()
                    .unwrap();
                assert_eq!(
                    out.status.code(),
                    Some(0),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        })
    };
    let (a, b) = (spawn("a"), spawn("b"));
    a.join().unwrap();
    b.join().unwrap();
    let notes: Vec<String> = env
        .case("JB-2026-0001")
        .notes
        .into_iter()
        .map(|n| n.text)
        .collect();
    assert_eq!(notes.len(), 30);
    for tag in ["a", "b"] {
        for i in 0..15 {
            assert!(notes.contains(&format!("{tag}-{i}")));
        }
    }
    assert_eq!(env.run(&["audit", "verify"]).0, 0);
}

#[test]
fn tranche_caps_are_enforced_on_the_cli() {
    let env = Env::new();
    let mut c = case("JB-2026-0001", Stage::Implementing);
    c.amounts.rd_investment = Some(Yuan::from_wan(2000));
    c.amounts.issuer_first_payment = Some(date("2026-10-01"));
    env.import(&[c]);
    // 30% of 2000万 = 600万: exactly at the cap is allowed, one yuan more is not.
    assert_eq!(
        env.run(&["tranche", "JB-2026-0001", "--amount", "599.9999"])
            .0,
        0
    );
    let (code, _, err) = env.run(&["tranche", "JB-2026-0001", "--amount", "0.0002"]);
    assert_eq!(code, 3);
    assert!(err.contains("第十一条"), "{err}");
    assert_eq!(
        env.run(&["tranche", "JB-2026-0001", "--amount", "0.0001"])
            .0,
        0
    );
    assert_eq!(env.case("JB-2026-0001").subsidy_paid(), Yuan::from_wan(600));
    assert_eq!(
        env.run(&["tranche", "JB-2026-0001", "--amount", "12.345678"])
            .0,
        2
    );
}

#[test]
fn read_only_refuses_changes() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    let (code, _, err) = env.run(&["--read-only", "note", "JB-2026-0001", "x"]);
    assert_eq!(code, 2, "{err}");
    assert!(env.case("JB-2026-0001").notes.is_empty());
    assert_eq!(env.run(&["--read-only", "list"]).0, 0);
}

#[test]
fn usage_errors_are_exit_2_without_backtrace() {
    let env = Env::new();
    let (code, _, err) = env.run(&["advance"]);
    assert_eq!(code, 2);
    assert!(!err.contains("panicked"));
    assert_eq!(env.run(&["list", "--format", "xml"]).0, 2);
    env.run(&["init"]);
    let (code, _, err) = env.run(&["list", "--filter", "stage:nowhere"]);
    assert_eq!(code, 2);
    assert!(err.contains("nowhere"), "{err}");
}

#[test]
fn bench_reports_every_contract_figure() {
    let env = Env::new();
    let (code, out, err) = env.run(&["bench", "--cases", "300", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["cases"], 300);
    for key in [
        "open_ms",
        "first_frame_ms",
        "search_p50_ms",
        "search_p99_ms",
        "frame_p99_ms",
        "filter_p99_ms",
        "commit_p50_ms",
        "rss_mb",
        "bytes_per_move",
    ] {
        let x = v[key]
            .as_f64()
            .unwrap_or_else(|| panic!("{key} missing: {out}"));
        assert!(x > 0.0, "{key} = {x}");
    }
    assert!(v["bytes_per_move"].as_f64().unwrap() <= 1024.0);
    assert!(!env.db.exists(), "bench works on its own temporary store");
}
