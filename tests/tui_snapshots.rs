//! Every screen drawn by ratatui's TestBackend, at 80x24 and 160x48, in Chinese and
//! English, compared with the reviewed snapshots in `tests/snapshots/`.

mod tui_common;

use jiebang::i18n::Lang;
use tui_common::Live;
use unicode_width::UnicodeWidthChar;

/// The screens, each reached by typing keys from the home list.
const SCREENS: &[(&str, &str)] = &[
    ("list", ""),
    ("detail", "jjjjj<Enter>"),
    ("detail_money", "<Enter><Tab><Tab><Tab>"),
    (
        "detail_reviews",
        "/jiaqing<Enter><Enter><Tab><Tab><Tab><Tab>",
    ),
    (
        "detail_publicity",
        "/jiaqing<Enter><Enter><BackTab><BackTab><BackTab><BackTab><BackTab><BackTab>",
    ),
    (
        "detail_racing",
        "/jiaqing<Enter><Enter><BackTab><BackTab><BackTab><BackTab><BackTab>",
    ),
    (
        "detail_midterm",
        "/jiaqing<Enter><Enter><BackTab><BackTab><BackTab><BackTab>",
    ),
    (
        "detail_acceptance",
        "/jiaqing<Enter><Enter><BackTab><BackTab><BackTab>",
    ),
    ("dashboard", "d"),
    ("search", "/包头"),
    ("filter_error", "fstage:announcing<Enter>f field:nowhere"),
    // 0030 signed its agreement inside its publicity period; 0013 may go to publicity.
    ("advance_refused", "jjjjjjja"),
    ("advance_confirm", "jjjjja"),
    ("bulk", "<Space>j<Space>jjj<Space>a"),
    ("back_dialog", "jjjjjb"),
    ("help", "?"),
    ("command_completion", ":st<Tab>"),
];

fn screen(lang: Lang, keys: &str, w: u16, h: u16) -> Live {
    let mut harness = Live::new(lang);
    harness.resize(w, h);
    harness.keys(keys);
    harness
}

#[test]
fn snapshots_of_every_screen() {
    for lang in Lang::ALL {
        let l = match lang {
            Lang::Zh => "zh",
            Lang::En => "en",
        };
        for (w, h) in [(80u16, 24u16), (160, 48)] {
            for (name, keys) in SCREENS {
                let harness = screen(*lang, keys, w, h);
                let text = harness.render();
                insta::assert_snapshot!(format!("{name}_{l}_{w}x{h}"), text);
            }
        }
    }
}

/// Chrome and indicators never use East-Asian ambiguous-width glyphs; with `--ascii` not
/// even the borders do, so every cell has one width in every terminal.
#[test]
fn ascii_mode_draws_no_ambiguous_width_characters() {
    for lang in Lang::ALL {
        for (w, h) in [(80u16, 24u16), (160, 48)] {
            for (name, keys) in SCREENS {
                let mut harness = screen(*lang, keys, w, h);
                harness.state.settings.ascii = true;
                let text = harness.render();
                for ch in text.chars() {
                    assert_eq!(
                        ch.width(),
                        ch.width_cjk(),
                        "{name} {lang:?} {w}x{h}: ambiguous {ch:?} in\n{text}"
                    );
                }
            }
        }
    }
}

/// Every line of every screen is exactly as wide as the terminal: no half characters, no
/// column pushed out of line by a wide one.
#[test]
fn no_line_is_wider_than_the_terminal() {
    for lang in Lang::ALL {
        for (w, h) in [(80u16, 24u16), (100, 30), (160, 48)] {
            for (name, keys) in SCREENS {
                let text = screen(*lang, keys, w, h).render();
                for line in text.lines() {
                    let width = unicode_width::UnicodeWidthStr::width(line);
                    assert!(width <= w as usize, "{name} {lang:?} {w}: {line}");
                }
            }
        }
    }
}

/// List rows keep their columns aligned whatever mix of wide and narrow characters: the
/// stage label starts at the same display column on every row.
#[test]
fn list_columns_stay_aligned() {
    for lang in Lang::ALL {
        for w in [80u16, 123, 160] {
            let h = screen(*lang, "", w, 24);
            let text = h.render();
            let lines: Vec<&str> = text.lines().collect();
            let mut starts = Vec::new();
            for (n, i) in h.state.list.visible.iter().enumerate() {
                let row = &h.state.rows[*i];
                let line = lines[2 + n];
                let after_id = line.find(&row.id).unwrap() + row.id.len();
                let at = after_id + line[after_id..].find(row.stage.label(*lang)).unwrap();
                starts.push(unicode_width::UnicodeWidthStr::width(&line[..at]));
            }
            assert!(
                starts.windows(2).all(|p| p[0] == p[1]),
                "{lang:?} {w}: {starts:?}"
            );
        }
    }
}

/// No screen panics or misdraws at any size, down to the smallest terminals.
#[test]
fn every_screen_draws_at_every_size() {
    for lang in Lang::ALL {
        for (name, keys) in SCREENS {
            let mut h = screen(*lang, keys, 80, 24);
            for w in [1u16, 10, 19, 20, 25, 33, 40, 57, 64, 79, 99, 100, 101] {
                for hgt in [1u16, 3, 5, 6, 7, 8, 10, 13, 24] {
                    h.resize(w, hgt);
                    h.keys("<Down><Down><Up>");
                    let text = h.render_at(w, hgt);
                    assert_eq!(text.lines().count(), hgt as usize, "{name} {w}x{hgt}");
                }
            }
        }
    }
}

/// Under NO_COLOR nothing is coloured, and still the selection (reverse) and the matched
/// characters of a search (bold, underlined) stand out.
#[test]
fn no_color_uses_no_colour_and_keeps_every_signal() {
    use ratatui::style::{Color, Modifier};
    let h = screen(Lang::Zh, "/包头", 80, 24);
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    t.draw(|f| jiebang::tui::draw::draw(f, &h.state)).unwrap();
    let buf = t.backend().buffer().clone();
    for cell in buf.content() {
        assert!(matches!(cell.fg, Color::Reset) && matches!(cell.bg, Color::Reset));
    }
    // Row 2 is the selected best hit: its id is reversed.
    assert!(buf[(3, 2)].modifier.contains(Modifier::REVERSED));
    assert!(!buf[(3, 3)].modifier.contains(Modifier::REVERSED));
    // Its matched characters are bold and underlined, not only coloured.
    let matched = (0..80u16)
        .filter(|x| {
            let m = buf[(*x, 2)].modifier;
            m.contains(Modifier::BOLD) && m.contains(Modifier::UNDERLINED)
        })
        .count();
    assert!(matched >= 2, "highlighted cells: {matched}");
}
