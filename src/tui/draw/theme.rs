//! Styles and borders. Colour is an aid only: every state is also shown by a modifier
//! (reverse, bold, underline) or an ASCII marker, so `NO_COLOR` loses nothing.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::widgets::{Block, Borders};

use crate::app::ui::State;

/// Borders for terminals that draw box-drawing characters double width.
pub const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
    pub ascii: bool,
}

impl Theme {
    pub fn of(state: &State) -> Theme {
        Theme {
            color: !state.settings.no_color,
            ascii: state.settings.ascii,
        }
    }

    fn fg(&self, style: Style, c: Color) -> Style {
        if self.color { style.fg(c) } else { style }
    }

    pub fn plain(&self) -> Style {
        Style::default()
    }

    pub fn title(&self) -> Style {
        self.fg(Style::default().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    pub fn header(&self) -> Style {
        Style::default()
            .add_modifier(Modifier::BOLD)
            .add_modifier(Modifier::UNDERLINED)
    }

    pub fn selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }

    pub fn marked(&self) -> Style {
        self.fg(Style::default().add_modifier(Modifier::BOLD), Color::Yellow)
    }

    /// Matched characters of a search: bold and underlined, not only coloured.
    pub fn matched(&self) -> Style {
        self.fg(
            Style::default()
                .add_modifier(Modifier::BOLD)
                .add_modifier(Modifier::UNDERLINED),
            Color::Yellow,
        )
    }

    pub fn error(&self) -> Style {
        self.fg(Style::default().add_modifier(Modifier::BOLD), Color::Red)
    }

    pub fn ok(&self) -> Style {
        self.fg(Style::default(), Color::Green)
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::default().fg(Color::DarkGray)
        } else {
            Style::default()
        }
    }

    pub fn key(&self) -> Style {
        self.fg(Style::default().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    pub fn block(&self) -> Block<'static> {
        let b = Block::default().borders(Borders::ALL);
        if self.ascii {
            b.border_set(ASCII_BORDER)
        } else {
            b
        }
    }

    /// A horizontal rule character.
    pub fn rule(&self) -> &'static str {
        if self.ascii { "-" } else { "─" }
    }

    /// What ends a line cut short: `…`, or `..` where every glyph must be one cell wide.
    pub fn ellipsis(&self) -> &'static str {
        if self.ascii { ".." } else { "…" }
    }
}
