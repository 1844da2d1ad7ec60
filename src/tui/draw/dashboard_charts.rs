//! The dashboard's charts below its figures: the stage funnel (cases at or past each stage)
//! and the subsidy committed vs paid per field as bar charts, and cases opened per month as
//! a sparkline. Side by side on a wide terminal, stacked or partly folded on a narrow one,
//! and folded away (one line saying so) when the figures leave no room, as at 80×24.
//! ASCII mode draws bars with `#=-.`; without colour the bars keep their order (committed
//! left, paid right) and the legend says so.

use crate::i18n::msg;
use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::symbols::bar;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Sparkline};

use crate::app::ui::State;
use crate::app::ui::dashboard_charts::{ChartData, MONTHS};
use crate::domain::Stage;
use crate::i18n::{tr, trf};

use super::dashboard::stage_short;
use super::line_at;
use super::list::field_short;
use super::theme::Theme;

/// Bars drawn with ASCII only, for terminals that show block elements badly.
const ASCII_BARS: bar::Set<'static> = bar::Set {
    full: "#",
    seven_eighths: "#",
    three_quarters: "#",
    five_eighths: "=",
    half: "=",
    three_eighths: "-",
    one_quarter: "-",
    one_eighth: ".",
    empty: " ",
};

/// Below this many lines the charts fold away.
const MIN_HEIGHT: u16 = 8;
const MIN_WIDTH: u16 = 60;

/// Draws the charts into `area` (everything between the figures and the key hints).
pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    if area.height == 0 {
        return;
    }
    let t = Theme::of(state);
    let lang = state.lang();
    if area.height < MIN_HEIGHT || area.width < MIN_WIDTH {
        let msg = format!(" {}", tr(lang, msg::office::DASH_FOLDED));
        line_at(frame, area, area.y, Line::from(Span::styled(msg, t.dim())));
        return;
    }
    let d = &state.dashboard.charts;
    let wide = area.width >= 120;
    let panes = if wide {
        Layout::default()
            .direction(Direction::Horizontal)
            .constraints([
                Constraint::Percentage(36),
                Constraint::Percentage(38),
                Constraint::Percentage(26),
            ])
            .split(area)
    } else {
        Layout::default()
            .direction(Direction::Horizontal)
            .constraints([Constraint::Percentage(50), Constraint::Percentage(50)])
            .split(area)
    };
    funnel(frame, state, d, panes[0]);
    if wide {
        subsidy(frame, state, d, panes[1]);
        months(frame, state, d, panes[2]);
    } else if area.height >= Stage::MAIN.len() as u16 + 1 + 6 {
        // Narrow but tall: the sparkline goes under the subsidy chart.
        let right = Layout::default()
            .direction(Direction::Vertical)
            .constraints([Constraint::Min(6), Constraint::Length(5)])
            .split(panes[1]);
        subsidy(frame, state, d, right[0]);
        months(frame, state, d, right[1]);
    } else {
        subsidy(frame, state, d, panes[1]);
    }
}

fn bars(state: &State) -> bar::Set<'static> {
    if state.settings.ascii {
        ASCII_BARS
    } else {
        bar::NINE_LEVELS
    }
}

/// The pane's title on its first line; the rest of the pane for the chart.
fn titled(frame: &mut Frame, state: &State, area: Rect, title: &str) -> Rect {
    let t = Theme::of(state);
    line_at(
        frame,
        area,
        area.y,
        Line::from(Span::styled(format!(" {title}"), t.title())),
    );
    Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        x: area.x + 1,
        width: area.width.saturating_sub(2),
    }
}

fn funnel(frame: &mut Frame, state: &State, d: &ChartData, area: Rect) {
    let lang = state.lang();
    let inner = titled(frame, state, area, tr(lang, msg::office::DASH_FUNNEL));
    let items: Vec<Bar> = d
        .funnel
        .iter()
        .map(|(s, n)| {
            Bar::default()
                .label(Line::from(stage_short(lang, *s)))
                .value(*n)
        })
        .collect();
    let chart = BarChart::default()
        .direction(Direction::Horizontal)
        .data(BarGroup::default().bars(&items))
        .bar_width(1)
        .bar_gap(0)
        .bar_set(bars(state))
        .bar_style(Theme::of(state).ok())
        .value_style(Theme::of(state).plain());
    frame.render_widget(chart, inner);
}

fn subsidy(frame: &mut Frame, state: &State, d: &ChartData, area: Rect) {
    let lang = state.lang();
    let t = Theme::of(state);
    let inner = titled(frame, state, area, tr(lang, msg::office::DASH_SUBSIDY));
    let paid_style = if t.color { t.key() } else { t.plain() };
    let groups: Vec<BarGroup> = d
        .subsidy
        .iter()
        .map(|(f, c, p)| {
            BarGroup::default()
                .label(Line::from(field_short(lang, Some(*f))))
                .bars(&[
                    Bar::default().value(*c).style(t.ok()),
                    Bar::default().value(*p).style(paid_style),
                ])
        })
        .collect();
    let n = groups.len().max(1) as u16;
    // Each group: two bars and a gap; as wide as the pane allows.
    let bar_w = ((inner.width / n).saturating_sub(1) / 2).clamp(1, 6);
    let mut chart = BarChart::default()
        .bar_width(bar_w)
        .bar_gap(0)
        .group_gap(1)
        .bar_set(bars(state));
    for g in groups {
        chart = chart.data(g);
    }
    let legend_y = inner.y + inner.height.saturating_sub(1);
    let chart_area = Rect {
        height: inner.height.saturating_sub(1),
        ..inner
    };
    frame.render_widget(chart, chart_area);
    let legend = format!(" {}", tr(lang, msg::office::DASH_LEGEND));
    line_at(
        frame,
        area,
        legend_y,
        Line::from(Span::styled(legend, t.dim())),
    );
}

fn months(frame: &mut Frame, state: &State, d: &ChartData, area: Rect) {
    let lang = state.lang();
    let t = Theme::of(state);
    let total: u64 = d.months.iter().sum();
    let title = trf(
        lang,
        msg::office::DASH_MONTHS,
        &[("n", &total), ("months", &MONTHS)],
    );
    let inner = titled(frame, state, area, &title);
    let chart_area = Rect {
        height: inner.height.saturating_sub(1).min(8),
        ..inner
    };
    // One column per month is too thin to read: each month gets an equal share.
    let k = (chart_area.width as usize / MONTHS).max(1);
    let wide: Vec<u64> = d
        .months
        .iter()
        .flat_map(|n| std::iter::repeat_n(*n, k))
        .collect();
    let spark = Sparkline::default()
        .data(&wide)
        .bar_set(bars(state))
        .style(t.ok());
    frame.render_widget(spark, chart_area);
    if let Some(first) = d.first_month {
        let span = format!(
            " {} .. {}",
            first.format("%Y-%m"),
            state.today.format("%Y-%m")
        );
        line_at(
            frame,
            area,
            chart_area.y + chart_area.height,
            Line::from(Span::styled(span, t.dim())),
        );
    }
}
