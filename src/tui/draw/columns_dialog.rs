//! The lines of the list-columns dialog: one column per line, `[x]` when shown, the cursor
//! as `>` (ASCII markers, as in the list).

use crate::i18n::msg;
use ratatui::text::{Line, Span};

use crate::app::ui::State;
use crate::app::ui::commands::Cmd;
use crate::app::ui::keymap::Context;
use crate::app::ui::list::Column;
use crate::i18n::trf;

use super::theme::Theme;

pub fn lines(state: &State, items: &[(Column, bool)], cursor: usize) -> Vec<Line<'static>> {
    let t = Theme::of(state);
    let lang = state.lang();
    let key = |c| state.keymap.key_label(Context::Columns, c);
    let mut out = vec![Line::raw(trf(
        lang,
        msg::dayc::COLUMNS_HELP,
        &[
            ("toggle", &key(Cmd::Mark)),
            ("down", &key(Cmd::MoveItemDown)),
            ("up", &key(Cmd::MoveItemUp)),
            ("save", &key(Cmd::Confirm)),
        ],
    ))];
    for (i, (c, on)) in items.iter().enumerate() {
        let mark = if i == cursor { ">" } else { " " };
        let check = if *on { "[x]" } else { "[ ]" };
        let text = format!("{mark} {check} {}", super::list::col_label(lang, *c));
        out.push(if i == cursor {
            Line::from(Span::styled(text, t.selected()))
        } else {
            Line::raw(text)
        });
    }
    out
}
