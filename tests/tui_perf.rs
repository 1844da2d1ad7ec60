//! Drawing cost: a cursor move writes little to the terminal, and a frame costs the same
//! whether the store holds a dozen cases or thousands (only the visible window is drawn).

mod tui_common;

use jiebang::tui::bench::measure;
use tui_common::Live;

#[test]
fn a_cursor_move_writes_under_one_kibibyte() {
    let live = Live::generated(1000);
    let backend = &live.session;
    for (w, h) in [(80, 24), (160, 48)] {
        let f = measure(backend, w, h, 60).unwrap();
        println!("{w}x{h}: {f:?}");
        assert!(f.bytes_per_move_max <= 1024, "{w}x{h}: {f:?}");
    }
}

#[test]
fn frame_cost_does_not_grow_with_the_store() {
    let small = measure(&Live::new(jiebang::i18n::Lang::Zh).session, 160, 48, 40).unwrap();
    let large = measure(&Live::generated(3_000).session, 160, 48, 40).unwrap();
    assert!(
        large.frame_p50_ms <= small.frame_p50_ms * 4.0 + 2.0,
        "small {small:?} large {large:?}"
    );
}

/// Figures at 100 000 cases, for the benchmark note (`cargo test --release --test
/// tui_perf -- --ignored --nocapture`).
#[test]
#[ignore]
fn figures_at_100k_cases() {
    use jiebang::app::ui::keymap::Keymap;
    use jiebang::app::ui::keys::script;
    use jiebang::app::ui::{Action, Settings, State, settle};
    use jiebang::tui::runner;
    use std::time::Instant;

    let live = Live::generated(100_000);
    let backend = &live.session;
    let f = measure(backend, 160, 48, 200).unwrap();
    println!("{f:?}");
    let settings = Settings {
        lang: jiebang::i18n::Lang::Zh,
        ascii: false,
        no_color: true,
        read_only: true,
        store_path: String::new(),
        user: String::new(),
    };
    let mut state = State::new(settings, Keymap::default_map(), tui_common::office::today());
    let t = Instant::now();
    let a = runner::load_summaries(backend);
    let loaded = t.elapsed();
    runner::dispatch(&mut state, backend, a);
    println!(
        "load {:?}, update (sort, dashboard; index built when idle) {:?}",
        loaded,
        t.elapsed() - loaded
    );
    let t = Instant::now();
    let _ = jiebang::app::ui::find::Finder::build(&state.rows);
    println!("of which the name index: {:?}", t.elapsed());
    let t = Instant::now();
    let _ = jiebang::app::ui::dashboard::Dashboard::compute(
        &state.rows,
        &state.facts,
        state.today,
        state.settings.me(),
    );
    println!("of which the dashboard: {:?}", t.elapsed());
    for q in ["/btxt", "/稀土永磁", "/baotou"] {
        let mut times = Vec::new();
        for k in script(q).unwrap() {
            runner::dispatch(&mut state, backend, Action::Key(k));
            let t = Instant::now();
            settle(&mut state);
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        println!(
            "search {q}: per key ms {times:?}, {} shown",
            state.list.visible.len()
        );
        let t = Instant::now();
        let _ = state.finder.search(&state.rows, &q[1..]);
        println!(
            "  of which the search module, whole query: {:?}",
            t.elapsed()
        );
        runner::dispatch(
            &mut state,
            backend,
            Action::Key(script("<Esc>").unwrap()[0]),
        );
    }
    let t = Instant::now();
    runner::dispatch(
        &mut state,
        backend,
        Action::Command(jiebang::app::ui::Command::Filter(
            "stage:implementing field:hydrogen".into(),
        )),
    );
    println!(
        "filter {:?}, {} shown",
        t.elapsed(),
        state.list.visible.len()
    );
}
