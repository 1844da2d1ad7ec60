//! The dashboard: stage x field counts and the deadline and money figures. The selected
//! figure is shown reversed and in brackets, so it is visible without colour.

use crate::i18n::msg;
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::ui::State;
use crate::app::ui::commands::Cmd;
use crate::app::ui::dashboard::{FOOTER, FieldRow, Figure, StageCol, columns, field_rows};
use crate::app::ui::keymap::Context;
use crate::app::ui::text::{Shown, fit, width};
use crate::domain::Stage;
use crate::i18n::{Lang, tr, trf};

use super::list::field_short;
use super::theme::Theme;
use super::{bottom_line, hints, line_at};

pub(super) fn stage_short(lang: Lang, s: Stage) -> &'static str {
    match s {
        Stage::Collecting => tr(lang, msg::tui::STAGE_SHORT_COLLECTING),
        Stage::Validating => tr(lang, msg::tui::STAGE_SHORT_VALIDATING),
        Stage::Published => tr(lang, msg::tui::STAGE_SHORT_PUBLISHED),
        Stage::Applying => tr(lang, msg::tui::STAGE_SHORT_APPLYING),
        Stage::Reviewing => tr(lang, msg::tui::STAGE_SHORT_REVIEWING),
        Stage::Matching => tr(lang, msg::tui::STAGE_SHORT_MATCHING),
        Stage::Announcing => tr(lang, msg::tui::STAGE_SHORT_ANNOUNCING),
        Stage::Implementing => tr(lang, msg::tui::STAGE_SHORT_IMPLEMENTING),
        Stage::Accepting => tr(lang, msg::tui::STAGE_SHORT_ACCEPTING),
        _ => tr(lang, msg::tui::STAGE_SHORT_COMPLETED),
    }
}

fn col_label(lang: Lang, c: StageCol, full: bool) -> &'static str {
    match c {
        StageCol::Main(s) if full => s.label(lang),
        StageCol::Main(s) => stage_short(lang, s),
        StageCol::Closed => tr(lang, msg::tui::DASH_CLOSED_SHORT),
        StageCol::Total => tr(lang, msg::tui::DASH_TOTAL),
    }
}

fn row_label(lang: Lang, r: FieldRow) -> &'static str {
    match r {
        FieldRow::Field(f) => field_short(lang, Some(f)),
        FieldRow::Unset => tr(lang, msg::tui::DASH_FIELD_UNSET_SHORT),
        FieldRow::Total => tr(lang, msg::tui::DASH_TOTAL),
    }
}

fn weekday(lang: Lang, d: chrono::NaiveDate) -> &'static str {
    match d.weekday() {
        chrono::Weekday::Mon => tr(lang, msg::tui::WEEKDAY_MON),
        chrono::Weekday::Tue => tr(lang, msg::tui::WEEKDAY_TUE),
        chrono::Weekday::Wed => tr(lang, msg::tui::WEEKDAY_WED),
        chrono::Weekday::Thu => tr(lang, msg::tui::WEEKDAY_THU),
        chrono::Weekday::Fri => tr(lang, msg::tui::WEEKDAY_FRI),
        chrono::Weekday::Sat => tr(lang, msg::tui::WEEKDAY_SAT),
        chrono::Weekday::Sun => tr(lang, msg::tui::WEEKDAY_SUN),
    }
}

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    draw_title(frame, state, area);
    let grid = Grid::fit(state.lang(), area.width);
    let top = area.y + 1 + draw_header(frame, state, area, &grid);
    let y0 = top + draw_cells(frame, state, area, &grid, top);
    let t = Theme::of(state);
    line_at(
        frame,
        area,
        y0,
        Line::from(Span::styled(super::rule(state, area.width), t.dim())),
    );
    draw_footer(frame, state, area, y0 + 1);
    // The charts take what is left above the two bottom lines, after one blank line.
    let charts_top = y0 + 1 + FOOTER.len() as u16 + 1;
    let bottom = (area.y + area.height).saturating_sub(2);
    if bottom > charts_top {
        let charts = Rect {
            y: charts_top,
            height: bottom - charts_top,
            ..area
        };
        super::dashboard_charts::draw(frame, state, charts);
    }
    let hint = hints(
        state,
        Context::Dashboard,
        &[
            (Cmd::Open, msg::tui::HINT_OPEN_FIGURE),
            (Cmd::Back, msg::tui::HINT_RETURN),
            (Cmd::Help, msg::tui::HINT_HELP),
        ],
        area.width as usize - 1,
    );
    let mut spans = vec![Span::raw(" ")];
    spans.extend(hint);
    line_at(frame, area, area.y + area.height - 2, Line::from(spans));
    bottom_line(frame, state, area, area.y + area.height - 1);
}

fn draw_title(frame: &mut Frame, state: &State, area: Rect) {
    let t = Theme::of(state);
    let lang = state.lang();
    let title = trf(
        lang,
        msg::tui::DASH_TITLE,
        &[
            ("date", &state.today),
            ("weekday", &weekday(lang, state.today)),
        ],
    );
    line_at(
        frame,
        area,
        area.y,
        Line::from(Span::styled(format!(" {title}"), t.title())),
    );
}

/// How the stage x field grid fits the width: label column, cell width, full or short
/// stage names, and whether the header needs two staggered lines.
struct Grid {
    label_w: usize,
    cell_w: usize,
    full: bool,
    staggered: bool,
}

impl Grid {
    fn fit(lang: Lang, width: u16) -> Grid {
        let cols = columns();
        let label_w = field_rows()
            .iter()
            .map(|r| width_of(row_label(lang, *r)))
            .max()
            .unwrap_or(4)
            + 2;
        let avail = (width as usize).saturating_sub(label_w);
        let widest = |full| {
            cols.iter()
                .map(|c| width_of(col_label(lang, *c, full)))
                .max()
                .unwrap_or(4)
                + 1
        };
        let (full, cell_w) = if widest(true) * cols.len() <= avail {
            (true, avail / cols.len())
        } else {
            let per = avail / cols.len().max(1);
            (false, per.max(widest(false).min(per)).max(3))
        };
        // Labels wider than a cell would run into each other (`CollValid`): they go on two
        // staggered lines, each label free to use its neighbour's width.
        let staggered = cols
            .iter()
            .any(|c| width_of(col_label(lang, *c, full)) >= cell_w);
        Grid {
            label_w,
            cell_w,
            full,
            staggered,
        }
    }
}

fn width_of(s: &str) -> usize {
    width(s)
}

/// The column labels; returns how many lines they took.
fn draw_header(frame: &mut Frame, state: &State, area: Rect, g: &Grid) -> u16 {
    let t = Theme::of(state);
    let lang = state.lang();
    let cols = columns();
    let header_lines: &[(usize, usize)] = if g.staggered {
        &[(0, 2), (1, 2)]
    } else {
        &[(0, 1)]
    };
    for (line, (first, step)) in header_lines.iter().enumerate() {
        let mut header = vec![Span::raw(" ".repeat(g.label_w))];
        let mut end = 0;
        for ci in (*first..cols.len()).step_by(*step) {
            let label = col_label(lang, cols[ci], g.full);
            let room = (ci + 1) * g.cell_w - end;
            end = (ci + 1) * g.cell_w;
            let pad = room.saturating_sub(width(label) + usize::from(g.staggered));
            let text = format!("{}{label}", " ".repeat(pad));
            header.push(Span::styled(fit(&Shown::new(&text), room), t.header()));
        }
        line_at(frame, area, area.y + 1 + line as u16, Line::from(header));
    }
    header_lines.len() as u16
}

/// The counts, one line per field; returns how many lines they took.
fn draw_cells(frame: &mut Frame, state: &State, area: Rect, g: &Grid, top: u16) -> u16 {
    let t = Theme::of(state);
    let lang = state.lang();
    let d = &state.dashboard;
    let rows = field_rows();
    for (ri, r) in rows.iter().enumerate() {
        let mut spans = vec![Span::styled(
            fit(&Shown::new(&format!(" {}", row_label(lang, *r))), g.label_w),
            t.header()
                .remove_modifier(ratatui::style::Modifier::UNDERLINED),
        )];
        for ci in 0..columns().len() {
            let n = d
                .counts
                .get(ri)
                .and_then(|v| v.get(ci))
                .copied()
                .unwrap_or(0);
            let sel = d.cursor == (ri, ci);
            let text = if sel {
                format!("[{n}]")
            } else {
                format!("{n} ")
            };
            let cell = format!(
                "{}{text}",
                " ".repeat(g.cell_w.saturating_sub(width(&text)))
            );
            let style = if sel {
                t.selected()
            } else if n == 0 {
                t.dim()
            } else {
                t.plain()
            };
            spans.push(Span::styled(fit(&Shown::new(&cell), g.cell_w), style));
        }
        line_at(frame, area, top + ri as u16, Line::from(spans));
    }
    rows.len() as u16
}

fn figure_text(state: &State, fig: &Figure) -> String {
    let lang = state.lang();
    let d = &state.dashboard;
    match fig {
        Figure::Mine => trf(
            lang,
            msg::app::ASSIGN_DASH_FIG_MINE,
            &[
                ("n", &d.mine),
                ("user", &Shown::new(state.settings.me()).into_string()),
            ],
        ),
        Figure::Overdue => trf(lang, msg::tui::DASH_FIG_OVERDUE, &[("n", &d.overdue)]),
        Figure::Late(k) => trf(
            lang,
            msg::tui::DASH_FIG_LATE,
            &[("kind", &k.label(lang)), ("n", &d.late(*k))],
        ),
        Figure::PublicitySoon => trf(
            lang,
            msg::tui::DASH_FIG_PUBLICITY_SOON,
            &[("n", &d.publicity_soon)],
        ),
        Figure::Stale => trf(lang, msg::tui::DASH_FIG_STALE, &[("n", &d.stale)]),
        Figure::Breach => trf(lang, msg::app::BREACH_FIGURE, &[("n", &d.breach)]),
        _ => trf(
            lang,
            msg::tui::DASH_FIG_SUBSIDY,
            &[
                ("committed", &d.committed.wan_string()),
                ("paid", &d.paid.wan_string()),
            ],
        ),
    }
}

/// The figures below the grid, one per line from `y`.
fn draw_footer(frame: &mut Frame, state: &State, area: Rect, y: u16) {
    let t = Theme::of(state);
    let rows = field_rows().len();
    for (i, fig) in FOOTER.iter().enumerate() {
        let sel = state.dashboard.cursor == (rows, i);
        let (mark, style) = if sel {
            (">", t.selected())
        } else {
            (" ", t.plain())
        };
        line_at(
            frame,
            area,
            y + i as u16,
            Line::from(vec![
                Span::raw(" "),
                Span::styled(format!("{mark} {}", figure_text(state, fig)), style),
            ]),
        );
    }
}
