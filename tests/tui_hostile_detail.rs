//! Hostile text in the case detail, on a real `Session` at 80×24: the detail draws from
//! the case made shown once when it loaded (a right-to-left override and a zero-width
//! space shown escaped, a line break in a one-line place spelled out), while the edit form
//! opened from it starts from the raw case, so saving an unrelated change writes every
//! hostile value back exactly as it was stored.

mod tui_common;

use jiebang::app::ui::state::Screen;
use jiebang::io::inert::is_unsafe;
use tui_common::live::Live;

const NAME: &str = "甲\u{202e}乙丙\u{200b}丁材料";
const DESCRIPTION: &str = "第一行\u{2066}隔离\n第二行\u{feff}";

#[test]
fn editing_a_hostile_case_from_the_detail_saves_its_text_as_stored() {
    let mut ui = Live::demo();
    let open = ui.state.rows.iter().find(|r| !r.stage.is_closed());
    let id = open.expect("an open case in the demo").id.clone();
    ui.store_as_given(
        &id,
        &[
            ("achievement.name", NAME),
            ("achievement.description", DESCRIPTION),
        ],
    );
    ui.resize(80, 24);
    ui.select(&id);
    ui.keys("<Enter>l");
    let screen = ui.render_at(80, 24);
    assert!(matches!(ui.state.screen, Screen::Detail(_)), "{screen}");
    assert!(
        !screen.chars().any(|c| is_unsafe(c) && c != '\n'),
        "{screen}"
    );
    // The name escaped in the header and the need tab; the description keeps its lines.
    assert_eq!(
        screen.matches("甲\\u{202e}乙丙\\u{200b}丁材料").count(),
        2,
        "{screen}"
    );
    assert!(screen.contains("│第一行\\u{2066}隔离 "), "{screen}");
    assert!(screen.contains("│第二行\\u{feff} "), "{screen}");
    let before = ui.get(&id);
    ui.keys("e");
    ui.type_into("achievement.suggested_period", "48个月");
    ui.keys("<C-s>");
    assert!(
        matches!(ui.state.screen, Screen::Detail(_)),
        "saved:\n{}",
        ui.render_at(80, 24)
    );
    let after = ui.get(&id);
    assert_eq!(after.achievement.suggested_period, "48个月");
    assert_eq!(
        after.achievement.name, NAME,
        "stored as it was, never as shown"
    );
    assert_eq!(after.achievement.description, DESCRIPTION);
    assert_eq!(after.achievement.team, before.achievement.team);
    assert_eq!(after.rev, before.rev + 1);
}
