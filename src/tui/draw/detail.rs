//! Case detail: the form's groups and the stage records as tabs on the left, the next
//! stage's guard, the subsidy calculation and recent history on the right (stacked below on
//! narrow terminals). The record tabs are drawn in `detail_records` and `detail_stages`.

use crate::i18n::Msg;
use crate::i18n::msg;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::wrap::{clip_lines, wrap_lines};

use crate::app::ui::State;
use crate::app::ui::commands::Cmd;
use crate::app::ui::keymap::Context;
use crate::app::ui::nav::DETAIL_TABS;
use crate::app::ui::state::DetailView;
use crate::app::ui::tabs::Tab;
use crate::app::ui::text::{LoadedCase, Shown, ShownStr, fit, local_time, width};
use crate::domain::{Org, Yuan};
use crate::i18n::{Lang, tr, trf};

use super::theme::Theme;
use super::{bottom_line, detail_case, detail_records, detail_stages, hints, line_at, split_line};

/// Tab labels for narrow terminals, in the order of [`DETAIL_TABS`].
const DETAIL_TABS_SHORT: &[Msg] = &[
    msg::tui::DETAIL_TAB_SHORT_ISSUER,
    msg::tui::DETAIL_TAB_SHORT_NEED,
    msg::tui::DETAIL_TAB_SHORT_TAKERS,
    msg::tui::DETAIL_TAB_SHORT_MONEY,
    msg::tui::DETAIL_TAB_SHORT_REVIEWS,
    msg::tui::DETAIL_TAB_SHORT_PUBLICITY,
    msg::tui::DETAIL_TAB_SHORT_RACING,
    msg::tui::DETAIL_TAB_SHORT_MIDTERM,
    msg::tui::DETAIL_TAB_SHORT_ACCEPTANCE,
    msg::tui::DETAIL_TAB_SHORT_HISTORY,
    msg::tui::DETAIL_TAB_SHORT_NOTES,
];

/// `label` and our own `value` (a date, an amount, a translation).
pub(super) fn kv<'a>(t: &Theme, label: &str, value: String) -> Line<'a> {
    kv_shown(t, label, &Shown::lines(&value))
}

/// `label` and text from the case, already shown. Line breaks of the text itself are
/// kept; `wrap_lines` puts them under the value.
pub(super) fn kv_shown<'a, 'b>(t: &Theme, label: &str, value: impl Into<ShownStr<'b>>) -> Line<'a> {
    // One label column per script keeps a tab's values in line: Chinese labels fit in 10
    // columns, English ones ("Funds received", "Recommended") need 16.
    let column: usize = if label.is_ascii() { 16 } else { 10 };
    let pad = column.saturating_sub(width(label));
    Line::from(vec![
        Span::styled(
            format!("{label}{}", " ".repeat(pad)),
            t.header()
                .remove_modifier(ratatui::style::Modifier::UNDERLINED),
        ),
        Span::raw(" "),
        Span::raw(value.into().as_str().to_string()),
    ])
}

pub(super) fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map_or("-".into(), |x| x.to_string())
}

pub(super) fn wan(lang: Lang, v: Option<Yuan>) -> String {
    v.map_or("-".into(), |y| {
        format!("{} {}", y.wan_string(), tr(lang, msg::tui::UNIT_WAN))
    })
}

/// Shown text, or `-` when it is blank.
pub(super) fn or_dash(s: ShownStr<'_>) -> Shown {
    if s.trim().is_empty() {
        Shown::new("-")
    } else {
        s.to_shown()
    }
}

fn org_lines<'a>(t: &Theme, lang: Lang, c: &LoadedCase) -> Vec<Line<'a>> {
    let l = |k| tr(lang, k);
    let (o, s) = (&c.issuer, c.shown());
    let text = |f: fn(&Org) -> &String| or_dash(s.lines(|c| f(&c.issuer)));
    // Three bare numbers do not say which is which.
    let unknown = o.staff_total.is_none() && o.staff_bachelor.is_none() && o.staff_rd.is_none();
    let staff = if unknown {
        "-".to_string()
    } else {
        trf(
            lang,
            msg::tui::F_STAFF_COUNTS,
            &[
                ("total", &opt(&o.staff_total)),
                ("bachelor", &opt(&o.staff_bachelor)),
                ("rd", &opt(&o.staff_rd)),
            ],
        )
    };
    let sp = Shown::new(" ");
    let contact = Shown::concat([
        s.lines(|c| &c.issuer.contact.name),
        sp.as_shown(),
        s.lines(|c| &c.issuer.contact.title),
        sp.as_shown(),
        s.lines(|c| &c.issuer.contact.mobile),
        sp.as_shown(),
        s.lines(|c| &c.issuer.contact.email),
    ]);
    vec![
        kv_shown(t, l(msg::tui::F_ORG_NAME), s.lines(|c| &c.issuer.name)),
        kv_shown(t, l(msg::tui::F_CREDIT_CODE), &text(|o| &o.credit_code)),
        kv_shown(t, l(msg::tui::F_REGION), &text(|o| &o.region)),
        kv_shown(t, l(msg::tui::F_ADDRESS), &text(|o| &o.address)),
        kv(t, l(msg::tui::F_REGISTERED_ON), opt(&o.registered_on)),
        kv(t, l(msg::tui::F_CAPITAL), wan(lang, o.registered_capital)),
        kv_shown(t, l(msg::tui::F_LEGAL_REP), &text(|o| &o.legal_rep)),
        kv(
            t,
            l(msg::tui::F_ORG_TYPE),
            o.org_type.label(lang).to_string(),
        ),
        kv_shown(t, l(msg::tui::F_TECH_FIELD), &text(|o| &o.tech_field)),
        kv_shown(t, l(msg::tui::F_MAIN_BUSINESS), &text(|o| &o.main_business)),
        kv(t, l(msg::tui::F_STAFF), staff),
        kv_shown(t, l(msg::tui::F_PARENT), &text(|o| &o.parent)),
        kv_shown(
            t,
            l(msg::tui::F_CONTACT),
            &or_dash(contact.as_shown().trimmed()),
        ),
    ]
}

fn group_lines<'a>(t: &Theme, lang: Lang, state: &State, d: &DetailView) -> Vec<Line<'a>> {
    let c = &d.detail.case;
    match d.tab {
        Tab::Issuer => org_lines(t, lang, c),
        Tab::Need => detail_case::need(t, lang, c),
        Tab::Takers => detail_case::takers(t, lang, c),
        Tab::Money => detail_case::money(t, lang, c),
        Tab::Reviews => detail_records::reviews(t, lang, c, &d.detail.records),
        Tab::Publicity => detail_records::publicity(t, lang, &d.detail),
        Tab::Racing => detail_stages::racing(t, lang, c),
        Tab::Midterm => detail_stages::midterm(t, lang, state.today, &d.detail),
        Tab::Acceptance => detail_stages::acceptance(t, lang, c),
        Tab::History => history_lines(state, d, usize::MAX, true),
        Tab::Notes => detail_case::notes(t, lang, state, c),
    }
}

/// `full`: the history tab, where a multi-line value keeps its line breaks; the side panel
/// keeps one line per change.
fn history_lines<'a>(state: &State, d: &DetailView, max: usize, full: bool) -> Vec<Line<'a>> {
    let t = Theme::of(state);
    d.detail
        .history
        .iter()
        .take(max)
        .map(|h| {
            Line::from(vec![
                Span::styled(format!("{} {} ", local_time(h.at), h.who), t.dim()),
                Span::raw(if full {
                    h.what.to_string()
                } else {
                    h.what.replace('\n', " ")
                }),
            ])
        })
        .collect()
}

/// The [违规/待核] section: the flagged breaches the case still has, above the guard.
fn breach_lines<'a>(state: &State, d: &DetailView) -> Vec<Line<'a>> {
    let t = Theme::of(state);
    let lang = state.lang();
    if d.detail.breaches.is_empty() {
        return Vec::new();
    }
    let mut v = vec![Line::from(Span::styled(
        format!("[{}]", tr(lang, msg::app::BREACH_SECTION)),
        t.error(),
    ))];
    for u in &d.detail.breaches {
        v.push(Line::raw(
            Shown::new(&format!("! {} {}", u.article, u.message)).into_string(),
        ));
    }
    v.push(Line::raw(String::new()));
    v
}

fn guard_lines<'a>(state: &State, d: &DetailView) -> Vec<Line<'a>> {
    let mut v = breach_lines(state, d);
    v.extend(next_stage_lines(state, d));
    v
}

fn next_stage_lines<'a>(state: &State, d: &DetailView) -> Vec<Line<'a>> {
    let t = Theme::of(state);
    let lang = state.lang();
    match d.detail.next {
        None => vec![Line::raw(tr(lang, msg::tui::DETAIL_NO_NEXT).to_string())],
        Some(_) if d.detail.guard.is_empty() => {
            vec![Line::from(Span::styled(
                tr(lang, msg::tui::DETAIL_CAN_ADVANCE).to_string(),
                t.ok(),
            ))]
        }
        Some(_) => {
            let mut v = vec![Line::from(Span::styled(
                tr(lang, msg::tui::DETAIL_CANNOT_ADVANCE).to_string(),
                t.error(),
            ))];
            for u in &d.detail.guard {
                v.push(Line::raw(
                    Shown::new(&format!("- {} {}", u.article, u.message)).into_string(),
                ));
            }
            v
        }
    }
}

pub fn draw(frame: &mut Frame, state: &State, d: &DetailView, area: Rect) {
    let t = Theme::of(state);
    let lang = state.lang();
    line_at(frame, area, area.y, header(state, d, area.width as usize));
    line_at(
        frame,
        area,
        area.y + 1,
        tab_bar(&t, lang, d.tab.index(), area.width as usize),
    );
    body(frame, state, d, area);
    let hint = hints(
        state,
        Context::Detail,
        &[
            (Cmd::NextTab, msg::tui::HINT_TABS),
            (Cmd::EditCase, msg::tui::HINT_EDIT),
            (Cmd::Advance, msg::tui::HINT_ADVANCE),
            (Cmd::MoveBack, msg::tui::HINT_BACK),
            (Cmd::Note, msg::tui::HINT_NOTE),
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

/// id, name | kind | field | stage (rev) | 经办人. The stage and the officer matter more
/// than the rest of the name: the name gives way, then the kind and field, then the officer.
fn header(state: &State, d: &DetailView, cols: usize) -> Line<'static> {
    let t = Theme::of(state);
    let lang = state.lang();
    let c = &d.detail.case;
    let field = c
        .field
        .map_or("-".to_string(), |f| f.label(lang).to_string());
    let officer = if c.officer.is_empty() {
        tr(lang, msg::app::ASSIGN_DETAIL_UNASSIGNED).to_string()
    } else {
        trf(
            lang,
            msg::app::ASSIGN_DETAIL_OFFICER,
            &[("user", &c.shown().text(|c| &c.officer))],
        )
    };
    let mut right_text = format!(
        "{} | {} | {} (rev {}) | {officer} ",
        c.kind.label(lang),
        field,
        c.stage.label(lang),
        c.rev
    );
    if width(&right_text) + 30 > cols {
        right_text = format!("{} (rev {}) | {officer} ", c.stage.label(lang), c.rev);
    }
    if width(&right_text) + 30 > cols {
        right_text = format!("{} (rev {}) ", c.stage.label(lang), c.rev);
    }
    let id_part = format!(" {} ", c.id);
    let name_w = cols
        .saturating_sub(width(&id_part) + width(&right_text) + 2)
        .max(4);
    let right = vec![Span::styled(right_text, t.key())];
    let left = vec![
        Span::styled(id_part, t.title()),
        Span::raw(" "),
        Span::raw(
            fit(&c.shown().text(|c| &c.achievement.name), name_w)
                .trim_end()
                .to_string(),
        ),
    ];
    split_line(left, right, cols)
}

/// The tab's groups, and beside them (wide) or under them (narrow) the side panel.
fn body(frame: &mut Frame, state: &State, d: &DetailView, area: Rect) {
    let t = Theme::of(state);
    let lang = state.lang();
    let body = Rect::new(
        area.x,
        area.y + 2,
        area.width,
        area.height.saturating_sub(4),
    );
    let wide = area.width >= 100;
    let (left, right) = if wide {
        let lw = area.width * 55 / 100;
        (
            Rect::new(body.x, body.y, lw, body.height),
            Rect::new(body.x + lw, body.y, body.width - lw, body.height),
        )
    } else {
        let guard = wrap_lines(guard_lines(state, d), body.width.saturating_sub(2));
        let guard_h = (guard.len().min(u16::MAX as usize) as u16 + 2)
            .min(body.height / 2)
            .max(3)
            .min(body.height);
        let top_h = body.height - guard_h;
        (
            Rect::new(body.x, body.y, body.width, top_h),
            Rect::new(body.x, body.y + top_h, body.width, guard_h),
        )
    };
    let lines = wrap_lines(
        group_lines(&t, lang, state, d),
        left.width.saturating_sub(2),
    );
    let title = format!(" {} ", tr(lang, d.tab.title_msg()));
    // Scrolling stops when the last line is at the bottom of the pane.
    let total = lines.len().min(u16::MAX as usize) as u16;
    let max_scroll = total.saturating_sub(left.height.saturating_sub(2));
    let scroll = (d.scroll.min(u16::MAX as usize) as u16).min(max_scroll);
    frame.render_widget(
        Paragraph::new(lines)
            .block(t.block().title(title))
            .scroll((scroll, 0)),
        left,
    );
    side_panel(frame, state, d, right, wide);
}

/// The tab bar: full labels when they fit, else the short ones, else the short ones with
/// single spaces; when even those do not fit, a window around the selected tab with `<` and
/// `>` (ASCII) saying more tabs lie beyond.
fn tab_bar<'a>(t: &Theme, lang: Lang, selected: usize, cols: usize) -> Line<'a> {
    // (labels, separator, pad every label to the width of the bracketed selected one)
    let tiers: [(&[Msg], &str, bool); 3] = [
        (DETAIL_TABS, "|", true),
        (DETAIL_TABS_SHORT, "|", true),
        (DETAIL_TABS_SHORT, " ", false),
    ];
    let selected = selected.min(DETAIL_TABS.len() - 1);
    let item_w = |keys: &[Msg], pad: bool, i: usize| {
        width(tr(lang, keys[i])) + if pad || i == selected { 2 } else { 0 }
    };
    let span_w = |keys: &[Msg], sep: &str, pad: bool, a: usize, b: usize| {
        (a..b).map(|i| item_w(keys, pad, i)).sum::<usize>() + width(sep) * (b - a - 1)
    };
    let (keys, sep, pad) = tiers
        .iter()
        .copied()
        .find(|(k, sep, pad)| span_w(k, sep, *pad, 0, k.len()) < cols)
        .unwrap_or(tiers[2]);
    // Grow the window from the selected tab while it fits with its arrows.
    let (mut a, mut b) = (selected, selected + 1);
    let fits = |a: usize, b: usize| {
        let arrow = if b < keys.len() { 2 } else { 0 };
        span_w(keys, sep, pad, a, b) + 1 + arrow <= cols
    };
    loop {
        let grown = if b < keys.len() && fits(a, b + 1) {
            b += 1;
            true
        } else {
            false
        };
        if a > 0 && fits(a - 1, b) {
            a -= 1;
        } else if !grown {
            break;
        }
    }
    let mut spans = vec![Span::raw(if a > 0 { "<" } else { " " })];
    for (i, key) in keys.iter().enumerate().take(b).skip(a) {
        if i > a {
            spans.push(Span::styled(sep.to_string(), t.dim()));
        }
        let label = tr(lang, key);
        if i == selected {
            spans.push(Span::styled(format!("[{label}]"), t.selected()));
        } else if pad {
            spans.push(Span::raw(format!(" {label} ")));
        } else {
            spans.push(Span::raw(label.to_string()));
        }
    }
    if b < keys.len() {
        spans.push(Span::raw(" >"));
    }
    Line::from(spans)
}

/// Rows the lines take when wrapped into `inner` columns (an estimate by width).
fn side_panel(frame: &mut Frame, state: &State, d: &DetailView, r: Rect, wide: bool) {
    let t = Theme::of(state);
    let lang = state.lang();
    let next_title = match d.detail.next {
        Some(s) => format!(
            " {} ",
            trf(lang, msg::tui::DETAIL_NEXT, &[("stage", &s.label(lang))])
        ),
        None => format!(" {} ", tr(lang, msg::tui::DETAIL_NEXT_NONE)),
    };
    let guard = wrap_lines(guard_lines(state, d), r.width.saturating_sub(2));
    let inner_w = r.width.saturating_sub(2);
    if !wide {
        let guard = clip_lines(
            guard,
            r.height.saturating_sub(2) as usize,
            inner_w,
            t.ellipsis(),
        );
        super::popup::clear(frame, r);
        frame.render_widget(Paragraph::new(guard).block(t.block().title(next_title)), r);
        return;
    }
    let guard_h = (guard.len() as u16 + 2).min(r.height / 2);
    let guard = clip_lines(
        guard,
        guard_h.saturating_sub(2) as usize,
        inner_w,
        t.ellipsis(),
    );
    let subsidy: Vec<Line> = if d.detail.subsidy.is_empty() {
        vec![Line::raw("-")]
    } else {
        d.detail
            .subsidy
            .iter()
            .map(|s| Line::raw(Shown::new(s).into_string()))
            .collect()
    };
    let subsidy = wrap_lines(subsidy, r.width.saturating_sub(2));
    let sub_h = (subsidy.len() as u16 + 2).min(r.height.saturating_sub(guard_h) / 2);
    let subsidy = clip_lines(
        subsidy,
        sub_h.saturating_sub(2) as usize,
        inner_w,
        t.ellipsis(),
    );
    let hist_h = r.height.saturating_sub(guard_h + sub_h);
    let g = Rect::new(r.x, r.y, r.width, guard_h);
    let s = Rect::new(r.x, r.y + guard_h, r.width, sub_h);
    let h = Rect::new(r.x, r.y + guard_h + sub_h, r.width, hist_h);
    frame.render_widget(Paragraph::new(guard).block(t.block().title(next_title)), g);
    frame.render_widget(
        Paragraph::new(subsidy).block(
            t.block()
                .title(format!(" {} ", tr(lang, msg::tui::DETAIL_SUBSIDY))),
        ),
        s,
    );
    frame.render_widget(
        Paragraph::new(history_lines(state, d, hist_h as usize, false)).block(
            t.block()
                .title(format!(" {} ", tr(lang, msg::tui::DETAIL_TAB_HISTORY))),
        ),
        h,
    );
}
