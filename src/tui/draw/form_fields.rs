//! The rows of one form field: label, value, the message or hint beside it, the options of
//! a focused picker, the wrapped text of a long field. Each row may carry the caret.

use crate::i18n::msg;
use ratatui::text::{Line, Span};

use crate::app::ui::State;
use crate::app::ui::form::edit::long_width;
use crate::app::ui::form::long::LongText;
use crate::app::ui::form::picker::Picker;
use crate::app::ui::form::{Editor, Field, Form};
use crate::app::ui::text::{Shown, ShownInput, fit};
use crate::i18n::{tr, trf};
use tui_input::Input;

use super::theme::Theme;

/// Columns of the label column.
pub const LABEL_W: usize = 18;
/// Widest value box of a one-line field.
const VALUE_MAX: usize = 40;

pub struct Row {
    pub line: Line<'static>,
    /// The caret column on this row, when the caret is here.
    pub caret: Option<u16>,
}

fn row(line: Line<'static>) -> Row {
    Row { line, caret: None }
}

fn label_span(state: &State, f: &Field, focused: bool) -> Span<'static> {
    label_span_in(state, f, focused, LABEL_W - 2)
}

/// The label over `cols` columns: a long text has its own rows below, so its label can
/// take the whole line (拟转化科技成果情况).
fn label_span_in(state: &State, f: &Field, focused: bool, cols: usize) -> Span<'static> {
    let t = Theme::of(state);
    let star = if f.required { "*" } else { "" };
    // A one-column marker, as in the list, and a space always kept before the value: a
    // 16-column label (统一社会信用代码) otherwise runs into its `[`.
    let marker = if focused { ">" } else { " " };
    let text = format!(
        "{marker}{} ",
        fit(
            &Shown::new(&format!(
                "{}{star}",
                Shown::new(f.label.text(state.lang())).into_string()
            )),
            cols
        )
    );
    if focused {
        Span::styled(text, t.key())
    } else {
        Span::raw(text)
    }
}

/// The message beside a field: its first error, else its first warning, else its hint.
fn beside(state: &State, form: &Form, i: usize) -> Option<Span<'static>> {
    let t = Theme::of(state);
    let lang = state.lang();
    if let Some(c) = form.checks.iter().find(|c| c.field == Some(i)) {
        let style = if c.error { t.error() } else { t.marked() };
        return Some(Span::styled(
            Shown::new(&c.short(lang)).into_string(),
            style,
        ));
    }
    form.fields[i].hint(lang).map(|h| Span::styled(h, t.dim()))
}

fn pick_value(state: &State, f: &Field) -> String {
    let Editor::Pick(p) = &f.editor else {
        return String::new();
    };
    p.options
        .iter()
        .zip(&p.chosen)
        .filter(|(_, c)| **c)
        .map(|((_, label), _)| Shown::new(label.text(state.lang())).into_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// All rows of field `i` at `cols` columns.
pub fn rows(state: &State, form: &Form, i: usize, cols: usize) -> Vec<Row> {
    let f = &form.fields[i];
    let at = At {
        state,
        form,
        i,
        focused: i == form.focus,
    };
    // Half the room beside the label, so the message beside a field stays readable at 80.
    let value_w = VALUE_MAX
        .min(cols.saturating_sub(LABEL_W + 4) / 2 + 6)
        .max(6);
    let mut out = Vec::new();
    match &f.editor {
        Editor::Line(input) => line_rows(&at, input, value_w, &mut out),
        Editor::Pick(p) => pick_rows(&at, p, value_w, &mut out),
        Editor::Long(text) => long_rows(&at, text, cols, &mut out),
    }
    out.extend(suggest_row(state, form, i));
    out
}

/// The field being drawn, and where.
struct At<'a> {
    state: &'a State,
    form: &'a Form,
    i: usize,
    focused: bool,
}

fn line_rows(at: &At, input: &Input, value_w: usize, out: &mut Vec<Row>) {
    let (state, form, i, focused) = (at.state, at.form, at.i, at.focused);
    let t = Theme::of(state);
    let f = &form.fields[i];
    // Away from the caret a value reads from its start, like every other field.
    let typed = ShownInput::of(input);
    let (shown, caret_at) = if focused {
        typed.window(value_w)
    } else {
        (typed.text().clone(), 0)
    };
    let mut spans = vec![
        label_span(state, f, focused),
        Span::raw("["),
        Span::styled(
            fit(&shown, value_w),
            if focused { t.selected() } else { t.plain() },
        ),
        Span::raw("] "),
    ];
    spans.extend(beside(state, form, i));
    let caret = focused.then(|| (LABEL_W + 1 + caret_at) as u16);
    out.push(Row {
        line: Line::from(spans),
        caret,
    });
}

fn pick_rows(at: &At, p: &Picker, value_w: usize, out: &mut Vec<Row>) {
    let (state, form, i, focused) = (at.state, at.form, at.i, at.focused);
    let t = Theme::of(state);
    let lang = state.lang();
    let f = &form.fields[i];
    let mut spans = vec![
        label_span(state, f, focused),
        Span::raw("<"),
        Span::styled(
            fit(&Shown::new(&pick_value(state, f)), value_w),
            if focused { t.selected() } else { t.plain() },
        ),
        Span::raw("> "),
    ];
    spans.extend(beside(state, form, i));
    out.push(Row {
        line: Line::from(spans),
        caret: focused.then_some(LABEL_W as u16 + 1),
    });
    if focused {
        let mut opts = vec![Span::raw(" ".repeat(LABEL_W))];
        if !p.filter.is_empty() {
            opts.push(Span::styled(
                format!("{} ", Shown::new(&p.filter).into_string()),
                t.matched(),
            ));
        }
        let visible = p.visible();
        if visible.is_empty() {
            opts.push(Span::styled(
                tr(lang, msg::form::PICK_NO_MATCH).to_string(),
                t.error(),
            ));
        }
        for o in visible {
            let mark = match (p.multi, p.chosen[o]) {
                (true, true) => "[x]",
                (true, false) => "[ ]",
                (false, _) => "",
            };
            let text = format!(
                "{mark}{} ",
                Shown::new(p.options[o].1.text(lang)).into_string()
            );
            let style = if o == p.cursor { t.selected() } else { t.dim() };
            opts.push(Span::styled(text, style));
        }
        out.push(row(Line::from(opts)));
    }
}

fn long_rows(at: &At, text: &LongText, cols: usize, out: &mut Vec<Row>) {
    let (state, form, i, focused) = (at.state, at.form, at.i, at.focused);
    let t = Theme::of(state);
    let lang = state.lang();
    let f = &form.fields[i];
    let full = Shown::new(f.label.text(lang)).width() + usize::from(f.required);
    let mut spans = vec![label_span_in(state, f, focused, full.max(LABEL_W - 2))];
    // A text without a limit (a panel, one expert a line) has no counter.
    if let Some((n, max)) = f.counter() {
        spans.push(Span::styled(
            trf(lang, msg::form::COUNTER, &[("n", &n), ("max", &max)]),
            if n > max { t.error() } else { t.dim() },
        ));
        spans.push(Span::raw("  "));
    }
    if focused {
        let key = state.keymap.key_label(
            crate::app::ui::keymap::Context::Form,
            crate::app::ui::Cmd::Editor,
        );
        spans.push(Span::styled(
            trf(lang, msg::form::EDITOR_HINT, &[("key", &key)]),
            t.dim(),
        ));
        spans.push(Span::raw("  "));
    }
    spans.extend(beside(state, form, i));
    out.push(row(Line::from(spans)));
    let w = long_width(state.width).min(cols.saturating_sub(4)).max(4);
    let wrapped = text.rows(w);
    let (crow, ccol) = text.caret_xy(w);
    // Focused: the rows around the caret; otherwise the first two.
    let show = if focused { 6 } else { 2 };
    let first = if focused {
        crow.saturating_sub(show - 1)
    } else {
        0
    };
    let bar = if t.ascii { "| " } else { "│ " };
    for (r, span) in wrapped.iter().enumerate().skip(first).take(show) {
        let caret = (focused && r == crow).then_some((4 + ccol) as u16);
        out.push(Row {
            line: Line::from(vec![
                Span::raw("  "),
                Span::styled(bar, t.dim()),
                Span::raw(Shown::new(&text.row_text(*span)).into_string()),
            ]),
            caret,
        });
    }
}

/// The known organisations whose names start like the one being typed.
fn suggest_row(state: &State, form: &Form, i: usize) -> Option<Row> {
    let t = Theme::of(state);
    let lang = state.lang();
    let s = form.suggest.as_ref().filter(|s| s.field == i)?;
    let names: Vec<String> = s
        .orgs
        .iter()
        .map(|o| Shown::new(&form.orgs[*o].name).into_string())
        .collect();
    Some(row(Line::from(vec![
        Span::raw(" ".repeat(LABEL_W)),
        Span::styled(
            trf(lang, msg::form::SUGGEST, &[("names", &names.join(" | "))]),
            t.ok(),
        ),
    ])))
}
