//! Hostile text on the real list: a name stored with zero-width joiners and spaces, a
//! byte-order mark, a right-to-left override and an isolate is shown by the CLI's policy
//! (each as a visible `\u{..}`), so no row shifts and no stale cell is left behind; a
//! Mongolian name keeps its letters and its alignment. Drawn at 80×24 on a real `Session`.

mod tui_common;

use jiebang::io::inert::is_unsafe;
use tui_common::live::Live;
use unicode_width::UnicodeWidthStr;

const HOSTILE: &str = "石\u{200d}墨\u{200b}烯\u{feff}\u{202e}反向\u{2066}隔离";
const MONGOL: &str = "ᠮᠣᠩᠭᠣᠯ稀土";

#[test]
fn hostile_names_are_shown_inert_and_rows_keep_their_columns() {
    // The harness's clock and officer are fixed, so the snapshots hold as drawn.
    let mut ui = Live::demo();
    let ids: Vec<String> = ui.state.rows.iter().take(2).map(|r| r.id.clone()).collect();
    for (id, name) in ids.iter().zip([HOSTILE, MONGOL]) {
        ui.store_as_given(id, &[("achievement.name", name)]);
    }
    ui.resize(80, 24);
    let screen = ui.render_at(80, 24);
    assert_inert(&screen);
    let row = |needle: &str| {
        screen
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no row with {needle}:\n{screen}"))
            .to_string()
    };
    let hostile = row("石\\u{200d}墨");
    let mongol = row("ᠮᠣᠩᠭᠣᠯ稀土");
    // The columns after the name start where the header's do.
    let header = screen.lines().nth(1).unwrap_or("");
    let field_at = |l: &str| {
        let cut = l
            .find("领域")
            .or_else(|| l.find(" 氢能"))
            .or_else(|| l.find(" 储能"));
        cut.map(|i| UnicodeWidthStr::width(&l[..i]))
    };
    let hostile_at = field_at(&hostile);
    assert_eq!(hostile_at, field_at(&mongol), "{hostile}\n{mongol}");
    assert!(hostile_at.is_some_and(|x| x + 1 >= field_at(header).unwrap_or(0)));
    insta::assert_snapshot!("hostile_list_zh_80x24", screen);
    ui.keys("g<Enter><Tab>");
    let detail = ui.render_at(80, 24);
    assert_inert(&detail);
    assert!(detail.contains("\\u{202e}反向\\u{2066}隔离"), "{detail}");
    insta::assert_snapshot!("hostile_detail_zh_80x24", detail);
}

/// No character the terminal could act on, or draw misleadingly, reached the screen.
fn assert_inert(screen: &str) {
    assert!(
        !screen.chars().any(|c| is_unsafe(c) && c != '\n'),
        "{screen}"
    );
}
