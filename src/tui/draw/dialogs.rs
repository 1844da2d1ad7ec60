//! Dialog boxes over the current screen: advance (single and bulk), move back, note, and
//! result messages. Inputs put the real cursor at their caret.

use crate::i18n::Msg;
use crate::i18n::msg;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::ui::State;
use crate::app::ui::backend::AdvancePreview;
use crate::app::ui::state::Dialog;
use crate::app::ui::text::Shown;
use crate::i18n::{tr, trf};

use crate::app::ui::commands::Cmd;
use crate::app::ui::keymap::Context;

use super::dialog_targets;
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
fn bullet(article: &Shown, text: &Shown) -> Line<'static> {
    Line::from(vec![
        Span::raw("  - "),
        Span::raw(format!("{article} ")),
        Span::raw(text.to_string()),
    ])
}

fn unmet_lines(p: &AdvancePreview) -> Vec<Line<'static>> {
    p.unmet
        .iter()
        .map(|u| bullet(&Shown::new(&u.article), &Shown::new(&u.message)))
        .collect()
}

/// A message line; a `  - 第X条 text` line (a refusal's rule) hangs like [`bullet`].
fn message_line(l: &Shown) -> Line<'static> {
    match l.strip_prefix("  - ").and_then(|rest| rest.split_once(' ')) {
        Some((article, text)) => bullet(&article, &text),
        None => Line::raw(l.to_string()),
    }
}

/// What a dialog shows: its title, body lines, the input's label (when it has an input)
/// and whether Enter confirms.
type Content = (String, Vec<Line<'static>>, Option<String>, bool);

/// Body lines, the input's label (when the dialog has an input) and the hint line.
fn content(state: &State, d: &Dialog) -> Content {
    let t = Theme::of(state);
    let lang = state.lang();
    match d {
        Dialog::Advance {
            ids,
            previews,
            failed,
            ..
        } => advance_content(state, ids, previews.as_deref(), failed),
        Dialog::Back { targets, error, .. } => {
            let (title, lines) = dialog_targets::back(lang, targets, error.as_ref(), t.error());
            let can = targets.iter().any(|t| t.back_to().is_some());
            let label = can.then(|| tr(lang, msg::tui::BACK_REASON).to_string());
            (title, lines, label, can)
        }
        Dialog::Note { targets, error, .. } => {
            let (title, lines) = dialog_targets::note(lang, targets, error.as_ref(), t.error());
            (
                title,
                lines,
                Some(tr(lang, msg::tui::NOTE_TEXT).to_string()),
                true,
            )
        }
        Dialog::Replace { path, ids } => {
            let body = trf(
                lang,
                msg::tui::EXPORT_REPLACE,
                &[("path", path), ("count", &ids.len())],
            );
            let title = tr(lang, msg::tui::EXPORT_REPLACE_TITLE).to_string();
            (
                title,
                vec![Line::raw(Shown::new(&body).into_string())],
                None,
                true,
            )
        }
        Dialog::Columns { items, cursor } => (
            tr(lang, msg::workday::COLUMNS_TITLE).to_string(),
            super::columns_dialog::lines(state, items, *cursor),
            None,
            true,
        ),
        Dialog::Message { title, lines, .. } => {
            let lines = lines.iter().map(message_line).collect();
            (title.clone(), lines, None, false)
        }
    }
}

/// The advance dialog: still checking, one case, or several. A note (and Enter) only when
/// at least one case may move.
fn advance_content(
    state: &State,
    ids: &[String],
    previews: Option<&[AdvancePreview]>,
    failed: &[(String, String)],
) -> Content {
    let lang = state.lang();
    let Some(previews) = previews else {
        let title = trf(lang, msg::tui::ADVANCE_TITLE_MANY, &[("n", &ids.len())]);
        let checking = Line::raw(tr(lang, msg::tui::ADVANCE_CHECKING).to_string());
        return (title, vec![checking], None, false);
    };
    let (title, lines) = match previews {
        [p] if failed.is_empty() => advance_one(state, p),
        _ => advance_many(state, previews, failed),
    };
    if previews.iter().any(|p| p.allowed()) {
        let label = tr(lang, msg::tui::ADVANCE_NOTE).to_string();
        (title, lines, Some(label), true)
    } else {
        (title, lines, None, false)
    }
}

fn advance_one(state: &State, p: &AdvancePreview) -> (String, Vec<Line<'static>>) {
    let t = Theme::of(state);
    let lang = state.lang();
    let to = p.to.map_or("-".to_string(), |s| s.label(lang).to_string());
    let mut lines: Vec<Line<'static>> = p.info.iter().map(|i| Line::raw(i.to_string())).collect();
    if p.allowed() {
        lines.push(Line::raw(trf(
            lang,
            msg::tui::ADVANCE_WILL_MOVE,
            &[("to", &to)],
        )));
    }
    if p.to.is_none() {
        let no_next = tr(lang, msg::tui::ADVANCE_NO_NEXT).to_string();
        lines.push(Line::styled(no_next, t.error()));
    } else if !p.unmet.is_empty() {
        let refused = tr(lang, msg::tui::ADVANCE_REFUSED).to_string();
        lines.push(Line::styled(refused, t.error()));
        lines.extend(unmet_lines(p));
    }
    let from = p.from.label(lang);
    let title = trf(
        lang,
        msg::tui::ADVANCE_TITLE,
        &[("id", &p.id), ("from", &from), ("to", &to)],
    );
    (title, lines)
}

fn advance_many(
    state: &State,
    previews: &[AdvancePreview],
    failed: &[(String, String)],
) -> (String, Vec<Line<'static>>) {
    let t = Theme::of(state);
    let lang = state.lang();
    let (ok, refused): (Vec<&AdvancePreview>, Vec<&AdvancePreview>) =
        previews.iter().partition(|p| p.allowed());
    let mut lines = vec![Line::raw(trf(
        lang,
        msg::tui::ADVANCE_BULK_SUMMARY,
        &[
            ("ok", &ok.len()),
            ("refused", &(refused.len() + failed.len())),
        ],
    ))];
    for p in &ok {
        let to = p.to.map_or("-".to_string(), |s| s.label(lang).to_string());
        let from = p.from.label(lang);
        let id = Shown::new(&p.id).into_string();
        lines.push(Line::raw(format!("  {id} {}: {from} -> {to}", p.name)));
    }
    if !refused.is_empty() || !failed.is_empty() {
        let head = tr(lang, msg::tui::ADVANCE_BULK_REFUSED).to_string();
        lines.push(Line::styled(head, t.error()));
    }
    for p in &refused {
        lines.push(Line::raw(format!(
            "  {} {}",
            Shown::new(&p.id).into_string(),
            p.name
        )));
        if p.to.is_none() {
            let no_next = tr(lang, msg::tui::ADVANCE_NO_NEXT);
            lines.push(Line::raw(format!("  - {no_next}")));
        }
        lines.extend(unmet_lines(p));
    }
    for (id, msg) in failed {
        lines.push(Line::raw(
            Shown::new(&format!("  {id}: {msg}")).into_string(),
        ));
    }
    let title = trf(
        lang,
        msg::tui::ADVANCE_TITLE_MANY,
        &[("n", &previews.len())],
    );
    (title, lines)
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
    super::popup::clear(frame, r);
    let block = t
        .block()
        .title(Shown::new(&format!(" {title} ")).into_string());
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
    let keys: &[(Cmd, Msg)] = if can_confirm {
        &[
            (Cmd::Confirm, msg::tui::HINT_CONFIRM),
            (Cmd::Back, msg::tui::HINT_CANCEL),
        ]
    } else {
        &[(Cmd::Back, msg::tui::HINT_CLOSE)]
    };
    let spans = hints(state, Context::Dialog, keys, inner.width as usize);
    frame.render_widget(
        Paragraph::new(Line::from(spans)).alignment(ratatui::layout::Alignment::Right),
        hint_row,
    );
}
