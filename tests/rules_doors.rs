//! Rules as invariants at every door: each rule is broken once through each door that can
//! break it — the CLI's `set` and event commands, JSON import, the form's save on a real
//! `Session`, and the TUI's forms driven by keys over that session — and every door gives
//! the same refusal, citing the same article, and writes nothing. Then the breaches that
//! are stored on purpose: `import --allow-breaches`, their flags, the `breach` filter, the
//! marker, the [违规/待核] section, and the write that clears them.

mod support;
mod tui_common;

use chrono::{Months, NaiveDate};
use jiebang::app::Session;
use jiebang::app::rule_doors::case_breaches;
use jiebang::app::ui::state::Screen;
use jiebang::domain::{Case, Kind, Stage, Tranche, TrancheKind, Yuan};
use jiebang::i18n::Lang;
use support::common::Env;
use tui_common::live::Live;

/// One way of breaking a rule: the `set` assignments that do it, and the same change on a
/// case (for import and the form's save).
struct Breaker {
    name: &'static str,
    article: &'static str,
    set: fn(&Case, &Session) -> Vec<(String, String)>,
}

fn end_in_ten_years(c: &Case) -> NaiveDate {
    c.plan.start.unwrap() + Months::new(120)
}

fn huge_tranches(c: &Case) -> Vec<Tranche> {
    let mut list = c.tranches.clone();
    list.push(Tranche {
        amount: Yuan(500_000_000),
        date: c.tranches.last().map(|t| t.date).unwrap(),
        kind: TrancheKind::PreFunding,
        ..Tranche::default()
    });
    list
}

const BREAKERS: &[Breaker] = &[
    Breaker {
        name: "duration over 3 years",
        article: "第十五条",
        set: |c, _| vec![("plan.end".into(), end_in_ten_years(c).to_string())],
    },
    Breaker {
        name: "pre-funding over its cap",
        article: "第十一条",
        set: |c, _| {
            let json = serde_json::to_string(&huge_tranches(c)).unwrap();
            vec![("tranches".into(), json)]
        },
    },
    Breaker {
        name: "R&D investment lowered under what was paid",
        article: "第十一条",
        set: |_, _| vec![("amounts.rd_investment".into(), "1万".into())],
    },
    Breaker {
        name: "agreement date removed during implementation",
        article: "第九条(七)",
        set: |_, _| vec![("plan.agreement_signed".into(), String::new())],
    },
    Breaker {
        name: "issuer on the integrity blacklist",
        article: "第十四条",
        set: |_, s| {
            let e = &s.blacklist().entries[0];
            vec![
                ("issuer.name".into(), e.name.clone()),
                ("issuer.credit_code".into(), e.credit_code.clone()),
            ]
        },
    },
];

/// Applies `set`-style assignments to a case through its JSON, as an officer's file would
/// carry them.
fn applied(case: &Case, set: &[(String, String)]) -> Case {
    let mut v = serde_json::to_value(case).unwrap();
    for (path, raw) in set {
        let mut slot = &mut v;
        for part in path.split('.') {
            slot = slot.get_mut(part).unwrap();
        }
        *slot = match path.as_str() {
            "tranches" => serde_json::from_str(raw).unwrap(),
            "amounts.rd_investment" => serde_json::json!(Yuan::parse_wan(raw).unwrap().0),
            _ if raw.is_empty() && path.starts_with("plan.") => serde_json::Value::Null,
            _ => serde_json::json!(raw),
        };
    }
    serde_json::from_value(v).unwrap()
}

/// A demo case in implementation that breaks no rule: 技术攻关类, ordinary (not 一事一议)
/// tranches already paid.
fn clean_case(s: &Session) -> Case {
    s.store()
        .cases()
        .unwrap()
        .into_iter()
        .find(|c| {
            c.stage == Stage::Implementing
                && c.kind == Kind::Breakthrough
                && c.breaches.is_empty()
                && !c.tranches.is_empty()
                && c.tranches.iter().all(|t| !t.special)
                && c.amounts.rd_investment.is_some()
                && case_breaches(c, &s.rule_ctx()).is_empty()
        })
        .expect("the demo has a clean implementing 技术攻关 case with tranches")
}

fn articles(e: &jiebang::app::OpError) -> Vec<String> {
    e.unmet()
        .iter()
        .map(|u| u.rule.article().label(Lang::Zh).to_string())
        .collect()
}

#[test]
fn each_rule_is_refused_alike_by_set_import_and_the_forms_save() {
    let ui = Live::demo();
    let s = &ui.session;
    let clean = clean_case(s);
    let env = Env::new();
    assert_eq!(env.run(&["demo"]).0, 0);
    let mut doors_per_rule = Vec::new();
    for b in BREAKERS {
        let set = (b.set)(&clean, s);
        let mut doors = 0;

        // The form's save (`e`, `:dates` and every case form end in `save_case`).
        let edited = applied(&clean, &set);
        let err = s.save_case(edited.clone(), clean.rev).unwrap_err();
        assert_eq!(err.exit_code(), 3, "{}: {err}", b.name);
        assert!(
            articles(&err).contains(&b.article.to_string()),
            "{}: {err}",
            b.name
        );
        doors += 1;

        // `set` through the library.
        let err = s.set_fields(&clean.id, &set, None).unwrap_err();
        assert_eq!(err.exit_code(), 3, "{}: {err}", b.name);
        assert!(
            articles(&err).contains(&b.article.to_string()),
            "{}: {err}",
            b.name
        );
        assert_eq!(s.case(&clean.id).unwrap().rev, clean.rev, "{}", b.name);

        // `jiebang set` on the same demo case of a store the CLI made.
        let mut args = vec!["set".to_string(), clean.id.clone()];
        args.extend(set.iter().map(|(p, v)| format!("{p}={v}")));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, _, err) = env.run(&args);
        assert_eq!(code, 3, "{}: {err}", b.name);
        assert!(err.contains(b.article), "{}: {err}", b.name);
        doors += 1;

        // JSON import of the same case under a new id: refused, row and case named.
        let mut imported = edited;
        imported.id = "JB-2026-0999".into();
        let file = env.write(
            "one.json",
            jiebang::io::json::to_json(&[imported]).as_bytes(),
        );
        let (code, _, err) = env.run(&["import", file.to_str().unwrap()]);
        assert_eq!(code, 3, "{}: {err}", b.name);
        assert!(err.contains(b.article), "{}: {err}", b.name);
        assert!(err.contains("JB-2026-0999"), "{}: {err}", b.name);
        assert_eq!(env.run(&["show", "JB-2026-0999"]).0, 4, "{}", b.name);
        doors += 1;
        doors_per_rule.push((b.name, doors));
    }
    // The event command for the subsidy rule says the same as `set`.
    let (code, _, err) = env.run(&["tranche", &clean.id, "--amount", "50000"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("第十一条"), "{err}");
    eprintln!("rules × doors: {doors_per_rule:?} (+ tranche command, + TUI forms)");
}

/// Opens `cmd`'s form on `id`, types `fields`, saves, and returns the form's error lines
/// (the form stays open when refused).
fn form_refusal(ui: &mut Live, id: &str, cmd: &str, fields: &[(&str, String)]) -> Vec<String> {
    ui.select(id);
    ui.keys(cmd);
    assert!(
        matches!(ui.state.screen, Screen::Form(_)),
        "{cmd} opens a form"
    );
    for (path, text) in fields {
        ui.type_into(path, text);
    }
    ui.keys("<C-s>");
    match &ui.state.screen {
        Screen::Form(f) => f.error.clone(),
        other => panic!("{cmd}: saved anyway, now on {other:?}"),
    }
}

/// A rule broken through a TUI form: its article, the keys that open the form, and the
/// fields typed into it.
type FormBreak = (&'static str, &'static str, Vec<(&'static str, String)>);

#[test]
fn the_tuis_forms_refuse_the_same_rules_with_the_same_articles() {
    let ui = Live::demo();
    let clean = clean_case(&ui.session);
    let id = clean.id.clone();
    let entry = ui.session.blacklist().entries[0].clone();
    drop(ui);
    let cases: Vec<FormBreak> = vec![
        (
            "第十五条",
            ":dates<Enter>",
            vec![("plan.end", end_in_ten_years(&clean).to_string())],
        ),
        (
            "第九条(七)",
            ":dates<Enter>",
            vec![("plan.agreement_signed", String::new())],
        ),
        (
            "第十一条",
            ":tranche<Enter>",
            vec![
                ("amount", "50000".into()),
                ("date", clean.tranches[0].date.to_string()),
            ],
        ),
        (
            "第十四条",
            "e",
            vec![
                ("issuer.name", entry.name.clone()),
                ("issuer.credit_code", entry.credit_code.clone()),
            ],
        ),
    ];
    for (article, cmd, fields) in cases {
        // A fresh demo each time: a refused form is left open with its typed work.
        let mut ui = Live::demo();
        let errors = form_refusal(&mut ui, &id, cmd, &fields);
        assert!(
            errors.iter().any(|l| l.starts_with(article)),
            "{cmd} {article}: {errors:?}"
        );
        assert_eq!(ui.session.case(&id).unwrap().rev, clean.rev, "{cmd}");
    }
}

#[test]
fn a_write_that_does_not_worsen_a_breach_is_allowed() {
    let ui = Live::demo();
    let s = &ui.session;
    let clean = clean_case(s);
    let end = end_in_ten_years(&clean).to_string();
    let flagged = applied(&clean, &[("plan.end".into(), end)]);
    let mut past = flagged.clone();
    past.id = "JB-2019-0001".into();
    let json = jiebang::io::json::to_json(&[past]);
    let err = s
        .import(json.as_bytes(), jiebang::app::Format::Json, false, false)
        .unwrap_err();
    assert_eq!(err.exit_code(), 3);
    assert_eq!(
        s.import(json.as_bytes(), jiebang::app::Format::Json, false, true)
            .unwrap(),
        1
    );
    let stored = s.case("JB-2019-0001").unwrap();
    assert_eq!(stored.breaches, vec!["duration_too_long".to_string()]);
    // A note does not worsen it; another breach does.
    s.add_note("JB-2019-0001", "历史项目, 待核").unwrap();
    let err = s
        .set_fields(
            "JB-2019-0001",
            &[("amounts.rd_investment".into(), "1万".into())],
            None,
        )
        .unwrap_err();
    assert_eq!(articles(&err), vec!["第十一条".to_string()]);
}

#[test]
fn breaches_imported_on_purpose_are_flagged_shown_filtered_and_cleared() {
    let env = Env::new();
    assert_eq!(env.run(&["demo"]).0, 0);
    let (_, out, _) = env.run(&["export", "--format", "json"]);
    let cases: Vec<Case> = serde_json::from_str(&out).unwrap();
    let s = tui_common::live::open(&env.db, false);
    let mut clean = clean_case(&s);
    drop(s);
    assert!(cases.iter().any(|c| c.id == clean.id));
    let good_end = clean.plan.end.unwrap().to_string();
    clean.id = "JB-2019-0007".into();
    let past = applied(
        &clean,
        &[("plan.end".into(), end_in_ten_years(&clean).to_string())],
    );
    let file = env.write("past.json", jiebang::io::json::to_json(&[past]).as_bytes());
    let path = file.to_str().unwrap();

    let (code, _, err) = env.run(&["import", path]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("第 1 条 JB-2019-0007") && err.contains("第十五条"),
        "{err}"
    );
    let (code, _, err) = env.run(&["import", path, "--allow-breaches"]);
    assert_eq!(code, 0, "{err}");

    // The flag: in the case, the list marker, the filter, the show section, the audit.
    assert_eq!(env.case("JB-2019-0007").breaches, vec!["duration_too_long"]);
    let (_, list, _) = env.run(&["list", "--filter", "breach"]);
    assert!(list.contains("JB-2019-0007 [违规]"), "{list}");
    let rows: Vec<&str> = list.lines().filter(|l| l.starts_with("JB-")).collect();
    assert!(rows.iter().all(|l| l.contains("[违规]")), "{list}");
    let (_, all, _) = env.run(&["list"]);
    let flagged = cases.iter().filter(|c| !c.breaches.is_empty()).count();
    assert_eq!(rows.len(), flagged + 1, "{list}");
    assert_eq!(all.matches("[违规]").count(), flagged + 1, "{all}");
    let (_, show, _) = env.run(&["show", "JB-2019-0007"]);
    assert!(
        show.contains("[违规/待核]") && show.contains("第十五条"),
        "{show}"
    );
    let (_, hist, _) = env.run(&["show", "JB-2019-0007", "--format", "json"]);
    assert!(hist.contains("duration_too_long"));

    // A store's own export imports again without the option (the flag travels with it).
    let (_, exported, _) = env.run(&["export", "--format", "json"]);
    let other = Env::new();
    let f = other.write("all.json", exported.as_bytes());
    let (code, _, err) = other.run(&["import", f.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        other.case("JB-2019-0007").breaches,
        vec!["duration_too_long"]
    );

    // Resolving the breach clears the flag, in an audited write.
    let (code, _, err) = env.run(&["set", "JB-2019-0007", &format!("plan.end={good_end}")]);
    assert_eq!(code, 0, "{err}");
    assert!(env.case("JB-2019-0007").breaches.is_empty());
    let (_, list, _) = env.run(&["list", "--filter", "breach"]);
    assert!(!list.contains("JB-2019-0007"), "{list}");
    let s = tui_common::live::open(&env.db, false);
    let events = s.store().events(Some("JB-2019-0007")).unwrap();
    assert_eq!(events[0].action, "import");
    assert_eq!(events[0].note, "import --allow-breaches");
    let last = events.last().unwrap();
    assert!(
        last.changes.iter().any(|c| c.path.starts_with("breaches")),
        "{:?}",
        last.changes
    );
}

#[test]
fn set_takes_each_path_in_its_fields_type() {
    let env = Env::new();
    assert_eq!(env.run(&["demo"]).0, 0);
    let id = "JB-2026-0038";
    let (code, _, err) = env.run(&["set", id, "issuer.contact.mobile=13800138000"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = env.run(&["set", id, "issuer.contact.name=  \"李梅\"  "]);
    assert_eq!(code, 0, "{err}");
    let c = env.case(id);
    assert_eq!(c.issuer.contact.mobile, "13800138000");
    assert_eq!(c.issuer.contact.name, "李梅");
    let (code, _, err) = env.run(&["set", id, "amounts.rd_investment=800"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("800万") && err.contains("rd_investment"),
        "{err}"
    );
    let (code, _, err) = env.run(&["set", id, "plan.start=2026/12/01"]);
    assert_eq!(code, 2);
    assert!(err.contains("YYYY-MM-DD"), "{err}");
    let (code, _, err) = env.run(&["set", id, "breaches=[]"]);
    assert_eq!(code, 2, "{err}");
}

fn advance_unmet(h: &tui_common::Live) -> Vec<jiebang::app::ui::backend::Unmet> {
    match h.state.overlay() {
        Some(jiebang::app::ui::state::Overlay::Dialog(
            jiebang::app::ui::state::Dialog::Advance {
                previews: Some(p), ..
            },
        )) => p.first().map(|p| p.unmet.clone()).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The refusal popup shows every unmet rule's full text, wrapped, with its article, and
/// grows with the terminal.
#[test]
fn the_refusal_popup_shows_every_rule_in_full() {
    // The office's case whose refusal says the most.
    let mut probe = tui_common::Live::new(Lang::Zh);
    let (mut keys, mut longest) = (String::new(), 0);
    for k in 0..probe.visible_ids().len() {
        let typed = format!("g{}a", "j".repeat(k));
        probe.keys(&typed);
        let len: usize = advance_unmet(&probe)
            .iter()
            .map(|u| u.message.chars().count() + u.article.chars().count())
            .sum();
        if len > longest {
            (keys, longest) = (typed, len);
        }
        probe.keys("<Esc>");
    }
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut ui = tui_common::Live::new(Lang::Zh);
        ui.resize(w, h);
        ui.keys(&keys);
        let unmet = advance_unmet(&ui);
        assert!(!unmet.is_empty());
        let screen = ui.render_at(w, h);
        let inside: String = screen
            .lines()
            .filter_map(|l| {
                let a = l.find('│')?;
                let b = l.rfind('│')?;
                (b > a).then(|| l[a + '│'.len_utf8()..b].to_string())
            })
            .collect::<String>()
            .split_whitespace()
            .collect();
        for u in &unmet {
            let text: String = format!("{}{}", u.article, u.message)
                .split_whitespace()
                .collect();
            assert!(inside.contains(&text), "{w}x{h}: {text}\n{screen}");
        }
        let widest = screen
            .lines()
            .filter(|l| l.contains('┌'))
            .map(|l| {
                l.chars()
                    .skip_while(|c| *c != '┌')
                    .take_while(|c| *c != '┐')
                    .count()
                    + 1
            })
            .max()
            .unwrap_or(0);
        if w == 160 {
            assert!(
                widest > 84,
                "the popup grows past 84 columns ({widest}):\n{screen}"
            );
        }
        insta::assert_snapshot!(format!("refusal_popup_{w}x{h}"), screen);
    }
}

/// A write refused for rules whose text is longer than a line: each shows in full, its
/// continuation under its text, at 80×24 as at 160×48.
#[test]
fn a_long_refusal_wraps_in_full_inside_the_popup() {
    use jiebang::app::ui::action::{Action, WriteOp};
    use jiebang::app::ui::backend::{Unmet, WriteError};
    let unmet = vec![
        Unmet {
            article: "第九条(二)".into(),
            message: "需求论证专家「李某」来自发榜方「包头北方稀土磁材有限公司」，与发榜方存在利害关系，须回避；请更换专家后重新论证".into(),
        },
        Unmet {
            article: "第十一条".into(),
            message: "技术攻关类前资助不得超过研发总投入的30%，且不超过1000万元（本笔后累计 50000 万元，最高 900 万元）".into(),
        },
        Unmet {
            article: "第十四条".into(),
            message: "发榜方「包头某某稀土新材料股份有限公司」在联合惩戒名单上（拖欠财政科研经费并拒不整改；2025-03-01 列入；自治区科技厅通报）".into(),
        },
    ];
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut ui = tui_common::Live::new(Lang::Zh);
        ui.resize(w, h);
        let id = ui.selected().unwrap();
        ui.act(Action::Written {
            op: WriteOp::Note,
            results: vec![(id, Err(WriteError::Refused(unmet.clone())))],
        });
        let screen = ui.render_at(w, h);
        let inside: String = screen
            .lines()
            .filter_map(|l| {
                let a = l.find('│')?;
                let b = l.rfind('│')?;
                (b > a).then(|| l[a + '│'.len_utf8()..b].to_string())
            })
            .collect::<String>()
            .split_whitespace()
            .collect();
        for u in &unmet {
            let text: String = format!("{}{}", u.article, u.message)
                .split_whitespace()
                .collect();
            assert!(inside.contains(&text), "{w}x{h}: {text}\n{screen}");
        }
        insta::assert_snapshot!(format!("refusal_long_{w}x{h}"), screen);
    }
}
