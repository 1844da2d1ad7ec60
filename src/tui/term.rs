//! Owning the terminal: raw mode and the alternate screen on entry, and a guaranteed
//! restore on every way out (quit, error, panic, SIGTERM, SIGHUP), plus Ctrl-Z.

use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::style::{Modifier, Style};

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Whether this process changed the terminal; `leave` does nothing otherwise, so the
/// CLI's panic hook never writes escape sequences into a command's output.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Whether the TUI asks the terminal for mouse events (`mouse` in config.toml).
static MOUSE: AtomicBool = AtomicBool::new(false);

/// Mouse reporting on or off from the next `enter` (and after a suspend).
pub fn set_mouse(on: bool) {
    MOUSE.store(on, Ordering::SeqCst);
}

pub fn enter() -> io::Result<()> {
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    if MOUSE.load(Ordering::SeqCst) {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    Ok(())
}

/// Puts the terminal back as the shell expects it. Safe to call more than once.
pub fn leave() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    if MOUSE.load(Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(
        out,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = out.flush();
}

/// Restores the terminal before the default hook prints the panic, so the message is
/// readable and the shell usable.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
}

/// Flags set by SIGTERM and SIGHUP; the event loop sees them within one poll interval and
/// leaves cleanly (exit status 0).
pub fn stop_flag() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(sig, Arc::clone(&flag))?;
    }
    Ok(flag)
}

pub fn stopped(flag: &AtomicBool) -> bool {
    flag.load(Ordering::Relaxed)
}

/// Ctrl-Z: give the terminal back, stop the process, and on SIGCONT take the terminal
/// again and redraw everything.
#[cfg(unix)]
pub fn suspend(term: &mut Term) -> io::Result<()> {
    leave();
    // SIGTSTP with its default action stops us here; execution resumes after SIGCONT.
    // SAFETY: raise only sends a signal to this process.
    unsafe {
        libc::raise(libc::SIGTSTP);
    }
    enter()?;
    redraw_all(term)
}

/// Makes the next frame rewrite every cell (the screen was cleared behind ratatui's back).
/// `Terminal::clear` would do it but first asks the terminal for the cursor position and
/// waits for the answer, which fails or stalls on some terminals and slow links.
pub fn redraw_all(term: &mut Term) -> io::Result<()> {
    execute!(io::stdout(), Clear(ClearType::All))?;
    // Cells ratatui believes are on screen now differ from any real frame (hidden spaces),
    // so the next draw sends them all.
    term.draw(|f| {
        let area = f.area();
        f.buffer_mut()
            .set_style(area, Style::default().add_modifier(Modifier::HIDDEN));
    })?;
    Ok(())
}

#[cfg(not(unix))]
pub fn suspend(_term: &mut Term) -> io::Result<()> {
    Ok(())
}

/// What waiting on the terminal found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// Bytes to read, or the wait timed out (crossterm then checks its own queue, which
    /// also carries resizes).
    Maybe,
    /// The terminal is gone: reading it would only return end-of-file.
    HungUp,
}

/// Waits up to `timeout` for input on the terminal (stdin), reporting a hang-up.
pub fn wait_input(timeout: std::time::Duration) -> Input {
    let mut fds = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = timeout.as_millis().min(i32::MAX as u128) as libc::c_int;
    // SAFETY: one valid pollfd on the stack, for the duration of the call.
    let n = unsafe { libc::poll(&mut fds, 1, ms) };
    if n > 0 && fds.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        Input::HungUp
    } else {
        Input::Maybe
    }
}
