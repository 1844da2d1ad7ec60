//! On the command line: `show` keeps a value's line breaks, and its history
//! (like `audit log`) reads with labels, 万元 and 是/否, as the TUI's does.

mod support;

use support::common::*;

fn first_id(env: &Env) -> String {
    let (code, out, _) = env.run(&["list", "--format", "json"]);
    assert_eq!(code, 0);
    let cases: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    cases[0]["id"].as_str().unwrap().to_string()
}

#[test]
fn show_keeps_line_breaks_and_reads_its_history() {
    let env = Env::new();
    assert_eq!(env.run(&["demo"]).0, 0);
    let id = first_id(&env);
    let (code, _, err) = env.run(&[
        "set",
        &id,
        "issuer.address=包头市昆区\n钢铁大街1号",
        "acceptance.benefit=12000万",
        "acceptance.benefit_verified=true",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = env.run(&["show", &id]);
    assert_eq!(code, 0);
    assert!(!out.contains("\\n"), "{out}");
    let at = out.find("包头市昆区\n").expect(&out);
    assert!(out[at..].contains("\n    钢铁大街1号"), "{out}");
    for want in ["12000 万元", "否 -> 是", "经济效益已认定"] {
        assert!(out.contains(want), "{want} missing:\n{out}");
    }
    for raw in ["acceptance.benefit", "120000000"] {
        assert!(!out.contains(raw), "{raw} shown:\n{out}");
    }
    let (code, log, _) = env.run(&["audit", "log", &id]);
    assert_eq!(code, 0);
    assert!(log.contains("12000 万元"), "{log}");
}
