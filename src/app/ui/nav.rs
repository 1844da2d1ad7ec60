//! Moving around the screens: the list cursor, detail tabs, dashboard figures, help.

pub use super::cursor::{rebuild, show_search};

use crate::i18n::msg;
use crate::i18n::{tr, trf};

use super::action::Effect;
use super::backend::CaseDetail;
use super::commands::Cmd;
use super::cursor::{self, move_to, open_selected, resort};
use super::dashboard::Figure;
use super::list::Pinned;
use super::overlays;
use super::state::{DetailView, Screen, State};

pub use super::tabs::DETAIL_TABS;

pub fn screen_command(state: &mut State, cmd: Cmd) -> Vec<Effect> {
    match &mut state.screen {
        Screen::List => list_command(state, cmd),
        Screen::Detail(d) => {
            match cmd {
                Cmd::NextTab => {
                    d.tab = d.tab.next();
                    d.scroll = 0;
                }
                Cmd::PrevTab => {
                    d.tab = d.tab.prev();
                    d.scroll = 0;
                }
                Cmd::MoveDown => d.scroll += 1,
                Cmd::MoveUp => d.scroll = d.scroll.saturating_sub(1),
                Cmd::PageDown => d.scroll += 10,
                Cmd::PageUp => d.scroll = d.scroll.saturating_sub(10),
                Cmd::First => d.scroll = 0,
                Cmd::Back => state.screen = Screen::List,
                _ => {}
            }
            Vec::new()
        }
        Screen::Dashboard => {
            match cmd {
                Cmd::MoveDown => state.dashboard.move_by(1, 0),
                Cmd::MoveUp => state.dashboard.move_by(-1, 0),
                Cmd::MoveLeft => state.dashboard.move_by(0, -1),
                Cmd::MoveRight => state.dashboard.move_by(0, 1),
                Cmd::Open => open_figure(state, state.dashboard.selected()),
                Cmd::Back => state.screen = Screen::List,
                _ => {}
            }
            Vec::new()
        }
        Screen::Help { scroll, from } => {
            let max = state.help_max.get();
            match cmd {
                Cmd::MoveDown => *scroll = (*scroll + 1).min(max),
                Cmd::MoveUp => *scroll = scroll.saturating_sub(1),
                Cmd::PageDown => *scroll = scroll.saturating_add(10).min(max),
                Cmd::PageUp => *scroll = scroll.saturating_sub(10),
                Cmd::First => *scroll = 0,
                Cmd::Last => *scroll = max,
                Cmd::Back => {
                    let back = std::mem::replace(from.as_mut(), Screen::List);
                    state.screen = back;
                }
                _ => {}
            }
            Vec::new()
        }
        // Routed to the form module before reaching here.
        Screen::Form(_) | Screen::Drafts(_) => Vec::new(),
    }
}

fn list_command(state: &mut State, cmd: Cmd) -> Vec<Effect> {
    let page = state.list_height();
    let cur = state.list.cursor;
    match cmd {
        Cmd::MoveDown => move_to(state, cur + 1),
        Cmd::MoveUp => move_to(state, cur.saturating_sub(1)),
        Cmd::PageDown => move_to(state, cur + page),
        Cmd::PageUp => move_to(state, cur.saturating_sub(page)),
        Cmd::First => move_to(state, 0),
        Cmd::Last => move_to(state, usize::MAX),
        Cmd::Open => return open_selected(state),
        Cmd::Search => overlays::open_search(state),
        Cmd::Filter => overlays::open_filter(state),
        Cmd::Mark => {
            state.list.toggle_mark();
            move_to(state, cur + 1);
        }
        Cmd::ClearMarks => state.list.marks.clear(),
        Cmd::SortNext => {
            state.list.sort.column = state.list.sort.column.next();
            state.list.sort.descending = false;
            resort(state);
        }
        Cmd::SortReverse => {
            state.list.sort.descending = !state.list.sort.descending;
            resort(state);
        }
        Cmd::Back => {
            // Esc peels one layer: the kept search, then the drill-down (back to the
            // dashboard), then the dashboard's set, then the filter.
            if state.list.found.is_some() {
                state.list.found = None;
                state.list.research(&state.rows, &mut state.finder);
            } else if super::levels::leave_drill(state) {
                return Vec::new();
            } else if state.list.pinned.is_some() {
                state.list.pinned = None;
                resort(state);
            } else if !state.list.query.is_empty() {
                cursor::apply_query(state, "");
            }
            state.list.scroll_into_view(page);
        }
        _ => {}
    }
    Vec::new()
}

pub fn case_loaded(state: &mut State, detail: Box<CaseDetail>) {
    let id = detail.case.id.clone();
    match &mut state.screen {
        Screen::Detail(d) if d.detail.case.id == id => d.detail = detail,
        _ if state.pending_open.as_deref() == Some(id.as_str()) => {
            state.screen = Screen::Detail(DetailView {
                detail,
                tab: Default::default(),
                scroll: 0,
            });
        }
        _ => {}
    }
    if state.pending_open.as_deref() == Some(id.as_str()) {
        state.pending_open = None;
    }
}

/// Opens the list showing exactly the cases of a dashboard figure.
pub fn open_figure(state: &mut State, fig: Figure) {
    let lang = state.lang();
    super::levels::enter_drill(state);
    state.list.found = None;
    match fig.query() {
        Some(q) => {
            state.list.pinned = None;
            cursor::apply_query(state, &q);
        }
        None => {
            let ids = state
                .rows
                .iter()
                .zip(state.facts.iter())
                .filter(|(r, f)| fig.contains(r, f, state.today, state.settings.me()))
                .map(|(r, _)| r.id.clone())
                .collect();
            state.list.pinned = Some(Pinned {
                label: figure_label(lang, fig),
                ids,
            });
            cursor::apply_query(state, "");
        }
    }
    state.screen = Screen::List;
    move_to(state, 0);
}

pub fn figure_label(lang: crate::i18n::Lang, fig: Figure) -> String {
    use super::dashboard::{FieldRow, StageCol};
    match fig {
        Figure::Mine => tr(lang, msg::app::ASSIGN_DASH_MINE).to_string(),
        Figure::Overdue => tr(lang, msg::tui::DASH_OVERDUE).to_string(),
        Figure::Late(k) => k.label(lang).to_string(),
        Figure::PublicitySoon => tr(lang, msg::tui::DASH_PUBLICITY_SOON).to_string(),
        Figure::Stale => tr(lang, msg::tui::DASH_STALE).to_string(),
        Figure::Subsidy => tr(lang, msg::tui::DASH_SUBSIDY_CASES).to_string(),
        Figure::Breach => tr(lang, msg::app::BREACH_SECTION).to_string(),
        Figure::Cell(row, col) => {
            let field = match row {
                FieldRow::Field(f) => f.label(lang).to_string(),
                FieldRow::Unset => tr(lang, msg::tui::DASH_FIELD_UNSET).to_string(),
                FieldRow::Total => tr(lang, msg::tui::DASH_ALL_FIELDS).to_string(),
            };
            let stage = match col {
                StageCol::Main(s) => s.label(lang).to_string(),
                StageCol::Closed => tr(lang, msg::tui::DASH_CLOSED).to_string(),
                StageCol::Total => tr(lang, msg::tui::DASH_ALL_STAGES).to_string(),
            };
            trf(
                lang,
                msg::tui::DASH_CELL,
                &[("field", &field), ("stage", &stage)],
            )
        }
    }
}
