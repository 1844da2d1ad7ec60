//! State-machine tests: (fixture rows, keys typed, expected state and store).

mod tui_common;

use jiebang::app::ui::state::{Dialog, Overlay, Screen};
use jiebang::domain::Stage;
use jiebang::i18n::Lang;
use tui_common::Harness;

#[test]
fn moving_and_opening_a_case() {
    let mut h = Harness::new(Lang::Zh);
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
    h.keys("<Esc>");
    assert!(matches!(h.state.screen, Screen::List));
}
