//! The morning digest box: centred, at most 76 columns, never taller than the screen;
//! the body is laid out to fit by `app::ui::digest::lines`.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::app::digest_ops::Digest;
use crate::app::ui::State;
use crate::app::ui::digest::{hint, lines, title};
use crate::app::ui::text::Shown;

use super::theme::Theme;

pub fn draw(frame: &mut Frame, state: &State, d: &Digest, area: Rect) {
    let t = Theme::of(state);
    let lang = state.lang();
    let w = area.width.saturating_sub(4).min(76);
    // Borders and the hint line take three rows; a row of screen shows above and below.
    let max_body = area.height.saturating_sub(5) as usize;
    let body = lines(d, lang, w.saturating_sub(2) as usize, max_body);
    let h = (body.len() as u16 + 3).min(area.height);
    let r = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    super::popup::clear(frame, r);
    let block = t
        .block()
        .title(Shown::new(&format!(" {} ", title(d, lang))).into_string());
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let text: Vec<Line> = body.into_iter().map(Line::raw).collect();
    let body_h = inner.height.saturating_sub(1);
    frame.render_widget(
        Paragraph::new(text),
        Rect::new(inner.x, inner.y, inner.width, body_h),
    );
    let hint_row = Rect::new(inner.x, inner.y + body_h, inner.width, 1.min(inner.height));
    frame.render_widget(
        Paragraph::new(Line::styled(hint(lang), t.dim())).alignment(Alignment::Right),
        hint_row,
    );
}
