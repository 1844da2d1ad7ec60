//! The expert review form (`:review`) driven by keys over a real session: a 需求论证
//! panel with a conflicted expert, a 评审推荐 panel scoring two takers, scores checked as
//! typed, an added expert slot kept by the draft, discarding, a stale revision, and the
//! form drawn at 80x24 and 160x48 in both languages.

mod tui_common;

use jiebang::app::ui::backend::Backend;
use jiebang::app::ui::form::{Prompt, Submit, check};
use jiebang::app::ui::state::Screen;
use jiebang::domain::records::{ReviewConclusion, ReviewStage};
use jiebang::i18n::Lang;
use tui_common::Live;
use tui_common::forms::{form, message_beside, to_field, type_into};

/// At 需求论证, no takers; its issuer is 兴安盟某新材料有限公司.
const NEED: &str = "JB-2026-0004";
/// At 评审推荐 (the test adds two takers to the one it has).
const TAKERS: &str = "JB-2026-0003";

/// The 需求论证 form on NEED with two experts typed, the second from the issuer's unit.
fn need_form(lang: Lang) -> Live {
    let mut h = Live::new(lang);
    h.select(NEED);
    h.keys(":review<Enter>");
    type_into(&mut h, "experts.0.name", "王某");
    type_into(&mut h, "experts.0.unit", "内蒙古大学");
    type_into(&mut h, "experts.0.scores.0", "85 80 90 75");
    type_into(&mut h, "experts.1.name", "李某");
    type_into(&mut h, "experts.1.unit", "兴安盟某新材料有限公司");
    type_into(&mut h, "experts.1.scores.0", "95 95 95 95");
    h
}

#[test]
fn a_need_review_warns_of_a_conflicted_expert_and_saves_without_blank_slots() {
    let mut h = need_form(Lang::Zh);
    let f = form(&h);
    assert!(
        f.title(Lang::Zh).contains("需求论证"),
        "{}",
        f.title(Lang::Zh)
    );
    assert_eq!(
        f.fields
            .iter()
            .filter(|x| x.path.ends_with(".name"))
            .count(),
        5,
        "the default five expert slots"
    );
    let screen = h.render();
    assert!(screen.contains("必要性 创新性 可行性 预期效益"), "{screen}");
    let warning = message_beside(&h, "experts.1.unit").unwrap();
    assert!(
        warning.contains("发榜方") && warning.contains("须回避"),
        "{warning}"
    );
    let i = form(&h)
        .fields
        .iter()
        .position(|x| x.path == "experts.1.unit");
    assert!(
        form(&h).checks.iter().any(|c| c.field == i && !c.error),
        "a warning, not an error"
    );
    // The officer marks the expert withdrawn: the warning goes.
    to_field(&mut h, "experts.1.recused");
    h.keys("是");
    assert_eq!(message_beside(&h, "experts.1.unit"), None);
    type_into(&mut h, "experts.2.name", "赵某");
    type_into(&mut h, "experts.2.unit", "中国科学院某研究所");
    type_into(&mut h, "experts.2.scores.0", "80 - 70 60");
    to_field(&mut h, "conclusion");
    h.keys("通过");
    type_into(&mut h, "comments", "需求明确");
    let id = NEED;
    let before = h.get(id).reviews.len();
    h.keys("<C-s>");
    assert!(matches!(h.state.screen, Screen::List), "{}", h.render());
    let c = h.get(id);
    assert_eq!(c.reviews.len(), before + 1);
    let r = c.reviews.last().unwrap();
    assert_eq!(r.stage, ReviewStage::Validating);
    assert_eq!(
        r.date.unwrap().to_string(),
        "2026-11-26",
        "today by default"
    );
    assert_eq!(r.panel.len(), 3, "blank slots are not saved");
    assert!(r.panel[1].recused && r.panel[1].declared);
    assert_eq!(r.conclusion, Some(ReviewConclusion::Pass));
    assert_eq!(r.comments, "需求明确");
    let scores: Vec<(String, u8)> = r.panel[2]
        .scores
        .iter()
        .map(|s| (s.criterion.clone(), s.value))
        .collect();
    assert_eq!(
        scores,
        vec![
            ("necessity".into(), 80),
            ("feasibility".into(), 70),
            ("benefit".into(), 60)
        ]
    );
    // Reopened: prefilled from the review just saved.
    h.keys(":review<Enter>");
    let f = form(&h);
    let raw = |p: &str| f.fields.iter().find(|x| x.path == p).unwrap().raw();
    assert_eq!(raw("experts.2.scores.0"), "80 - 70 60");
    assert_eq!(raw("experts.1.recused"), "true");
    assert_eq!(
        f.fields
            .iter()
            .filter(|x| x.path.ends_with(".name"))
            .count(),
        3
    );
}

#[test]
fn scores_are_checked_as_typed_and_a_bad_sheet_is_refused_in_place() {
    let mut h = need_form(Lang::Zh);
    type_into(&mut h, "experts.0.scores.0", "85 80");
    assert_eq!(
        message_beside(&h, "experts.0.scores.0").as_deref(),
        Some("应有 4 项评分, 已填 2 项")
    );
    h.keys(" 900 1");
    assert!(
        message_beside(&h, "experts.0.scores.0")
            .unwrap()
            .contains("900"),
    );
    type_into(&mut h, "experts.1.unit", "");
    assert_eq!(
        message_beside(&h, "experts.1.unit").as_deref(),
        Some("已填姓名, 须填工作单位")
    );
    to_field(&mut h, "comments");
    let before = h.get(NEED).reviews.len();
    h.keys("<C-s>");
    assert_eq!(h.get(NEED).reviews.len(), before, "not saved");
    assert_eq!(form(&h).focused().path, "experts.0.scores.0");
    assert!(h.render().contains("不能保存"), "{}", h.render());
}

#[test]
fn a_taker_review_scores_each_taker_and_records_the_recommended_ones() {
    let mut h = Live::new(Lang::Zh);
    h.select(TAKERS);
    for name in ["西安某大学", "包头某研究院"] {
        h.keys(":taker<Enter>");
        type_into(&mut h, "org.name", name);
        // 第八条: a transformation case's takers are enterprises of the region.
        type_into(&mut h, "org.region", "包头市");
        h.keys("<C-s>");
        assert!(matches!(h.state.screen, Screen::List), "{}", h.render());
    }
    // The two just added are the last two takers.
    let n = h.get(TAKERS).takers.len();
    let (x, y) = (n - 2, n - 1);
    h.keys(":review<Enter>");
    let f = form(&h);
    assert!(f.title(Lang::Zh).contains("评审推荐"));
    let label = |p: &str| {
        f.fields
            .iter()
            .find(|x| x.path == p)
            .unwrap()
            .label
            .text(Lang::Zh)
            .to_string()
    };
    assert_eq!(label(&format!("experts.0.scores.{x}")), "西安某大学");
    assert_eq!(label(&format!("experts.0.scores.{y}")), "包头某研究院");
    assert!(h.render().contains("覆盖"), "the taker criteria are listed");
    for (i, name, unit, a, b) in [
        (0, "周某", "某大学", "90 85 80 88", "70 70 70 70"),
        (1, "吴某", "某研究所", "88 84 80 86", "72 70 68 66"),
        (2, "郑某", "包头某研究院", "60 60 60 60", "99 99 99 99"),
    ] {
        type_into(&mut h, &format!("experts.{i}.name"), name);
        type_into(&mut h, &format!("experts.{i}.unit"), unit);
        type_into(&mut h, &format!("experts.{i}.scores.{x}"), a);
        type_into(&mut h, &format!("experts.{i}.scores.{y}"), b);
    }
    let warning = message_beside(&h, "experts.2.unit").unwrap();
    assert!(
        warning.contains("揭榜方") && warning.contains("须回避"),
        "{warning}"
    );
    to_field(&mut h, "experts.2.recused");
    h.keys("是");
    to_field(&mut h, "recommended");
    h.keys(&"<Right>".repeat(x));
    h.keys(" ");
    to_field(&mut h, "conclusion");
    h.keys("pass");
    let submit = match &h.state.screen {
        Screen::Form(f) => check::recheck(&mut f.as_ref().clone()),
        _ => None,
    };
    assert!(matches!(submit, Some(Submit::Review { .. })), "{submit:?}");
    h.keys("<C-s>");
    assert!(matches!(h.state.screen, Screen::List), "{}", h.render());
    let r = h.get(TAKERS).reviews.last().cloned().unwrap();
    assert_eq!(r.stage, ReviewStage::Reviewing);
    assert_eq!(r.recommended, vec!["西安某大学"]);
    assert_eq!(r.panel.len(), 3);
    assert_eq!(r.panel[0].scores.len(), 8, "the other taker left unscored");
    assert_eq!(
        r.mean_x10("西安某大学"),
        Some(851),
        "the recused expert is left out"
    );
    assert!(r.panel[2].recused);
}

#[test]
fn an_added_expert_slot_survives_a_dropped_connection() {
    let mut h = need_form(Lang::Zh);
    to_field(&mut h, "experts.4.scores.0");
    h.keys("<C-n>");
    assert_eq!(form(&h).focused().path, "experts.5.name");
    h.keys("钱某");
    assert_eq!(
        form(&h).fields[2].raw(),
        "内蒙古大学",
        "what was typed stays"
    );
    assert!(h.render().contains("专家 6"), "{}", h.render());
    h.flush_draft();
    let mut h2 = h.restart();
    h2.keys("<Enter>");
    let f = form(&h2);
    let raw = |p: &str| f.fields.iter().find(|x| x.path == p).map(|x| x.raw());
    assert_eq!(raw("experts.5.name").as_deref(), Some("钱某"));
    assert_eq!(
        raw("experts.1.unit").as_deref(),
        Some("兴安盟某新材料有限公司")
    );
    assert!(
        message_beside(&h2, "experts.1.unit")
            .unwrap()
            .contains("须回避")
    );
    assert!(f.title(Lang::Zh).contains("需求论证"));
}

#[test]
fn ctrl_n_outside_the_review_form_says_where_it_works() {
    let mut h = Live::new(Lang::Zh);
    h.select(NEED);
    h.keys(":objection<Enter>");
    let before = form(&h).fields.len();
    h.keys("<C-n>");
    assert_eq!(form(&h).fields.len(), before);
    let msg = h.state.status.message.clone().unwrap_or_default();
    assert!(msg.contains(":review"), "{msg}");
}

#[test]
fn esc_asks_before_discarding_a_typed_review() {
    let mut h = need_form(Lang::En);
    h.keys("<Esc>");
    assert!(matches!(form(&h).prompt, Some(Prompt::Discard)));
    h.keys("<Enter>");
    assert!(matches!(h.state.screen, Screen::List));
    assert_eq!(h.get(NEED).reviews.len(), 0);
}

#[test]
fn a_review_meeting_another_officers_save_is_appended_or_held_back() {
    // Another officer changed something else: the review goes on top of their version.
    let mut h = need_form(Lang::Zh);
    h.touch(NEED, "note");
    h.keys("<C-s>");
    assert!(matches!(h.state.screen, Screen::List), "{}", h.render());
    assert_eq!(h.get(NEED).reviews.len(), 1);

    // Another officer recorded a review of the same panel: told first, saved on the
    // second Ctrl-S.
    let mut h = need_form(Lang::Zh);
    let theirs = h.get(NEED);
    let mut other = jiebang::domain::records::Review::default();
    other
        .panel
        .push(jiebang::domain::records::Expert::new("孙某", "某大学"));
    Backend::add_review(&h.colleague(), NEED, other, theirs.rev).unwrap();
    h.keys("<C-s>");
    let screen = h.render();
    assert!(screen.contains("已于此期间录入同一环节的评审"), "{screen}");
    assert_eq!(h.get(NEED).reviews.len(), 1, "held back");
    h.keys("<C-s>");
    assert!(matches!(h.state.screen, Screen::List), "{}", h.render());
    let c = h.get(NEED);
    assert_eq!(c.reviews.len(), 2);
    assert_eq!(c.reviews[1].panel[0].name, "王某");
}

#[test]
fn snapshots_of_the_review_form() {
    for lang in Lang::ALL {
        let l = match lang {
            Lang::Zh => "zh",
            Lang::En => "en",
        };
        for (w, hgt) in [(80u16, 24u16), (160, 48)] {
            let mut h = need_form(*lang);
            h.resize(w, hgt);
            h.keys("<Tab>");
            insta::assert_snapshot!(format!("form_review_{l}_{w}x{hgt}"), h.render());
        }
    }
}
