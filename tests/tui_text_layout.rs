//! User-visible defects found in daily use (issue 13): setting keys in refusals, dates
//! split by wrapping, refusal continuations, the guard pane at 80×24 and help at 80 columns.
//! Each test types keys into a real session over the office's store and reads the screen.

mod tui_common;

use jiebang::app::ui::state::{Dialog, Overlay};
use jiebang::i18n::Lang;
use jiebang::i18n::msg;
use tui_common::live::Live;

/// The `[rules]` keys of config.toml, which an officer never typed and cannot act on.
const CONFIG_KEYS: [&str; 8] = [
    "midterm_min_subsidy",
    "records.min_experts",
    "records.*_criteria",
    "records.pass_score",
    "max_extensions",
    "max_extension_months",
    "publicity_working_days",
    "_criteria",
];

/// Closing punctuation that must stay with the text before it.
const CLOSING: &str = "）」』，。、；：！？";

/// The text inside a pane's borders on each row of `screen`.
fn inner_rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter_map(|l| {
            let start = l.find('│')?;
            let rest = &l[start + '│'.len_utf8()..];
            let end = rest.rfind('│').unwrap_or(rest.len());
            Some(rest[..end].to_string())
        })
        .collect()
}

/// The dates (`2026-11-20`) in `text`.
fn dates(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let shape = "dddd-dd-dd";
    (0..chars.len().saturating_sub(shape.len() - 1))
        .filter(|i| {
            shape.chars().enumerate().all(|(k, s)| {
                let c = chars[i + k];
                if s == 'd' { c.is_ascii_digit() } else { c == s }
            })
        })
        .map(|i| chars[i..i + shape.len()].iter().collect())
        .collect()
}

fn refusal_messages(ui: &Live) -> Vec<String> {
    match ui.state.overlay() {
        Some(Overlay::Dialog(Dialog::Advance {
            previews: Some(p), ..
        })) => p
            .iter()
            .flat_map(|p| {
                p.unmet
                    .iter()
                    .map(|u| format!("{} {}", u.article, u.message))
            })
            .collect(),
        other => panic!("expected the advance dialog, got {other:?}"),
    }
}

// -- 1: a policy is named by its setting's label, never by its config key --

#[test]
fn refusals_and_breaches_name_the_setting_not_its_config_key() {
    for (lang, label) in [
        (Lang::Zh, "本厅规定(中期检查最低补助)"),
        (Lang::En, "Dept. policy (mid-term check from subsidy)"),
    ] {
        let mut ui = Live::new(lang);
        ui.select("JB-2026-0001");
        ui.keys("a");
        let popup = ui.render_at(120, 30);
        assert!(popup.contains(label), "{popup}");
        ui.keys("<Esc>");
        for id in ui.ids() {
            ui.select(&id);
            for keys in ["a", "<Enter>"] {
                ui.keys(keys);
                let shown = ui.render_at(160, 48);
                for key in CONFIG_KEYS {
                    assert!(!shown.contains(key), "{id} {keys} shows {key}:\n{shown}");
                }
                ui.keys("<Esc>");
            }
        }
    }
}

#[test]
fn the_min_experts_policy_reads_as_words_in_the_detail_view() {
    let mut ui = Live::new(Lang::Zh);
    ui.select("JB-2026-0061");
    ui.keys("<Enter>");
    let shown = ui.render_at(160, 48);
    assert!(shown.contains("本厅规定(评审专家最少人数)"), "{shown}");
}

// -- 2: wrapping never splits a date --

#[test]
fn the_refusal_popup_never_splits_a_date_across_lines() {
    let mut checked = 0;
    for lang in [Lang::Zh, Lang::En] {
        let mut ui = Live::new(lang);
        for id in ui.ids() {
            ui.select(&id);
            ui.keys("a");
            let wanted: Vec<String> = refusal_messages(&ui)
                .iter()
                .flat_map(|m| dates(m))
                .collect();
            for w in 40..=140u16 {
                let shown = ui.render_at(w, 60);
                for d in &wanted {
                    assert!(
                        shown.contains(d.as_str()),
                        "{id}: {d} split at {w} columns:\n{shown}"
                    );
                    checked += 1;
                }
            }
            ui.keys("<Esc>");
        }
    }
    assert!(checked > 0, "some refusal names a date");
}

// -- 3: a refusal's continuation lines stay under their bullet in the bulk dialog --

#[test]
fn bulk_refusal_continuations_are_indented_under_their_bullet() {
    for lang in [Lang::Zh, Lang::En] {
        let mut ui = Live::new(lang);
        for id in ui.ids() {
            ui.select(&id);
            ui.keys("<Space>");
        }
        ui.keys("a");
        let mut continuations = 0;
        for _ in 0..8 {
            let rows = inner_rows(&ui.render_at(80, 24));
            for pair in rows.windows(2) {
                let (first, next) = (&pair[0], &pair[1]);
                if first.starts_with("  - ") && !next.trim().is_empty() {
                    let is_continuation =
                        !next.trim_start().starts_with("- ") && !next.starts_with("  JB-");
                    if is_continuation && !next.starts_with(jiebang_label(lang)) {
                        continuations += 1;
                        assert!(
                            next.starts_with("    "),
                            "{lang:?}: {next:?} after {first:?}"
                        );
                    }
                }
            }
            ui.keys("<PageDown>");
        }
        assert!(
            continuations > 0,
            "{lang:?}: some refusal wraps at 80 columns"
        );
    }
}

/// The note input's label under the list, which is no continuation.
fn jiebang_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "备注",
        Lang::En => "Note",
    }
}

// -- 4: a cut guard pane says so, and no line starts with closing punctuation --

#[test]
fn a_cut_breach_section_ends_with_an_ellipsis_at_80x24() {
    for lang in [Lang::Zh, Lang::En] {
        let mut ui = Live::new(lang);
        ui.select("JB-2026-0061");
        ui.keys("<Enter>");
        let shown = ui.render_at(80, 24);
        let lines: Vec<&str> = shown.lines().collect();
        let bottom = lines.iter().rposition(|l| l.starts_with('└')).unwrap();
        let last = lines[bottom - 1].trim_end_matches('│').trim_end();
        assert!(last.ends_with('…'), "{lang:?}:\n{shown}");
    }
}

#[test]
fn no_line_starts_with_closing_punctuation_at_80x24() {
    for lang in [Lang::Zh, Lang::En] {
        let mut ui = Live::new(lang);
        for id in ui.ids() {
            ui.select(&id);
            for keys in ["a", "<Enter>"] {
                ui.keys(keys);
                let shown = ui.render_at(80, 24);
                for row in inner_rows(&shown) {
                    let first = row.trim_start().chars().next();
                    assert!(
                        !first.is_some_and(|c| CLOSING.contains(c)),
                        "{id} {keys}: {row:?}\n{shown}"
                    );
                }
                ui.keys("<Esc>");
            }
        }
    }
}

// -- 5: help at 80 columns wraps a long description under the description column --

#[test]
fn help_at_80_columns_wraps_descriptions_under_their_column() {
    let mut ui = Live::new(Lang::En);
    ui.keys("?");
    let desc = jiebang::i18n::tr(Lang::En, msg::workday::CMD_COPY_ROW);
    let mut seen = 0;
    for _ in 0..40 {
        let shown = ui.render_at(80, 24);
        let rows: Vec<&str> = shown.lines().collect();
        for (i, row) in rows.iter().enumerate() {
            let Some(at) = row.find("Copy the row") else {
                continue;
            };
            let Some(next) = rows.get(i + 1).filter(|_| i + 1 < rows.len() - 3) else {
                continue;
            };
            let column = row[..at].chars().count();
            assert!(
                next.starts_with(&" ".repeat(column)) && !next[column..].starts_with(' '),
                "continuation under the description column:\n{row}\n{next}"
            );
            let joined = format!("{} {}", row[at..].trim_end(), next.trim());
            assert!(joined.contains(desc), "{joined:?} holds {desc:?}");
            seen += 1;
        }
        ui.keys("<PageDown>");
    }
    assert!(seen > 0, "the long description was on a page");
}
