//! Opening a large store: the first frame comes from a page of rows and says it is still
//! loading; the full load then replaces it, keeping the officer's place.

mod tui_common;

use jiebang::app::ui::keymap::Keymap;
use jiebang::app::ui::{Settings, State};
use jiebang::i18n::Lang;
use jiebang::tui::runner;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_common::{Live, buffer_text, office};

fn state() -> State {
    let settings = Settings {
        lang: Lang::Zh,
        ascii: false,
        no_color: true,
        read_only: false,
        store_path: "/srv/jiebang/jiebang.redb".into(),
        user: "zhangsan".into(),
    };
    State::new(settings, Keymap::default_map(), office::today())
}

fn screen(state: &State) -> String {
    let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
    t.draw(|f| jiebang::tui::draw::draw(f, state)).unwrap();
    buffer_text(t.backend().buffer())
}

#[test]
fn a_large_store_shows_a_first_page_marked_loading_then_everything() {
    let live = Live::generated(1000);
    let backend = &live.session;
    let total = jiebang::app::ui::backend::Backend::summaries(backend)
        .unwrap()
        .len();
    let mut s = state();
    runner::dispatch(
        &mut s,
        backend,
        jiebang::app::ui::Action::Resize {
            width: 100,
            height: 30,
        },
    );
    runner::show_first_page(&mut s, backend);
    assert_eq!(s.rows.len(), runner::FIRST_PAGE);
    assert_eq!(s.status.loading, Some(total as u64));
    let first = screen(&s);
    assert!(
        first.contains(&format!("加载中 {} / 共 {total}", runner::FIRST_PAGE)),
        "{first}"
    );

    let all = runner::load_summaries(backend);
    runner::dispatch(&mut s, backend, all);
    assert_eq!(s.rows.len(), total);
    assert_eq!(s.status.loading, None);
    assert!(!screen(&s).contains("加载中"));
}

#[test]
fn a_small_store_is_complete_on_its_first_page() {
    let live = Live::new(Lang::Zh);
    let backend = &live.session;
    let mut s = state();
    runner::show_first_page(&mut s, backend);
    assert_eq!(s.status.loading, None);
    let all = jiebang::app::ui::backend::Backend::summaries(backend)
        .unwrap()
        .len();
    assert_eq!(s.rows.len(), all);
}
