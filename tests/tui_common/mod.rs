//! Shared by the tui_* tests: an in-memory backend with real behaviour (revision checks,
//! guards that refuse with articles, a change counter) and a harness that types keys.
#![allow(dead_code)]

pub mod fixture;
pub mod forms;
pub mod live;

use jiebang::app::ui::keymap::Keymap;
use jiebang::app::ui::keys::script;
use jiebang::app::ui::{Action, Settings, State, settle};
use jiebang::i18n::Lang;
use jiebang::tui::runner;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

pub use fixture::Fixture;

pub struct Harness {
    pub state: State,
    pub backend: Fixture,
}

impl Harness {
    pub fn new(lang: Lang) -> Harness {
        Harness::with_keymap(lang, Keymap::default_map())
    }

    pub fn with_keymap(lang: Lang, keymap: Keymap) -> Harness {
        Harness::start(lang, keymap, Fixture::demo())
    }

    /// A fresh program start over an existing backend (drafts, cases kept).
    pub fn start(lang: Lang, keymap: Keymap, backend: Fixture) -> Harness {
        let settings = Settings {
            lang,
            ascii: false,
            no_color: true,
            read_only: false,
            store_path: "/srv/jiebang/jiebang.redb".into(),
            user: "zhangsan".into(),
        };
        let mut state = State::new(settings, keymap, fixture::today());
        for e in jiebang::app::ui::init(&mut state) {
            for a in runner::execute(e, &backend, lang) {
                runner::dispatch(&mut state, &backend, a);
            }
        }
        // A fixed refresh time keeps snapshots stable.
        state.status.last_refresh = Some(fixture::now());
        let mut h = Harness { state, backend };
        h.resize(80, 24);
        h
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.act(Action::Resize { width, height });
    }

    pub fn act(&mut self, action: Action) {
        runner::dispatch(&mut self.state, &self.backend, action);
        settle(&mut self.state);
    }

    /// Types a key script: `/btxt<Enter>`, `<C-s>`, `<Esc>`.
    pub fn keys(&mut self, keys: &str) {
        for k in script(keys).expect("valid key script") {
            self.act(Action::Key(k));
        }
    }

    /// Types keys without letting searches settle between them (a fast typist).
    pub fn burst(&mut self, keys: &str) {
        for k in script(keys).expect("valid key script") {
            runner::dispatch(&mut self.state, &self.backend, Action::Key(k));
        }
    }

    /// Polls the change counter as the idle event loop does.
    pub fn idle_poll(&mut self) {
        if self.backend.counter() != self.state.counter {
            let a = runner::load_summaries(&self.backend);
            self.act(a);
        }
    }

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

    pub fn render(&self) -> String {
        self.render_at(self.state.width, self.state.height)
    }

    pub fn render_at(&self, w: u16, h: u16) -> String {
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
        t.draw(|f| jiebang::tui::draw::draw(f, &self.state))
            .expect("draw");
        buffer_text(t.backend().buffer())
    }

    /// Where the terminal cursor was put by the last frame (x, y), if shown.
    pub fn cursor(&self) -> Option<(u16, u16)> {
        let mut t = Terminal::new(TestBackend::new(self.state.width, self.state.height))
            .expect("test terminal");
        t.draw(|f| jiebang::tui::draw::draw(f, &self.state))
            .expect("draw");
        let b = t.backend();
        b.cursor_visible()
            .then(|| (b.cursor_position().x, b.cursor_position().y))
    }
}

/// The buffer as lines of text, wide characters once, trailing spaces trimmed.
pub fn buffer_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = cell.symbol();
            line.push_str(sym);
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Writes the open form's draft, as the event loop does after a pause in typing.
pub fn flush_draft(h: &mut Harness) {
    jiebang::tui::form_io::flush_draft(&mut h.state, &h.backend);
}
