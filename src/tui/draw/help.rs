//! `?`: generated from the active keymap and the command registry, so a rebinding or a new
//! command shows up here without anyone editing the help.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::ui::State;
use crate::app::ui::commands::{Arg, Cmd, REGISTRY, spec_of};
use crate::app::ui::help_tasks::{Task, entries};
use crate::app::ui::keymap::Context;
use crate::app::ui::text::{fit, width};
use crate::i18n::{Lang, tr, trf};

use super::theme::Theme;
use super::wrap::wrap_lines_by;
use super::{bottom_line, line_at};

fn context_title(lang: Lang, c: Context) -> &'static str {
    match c {
        Context::Global => tr(lang, "tui.ctx.global"),
        Context::List => tr(lang, "tui.ctx.list"),
        Context::Detail => tr(lang, "tui.ctx.detail"),
        Context::Dashboard => tr(lang, "tui.ctx.dashboard"),
        Context::Help => tr(lang, "tui.ctx.help"),
        Context::Input => tr(lang, "tui.ctx.input"),
        Context::Search => tr(lang, "tui.ctx.search"),
        Context::Filter => tr(lang, "tui.ctx.filter"),
        Context::Command => tr(lang, "tui.ctx.command"),
        Context::Dialog => tr(lang, "tui.ctx.dialog"),
        Context::Form => tr(lang, "form.ctx"),
        Context::Columns => tr(lang, "dayc.ctx.columns"),
    }
}

fn arg_label(lang: Lang, a: Arg) -> &'static str {
    match a {
        Arg::None => "",
        Arg::Column => tr(lang, "tui.arg.column"),
        Arg::Stage => tr(lang, "tui.arg.stage"),
        Arg::View => tr(lang, "tui.arg.view"),
        Arg::Name => tr(lang, "tui.arg.name"),
        Arg::Path => tr(lang, "tui.arg.path"),
        Arg::Lang => tr(lang, "tui.arg.lang"),
        Arg::Query => tr(lang, "tui.arg.query"),
        Arg::Taker => tr(lang, "stages.arg.taker"),
        Arg::ObjectionNo => tr(lang, "form.arg.objection"),
        Arg::User => tr(lang, "assign.arg.user"),
        Arg::CaseId => tr(lang, "goto.arg"),
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
        format!("== {} ==", tr(lang, "dayc.help.by_screen")),
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
                Span::styled(fit(&keys, key_w), t.key()),
                Span::raw(" "),
                Span::raw(tr(lang, spec_of(cmd).desc)),
            ]));
        }
        out.push(Line::raw(""));
    }
    out.push(Line::from(Span::styled(
        format!("[{}]", tr(lang, "tui.ctx.typed")),
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
        format!("== {} ==", tr(lang, "dayc.help.by_task")),
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
                tr(lang, "dayc.help.cli_outputs")
            )));
        }
        out.push(Line::raw(""));
    }
    out
}

pub fn draw(frame: &mut Frame, state: &State, scroll: usize, area: Rect) {
    let t = Theme::of(state);
    let lang = state.lang();
    let title = trf(lang, "tui.help.title", &[("keymap", &state.keymap.name)]);
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
        "tui.help.footer",
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
