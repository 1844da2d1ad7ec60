//! Owning the terminal: raw mode and the alternate screen on entry, and a guaranteed
//! restore on every way out (quit, error, panic, SIGTERM, SIGHUP), plus Ctrl-Z.

use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
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

pub fn enter() -> io::Result<()> {
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    Ok(())
}

/// Puts the terminal back as the shell expects it. Safe to call more than once.
pub fn leave() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let mut out = io::stdout();
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
