//! The morning digest in the TUI (issue 14, item 6), on a real `Session` over the demo
//! store with a fixed clock: shown over the list at the first start of a day, not again
//! that day, again the next day; any key closes it and goes no further; off by setting.

mod tui_common;

use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use jiebang::app::clock::local_instant;
use jiebang::app::ui::backend::Backend;
use jiebang::app::ui::keymap::Keymap;
use jiebang::app::ui::keys::script;
use jiebang::app::ui::state::{Overlay, Screen};
use jiebang::app::ui::{Action, Settings, State, settle};
use jiebang::app::{Config, ManualClock, Session, SessionOptions};
use jiebang::i18n::Lang;
use jiebang::tui::runner;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const LOADED: &str = "2026-11-26";

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn open(path: &Path, clock: &Arc<ManualClock>) -> Session {
    let opts = SessionOptions {
        db: Some(path.to_path_buf()),
        lang: Lang::Zh,
        create: true,
        ..SessionOptions::default()
    };
    let mut s = Session::open(&opts, &Config::default()).expect("session opens");
    s.set_clock(clock.clone());
    s
}

/// A TUI start on `session`, as the event loop starts: the init effects run, 80×24.
fn start(session: &Session, digest_on_start: bool) -> State {
    let settings = Settings {
        lang: Lang::Zh,
        ascii: false,
        no_color: true,
        read_only: false,
        store_path: String::new(),
        user: "tester".into(),
    };
    let mut state = State::new(settings, Keymap::default_map(), Backend::today(session));
    state.digest_on_start = digest_on_start;
    for e in jiebang::app::ui::init(&mut state) {
        for a in runner::execute(e, session, Lang::Zh) {
            runner::dispatch(&mut state, session, a);
        }
    }
    act(
        &mut state,
        session,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    state
}

fn act(state: &mut State, session: &Session, a: Action) {
    runner::dispatch(state, session, a);
    settle(state);
}

fn showing(state: &State) -> bool {
    matches!(state.overlay(), Some(Overlay::Digest(_)))
}

fn render(state: &State) -> String {
    let mut t = Terminal::new(TestBackend::new(state.width, state.height)).unwrap();
    t.draw(|f| jiebang::tui::draw::draw(f, state)).unwrap();
    tui_common::buffer_text(t.backend().buffer())
}

/// The demo store loaded on [`LOADED`] at noon, and its clock.
fn demo() -> (tempfile::TempDir, Arc<ManualClock>) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::on(d(LOADED)));
    open(&dir.path().join("jiebang.redb"), &clock)
        .load_demo()
        .expect("demo loads");
    (dir, clock)
}

#[test]
fn shown_at_the_first_start_of_a_day_and_not_again_that_day() {
    let (dir, clock) = demo();
    let path = dir.path().join("jiebang.redb");
    let s = open(&path, &clock);
    let expected = s.digest(s.me(), 5, None).unwrap();
    assert!(
        !expected.is_empty(),
        "the demo gives the officer something to do"
    );
    let mut state = start(&s, true);
    match state.overlay() {
        Some(Overlay::Digest(shown)) => assert_eq!(**shown, expected),
        other => panic!("no digest at the first start: {other:?}"),
    }
    // Any key closes it, and is not passed on: `j` does not move the list's cursor.
    let cursor = state.list.cursor;
    for k in script("j").unwrap() {
        act(&mut state, &s, Action::Key(k));
    }
    assert!(!showing(&state));
    assert_eq!(state.list.cursor, cursor);
    assert!(matches!(state.screen, Screen::List));
    drop(s);

    // A second start the same day (a new process on the same store): not again.
    clock.set(local_instant(d(LOADED), 17, 30, 0));
    let s = open(&path, &clock);
    assert!(!showing(&start(&s, true)));
    drop(s);

    // The next day: shown again.
    clock.set(local_instant(d("2026-11-27"), 8, 45, 0));
    let s = open(&path, &clock);
    let state = start(&s, true);
    assert!(showing(&state));
    if let Some(Overlay::Digest(shown)) = state.overlay() {
        assert_eq!(shown.today, d("2026-11-27"));
    }
    // The record of the day shown is not a draft offered to the officer.
    assert!(Backend::drafts(&s).unwrap().is_empty());
}

#[test]
fn off_by_setting() {
    let cfg: Config = toml::from_str("digest_on_start = false").expect("the key is accepted");
    assert_eq!(cfg.digest_on_start, Some(false));
    let (dir, clock) = demo();
    let s = open(&dir.path().join("jiebang.redb"), &clock);
    assert!(!showing(&start(&s, false)));
    // Off means not shown, not shown-and-remembered: turned back on, it shows today.
    assert!(showing(&start(&s, true)));
}

#[test]
fn nothing_to_report_shows_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::on(d(LOADED)));
    let s = open(&dir.path().join("jiebang.redb"), &clock);
    assert!(!showing(&start(&s, true)));
}

#[test]
fn one_screen_at_80x24_zh() {
    let (dir, clock) = demo();
    let s = open(&dir.path().join("jiebang.redb"), &clock);
    let state = start(&s, true);
    assert!(showing(&state));
    let screen = render(&state);
    assert!(screen.contains("按任意键继续"), "{screen}");
    insta::assert_snapshot!("digest_start_zh_80x24", screen);
}
