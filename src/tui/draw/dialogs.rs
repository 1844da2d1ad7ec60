//! Dialog boxes over the current screen: advance (single and bulk), move back, note, and
//! result messages. Inputs put the real cursor at their caret.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::app::ui::State;
use crate::app::ui::backend::AdvancePreview;
use crate::app::ui::state::Dialog;
use crate::app::ui::text::sanitize;
use crate::i18n::{tr, trf};

use crate::app::ui::commands::Cmd;
use crate::app::ui::keymap::Context;

use super::theme::Theme;
use super::wrap::wrap_lines;
use super::{hints, render_input};

/// The popup grows with the terminal (three quarters of it, 84 to 140 columns), so a
/// rule's full text fits on few lines; on a narrow terminal it takes all but a margin.
fn popup_width(area: Rect) -> u16 {
    let room = area.width.saturating_sub(4);
    (area.width.saturating_mul(3) / 4)
        .clamp(84.min(room), 140)
        .min(room)
}

fn centered(area: Rect, w: u16, want_h: u16) -> Rect {
    let h = want_h.min(area.height.saturating_sub(2)).max(5);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height.saturating_sub(h)) / 2,
        w,
        h,
    )
}

/// `  - 第九条(二) text…` as three spans, so a wrapped rule continues under its text.
fn bullet(article: &str, text: &str) -> Line<'static> {
    Line::from(vec![
        Span::raw("  - "),
        Span::raw(format!("{} ", sanitize(article))),
        Span::raw(sanitize(text)),
    ])
}

fn unmet_lines(p: &AdvancePreview) -> Vec<Line<'static>> {
    p.unmet
        .iter()
        .map(|u| bullet(&u.article, &u.message))
        .collect()
}

/// A message line; a `  - 第X条 text` line (a refusal's rule) hangs like [`bullet`].
fn message_line(l: &str) -> Line<'static> {
    match l.strip_prefix("  - ").and_then(|rest| rest.split_once(' ')) {
        Some((article, text)) => bullet(article, text),
        None => Line::raw(sanitize(l)),
    }
}

/// Body lines, the input's label (when the dialog has an input) and the hint line.
fn content(state: &State, d: &Dialog) -> (String, Vec<Line<'static>>, Option<String>, bool) {
    let t = Theme::of(state);
    let lang = state.lang();
    let (confirm, close) = (true, false);
    match d {
        Dialog::Advance {
            ids,
            previews,
            failed,
            ..
        } => {
            let Some(previews) = previews else {
                let title = trf(lang, "tui.advance.title_many", &[("n", &ids.len())]);
                return (
                    title,
                    vec![Line::raw(tr(lang, "tui.advance.checking").to_string())],
                    None,
                    close,
                );
            };
            let ok: Vec<&AdvancePreview> = previews.iter().filter(|p| p.allowed()).collect();
            let refused: Vec<&AdvancePreview> = previews.iter().filter(|p| !p.allowed()).collect();
            let mut lines = Vec::new();
            let title = match previews.as_slice() {
                [p] if failed.is_empty() => {
                    let to = p.to.map_or("-".to_string(), |s| s.label(lang).to_string());
                    for i in &p.info {
                        lines.push(Line::raw(sanitize(i)));
                    }
                    if p.allowed() {
                        lines.push(Line::raw(trf(
                            lang,
                            "tui.advance.will_move",
                            &[("to", &to)],
                        )));
                    }
                    if p.to.is_none() {
                        lines.push(Line::styled(
                            tr(lang, "tui.advance.no_next").to_string(),
                            t.error(),
                        ));
                    } else if !p.unmet.is_empty() {
                        lines.push(Line::styled(
                            tr(lang, "tui.advance.refused").to_string(),
                            t.error(),
                        ));
                        lines.extend(unmet_lines(p));
                    }
                    trf(
                        lang,
                        "tui.advance.title",
                        &[("id", &p.id), ("from", &p.from.label(lang)), ("to", &to)],
                    )
                }
                _ => {
                    lines.push(Line::raw(trf(
                        lang,
                        "tui.advance.bulk_summary",
                        &[
                            ("ok", &ok.len()),
                            ("refused", &(refused.len() + failed.len())),
                        ],
                    )));
                    for p in &ok {
                        let to = p.to.map_or("-".to_string(), |s| s.label(lang).to_string());
                        lines.push(Line::raw(sanitize(&format!(
                            "  {} {}: {} -> {to}",
                            p.id,
                            p.name,
                            p.from.label(lang)
                        ))));
                    }
                    if !refused.is_empty() || !failed.is_empty() {
                        lines.push(Line::styled(
                            tr(lang, "tui.advance.bulk_refused").to_string(),
                            t.error(),
                        ));
                    }
                    for p in &refused {
                        lines.push(Line::raw(sanitize(&format!("  {} {}", p.id, p.name))));
                        if p.to.is_none() {
                            lines.push(Line::raw(format!(
                                "  - {}",
                                tr(lang, "tui.advance.no_next")
                            )));
                        }
                        lines.extend(unmet_lines(p));
                    }
                    for (id, msg) in failed {
                        lines.push(Line::raw(sanitize(&format!("  {id}: {msg}"))));
                    }
                    trf(lang, "tui.advance.title_many", &[("n", &previews.len())])
                }
            };
            if ok.is_empty() {
                (title, lines, None, close)
            } else {
                (
                    title,
                    lines,
                    Some(tr(lang, "tui.advance.note").to_string()),
                    confirm,
                )
            }
        }
        Dialog::Back {
            id,
            name,
            from,
            to,
            error,
            ..
        } => {
            let mut lines = vec![Line::raw(sanitize(name))];
            if let Some(e) = error {
                lines.push(Line::styled(e.clone(), t.error()));
            }
            let title = trf(
                lang,
                "tui.back.title",
                &[
                    ("id", id),
                    ("from", &from.label(lang)),
                    ("to", &to.label(lang)),
                ],
            );
            (
                title,
                lines,
                Some(tr(lang, "tui.back.reason").to_string()),
                confirm,
            )
        }
        Dialog::Note {
            id, name, error, ..
        } => {
            let mut lines = vec![Line::raw(sanitize(name))];
            if let Some(e) = error {
                lines.push(Line::styled(e.clone(), t.error()));
            }
            (
                trf(lang, "tui.note.title", &[("id", id)]),
                lines,
                Some(tr(lang, "tui.note.text").to_string()),
                confirm,
            )
        }
        Dialog::Replace { path, ids } => (
            tr(lang, "tui.export.replace_title").to_string(),
            vec![Line::raw(sanitize(&trf(
                lang,
                "tui.export.replace",
                &[("path", path), ("count", &ids.len())],
            )))],
            None,
            confirm,
        ),
        Dialog::Columns { items, cursor } => (
            tr(lang, "dayc.columns.title").to_string(),
            super::columns_dialog::lines(state, items, *cursor),
            None,
            confirm,
        ),
        Dialog::Message { title, lines, .. } => (
            title.clone(),
            lines.iter().map(|l| message_line(l)).collect(),
            None,
            close,
        ),
    }
}

pub fn draw(frame: &mut Frame, state: &State, d: &Dialog, area: Rect) {
    let t = Theme::of(state);
    let (title, lines, input_label, can_confirm) = content(state, d);
    let scroll = match d {
        Dialog::Advance { scroll, .. } | Dialog::Message { scroll, .. } => *scroll,
        _ => 0,
    };
    let extra = if input_label.is_some() { 2 } else { 0 };
    let w = popup_width(area);
    // Wrapped before sizing: the height counts the lines as drawn, so no rule is cut off.
    let lines = wrap_lines(lines, w.saturating_sub(2));
    let want_h = (lines.len().min(u16::MAX as usize) as u16).saturating_add(3 + extra);
    let r = centered(area, w, want_h);
    frame.render_widget(Clear, r);
    let block = t.block().title(sanitize(&format!(" {title} ")));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let body_h = inner.height.saturating_sub(1 + extra);
    let max_scroll = lines.len().saturating_sub(body_h as usize);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(max_scroll) as u16, 0)),
        Rect::new(inner.x, inner.y, inner.width, body_h),
    );
    if let (Some(label), Some(input)) = (input_label, state.active_input()) {
        let y = inner.y + body_h + 1;
        let row = Rect::new(inner.x, y.min(inner.y + inner.height - 1), inner.width, 1);
        render_input(frame, state, row, &format!("{label} "), input, "");
    }
    let hint_row = Rect::new(
        inner.x,
        inner.y + inner.height.saturating_sub(1),
        inner.width,
        1,
    );
    let keys: &[(Cmd, &str)] = if can_confirm {
        &[
            (Cmd::Confirm, "tui.hint.confirm"),
            (Cmd::Back, "tui.hint.cancel"),
        ]
    } else {
        &[(Cmd::Back, "tui.hint.close")]
    };
    let spans = hints(state, Context::Dialog, keys, inner.width as usize);
    frame.render_widget(
        Paragraph::new(Line::from(spans)).alignment(ratatui::layout::Alignment::Right),
        hint_row,
    );
}
