//! Forms driven by keys over a real session: every field kind, validation messages in
//! both languages, saving, drafts, discarding, organisation reuse, department forms.

mod tui_common;

use jiebang::app::ui::form::Prompt;
use jiebang::app::ui::state::Screen;
use jiebang::domain::{Field, IpType, Yuan};
use jiebang::i18n::Lang;
use tui_common::Live;
use tui_common::forms::{closed, form, message_beside, to_field, type_into};

#[test]
fn a_new_case_typed_with_the_keyboard_is_created_and_its_draft_removed() {
    let mut h = Live::new(Lang::Zh);
    let before = h.ids().len();
    h.keys("n");
    to_field(&mut h, "field");
    h.keys("氢");
    type_into(&mut h, "issuer.name", "包头某稀土研究院");
    type_into(&mut h, "issuer.registered_on", "20150301");
    type_into(&mut h, "issuer.registered_capital", "1234.5");
    type_into(&mut h, "issuer.staff_total", "120");
    type_into(&mut h, "issuer.contact.mobile", "13800000000");
    type_into(&mut h, "achievement.name", "稀土永磁电机");
    to_field(&mut h, "achievement.ip_types");
    h.keys(" <Right> ");
    type_into(&mut h, "achievement.description", "第一段");
    h.keys("<Enter>第二段");
    type_into(&mut h, "achievement.estimated_investment", "500");
    h.flush_draft();
    assert_eq!(h.drafts().len(), 1, "a draft is kept while typing");
    h.keys("<C-s>");
    assert!(matches!(h.state.screen, Screen::List), "{}", h.render());
    assert_eq!(h.ids().len(), before + 1);
    let c = h.newest();
    assert_eq!(c.field, Some(Field::Hydrogen));
    assert_eq!(c.issuer.name, "包头某稀土研究院");
    assert_eq!(c.issuer.registered_on.unwrap().to_string(), "2015-03-01");
    assert_eq!(c.issuer.registered_capital, Some(Yuan(12_345_000)));
    assert_eq!(c.issuer.staff_total, Some(120));
    assert_eq!(
        c.achievement.ip_types,
        vec![IpType::Patent, IpType::Trademark]
    );
    assert_eq!(c.achievement.description, "第一段\n第二段");
    assert_eq!(
        c.achievement.estimated_investment,
        Some(Yuan::from_wan(500))
    );
    assert!(h.drafts().is_empty(), "a saved draft is removed");
    assert!(h.render().contains(&c.id), "the saved id is reported");
}

#[test]
fn saving_an_invalid_form_is_refused_with_the_cursor_on_the_first_invalid_field() {
    let mut h = Live::new(Lang::Zh);
    h.keys("n");
    type_into(&mut h, "issuer.contact.mobile", "12345");
    h.keys("<C-s>");
    assert_eq!(form(&h).focused().path, "issuer.name");
    assert_eq!(message_beside(&h, "issuer.name").as_deref(), Some("必填"));
    assert!(
        message_beside(&h, "issuer.contact.mobile")
            .unwrap()
            .contains("11位")
    );
    let screen = h.render();
    assert!(screen.contains("不能保存"), "{screen}");
}

#[test]
fn every_field_kind_reports_its_problem_in_chinese_and_english() {
    for (lang, date, money, count, mobile, email, long, code) in [
        (
            Lang::Zh,
            "日期",
            "万元",
            "整数",
            "11位",
            "邮箱",
            "3000",
            "18",
        ),
        (
            Lang::En,
            "date",
            "10k yuan",
            "whole number",
            "11",
            "email",
            "3000",
            "18",
        ),
    ] {
        let mut h = Live::new(lang);
        h.keys("n");
        type_into(&mut h, "issuer.registered_on", "2026-13-01");
        type_into(&mut h, "issuer.registered_capital", "1.23456");
        type_into(&mut h, "issuer.staff_total", "abc");
        type_into(&mut h, "issuer.credit_code", "12345");
        type_into(&mut h, "issuer.contact.mobile", "12");
        type_into(&mut h, "issuer.contact.email", "a@b");
        to_field(&mut h, "achievement.description");
        h.act(jiebang::app::ui::Action::Paste("字".repeat(3001)));
        let has = |h: &Live, path: &str, want: &str| {
            let m = message_beside(h, path).unwrap_or_default();
            assert!(
                m.to_lowercase().contains(&want.to_lowercase()),
                "{lang:?} {path}: {m:?} lacks {want:?}"
            );
        };
        has(&h, "issuer.registered_on", date);
        has(&h, "issuer.registered_capital", money);
        has(&h, "issuer.staff_total", count);
        has(&h, "issuer.credit_code", code);
        has(&h, "issuer.contact.mobile", mobile);
        has(&h, "issuer.contact.email", email);
        has(&h, "achievement.description", long);
        assert!(h.render().contains("3001/3000"), "live counter");
    }
}

#[test]
fn warnings_do_not_block_saving_but_are_listed() {
    let mut h = Live::new(Lang::Zh);
    h.keys("n");
    type_into(&mut h, "issuer.name", "某单位");
    type_into(&mut h, "achievement.name", "某成果");
    let f = form(&h);
    assert_eq!(f.errors().count(), 0);
    let warned: Vec<String> = f.warnings().map(|c| c.full(f, Lang::Zh)).collect();
    assert!(
        warned
            .iter()
            .any(|w| w.contains("信用代码") && w.contains("发布榜单")),
        "{warned:?}"
    );
    assert!(h.render().contains("个提醒"));
    h.keys("<C-s>");
    assert!(matches!(h.state.screen, Screen::List), "{}", h.render());
}

#[test]
fn dates_show_their_weekday_and_chinese_text_moves_the_caret_by_characters() {
    let mut h = Live::new(Lang::Zh);
    h.keys("n");
    type_into(&mut h, "issuer.registered_on", "20261126");
    assert!(h.render().contains("2026-11-26 周四"), "{}", h.render());
    type_into(&mut h, "issuer.name", "包头稀土");
    let (x_end, _) = h.cursor().expect("caret shown");
    h.keys("<Left><Left>X");
    assert_eq!(form(&h).focused().raw(), "包头X稀土");
    let (x, y) = h.cursor().expect("caret shown");
    // Two wide characters back, one narrow forward.
    assert_eq!(x, x_end - 4 + 1);
    let row: String = h.render().lines().nth(y as usize).unwrap().to_string();
    assert!(row.contains("包头X稀土"), "{row}");
}

#[test]
fn pickers_filter_as_you_type_and_optional_ones_clear() {
    let mut h = Live::new(Lang::En);
    h.keys("n");
    to_field(&mut h, "field");
    h.keys("gra");
    assert_eq!(form(&h).focused().raw(), "graphene");
    h.keys("<Backspace><Backspace><Backspace>");
    let before = form(&h).focused().raw();
    h.keys("<Right>");
    assert_ne!(
        form(&h).focused().raw(),
        before,
        "Right picks the next option"
    );
    h.keys("<C-u>");
    assert_eq!(form(&h).focused().raw(), "");
    to_field(&mut h, "issuer.org_type");
    h.keys("<C-u>");
    assert_ne!(
        form(&h).focused().raw(),
        "",
        "a required choice never empties"
    );
}

#[test]
fn esc_asks_before_discarding_and_discarding_removes_the_draft() {
    let mut h = Live::new(Lang::Zh);
    h.keys("n");
    type_into(&mut h, "issuer.name", "某单位");
    h.flush_draft();
    assert_eq!(h.drafts().len(), 1);
    h.keys("<Esc>");
    assert!(matches!(form(&h).prompt, Some(Prompt::Discard)));
    h.keys("<Esc>");
    assert!(form(&h).prompt.is_none(), "Esc returns to editing");
    assert_eq!(form(&h).focused().raw(), "某单位");
    h.keys("<Esc><Enter>");
    assert!(matches!(h.state.screen, Screen::List));
    assert!(h.drafts().is_empty());
}

#[test]
fn a_draft_is_offered_at_the_next_start_with_its_age_and_resumes_every_character() {
    let mut h = Live::new(Lang::Zh);
    h.keys("n");
    type_into(&mut h, "issuer.name", "包头某稀土研究院");
    type_into(&mut h, "issuer.registered_on", "2026-1");
    h.flush_draft();
    // The program dies here; the next start of the same user:
    let mut h2 = h.restart();
    let screen = h2.render();
    assert!(screen.contains("未保存的草稿"), "{screen}");
    assert!(screen.contains("包头某稀土研究院"), "{screen}");
    assert!(screen.contains("前"), "age shown: {screen}");
    h2.keys("<Enter>");
    let f = form(&h2);
    assert_eq!(
        f.fields
            .iter()
            .find(|x| x.path == "issuer.name")
            .unwrap()
            .raw(),
        "包头某稀土研究院"
    );
    assert_eq!(
        f.fields
            .iter()
            .find(|x| x.path == "issuer.registered_on")
            .unwrap()
            .raw(),
        "2026-1",
        "text that does not parse yet is kept too"
    );
    assert_eq!(f.focused().path, "issuer.registered_on");
}

#[test]
fn typing_an_organisation_name_offers_the_stored_one_and_enter_fills_it() {
    let mut h = Live::new(Lang::Zh);
    h.keys("n");
    to_field(&mut h, "issuer.name");
    h.keys("eedscn");
    let screen = h.render();
    assert!(
        screen.contains("已有单位: 鄂尔多斯某储能科技有限公司"),
        "{screen}"
    );
    h.keys("<Enter>");
    let f = form(&h);
    let raw = |p: &str| f.fields.iter().find(|x| x.path == p).unwrap().raw();
    assert_eq!(raw("issuer.name"), "鄂尔多斯某储能科技有限公司");
    assert_eq!(raw("issuer.region"), "鄂尔多斯市");
    assert_eq!(raw("issuer.credit_code"), "91150100MA0N000000");
    // A different name under a stored credit code is warned about, not refused.
    type_into(&mut h, "issuer.name", "另一个公司");
    let m = message_beside(&h, "issuer.credit_code").unwrap_or_default();
    assert!(m.contains("鄂尔多斯某储能科技有限公司"), "{m}");
    let f = form(&h);
    let code = f.fields.iter().position(|x| x.path == "issuer.credit_code");
    assert!(f.errors().all(|c| c.field != code), "a warning only");
}

#[test]
fn a_tranche_over_the_cap_is_refused_with_its_article_unless_special_with_a_reason() {
    let mut h = Live::new(Lang::Zh);
    let id = h.selected().unwrap();
    let before = h.get(&id).tranches.len();
    h.keys(":tranche<Enter>");
    // The maximum allowed, with how it is computed, heads the form.
    let explained = jiebang::app::ui::Backend::case(&h.session, &id)
        .unwrap()
        .subsidy;
    assert_eq!(form(&h).info, explained);
    if let Some(first) = explained.first() {
        let head: String = first.chars().take(8).collect();
        assert!(h.render().contains(&head), "{}", h.render());
    }
    type_into(&mut h, "amount", "1200");
    h.keys("<C-s>");
    assert!(h.render().contains("第十一条"), "{}", h.render());
    assert!(matches!(h.state.screen, Screen::Form(_)));
    to_field(&mut h, "special");
    h.keys("<Right>");
    if form(&h).focused().raw() != "true" {
        h.keys("<Right>");
    }
    type_into(&mut h, "special_reason", "重大专项一事一议");
    h.keys("<C-s>");
    assert!(matches!(h.state.screen, Screen::List), "{}", h.render());
    assert_eq!(h.get(&id).tranches.len(), before + 1);
}

#[test]
fn an_objection_is_reopened_by_number_to_record_its_finding() {
    // In publicity: an objection may stay open while it is looked into.
    let mut h = Live::new(Lang::Zh);
    let id = "JB-2026-0012".to_string();
    h.select(&id);
    h.keys(":objection<Enter>");
    type_into(&mut h, "by", "某研究所");
    h.keys("<C-s>");
    assert!(!matches!(h.state.screen, Screen::Form(_)), "{}", h.render());
    h.keys(":objection 3<Enter>");
    assert!(
        h.state.status.error.as_deref().unwrap_or("").contains('3'),
        "no third objection: {:?}",
        h.state.status.error
    );
    assert!(!matches!(h.state.screen, Screen::Form(_)));
    h.keys(":objection x<Enter>");
    assert!(
        h.state
            .status
            .error
            .as_deref()
            .unwrap_or("")
            .contains("编号")
    );

    h.keys(":objection 1<Enter>");
    assert_eq!(
        form(&h)
            .fields
            .iter()
            .find(|f| f.path == "by")
            .unwrap()
            .raw(),
        "某研究所"
    );
    type_into(&mut h, "finding", "经核查, 异议不成立");
    type_into(&mut h, "resolved", "2026-11-26");
    h.keys("<C-s>");
    assert!(matches!(h.state.screen, Screen::List), "{}", h.render());
    let list = h.get(&id).publicity.objections;
    assert_eq!(list.len(), 1, "replaced, not added");
    assert_eq!(list[0].by, "某研究所");
    assert_eq!(list[0].finding, "经核查, 异议不成立");
    assert_eq!(list[0].resolved.unwrap().to_string(), "2026-11-26");
}

#[test]
fn extension_termination_and_objection_forms_write_their_records() {
    let mut h = Live::new(Lang::Zh);
    let id = h.selected().unwrap();
    h.keys(":extension<Enter>");
    type_into(&mut h, "new_end", "2027-06-30");
    type_into(&mut h, "reason", "设备到货延迟");
    // 第十五条: both parties agree and the department approves.
    for path in ["both_agreed", "approved"] {
        to_field(&mut h, path);
        while form(&h).focused().raw() != "true" {
            h.keys("<Right>");
        }
    }
    h.keys("<C-s>");
    let c = h.get(&id);
    assert_eq!(c.extensions.len(), 1, "{}", h.render());
    assert_eq!(c.extensions[0].new_end.to_string(), "2027-06-30");

    // After publicity an objection is recorded with its finding (第九条(七)).
    h.keys(":objection<Enter>");
    type_into(&mut h, "by", "某研究所");
    type_into(&mut h, "finding", "经核查, 异议不成立");
    type_into(&mut h, "resolved", "2026-11-26");
    h.keys("<C-s>");
    assert_eq!(h.get(&id).publicity.objections.len(), 1, "{}", h.render());

    h.keys(":dates<Enter>");
    type_into(&mut h, "plan.agreement_signed", "2026-11-18");
    h.keys("<C-s>");
    assert_eq!(
        h.get(&id).plan.agreement_signed.unwrap().to_string(),
        "2026-11-18",
        "{}",
        h.render()
    );

    h.keys(":taker<Enter>");
    type_into(&mut h, "org.name", "西安某大学");
    h.keys("<C-s>");
    let n = h.get(&id).takers.len();
    assert!(h.get(&id).takers.iter().any(|t| t.org.name == "西安某大学"));
    h.keys(":member<Enter>");
    type_into(&mut h, "taker", &n.to_string());
    type_into(&mut h, "org.name", "包头某企业");
    h.keys("<C-s>");
    assert_eq!(
        h.get(&id).takers[n - 1].consortium.len(),
        1,
        "{}",
        h.render()
    );

    // 第十五条: termination needs both parties' agreement and the department's approval,
    // and once money was paid a 专项审计. `:audit` records them first; `:terminate` then
    // opens with them filled in and saves the whole record.
    h.keys(":audit<Enter>");
    type_into(&mut h, "termination.audit_date", "2026-11-26");
    type_into(
        &mut h,
        "termination.audit_conclusion",
        "资金使用合规，结余已收回",
    );
    for path in ["termination.both_agreed", "termination.approved"] {
        to_field(&mut h, path);
        while form(&h).focused().raw() != "true" {
            h.keys("<Right>");
        }
    }
    h.keys("<C-s>");
    assert!(closed(&h), "{}", h.render());
    h.keys(":terminate<Enter>");
    type_into(&mut h, "reason", "技术路线不可行");
    type_into(&mut h, "recovered", "30");
    h.keys("<C-s>");
    assert!(closed(&h), "{}", h.render());
    let c = h.get(&id);
    assert_eq!(
        c.stage,
        jiebang::domain::Stage::Terminated,
        "{}",
        h.render()
    );
    assert!(c.amounts.recovered > Yuan::ZERO);
    let t = c.termination.expect("termination recorded");
    assert!(t.both_agreed && t.approved);
    assert_eq!(t.audit_conclusion, "资金使用合规，结余已收回");
    assert_eq!(t.reason, "技术路线不可行");
}

#[test]
fn snapshots_of_the_form() {
    for (w, hgt) in [(80u16, 24u16), (160, 48)] {
        let mut h = Live::new(Lang::Zh);
        h.resize(w, hgt);
        h.keys("n");
        type_into(&mut h, "issuer.name", "包头某稀土研究院");
        type_into(&mut h, "issuer.credit_code", "12150200MB1234567X");
        type_into(&mut h, "issuer.contact.mobile", "1380000");
        insta::assert_snapshot!(format!("form_new_zh_{w}x{hgt}"), h.render());
        to_field(&mut h, "achievement.description");
        h.keys("本项目针对高丰度稀土永磁在工业电机中的应用");
        insta::assert_snapshot!(format!("form_long_zh_{w}x{hgt}"), h.render());
    }
}

#[test]
fn a_taker_added_while_another_officer_saved_the_case_is_appended_to_their_version() {
    let mut h = Live::new(Lang::Zh);
    let id = h.selected().unwrap();
    let before = h.get(&id).takers.len();
    h.keys(":taker<Enter>");
    type_into(&mut h, "org.name", "西安某大学");
    h.touch(&id, "edit");
    h.keys("<C-s>");
    assert!(matches!(h.state.screen, Screen::List), "{}", h.render());
    assert_eq!(h.get(&id).takers.len(), before + 1);
}
