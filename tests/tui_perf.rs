//! Drawing cost: a cursor move writes little to the terminal, and a frame costs the same
//! whether the store holds a dozen cases or thousands (only the visible window is drawn).

mod tui_common;

use jiebang::tui::bench::measure;
use tui_common::Fixture;

#[test]
fn a_cursor_move_writes_under_one_kibibyte() {
    let backend = Fixture::many(2000);
    for (w, h) in [(80, 24), (160, 48)] {
        let f = measure(&backend, w, h, 60).unwrap();
        println!("{w}x{h}: {f:?}");
        assert!(f.bytes_per_move_max <= 1024, "{w}x{h}: {f:?}");
    }
}

#[test]
fn frame_cost_does_not_grow_with_the_store() {
    let small = measure(&Fixture::demo(), 160, 48, 40).unwrap();
    let large = measure(&Fixture::many(20_000), 160, 48, 40).unwrap();
    assert!(
        large.frame_p50_ms <= small.frame_p50_ms * 4.0 + 2.0,
        "small {small:?} large {large:?}"
    );
}
