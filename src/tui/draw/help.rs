//! `?`: generated from the active keymap and the command registry, so a rebinding or a new
//! command shows up here without anyone editing the help.

use crate::i18n::msg;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::ui::State;
use crate::app::ui::commands::{Arg, Cmd, REGISTRY, spec_of};
use crate::app::ui::help_tasks::{Task, entries};
use crate::app::ui::keymap::Context;
use crate::app::ui::text::{Shown, fit, width};
use crate::i18n::{Lang, tr, trf};

use super::theme::Theme;
use super::wrap::wrap_lines_by;
use super::{bottom_line, line_at};

fn context_title(lang: Lang, c: Context) -> &'static str {
    match c {
        Context::Global => tr(lang, msg::tui::CTX_GLOBAL),
        Context::List => tr(lang, msg::tui::CTX_LIST),
        Context::Detail => tr(lang, msg::tui::CTX_DETAIL),
        Context::Dashboard => tr(lang, msg::tui::CTX_DASHBOARD),
        Context::Help => tr(lang, msg::tui::CTX_HELP),
        Context::Input => tr(lang, msg::tui::CTX_INPUT),
        Context::Search => tr(lang, msg::tui::CTX_SEARCH),
        Context::Filter => tr(lang, msg::tui::CTX_FILTER),
        Context::Command => tr(lang, msg::tui::CTX_COMMAND),
        Context::Dialog => tr(lang, msg::tui::CTX_DIALOG),
        Context::Form => tr(lang, msg::form::CTX),
        Context::Columns => tr(lang, msg::workday::CTX_COLUMNS),
    }
}

fn arg_label(lang: Lang, a: Arg) -> &'static str {
    match a {
        Arg::None => "",
        Arg::Column => tr(lang, msg::tui::ARG_COLUMN),
        Arg::Stage => tr(lang, msg::tui::ARG_STAGE),
        Arg::View => tr(lang, msg::tui::ARG_VIEW),
        Arg::Name => tr(lang, msg::tui::ARG_NAME),
        Arg::Path => tr(lang, msg::tui::ARG_PATH),
        Arg::Lang => tr(lang, msg::tui::ARG_LANG),
        Arg::Query => tr(lang, msg::tui::ARG_QUERY),
        Arg::Taker => tr(lang, msg::stages::ARG_TAKER),
        Arg::ObjectionNo => tr(lang, msg::form::ARG_OBJECTION),
        Arg::User => tr(lang, msg::app::ASSIGN_ARG_USER),
        Arg::CaseId => tr(lang, msg::goto::ARG),
    }
}

/// Every line of the help text (also used by tests to check rebinding shows up).
/// The key column's width; a description starts after it and the two-space margin.
const KEY_W: usize = 18;
const DESC_AT: usize = 2 + KEY_W + 1;

pub fn lines(state: &State) -> Vec<Line<'static>> {
    let t = Theme::of(state);
    let lang = state.lang();
    let key_w = KEY_W;
    let mut out = by_task(state, key_w);
    out.push(Line::from(Span::styled(
        format!("== {} ==", tr(lang, msg::workday::HELP_BY_SCREEN)),
        t.title(),
    )));
    for ctx in Context::ALL {
        let bindings = state.keymap.bindings(*ctx);
        if bindings.is_empty() {
            continue;
        }
        out.push(Line::from(Span::styled(
            format!("[{}]", context_title(lang, *ctx)),
            t.header(),
        )));
        for (cmd, keys) in bindings {
            let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
            let keys = keys.join(", ");
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(fit(&Shown::new(&keys), key_w), t.key()),
                Span::raw(" "),
                Span::raw(tr(lang, spec_of(cmd).desc)),
            ]));
        }
        out.push(Line::raw(""));
    }
    out.push(Line::from(Span::styled(
        format!("[{}]", tr(lang, msg::tui::CTX_TYPED)),
        t.header(),
    )));
    for s in REGISTRY.iter().filter(|s| s.typed) {
        let mut usage = format!(":{}", s.name);
        if s.arg != Arg::None {
            usage.push(' ');
            usage.push_str(arg_label(lang, s.arg));
        }
        if !s.aliases.is_empty() {
            usage.push_str(&format!(" (:{})", s.aliases[0]));
        }
        let pad = key_w.saturating_sub(width(&usage));
        out.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(format!("{usage}{}", " ".repeat(pad)), t.key()),
            Span::raw(" "),
            Span::raw(tr(lang, s.desc)),
        ]));
    }
    out
}

/// The commands grouped by the officer's task (triage, find, move, enter, outputs), each
/// with every key that reaches it: what to press for a job, whatever the screen.
fn by_task(state: &State, key_w: usize) -> Vec<Line<'static>> {
    let t = Theme::of(state);
    let lang = state.lang();
    let mut out = vec![Line::from(Span::styled(
        format!("== {} ==", tr(lang, msg::workday::HELP_BY_TASK)),
        t.title(),
    ))];
    for task in Task::ALL {
        out.push(Line::from(Span::styled(
            format!("[{}]", tr(lang, task.title())),
            t.header(),
        )));
        for e in entries(&state.keymap, *task) {
            let mut keys = e.keys.join(" ");
            if let Some((name, arg)) = e.typed {
                let sep = if keys.is_empty() { "" } else { " " };
                keys.push_str(&format!("{sep}:{name}"));
                if arg != Arg::None {
                    keys.push(' ');
                    keys.push_str(arg_label(lang, arg));
                }
            }
            let pad = key_w.saturating_sub(width(&keys));
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(format!("{keys}{}", " ".repeat(pad)), t.key()),
                Span::raw(" "),
                Span::raw(tr(lang, e.desc)),
            ]));
        }
        if *task == Task::Outputs {
            out.push(Line::raw(format!(
                "  {}",
                tr(lang, msg::workday::HELP_CLI_OUTPUTS)
            )));
        }
        out.push(Line::raw(""));
    }
    out
}

pub fn draw(frame: &mut Frame, state: &State, scroll: usize, area: Rect) {
    let t = Theme::of(state);
    let lang = state.lang();
    let title = trf(
        lang,
        msg::tui::HELP_TITLE,
        &[("keymap", &state.keymap.name)],
    );
    line_at(
        frame,
        area,
        area.y,
        Line::from(Span::styled(format!(" {title}"), t.title())),
    );
    let body = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(3),
    );
    let all = lines(state);
    // Wide terminals get two columns, split at the section break nearest the middle.
    let columns: Vec<Vec<Line>> = if area.width >= 120 {
        let mid = all.len() / 2;
        let split = (0..all.len())
            .filter(|i| all[*i].spans.is_empty() || all[*i].width() == 0)
            .min_by_key(|i| i.abs_diff(mid))
            .map_or(mid, |i| i + 1);
        let mut left = all;
        let right = left.split_off(split.min(left.len()));
        vec![left, right]
    } else {
        vec![all]
    };
    let col_w = body.width / columns.len() as u16;
    // A description too long for the column continues under the description column.
    let columns: Vec<Vec<Line>> = columns
        .into_iter()
        .map(|col| wrap_lines_by(col, col_w, |l| if l.spans.len() == 4 { DESC_AT } else { 0 }))
        .collect();
    let tallest = columns.iter().map(Vec::len).max().unwrap_or(0);
    let max_scroll = tallest.saturating_sub(body.height as usize);
    state.help_max.set(max_scroll);
    let scroll = scroll.min(max_scroll);
    for (i, col) in columns.into_iter().enumerate() {
        let r = Rect::new(body.x + col_w * i as u16, body.y, col_w, body.height);
        frame.render_widget(Paragraph::new(col).scroll((scroll as u16, 0)), r);
    }
    let more = trf(
        lang,
        msg::tui::HELP_FOOTER,
        &[
            ("line", &(scroll + 1)),
            ("max", &(max_scroll + 1)),
            (
                "down",
                &state.keymap.key_label(Context::Help, Cmd::MoveDown),
            ),
            ("up", &state.keymap.key_label(Context::Help, Cmd::MoveUp)),
            ("back", &state.keymap.key_label(Context::Help, Cmd::Back)),
        ],
    );
    line_at(
        frame,
        area,
        area.y + area.height - 2,
        Line::from(Span::styled(format!(" {more}"), t.dim())),
    );
    bottom_line(frame, state, area, area.y + area.height - 1);
}
