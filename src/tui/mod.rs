//! The terminal face: the only module that names crossterm. It owns the terminal, turns
//! events into [`Action`]s for the pure core in `app::ui`, executes effects through a
//! [`Backend`] and draws the state after every batch of events.

pub mod bench;
pub mod clipboard;
pub mod draw;
pub mod editor;
pub mod form_io;
pub mod keys;
pub mod missing;
pub mod runner;
pub mod term;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use crossterm::event::{self, Event};

use crate::app::ui::action::{Action, Effect};
use crate::app::ui::backend::Backend;
use crate::app::ui::keymap::{self, Keymap, KeymapError};
use crate::app::ui::{Settings, State, settle};
use crate::i18n::Lang;

/// How the CLI starts the TUI.
#[derive(Debug, Clone)]
pub struct TuiOptions {
    pub lang: Lang,
    /// `default`, `vim`, `emacs`, or a path to a keymap file.
    pub keymap: String,
    /// ASCII borders for terminals that draw box-drawing characters wide.
    pub ascii: bool,
    /// No colour (also implied by a non-empty `NO_COLOR`).
    pub no_color: bool,
    pub read_only: bool,
    pub store_path: String,
    pub user: String,
    /// Shown in the status line at start (why the store opened read-only, a group
    /// lock-out).
    pub notice: Option<String>,
    /// Show the morning digest at the first start of the day.
    pub digest_on_start: bool,
    /// Report mouse events (wheel, click, double click); off keeps the terminal's own
    /// text selection.
    pub mouse: bool,
    /// The list's columns from config.toml (empty: all, as shipped).
    pub columns: Vec<crate::app::ui::list::Column>,
}

impl Default for TuiOptions {
    fn default() -> Self {
        TuiOptions {
            lang: Lang::Zh,
            keymap: "default".into(),
            ascii: false,
            no_color: false,
            read_only: false,
            store_path: String::new(),
            user: String::new(),
            digest_on_start: true,
            mouse: true,
            columns: Vec::new(),
            notice: None,
        }
    }
}

/// Puts the terminal back (raw mode off, main screen, cursor shown). For the CLI's panic
/// hook and error paths; safe to call when the TUI never started.
pub fn restore_terminal() {
    term::leave();
}

/// How often an idle TUI asks whether another process changed the store.
const POLL_CHANGES: Duration = Duration::from_millis(1000);
const EVENT_WAIT: Duration = Duration::from_millis(200);
/// How long typing must pause before a search's typo pass runs (it never runs on a key).
pub const TYPING_PAUSE: Duration = Duration::from_millis(150);

/// When the officer last typed: the search clock, which starts the typo pass once typing
/// pauses and then runs it a slice per turn, so a key is never kept waiting behind it.
struct TypingClock(Instant);

impl TypingClock {
    /// How long the loop may wait for input before the clock has work.
    fn wait(&self, state: &State) -> Duration {
        if state.finder.near_pending() {
            TYPING_PAUSE.saturating_sub(self.0.elapsed())
        } else {
            EVENT_WAIT
        }
    }

    fn due(&self, state: &State) -> bool {
        state.finder.near_pending() && self.0.elapsed() >= TYPING_PAUSE
    }
}

/// The user's keymap override, `keymap.toml` in the config dir, when there is one.
pub fn user_keymap_path() -> Option<PathBuf> {
    crate::app::config::user_file("keymap.toml")
}

/// Builds the keymap for `--keymap NAME|PATH`, then layers the user's file over it.
pub fn load_keymap(spec: &str, user_file: Option<&Path>) -> Result<Keymap, KeymapError> {
    let mut map = match Keymap::shipped(spec) {
        Some(m) => m?,
        None => {
            let text = std::fs::read_to_string(spec).map_err(|e| KeymapError {
                file: spec.to_string(),
                line: 0,
                message: e.to_string(),
            })?;
            let mut m = Keymap::shipped("default").unwrap_or_else(|| Ok(Keymap::default()))?;
            m.apply(keymap::parse(spec, &text)?);
            m.name = spec.to_string();
            m
        }
    };
    if let Some(path) = user_file
        && let Ok(text) = std::fs::read_to_string(path)
    {
        map.apply(keymap::parse(&path.display().to_string(), &text)?);
        map.name = format!("{} + {}", map.name, path.display());
    }
    Ok(map)
}

/// The initial state for these options (before any data is loaded).
pub fn initial_state(opts: &TuiOptions, keymap: Keymap, backend: &dyn Backend) -> State {
    let no_color = opts.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let settings = Settings {
        lang: opts.lang,
        ascii: opts.ascii,
        no_color,
        read_only: opts.read_only,
        store_path: opts.store_path.clone(),
        user: opts.user.clone(),
    };
    let mut state = State::new(settings, keymap, backend.today());
    state.digest_on_start = opts.digest_on_start;
    state.list.columns = opts.columns.clone();
    state
}

/// Runs the TUI until the officer quits (or SIGTERM/SIGHUP): `app::Session` implements
/// [`Backend`] (see `app::ui::session_backend`), so the CLI passes its session:
///
/// ```text
/// let opts = TuiOptions { lang, keymap, ascii, read_only: session.read_only,
///     store_path: session.path().display().to_string(), user: session.actor().label(),
///     ..TuiOptions::default() };
/// tui::run(Box::new(session), opts)
/// ```
///
/// A bad keymap is an error before the terminal is touched; the terminal is restored on
/// every way out, panics included.
pub fn run(backend: Box<dyn Backend>, opts: TuiOptions) -> anyhow::Result<()> {
    let keymap = load_keymap(&opts.keymap, user_keymap_path().as_deref())
        .map_err(|e| anyhow::anyhow!("keymap error: {e}"))?;
    let mut state = initial_state(&opts, keymap, backend.as_ref());
    state.status.message = opts.notice.clone();
    let stop = term::stop_flag().context("installing signal handlers")?;
    term::install_panic_hook();
    term::set_mouse(opts.mouse);
    term::enter().context("preparing the terminal")?;
    let result = event_loop(&mut state, backend.as_ref(), &stop);
    term::leave();
    result
}

fn to_action(ev: Event, started: Instant) -> Option<Action> {
    match ev {
        Event::Key(k) => keys::chord(&k).map(Action::Key),
        Event::Mouse(m) => keys::mouse(&m, started.elapsed().as_millis() as u64).map(Action::Mouse),
        Event::Paste(s) => Some(Action::Paste(s)),
        Event::Resize(w, h) => Some(Action::Resize {
            width: w,
            height: h,
        }),
        _ => None,
    }
}

fn event_loop(
    state: &mut State,
    backend: &dyn Backend,
    stop: &std::sync::atomic::AtomicBool,
) -> anyhow::Result<()> {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(std::io::stdout()))?;
    first_frame(&mut terminal, state, backend)?;
    let mut last_poll = Instant::now();
    let mut dirty = true;
    let mut drafts = form_io::DraftClock::default();
    let mut typing = TypingClock(Instant::now());
    let started = Instant::now();
    loop {
        if term::stopped(stop) || state.quit {
            // A dropped SSH link (SIGHUP) or a shutdown must not lose typed text.
            form_io::flush_draft(state, backend);
            return Ok(());
        }
        if runner::tick(state, backend) {
            dirty = true;
        }
        if drafts.due(state) {
            form_io::flush_draft(state, backend);
            dirty = true;
        }
        if dirty {
            terminal.draw(|f| draw::draw(f, state))?;
            dirty = false;
        }
        // Wait on the terminal ourselves: once it hangs up (the SSH link dropped, the
        // pty closed) crossterm's reader would spin on end-of-file, so a hang-up ends the
        // session here, draft saved, like SIGHUP.
        if term::wait_input(typing.wait(state)) == term::Input::HungUp {
            form_io::flush_draft(state, backend);
            return Ok(());
        }
        if event::poll(Duration::ZERO)? {
            dirty |= handle_waiting_events(&mut terminal, state, backend, started)?;
            settle(state);
            typing = TypingClock(Instant::now());
            continue;
        }
        if typing.due(state) {
            runner::dispatch(state, backend, Action::TypingPaused);
            // Redrawn once the pass is done and its hits are on the list.
            dirty |= !state.finder.near_pending();
            continue;
        }
        // Idle: prepare the search index of freshly loaded rows before anyone types.
        if !state.finder.is_warm(&state.rows) {
            state.finder.warm(&state.rows);
            continue;
        }
        if last_poll.elapsed() >= POLL_CHANGES {
            last_poll = Instant::now();
            dirty |= poll_changes(state, backend);
        }
    }
}

/// Sizes the state to the terminal, shows the first page, and runs the start-up effects.
fn first_frame(
    terminal: &mut term::Term,
    state: &mut State,
    backend: &dyn Backend,
) -> anyhow::Result<()> {
    let size = terminal.size()?;
    runner::dispatch(
        state,
        backend,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    // A large store: the first screen from a page of rows, drawn at once; the full load
    // (below) replaces it before the first key is handled.
    runner::show_first_page(state, backend);
    if state.status.loading.is_some() {
        terminal.draw(|f| draw::draw(f, state))?;
    }
    for e in crate::app::ui::init(state) {
        for a in runner::execute(e, backend, state.lang()) {
            runner::dispatch(state, backend, a);
        }
    }
    Ok(())
}

/// Handles every event already waiting before drawing or searching again, so a burst of
/// keys costs one search and one frame. Returns whether anything was dispatched.
fn handle_waiting_events(
    terminal: &mut term::Term,
    state: &mut State,
    backend: &dyn Backend,
    started: Instant,
) -> anyhow::Result<bool> {
    let mut dirty = false;
    loop {
        if let Some(a) = to_action(event::read()?, started) {
            for e in runner::dispatch(state, backend, a) {
                terminal_effect(terminal, state, backend, e)?;
            }
            dirty = true;
        }
        if state.quit || !event::poll(Duration::ZERO)? {
            return Ok(dirty);
        }
    }
}

/// The effects that need the terminal itself, which `runner` does not own.
fn terminal_effect(
    terminal: &mut term::Term,
    state: &mut State,
    backend: &dyn Backend,
    effect: Effect,
) -> anyhow::Result<()> {
    match effect {
        Effect::Suspend => term::suspend(terminal)?,
        Effect::Editor { text } => {
            let back = editor::edit(terminal, &text)?;
            runner::dispatch(state, backend, Action::EditorDone(back));
        }
        // A large export takes a while: draw the state that says it is under way first.
        Effect::Export { .. } => {
            terminal.draw(|f| draw::draw(f, state))?;
            for a in runner::execute(effect, backend, state.lang()) {
                runner::dispatch(state, backend, a);
            }
        }
        Effect::Copy { text, what } => {
            let done = clipboard::copy(terminal.backend_mut(), &text, what, state.lang());
            runner::dispatch(state, backend, done);
        }
        _ => {}
    }
    Ok(())
}

/// Reloads the rows when another process changed the store. Returns whether to redraw.
fn poll_changes(state: &mut State, backend: &dyn Backend) -> bool {
    match backend.change_counter() {
        Ok(c) if c != state.counter => {
            let a = runner::load_summaries(backend);
            runner::dispatch(state, backend, a);
            true
        }
        Ok(_) => false,
        Err(e) => {
            runner::dispatch(state, backend, Action::Failed(e));
            true
        }
    }
}
