//! An officer's day on the real session: marks for every
//! multi-case action, the cursor after a filter, `q`/Esc one level back, choice fields,
//! messages, dashboard navigation and the small things.

use jiebang::app::ui::dashboard::{FOOTER, field_rows};
use jiebang::app::ui::state::Screen;

mod tui_common;

use tui_common::live::Live;

/// The id shown at list position `pos`.
fn id_at(ui: &Live, pos: usize) -> String {
    ui.state.rows[ui.state.list.visible[pos]].id.clone()
}

/// Types a filter after `f` (clearing what was there) and applies it.
fn filter(ui: &mut Live, q: &str) {
    ui.keys("f<C-u>");
    ui.keys(q);
    ui.keys("<Enter>");
    assert!(ui.state.overlay().is_none(), "{q} applies");
}

// -- bug 3: the cursor after a filter --

#[test]
fn a_filter_that_hides_the_selected_case_puts_the_cursor_on_the_first_row() {
    let mut ui = Live::demo();
    let id = id_at(&ui, 6);
    ui.select(&id);
    let stage = ui.state.row_by_id(&id).unwrap().stage;
    filter(&mut ui, &format!("-stage:{}", stage.id()));
    assert!(ui.state.list.visible.len() > 6);
    assert_eq!(ui.state.list.cursor, 0, "not the old row number");
    assert_eq!(ui.state.list.selected, Some(id_at(&ui, 0)));
}

#[test]
fn a_filter_that_keeps_the_selected_case_keeps_the_cursor_on_it() {
    let mut ui = Live::demo();
    let id = id_at(&ui, 9);
    ui.select(&id);
    let stage = ui.state.row_by_id(&id).unwrap().stage;
    filter(&mut ui, &format!("stage:{}", stage.id()));
    assert_eq!(ui.state.list.selected.as_deref(), Some(id.as_str()));
    assert_eq!(id_at(&ui, ui.state.list.cursor), id);
}

// -- bug 4 and item 12: q/Esc one level back, the dashboard's figures --

#[test]
fn q_in_a_drill_down_returns_to_the_dashboard_and_restores_the_list() {
    let mut ui = Live::demo();
    filter(&mut ui, "-stage:completed");
    let before = ui.state.list.visible.len();
    ui.keys("d<Enter>");
    assert!(matches!(ui.state.screen, Screen::List));
    assert_ne!(ui.state.list.visible.len(), before, "the figure's cases");
    ui.keys("q");
    assert!(!ui.state.quit, "q in a drill-down must not quit");
    assert!(matches!(ui.state.screen, Screen::Dashboard));
    assert_eq!(ui.state.list.query, "-stage:completed");
    assert_eq!(ui.state.list.visible.len(), before);
    // Esc does the same; the detail in between is one more level.
    ui.keys("<Enter><Enter>");
    assert!(matches!(ui.state.screen, Screen::Detail(_)));
    ui.keys("q");
    assert!(matches!(ui.state.screen, Screen::List));
    ui.keys("<Esc>");
    assert!(matches!(ui.state.screen, Screen::Dashboard));
    ui.keys("q");
    assert!(matches!(ui.state.screen, Screen::List));
    assert!(!ui.state.quit);
    ui.keys("q");
    assert!(ui.state.quit, "q quits at the top level");
}

#[test]
fn j_and_k_step_through_the_dashboard_footer_figures() {
    let mut ui = Live::demo();
    ui.keys("d");
    for _ in 0..field_rows().len() {
        ui.keys("j");
    }
    assert_eq!(ui.state.dashboard.selected(), FOOTER[0]);
    ui.keys("jj");
    assert_eq!(ui.state.dashboard.selected(), FOOTER[2]);
    ui.keys("k");
    assert_eq!(ui.state.dashboard.selected(), FOOTER[1]);
    let shown = ui.render_at(100, 30);
    assert!(shown.lines().any(|l| l.starts_with(" > 逾期")), "{shown}");
}

// -- bug 2: marks for every action that can take several cases --

/// Two cases on the list that can move back one stage, marked.
fn mark_two_movable(ui: &mut Live) -> Vec<String> {
    let ids: Vec<String> = ui
        .state
        .rows
        .iter()
        .filter(|r| !r.stage.is_closed() && r.stage.previous().is_some())
        .take(2)
        .map(|r| r.id.clone())
        .collect();
    for id in &ids {
        ui.select(id);
        ui.keys("<Space>");
    }
    // The cursor rests on a third, unmarked case.
    let other = ui
        .state
        .rows
        .iter()
        .find(|r| !ids.contains(&r.id) && r.stage.previous().is_some())
        .unwrap()
        .id
        .clone();
    ui.select(&other);
    ids
}

#[test]
fn b_moves_the_marked_cases_back_after_a_preview() {
    let mut ui = Live::demo();
    let ids = mark_two_movable(&mut ui);
    let cursor = ui.state.list.selected.clone().unwrap();
    let before: Vec<_> = ids.iter().map(|id| ui.session.case(id).unwrap()).collect();
    let cursor_before = ui.session.case(&cursor).unwrap();
    ui.keys("b");
    let shown = ui.render_at(100, 30);
    for id in &ids {
        assert!(
            shown.contains(id.as_str()),
            "the preview lists {id}:\n{shown}"
        );
    }
    assert!(shown.contains("批量退回 2 项"), "{shown}");
    ui.keys("材料不全<Enter>");
    for (id, b) in ids.iter().zip(&before) {
        let after = ui.session.case(id).unwrap();
        assert_eq!(Some(after.stage), b.stage.previous(), "{id} moved back");
    }
    assert_eq!(
        ui.session.case(&cursor).unwrap().rev,
        cursor_before.rev,
        "cursor row untouched"
    );
    assert!(
        ui.state.list.marks.is_empty(),
        "marks of done cases are cleared"
    );
    let msg = ui.state.status.message.clone().unwrap_or_default();
    assert!(msg.contains('2'), "{msg}");
}

#[test]
fn m_puts_one_note_on_every_marked_case() {
    let mut ui = Live::demo();
    let ids = mark_two_movable(&mut ui);
    let cursor = ui.state.list.selected.clone().unwrap();
    let cursor_rev = ui.session.case(&cursor).unwrap().rev;
    ui.keys("m");
    assert!(ui.render_at(100, 30).contains("为 2 项添加同一条备注"));
    ui.keys("已电话确认<Enter>");
    for id in &ids {
        let c = ui.session.case(id).unwrap();
        assert!(
            c.notes.iter().any(|n| n.text == "已电话确认"),
            "{id}: {:?}",
            c.notes
        );
    }
    assert_eq!(ui.session.case(&cursor).unwrap().rev, cursor_rev);
}

#[test]
fn a_one_case_action_says_the_marks_were_not_taken() {
    let mut ui = Live::demo();
    mark_two_movable(&mut ui);
    let cursor = ui.state.list.selected.clone().unwrap();
    ui.keys("e");
    let msg = ui.state.status.message.clone().unwrap_or_default();
    assert!(msg.contains(&cursor) && msg.contains("2"), "{msg:?}");
}

// -- bug 7: messages --

#[test]
fn writing_clears_when_a_stale_write_is_reported() {
    let mut ui = Live::demo();
    let ids = mark_two_movable(&mut ui);
    ui.keys("b");
    let other = tui_common::live::open(&ui.path, false);
    other.add_note(&ids[0], "另一位处长的备注").unwrap();
    ui.keys("材料不全<Enter>");
    assert!(ui.state.overlay().is_some(), "the stale write is reported");
    let msg = ui.state.status.message.clone().unwrap_or_default();
    assert!(!msg.contains("正在写入"), "{msg}");
}

// -- bug 6: choice fields --

/// Opens the acceptance form on a case in 验收 whose verdict is still empty, on the
/// verdict field.
fn empty_verdict(ui: &mut Live) -> bool {
    let ids: Vec<String> = ui
        .state
        .rows
        .iter()
        .filter(|r| r.stage == jiebang::domain::Stage::Accepting)
        .map(|r| r.id.clone())
        .collect();
    for id in ids {
        ui.select(&id);
        ui.keys(":acceptance<Enter>");
        ui.focus_field("acceptance.verdict");
        if verdict(ui).is_empty() {
            return true;
        }
        ui.keys("<Esc>");
        if matches!(ui.state.screen, Screen::Form(_)) {
            ui.keys("<Enter>");
        }
    }
    false
}

fn verdict(ui: &Live) -> String {
    match &ui.state.screen {
        Screen::Form(f) => f
            .fields
            .iter()
            .find(|f| f.path == "acceptance.verdict")
            .unwrap()
            .raw(),
        s => panic!("{s:?}"),
    }
}

#[test]
fn right_and_left_on_an_empty_choice_pick_the_first_option() {
    let mut ui = Live::demo();
    assert!(
        empty_verdict(&mut ui),
        "the demo has a case in 验收 with no verdict"
    );
    ui.keys("<Right>");
    assert_eq!(verdict(&ui), "passed", "the first option, not the second");
    ui.keys("<C-u>");
    assert!(verdict(&ui).is_empty() || verdict(&ui) == "passed");
    let mut ui = Live::demo();
    assert!(empty_verdict(&mut ui));
    ui.keys("<Left>");
    assert_eq!(verdict(&ui), "passed", "not 不通过");
    ui.keys("<Left>");
    assert_eq!(
        verdict(&ui),
        "failed",
        "the last only when wrapping from the first"
    );
}

#[test]
fn typing_into_a_choice_filters_its_options_by_pinyin_and_enter_takes_the_highlighted() {
    let mut ui = Live::demo();
    assert!(empty_verdict(&mut ui));
    ui.keys("btg");
    let shown = ui.render_at(100, 30);
    let line = shown
        .lines()
        .find(|l| l.contains("btg"))
        .unwrap_or_else(|| panic!("the typed filter is shown:\n{shown}"));
    assert!(
        line.contains("不通过") && !line.contains("需要复议"),
        "{line}"
    );
    ui.keys("<Enter>");
    assert_eq!(verdict(&ui), "failed");
    // Back on the field, every option shows again.
    ui.keys("<S-Tab>");
    let shown = ui.render_at(100, 30);
    assert!(shown.contains("需要复议"), "{shown}");
    ui.keys("zzz");
    assert!(ui.render_at(100, 30).contains("没有匹配的选项"));
}

// -- bug 7: messages wrap into a message area; `:messages` --

#[test]
fn a_long_filter_error_wraps_into_a_message_area_at_80_columns() {
    let mut ui = Live::demo();
    ui.act(jiebang::app::ui::Action::Resize {
        width: 80,
        height: 24,
    });
    ui.keys("fstage:nosuch");
    let err = match ui.state.overlay() {
        Some(jiebang::app::ui::state::Overlay::Filter { error: Some(e), .. }) => {
            jiebang::app::ui::overlays::filter_error_text(jiebang::i18n::Lang::Zh, e)
        }
        o => panic!("{o:?}"),
    };
    let shown = ui.render_at(80, 24);
    let flat: String = shown.split_whitespace().collect();
    let err = jiebang::app::ui::text::Shown::new(&err).into_string();
    let want: String = err.split_whitespace().collect();
    assert!(
        flat.contains(&want),
        "the whole error shows:\n{err}\n{shown}"
    );
}

#[test]
fn messages_lists_what_the_status_line_showed_since_start() {
    let mut ui = Live::demo();
    ui.keys(":view nosuch<Enter>");
    let err = ui
        .state
        .status
        .error
        .clone()
        .expect("an unknown view is an error");
    ui.keys("jj");
    assert!(ui.state.status.error.is_none(), "gone from the status line");
    ui.keys(":messages<Enter>");
    let shown = ui.render_at(100, 30);
    assert!(shown.contains("消息记录"), "{shown}");
    let flat: String = shown.split_whitespace().collect();
    let err = jiebang::app::ui::text::Shown::new(&err).into_string();
    let want: String = err.split_whitespace().collect();
    assert!(flat.contains(&want), "{err}\n{shown}");
    ui.keys("<Esc>M");
    assert!(ui.render_at(100, 30).contains("消息记录"), "M opens it too");
}

// -- item 15: the small things --

#[test]
fn help_scroll_stops_at_its_end_and_g_and_g_jump() {
    let mut ui = Live::demo();
    ui.act(jiebang::app::ui::Action::Resize {
        width: 80,
        height: 24,
    });
    ui.keys("?");
    ui.render_at(80, 24);
    let scroll = |ui: &Live| match &ui.state.screen {
        Screen::Help { scroll, .. } => *scroll,
        s => panic!("{s:?}"),
    };
    ui.keys("G");
    let end = scroll(&ui);
    assert!(end > 0, "the help is longer than 24 rows at 80 columns");
    for _ in 0..5 {
        ui.keys("j");
    }
    assert_eq!(scroll(&ui), end, "clamped at the end");
    ui.keys("k");
    assert_eq!(scroll(&ui), end - 1, "one k moves at once");
    ui.keys("g");
    assert_eq!(scroll(&ui), 0);
}

#[test]
fn an_empty_store_suggests_n_and_import() {
    let mut ui = Live::demo();
    ui.state.rows = jiebang::app::ui::text::ShownRows::default();
    ui.state.facts.clear();
    jiebang::app::ui::cursor::rebuild(&mut ui.state).unwrap();
    let shown = ui.render_at(80, 24);
    let flat: String = shown.split_whitespace().collect();
    assert!(flat.contains("按n新建"), "{shown}");
    assert!(flat.contains("jiebangimport"), "{shown}");
}

#[test]
fn after_saving_a_new_case_the_cursor_is_on_it() {
    let mut ui = Live::demo();
    ui.select(&id_at(&ui, 3));
    ui.keys("n");
    ui.focus_field("field");
    ui.keys("氢");
    ui.type_into("issuer.name", "包头某稀土研究院");
    ui.type_into("achievement.name", "光标测试用新项目");
    ui.keys("<C-s>");
    let saved = ui.state.status.message.clone().unwrap_or_default();
    assert!(
        matches!(ui.state.screen, Screen::List),
        "saved: {saved} {:?}\n{}",
        ui.state.status.error,
        ui.render_at(100, 30)
    );
    let sel = ui.state.list.selected.clone().unwrap();
    assert!(saved.contains(&sel), "{saved} vs {sel}");
    assert_eq!(ui.state.row_by_id(&sel).unwrap().name, "光标测试用新项目");
}

#[test]
fn assign_completes_officers_and_refuses_an_unknown_user() {
    let mut ui = Live::demo();
    let officer = ui
        .state
        .rows
        .iter()
        .map(|r| r.officer.clone())
        .find(|o| !o.is_empty())
        .expect("the demo assigns cases");
    let prefix: String = officer.chars().take(2).collect();
    ui.keys(&format!(":assign {prefix}<Tab>"));
    let typed = match ui.state.overlay() {
        Some(jiebang::app::ui::state::Overlay::Command { input, .. }) => input.value().to_string(),
        o => panic!("{o:?}"),
    };
    let done = typed.strip_prefix("assign ").unwrap_or("");
    assert!(
        done.starts_with(&prefix) && ui.state.rows.iter().any(|r| r.officer == done),
        "Tab completes to a known officer: {typed}"
    );
    ui.keys("<Esc>");
    let id = ui.state.list.selected.clone().unwrap();
    let before = ui.session.case(&id).unwrap();
    ui.keys(":assign nosuchofficer9<Enter>");
    let after = ui.session.case(&id).unwrap();
    assert_eq!(after.rev, before.rev, "nothing written for an unknown user");
    assert_eq!(after.officer, before.officer);
    let said = format!("{:?} {:?}", ui.state.status, ui.state.overlay());
    assert!(said.contains("nosuchofficer9"), "{said}");
}

#[test]
fn at_60_columns_the_list_keeps_the_overdue_marker() {
    let mut ui = Live::demo();
    ui.act(jiebang::app::ui::Action::Resize {
        width: 60,
        height: 40,
    });
    filter(&mut ui, "overdue");
    assert!(
        !ui.state.list.visible.is_empty(),
        "the demo has overdue cases"
    );
    let shown = ui.render_at(60, 40);
    let id = id_at(&ui, 1);
    let line = shown.lines().find(|l| l.contains(&id)).unwrap();
    assert!(line.starts_with(" !"), "{line}\n{shown}");
}

/// `:export` of thousands of cases: the loop is handed the export with a status saying it
/// is under way (drawn before the write), and the result replaces it. A short export runs
/// at once.
#[test]
fn a_long_export_says_it_is_under_way_before_it_runs() {
    use jiebang::app::ui::{Action, Effect};
    use jiebang::tui::runner;
    let n = runner::EXPORT_SHOWN_FROM + 20;
    let mut ui = Live::generated(n);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("all.csv");
    ui.keys(&format!(":export {}", path.display()));
    let loop_effects = runner::dispatch(
        &mut ui.state,
        &ui.session,
        Action::Key(jiebang::app::ui::keys::KeyChord::parse("Enter").unwrap()),
    );
    assert!(
        matches!(loop_effects.as_slice(), [Effect::Export { ids, .. }] if ids.len() == n),
        "the export is left to the loop: {loop_effects:?}"
    );
    let under_way = ui.render();
    assert!(
        under_way.contains(&format!("正在导出 {n} 项")),
        "{under_way}"
    );
    assert!(!path.exists(), "nothing written before the frame");
    for e in loop_effects {
        for a in runner::execute(e, &ui.session, ui.state.lang()) {
            runner::dispatch(&mut ui.state, &ui.session, a);
        }
    }
    assert!(
        ui.render().contains(&format!("已导出 {n} 项")),
        "{}",
        ui.render()
    );
    assert!(path.exists());

    let mut small = Live::new(jiebang::i18n::Lang::Zh);
    let p2 = dir.path().join("few.csv");
    small.keys(&format!(":export {}<Enter>", p2.display()));
    assert!(p2.exists(), "a short export runs at once");
}
