//! Hostile text where the officer works with it, drawn at 80×24 on a real `Session`: a
//! search hit in a name with a right-to-left override is highlighted on the characters
//! that matched (the list searches the text it draws), a Mongolian name found by its own
//! letters keeps its row aligned, and a value pasted into a form is shown inert while the
//! form saves exactly what was pasted.

mod tui_common;

use jiebang::app::ui::Action;
use jiebang::app::ui::state::Screen;
use jiebang::i18n::Lang;
use jiebang::io::inert::is_unsafe;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use tui_common::live::Live;
use unicode_width::UnicodeWidthStr;

const HOSTILE: &str = "甲\u{202e}乙丙\u{200b}丁材料";
const MONGOL: &str = "ᠮᠣᠩᠭᠣᠯ稀土";

/// The demo with the first two rows renamed, at 80×24.
fn renamed() -> (Live, Vec<String>) {
    let mut ui = Live::demo();
    let ids: Vec<String> = ui.state.rows.iter().take(2).map(|r| r.id.clone()).collect();
    for (id, name) in ids.iter().zip([HOSTILE, MONGOL]) {
        ui.store_as_given(id, &[("achievement.name", name)]);
    }
    ui.resize(80, 24);
    (ui, ids)
}

/// The screen line holding `needle`, and its row on the screen.
fn line_with(screen: &str, needle: &str) -> (u16, String) {
    screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(needle))
        .map(|(y, l)| (y as u16, l.to_string()))
        .unwrap_or_else(|| panic!("no line with {needle}:\n{screen}"))
}

/// The characters drawn in the match style (bold and underlined) on row `y`.
fn highlighted(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width)
        .map(|x| &buf[(x, y)])
        .filter(|c| c.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED))
        .map(|c| c.symbol())
        .collect()
}

#[test]
fn a_search_hit_in_a_hostile_name_is_highlighted_where_it_is_drawn() {
    let (mut ui, _) = renamed();
    ui.keys("/乙丙");
    let buf = ui.buffer_at(80, 24);
    let screen = ui.render_at(80, 24);
    assert_inert(&screen);
    let (y, line) = line_with(&screen, "甲\\u{202e}乙丙\\u{200b}丁");
    // Before the list searched the drawn text, the override shifted this onto `u{`.
    assert_eq!(highlighted(&buf, y), "乙丙", "{line}");
    insta::assert_snapshot!("hostile_search_hit_zh_80x24", screen);
}

#[test]
fn a_mongolian_name_found_by_its_letters_keeps_its_row_aligned() {
    let (mut ui, _) = renamed();
    ui.keys("/ᠮᠣᠩ");
    let buf = ui.buffer_at(80, 24);
    let screen = ui.render_at(80, 24);
    let (y, mongol) = line_with(&screen, MONGOL);
    assert_eq!(highlighted(&buf, y), "ᠮᠣᠩ", "{mongol}");
    // The stage column starts where the header's does, as on every other row.
    let row = ui
        .state
        .rows
        .iter()
        .find(|r| r.name == MONGOL)
        .expect("renamed");
    let stage = row.stage.label(Lang::Zh);
    let at = |l: &str, label: &str| l.find(label).map(|i| UnicodeWidthStr::width(&l[..i]));
    let header = screen.lines().nth(1).unwrap_or("");
    assert!(at(&mongol, stage).is_some(), "{screen}");
    assert_eq!(at(&mongol, stage), at(header, "阶段"), "{mongol}\n{header}");
}

#[test]
fn a_pasted_hostile_value_is_shown_inert_and_saved_as_pasted() {
    let (mut ui, ids) = renamed();
    let pasted = "新\u{202e}名\u{2066}称\u{1b}[31m红";
    ui.select(&ids[1]);
    ui.keys("e");
    ui.type_into("achievement.name", "");
    ui.act(Action::Paste(pasted.to_string()));
    let screen = ui.render_at(80, 24);
    assert_inert(&screen);
    // A one-line field takes a pasted control character as a space (as before); the
    // bidi characters are kept in the value and shown escaped.
    assert!(
        screen.contains("新\\u{202e}名\\u{2066}称 [31m红"),
        "{screen}"
    );
    // The caret stands after the value as shown: the escapes take their columns.
    let shown = "新\\u{202e}名\\u{2066}称 [31m红";
    let (y, line) = line_with(&screen, shown);
    let start = UnicodeWidthStr::width(&line[..line.find(shown).unwrap_or(0)]);
    let end = start + UnicodeWidthStr::width(shown);
    assert_eq!(ui.cursor(), Some((end as u16, y)), "{line}");
    insta::assert_snapshot!("hostile_form_value_zh_80x24", screen);
    ui.keys("<C-s>");
    assert!(
        !matches!(ui.state.screen, Screen::Form(_)),
        "saved:\n{}",
        ui.render_at(80, 24)
    );
    assert_eq!(
        ui.get(&ids[1]).achievement.name,
        pasted.replace('\u{1b}', " "),
        "stored as pasted, never as shown"
    );
}

/// No character the terminal could act on, or draw misleadingly, reached the screen.
fn assert_inert(screen: &str) {
    assert!(
        !screen.chars().any(|c| is_unsafe(c) && c != '\n'),
        "{screen}"
    );
}
