//! `jiebang bench --pty`: the TUI as an officer starts it, a real process on a
//! pseudo-terminal. Times process start to the first frame's rows on the terminal and reads
//! the process's peak memory once it is idle (rows loaded, search index built).

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
pub struct PtyFigures {
    /// Spawn to the bytes of the first frame's first row read from the terminal.
    pub first_frame_ms: f64,
    /// Peak resident memory of the TUI process once idle, in MiB.
    pub rss_mb: f64,
}

/// Runs `exe --db db` on a `width` x `height` pseudo-terminal until `marker` (text of the
/// first row) has been drawn, waits for the process to go idle, then quits it with `q`.
pub fn measure(
    exe: &Path,
    db: &Path,
    marker: &str,
    (width, height): (u16, u16),
) -> anyhow::Result<PtyFigures> {
    let (master, slave) = open_pty(width, height)?;
    let mut cmd = Command::new(exe);
    cmd.arg("--db")
        .arg(db)
        .env("TERM", "xterm-256color")
        .stdin(Stdio::from(slave.try_clone()?))
        .stdout(Stdio::from(slave.try_clone()?))
        .stderr(Stdio::from(slave));
    // SAFETY: only async-signal-safe calls between fork and exec: the child leads a new
    // session whose controlling terminal is the pty (its stdin), as a login shell's is.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    drop(cmd);
    let mut term = std::fs::File::from(master);
    let found = wait_for(&mut term, marker.as_bytes(), Duration::from_secs(60));
    let first_frame_ms = start.elapsed().as_secs_f64() * 1000.0;
    let rss_mb = found.and_then(|()| idle_peak_rss(&mut term, &child));
    let _ = term.write_all(b"q");
    finish(&mut child, &mut term);
    Ok(PtyFigures {
        first_frame_ms,
        rss_mb: rss_mb?,
    })
}

fn open_pty(width: u16, height: u16) -> anyhow::Result<(OwnedFd, OwnedFd)> {
    let (mut master, mut slave) = (-1, -1);
    let size = libc::winsize {
        ws_row: height,
        ws_col: width,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: valid out-pointers; no name buffer; termios defaults.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    if rc != 0 {
        anyhow::bail!("openpty: {}", std::io::Error::last_os_error());
    }
    // SAFETY: openpty succeeded, so both descriptors are open and owned by us alone.
    Ok(unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) })
}

/// Reads the terminal until `marker` has been written (or `limit` passes).
fn wait_for(term: &mut std::fs::File, marker: &[u8], limit: Duration) -> anyhow::Result<()> {
    let start = Instant::now();
    let mut seen: Vec<u8> = Vec::new();
    let mut buf = [0u8; 65536];
    while start.elapsed() < limit {
        if !readable(term, 100) {
            continue;
        }
        let n = term.read(&mut buf)?;
        if n == 0 {
            break;
        }
        seen.extend_from_slice(&buf[..n]);
        if seen.windows(marker.len()).any(|w| w == marker) {
            return Ok(());
        }
    }
    anyhow::bail!("the TUI drew no row within {limit:?}")
}

fn readable(term: &std::fs::File, ms: i32) -> bool {
    let mut fd = libc::pollfd {
        fd: term.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd.
    unsafe { libc::poll(&mut fd, 1, ms) > 0 }
}

/// Peak memory once the TUI has written nothing for a second (full load and index done),
/// draining its output meanwhile so it never blocks on a full terminal.
fn idle_peak_rss(term: &mut std::fs::File, child: &Child) -> anyhow::Result<f64> {
    let mut buf = [0u8; 65536];
    let start = Instant::now();
    let mut last_peak = 0.0;
    let mut quiet_since = Instant::now();
    while start.elapsed() < Duration::from_secs(120) {
        if readable(term, 100) {
            if term.read(&mut buf)? == 0 {
                break;
            }
            continue;
        }
        let peak = super::peak_rss_mb_of(&format!("/proc/{}/status", child.id()));
        if peak != last_peak {
            last_peak = peak;
            quiet_since = Instant::now();
        } else if quiet_since.elapsed() >= Duration::from_secs(1) {
            return Ok(peak);
        }
    }
    Ok(last_peak)
}

/// Lets the TUI quit on its own; ends it after two seconds if it has not.
fn finish(child: &mut Child, term: &mut std::fs::File) {
    let start = Instant::now();
    let mut buf = [0u8; 65536];
    while start.elapsed() < Duration::from_secs(2) {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        if readable(term, 50) {
            let _ = term.read(&mut buf);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}
