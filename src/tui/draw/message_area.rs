//! A message longer than the bottom line grows upward into a message area over the screen
//! (up to a third of it), wrapped by character width; one still longer ends with the key
//! that shows it in full (`:messages`).

use crate::i18n::msg;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::ui::State;
use crate::app::ui::commands::Cmd;
use crate::app::ui::keymap::Context;
use crate::app::ui::text::{Shown, width};
use crate::i18n::trf;

use super::wrap::wrap_lines;

/// Draws `text` ending on row `bottom` of `area`: one line when it fits, else wrapped
/// upward over what is above.
pub fn draw(frame: &mut Frame, state: &State, area: Rect, bottom: u16, text: &str, style: Style) {
    let cols = area.width.max(1);
    let lines: Vec<Line> = text
        .lines()
        .map(|l| Line::from(Span::styled(Shown::new(l).into_string(), style)))
        .collect();
    let mut lines = wrap_lines(lines, cols);
    let room = (area.height / 3).max(1) as usize;
    if lines.len() > room {
        lines.truncate(room);
        let key = state.keymap.key_label(Context::Global, Cmd::Messages);
        let key = if key.is_empty() {
            ":messages".to_string()
        } else {
            key
        };
        let more = trf(state.lang(), msg::tui::MESSAGES_MORE, &[("key", &key)]);
        let keep = (cols as usize).saturating_sub(width(&more));
        let last: String = lines[room - 1]
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect::<String>();
        let cut = crate::app::ui::text::fit(&Shown::new(&last), keep)
            .trim_end()
            .to_string();
        lines[room - 1] = Line::from(vec![Span::styled(cut, style), Span::styled(more, style)]);
    }
    let h = lines.len() as u16;
    let top = bottom.saturating_add(1).saturating_sub(h).max(area.y);
    let r = Rect::new(area.x, top, area.width, bottom + 1 - top);
    super::popup::clear(frame, r);
    frame.render_widget(Paragraph::new(lines), r);
}
