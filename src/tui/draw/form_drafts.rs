//! At start: the drafts a previous run left behind, with their age, to resume or discard.

use crate::i18n::msg;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::ui::State;
use crate::app::ui::commands::Cmd;
use crate::app::ui::form::draft::{DraftList, age};
use crate::app::ui::keymap::Context;
use crate::app::ui::text::{Shown, clock, fit};
use crate::i18n::{tr, trf};

use super::theme::Theme;
use super::{bottom_line, hints, line_at};

pub fn draw(frame: &mut Frame, state: &State, list: &DraftList, area: Rect) {
    let t = Theme::of(state);
    let lang = state.lang();
    let cols = area.width as usize;
    line_at(
        frame,
        area,
        area.y,
        Line::styled(format!(" {}", tr(lang, msg::form::DRAFTS_TITLE)), t.title()),
    );
    line_at(
        frame,
        area,
        area.y + 1,
        // Drafts other windows hold are live work, not a crash's leftovers.
        Line::raw(format!(
            " {}",
            if list.items.iter().all(|i| i.held_since.is_some()) {
                tr(lang, msg::drafts::BODY_HELD)
            } else {
                tr(lang, msg::form::DRAFTS_BODY)
            }
        )),
    );
    for (k, item) in list.items.iter().enumerate() {
        let y = area.y + 3 + k as u16;
        if y + 2 >= area.y + area.height {
            break;
        }
        let when = match item.held_since {
            Some(since) => trf(lang, msg::drafts::HELD, &[("since", &clock(since))]),
            None => age(lang, item.saved_at, list.now),
        };
        let mark = if k == list.cursor { ">" } else { " " };
        let name_w = cols.saturating_sub(crate::app::ui::text::width(&when) + 4);
        let style = if k == list.cursor {
            t.selected()
        } else {
            t.plain()
        };
        line_at(
            frame,
            area,
            y,
            Line::from(vec![
                Span::raw(mark),
                Span::styled(fit(&Shown::new(&item.title(lang)), name_w), style),
                Span::raw("  "),
                Span::styled(when, t.dim()),
            ]),
        );
    }
    let bottom = area.y + area.height.saturating_sub(2);
    let h = hints(
        state,
        Context::Dialog,
        &[
            (Cmd::Confirm, msg::form::DRAFTS_RESUME),
            (Cmd::DiscardDraft, msg::form::DRAFTS_DISCARD),
            (Cmd::Back, msg::form::DRAFTS_LATER),
        ],
        cols,
    );
    line_at(frame, area, bottom, Line::from(h));
    bottom_line(frame, state, area, bottom + 1);
}
