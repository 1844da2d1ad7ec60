//! The TUI over the real thing: an `app::Session` on a temporary store with the demo data.
//! Pinyin search, an advance written with its audit event, a refusal citing its article,
//! and a stale write from a second session.

use jiebang::app::facts::OverdueKind;
use jiebang::app::ui::backend::Backend;
use jiebang::app::ui::state::{Dialog, Overlay, Screen};
use jiebang::i18n::Lang;
use jiebang::tui::runner;

mod tui_common;

use tui_common::live::{Live, open};

/// A case whose advance the rules allow (or refuse).
fn case_where(ui: &Live, allowed: bool) -> String {
    ui.state
        .rows
        .iter()
        .filter(|r| !r.stage.is_closed())
        .find(|r| {
            ui.session
                .preview_advance(&r.id)
                .is_ok_and(|p| p.to.is_some() && p.allowed() == allowed)
        })
        .map(|r| r.id.clone())
        .expect("the demo has such a case")
}

#[test]
fn pinyin_initials_find_chinese_names() {
    let mut ui = Live::demo();
    assert!(ui.state.rows.len() > 50);
    ui.keys("/btxt");
    let first = ui.state.list.hit_at(0).expect("a hit for btxt");
    let row = &ui.state.rows[first.row];
    let text = first.text(row);
    assert!(text.contains("包头") || text.contains('稀'), "{text}");
    ui.keys("<Enter>");
    assert!(matches!(ui.state.screen, Screen::Detail(_)));
}

#[test]
fn an_allowed_advance_is_written_with_its_audit_event() {
    let mut ui = Live::demo();
    let id = case_where(&ui, true);
    let before = ui.session.case(&id).unwrap();
    ui.select(&id);
    ui.keys("a");
    ui.keys("演示推进<Enter>");
    let after = ui.session.case(&id).unwrap();
    assert_eq!(
        Some(after.stage),
        before.stage.next(),
        "{:?}",
        ui.state.overlay
    );
    assert_eq!(after.rev, before.rev + 1);
    let events = ui.session.store().events(Some(&id)).unwrap();
    assert!(events.last().unwrap().note.contains("演示推进"));
    let row = ui.state.rows.iter().find(|r| r.id == id).unwrap();
    assert_eq!(row.stage, after.stage, "list reloaded");
}

#[test]
fn a_refusal_cites_its_article_and_writes_nothing() {
    let mut ui = Live::demo();
    let id = case_where(&ui, false);
    let rev = ui.session.case(&id).unwrap().rev;
    ui.select(&id);
    ui.keys("a");
    match &ui.state.overlay {
        Some(Overlay::Dialog(Dialog::Advance {
            previews: Some(p), ..
        })) => {
            assert!(!p[0].unmet.is_empty());
            assert!(
                p[0].unmet
                    .iter()
                    .all(|u| u.article.starts_with('第') || u.article.contains('函')),
                "{:?}",
                p[0].unmet
            );
        }
        other => panic!("{other:?}"),
    }
    ui.keys("<Enter>");
    assert_eq!(ui.session.case(&id).unwrap().rev, rev);
}

#[test]
fn a_write_from_another_session_is_stale_and_seen_by_polling() {
    let mut ui = Live::demo();
    let id = case_where(&ui, true);
    ui.select(&id);
    ui.keys("<Enter>a");
    let other = open(&ui.path, false);
    other.add_note(&id, "另一位处长的备注").unwrap();
    let rev_now = other.case(&id).unwrap().rev;
    ui.keys("<Enter>");
    match &ui.state.overlay {
        Some(Overlay::Dialog(Dialog::Message { lines, .. })) => {
            assert!(lines.iter().any(|l| l.contains(&id)), "{lines:?}");
        }
        other => panic!("expected a stale report, got {other:?}"),
    }
    match &ui.state.screen {
        Screen::Detail(d) => assert_eq!(d.detail.case.rev, rev_now, "case reloaded"),
        s => panic!("{s:?}"),
    }
    // Idle polling notices the other session's next change.
    other.add_note(&id, "再一条").unwrap();
    let counter = ui.session.change_counter().unwrap();
    assert_ne!(counter, ui.state.counter);
    let a = runner::load_summaries(&ui.session);
    ui.act(a);
    assert_eq!(ui.state.counter, counter);
    assert_eq!(ui.state.list.selected.as_deref(), Some(id.as_str()));
}

/// The detail carries the publicity end from the session's holiday calendar, and the row
/// facts flag exactly the cases whose mid-term check or rectification is past due.
#[test]
fn detail_and_facts_use_the_sessions_calendar_and_settings() {
    use jiebang::domain::rules::{self, DeadlineKind};
    let ui = Live::demo();
    let s = &ui.session;
    let today = Backend::today(s);
    let rows = Backend::summaries(s).unwrap();
    let facts = Backend::facts(s, &rows, today);
    let mut announcing = 0;
    for (r, f) in rows.iter().zip(&facts) {
        let late = rules::overdue_deadlines(r, today, &s.calendar, &s.settings);
        let has = |k: DeadlineKind| late.iter().any(|d| d.kind == k);
        let late = |k: OverdueKind| f.overdue.contains(k);
        assert_eq!(
            late(OverdueKind::Midterm),
            has(DeadlineKind::MidtermDue),
            "{}",
            r.id
        );
        assert_eq!(
            late(OverdueKind::Rectify),
            has(DeadlineKind::RectifyBy),
            "{}",
            r.id
        );
        let detail = Backend::case(s, &r.id).unwrap();
        match detail.case.publicity.start {
            Some(start) => {
                announcing += 1;
                let want = rules::publicity_end(start, &s.calendar, &s.settings);
                let got = detail.publicity_end.expect("publicity end");
                assert_eq!(got.date, want.date, "{}", r.id);
                assert_eq!(got.unknown_years.is_empty(), !want.estimated, "{}", r.id);
            }
            None => assert!(detail.publicity_end.is_none()),
        }
    }
    assert!(announcing > 0, "the demo has publicity periods");
}

#[test]
fn history_reads_in_the_officers_language() {
    let mut ui = Live::demo();
    let id = case_where(&ui, true);
    let before = ui.session.case(&id).unwrap();
    let to = before.stage.next().unwrap();
    ui.select(&id);
    ui.keys("a");
    ui.keys("演示推进<Enter>");
    ui.keys("m");
    ui.keys("已电话确认资金到位<Enter>");
    let history = Backend::case(&ui.session, &id).unwrap().history;
    let lines: Vec<&str> = history.iter().map(|h| h.what.as_str()).collect();
    assert_eq!(lines[0], "备注: 已电话确认资金到位", "{lines:?}");
    assert_eq!(
        lines[1],
        format!(
            "阶段变更: {} -> {} (演示推进)",
            before.stage.label(Lang::Zh),
            to.label(Lang::Zh)
        ),
        "{lines:?}"
    );
    assert!(lines[2].starts_with("导入"), "{lines:?}");
}

#[test]
fn a_due_mid_term_check_is_not_called_the_end_of_implementation() {
    use jiebang::domain::rules::DeadlineKind;
    let ui = Live::demo();
    let (i, f) = ui
        .state
        .facts
        .iter()
        .enumerate()
        .find(|(_, f)| f.overdue.contains(OverdueKind::Midterm))
        .expect("the demo has an overdue mid-term check");
    let due = f.due.expect("a due date");
    assert_eq!(
        due.kind,
        DeadlineKind::MidtermDue,
        "{}",
        ui.state.rows[i].id
    );
    let end = ui.session.case(&ui.state.rows[i].id).unwrap().plan.end;
    assert_ne!(Some(due.date), end);
}

#[test]
fn an_export_to_a_missing_folder_says_what_to_do_in_chinese() {
    let ui = Live::demo();
    let ids = vec![ui.state.rows[0].id.clone()];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nope").join("x.xlsx");
    let err = Backend::export(&ui.session, &path.display().to_string(), &ids).unwrap_err();
    assert!(err.contains("目录不存在"), "{err}");
    assert!(err.contains("请换一个"), "{err}");
    assert!(!err.contains("os error"), "{err}");
}
