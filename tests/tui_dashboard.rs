//! Every dashboard figure opens the list filtered to exactly the cases it counts.

mod tui_common;

use std::collections::BTreeSet;

use jiebang::app::ui::dashboard::{FOOTER, columns, field_rows};
use jiebang::app::ui::nav::open_figure;
use jiebang::i18n::Lang;
use tui_common::Live;

#[test]
fn each_figure_opens_exactly_its_cases() {
    let mut h = Live::new(Lang::Zh);
    let mut cells: Vec<(usize, usize)> = Vec::new();
    for r in 0..field_rows().len() {
        for c in 0..columns().len() {
            cells.push((r, c));
        }
    }
    for c in 0..FOOTER.len() {
        cells.push((field_rows().len(), c));
    }
    for cell in cells {
        let fig = h.state.dashboard.figure_at(cell);
        let expected: BTreeSet<String> = h
            .state
            .rows
            .iter()
            .zip(&h.state.facts)
            .filter(|(r, f)| fig.contains(r, f, h.state.today, h.state.settings.me()))
            .map(|(r, _)| r.id.clone())
            .collect();
        let count = if cell.0 < field_rows().len() {
            h.state.dashboard.counts[cell.0][cell.1] as usize
        } else {
            expected.len()
        };
        assert_eq!(count, expected.len(), "{fig:?}: count shown");
        h.keys("<Esc><Esc><Esc>");
        open_figure(&mut h.state, fig);
        let shown: BTreeSet<String> = h.visible_ids().into_iter().collect();
        assert_eq!(shown, expected, "{fig:?} via {:?}", fig.query());
        assert!(h.state.status.error.is_none(), "{:?}", h.state.status.error);
        h.state.list.pinned = None;
    }
}
