//! `draw` is a pure function of the UI state: the same state always draws the same frame.
//! Only the visible window of the list is touched, so a frame costs the same at 100 cases
//! and at 100 000.

mod columns_dialog;
mod dashboard;
mod dashboard_charts;
mod detail;
mod detail_case;
mod detail_records;
mod detail_stages;
mod dialog_targets;
mod dialogs;
mod digest;
mod form;
mod form_drafts;
mod form_fields;
pub mod help;
mod list;
mod message_area;
mod popup;
pub mod theme;
pub mod wrap;

use crate::i18n::Msg;
use crate::i18n::msg;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use tui_input::Input;

use crate::app::ui::State;
use crate::app::ui::commands::Cmd;
use crate::app::ui::keymap::Context;
use crate::app::ui::state::{Overlay, Screen};
use crate::app::ui::text::{Shown, ShownInput, fit, width};
use crate::i18n::tr;

use theme::Theme;

pub fn draw(frame: &mut Frame, state: &State) {
    let area = frame.area();
    if area.width < 20 || area.height < 6 {
        let msg = tr(state.lang(), msg::tui::TOO_SMALL);
        frame.render_widget(Paragraph::new(msg), area);
        return;
    }
    match &state.screen {
        Screen::List => list::draw(frame, state, area),
        Screen::Detail(d) => detail::draw(frame, state, d, area),
        Screen::Dashboard => dashboard::draw(frame, state, area),
        Screen::Help { scroll, .. } => help::draw(frame, state, *scroll, area),
        Screen::Form(f) => form::draw(frame, state, f, area),
        Screen::Drafts(d) => form_drafts::draw(frame, state, d, area),
    }
    match state.overlay() {
        Some(Overlay::Dialog(d)) => dialogs::draw(frame, state, d, area),
        Some(Overlay::Digest(d)) => digest::draw(frame, state, d, area),
        _ => {}
    }
}

/// One line of `text` fitted to the area's width.
pub(crate) fn line_at(frame: &mut Frame, area: Rect, y: u16, line: Line<'_>) {
    if y >= area.y + area.height {
        return;
    }
    let r = Rect::new(area.x, y, area.width, 1);
    frame.render_widget(Paragraph::new(line), r);
}

/// Left and right parts on one line; the right part is dropped first when space is short.
pub(crate) fn split_line<'a>(left: Vec<Span<'a>>, right: Vec<Span<'a>>, cols: usize) -> Line<'a> {
    let lw: usize = left.iter().map(|s| width(&s.content)).sum();
    let rw: usize = right.iter().map(|s| width(&s.content)).sum();
    let mut spans = left;
    if lw + rw < cols {
        spans.push(Span::raw(" ".repeat(cols - lw - rw)));
        spans.extend(right);
    }
    Line::from(spans)
}

/// Key hints for a context from the ACTIVE keymap (`Tab 切换分组  a 推进 ...`), as many
/// whole hints as fit in `cols`.
pub(crate) fn hints<'a>(
    state: &State,
    context: Context,
    cmds: &[(Cmd, Msg)],
    cols: usize,
) -> Vec<Span<'a>> {
    let t = Theme::of(state);
    let all: Vec<(Cmd, String, String)> = cmds
        .iter()
        .filter_map(|(cmd, label_key)| {
            let keys = state.keymap.keys_for(context, *cmd);
            let keys = if keys.is_empty() {
                state.keymap.keys_for(Context::Global, *cmd)
            } else {
                keys
            };
            let key = keys.first()?.to_string();
            Some((*cmd, key, format!(" {}  ", tr(state.lang(), label_key))))
        })
        .collect();
    let w = |(_, key, label): &(Cmd, String, String)| width(key) + width(label);
    // When not all fit, the help hint is kept over the ones before it: from `?` an officer
    // finds every other key.
    let total: usize = all.iter().map(w).sum();
    let help = match all.last() {
        Some(h) if h.0 == Cmd::Help && total > cols + 2 => w(h),
        _ => 0,
    };
    let mut shown: Vec<&(Cmd, String, String)> = Vec::new();
    let mut used = 0;
    for h in all.iter().take(all.len() - usize::from(help > 0)) {
        if used + w(h) + help > cols + 2 {
            break;
        }
        used += w(h);
        shown.push(h);
    }
    if help > 0 && used + help <= cols + 2 {
        shown.extend(all.last());
    }
    let mut spans = Vec::new();
    for (_, key, label) in shown {
        spans.push(Span::styled(key.clone(), t.key()));
        spans.push(Span::raw(label.clone()));
    }
    spans
}

/// The bottom line: the open input with its prompt, or the last error or message, or the
/// store path. Returns where the caret is, for `set_cursor_position`.
pub(crate) fn bottom_line(frame: &mut Frame, state: &State, area: Rect, y: u16) {
    let t = Theme::of(state);
    let lang = state.lang();
    let r = Rect::new(area.x, y, area.width, 1);
    let (prompt, input, extra) = match state.overlay() {
        Some(Overlay::Search { input, .. }) => (
            "/ ".to_string(),
            Some(input),
            crate::app::ui::find::count_text(state),
        ),
        Some(Overlay::Filter { input, .. }) => (
            format!("{} ", tr(lang, msg::tui::FILTER_PROMPT)),
            Some(input),
            String::new(),
        ),
        Some(Overlay::Command { input, .. }) => {
            // What the typed command does, as the officer types it (`:objection 2` says it
            // reopens objection 2), in at most half the line.
            let v = input.value().trim_start();
            let (name, arg) = v.split_once(' ').unwrap_or((v, ""));
            let desc = crate::app::ui::commands::typed_spec(name, !arg.trim().is_empty())
                .map(|s| {
                    fit(&Shown::new(tr(lang, s.desc)), r.width as usize / 2)
                        .trim_end()
                        .to_string()
                })
                .unwrap_or_default();
            (":".to_string(), Some(input), desc)
        }
        _ => (String::new(), None, String::new()),
    };
    if let Some(input) = input {
        render_input(frame, state, r, &prompt, input, &extra);
        return;
    }
    if let Some(e) = &state.status.error {
        message_area::draw(frame, state, area, y, e, t.error());
        return;
    }
    if let Some(m) = &state.status.message {
        message_area::draw(frame, state, area, y, m, t.ok());
        return;
    }
    let line = {
        let ro = if state.settings.read_only {
            format!(" [{}]", tr(lang, msg::tui::READ_ONLY_TAG))
        } else {
            String::new()
        };
        Line::from(Span::styled(
            format!(
                "{}{ro}",
                Shown::new(&state.settings.store_path).into_string()
            ),
            t.dim(),
        ))
    };
    frame.render_widget(Paragraph::new(line), r);
}

/// Draws `prompt` + the input's visible part + `extra` right-aligned, and puts the real
/// terminal cursor at the caret (input methods place their candidate window there).
pub(crate) fn render_input(
    frame: &mut Frame,
    state: &State,
    r: Rect,
    prompt: &str,
    input: &Input,
    extra: &str,
) {
    let t = Theme::of(state);
    let pw = width(prompt) as u16;
    let ew = if extra.is_empty() {
        0
    } else {
        width(extra) as u16 + 1
    };
    let field_w = r.width.saturating_sub(pw + ew).max(1);
    let (shown, caret) = ShownInput::of(input).window(field_w as usize);
    let mut spans = vec![
        Span::styled(prompt.to_string(), t.key()),
        Span::raw(fit(&shown, field_w as usize)),
    ];
    if !extra.is_empty() {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(extra.to_string(), t.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), r);
    let caret = (caret as u16).min(field_w);
    frame.set_cursor_position((r.x + pw + caret, r.y));
}

/// A horizontal rule across the area.
pub(crate) fn rule(state: &State, cols: u16) -> String {
    Theme::of(state).rule().repeat(cols as usize)
}
