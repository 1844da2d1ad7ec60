//! The stage-record forms driven by keys: the mid-term check (`:midterm`), acceptance
//! (`:acceptance`) and a taker's status and stage gate (`:gate N`), over a real
//! session; their drafts, discarding and another officer's save meanwhile; snapshots.
//! The last test drives the same forms over a real `Session` on a store in a tempdir.

mod support;
mod tui_common;

use jiebang::app::ui::Backend;
use jiebang::app::ui::form::{Prompt, Purpose};
use jiebang::app::ui::keymap::Keymap;
use jiebang::app::ui::state::Screen;
use jiebang::domain::records::{GateResult, MidtermVerdict};
use jiebang::domain::{Case, Kind, TakerStatus, Verdict, Yuan};
use jiebang::i18n::Lang;
use tui_common::Live;
use tui_common::forms::{beside, closed, form, raw, to_field, type_into};
use tui_common::office_records::{MIDTERM_LATE, RECTIFY_LATE, SHOWCASE};

/// Opens the case whose name contains `words` (a search from the list, Enter opens it).
fn select(h: &mut Live, words: &str, id: &str) {
    if matches!(h.state.screen, Screen::Detail(_)) {
        h.keys("<Esc>");
    }
    h.keys(&format!("/{words}<Enter>"));
    match &h.state.screen {
        Screen::Detail(d) => assert_eq!(d.detail.case.id, id),
        _ => panic!("{id} did not open:\n{}", h.render()),
    }
}

/// A 赛马: the showcase's two takers both selected and running, no gate held yet.
fn add_race(h: &mut Live) -> String {
    let mut c: Case = h.get(SHOWCASE);
    c.id = "JB-2026-0092".into();
    c.achievement.name = "人工硐室压缩空气储能".into();
    for t in c.takers.iter_mut() {
        t.status = TakerStatus::Selected;
        t.gate = None;
    }
    h.add(c);
    h.idle_poll();
    select(h, "硐室", "JB-2026-0092");
    "JB-2026-0092".into()
}

/// A 技术攻关类 case due a mid-term check and no due date set by an officer.
fn add_due(h: &mut Live) -> String {
    let mut c: Case = h.get(MIDTERM_LATE);
    c.id = "JB-2026-0091".into();
    c.achievement.name = "弱电网构网型储能变流器".into();
    c.midterm.due = None;
    c.plan.start = Some("2026-01-01".parse().unwrap());
    c.plan.end = Some("2027-12-31".parse().unwrap());
    h.add(c);
    h.idle_poll();
    select(h, "构网型", "JB-2026-0091");
    "JB-2026-0091".into()
}

fn history(h: &Live, id: &str) -> Vec<String> {
    h.history(id)
}

#[test]
fn a_rectify_verdict_without_a_deadline_is_refused_in_place_then_saved() {
    let mut h = Live::new(Lang::Zh);
    select(&mut h, "全钒", MIDTERM_LATE);
    h.keys(":midterm<Enter>");
    assert_eq!(form(&h).purpose, Purpose::Midterm(MIDTERM_LATE.into()));
    // The officer's own due date is kept and said to be theirs.
    assert_eq!(raw(&h, "midterm.due"), "2026-06-30");
    assert!(
        h.render().contains("已由经办人指定为 2026-06-30"),
        "{}",
        h.render()
    );
    type_into(&mut h, "midterm.held_on", "2026-11-20");
    type_into(&mut h, "midterm.verdict", "限期");
    assert_eq!(raw(&h, "midterm.verdict"), "rectify");
    h.keys("<C-s>");
    assert!(matches!(h.state.screen, Screen::Form(_)), "refused");
    assert_eq!(form(&h).focused().path, "midterm.rectify_by");
    assert_eq!(beside(&h, "midterm.rectify_by", true), ["必填"]);
    type_into(&mut h, "midterm.rectify_by", "2027-01-31");
    assert!(beside(&h, "midterm.rectify_by", true).is_empty());
    type_into(
        &mut h,
        "form.panel",
        "王某，内蒙古大学<Enter>赵某,某研究所,回避",
    );
    type_into(&mut h, "midterm.remarks", "中试数据不足, 限期补充");
    h.keys("<C-s>");
    assert!(closed(&h), "{}", h.render());
    let m = h.get(MIDTERM_LATE).midterm;
    assert_eq!(m.verdict, Some(MidtermVerdict::Rectify));
    assert_eq!(m.rectify_by.unwrap().to_string(), "2027-01-31");
    assert_eq!(m.held_on.unwrap().to_string(), "2026-11-20");
    assert_eq!(m.due.unwrap().to_string(), "2026-06-30");
    assert_eq!(m.panel.len(), 2);
    assert!(m.panel[1].recused && m.panel[1].unit == "某研究所");
    assert!(
        history(&h, MIDTERM_LATE)
            .iter()
            .any(|w| w.contains("中期检查"))
    );
}

#[test]
fn panel_lines_are_checked_in_place_and_conflicts_of_interest_warned() {
    let mut h = Live::new(Lang::Zh);
    select(&mut h, "全钒", MIDTERM_LATE);
    h.keys(":midterm<Enter>");
    type_into(
        &mut h,
        "form.panel",
        "王某，内蒙古大学<Enter>李某，鄂尔多斯某储能科技有限公司<Enter>只有名字",
    );
    let errors = beside(&h, "form.panel", true);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("第3行") && errors[0].contains("只有名字"));
    h.keys("<Backspace><Backspace><Backspace><Backspace>");
    h.keys("孙某，包头某研究所");
    assert!(beside(&h, "form.panel", true).is_empty());
    // The issuer's own unit: a warning naming the line, which does not block saving.
    let warned = beside(&h, "form.panel", false);
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert!(
        warned[0].contains("第2行") && warned[0].contains("回避"),
        "{warned:?}"
    );
    type_into(
        &mut h,
        "form.panel",
        "王某，内蒙古大学<Enter>李某，鄂尔多斯某储能科技有限公司，回避<Enter>孙某，包头某研究所",
    );
    assert!(beside(&h, "form.panel", false).is_empty(), "withdrawn");
    h.keys("<C-s>");
    assert!(closed(&h), "{}", h.render());
    assert_eq!(h.get(MIDTERM_LATE).midterm.panel.len(), 3);
}

#[test]
fn the_computed_due_date_is_prefilled_explained_and_stays_computed_unless_changed() {
    let mut h = Live::new(Lang::Zh);
    let id = add_due(&mut h);
    h.keys(":midterm<Enter>");
    // 2026-01-01..2027-12-31 is 729 days; half of it is day 364.
    assert_eq!(raw(&h, "midterm.due"), "2026-12-31");
    let info = form(&h).info.join("\n");
    assert!(
        info.contains("2026-12-31") && info.contains("50%") && info.contains("2026-01-01"),
        "{info}"
    );
    type_into(&mut h, "midterm.held_on", "2026-11-25");
    type_into(&mut h, "midterm.verdict", "合格");
    h.keys("<C-s>");
    let m = h.get(&id).midterm;
    assert_eq!(m.verdict, Some(MidtermVerdict::Qualified), "{}", h.render());
    assert_eq!(m.due, None, "left as shown, the date follows the period");
    h.keys(":midterm<Enter>");
    type_into(&mut h, "midterm.due", "2026-12-15");
    h.keys("<C-s>");
    assert_eq!(
        h.get(&id).midterm.due.map(|d| d.to_string()),
        Some("2026-12-15".into())
    );
}

#[test]
fn acceptance_of_a_transformation_case_records_benefit_and_funds() {
    let mut h = Live::new(Lang::Zh);
    select(&mut h, "冷启动", RECTIFY_LATE);
    assert_eq!(h.get(RECTIFY_LATE).kind, Kind::Transformation);
    h.keys(":acceptance<Enter>");
    let info = form(&h).info.join("\n");
    assert!(info.contains("第十二条") && info.contains("验收"), "{info}");
    type_into(&mut h, "acceptance.date", "2026-11-20");
    type_into(&mut h, "acceptance.verdict", "通过");
    assert_eq!(raw(&h, "acceptance.verdict"), "passed");
    type_into(&mut h, "acceptance.completion_pct", "300");
    let e = beside(&h, "acceptance.completion_pct", true);
    assert!(
        e.len() == 1 && e[0].contains("0 到 100") && e[0].contains("300"),
        "{e:?}"
    );
    h.keys("<C-s>");
    assert!(matches!(h.state.screen, Screen::Form(_)), "refused");
    type_into(&mut h, "acceptance.completion_pct", "95");
    to_field(&mut h, "acceptance.benefit_verified");
    h.keys("<Right>");
    if raw(&h, "acceptance.benefit_verified") != "true" {
        h.keys("<Right>");
    }
    type_into(&mut h, "acceptance.benefit", "1500");
    type_into(&mut h, "amounts.funds_received", "1300");
    type_into(&mut h, "form.panel", "王某，内蒙古大学");
    h.keys("<C-s>");
    assert!(closed(&h), "{}", h.render());
    let c = h.get(RECTIFY_LATE);
    assert_eq!(c.acceptance.verdict, Some(Verdict::Passed));
    assert_eq!(c.acceptance.completion_pct, Some(95));
    assert!(c.acceptance.benefit_verified);
    assert_eq!(c.acceptance.benefit, Some(Yuan::from_wan(1500)));
    assert_eq!(c.amounts.funds_received, Some(Yuan::from_wan(1300)));
    assert_eq!(c.acceptance.panel[0].name, "王某");
    // Reopened, the field shows the amount; emptied, it clears it.
    h.keys(":acceptance<Enter>");
    assert_eq!(raw(&h, "amounts.funds_received"), "1300");
    type_into(&mut h, "amounts.funds_received", "");
    h.keys("<C-s>");
    assert!(closed(&h), "{}", h.render());
    assert_eq!(h.get(RECTIFY_LATE).amounts.funds_received, None);
}

#[test]
fn a_breakthrough_acceptance_has_no_benefit_fields_and_cites_the_first_payment() {
    let mut h = Live::new(Lang::En);
    select(&mut h, "全钒", MIDTERM_LATE);
    h.keys(":acceptance<Enter>");
    let paths: Vec<&str> = form(&h).fields.iter().map(|f| f.path.as_ref()).collect();
    for absent in [
        "acceptance.benefit_verified",
        "acceptance.benefit",
        "amounts.funds_received",
    ] {
        assert!(!paths.contains(&absent), "{absent} on a breakthrough case");
    }
    assert!(paths.contains(&"acceptance.completion_pct"));
    let info = form(&h).info.join("\n");
    assert!(
        info.contains("Art. 12") && info.contains("first payment"),
        "{info}"
    );
    type_into(&mut h, "acceptance.verdict", "review");
    h.keys("<C-s>");
    // A verdict needs its date (the domain's rule, in place).
    assert_eq!(form(&h).focused().path, "acceptance.date");
    type_into(&mut h, "acceptance.date", "2026-11-24");
    h.keys("<C-s>");
    let a = h.get(MIDTERM_LATE).acceptance;
    assert_eq!(a.verdict, Some(Verdict::Review), "{}", h.render());
}

#[test]
fn eliminating_taker_2_of_a_race_needs_a_reason_and_leaves_taker_1_running() {
    let mut h = Live::new(Lang::Zh);
    let id = add_race(&mut h);
    // Several takers, no number: taker 1, with every taker listed by number.
    h.keys(":gate<Enter>");
    assert_eq!(form(&h).purpose, Purpose::Gate(id.clone(), 0));
    let info = form(&h).info.join("\n");
    assert!(
        info.contains(">1 重庆某大学") && info.contains(" 2 内蒙古某化工研究院"),
        "{info}"
    );
    h.keys("<Esc>");
    h.keys(":gate 3<Enter>");
    assert!(closed(&h));
    let status = h.render();
    assert!(
        status.contains("没有第 3 个揭榜方") && status.contains("共 2 个"),
        "{status}"
    );
    h.keys(":gate 2<Enter>");
    assert_eq!(form(&h).purpose, Purpose::Gate(id.clone(), 1));
    type_into(&mut h, "form.taker.plan.end", "2027-06-30");
    type_into(&mut h, "form.taker.gate.result", "淘汰");
    assert_eq!(raw(&h, "form.taker.gate.date"), "2026-11-26", "dated today");
    h.keys("<C-s>");
    assert!(matches!(h.state.screen, Screen::Form(_)), "refused");
    assert_eq!(form(&h).focused().path, "form.taker.gate.reason");
    assert_eq!(beside(&h, "form.taker.gate.reason", true), ["必填"]);
    assert_eq!(h.get(&id).takers[1].gate, None, "nothing written");
    type_into(&mut h, "form.taker.gate.reason", "储能效率未达阶段指标");
    h.keys("<C-s>");
    assert!(closed(&h), "{}", h.render());
    let c = h.get(&id);
    let t = &c.takers[1];
    assert_eq!(t.status, TakerStatus::Eliminated, "the gate eliminates");
    let g = t.gate.as_ref().unwrap();
    assert_eq!(g.result, GateResult::Eliminated);
    assert_eq!(g.reason, "储能效率未达阶段指标");
    assert_eq!(g.date.unwrap().to_string(), "2026-11-26");
    assert_eq!(t.plan.end.unwrap().to_string(), "2027-06-30");
    assert_eq!(c.takers[0].status, TakerStatus::Selected);
    assert_eq!(c.takers[0].gate, None);
}

#[test]
fn a_bad_taker_number_is_refused_on_the_command_line() {
    let mut h = Live::new(Lang::En);
    h.keys(":gate zwei<Enter>");
    assert!(h.render().contains("from 1: zwei"), "{}", h.render());
    h.keys(":gate 0<Enter>");
    assert!(h.render().contains("from 1: 0"), "{}", h.render());
    select(&mut h, "冷启动", RECTIFY_LATE);
    h.keys(":racing 1<Enter>");
    assert_eq!(form(&h).purpose, Purpose::Gate(RECTIFY_LATE.into(), 0));
}

#[test]
fn drafts_resume_on_the_same_taker_and_esc_asks_before_discarding() {
    let mut h = Live::new(Lang::Zh);
    let id = add_race(&mut h);
    h.keys(":gate 2<Enter>");
    type_into(&mut h, "form.taker.gate.reason", "中期指标未达成");
    h.flush_draft();
    let keys: Vec<String> = h.drafts().iter().map(|d| d.key.clone()).collect();
    assert_eq!(keys, [format!("gate:{id}:2")]);
    let mut h2 = h.restart();
    assert!(
        h2.render().contains("揭榜方状态与阶段评估"),
        "{}",
        h2.render()
    );
    h2.keys("<Enter>");
    assert_eq!(form(&h2).purpose, Purpose::Gate(id.clone(), 1));
    assert_eq!(raw(&h2, "form.taker.gate.reason"), "中期指标未达成");
    h2.keys("<Esc>");
    assert!(matches!(form(&h2).prompt, Some(Prompt::Discard)));
    h2.keys("<Esc>");
    assert!(form(&h2).prompt.is_none(), "Esc returns to editing");
    h2.keys("<Esc><Enter>");
    assert!(!matches!(h2.state.screen, Screen::Form(_)));
    assert!(h2.drafts().is_empty(), "discarded with its draft");
    assert_eq!(h2.get(&id).takers[1].gate, None);
}

#[test]
fn another_officers_save_meanwhile_is_merged_or_shown_side_by_side() {
    let mut h = Live::new(Lang::Zh);
    select(&mut h, "全钒", MIDTERM_LATE);
    h.keys(":midterm<Enter>");
    type_into(&mut h, "midterm.held_on", "2026-11-20");
    type_into(&mut h, "midterm.verdict", "合格");
    // Someone saves the case without touching the check (its revision moves on): the
    // form's values go onto their version without asking.
    h.touch(MIDTERM_LATE, "edit");
    h.keys("<C-s>");
    assert!(closed(&h), "{}", h.render());
    let m = h.get(MIDTERM_LATE).midterm;
    assert_eq!(m.verdict, Some(MidtermVerdict::Qualified));

    // Both write the remarks: shown side by side, nothing overwritten until chosen.
    h.keys(":midterm<Enter>");
    type_into(&mut h, "midterm.remarks", "我的意见");
    let c = h.get(MIDTERM_LATE);
    let mut theirs = c.midterm.clone();
    theirs.remarks = "对方的意见".into();
    Backend::record_midterm(&h.colleague(), MIDTERM_LATE, theirs, c.rev).unwrap();
    h.keys("<C-s>");
    let Some(Prompt::Conflict(x)) = &form(&h).prompt else {
        panic!("no conflict shown:\n{}", h.render())
    };
    assert_eq!(
        x.clashes.len(),
        1,
        "only the remarks clash: {:?}",
        x.clashes
    );
    assert_eq!(
        (x.clashes[0].mine.as_str(), x.clashes[0].theirs.as_str()),
        ("我的意见", "对方的意见")
    );
    assert_eq!(h.get(MIDTERM_LATE).midterm.remarks, "对方的意见");
    h.keys("<Enter>"); // keep mine
    assert!(closed(&h), "{}", h.render());
    let m = h.get(MIDTERM_LATE).midterm;
    assert_eq!(m.remarks, "我的意见");
    assert_eq!(m.verdict, Some(MidtermVerdict::Qualified));
}

#[test]
fn snapshots_of_the_stage_forms() {
    for lang in Lang::ALL.iter().copied() {
        let l = match lang {
            Lang::Zh => "zh",
            Lang::En => "en",
        };
        for (w, hgt) in [(80u16, 24u16), (160, 48)] {
            let mut h = Live::new(lang);
            h.resize(w, hgt);
            add_due(&mut h);
            h.keys(":midterm<Enter>");
            type_into(&mut h, "midterm.verdict", "rectify");
            insta::assert_snapshot!(format!("form_midterm_{l}_{w}x{hgt}"), h.render());
            h.keys("<Esc><Enter>");
            select(&mut h, "冷启动", RECTIFY_LATE);
            h.keys(":acceptance<Enter>");
            type_into(&mut h, "acceptance.completion_pct", "120");
            insta::assert_snapshot!(format!("form_acceptance_{l}_{w}x{hgt}"), h.render());
            h.keys("<Esc><Enter>");
            add_race(&mut h);
            h.keys(":gate 2<Enter>");
            type_into(&mut h, "form.taker.gate.result", "eliminated");
            insta::assert_snapshot!(format!("form_gate_{l}_{w}x{hgt}"), h.render());
        }
    }
}

/// An officer working the TUI core over a real session on a temporary store.
struct Officer {
    state: jiebang::app::ui::State,
    session: jiebang::app::session::Session,
}

impl Officer {
    fn open(env: &support::common::Env) -> Officer {
        use jiebang::app::session::{Session, SessionOptions};
        let session = Session::open(
            &SessionOptions {
                db: Some(env.db.clone()),
                lang: Lang::Zh,
                ..SessionOptions::default()
            },
            &jiebang::app::config::Config::default(),
        )
        .unwrap();
        let settings = jiebang::app::ui::Settings {
            lang: Lang::Zh,
            ascii: false,
            no_color: true,
            read_only: false,
            store_path: env.db.display().to_string(),
            user: "zhangsan".into(),
        };
        let mut state =
            jiebang::app::ui::State::new(settings, Keymap::default_map(), session.today());
        for e in jiebang::app::ui::init(&mut state) {
            for a in jiebang::tui::runner::execute(e, &session, Lang::Zh) {
                jiebang::tui::runner::dispatch(&mut state, &session, a);
            }
        }
        Officer { state, session }
    }

    fn keys(&mut self, keys: &str) {
        for k in jiebang::app::ui::keys::script(keys).unwrap() {
            let a = jiebang::app::ui::Action::Key(k);
            jiebang::tui::runner::dispatch(&mut self.state, &self.session, a);
            jiebang::app::ui::settle(&mut self.state);
        }
    }

    fn type_into(&mut self, path: &str, text: &str) {
        for _ in 0..30 {
            match &self.state.screen {
                Screen::Form(f) if f.focused().path == path => {
                    self.keys("<C-u>");
                    self.keys(text);
                    return;
                }
                Screen::Form(_) => self.keys("<Tab>"),
                _ => panic!("no form open at {path}"),
            }
        }
        panic!("no field {path}");
    }

    fn save(&mut self) {
        self.keys("<C-s>");
        if let Screen::Form(f) = &self.state.screen {
            let problems: Vec<String> = f.checks.iter().map(|c| c.full(f, Lang::Zh)).collect();
            panic!(
                "not saved: {:?} {problems:?} {:?}",
                f.error, self.state.status.error
            );
        }
    }
}

#[test]
fn each_stage_form_saves_into_the_stored_case_and_its_audit_trail() {
    use jiebang::domain::{Org, Stage, Taker};
    use support::common::{Env, case, date};
    let env = Env::new();
    let mut race = case("JB-2026-0001", Stage::Implementing);
    race.amounts.rd_investment = Some(Yuan::from_wan(3200));
    race.plan.start = Some(date("2026-01-01"));
    race.plan.end = Some(date("2027-12-31"));
    for name in ["西安某大学", "大连某研究所"] {
        race.takers.push(Taker {
            org: Org::named(name),
            status: TakerStatus::Selected,
            ..Taker::default()
        });
    }
    let mut post = case("JB-2026-0002", Stage::Accepting);
    post.kind = Kind::Transformation;
    post.achievement.name = "晶质石墨无氢氟酸提纯".into();
    env.import(&[race, post]);
    let mut me = Officer::open(&env);

    me.keys("/镧铈<Enter>:midterm<Enter>");
    me.type_into("midterm.held_on", "2026-11-20");
    me.type_into("midterm.verdict", "限期");
    me.type_into("midterm.rectify_by", "2027-02-28");
    me.type_into("form.panel", "王某，内蒙古大学<Enter>赵某，内蒙古工业大学");
    me.save();

    me.keys(":gate 2<Enter>");
    me.type_into("form.taker.gate.result", "淘汰");
    me.type_into("form.taker.gate.reason", "阶段指标未达成");
    me.save();

    me.keys("<Esc>/石墨<Enter>:acceptance<Enter>");
    me.type_into("acceptance.date", "2026-11-25");
    me.type_into("acceptance.verdict", "通过");
    me.type_into("acceptance.completion_pct", "100");
    me.type_into("acceptance.benefit", "900");
    me.type_into("amounts.funds_received", "800");
    me.save();

    let race = me.session.case("JB-2026-0001").unwrap();
    assert_eq!(race.midterm.verdict, Some(MidtermVerdict::Rectify));
    assert_eq!(race.midterm.rectify_by, Some(date("2027-02-28")));
    assert_eq!(race.midterm.due, None, "the computed date stays computed");
    assert_eq!(race.midterm.panel.len(), 2);
    assert_eq!(race.takers[1].status, TakerStatus::Eliminated);
    assert_eq!(
        race.takers[1].gate.as_ref().unwrap().reason,
        "阶段指标未达成"
    );
    assert_eq!(race.takers[0].status, TakerStatus::Selected);
    let post = me.session.case("JB-2026-0002").unwrap();
    assert_eq!(post.acceptance.verdict, Some(Verdict::Passed));
    assert_eq!(post.acceptance.completion_pct, Some(100));
    assert_eq!(post.acceptance.benefit, Some(Yuan::from_wan(900)));
    assert_eq!(post.amounts.funds_received, Some(Yuan::from_wan(800)));

    let actions = |id: &str| -> Vec<String> {
        let events = me.session.store().events(Some(id)).unwrap();
        events.into_iter().map(|e| e.action).collect()
    };
    let race_actions = actions("JB-2026-0001");
    assert!(
        race_actions.ends_with(&["midterm".into(), "taker".into()]),
        "{race_actions:?}"
    );
    assert_eq!(
        actions("JB-2026-0002").last().map(String::as_str),
        Some("acceptance")
    );
    let (code, _, err) = env.run(&["audit", "verify"]);
    assert_eq!(code, 0, "{err}");
}
