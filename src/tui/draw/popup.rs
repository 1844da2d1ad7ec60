//! Clearing the area a popup is drawn over. ratatui's diff skips the cell after a wide
//! (two-column) character, so a popup whose left border falls just right of a 汉字 of the
//! screen beneath would lose that border cell; the half-covered character is blanked instead.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Clear;
use unicode_width::UnicodeWidthStr;

/// Clears `area` for a popup and blanks any wide character its left edge cuts in half.
pub fn clear(frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    blank_cut_wide_chars(frame.buffer_mut(), area);
}

fn blank_cut_wide_chars(buf: &mut Buffer, area: Rect) {
    if area.x == 0 || area.x <= buf.area.x {
        return;
    }
    let left = area.x - 1;
    for y in area.top()..area.bottom().min(buf.area.bottom()) {
        let cell = &mut buf[(left, y)];
        if cell.symbol().width() > 1 {
            cell.set_symbol(" ");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::widgets::{Block, Paragraph};

    /// A row of 汉字 beneath, a bordered popup whose left edge falls on the second half
    /// of one of them: the border must be on screen.
    #[test]
    fn a_popup_border_next_to_a_wide_character_is_drawn() {
        let mut term = Terminal::new(TestBackend::new(12, 3)).unwrap();
        term.draw(|f| {
            f.render_widget(
                Paragraph::new("稀土稀土稀土\n稀土稀土稀土\n稀土稀土稀土"),
                f.area(),
            );
            let popup = Rect::new(3, 0, 6, 3);
            clear(f, popup);
            f.render_widget(Block::bordered(), popup);
        })
        .unwrap();
        let buf = term.backend().buffer();
        for y in 0..3 {
            assert_ne!(buf[(3, y)].symbol(), " ", "row {y}: left border present");
            assert_eq!(
                buf[(2, y)].symbol(),
                " ",
                "row {y}: the cut 汉字 is blanked"
            );
        }
    }
}
