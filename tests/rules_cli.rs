//! `jiebang rules` lists every rule with its true source, and `terminate` records what
//! 第十五条 asks, through the real binary on a temporary store.

mod support;

use jiebang::domain::*;
use support::common::*;

#[test]
fn rules_lists_every_rule_with_its_source_and_setting() {
    let env = Env::new();
    let (code, out, err) = env.run(&["rules", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let list: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert!(list.len() >= 40, "{}", list.len());
    let rule = |id: &str| {
        list.iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id} listed"))
            .clone()
    };
    // Articles that say what the rule enforces.
    assert_eq!(rule("blacklist")["cites"], "第十四条");
    assert_eq!(
        rule("not_same_unit_breakthrough")["cites"],
        "第四条、第六条"
    );
    assert_eq!(rule("signing_order")["cites"], "第九条(七)");
    assert_eq!(
        rule("subsidy_cap")["settings"]["cap_breakthrough"],
        "10000000"
    );
    // What the measures leave to the department is 本厅规定 with its setting, never an article.
    for (id, key, value) in [
        ("panel_size", "records.min_experts", "3"),
        ("pass_mark", "records.pass_score", "60"),
        ("midterm", "midterm_min_subsidy", "5000000"),
        ("extension_count", "max_extensions", "1"),
        ("extension_length", "max_extension_months", "12"),
    ] {
        let r = rule(id);
        assert_eq!(r["source"], "policy", "{id}");
        assert!(r["cites"].as_str().unwrap().starts_with("本厅规定"), "{id}");
        assert_eq!(r["settings"][key], value, "{id}");
    }
    assert_eq!(rule("region_code")["warning"], true);

    // A setting changed in config.toml shows in the list.
    let cfg = env.path("config").join("jiebang");
    std::fs::create_dir_all(&cfg).unwrap();
    std::fs::write(cfg.join("config.toml"), "[rules]\nmax_extensions = 2\n").unwrap();
    let (_, out, _) = env.run(&["rules", "--format", "json"]);
    assert!(out.contains("\"max_extensions\": \"2\""), "{out}");

    let (code, text, _) = env.run(&["rules"]);
    assert_eq!(code, 0);
    assert!(text.contains("本厅规定(延期次数上限 2 次)") && text.contains("第十五条"));
    let (code, en, _) = env.run(&["--lang", "en", "rules"]);
    assert_eq!(code, 0);
    assert!(en.contains("Dept. policy (maximum extensions 2)") && en.contains("Art. 15"));
    assert_eq!(env.run(&["rules", "--format", "xml"]).0, 2);
}

#[test]
fn terminate_records_agreement_approval_audit_and_recovers_at_most_what_was_paid() {
    let env = Env::new();
    // A demo case in implementation with 500万 of pre-funding paid.
    assert_eq!(env.run(&["demo"]).0, 0);
    let id = "JB-2022-0002";
    assert_eq!(env.case(id).subsidy_paid(), Yuan::from_wan(500));
    let base = [
        "terminate",
        id,
        "--reason",
        "不可抗力",
        "--date",
        "2026-11-10",
    ];
    let run = |extra: &[&str]| {
        let mut args: Vec<&str> = base.to_vec();
        args.extend_from_slice(extra);
        env.run(&args)
    };
    let (code, _, err) = run(&["--recovered", "2000"]);
    assert_eq!(code, 3, "{err}");
    for text in ["一致意见", "审核同意", "专项审计", "2000", "500"] {
        assert!(err.contains(text), "{text}: {err}");
    }
    assert_eq!(env.case(id).stage, Stage::Implementing, "nothing written");

    let (code, out, err) = run(&[
        "--recovered",
        "120",
        "--agreed",
        "--approved",
        "--audit-date",
        "2026-11-20",
        "--audit-conclusion",
        "剩余资金 120 万元应予收回",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("终止"), "{out}");
    let c = env.case(id);
    let t = c.termination.clone().unwrap();
    assert!(t.both_agreed && t.approved);
    assert_eq!(t.audit_date, Some(date("2026-11-20")));
    assert_eq!(t.recovered, Some(Yuan::from_wan(120)));
    let (_, shown, _) = env.run(&["show", id]);
    assert!(
        shown.contains("[终止]") && shown.contains("剩余资金 120 万元应予收回"),
        "{shown}"
    );
}
