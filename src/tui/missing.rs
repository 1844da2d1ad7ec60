//! The screen for a store path with nothing there: an officer who mistyped `--db` or
//! forgot `JIEBANG_DB` would otherwise enter cases into a new private store. It names the
//! path and creates the store only on `y`.

use crate::i18n::msg;
use std::path::Path;
use std::time::Duration;

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::term;
use crate::i18n::{Lang, tr, trf};

/// Asks whether to create a store at `path`: `true` on `y`, `false` on `n`, `q`, Esc,
/// Ctrl-C, SIGTERM/SIGHUP or a hang-up. The terminal is restored before it returns.
pub fn ask_create(path: &Path, lang: Lang, ascii: bool) -> anyhow::Result<bool> {
    let stop = term::stop_flag()?;
    term::install_panic_hook();
    term::enter()?;
    let answer = ask(path, lang, ascii, &stop);
    term::leave();
    answer
}

fn ask(
    path: &Path,
    lang: Lang,
    ascii: bool,
    stop: &std::sync::atomic::AtomicBool,
) -> anyhow::Result<bool> {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(std::io::stdout()))?;
    let mut dirty = true;
    loop {
        if term::stopped(stop) {
            return Ok(false);
        }
        if dirty {
            terminal.draw(|f| draw(f, path, lang, ascii))?;
            dirty = false;
        }
        if term::wait_input(Duration::from_millis(200)) == term::Input::HungUp {
            return Ok(false);
        }
        if !event::poll(Duration::ZERO)? {
            continue;
        }
        match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Char('y' | 'Y') => return Ok(true),
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    return Ok(false);
                }
                KeyCode::Char('n' | 'N' | 'q' | 'Q') | KeyCode::Esc => return Ok(false),
                _ => {}
            },
            Event::Resize(..) => dirty = true,
            _ => {}
        }
    }
}

fn draw(f: &mut Frame, path: &Path, lang: Lang, ascii: bool) {
    let lines = vec![
        Line::from(trf(
            lang,
            msg::tui::MISSING_NONE,
            &[("path", &crate::io::inert_line(&path.display().to_string()))],
        )),
        Line::from(""),
        Line::from(tr(lang, msg::tui::MISSING_WHY)),
        Line::from(""),
        Line::from(tr(lang, msg::tui::MISSING_KEYS)),
    ];
    let width = f.area().width.clamp(20, 72);
    let [row] = Layout::vertical([Constraint::Length(9)])
        .flex(Flex::Center)
        .areas(f.area());
    let [area] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(row);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(tr(lang, msg::tui::MISSING_TITLE));
    let block = if ascii {
        block.border_set(super::draw::theme::ASCII_BORDER)
    } else {
        block
    };
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
