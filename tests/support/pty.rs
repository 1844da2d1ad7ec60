//! A pseudo-terminal harness: runs the real binary, feeds keys, and reads the screen as a
//! terminal would show it (parsed by vt100), so tests assert on what an officer sees.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

pub struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _reader: std::thread::JoinHandle<()>,
}

impl Pty {
    /// Starts `jiebang ARGS` in a `cols`×`rows` terminal with the given environment.
    pub fn spawn(args: &[&str], env: &[(&str, &str)], cwd: &Path, cols: u16, rows: u16) -> Pty {
        Pty::spawn_via(&[], args, env, cwd, cols, rows)
    }

    /// Like `spawn`, with `jiebang` run through `via` (e.g. `setpriv --reuid=…`) when it
    /// is not empty.
    pub fn spawn_via(
        via: &[&str],
        args: &[&str],
        env: &[(&str, &str)],
        cwd: &Path,
        cols: u16,
        rows: u16,
    ) -> Pty {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("openpty");
        let bin = env!("CARGO_BIN_EXE_jiebang");
        let mut cmd = match via.split_first() {
            Some((first, rest)) => {
                let mut c = CommandBuilder::new(first);
                c.args(rest);
                c.arg(bin);
                c
            }
            None => CommandBuilder::new(bin),
        };
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn jiebang");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(rows.max(1)).unwrap(),
            std::num::NonZeroU16::new(cols.max(1)).unwrap(),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p2, r2) = (parser.clone(), raw.clone());
        let master = pty.master;
        let handle = std::thread::spawn(move || {
            let _keep = master;
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        p2.lock().unwrap().process(&buf[..n]);
                        r2.lock().unwrap().extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        Pty {
            parser,
            raw,
            writer,
            child,
            _reader: handle,
        }
    }

    /// Writes bytes at once, without the pause `send` adds (for timing).
    pub fn write_raw(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }

    /// Types text one character at a time, like a person (each a separate key event).
    pub fn type_text(&mut self, text: &str) {
        for ch in text.chars() {
            let mut b = [0u8; 4];
            self.writer
                .write_all(ch.encode_utf8(&mut b).as_bytes())
                .unwrap();
            self.writer.flush().unwrap();
            std::thread::sleep(Duration::from_millis(25));
        }
        std::thread::sleep(Duration::from_millis(80));
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Waits until the screen contains `needle` (or panics with the screen after `secs`).
    pub fn wait_for(&self, needle: &str, secs: u64) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let s = self.screen();
            if s.contains(needle) {
                return s;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {needle:?}; screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// Waits for the process to exit; returns its exit code.
    pub fn wait_exit(&mut self, secs: u64) -> Option<u32> {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status.exit_code());
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                return None;
            }
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    /// The terminal is back to normal: alternate screen left, cursor shown, raw mode off
    /// (checked on the bytes the program wrote last).
    pub fn restored(&self) -> bool {
        let raw = self.raw();
        let text = String::from_utf8_lossy(&raw);
        let left_alt =
            text.rfind("\x1b[?1049l").unwrap_or(0) > text.rfind("\x1b[?1049h").unwrap_or(0);
        let cursor_shown =
            text.rfind("\x1b[?25h").unwrap_or(0) >= text.rfind("\x1b[?25l").unwrap_or(0);
        left_alt && cursor_shown
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
