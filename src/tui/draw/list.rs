//! The home screen: title bar, column header, the visible window of rows, status bar and
//! the input/message line. Columns drop in a fixed priority order as the terminal narrows.

use crate::i18n::msg;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::ui::State;
use crate::app::ui::backend::RowFacts;
use crate::app::ui::commands::Cmd;
use crate::app::ui::find::{Hit, NameField};
use crate::app::ui::keymap::Context;
use crate::app::ui::list::Column;
use crate::app::ui::state::Overlay;
use crate::app::ui::text::{Shown, ShownRow, ShownStr, clock, fit, fit_trimmed, kept_chars, width};
use crate::domain::rules::DeadlineKind;
use crate::domain::{CaseSummary, Field, Kind, Stage};
use crate::i18n::{Lang, tr, trf};

use super::theme::Theme;
use super::{bottom_line, hints, line_at, split_line};

/// Columns dropped first when space is short, in order. Id, name and stage always stay.
const DROP_ORDER: &[Column] = &[
    Column::Taker,
    Column::Amount,
    Column::Issuer,
    Column::Kind,
    Column::Due,
    Column::Field,
];

/// Width of the `>` and `*` markers before each row.
const MARKERS: usize = 2;

pub fn field_short(lang: Lang, f: Option<Field>) -> &'static str {
    match f {
        None => "-",
        Some(Field::EnergyStorage) => tr(lang, msg::tui::FIELD_SHORT_ENERGY_STORAGE),
        Some(Field::Graphene) => tr(lang, msg::tui::FIELD_SHORT_GRAPHENE),
        Some(Field::RareEarth) => tr(lang, msg::tui::FIELD_SHORT_RARE_EARTH),
        Some(Field::Hydrogen) => tr(lang, msg::tui::FIELD_SHORT_HYDROGEN),
        Some(Field::Ccs) => tr(lang, msg::tui::FIELD_SHORT_CCS),
    }
}

pub fn kind_short(lang: Lang, k: Kind) -> &'static str {
    match k {
        Kind::Breakthrough => tr(lang, msg::tui::KIND_SHORT_BREAKTHROUGH),
        Kind::Transformation => tr(lang, msg::tui::KIND_SHORT_TRANSFORMATION),
    }
}

pub fn col_label(lang: Lang, c: Column) -> &'static str {
    match c {
        Column::Id => tr(lang, msg::tui::COL_ID),
        Column::Name => tr(lang, msg::tui::COL_NAME),
        Column::Field => tr(lang, msg::tui::COL_FIELD),
        Column::Kind => tr(lang, msg::tui::COL_KIND),
        Column::Stage => tr(lang, msg::tui::COL_STAGE),
        Column::Issuer => tr(lang, msg::tui::COL_ISSUER),
        Column::Taker => tr(lang, msg::tui::COL_TAKER),
        Column::Due => tr(lang, msg::tui::COL_DUE),
        Column::Amount => tr(lang, msg::tui::COL_AMOUNT),
    }
}

/// Fixed width of a column, or the minimum of a flexible one.
fn min_width(lang: Lang, c: Column) -> usize {
    let label = width(col_label(lang, c)) + 1;
    let w = match c {
        Column::Id => 12,
        Column::Name => 16,
        Column::Issuer => 12,
        Column::Taker => 10,
        Column::Field => Field::ALL
            .iter()
            .map(|f| width(field_short(lang, Some(*f))))
            .max()
            .unwrap_or(4),
        Column::Kind => Kind::ALL
            .iter()
            .map(|k| width(kind_short(lang, *k)))
            .max()
            .unwrap_or(4),
        Column::Stage => Stage::ALL
            .iter()
            .map(|s| width(s.label(lang)))
            .max()
            .unwrap_or(8),
        Column::Due => {
            12 + [
                tr(lang, msg::tui::DUE_PUBLICITY),
                tr(lang, msg::tui::DUE_END),
                tr(lang, msg::tui::DUE_ACCEPTANCE),
                tr(lang, msg::tui::DUE_MIDTERM),
                tr(lang, msg::tui::DUE_RECTIFY),
                tr(lang, msg::tui::DUE_CHANGE_REQUEST),
            ]
            .iter()
            .map(|s| width(s))
            .max()
            .unwrap_or(4)
        }
        Column::Amount => 9,
    };
    w.max(label)
}

fn flex_share(c: Column) -> usize {
    match c {
        Column::Name => 5,
        Column::Issuer => 3,
        Column::Taker => 2,
        _ => 0,
    }
}

/// The columns shown at `cols` terminal columns, with their widths.
pub fn layout(lang: Lang, cols: usize, chosen: &[Column]) -> Vec<(Column, usize)> {
    let mut shown: Vec<Column> = chosen.to_vec();
    let total = |shown: &[Column]| {
        MARKERS + shown.iter().map(|c| min_width(lang, *c)).sum::<usize>() + shown.len() - 1
    };
    for drop in DROP_ORDER {
        if total(&shown) <= cols {
            break;
        }
        shown.retain(|c| c != drop);
    }
    let mut widths: Vec<(Column, usize)> =
        shown.iter().map(|c| (*c, min_width(lang, *c))).collect();
    let used = total(&shown);
    if used < cols {
        let extra = cols - used;
        let shares: usize = shown.iter().map(|c| flex_share(*c)).sum();
        let mut given = 0;
        for (c, w) in widths.iter_mut() {
            let add = extra * flex_share(*c) / shares.max(1);
            *w += add;
            given += add;
        }
        if let Some((_, w)) = widths.iter_mut().find(|(c, _)| *c == Column::Name) {
            *w += extra - given;
        }
    } else if used > cols
        && let Some((_, w)) = widths.iter_mut().find(|(c, _)| *c == Column::Name)
    {
        *w = w.saturating_sub(used - cols).max(4);
    }
    widths
}

fn due_text(lang: Lang, f: &RowFacts) -> String {
    let Some(due) = f.due else { return "-".into() };
    let date = due.date.format("%Y-%m-%d").to_string();
    let kind = match due.kind {
        DeadlineKind::PublicityEnds => tr(lang, msg::tui::DUE_PUBLICITY),
        DeadlineKind::ImplementationEnds => tr(lang, msg::tui::DUE_END),
        DeadlineKind::AcceptanceDue => tr(lang, msg::tui::DUE_ACCEPTANCE),
        DeadlineKind::MidtermDue => tr(lang, msg::tui::DUE_MIDTERM),
        DeadlineKind::RectifyBy => tr(lang, msg::tui::DUE_RECTIFY),
        DeadlineKind::ChangeRequestBy => tr(lang, msg::tui::DUE_CHANGE_REQUEST),
    };
    // The marker is the case's overdue fact, the same one `overdue` filters on.
    let late = if f.is_overdue() { "!" } else { " " };
    format!("{late}{date} {kind}")
}

fn cell_text(lang: Lang, c: Column, r: ShownRow, f: &RowFacts) -> Shown {
    match c {
        Column::Id => Shown::new(&r.id),
        Column::Name if f.breach => Shown::new(tr(lang, msg::app::BREACH_MARK))
            .as_shown()
            .join(" ", r.name()),
        Column::Name => r.name().to_shown(),
        Column::Field => Shown::new(field_short(lang, r.field)),
        Column::Kind => Shown::new(kind_short(lang, r.kind)),
        Column::Stage => Shown::new(r.stage.label(lang)),
        Column::Issuer => r.issuer().to_shown(),
        Column::Taker => r
            .taker()
            .map_or_else(|| Shown::new("-"), ShownStr::to_shown),
        Column::Due => Shown::new(&due_text(lang, f)),
        Column::Amount => Shown::new(&r.amount.map_or("-".into(), |a| a.wan_string())),
    }
}

/// `text` fitted to `cols`, with the characters at `positions` in the match style.
fn highlighted<'a>(
    text: ShownStr,
    positions: &[usize],
    cols: usize,
    base: Style,
    hl: Style,
) -> Vec<Span<'a>> {
    let kept = kept_chars(text, cols);
    let fitted = fit(text, cols);
    let mut spans: Vec<Span> = Vec::new();
    let mut cur = String::new();
    let mut cur_hl = false;
    for (i, ch) in fitted.chars().enumerate() {
        let on = i < kept && positions.contains(&i);
        if on != cur_hl && !cur.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut cur),
                if cur_hl { base.patch(hl) } else { base },
            ));
        }
        cur_hl = on;
        cur.push(ch);
    }
    if !cur.is_empty() {
        spans.push(Span::styled(
            cur,
            if cur_hl { base.patch(hl) } else { base },
        ));
    }
    spans
}

fn row_line<'a>(
    state: &State,
    cols: &[(Column, usize)],
    row: ShownRow,
    facts: &RowFacts,
    hit: Option<&Hit>,
    selected: bool,
) -> Line<'a> {
    let t = Theme::of(state);
    // The selection is shown reversed over the marker, id and name only: as visible as a
    // full-width bar, but a cursor move rewrites half as many cells.
    let sel = if selected { t.selected() } else { t.plain() };
    let base_of = |c: Column| {
        if matches!(c, Column::Id | Column::Name) {
            sel
        } else {
            t.plain()
        }
    };
    let shown = |c: Column| cols.iter().any(|(x, _)| *x == c);
    let mut spans = marker_spans(
        state,
        row.summary(),
        facts,
        selected,
        sel,
        shown(Column::Due),
    );
    for (i, (c, w)) in cols.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" ", base_of(*c)));
        }
        let base = base_of(*c);
        if let Some(h) = hit.filter(|h| hit_in_column(h, *c)) {
            spans.extend(highlighted(
                row.hit_text(h),
                &h.positions,
                *w,
                base,
                t.matched(),
            ));
            continue;
        }
        // A match in a name the row does not show: show it in front of the name.
        if *c == Column::Name
            && let Some(h) = hit.filter(|h| {
                !matches!(
                    (h.field, shown(Column::Issuer), shown(Column::Taker)),
                    (NameField::Name, _, _)
                        | (NameField::Issuer, true, _)
                        | (NameField::Taker, _, true)
                )
            })
        {
            spans.extend(name_with_hidden_hit(row, h, *w, base, t.matched()));
            continue;
        }
        spans.push(plain_cell(state, *c, *w, row, facts, base));
    }
    Line::from(spans)
}

/// The cursor mark and the second marker column: marked, else overdue when the due column
/// is not shown. Too narrow for the due column: its `!` moves into the marker column, so an
/// overdue case still stands out at 60 columns.
fn marker_spans<'a>(
    state: &State,
    row: &CaseSummary,
    facts: &RowFacts,
    selected: bool,
    base: Style,
    due_shown: bool,
) -> Vec<Span<'a>> {
    let t = Theme::of(state);
    let second = if state.list.marks.contains(&row.id) {
        Span::styled("*", base.patch(t.marked()))
    } else if !due_shown && facts.is_overdue() {
        Span::styled("!", base.patch(t.error()))
    } else {
        Span::styled(" ", base)
    };
    vec![Span::styled(if selected { ">" } else { " " }, base), second]
}

/// Whether the hit's name is the one this column shows, so it is highlighted in place.
fn hit_in_column(h: &Hit, c: Column) -> bool {
    matches!(
        (h.field, c),
        (NameField::Name, Column::Name)
            | (NameField::Issuer, Column::Issuer)
            | (NameField::Taker, Column::Taker)
    )
}

/// The matched name in front of the case's name. The matched name leaves at least 9 columns
/// of the cell, so the case's own name still tells apart the many cases of one issuer.
fn name_with_hidden_hit<'a>(
    row: ShownRow,
    h: &Hit,
    w: usize,
    base: Style,
    hl: Style,
) -> Vec<Span<'a>> {
    let matched = row.hit_text(h);
    let cap = w.saturating_sub(12).max(6);
    let (prefix, kept) = if width(&matched) > cap {
        (fit_trimmed(matched, cap), kept_chars(matched, cap))
    } else {
        (matched.to_shown(), matched.chars().count())
    };
    let positions: Vec<usize> = h.positions.iter().copied().filter(|p| *p < kept).collect();
    let combined = prefix.as_shown().join(" | ", row.name());
    highlighted(combined.as_shown(), &positions, w, base, hl)
}

/// A cell without a search hit: amounts right-aligned, an overdue date in the error style.
fn plain_cell<'a>(
    state: &State,
    c: Column,
    w: usize,
    row: ShownRow,
    facts: &RowFacts,
    base: Style,
) -> Span<'a> {
    let t = Theme::of(state);
    let text = cell_text(state.lang(), c, row, facts);
    let cell = if c == Column::Amount {
        let s = fit(&text, w);
        let trimmed = s.trim_end();
        format!("{}{trimmed}", " ".repeat(w - width(trimmed)))
    } else {
        fit(&text, w)
    };
    let style = if c == Column::Due && text.starts_with('!') {
        base.patch(t.error())
    } else {
        base
    };
    Span::styled(cell, style)
}

fn scope_text(state: &State) -> String {
    let lang = state.lang();
    let mut parts = Vec::new();
    if let Some(p) = &state.list.pinned {
        parts.push(p.label.clone());
    }
    if !state.list.query.is_empty() {
        parts.push(trf(
            lang,
            msg::tui::LIST_FILTER,
            &[("q", &state.list.query)],
        ));
    }
    if let Some(f) = &state.list.found
        && !f.query.is_empty()
        && !matches!(state.overlay(), Some(Overlay::Search { .. }))
    {
        parts.push(trf(lang, msg::tui::LIST_SEARCH, &[("q", &f.query)]));
    }
    if parts.is_empty() {
        tr(lang, msg::tui::LIST_ALL).to_string()
    } else {
        parts.join(" | ")
    }
}

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let lang = state.lang();
    let cols = layout(lang, area.width as usize, state.list.shown_columns());
    line_at(frame, area, area.y, title_bar(state, area.width as usize));
    line_at(frame, area, area.y + 1, header_line(state, &cols));
    // Body: only the visible window.
    let h = area.height.saturating_sub(4) as usize;
    let top = state
        .list
        .top
        .min(state.list.visible.len().saturating_sub(1));
    let none = RowFacts::default();
    let searching = state
        .list
        .found
        .as_ref()
        .is_some_and(|f| !f.hits.is_empty());
    for (n, pos) in (top..state.list.visible.len()).take(h).enumerate() {
        let i = state.list.visible[pos];
        let row = state.rows.row(i);
        let facts = state.facts.get(i).unwrap_or(&none);
        let hit = if searching {
            state.list.hit_at(pos)
        } else {
            None
        };
        let line = row_line(state, &cols, row, facts, hit, pos == state.list.cursor);
        line_at(frame, area, area.y + 2 + n as u16, line);
    }
    if state.list.visible.is_empty() {
        draw_empty(frame, state, area);
    }
    status_bar(frame, state, area, area.y + area.height - 2);
    bottom_line(frame, state, area, area.y + area.height - 1);
}

/// The app's name and the scope on the left, the officer and the clock on the right.
fn title_bar<'a>(state: &State, width: usize) -> Line<'a> {
    let t = Theme::of(state);
    let mut right = vec![Span::raw(Shown::new(&state.settings.user).into_string())];
    if let Some(at) = state.status.now.or(state.status.last_refresh) {
        right.push(Span::raw(format!("  {}", clock(at))));
    }
    let left = vec![
        Span::styled(
            format!(" {} ", tr(state.lang(), msg::tui::APP_TITLE)),
            t.title(),
        ),
        Span::raw("| "),
        Span::raw(Shown::new(&scope_text(state)).into_string()),
    ];
    split_line(left, right, width)
}

/// The column labels, the sorted one marked with its direction.
fn header_line<'a>(state: &State, cols: &[(Column, usize)]) -> Line<'a> {
    let t = Theme::of(state);
    let mut header = vec![Span::styled(" ".repeat(MARKERS), t.header())];
    for (i, (c, w)) in cols.iter().enumerate() {
        if i > 0 {
            header.push(Span::styled(" ", t.header()));
        }
        let mut label = col_label(state.lang(), *c).to_string();
        if state.list.sort.column == *c {
            label.push(if state.list.sort.descending { 'v' } else { '^' });
        }
        header.push(Span::styled(fit(&Shown::new(&label), *w), t.header()));
    }
    Line::from(header)
}

/// No rows to show: first-start advice for an empty store, else how to leave the filter.
fn draw_empty(frame: &mut Frame, state: &State, area: Rect) {
    let t = Theme::of(state);
    let lang = state.lang();
    let msg = if state.rows.is_empty() {
        &trf(
            lang,
            msg::tui::LIST_EMPTY_STORE,
            &[("new", &state.keymap.key_label(Context::List, Cmd::NewCase))],
        )
    } else {
        &trf(
            lang,
            msg::tui::LIST_NO_MATCH,
            &[("key", &state.keymap.key_label(Context::List, Cmd::Back))],
        )
    };
    // Wrapped: the first-start advice is longer than a line at 80 columns.
    let lines = super::wrap::wrap_lines(
        vec![Line::from(Span::styled(format!("  {msg}"), t.dim()))],
        area.width.saturating_sub(2),
    );
    for (i, l) in lines.into_iter().enumerate() {
        let y = area.y + 2 + i as u16;
        if y + 2 < area.y + area.height {
            line_at(frame, area, y, l);
        }
    }
}

fn status_bar(frame: &mut Frame, state: &State, area: Rect, y: u16) {
    if status_overlay(frame, state, area, y) {
        return;
    }
    let r = Rect::new(area.x, y, area.width, 1);
    let left = status_left(state);
    let used: usize = left.iter().map(|s| width(&s.content)).sum();
    let right = hints(
        state,
        Context::List,
        &[
            (Cmd::Search, msg::tui::HINT_SEARCH),
            (Cmd::Filter, msg::tui::HINT_FILTER),
            (Cmd::Advance, msg::tui::HINT_ADVANCE),
            (Cmd::MoveBack, msg::tui::HINT_BACK),
            (Cmd::Dashboard, msg::tui::HINT_DASHBOARD),
            (Cmd::CommandLine, msg::tui::HINT_COMMAND),
            (Cmd::Help, msg::tui::HINT_HELP),
        ],
        (area.width as usize).saturating_sub(used),
    );
    let mut spans = left;
    spans.extend(right);
    frame.render_widget(Paragraph::new(Line::from(spans)), r);
}

/// An open filter or command line takes the status bar for its error or its completions.
/// Returns whether it did.
fn status_overlay(frame: &mut Frame, state: &State, area: Rect, y: u16) -> bool {
    let t = Theme::of(state);
    let r = Rect::new(area.x, y, area.width, 1);
    match state.overlay() {
        Some(Overlay::Filter { error: Some(e), .. }) => {
            let text = crate::app::ui::overlays::filter_error_text(state.lang(), e);
            super::message_area::draw(frame, state, area, y, &text, t.error());
            true
        }
        Some(Overlay::Filter {
            completion: Some(c),
            ..
        })
        | Some(Overlay::Command {
            completion: Some(c),
            ..
        }) if !c.items.is_empty() => {
            let mut spans = Vec::new();
            for (i, item) in c.items.iter().enumerate() {
                let last = item.rsplit(' ').next().unwrap_or(item).to_string();
                let style = if i == c.index {
                    t.selected()
                } else {
                    t.plain()
                };
                spans.push(Span::styled(Shown::new(&last).into_string(), style));
                spans.push(Span::raw("  "));
            }
            frame.render_widget(Paragraph::new(Line::from(spans)), r);
            true
        }
        _ => false,
    }
}

/// The counts on the left of the status bar: rows shown, marked, overdue.
fn status_left<'a>(state: &State) -> Vec<Span<'a>> {
    let t = Theme::of(state);
    let lang = state.lang();
    let shown = state.list.visible.len();
    let total = state.rows.len();
    let overdue = state.dashboard.overdue;
    let counts = match state.status.loading {
        Some(all) => trf(
            lang,
            msg::tui::STATUS_LOADING,
            &[("shown", &shown), ("total", &all)],
        ),
        None => trf(
            lang,
            msg::tui::STATUS_COUNTS,
            &[("shown", &shown), ("total", &total)],
        ),
    };
    // A search cut at its first hits says so, with how many it found.
    let counts = if state.list.found.is_some() && state.finder.total > shown {
        format!("{counts} ({})", crate::app::ui::find::count_text(state))
    } else {
        counts
    };
    let mut left = vec![Span::styled(
        format!(" {counts}"),
        t.header()
            .remove_modifier(ratatui::style::Modifier::UNDERLINED),
    )];
    if !state.list.marks.is_empty() {
        left.push(Span::raw(" | "));
        left.push(Span::styled(
            trf(
                lang,
                msg::tui::STATUS_MARKED,
                &[("n", &state.list.marks.len())],
            ),
            t.marked(),
        ));
    }
    if overdue > 0 {
        left.push(Span::raw(" | "));
        left.push(Span::styled(
            trf(lang, msg::tui::STATUS_OVERDUE, &[("n", &overdue)]),
            t.error(),
        ));
    }
    left.push(Span::raw("   "));
    left
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_fills_the_width_exactly() {
        for lang in Lang::ALL {
            for cols in [60usize, 80, 100, 120, 160, 200] {
                let l = layout(*lang, cols, Column::ALL);
                let total = MARKERS + l.iter().map(|(_, w)| w).sum::<usize>() + l.len() - 1;
                assert_eq!(total, cols, "{lang:?} {cols}: {l:?}");
            }
        }
    }
}
