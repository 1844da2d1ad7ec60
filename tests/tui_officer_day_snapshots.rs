//! Snapshots of the officer's-day screens on the real session, at 80×24 and 160×48: the message area
//! holding a long filter error, the messages dialog, and the dashboard with the selection
//! stepped down onto a footer figure. Today is pinned so the figures hold.

mod tui_common;

use jiebang::app::ui::Action;
use jiebang::app::ui::dashboard::field_rows;
use tui_common::live::Live;

#[test]
fn message_area_and_dashboard_navigation() {
    // The only test of this binary, so no other thread reads the environment meanwhile.
    unsafe { std::env::set_var("JIEBANG_TODAY", "2026-11-26") };
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut ui = Live::demo();
        ui.act(Action::Resize {
            width: w,
            height: h,
        });
        ui.keys("fstage:nosuch -field:nosuch");
        let shown = ui.render_at(w, h);
        insta::assert_snapshot!(format!("message_area_{w}x{h}"), blank(&shown));
        ui.keys("<Esc>:view nosuch<Enter>j:lang en<Enter>:lang zh<Enter>M");
        let shown = ui.render_at(w, h);
        insta::assert_snapshot!(format!("messages_{w}x{h}"), blank(&shown));
        ui.keys("<Esc>d");
        for _ in 0..field_rows().len() + 1 {
            ui.keys("j");
        }
        let shown = ui.render_at(w, h);
        insta::assert_snapshot!(format!("dashboard_footer_{w}x{h}"), blank(&shown));
    }
}

/// What differs from run to run is blanked: the time of day, the temporary store's path
/// and the user running the test.
fn blank(screen: &str) -> String {
    let me = jiebang::app::actor::current_actor().user;
    let mut lines: Vec<String> = screen
        .lines()
        .map(|l| {
            if l.ends_with("jiebang.redb") {
                "<store>".to_string()
            } else {
                l.replace(&format!("({me})"), "(<user>)")
                    .replace(&format!("经办人 {me}"), "经办人 <user>")
            }
        })
        .collect();
    if let Some(first) = lines.first_mut()
        && let Some(i) = first.rfind(':')
        && i >= 2
    {
        first.replace_range(i - 2..(i + 3).min(first.len()), "HH:MM");
    }
    // The messages dialog stamps each entry with the time it was shown: `11-26 12:18`.
    let re_time = |l: &str| -> String {
        let b = l.as_bytes();
        let stamp = |i: usize| {
            b[i..i + 11].iter().enumerate().all(|(k, c)| match k {
                2 => *c == b'-',
                5 => *c == b' ',
                8 => *c == b':',
                _ => c.is_ascii_digit(),
            })
        };
        match (0..b.len().saturating_sub(10)).find(|i| stamp(*i)) {
            Some(i) => format!("{}MM-DD HH:MM{}", &l[..i], &l[i + 11..]),
            None => l.to_string(),
        }
    };
    lines
        .iter()
        .map(|l| re_time(l))
        .collect::<Vec<_>>()
        .join("\n")
}
