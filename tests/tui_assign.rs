//! 经办人 in the TUI: `:assign`, `:assign USER`, `:unassign` on the selected or marked
//! cases, stale revisions reported, `f mine`, and the dashboard's 待我处理 figure.

mod tui_common;

use jiebang::app::ui::dashboard::{FOOTER, Figure, field_rows};
use jiebang::app::ui::state::{Dialog, Overlay, Screen};
use jiebang::i18n::Lang;
use tui_common::Live;

#[test]
fn assign_unassign_and_assign_to_a_colleague() {
    let mut h = Live::new(Lang::Zh);
    h.select("JB-2026-0002");
    assert_eq!(h.get("JB-2026-0002").officer, "");
    h.keys(":assign<Enter>");
    assert_eq!(h.get("JB-2026-0002").officer, "zhangsan");
    assert!(h.state.status.message.is_some(), "{:?}", h.state.status);
    // The rows were reloaded: the list knows the new officer and revision.
    let row = h.state.row_by_id("JB-2026-0002").unwrap();
    assert_eq!(row.officer, "zhangsan");
    assert_eq!(row.rev, 4);

    h.keys(":unassign<Enter>");
    assert_eq!(h.get("JB-2026-0002").officer, "");

    // Marked cases all go to the colleague; the selection alone does not matter then.
    h.select("JB-2026-0003");
    h.keys(" ");
    h.select("JB-2026-0004");
    h.keys(" ");
    h.keys(":assign lisi<Enter>");
    assert_eq!(h.get("JB-2026-0003").officer, "lisi");
    assert_eq!(h.get("JB-2026-0004").officer, "lisi");
    assert_eq!(h.get("JB-2026-0002").officer, "");
    assert!(h.state.list.marks.is_empty());

    // From the detail screen, the open case; its header names the officer.
    h.select("JB-2026-0002");
    h.keys("<Enter>:assign wangwu<Enter>");
    assert_eq!(h.get("JB-2026-0002").officer, "wangwu");
    match &h.state.screen {
        Screen::Detail(d) => assert_eq!(d.detail.case.officer, "wangwu"),
        other => panic!("{other:?}"),
    }
    assert!(h.render_at(120, 30).contains("经办人 wangwu"));
}

#[test]
fn a_bad_user_name_is_refused_on_the_command_line() {
    let mut h = Live::new(Lang::Zh);
    h.select("JB-2026-0002");
    h.keys(&format!(":assign {}<Enter>", "x".repeat(65)));
    assert_eq!(h.get("JB-2026-0002").officer, "");
    let err = h.state.status.error.clone().unwrap_or_default();
    assert!(err.contains("64"), "{err}");
}

#[test]
fn assigning_a_case_someone_changed_meanwhile_is_reported_stale() {
    let mut h = Live::new(Lang::Zh);
    h.select("JB-2026-0002");
    h.touch("JB-2026-0002", "阶段");
    h.keys(":assign<Enter>");
    assert_eq!(h.get("JB-2026-0002").officer, "");
    match h.state.overlay() {
        Some(Overlay::Dialog(Dialog::Message { lines, .. })) => {
            assert!(lines.join("\n").contains("lisi"), "{lines:?}");
        }
        other => panic!("expected the stale report, got {other:?}"),
    }
}

#[test]
fn mine_filters_the_list_to_my_cases() {
    let mut h = Live::new(Lang::Zh);
    h.keys("fmine<Enter>");
    assert_eq!(
        h.visible_ids(),
        vec![
            "JB-2026-0001",
            "JB-2026-0003",
            "JB-2026-0012",
            "JB-2026-0021",
            "JB-2026-0071"
        ]
    );
    h.keys("f<C-u>officer:lisi<Enter>");
    assert_eq!(h.visible_ids(), vec!["JB-2026-0070"]);
}

#[test]
fn waiting_for_me_counts_my_pressing_open_cases_and_opens_them() {
    let mut h = Live::new(Lang::Zh);
    assert_eq!(FOOTER[0], Figure::Mine);
    // 0001 is overdue, 0012's publicity ends today and 0021's rectification is overdue;
    // 0003 and the withdrawn 0071 are mine but not pressing, and the stale 0070 is lisi's.
    assert_eq!(h.state.dashboard.mine, 3);
    h.keys("d");
    let screen = h.render_at(100, 30);
    assert!(screen.contains("待我处理 3 (zhangsan)"), "{screen}");
    h.state.dashboard.cursor = (field_rows().len(), 0);
    h.keys("<Enter>");
    assert_eq!(
        h.visible_ids(),
        vec!["JB-2026-0001", "JB-2026-0012", "JB-2026-0021"]
    );

    // Handing a case over moves it off my figure at the next refresh.
    h.select("JB-2026-0012");
    h.keys(":assign lisi<Enter>");
    assert_eq!(h.state.dashboard.mine, 2);
}
