//! The form screen: title with the draft state, info lines, the fields (scrolled so the
//! focused one stays in view), the list of problems, key hints; prompts on top. The real
//! cursor is put at the caret: Chinese input methods open their candidates there.

use crate::i18n::msg;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::ui::State;
use crate::app::ui::commands::Cmd;
use crate::app::ui::form::conflict::Resolution;
use crate::app::ui::form::{Conflict, Form, Prompt, Purpose};
use crate::app::ui::keymap::Context;
use crate::app::ui::text::{Shown, clock, fit};
use crate::i18n::{tr, trf};

use super::form_fields::{self, LABEL_W, Row};
use super::theme::Theme;
use super::{bottom_line, hints, line_at, split_line};

pub fn draw(frame: &mut Frame, state: &State, form: &Form, area: Rect) {
    let cols = area.width as usize;
    let y = title_and_info(frame, state, form, area);
    // Bottom: problems (up to two lines), hints, status.
    let problems = problem_lines(state, form, cols);
    let bottom = problems.len() as u16 + 2;
    let body_h = (area.y + area.height).saturating_sub(y + bottom) as usize;
    let (rows, focus_at) = field_rows(state, form, cols);
    // The focused field sits in the upper third when the form is longer than the screen.
    let top = if rows.len() <= body_h {
        0
    } else {
        let want = focus_at.0.saturating_sub(body_h / 3);
        let need = focus_at.1.saturating_sub(body_h);
        want.max(need).min(rows.len() - body_h)
    };
    let mut caret = None;
    for (k, r) in rows.into_iter().skip(top).take(body_h).enumerate() {
        let ry = y + k as u16;
        if let Some(x) = r.caret {
            caret = Some((area.x + x.min(area.width.saturating_sub(1)), ry));
        }
        line_at(frame, area, ry, r.line);
    }
    let mut by = (area.y + area.height).saturating_sub(bottom);
    for l in problems {
        line_at(frame, area, by, l);
        by += 1;
    }
    line_at(frame, area, by, hint_line(state, form, cols));
    bottom_line(frame, state, area, by + 1);
    match &form.prompt {
        Some(Prompt::Discard) => discard(frame, state, area),
        Some(Prompt::Conflict(c)) => conflict(frame, state, form, c, area),
        None => {
            if let Some(c) = caret {
                frame.set_cursor_position(c);
            }
        }
    }
}

/// The title line (form, case, draft saved) and the info lines; returns the first free row.
fn title_and_info(frame: &mut Frame, state: &State, form: &Form, area: Rect) -> u16 {
    let t = Theme::of(state);
    let lang = state.lang();
    let cols = area.width as usize;
    let mut title = vec![Span::styled(format!(" {}", form.title(lang)), t.title())];
    if let Some(id) = form.purpose.case_id() {
        title.push(Span::raw(format!(" {id}")));
    }
    let saved = match (form.draft_pending, form.draft_saved_at) {
        (false, Some(at)) => trf(lang, msg::form::DRAFT_SAVED_AT, &[("at", &clock(at))]),
        (true, _) => tr(lang, msg::form::DRAFT_PENDING).to_string(),
        (false, None) => String::new(),
    };
    line_at(
        frame,
        area,
        area.y,
        split_line(title, vec![Span::styled(saved, t.dim())], cols),
    );
    let mut y = area.y + 1;
    // Info lines wrap (an English criteria order runs past 80 columns) but never take more
    // than a third of the screen from the fields.
    let info: Vec<Line> = form
        .info
        .iter()
        .map(|i| Line::styled(Shown::new(i).into_string(), t.dim()))
        .collect();
    let max_info = (area.height / 3).max(1) as usize;
    for l in super::wrap::wrap_lines(info, area.width)
        .into_iter()
        .take(max_info)
    {
        line_at(frame, area, y, l);
        y += 1;
    }
    y
}

/// Every field's rows under their section headings, and where the focused field's are.
fn field_rows(state: &State, form: &Form, cols: usize) -> (Vec<Row>, (usize, usize)) {
    let t = Theme::of(state);
    let lang = state.lang();
    let mut rows: Vec<Row> = Vec::new();
    let mut focus_at = (0, 0);
    for i in 0..form.fields.len() {
        if let Some(s) = &form.fields[i].section {
            rows.push(Row {
                line: Line::styled(Shown::new(s.text(lang)).into_string(), t.header()),
                caret: None,
            });
        }
        let start = rows.len();
        rows.extend(form_fields::rows(state, form, i, cols));
        if i == form.focus {
            focus_at = (start, rows.len());
        }
    }
    (rows, focus_at)
}

fn hint_line(state: &State, form: &Form, cols: usize) -> Line<'static> {
    let mut keys = vec![
        (Cmd::NextField, msg::form::HINT_NEXT),
        (Cmd::PrevField, msg::form::HINT_PREV),
        (Cmd::Save, msg::form::HINT_SAVE),
        (Cmd::Back, msg::form::HINT_DISCARD),
        (Cmd::Editor, msg::form::HINT_EDITOR),
    ];
    if matches!(form.purpose, Purpose::Review(_)) {
        keys.insert(3, (Cmd::AddExpert, msg::review_form::HINT_ADD_EXPERT));
    }
    Line::from(hints(state, Context::Form, &keys, cols))
}

/// The save's refusal, then errors and warnings, as many as two lines hold.
fn problem_lines(state: &State, form: &Form, cols: usize) -> Vec<Line<'static>> {
    let t = Theme::of(state);
    let lang = state.lang();
    let mut out = Vec::new();
    if !form.error.is_empty() {
        out.push(Line::styled(
            fit(&Shown::new(&form.error.join("; ")), cols),
            t.error(),
        ));
    }
    let errors = form.errors().count();
    let warnings = form.warnings().count();
    if errors + warnings > 0 {
        let list: Vec<String> = form
            .checks
            .iter()
            .map(|c| Shown::new(&c.full(form, lang)).into_string())
            .collect();
        let head = trf(
            lang,
            msg::form::PROBLEMS,
            &[("errors", &errors), ("warnings", &warnings)],
        );
        let style = if errors > 0 { t.error() } else { t.marked() };
        out.push(Line::from(vec![
            Span::styled(head.clone(), style),
            Span::raw(fit(
                &Shown::new(&format!(" {}", list.join("; "))),
                cols.saturating_sub(crate::app::ui::text::width(&head)),
            )),
        ]));
    }
    out
}

fn boxed(frame: &mut Frame, state: &State, area: Rect, h: u16, title: String) -> Rect {
    let w = area.width.saturating_sub(4).min(100);
    let h = h.min(area.height.saturating_sub(2)).max(5);
    let r = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height.saturating_sub(h)) / 2,
        w,
        h,
    );
    super::popup::clear(frame, r);
    let block = Theme::of(state).block().title(title);
    let inner = block.inner(r);
    frame.render_widget(block, r);
    inner
}

fn discard(frame: &mut Frame, state: &State, area: Rect) {
    let lang = state.lang();
    let inner = boxed(
        frame,
        state,
        area,
        5,
        format!(" {} ", tr(lang, msg::form::DISCARD_TITLE)),
    );
    let text = vec![
        Line::raw(tr(lang, msg::form::DISCARD_BODY).to_string()),
        Line::raw(tr(lang, msg::form::DISCARD_KEYS).to_string()),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), inner);
}

fn conflict(frame: &mut Frame, state: &State, form: &Form, c: &Conflict, area: Rect) {
    let t = Theme::of(state);
    let lang = state.lang();
    let h = c.clashes.len() as u16 * 3 + 6;
    let title = trf(
        lang,
        msg::form::CONFLICT_TITLE,
        &[("id", &c.theirs.id), ("by", &c.by)],
    );
    let inner = boxed(
        frame,
        state,
        area,
        h,
        format!(" {} ", Shown::new(&title).into_string()),
    );
    let half = (inner.width as usize).saturating_sub(LABEL_W + 2) / 2;
    let mut lines = vec![Line::from(vec![
        Span::raw(fit(&Shown::new(""), LABEL_W)),
        Span::styled(
            fit(&Shown::new(tr(lang, msg::form::CONFLICT_MINE)), half),
            t.header(),
        ),
        Span::raw("  "),
        Span::styled(
            fit(&Shown::new(tr(lang, msg::form::CONFLICT_THEIRS)), half),
            t.header(),
        ),
    ])];
    for x in &c.clashes {
        lines.push(Line::from(vec![
            Span::raw(fit(
                &Shown::new(form.fields[x.field].label.text(lang)),
                LABEL_W,
            )),
            Span::raw(fit(&Shown::new(&x.mine), half)),
            Span::raw("  "),
            Span::raw(fit(&Shown::new(&x.theirs), half)),
        ]));
    }
    lines.push(Line::raw(""));
    let mut choices = Vec::new();
    for (k, r) in Resolution::ALL.iter().enumerate() {
        let key = match r {
            Resolution::KeepMine => msg::form::CONFLICT_KEEP_MINE,
            Resolution::TakeTheirs => msg::form::CONFLICT_TAKE_THEIRS,
            Resolution::BackToEditing => msg::form::CONFLICT_BACK,
        };
        let (mark, style) = if k == c.choice {
            (">", t.selected())
        } else {
            (" ", t.plain())
        };
        choices.push(Span::raw(mark));
        choices.push(Span::styled(format!("[{}]", tr(lang, key)), style));
        choices.push(Span::raw("  "));
    }
    lines.push(Line::from(choices));
    lines.push(Line::styled(
        tr(lang, msg::form::CONFLICT_KEYS).to_string(),
        t.dim(),
    ));
    frame.render_widget(Paragraph::new(lines), inner);
}
