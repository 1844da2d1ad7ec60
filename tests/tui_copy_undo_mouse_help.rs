//! Issue 13 items 13 and 14 on the real session (a `Session` over a temporary store with
//! the demo data): copy to the clipboard over OSC 52, undo of the officer's own last change
//! through the rules door, mark all / clear marks, the mouse, and names sorted by pinyin.

use jiebang::app::ui::action::{Action, Effect};
use jiebang::app::ui::keys::script;
use jiebang::app::ui::mouse::{MouseInput, MouseKind};
use jiebang::app::ui::state::{Dialog, Overlay, Screen};
use jiebang::store::{Actor, WriteCtx};
use jiebang::tui::{clipboard, runner};

mod tui_common;

use tui_common::live::Live;

/// Types `keys` and returns the effects left for the event loop (copy, suspend, editor).
fn press(ui: &mut Live, keys: &str) -> Vec<Effect> {
    let mut out = Vec::new();
    for k in script(keys).unwrap() {
        out.extend(runner::dispatch(&mut ui.state, &ui.session, Action::Key(k)));
    }
    out
}

/// What the event loop does with a copy effect, into `tty` instead of the terminal.
fn run_copy(ui: &mut Live, effects: Vec<Effect>, tty: &mut Vec<u8>) {
    for e in effects {
        if let Effect::Copy { text, what } = e {
            let done = clipboard::copy(tty, &text, what, ui.state.lang());
            ui.act(done);
        }
    }
}

/// A case whose next stage the rules allow.
fn advanceable(ui: &Live) -> String {
    ui.state
        .rows
        .iter()
        .filter(|r| !r.stage.is_closed())
        .find(|r| {
            jiebang::app::ui::backend::Backend::preview_advance(&ui.session, &r.id)
                .is_ok_and(|p| p.to.is_some() && p.allowed())
        })
        .map(|r| r.id.clone())
        .expect("the demo has such a case")
}

fn message_lines(ui: &Live) -> Vec<String> {
    match ui.state.overlay() {
        Some(Overlay::Dialog(Dialog::Message { lines, .. })) => {
            lines.iter().map(|l| l.to_string()).collect()
        }
        other => panic!("expected a message, got {other:?}"),
    }
}

#[test]
fn y_copies_the_case_id_over_osc52_with_a_confirmation() {
    let mut ui = Live::demo();
    let id = ui.state.list.selected.clone().unwrap();
    let effects = press(&mut ui, "y");
    let mut tty = Vec::new();
    run_copy(&mut ui, effects, &mut tty);
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode(id.as_bytes());
    assert_eq!(
        String::from_utf8(tty).unwrap(),
        format!("\x1b]52;c;{b64}\x07")
    );
    let screen = ui.render_at(80, 24);
    assert!(
        screen.contains(&format!("已复制到剪贴板: {id}")),
        "{screen}"
    );
}

#[test]
fn shift_y_copies_the_row_tab_separated_from_list_and_detail() {
    let mut ui = Live::demo();
    let row = ui.state.rows[ui.state.list.visible[0]].clone();
    let mut tty = Vec::new();
    let effects = press(&mut ui, "Y");
    let text = match &effects[..] {
        [Effect::Copy { text, .. }] => text.clone(),
        other => panic!("{other:?}"),
    };
    let cells: Vec<&str> = text.split('\t').collect();
    assert_eq!(cells[0], row.id);
    assert_eq!(cells[1], row.name);
    assert_eq!(cells[4], row.stage.label(jiebang::i18n::Lang::Zh));
    run_copy(&mut ui, effects, &mut tty);
    assert!(!tty.is_empty());
    // In the detail the case shown is the one copied.
    press(&mut ui, "j<Enter>");
    let shown = match &ui.state.screen {
        Screen::Detail(d) => d.detail.case.id.clone(),
        s => panic!("{s:?}"),
    };
    match &press(&mut ui, "y")[..] {
        [Effect::Copy { text, .. }] => assert_eq!(*text, shown),
        other => panic!("{other:?}"),
    }
}

#[test]
fn u_undoes_my_own_advance_as_a_new_audited_change() {
    let mut ui = Live::demo();
    let id = advanceable(&ui);
    let before = ui.session.case(&id).unwrap();
    ui.select(&id);
    ui.keys("a");
    ui.keys("手误<Enter>");
    let moved = ui.session.case(&id).unwrap();
    assert_ne!(moved.stage, before.stage, "{:?}", ui.state.overlay());
    ui.keys("u");
    let back = ui.session.case(&id).unwrap();
    assert_eq!(back.stage, before.stage);
    assert_eq!(back.stage_since, before.stage_since);
    assert_eq!(back.plan_baseline, before.plan_baseline);
    assert_eq!(back.rev, before.rev + 2, "an undo is a new revision");
    let events = ui.session.store().events(Some(&id)).unwrap();
    let last = events.last().unwrap();
    assert_eq!(last.action, "undo");
    assert_eq!(last.note, format!("#{}", events[events.len() - 2].seq));
    assert_eq!(last.actor.user, ui.session.actor().user);
    let row = ui.state.rows.iter().find(|r| r.id == id).unwrap();
    assert_eq!(row.stage, before.stage, "the list shows the undone stage");
    let screen = ui.render_at(80, 24);
    assert!(screen.contains("已撤销 1 项修改"), "{screen}");
    // Undoing again takes back the undo: the advance is back (redo, also audited).
    ui.keys("u");
    assert_eq!(ui.session.case(&id).unwrap().stage, moved.stage);
}

#[test]
fn u_refuses_when_another_officer_changed_the_case_since() {
    let mut ui = Live::demo();
    let id = advanceable(&ui);
    ui.select(&id);
    ui.keys("a");
    ui.keys("<Enter>");
    let lisi = Actor {
        user: "lisi".into(),
        ssh_client: None,
    };
    let ctx = WriteCtx {
        actor: &lisi,
        now: ui.session.now(),
    };
    ui.session
        .store()
        .update(&id, None, &ctx, "edit", "", |c| {
            c.achievement.name.push_str("(修订)");
            Ok::<(), ()>(())
        })
        .unwrap();
    let rev = ui.session.case(&id).unwrap().rev;
    ui.keys("u");
    let lines = message_lines(&ui);
    assert!(
        lines[0].starts_with(&format!("{id}: 不能撤销: lisi")),
        "{lines:?}"
    );
    assert_eq!(ui.session.case(&id).unwrap().rev, rev, "nothing written");
}

#[test]
fn u_refuses_to_undo_an_import_or_a_note_and_says_why() {
    let mut ui = Live::demo();
    let id = ui.state.list.selected.clone().unwrap();
    let rev = ui.session.case(&id).unwrap().rev;
    ui.keys("u");
    let lines = message_lines(&ui).join("\n");
    assert!(lines.contains("新建或导入"), "{lines}");
    ui.keys("<Esc>");
    ui.session.add_note(&id, "电话已确认").unwrap();
    ui.keys("u");
    let lines = message_lines(&ui).join("\n");
    assert!(lines.contains("备注"), "{lines}");
    assert_eq!(ui.session.case(&id).unwrap().rev, rev + 1, "only the note");
}

#[test]
fn capital_a_marks_every_shown_case_and_capital_u_clears() {
    let mut ui = Live::demo();
    ui.keys(":filter field:hydrogen<Enter>");
    let shown = ui.state.list.visible.len();
    assert!(shown > 1 && shown < ui.state.rows.len());
    ui.keys("A");
    assert_eq!(ui.state.list.marks.len(), shown);
    assert!(ui.render_at(80, 24).contains(&format!("已标记 {shown} 项")));
    ui.keys("U");
    assert!(ui.state.list.marks.is_empty());
}

fn mouse(kind: MouseKind, row: u16, at_ms: u64) -> Action {
    Action::Mouse(MouseInput {
        kind,
        column: 10,
        row,
        at_ms,
    })
}

#[test]
fn wheel_scrolls_click_selects_double_click_opens() {
    let mut ui = Live::demo();
    ui.act(mouse(MouseKind::WheelDown, 5, 0));
    assert_eq!(ui.state.list.cursor, 3);
    ui.act(mouse(MouseKind::WheelUp, 5, 10));
    assert_eq!(ui.state.list.cursor, 0);
    // The fifth row on screen (title and column header above the rows).
    ui.act(mouse(MouseKind::Click, 6, 1000));
    assert_eq!(ui.state.list.cursor, ui.state.list.top + 4);
    assert!(matches!(ui.state.screen, Screen::List));
    let id = ui.state.list.selected.clone().unwrap();
    // Two single clicks far apart in time do not open.
    ui.act(mouse(MouseKind::Click, 6, 3000));
    assert!(matches!(ui.state.screen, Screen::List));
    ui.act(mouse(MouseKind::Click, 6, 3200));
    match &ui.state.screen {
        Screen::Detail(d) => assert_eq!(d.detail.case.id, id),
        s => panic!("{s:?}"),
    }
    // The wheel scrolls the detail.
    ui.act(mouse(MouseKind::WheelDown, 10, 4000));
    match &ui.state.screen {
        Screen::Detail(d) => assert_eq!(d.scroll, 3),
        s => panic!("{s:?}"),
    }
}

#[test]
fn mouse_can_be_switched_off_in_config() {
    let cfg: jiebang::app::Config = toml::from_str("mouse = false").unwrap();
    assert_eq!(cfg.mouse, Some(false));
    let cfg: jiebang::app::Config = toml::from_str("").unwrap();
    assert_eq!(cfg.mouse, None, "on unless switched off");
}

/// The first letter of a name's first character as read in pinyin, for names whose first
/// character has one reading only (a polyphone's common reading is the crate's call).
fn initial(name: &str) -> Option<char> {
    let c = name.chars().next().unwrap().to_ascii_lowercase();
    let r = jiebang::search::pinyin::readings(c);
    match r.len() {
        0 => Some(c),
        1 => r[0].chars().next(),
        _ => None,
    }
}

#[test]
fn sorting_by_name_or_issuer_follows_pinyin_not_code_points() {
    let mut ui = Live::demo();
    for col in ["name", "issuer"] {
        ui.keys(&format!(":sort {col}<Enter>"));
        let names: Vec<String> = ui
            .state
            .list
            .visible
            .iter()
            .map(|i| {
                let r = &ui.state.rows[*i];
                if col == "name" {
                    r.name.clone()
                } else {
                    r.issuer.clone()
                }
            })
            .collect();
        let initials: Vec<char> = names.iter().filter_map(|n| initial(n)).collect();
        assert!(initials.len() > names.len() / 2);
        let mut sorted = initials.clone();
        sorted.sort();
        assert_eq!(initials, sorted, "{col}: {names:?}");
        let mut by_code_point = names.clone();
        by_code_point.sort();
        assert_ne!(
            names, by_code_point,
            "{col}: the demo must tell the orders apart"
        );
    }
}

/// The help as plain lines of text.
fn help_text(ui: &Live) -> Vec<String> {
    jiebang::tui::draw::help::lines(&ui.state)
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect()
}

/// The lines of the help's task section whose title starts with `title`.
fn section(lines: &[String], title: &str) -> Vec<String> {
    let start = lines
        .iter()
        .position(|l| l.starts_with(&format!("[{title}")))
        .unwrap_or_else(|| panic!("no section {title}: {lines:#?}"));
    lines[start + 1..]
        .iter()
        .take_while(|l| !l.is_empty())
        .cloned()
        .collect()
}

#[test]
fn help_groups_keys_by_the_officers_tasks_from_the_registry() {
    let mut ui = Live::demo();
    ui.keys("?");
    assert!(matches!(ui.state.screen, Screen::Help { .. }));
    let lines = help_text(&ui);
    assert!(lines[0].contains("按任务"), "{:?}", &lines[..3]);
    let triage = section(&lines, "日常处理").join("\n");
    for (key, what) in [
        ("y", "复制项目编号"),
        ("u", "撤销"),
        ("A", "标记列表中显示的全部"),
    ] {
        assert!(
            triage
                .lines()
                .any(|l| l.trim_start().starts_with(key) && l.contains(what)),
            "{key} {what}: {triage}"
        );
    }
    let find = section(&lines, "查找").join("\n");
    assert!(find.contains(":filter") && find.contains(":sort"), "{find}");
    assert!(
        find.lines().any(|l| l.trim_start().starts_with('/')),
        "{find}"
    );
    let moving = section(&lines, "推进").join("\n");
    assert!(
        moving.lines().any(|l| l.trim_start().starts_with("a ")),
        "{moving}"
    );
    let enter = section(&lines, "录入").join("\n");
    assert!(
        enter.contains(":review") && enter.contains(":tranche"),
        "{enter}"
    );
    let outputs = section(&lines, "办公产出").join("\n");
    assert!(
        outputs.contains(":export") && outputs.contains("publish bangdan"),
        "{outputs}"
    );
    // The by-screen reference follows, complete as before.
    assert!(lines.iter().any(|l| l.contains("按界面")));
    // A rebinding shows up in the task view too.
    let mut map = ui.state.keymap.clone();
    map.apply(jiebang::app::ui::keymap::parse("t", "[list]\n\"C-y\" = \"copy_id\"\n").unwrap());
    ui.state.keymap = map;
    let triage = section(&help_text(&ui), "日常处理").join("\n");
    assert!(triage.contains("C-y"), "{triage}");
}

#[test]
fn capital_c_chooses_and_orders_the_list_columns_and_saves_them_in_config() {
    use jiebang::app::ui::list::Column;
    let cfg_home = tempfile::tempdir().unwrap();
    // SAFETY: no other test of this binary reads or writes the config folder's files
    // (sessions only look for an optional holidays.toml there).
    unsafe { std::env::set_var("XDG_CONFIG_HOME", cfg_home.path()) };
    let cfg_file = cfg_home.path().join("jiebang").join("config.toml");
    std::fs::create_dir_all(cfg_file.parent().unwrap()).unwrap();
    std::fs::write(&cfg_file, "# my settings\nlang = \"zh\"\n").unwrap();
    let mut ui = Live::demo();
    assert!(ui.render_at(160, 48).contains("成果/需求名称"));
    // Esc leaves everything as it was.
    ui.keys("C<Space>j<Space><Esc>");
    assert!(ui.state.list.columns.is_empty());
    // Hide the name, move the field column up to second place, save.
    ui.keys("Cj<Space>jK");
    let screen = ui.render_at(80, 24);
    assert!(screen.contains("[ ] 成果/需求名称"), "{screen}");
    ui.keys("<Enter>");
    let want = [
        Column::Id,
        Column::Field,
        Column::Kind,
        Column::Stage,
        Column::Issuer,
        Column::Taker,
        Column::Due,
        Column::Amount,
    ];
    assert_eq!(ui.state.list.columns, want);
    let header = ui.render_at(160, 48).lines().nth(1).unwrap().to_string();
    assert!(!header.contains("成果/需求名称"), "{header}");
    let (field, kind) = (header.find("领域").unwrap(), header.find("类型").unwrap());
    assert!(field < kind, "{header}");
    let text = std::fs::read_to_string(&cfg_file).unwrap();
    assert!(text.starts_with("# my settings\nlang = \"zh\"\n"), "{text}");
    let cfg: jiebang::app::Config = toml::from_str(&text).unwrap();
    let back = jiebang::app::ui::columns::parse(&cfg.columns.unwrap()).unwrap();
    assert_eq!(back, want, "the next start shows the same columns");
    assert!(ui.render_at(80, 24).contains("列设置已保存到"));
}
