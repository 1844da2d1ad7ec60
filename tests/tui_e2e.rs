//! End to end: this test binary runs the real event loop (`tui::run`, crossterm, signals)
//! over a real session on the office's cases in a pseudo-terminal, and reads the screen through vt100.
//! The parent tests re-run this same binary with `TUI_E2E_CHILD=1`, which makes
//! `tui_child` start the TUI instead of returning.

mod tui_common;

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// The child side: the TUI itself, only when the parent asks for it.
#[test]
fn tui_child() {
    if std::env::var_os("TUI_E2E_CHILD").is_none() {
        return;
    }
    let lang = match std::env::var("TUI_E2E_LANG").as_deref() {
        Ok("en") => jiebang::i18n::Lang::En,
        _ => jiebang::i18n::Lang::Zh,
    };
    let opts = jiebang::tui::TuiOptions {
        lang,
        keymap: "default".into(),
        store_path: "/srv/jiebang/e2e.redb".into(),
        user: tui_common::live::ME.into(),
        // The morning digest has its own tests (tui_digest); here keys go to the list.
        digest_on_start: false,
        ..Default::default()
    };
    let (session, _dir) = tui_common::Live::new(lang).into_session();
    let result = jiebang::tui::run(Box::new(session), opts);
    std::process::exit(if result.is_ok() { 0 } else { 1 });
}

struct Term {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Term {
    fn start(lang: &str) -> Term {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("openpty");
        let mut cmd = CommandBuilder::new(std::env::current_exe().expect("test binary"));
        cmd.args(["--exact", "tui_child", "--nocapture", "--test-threads=1"]);
        cmd.env("TUI_E2E_CHILD", "1");
        cmd.env("TUI_E2E_LANG", lang);
        cmd.env("TERM", "xterm-256color");
        // Nothing may depend on the server's locale.
        cmd.env("LANG", "C");
        cmd.env("XDG_CONFIG_HOME", "/nonexistent");
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(24).unwrap(),
            std::num::NonZeroU16::new(80).unwrap(),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, r) = (parser.clone(), raw.clone());
        let master = pty.master;
        std::thread::spawn(move || {
            let _keep = master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Term {
            parser,
            raw,
            writer,
            child,
        }
    }

    fn send(&mut self, s: &str) {
        for ch in s.chars() {
            let mut b = [0u8; 4];
            self.writer
                .write_all(ch.encode_utf8(&mut b).as_bytes())
                .unwrap();
            self.writer.flush().unwrap();
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn cursor(&self) -> (u16, u16) {
        self.parser.lock().unwrap().screen().cursor_position()
    }

    fn wait_for(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let s = self.screen();
            if s.contains(needle) {
                return s;
            }
            assert!(Instant::now() < deadline, "no {needle:?} on screen:\n{s}");
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.exit_code();
            }
            assert!(
                Instant::now() < deadline,
                "did not exit:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// The terminal left the alternate screen and showed the cursor again, after the
    /// last time it entered them.
    fn restored(&self) -> bool {
        let raw = self.raw.lock().unwrap();
        let text = String::from_utf8_lossy(&raw);
        let entered = text.rfind("\x1b[?1049h").unwrap_or(0);
        let left = text.rfind("\x1b[?1049l");
        left.is_some_and(|l| l > entered && text[l..].contains("\x1b[?25h"))
    }
}

#[test]
fn search_open_advance_refused_and_quit_restores_the_terminal() {
    let mut t = Term::start("zh");
    t.wait_for("JB-2026-0001");
    t.send("/btxt");
    t.wait_for("包头稀土研究院");
    // The real cursor sits at the caret of the search input (input methods need it).
    assert_eq!(t.cursor(), (23, 2 + 4));
    t.send("\r");
    t.wait_for("稀土冶炼废渣资源化");
    t.send("\x1b");
    std::thread::sleep(Duration::from_millis(300));
    // Signed inside its publicity period: refused under 第九条(七).
    t.send("/低铱\r");
    t.wait_for("下一阶段");
    t.send("a");
    t.wait_for("第九条(七)");
    t.send("\x1b");
    std::thread::sleep(Duration::from_millis(300));
    t.send("q");
    std::thread::sleep(Duration::from_millis(300));
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    assert!(t.restored(), "terminal not restored");
    // It never asks the terminal where the cursor is (a round trip that stalls over slow
    // links and fails on terminals that do not answer).
    let raw = String::from_utf8_lossy(&t.raw.lock().unwrap()).to_string();
    assert!(!raw.contains("\x1b[6n"));
}

#[test]
fn sigterm_exits_cleanly_and_restores_the_terminal() {
    let mut t = Term::start("en");
    t.wait_for("All cases");
    let pid = t.child.process_id().expect("pid") as i32;
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(pid, libc::SIGTERM);
    }
    assert_eq!(t.wait_exit(), 0);
    assert!(t.restored(), "terminal not restored");
}

#[test]
fn sighup_exits_cleanly_and_restores_the_terminal() {
    let mut t = Term::start("zh");
    t.wait_for("全部项目");
    let pid = t.child.process_id().expect("pid") as i32;
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(pid, libc::SIGHUP);
    }
    assert_eq!(t.wait_exit(), 0);
    assert!(t.restored(), "terminal not restored");
}

#[test]
fn ctrl_z_gives_the_terminal_back_and_redraws_on_return() {
    let mut t = Term::start("zh");
    t.wait_for("全部项目");
    t.send("\x1a");
    // It gives the screen back to the shell...
    let deadline = Instant::now() + Duration::from_secs(10);
    while String::from_utf8_lossy(&t.raw.lock().unwrap())
        .matches("\x1b[?1049l")
        .count()
        == 0
    {
        assert!(Instant::now() < deadline, "never left the alternate screen");
        std::thread::sleep(Duration::from_millis(20));
    }
    // ...and stops, unless (as a session leader without a job-control shell, which is how
    // it runs here) the kernel discards the stop. Either way `fg` is a SIGCONT.
    let pid = t.child.process_id().expect("pid") as i32;
    std::thread::sleep(Duration::from_millis(200));
    // SAFETY: continuing our own child, as `fg` would.
    unsafe {
        libc::kill(pid, libc::SIGCONT);
    }
    t.wait_for("全部项目");
    t.send("d");
    t.wait_for("看板");
    let raw = String::from_utf8_lossy(&t.raw.lock().unwrap()).to_string();
    assert_eq!(raw.matches("\x1b[?1049h").count(), 2, "entered twice");
    assert_eq!(
        raw.matches("\x1b[?1049l").count(),
        1,
        "left once for the shell"
    );
    t.send("q");
    std::thread::sleep(Duration::from_millis(200));
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    assert!(t.restored());
}

#[test]
fn a_pause_in_typing_brings_the_names_within_one_typo() {
    let mut t = Term::start("en");
    t.wait_for("All cases");
    // 练 for 炼: the keystrokes find no case; once typing pauses, the event loop's search
    // clock runs the typo pass and the case comes up.
    t.send("/稀土冶练废渣");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let s = t.screen();
        if s.contains("稀土冶练废渣") && s.contains("1 found") {
            assert!(s.contains("稀土冶炼废渣资源化"), "{s}");
            break;
        }
        assert!(Instant::now() < deadline, "no typo hit:\n{s}");
        std::thread::sleep(Duration::from_millis(40));
    }
    t.send("\x1b");
    std::thread::sleep(Duration::from_millis(300));
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}
