//! The 专项审计 form (`forms/audit.rs`) on a real `Session`: `:audit` on a terminated case,
//! typed, saved through the checked save, and read back from the store.

mod tui_common;

use jiebang::app::ui::state::Screen;
use jiebang::domain::Stage;
use tui_common::live::Live;

fn set_yes(ui: &mut Live, path: &str) {
    ui.focus_field(path);
    for _ in 0..3 {
        if let Screen::Form(f) = &ui.state.screen
            && f.focused().raw() == "true"
        {
            return;
        }
        ui.keys("<Right>");
    }
    panic!("{path} does not say yes");
}

#[test]
fn the_special_audit_is_recorded_on_a_terminated_case() {
    let mut ui = Live::demo();
    let id = ui
        .state
        .rows
        .iter()
        .find(|r| r.stage == Stage::Terminated)
        .map(|r| r.id.clone())
        .expect("the demo has a terminated case");
    let before = ui.session.case(&id).unwrap();
    ui.select(&id);
    ui.keys(":audit<Enter>");
    let Screen::Form(f) = &ui.state.screen else {
        panic!("no form: {:?}", ui.state.status);
    };
    assert!(f.title(jiebang::i18n::Lang::Zh).contains("专项审计"));
    ui.type_into("termination.audit_date", "2026-11-20");
    ui.type_into("termination.audit_conclusion", "资金使用合规，结余已收回");
    set_yes(&mut ui, "termination.both_agreed");
    set_yes(&mut ui, "termination.approved");
    ui.keys("<C-s>");
    assert!(
        !matches!(ui.state.screen, Screen::Form(_)),
        "not saved: {:?} {:?}",
        ui.state.status,
        match &ui.state.screen {
            Screen::Form(f) => f.error.clone(),
            _ => Vec::new(),
        }
    );
    let after = ui.session.case(&id).unwrap();
    let t = after.termination.expect("a termination record");
    assert_eq!(t.audit_date, "2026-11-20".parse().ok());
    assert_eq!(t.audit_conclusion, "资金使用合规，结余已收回");
    assert!(t.both_agreed && t.approved);
    assert_eq!(after.rev, before.rev + 1);
    let kept = before.termination.unwrap_or_default();
    assert_eq!(
        (t.reason, t.date),
        (kept.reason, kept.date),
        "the rest is kept"
    );
}
