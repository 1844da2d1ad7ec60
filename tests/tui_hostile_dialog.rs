//! Hostile text in dialogs: the advance and note dialogs name the case, whose stored name
//! carries zero-width characters, a byte-order mark, a right-to-left override and an
//! isolate. The dialog holds the name as `Shown` (sanitised where it entered the UI), so
//! each shows as a visible `\u{..}`. Drawn at 80×24 on a real `Session`.

mod tui_common;

use jiebang::io::inert::is_unsafe;
use tui_common::live::Live;

const HOSTILE: &str = "石\u{200d}墨\u{200b}烯\u{feff}\u{202e}反向\u{2066}隔离";
const SHOWN: &str = "石\\u{200d}墨\\u{200b}烯\\u{feff}\\u{202e}反向\\u{2066}隔离";

#[test]
fn dialogs_show_a_hostile_name_inert() {
    // Pinned: the advance dialog shows dates. The only test of this binary, so no other
    // thread reads the environment meanwhile.
    unsafe { std::env::set_var("JIEBANG_TODAY", "2026-11-26") };
    let mut ui = Live::demo();
    // A case that can still move, so the advance dialog names it.
    let at = ui
        .state
        .rows
        .iter()
        .position(|r| !r.stage.is_closed())
        .expect("the demo has open cases");
    let id = ui.state.rows[at].id.clone();
    ui.store_as_given(&id, &[("achievement.name", HOSTILE)]);
    ui.resize(80, 24);
    ui.keys(&"j".repeat(at));
    ui.keys("m");
    let note = ui.render_at(80, 24);
    assert_inert(&note);
    assert!(note.contains(SHOWN), "{note}");
    ui.keys("<Esc>");
    // Two marked cases: the bulk dialog lists each by id and name.
    ui.keys("<Space>j<Space>a");
    let advance = ui.render_at(80, 24);
    assert_inert(&advance);
    let listed = dialog_only(&advance);
    assert!(listed.contains(&format!("{id} 石\\u{{200d}}")), "{listed}");
    insta::assert_snapshot!("hostile_note_dialog_zh_80x24", dialog_only(&note));
    insta::assert_snapshot!("hostile_advance_dialog_zh_80x24", dialog_only(&advance));
}

/// No character the terminal could act on, or draw misleadingly, reached the screen.
fn assert_inert(screen: &str) {
    assert!(
        !screen.chars().any(|c| is_unsafe(c) && c != '\n'),
        "{screen}"
    );
}

/// The dialog's box, without the list behind it (which shows the time and the user).
fn dialog_only(screen: &str) -> String {
    screen
        .lines()
        .filter(|l| l.contains('│') || l.contains('┌') || l.contains('└'))
        .map(|l| {
            let from = l.find(['│', '┌', '└']).unwrap_or(0);
            let to = l
                .rfind(['│', '┐', '┘'])
                .map_or(l.len(), |i| i + '│'.len_utf8());
            l[from..to.max(from)].to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
