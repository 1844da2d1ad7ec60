//! The dashboard's charts (issue 14): drawn by ratatui's TestBackend at 80x24 and 160x48,
//! in Chinese and English, with ASCII bars, compared with reviewed snapshots; without
//! colour they carry no colour at all.

mod tui_common;

use jiebang::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use tui_common::{Live, buffer_text};

fn dashboard(lang: Lang, w: u16, h: u16, ascii: bool, no_color: bool) -> Live {
    let mut harness = Live::new(lang);
    harness.state.settings.ascii = ascii;
    harness.state.settings.no_color = no_color;
    harness.resize(w, h);
    harness.keys("d");
    harness
}

fn draw(h: &Live) -> ratatui::buffer::Buffer {
    let mut t = Terminal::new(TestBackend::new(h.state.width, h.state.height)).unwrap();
    t.draw(|f| jiebang::tui::draw::draw(f, &h.state)).unwrap();
    t.backend().buffer().clone()
}

#[test]
fn dashboard_charts_snapshots_ascii() {
    for lang in Lang::ALL {
        let l = match lang {
            Lang::Zh => "zh",
            Lang::En => "en",
        };
        for (w, h) in [(80u16, 24u16), (160, 48)] {
            let harness = dashboard(*lang, w, h, true, true);
            let text = harness.render();
            insta::assert_snapshot!(format!("dashboard_charts_{l}_{w}x{h}_ascii"), text);
            let bars = text.lines().any(|line| line.contains('#'));
            if w == 160 {
                assert!(bars, "the charts show at 160x48:\n{text}");
            } else {
                assert!(!bars, "the charts fold away at 80x24:\n{text}");
            }
        }
    }
}

#[test]
fn the_funnel_counts_cases_at_or_past_each_stage() {
    let h = dashboard(Lang::En, 160, 48, true, true);
    let text = h.render();
    let on_line = h
        .state
        .rows
        .iter()
        .filter(|r| r.stage.position().is_some())
        .count();
    let first_bar = text
        .lines()
        .skip_while(|l| !l.contains("Stage funnel"))
        .nth(1)
        .expect("the funnel is drawn");
    // The first bar (collecting) carries every case on the main line as its value.
    assert!(
        first_bar.contains(&format!(" {on_line}")),
        "{on_line} in {first_bar:?}\n{text}"
    );
}

#[test]
fn without_colour_the_charts_use_none_and_with_colour_they_do() {
    let plain = draw(&dashboard(Lang::Zh, 160, 48, false, true));
    assert!(
        plain.content().iter().all(|c| c.fg == Color::Reset),
        "NO_COLOR"
    );
    let coloured = draw(&dashboard(Lang::Zh, 160, 48, false, false));
    let text = buffer_text(&coloured);
    assert!(text.contains('█'), "block bars without --ascii:\n{text}");
    assert!(
        coloured
            .content()
            .iter()
            .any(|c| c.symbol() == "█" && c.fg != Color::Reset)
    );
}
