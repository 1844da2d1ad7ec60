//! A dropped SSH link closes the terminal under the TUI: the process must end (not spin on
//! end-of-file, as crossterm's reader does), whether or not SIGHUP reaches it.

use std::io::Read;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

#[test]
fn the_tui_exits_when_its_terminal_goes_away() {
    let dir = tempfile::tempdir().unwrap();
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_jiebang"));
    cmd.args(["--demo"]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("JIEBANG_TODAY", "2026-11-26");
    cmd.env("XDG_CONFIG_HOME", dir.path().join("config"));
    cmd.env("XDG_DATA_HOME", dir.path().join("data"));
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    // Wait for the first frame (the alternate screen is entered before it is drawn).
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        let mut seen = Vec::new();
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.extend_from_slice(&buf[..n]);
            if String::from_utf8_lossy(&seen).contains("JB-20") {
                break;
            }
        }
        // Every copy of the master must be closed for the terminal to hang up.
        drop(reader);
        let _ = tx.send(());
    });
    rx.recv_timeout(Duration::from_secs(20))
        .expect("first frame");
    // Hang up: close the master side, as sshd does when the connection drops.
    drop(pty.master);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("jiebang kept running after its terminal went away");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
