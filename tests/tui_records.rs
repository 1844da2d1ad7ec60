//! The stage-record tabs of the case detail and the dashboard's mid-term figures.

mod tui_common;

use std::collections::BTreeSet;

use jiebang::app::facts::OverdueKind;
use jiebang::app::ui::Screen;
use jiebang::app::ui::dashboard::{FOOTER, Figure, field_rows};
use jiebang::app::ui::nav::DETAIL_TABS;
use jiebang::i18n::msg;
use jiebang::i18n::{Lang, Msg, tr};
use ratatui::style::Modifier;
use tui_common::Live;
use tui_common::office_records::{MIDTERM_LATE, RECTIFY_LATE, SHOWCASE};

fn open_showcase(lang: Lang) -> Live {
    let mut h = Live::new(lang);
    h.keys("/jiaqing<Enter><Enter>");
    match &h.state.screen {
        Screen::Detail(d) => assert_eq!(d.detail.case.id, SHOWCASE),
        _ => panic!("the showcase case did not open"),
    }
    h
}

fn tab(h: &Live) -> usize {
    match &h.state.screen {
        Screen::Detail(d) => d.tab.index(),
        _ => panic!("not on the detail screen"),
    }
}

#[test]
fn tab_and_shift_tab_reach_every_record_tab_and_wrap() {
    let mut h = open_showcase(Lang::Zh);
    let mut seen = vec![tab(&h)];
    for _ in 1..DETAIL_TABS.len() {
        h.keys("<Tab>");
        seen.push(tab(&h));
    }
    assert_eq!(seen, (0..DETAIL_TABS.len()).collect::<Vec<_>>());
    for key in [
        msg::tui::DETAIL_TAB_REVIEWS,
        msg::tui::DETAIL_TAB_PUBLICITY,
        msg::tui::DETAIL_TAB_RACING,
        msg::tui::DETAIL_TAB_MIDTERM,
        msg::tui::DETAIL_TAB_ACCEPTANCE,
    ] {
        assert!(DETAIL_TABS.contains(&key), "{key:?}");
    }
    h.keys("<Tab>");
    assert_eq!(tab(&h), 0, "Tab wraps to the first tab");
    h.keys("<BackTab>");
    assert_eq!(tab(&h), DETAIL_TABS.len() - 1, "Shift-Tab wraps back");
}

/// Opens the showcase on the tab titled `key`.
fn on_tab(lang: Lang, key: Msg, w: u16, hgt: u16) -> Live {
    let mut h = open_showcase(lang);
    h.resize(w, hgt);
    let at = DETAIL_TABS.iter().position(|k| *k == key).unwrap();
    for _ in 0..at {
        h.keys("<Tab>");
    }
    h
}

#[test]
fn conflicts_and_withdrawals_are_marked_in_words() {
    let text = on_tab(Lang::Zh, msg::tui::DETAIL_TAB_REVIEWS, 160, 48).render();
    assert!(text.contains("李某  长沙某化工设计院 [利益冲突: 发榜方 长沙某化工设计院] [回避]"));
    assert!(text.contains("孙某  重庆某大学 [未签利益冲突声明] [利益冲突: 揭榜方 重庆某大学]"));
    // The withdrawn expert's 95 does not count: the need's mean is of 王某 and 赵某.
    assert!(text.contains("评分: 需求  均分 81.8"), "{text}");
}

#[test]
fn an_eliminated_taker_keeps_its_history_dimmed_and_marked() {
    let h = on_tab(Lang::En, msg::tui::DETAIL_TAB_RACING, 160, 48);
    let text = h.render();
    assert!(
        text.contains("内蒙古某化工研究院 [eliminated 2025-08-15]"),
        "{text}"
    );
    assert!(text.contains("1, total 200 x10k CNY"));
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(160, 48)).unwrap();
    t.draw(|f| jiebang::tui::draw::draw(f, &h.state)).unwrap();
    let buf = t.backend().buffer().clone();
    let lines: Vec<&str> = text.lines().collect();
    let row = lines
        .iter()
        .position(|l| l.contains("[eliminated"))
        .unwrap() as u16;
    let kept = lines.iter().position(|l| l.contains("[Selected]")).unwrap() as u16;
    assert!(buf[(3, row)].modifier.contains(Modifier::DIM));
    assert!(!buf[(3, kept)].modifier.contains(Modifier::DIM));
}

#[test]
fn a_publicity_in_a_year_without_holidays_says_it_counts_weekends_only() {
    let mut h = on_tab(Lang::Zh, msg::tui::DETAIL_TAB_PUBLICITY, 160, 48);
    if let Screen::Detail(d) = &mut h.state.screen {
        d.detail
            .publicity_end
            .as_mut()
            .unwrap()
            .unknown_years
            .clear();
    }
    assert!(!h.render().contains("仅按周末计算"), "{}", h.render());
    if let Screen::Detail(d) = &mut h.state.screen {
        d.detail.publicity_end.as_mut().unwrap().unknown_years = vec![2027];
    }
    assert!(h.render().contains("[2027年节假日表缺失, 仅按周末计算]"));
}

#[test]
fn record_tabs_without_data_are_listed_and_say_so() {
    for lang in Lang::ALL {
        let mut h = Live::new(*lang);
        h.resize(160, 48);
        // The first row is a case without any stage record.
        h.keys("/ranmei<Enter><Enter>");
        for key in [
            msg::tui::DETAIL_TAB_REVIEWS,
            msg::tui::DETAIL_TAB_RACING,
            msg::tui::DETAIL_TAB_ACCEPTANCE,
        ] {
            let at = DETAIL_TABS.iter().position(|k| *k == key).unwrap();
            if let Screen::Detail(d) = &mut h.state.screen {
                d.tab = jiebang::app::ui::tabs::Tab::ALL[at];
            }
            let text = h.render();
            assert!(text.contains(tr(*lang, key)), "{key:?}");
            assert!(
                text.contains(tr(*lang, msg::tui::DETAIL_NO_RECORDS)),
                "{key:?}\n{text}"
            );
        }
    }
}

#[test]
fn midterm_figures_open_exactly_the_late_cases() {
    let mut h = Live::new(Lang::Zh);
    let row = field_rows().len();
    for (fig, expected) in [
        (Figure::Late(OverdueKind::Midterm), MIDTERM_LATE),
        (Figure::Late(OverdueKind::Rectify), RECTIFY_LATE),
    ] {
        let col = FOOTER.iter().position(|f| *f == fig).unwrap();
        h.keys("<Esc><Esc><Esc>d");
        h.state.dashboard.cursor = (row, col);
        assert_eq!(h.state.dashboard.selected(), fig);
        h.keys("<Enter>");
        assert!(matches!(h.state.screen, Screen::List));
        let shown: BTreeSet<String> = h.visible_ids().into_iter().collect();
        assert_eq!(shown, BTreeSet::from([expected.to_string()]), "{fig:?}");
        h.state.list.pinned = None;
    }
    assert_eq!(h.state.dashboard.late(OverdueKind::Midterm), 1);
    assert_eq!(h.state.dashboard.late(OverdueKind::Rectify), 1);
    // The figures are drawn, each with its count.
    h.keys("<Esc><Esc><Esc>d");
    let text = h.render();
    assert!(
        text.contains("中期检查逾期 1") && text.contains("整改逾期 1"),
        "{text}"
    );
}
