//! The review form over the real thing: an `app::Session` on a temporary store with the
//! demo data. A 需求论证 review typed into the form is stored through `Session::add_review`,
//! and the case that was held at 需求论证 for want of it then advances.

mod tui_common;

use jiebang::app::ui::backend::Backend;
use jiebang::app::ui::state::Screen;
use jiebang::domain::Stage;
use jiebang::domain::records::ReviewStage;
use tui_common::live::Live;

#[test]
fn a_need_review_saved_from_the_form_lets_the_case_leave_validation() {
    let mut ui = Live::demo();
    // A case held at 需求论证 only for want of the panel's review (第九条(二)).
    let id = ui
        .state
        .rows
        .iter()
        .filter(|r| r.stage == Stage::Validating)
        .find(|r| {
            let p = ui.session.preview_advance(&r.id).unwrap();
            !p.unmet.is_empty() && p.unmet.iter().all(|u| u.article == "第九条(二)")
        })
        .map(|r| r.id.clone())
        .expect("the demo has a case waiting for its need review");
    let before = ui.session.case(&id).unwrap();
    ui.select(&id);
    ui.keys(":review<Enter>");
    for (i, name, unit) in [
        (0, "王某", "内蒙古大学"),
        (1, "赵某", "中国科学院某研究所"),
        (2, "钱某", "内蒙古工业大学"),
    ] {
        ui.type_into(&format!("experts.{i}.name"), name);
        ui.type_into(&format!("experts.{i}.unit"), unit);
        ui.type_into(&format!("experts.{i}.scores.0"), "85 80 90 75");
    }
    // The two further default slots stay blank, and are not stored.
    ui.focus_field("conclusion");
    ui.keys("通过");
    ui.keys("<C-s>");
    assert!(
        matches!(ui.state.screen, Screen::List),
        "{:?}",
        ui.state.status.error
    );
    let after = ui.session.case(&id).unwrap();
    assert_eq!(after.rev, before.rev + 1);
    let review = after.latest_review(ReviewStage::Validating).unwrap();
    assert_eq!(review.panel.len(), 3);
    assert_eq!(review.mean_x10(""), Some(825));
    let events = ui.session.store().events(Some(&id)).unwrap();
    assert_eq!(events.last().unwrap().action, "review");

    let p = ui.session.preview_advance(&id).unwrap();
    assert!(p.allowed(), "{:?}", p.unmet);
    ui.keys("a");
    ui.keys("<Enter>");
    assert_eq!(ui.session.case(&id).unwrap().stage, Stage::Published);
}
