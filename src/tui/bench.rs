//! Drawing figures for `jiebang bench`: time to the first frame, frame time of the list,
//! and bytes written to the terminal per cursor move, measured through the real crossterm
//! backend writing into memory.

use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::ui::action::Action;
use crate::app::ui::backend::Backend;
use crate::app::ui::commands::{Cmd, Command};
use crate::app::ui::keymap::Keymap;
use crate::app::ui::{Settings, State};
use crate::i18n::Lang;

use super::{draw, runner};

mod keystrokes;

pub use keystrokes::{FILTER, KeySamples, anchor_lines, line};

#[derive(Debug, Clone, PartialEq)]
pub struct FrameFigures {
    /// From an empty state to the first list frame drawn (loading included).
    pub first_frame_ms: f64,
    /// From an empty state to the list drawn with every row loaded.
    pub full_frame_ms: f64,
    pub frame_p50_ms: f64,
    pub frame_p99_ms: f64,
    /// Bytes written for a one-row cursor move inside the window (median and largest).
    pub bytes_per_move: usize,
    pub bytes_per_move_max: usize,
    /// A move that scrolls the window by one row (every row is redrawn).
    pub bytes_per_scroll: usize,
    /// Key to frame written for a move that scrolls the window by one row.
    pub scroll_p50_ms: f64,
    pub scroll_p99_ms: f64,
}

/// A terminal that only counts the bytes it is sent.
#[derive(Clone, Default)]
pub(crate) struct Counting(std::rc::Rc<std::cell::Cell<usize>>);

impl std::io::Write for Counting {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.set(self.0.get() + buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Opens the list on `backend` at `width` x `height` and moves the cursor `moves` rows.
pub fn measure(
    backend: &dyn Backend,
    width: u16,
    height: u16,
    moves: usize,
) -> anyhow::Result<FrameFigures> {
    let start = Instant::now();
    let (mut state, counter, mut term) = first_frame(backend, width, height)?;
    let first_frame_ms = start.elapsed().as_secs_f64() * 1000.0;
    let t = Instant::now();
    let loaded = runner::load_summaries(backend);
    runner::dispatch(&mut state, backend, loaded);
    term.draw(|f| draw::draw(f, &state))?;
    let full_frame_ms = t.elapsed().as_secs_f64() * 1000.0 + first_frame_ms;
    let mut times = Vec::with_capacity(moves);
    let mut bytes = Vec::with_capacity(moves);
    // Down and up in turn: one-row moves inside the window, the officer's common case.
    // Scrolling the window is measured separately (it redraws every row).
    for i in 0..moves {
        counter.0.set(0);
        let cmd = if i % 2 == 0 {
            Cmd::MoveDown
        } else {
            Cmd::MoveUp
        };
        runner::dispatch(&mut state, backend, Action::Command(Command::Simple(cmd)));
        let t = Instant::now();
        term.draw(|f| draw::draw(f, &state))?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        bytes.push(counter.0.get());
    }
    let page = state.list_height();
    let mut scroll_bytes = 0;
    let mut scrolls = Vec::new();
    // Past the window's last row, every move down scrolls.
    for i in 0..page + 1 + moves {
        counter.0.set(0);
        let t = Instant::now();
        runner::dispatch(
            &mut state,
            backend,
            Action::Command(Command::Simple(Cmd::MoveDown)),
        );
        term.draw(|f| draw::draw(f, &state))?;
        if i >= page {
            scrolls.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        scroll_bytes = scroll_bytes.max(counter.0.get());
    }
    // What an idle TUI does next: build the search index, so the session's peak memory
    // (read by the caller) includes it.
    state.finder.warm(&state.rows);
    scrolls.sort_by(|a, b| a.total_cmp(b));
    times.sort_by(|a, b| a.total_cmp(b));
    bytes.sort_unstable();
    Ok(FrameFigures {
        first_frame_ms,
        full_frame_ms,
        frame_p50_ms: percentile(&times, 0.5),
        frame_p99_ms: percentile(&times, 0.99),
        bytes_per_move: bytes.get(bytes.len() / 2).copied().unwrap_or(0),
        bytes_per_move_max: bytes.last().copied().unwrap_or(0),
        bytes_per_scroll: scroll_bytes,
        scroll_p50_ms: percentile(&scrolls, 0.5),
        scroll_p99_ms: percentile(&scrolls, 0.99),
    })
}

pub(crate) type Term = Terminal<CrosstermBackend<Counting>>;

/// A fresh state on `backend` with its first page drawn, as the TUI starts.
fn first_frame(
    backend: &dyn Backend,
    width: u16,
    height: u16,
) -> anyhow::Result<(State, Counting, Term)> {
    let settings = Settings {
        lang: Lang::Zh,
        ascii: false,
        no_color: false,
        read_only: true,
        store_path: String::new(),
        user: String::new(),
    };
    let mut state = State::new(settings, Keymap::default_map(), backend.today());
    runner::dispatch(&mut state, backend, Action::Resize { width, height });
    runner::show_first_page(&mut state, backend);
    let counter = Counting::default();
    let mut term = Terminal::with_options(
        CrosstermBackend::new(counter.clone()),
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, width, height)),
        },
    )?;
    term.draw(|f| draw::draw(f, &state))?;
    Ok((state, counter, term))
}

/// Search keystrokes at `width` x `height` on every row of `backend`, index warm (as the
/// idle TUI leaves it): key event to frame written, by kind, and the anchor's times.
pub fn measure_keys(backend: &dyn Backend, width: u16, height: u16) -> anyhow::Result<KeySamples> {
    let (mut state, _, mut term) = first_frame(backend, width, height)?;
    let loaded = runner::load_summaries(backend);
    runner::dispatch(&mut state, backend, loaded);
    term.draw(|f| draw::draw(f, &state))?;
    state.finder.warm(&state.rows);
    keystrokes::measure(&mut state, backend, &mut term)
}
