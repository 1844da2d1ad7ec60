//! State-machine tests: (the office's cases, keys typed, expected state and store).

mod tui_common;

use jiebang::app::ui::Action;
use jiebang::app::ui::list::Column;
use jiebang::app::ui::state::{Dialog, Overlay, Screen};
use jiebang::domain::Stage;
use jiebang::i18n::Lang;
use tui_common::Live;

fn dialog(h: &Live) -> &Dialog {
    match h.state.overlay() {
        Some(Overlay::Dialog(d)) => d,
        other => panic!("expected a dialog, got {other:?}"),
    }
}

#[test]
fn moving_and_opening_a_case() {
    let mut h = Live::new(Lang::Zh);
    assert_eq!(h.selected().as_deref(), Some("JB-2026-0001"));
    h.keys("jj");
    assert_eq!(h.selected().as_deref(), Some("JB-2026-0003"));
    h.keys("G");
    assert_eq!(h.selected().as_deref(), Some("JB-2026-0071"));
    h.keys("g<Enter>");
    match &h.state.screen {
        Screen::Detail(d) => assert_eq!(d.detail.case.id, "JB-2026-0001"),
        other => panic!("expected detail, got {other:?}"),
    }
    h.keys("<Tab><Tab>");
    assert!(
        matches!(&h.state.screen, Screen::Detail(d) if d.tab == jiebang::app::ui::tabs::Tab::Takers)
    );
    h.keys("<Esc>");
    assert!(matches!(h.state.screen, Screen::List));
    assert_eq!(h.selected().as_deref(), Some("JB-2026-0001"));
}

#[test]
fn search_narrows_and_esc_restores_list_and_selection() {
    let mut h = Live::new(Lang::Zh);
    h.select("JB-2026-0013");
    h.keys("/包头");
    let ids = h.visible_ids();
    assert_eq!(ids.len(), 4, "{ids:?}");
    for id in &ids {
        let row = h.state.rows.iter().find(|r| &r.id == id).unwrap();
        let all = format!("{} {} {:?}", row.name, row.issuer, row.taker);
        assert!(all.contains("包头"), "{id}: {all}");
    }
    assert_eq!(h.state.list.cursor, 0, "best hit selected");
    h.keys("<Esc>");
    assert_eq!(h.visible_ids().len(), 14);
    assert_eq!(h.selected().as_deref(), Some("JB-2026-0013"));
    assert!(h.state.overlay().is_none());
}

#[test]
fn search_enter_opens_the_hit_and_results_stay_until_esc() {
    let mut h = Live::new(Lang::Zh);
    h.keys("/掺氢<Enter>");
    assert!(matches!(&h.state.screen, Screen::Detail(d) if d.detail.case.id == "JB-2026-0013"));
    h.keys("<Esc>");
    assert_eq!(h.visible_ids(), vec!["JB-2026-0013"]);
    h.keys("<Esc>");
    assert_eq!(h.visible_ids().len(), 14);
    assert_eq!(h.selected().as_deref(), Some("JB-2026-0013"));
}

#[test]
fn a_newer_keystroke_supersedes_a_pending_search() {
    let mut h = Live::new(Lang::Zh);
    h.burst("/包头稀");
    // Keys arrived faster than the searches: none has run yet...
    assert!(h.state.status.dirty_search);
    // ...and once the queue is empty, one search runs for the whole query.
    jiebang::app::ui::settle(&mut h.state);
    assert_eq!(h.state.list.found.as_ref().unwrap().query, "包头稀");
    // The contiguous match ranks first.
    assert_eq!(h.visible_ids()[0], "JB-2026-0051");
}

#[test]
fn search_matched_characters_are_recorded_for_highlighting() {
    let mut h = Live::new(Lang::Zh);
    h.keys("/稀土");
    let hit = h.state.list.hit_at(0).expect("a hit");
    assert_eq!(hit.positions.len(), 2);
    let row = &h.state.rows[hit.row];
    let text: String = hit
        .positions
        .iter()
        .map(|p| hit.text(row).chars().nth(*p).unwrap())
        .collect();
    assert_eq!(text, "稀土");
}

#[test]
fn filter_applies_and_a_bad_term_keeps_the_previous_result() {
    let mut h = Live::new(Lang::Zh);
    h.keys("fstage:announcing<Enter>");
    assert_eq!(h.visible_ids(), vec!["JB-2026-0012", "JB-2026-0030"]);
    assert_eq!(h.state.list.query, "stage:announcing");
    h.keys("f");
    h.act(Action::Paste(" field:nowhere".into()));
    match h.state.overlay() {
        Some(Overlay::Filter { error: Some(e), .. }) => assert_eq!(e.term(), "field:nowhere"),
        other => panic!("expected a filter error, got {other:?}"),
    }
    assert_eq!(h.visible_ids(), vec!["JB-2026-0012", "JB-2026-0030"]);
    assert!(h.render().contains("field:nowhere"), "error shown in place");
    // Enter does not accept a query that does not parse.
    h.keys("<Enter>");
    assert!(matches!(h.state.overlay(), Some(Overlay::Filter { .. })));
    h.keys("<Esc>");
    assert!(h.state.overlay().is_none());
    assert_eq!(h.state.list.query, "stage:announcing");
}

#[test]
fn filter_completion_offers_values() {
    let mut h = Live::new(Lang::En);
    h.keys("fstage:ann<Tab>");
    match h.state.overlay() {
        Some(Overlay::Filter { input, .. }) => assert_eq!(input.value(), "stage:announcing"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn advance_confirmed_writes_with_the_note() {
    let mut h = Live::new(Lang::Zh);
    h.select("JB-2026-0013");
    h.keys("a");
    match dialog(&h) {
        Dialog::Advance {
            previews: Some(p), ..
        } => {
            assert!(p[0].allowed());
            assert_eq!(p[0].to, Some(Stage::Announcing));
        }
        d => panic!("{d:?}"),
    }
    h.keys("材料齐全<Enter>");
    assert_eq!(h.stage_of("JB-2026-0013"), Stage::Announcing);
    let detail = jiebang::app::ui::Backend::case(&h.session, "JB-2026-0013").unwrap();
    assert!(detail.history[0].what.contains("材料齐全"));
    assert!(h.state.overlay().is_none());
    let row = h
        .state
        .rows
        .iter()
        .find(|r| r.id == "JB-2026-0013")
        .unwrap();
    assert_eq!(
        row.stage,
        Stage::Announcing,
        "list reloaded after the write"
    );
    assert_eq!(h.selected().as_deref(), Some("JB-2026-0013"));
}

#[test]
fn advance_refused_lists_articles_and_writes_nothing() {
    let mut h = Live::new(Lang::Zh);
    h.select("JB-2026-0030");
    let before = h.counter();
    h.keys("a");
    match dialog(&h) {
        Dialog::Advance {
            previews: Some(p), ..
        } => {
            // Signed inside the publicity period, and the agreement's terms not filled in.
            assert!(!p[0].allowed());
            assert_eq!(p[0].unmet[0].article, "第九条(七)");
        }
        d => panic!("{d:?}"),
    }
    let screen = h.render();
    assert!(screen.contains("第九条(七)"), "{screen}");
    h.keys("<Enter>");
    assert_eq!(h.counter(), before);
    assert_eq!(h.stage_of("JB-2026-0030"), Stage::Announcing);
}

#[test]
fn bulk_advance_previews_then_moves_only_the_allowed() {
    let mut h = Live::new(Lang::Zh);
    // 0013 and 0051 may move on; 0003 has no recommended taker yet (第九条(五)).
    for id in ["JB-2026-0003", "JB-2026-0013", "JB-2026-0051"] {
        h.select(id);
        h.keys("<Space>");
    }
    assert_eq!(h.state.list.marks.len(), 3);
    let before = h.counter();
    h.keys("a");
    match dialog(&h) {
        Dialog::Advance {
            previews: Some(p), ..
        } => {
            assert_eq!(p.iter().filter(|p| p.allowed()).count(), 2);
        }
        d => panic!("{d:?}"),
    }
    assert_eq!(h.counter(), before, "nothing written before confirming");
    h.keys("<Enter>");
    assert_eq!(h.stage_of("JB-2026-0013"), Stage::Announcing);
    assert_eq!(h.stage_of("JB-2026-0051"), Stage::Applying);
    assert_eq!(h.stage_of("JB-2026-0003"), Stage::Reviewing);
    let marks: Vec<_> = h.state.list.marks.iter().cloned().collect();
    assert_eq!(marks, vec!["JB-2026-0003"], "refused case stays marked");
}

#[test]
fn stale_revision_shows_who_and_when_and_reloads() {
    let mut h = Live::new(Lang::Zh);
    h.select("JB-2026-0013");
    h.keys("<Enter>a");
    h.touch("JB-2026-0013", "任务书日期");
    let rev = h.get("JB-2026-0013").rev;
    h.keys("<Enter>");
    assert_eq!(h.stage_of("JB-2026-0013"), Stage::Matching);
    match dialog(&h) {
        Dialog::Message { lines, .. } => {
            let all = lines.join("\n");
            assert!(all.contains("lisi") && all.contains("11-26 10:42"), "{all}");
        }
        d => panic!("{d:?}"),
    }
    match &h.state.screen {
        Screen::Detail(d) => assert_eq!(d.detail.case.rev, rev, "case reloaded"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn moving_back_requires_a_reason() {
    let mut h = Live::new(Lang::Zh);
    h.select("JB-2026-0013");
    h.keys("b<Enter>");
    match dialog(&h) {
        Dialog::Back {
            error: Some(_), to, ..
        } => assert_eq!(*to, Stage::Reviewing),
        d => panic!("{d:?}"),
    }
    assert_eq!(h.stage_of("JB-2026-0013"), Stage::Matching);
    h.keys("材料不全<Enter>");
    assert_eq!(h.stage_of("JB-2026-0013"), Stage::Reviewing);
    let detail = jiebang::app::ui::Backend::case(&h.session, "JB-2026-0013").unwrap();
    assert!(detail.history[0].what.contains("材料不全"));
}

#[test]
fn a_note_is_appended() {
    let mut h = Live::new(Lang::Zh);
    h.select("JB-2026-0002");
    h.keys("m<Enter>");
    assert!(matches!(dialog(&h), Dialog::Note { error: Some(_), .. }));
    h.keys("已电话确认资金到位<Enter>");
    assert_eq!(h.get("JB-2026-0002").notes[0].text, "已电话确认资金到位");
}

#[test]
fn selection_stays_on_the_same_case_when_others_change_the_store() {
    let mut h = Live::new(Lang::Zh);
    h.select("JB-2026-0021");
    let pos = h.state.list.cursor;
    let mut new = h.get("JB-2026-0002");
    new.id = "JB-2026-0005".into();
    h.add(new);
    h.idle_poll();
    assert_eq!(h.state.rows.len(), 15);
    assert_eq!(h.selected().as_deref(), Some("JB-2026-0021"));
    assert_eq!(h.state.list.cursor, pos + 1);
}

#[test]
fn an_open_case_reloads_when_someone_else_changes_it() {
    let mut h = Live::new(Lang::Zh);
    h.select("JB-2026-0013");
    h.keys("<Enter>");
    h.touch("JB-2026-0013", "备注");
    h.idle_poll();
    assert!(matches!(&h.state.screen, Screen::Detail(d) if d.detail.case.rev == 4));
}

#[test]
fn command_line_runs_registered_commands() {
    let mut h = Live::new(Lang::Zh);
    h.keys(":stage reviewing<Enter>");
    assert_eq!(h.state.list.query, "stage:reviewing");
    h.keys(":view 逾期<Enter>");
    // Overdue by any deadline: the implementation end and mid-term check (0001), the
    // rectification (0021), a publicity ended but not moved on (0030), acceptance (0061).
    let late = [
        "JB-2026-0001",
        "JB-2026-0021",
        "JB-2026-0030",
        "JB-2026-0061",
    ];
    assert_eq!(h.visible_ids(), late);
    h.keys(":sort amount<Enter>");
    assert_eq!(h.state.list.sort.column, Column::Amount);
    h.keys(":save 我的逾期<Enter>");
    assert!(
        h.state
            .views
            .iter()
            .any(|v| v.name == "我的逾期" && v.query == "overdue")
    );
    let out = h.path.with_file_name("out.csv");
    h.keys(&format!(":export {}<Enter>", out.display()));
    let csv = std::fs::read_to_string(&out).expect("the export is written");
    let mut ids: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    ids.sort();
    assert_eq!(ids, late);
    h.keys(":fly<Enter>");
    assert!(
        h.state
            .status
            .error
            .as_deref()
            .unwrap_or("")
            .contains("fly")
    );
    h.keys(":lang en<Enter>");
    assert_eq!(h.state.lang(), Lang::En);
    h.keys(":q<Enter>");
    assert!(h.state.quit);
}

#[test]
fn command_line_completes_names_and_arguments() {
    let mut h = Live::new(Lang::Zh);
    h.keys(":vi<Tab>");
    let value = |h: &Live| match h.state.overlay() {
        Some(Overlay::Command { input, .. }) => input.value().to_string(),
        other => panic!("{other:?}"),
    };
    assert_eq!(value(&h), "view");
    h.keys(" <Tab>");
    // The store keeps the views in name order.
    assert_eq!(value(&h), "view 公示中");
    h.keys("<Tab>");
    assert_eq!(value(&h), "view 待我处理");
}

#[test]
fn dashboard_figures_open_exactly_their_cases() {
    let mut h = Live::new(Lang::Zh);
    h.keys("d");
    assert!(matches!(h.state.screen, Screen::Dashboard));
    // Hydrogen is the fourth field row, announcing the seventh stage column.
    h.keys("jjjllllll<Enter>");
    assert!(matches!(h.state.screen, Screen::List));
    assert_eq!(h.state.list.query, "stage:announcing field:hydrogen");
    assert_eq!(h.visible_ids(), vec!["JB-2026-0012", "JB-2026-0030"]);
    // 30 days without activity, open cases only: a query says exactly that (the footer
    // starts with 待我处理, then 逾期 and one figure per kind of deadline).
    h.keys("d<Down><Down><Down><Down><Down><Down><Down>hhhhhhhhhhllllllll<Enter>");
    assert_eq!(h.visible_ids(), vec!["JB-2026-0061", "JB-2026-0070"]);
    assert!(h.state.list.query.starts_with("stale>=30d"));
    // Publicity ending within 5 working days needs the calendar: the exact ids are pinned.
    h.keys("d<Down><Down><Down><Down><Down><Down><Down>hhhhhhhhhhlllllll<Enter>");
    assert_eq!(
        h.visible_ids(),
        vec!["JB-2026-0012"],
        "{:?} {:?}",
        h.state.dashboard.cursor,
        h.state.list.pinned
    );
    assert!(h.state.list.pinned.is_some());
    h.keys("<Esc>");
    assert!(h.state.list.pinned.is_none());
    h.keys("<Esc>");
    assert_eq!(h.visible_ids().len(), 14);
}

#[test]
fn sorting_cycles_and_reverses_keeping_the_selection() {
    let mut h = Live::new(Lang::Zh);
    h.select("JB-2026-0013");
    h.keys("s");
    assert_eq!(h.state.list.sort.column, Column::Name);
    assert_eq!(h.selected().as_deref(), Some("JB-2026-0013"));
    h.keys(":sort amount<Enter>S");
    assert!(h.state.list.sort.descending);
    assert_eq!(h.visible_ids()[0], "JB-2026-0071", "largest amount first");
    assert_eq!(h.selected().as_deref(), Some("JB-2026-0013"));
}

#[test]
fn read_only_refuses_writes_up_front() {
    let mut h = Live::new(Lang::Zh);
    h.state.settings.read_only = true;
    h.keys("a");
    assert!(h.state.overlay().is_none());
    assert!(h.state.status.error.is_some());
}

#[test]
fn markers_show_selection_and_marks_without_colour() {
    let mut h = Live::new(Lang::Zh);
    h.keys("<Space>");
    let screen = h.render();
    let lines: Vec<&str> = screen.lines().collect();
    assert!(lines[2].starts_with(" *JB-2026-0001"), "{}", lines[2]);
    assert!(lines[3].starts_with(">"), "{}", lines[3]);
}

#[test]
fn the_cursor_sits_at_the_caret_of_every_input() {
    let mut h = Live::new(Lang::Zh);
    assert_eq!(h.cursor(), None);
    h.keys("/包头");
    assert_eq!(h.cursor(), Some((2 + 4, 23)));
    h.keys("<Left>");
    assert_eq!(h.cursor(), Some((2 + 2, 23)));
    h.keys("<Esc>m");
    let (x, y) = h.cursor().expect("note input has the cursor");
    h.keys("备注");
    assert_eq!(h.cursor(), Some((x + 4, y)));
}

#[test]
fn quit_and_help_from_the_list() {
    let mut h = Live::new(Lang::Zh);
    h.keys("?");
    assert!(matches!(h.state.screen, Screen::Help { .. }));
    h.keys("<Esc>");
    assert!(matches!(h.state.screen, Screen::List));
    h.keys("q");
    assert!(h.state.quit);
}

#[test]
fn typing_a_filter_key_does_not_flash_an_empty_list() {
    let mut h = Live::new(Lang::Zh);
    h.keys("fsta");
    assert_eq!(
        h.visible_ids().len(),
        14,
        "a key being typed is not a name search"
    );
    h.keys("ge:announcing");
    assert_eq!(h.visible_ids(), vec!["JB-2026-0012", "JB-2026-0030"]);
    h.keys(" 包头<Enter>");
    assert!(h.state.overlay().is_none());
    assert_eq!(h.visible_ids(), Vec::<String>::new());
}

#[test]
fn search_by_issuer_at_80_columns_still_shows_each_case_name() {
    // Many cases share one issuer: the issuer alone does not tell them apart.
    let mut h = Live::new(Lang::Zh);
    h.keys("/包头某稀土");
    let screen = h.render();
    let line = screen
        .lines()
        .find(|l| l.contains("JB-2026-0044"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(line.contains("包头"), "{line}");
    assert!(line.contains("高丰度"), "{line}");
}

#[test]
fn help_hint_survives_on_a_narrow_status_bar() {
    for (lang, help) in [(Lang::Zh, "? 帮助"), (Lang::En, "? help")] {
        let mut h = Live::new(lang);
        h.keys("<Space>");
        let screen = h.render();
        let status = screen.lines().nth(22).unwrap();
        assert!(status.contains(help), "{lang:?}: {status}");
        h.keys("<Enter>");
        let screen = h.render();
        let hints = screen.lines().nth(22).unwrap();
        assert!(
            hints.contains("e "),
            "{lang:?} detail hints name edit: {hints}"
        );
        assert!(hints.contains(help), "{lang:?}: {hints}");
    }
}

#[test]
fn detail_labels_staff_counts_and_a_bare_ip_yes() {
    use jiebang::domain::Case;
    let mut h = Live::new(Lang::Zh);
    let mut c: Case = h.get("JB-2026-0001");
    c.id = "JB-2026-0999".into();
    c.issuer.staff_total = Some(120);
    c.issuer.staff_bachelor = Some(80);
    c.issuer.staff_rd = Some(30);
    c.achievement.owns_ip = Some(true);
    c.achievement.ip_types.clear();
    h.add(c);
    h.keys("r");
    h.select("JB-2026-0999");
    h.keys("<Enter>");
    // The copied case breaks rules: their section comes first, so a taller terminal.
    let org = h.render_at(80, 48);
    assert!(org.contains("120 (本科以上 80, 研发 30)"), "{org}");
    h.keys("<Tab>");
    let need = h.render_at(80, 48);
    let ip = need.lines().find(|l| l.contains("知识产权")).unwrap();
    assert!(ip.contains("是") && !ip.contains("()"), "{ip}");
}

#[test]
fn an_empty_extension_form_says_what_to_fill_in_and_nothing_else() {
    let mut h = Live::new(Lang::Zh);
    h.keys(":extension<Enter>");
    let Screen::Form(f) = &h.state.screen else {
        panic!("{}", h.render())
    };
    let texts: Vec<String> = f.checks.iter().map(|c| c.full(f, Lang::Zh)).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts.iter().all(|t| t.contains("必填")), "{texts:?}");
}

#[test]
fn a_sixteen_column_form_label_keeps_a_space_before_its_value() {
    let mut h = Live::new(Lang::Zh);
    h.keys("e");
    for _ in 0..20 {
        h.keys("<Tab>");
    }
    let screen = h.render_at(80, 40);
    assert!(screen.contains("统一社会信用代码 ["), "{screen}");
}

#[test]
fn english_help_descriptions_start_with_a_capital_like_their_neighbours() {
    use jiebang::app::ui::commands::REGISTRY;
    for s in REGISTRY {
        let d = jiebang::i18n::tr(Lang::En, s.desc);
        assert!(
            d.chars().next().is_some_and(|c| !c.is_lowercase()),
            "{}: {d}",
            s.name
        );
    }
}

#[test]
fn a_long_value_reads_from_its_start_once_focus_leaves_it() {
    let mut h = Live::new(Lang::Zh);
    h.keys("e");
    for _ in 0..10 {
        let Screen::Form(f) = &h.state.screen else {
            panic!("{}", h.render())
        };
        if f.focused().path == "issuer.address" {
            break;
        }
        h.keys("<Tab>");
    }
    h.keys("内蒙古自治区包头市经济技术开发区腾飞路一百八十七号科技大厦");
    h.keys("<Tab>");
    let screen = h.render();
    let row = screen
        .lines()
        .find(|l| l.contains("单位地址"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(row.contains("[内蒙古自治区"), "{row}");
}

#[test]
fn dashboard_stage_labels_never_run_together_on_a_narrow_terminal() {
    for (lang, w, a, b) in [
        (Lang::Zh, 60, "征集", "论证"),
        (Lang::En, 80, "Coll", "Valid"),
    ] {
        let mut h = Live::new(lang);
        h.keys("d");
        let screen = h.render_at(w, 24);
        assert!(screen.contains(a) && screen.contains(b), "{screen}");
        assert!(!screen.contains(&format!("{a}{b}")), "{screen}");
    }
}

#[test]
fn the_command_line_says_what_the_typed_command_does() {
    let mut h = Live::new(Lang::Zh);
    h.keys(":midterm");
    assert!(h.render().contains("登记中期检查"), "{}", h.render());
    h.keys("<C-u>zzz");
    assert!(!h.render().contains("登记中期检查"));
    let mut h = Live::new(Lang::En);
    h.keys(":objection 2");
    assert!(
        h.render().contains("Reopen publicity objection"),
        "{}",
        h.render()
    );
}
