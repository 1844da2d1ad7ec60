//! The TUI over the real thing: an `app::Session` on a temporary store filled with the demo
//! data, driven by keys as the event loop would drive it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use jiebang::app::ui::backend::Backend;
use jiebang::app::ui::keymap::Keymap;
use jiebang::app::ui::keys::script;
use jiebang::app::ui::state::Screen;
use jiebang::app::ui::{Action, Settings, State, settle};
use jiebang::app::{Config, Session, SessionOptions};
use jiebang::i18n::Lang;
use jiebang::tui::runner;

pub struct Live {
    pub state: State,
    pub session: Session,
    pub path: PathBuf,
    _dir: tempfile::TempDir,
}

/// A session on the store at `path` (`create`: make it if missing).
pub fn open(path: &Path, create: bool) -> Session {
    let opts = SessionOptions {
        db: Some(path.to_path_buf()),
        lang: Lang::Zh,
        create,
        ..SessionOptions::default()
    };
    Session::open(&opts, &Config::default()).expect("session opens")
}

impl Live {
    /// The demo data in a fresh store, the list loaded, a 100×30 screen.
    pub fn demo() -> Live {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("jiebang.redb");
        let mut session = open(&path, true);
        session.load_demo().expect("demo loads");
        let settings = Settings {
            lang: Lang::Zh,
            ascii: false,
            no_color: true,
            read_only: false,
            store_path: path.display().to_string(),
            user: "tester".into(),
        };
        let mut state = State::new(settings, Keymap::default_map(), Backend::today(&session));
        for e in jiebang::app::ui::init(&mut state) {
            for a in runner::execute(e, &session, Lang::Zh) {
                runner::dispatch(&mut state, &session, a);
            }
        }
        let mut live = Live {
            state,
            session,
            path,
            _dir: dir,
        };
        live.act(Action::Resize {
            width: 100,
            height: 30,
        });
        live
    }

    pub fn act(&mut self, a: Action) {
        runner::dispatch(&mut self.state, &self.session, a);
        settle(&mut self.state);
    }

    pub fn keys(&mut self, k: &str) {
        for c in script(k).unwrap() {
            self.act(Action::Key(c));
        }
    }

    /// Moves the list cursor onto the case `id`.
    pub fn select(&mut self, id: &str) {
        self.keys("g");
        while self.state.list.selected.as_deref() != Some(id) {
            let before = self.state.list.cursor;
            self.keys("j");
            assert_ne!(before, self.state.list.cursor, "{id} not found");
        }
    }

    /// Tabs to the open form's field with this path.
    pub fn focus_field(&mut self, path: &str) {
        for _ in 0..200 {
            if let Screen::Form(f) = &self.state.screen
                && f.focused().path == path
            {
                return;
            }
            self.keys("<Tab>");
        }
        panic!("no field {path}");
    }

    /// Tabs to the field, clears it and types `text`.
    pub fn type_into(&mut self, path: &str, text: &str) {
        self.focus_field(path);
        self.keys("<C-u>");
        self.keys(text);
    }
}

impl Live {
    /// The screen as text at `w`×`h`, as the terminal would show it.
    pub fn render_at(&self, w: u16, h: u16) -> String {
        use ratatui::Terminal;
        use ratatui::backend::TestBackend;
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
        t.draw(|f| jiebang::tui::draw::draw(f, &self.state))
            .expect("draw");
        super::buffer_text(t.backend().buffer())
    }
}
