//! The one way to write a TUI test: (store, keys typed, expected screen or state), on the
//! real thing. A real `Session` over a temporary redb store, its clock fixed at 10:42 on
//! 2026-11-26 in Shanghai and its officer `zhangsan`, driven by keys as the event loop
//! drives it:
//!
//! ```ignore
//! let screen = Live::demo().keys("/稀土<Enter>a").screen();
//! let mut ui = Live::new(Lang::En); // the office's fourteen cases, 80×24
//! ui.select("JB-2026-0030");
//! ui.keys("a材料齐全<Enter>");
//! assert_eq!(ui.get("JB-2026-0030").stage, Stage::Implementing);
//! ```
//!
//! A colleague's change meanwhile is a real write by `lisi` on the same store (`touch`,
//! `add`, `colleague`); a restart is a new program start over the same file (`restart`).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use jiebang::app::clock::ManualClock;
use jiebang::app::ui::backend::Backend;
use jiebang::app::ui::keymap::Keymap;
use jiebang::app::ui::keys::script;
use jiebang::app::ui::state::Screen;
use jiebang::app::ui::{Action, DraftRow, Effect, Settings, State, settle};
use jiebang::app::{Config, Session, SessionOptions};
use jiebang::domain::{Case, Stage};
use jiebang::i18n::Lang;
use jiebang::store::Actor;
use jiebang::tui::runner;

use super::office;

/// The officer the tests act as; `lisi` is the colleague who changes things meanwhile.
pub const ME: &str = "zhangsan";
pub const COLLEAGUE: &str = "lisi";
/// Shown in the status bar instead of the temporary directory, so snapshots hold.
const SHOWN_PATH: &str = "/srv/jiebang/jiebang.redb";

pub struct Live {
    pub state: State,
    pub session: Session,
    pub clock: Arc<ManualClock>,
    pub path: PathBuf,
    keymap: Keymap,
    _dir: Arc<tempfile::TempDir>,
}

/// A session on the store at `path` (`create`: make it if missing), with the system clock
/// and the OS user: for tests of opening itself.
pub fn open(path: &Path, create: bool) -> Session {
    let opts = SessionOptions {
        db: Some(path.to_path_buf()),
        lang: Lang::Zh,
        create,
        ..SessionOptions::default()
    };
    Session::open(&opts, &Config::default()).expect("session opens")
}

/// A session on `path` acting as `user` at the fixed time; the office's officers are the
/// ones `assign` accepts (none of them is an account of this machine).
fn session_as(path: &Path, user: &str, clock: &Arc<ManualClock>, create: bool) -> Session {
    let opts = SessionOptions {
        db: Some(path.to_path_buf()),
        lang: Lang::Zh,
        create,
        ..SessionOptions::default()
    };
    let config = Config {
        officers: [ME, COLLEAGUE, "wangwu"].map(String::from).to_vec(),
        ..Config::default()
    };
    let mut s = Session::open(&opts, &config).expect("session opens");
    s.set_clock(clock.clone());
    s.set_actor(Actor {
        user: user.into(),
        ssh_client: None,
    });
    s
}

/// Stores `cases` through the real import, with the office's saved views.
fn store_cases(s: &mut Session, cases: &[Case]) {
    let json = serde_json::to_vec(cases).expect("cases serialise");
    s.import(&json, jiebang::app::data_ops::Format::Json, false, true)
        .expect("the cases import");
    for (name, query) in [
        ("逾期", "overdue"),
        ("公示中", "stage:announcing"),
        ("待我处理", "stage:reviewing"),
    ] {
        s.save_view(name, query).expect("view saved");
    }
}

/// The office's store, made once per test binary and copied for each test: importing it
/// afresh for each of the hundreds of screens the snapshot tests draw was most of their time.
fn office_store() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("jiebang.redb");
        let clock = Arc::new(ManualClock::at(office::now()));
        let mut session = session_as(&path, ME, &clock, true);
        store_cases(&mut session, &office::cases());
        drop(session);
        std::fs::read(&path).expect("store read back")
    })
}

impl Live {
    /// The office's cases (`office::cases`), imported into a fresh store; 80×24.
    pub fn new(lang: Lang) -> Live {
        Live::with_keymap(lang, Keymap::default_map())
    }

    pub fn with_keymap(lang: Lang, keymap: Keymap) -> Live {
        Live::build(lang, keymap, (80, 24), Some(office_store()), |_| {})
    }

    /// These cases, stored through the real import (a case breaking a rule stored flagged,
    /// as `import --allow-breaches` would), plus the office's saved views.
    pub fn with_cases(lang: Lang, keymap: Keymap, cases: Vec<Case>) -> Live {
        Live::build(lang, keymap, (80, 24), None, |s| store_cases(s, &cases))
    }

    /// `n` generated cases (`jiebang demo --count N`): a large store.
    pub fn generated(n: usize) -> Live {
        Live::build(Lang::Zh, Keymap::default_map(), (80, 24), None, |s| {
            s.load_generated(n, 7).expect("generated cases load");
        })
    }

    /// The demo data (`jiebang demo`) in a fresh store, in Chinese, 100×30.
    pub fn demo() -> Live {
        Live::build(Lang::Zh, Keymap::default_map(), (100, 30), None, |s| {
            s.load_demo().expect("demo loads");
        })
    }

    fn build(
        lang: Lang,
        keymap: Keymap,
        size: (u16, u16),
        copy_of: Option<&[u8]>,
        fill: impl FnOnce(&mut Session),
    ) -> Live {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("jiebang.redb");
        if let Some(bytes) = copy_of {
            std::fs::write(&path, bytes).expect("store copied");
        }
        let clock = Arc::new(ManualClock::at(office::now()));
        let mut session = session_as(&path, ME, &clock, copy_of.is_none());
        session.lang = lang;
        fill(&mut session);
        let mut live = Live::start(session, clock, path, Arc::new(dir), lang, keymap);
        live.resize(size.0, size.1);
        live
    }

    /// A program start over this session, as `jiebang tui` does it.
    fn start(
        session: Session,
        clock: Arc<ManualClock>,
        path: PathBuf,
        dir: Arc<tempfile::TempDir>,
        lang: Lang,
        keymap: Keymap,
    ) -> Live {
        let settings = Settings {
            lang,
            ascii: false,
            no_color: true,
            read_only: false,
            store_path: SHOWN_PATH.into(),
            user: ME.into(),
        };
        let mut state = State::new(settings, keymap.clone(), Backend::today(&session));
        for e in jiebang::app::ui::init(&mut state) {
            for a in runner::execute(e, &session, lang) {
                runner::dispatch(&mut state, &session, a);
            }
        }
        Live {
            state,
            session,
            clock,
            path,
            keymap,
            _dir: dir,
        }
    }

    /// Quits and starts the program again over the same store (drafts and cases kept), at
    /// the same size.
    pub fn restart(&self) -> Live {
        let session = session_as(&self.path, ME, &self.clock, false);
        let lang = self.state.lang();
        let mut live = Live::start(
            session,
            self.clock.clone(),
            self.path.clone(),
            self._dir.clone(),
            lang,
            self.keymap.clone(),
        );
        live.resize(self.state.width, self.state.height);
        live
    }

    /// The session, with the temporary directory that must outlive it (to hand the real
    /// event loop its backend).
    pub fn into_session(self) -> (Session, Arc<tempfile::TempDir>) {
        (self.session, self._dir)
    }

    /// The colleague's own session on the same store.
    pub fn colleague(&self) -> Session {
        session_as(&self.path, COLLEAGUE, &self.clock, false)
    }

    pub fn resize(&mut self, width: u16, height: u16) -> &mut Live {
        self.act(Action::Resize { width, height })
    }

    pub fn act(&mut self, a: Action) -> &mut Live {
        for e in runner::dispatch(&mut self.state, &self.session, a) {
            // The event loop runs a long export after a frame saying it is under way.
            if let Effect::Export { .. } = e {
                for a in runner::execute(e, &self.session, self.state.lang()) {
                    runner::dispatch(&mut self.state, &self.session, a);
                }
            }
        }
        settle(&mut self.state);
        self
    }

    /// Types a key script: `/稀土<Enter>`, `<C-s>`, `<Esc>`, `<Space>`.
    pub fn keys(&mut self, k: &str) -> &mut Live {
        for c in script(k).expect("valid key script") {
            self.act(Action::Key(c));
        }
        self
    }

    /// Types keys without letting searches settle between them (a fast typist).
    pub fn burst(&mut self, k: &str) -> &mut Live {
        for c in script(k).expect("valid key script") {
            runner::dispatch(&mut self.state, &self.session, Action::Key(c));
        }
        self
    }

    /// Polls the change counter as the idle event loop does.
    pub fn idle_poll(&mut self) -> &mut Live {
        if self.counter() != self.state.counter {
            let a = runner::load_summaries(&self.session);
            self.act(a);
        }
        self
    }

    /// Typing pauses: the search clock runs the pending typo pass to its end, slice by
    /// slice, as the idle event loop does (no real waiting).
    pub fn pause(&mut self) -> &mut Live {
        while self.state.finder.near_pending() {
            self.act(Action::TypingPaused);
        }
        self
    }

    /// Writes the open form's draft, as the event loop does after a pause in typing.
    pub fn flush_draft(&mut self) -> &mut Live {
        jiebang::tui::form_io::flush_draft(&mut self.state, &self.session);
        self
    }

    /// Moves the list cursor onto the case `id`.
    pub fn select(&mut self, id: &str) -> &mut Live {
        self.keys("g");
        for _ in 0..self.state.list.visible.len() {
            if self.selected().as_deref() == Some(id) {
                return self;
            }
            self.keys("j");
        }
        panic!("{id} not in the list:\n{}", self.screen());
    }

    /// Tabs to the open form's field with this path.
    pub fn focus_field(&mut self, path: &str) -> &mut Live {
        for _ in 0..200 {
            if let Screen::Form(f) = &self.state.screen
                && f.focused().path == path
            {
                return self;
            }
            self.keys("<Tab>");
        }
        panic!("no field {path}");
    }

    /// Tabs to the field, clears it and types `text`.
    pub fn type_into(&mut self, path: &str, text: &str) -> &mut Live {
        self.focus_field(path);
        self.keys("<C-u>");
        self.keys(text)
    }
}

/// What the screen and the store say.
impl Live {
    pub fn selected(&self) -> Option<String> {
        self.state.list.selected.clone()
    }

    pub fn visible_ids(&self) -> Vec<String> {
        self.state
            .list
            .visible
            .iter()
            .map(|i| self.state.rows[*i].id.clone())
            .collect()
    }

    /// The screen as text at the terminal's size.
    pub fn screen(&self) -> String {
        self.render_at(self.state.width, self.state.height)
    }

    pub fn render(&self) -> String {
        self.screen()
    }

    /// The screen as text at `w`×`h`, as the terminal would show it.
    pub fn render_at(&self, w: u16, h: u16) -> String {
        super::buffer_text(&self.buffer_at(w, h))
    }

    pub fn buffer_at(&self, w: u16, h: u16) -> ratatui::buffer::Buffer {
        use ratatui::Terminal;
        use ratatui::backend::TestBackend;
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
        t.draw(|f| jiebang::tui::draw::draw(f, &self.state))
            .expect("draw");
        t.backend().buffer().clone()
    }

    /// Where the terminal cursor was put by the last frame (x, y), if shown.
    pub fn cursor(&self) -> Option<(u16, u16)> {
        use ratatui::Terminal;
        use ratatui::backend::TestBackend;
        let mut t = Terminal::new(TestBackend::new(self.state.width, self.state.height))
            .expect("test terminal");
        t.draw(|f| jiebang::tui::draw::draw(f, &self.state))
            .expect("draw");
        let b = t.backend();
        b.cursor_visible()
            .then(|| (b.cursor_position().x, b.cursor_position().y))
    }

    /// The case as stored now.
    pub fn get(&self, id: &str) -> Case {
        self.session
            .store()
            .get(id)
            .expect("store reads")
            .unwrap_or_else(|| panic!("{id} is stored"))
    }

    pub fn stage_of(&self, id: &str) -> Stage {
        self.get(id).stage
    }

    /// The store's change counter: moves with every write.
    pub fn counter(&self) -> u64 {
        Backend::change_counter(&self.session).expect("counter reads")
    }

    pub fn ids(&self) -> Vec<String> {
        let rows = self.session.store().summaries().expect("store reads");
        rows.into_iter().map(|r| r.id).collect()
    }

    pub fn drafts(&self) -> Vec<DraftRow> {
        Backend::drafts(&self.session).expect("drafts read")
    }

    /// The history lines of a case, newest first, as the detail screen shows them.
    pub fn history(&self, id: &str) -> Vec<String> {
        let d = Backend::case(&self.session, id).expect("case reads");
        d.history.into_iter().map(|h| h.what.to_string()).collect()
    }

    /// The case created last (by its creation time, then its id).
    pub fn newest(&self) -> Case {
        let ids = self.ids();
        let cases = ids.iter().map(|id| self.get(id));
        cases
            .max_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)))
            .expect("a case")
    }

    /// The colleague leaves a note on the case: a real write that moves its revision.
    pub fn touch(&self, id: &str, note: &str) {
        let other = self.colleague();
        let rev = self.get(id).rev;
        Backend::note(&other, id, rev, note).expect("the colleague's note is saved");
    }

    /// Stores `fields` (path, value) on case `id` exactly as given, through the session's
    /// `set` door, and reloads the list as `r` does.
    pub fn store_as_given(&mut self, id: &str, fields: &[(&str, &str)]) -> &mut Live {
        let set: Vec<(String, String)> = fields
            .iter()
            .map(|(p, v)| (p.to_string(), v.to_string()))
            .collect();
        self.session
            .set_fields(id, &set, None)
            .expect("stored as given");
        self.keys("r")
    }

    /// The colleague adds a case.
    pub fn add(&self, case: Case) {
        let json = serde_json::to_vec(&[case]).expect("case serialises");
        self.colleague()
            .import(&json, jiebang::app::data_ops::Format::Json, false, true)
            .expect("the colleague's case imports");
    }
}
