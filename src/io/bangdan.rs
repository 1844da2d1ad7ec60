//! The 榜单 as the department posts it: a title with the batch and date, then one table per
//! field (大规模储能, 石墨烯, 稀土, 氢能, 碳捕集封存) listing each case with its name, 发榜方,
//! kind, summary, suggested period, estimated investment and contact. The same rows make a
//! .docx (see [`super::doc_style`] for the page set-up) and an .xlsx with a sheet per field.

use crate::i18n::Msg;
use crate::i18n::msg;
use chrono::NaiveDate;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, XlsxError};

use super::doc_style;
use crate::domain::Case;
use crate::domain::vocab::Field;
use crate::i18n::{Lang, tr, trf};

/// The summary column shows at most this many characters of the description.
pub const SUMMARY_CHARS: usize = 300;

/// Column header keys, in order.
const COLUMNS: &[Msg] = &[
    msg::office::COL_SEQ,
    msg::office::COL_NAME,
    msg::office::COL_ISSUER,
    msg::office::COL_KIND,
    msg::office::COL_SUMMARY,
    msg::office::COL_PERIOD,
    msg::office::COL_INVESTMENT,
    msg::office::COL_CONTACT,
];
/// Relative column widths of the .docx table (the summary takes the most room).
const WIDTHS: &[usize] = &[5, 16, 16, 8, 34, 8, 9, 14];

/// Excel column width (in characters of the default font) per unit of [`WIDTHS`].
const XLSX_WIDTH: usize = 2;

/// How many lines `text` takes in a column `width` characters wide (a CJK character is
/// two wide).
fn wrapped_lines(text: &str, width: usize) -> usize {
    use unicode_width::UnicodeWidthStr;
    let width = width.saturating_sub(1).max(1);
    text.split('\n')
        .map(|l| l.width().div_ceil(width).max(1))
        .sum()
}

/// The title line and the date line of a published document.
pub struct Masthead {
    pub batch: String,
    pub date: NaiveDate,
}

/// Cases grouped by field in the order of the call (征集函 一), then those without a field;
/// each group sorted by case id. Empty groups are left out.
pub fn by_field(cases: &[Case]) -> Vec<(Option<Field>, Vec<&Case>)> {
    let mut keys: Vec<Option<Field>> = Field::ALL.iter().copied().map(Some).collect();
    keys.push(None);
    keys.into_iter()
        .filter_map(|f| {
            let mut group: Vec<&Case> = cases.iter().filter(|c| c.field == f).collect();
            group.sort_by(|a, b| a.id.cmp(&b.id));
            (!group.is_empty()).then_some((f, group))
        })
        .collect()
}

/// A group's caption: `一、大规模储能`.
pub fn caption(n: usize, field: Option<Field>, lang: Lang) -> String {
    let name = field.map_or_else(|| tr(lang, msg::office::NO_FIELD), |f| f.label(lang));
    match lang {
        Lang::Zh => format!("{}、{name}", chinese_ordinal(n)),
        Lang::En => format!("{}. {name}", n),
    }
}

fn chinese_ordinal(n: usize) -> &'static str {
    const N: &[&str] = &["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    N.get(n.saturating_sub(1)).copied().unwrap_or("十")
}

/// A date as the documents print it: 2026年12月7日, or 2026-12-07 in English.
pub fn date_text(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => d.format("%Y年%-m月%-d日").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

fn header(lang: Lang) -> Vec<&'static str> {
    COLUMNS.iter().map(|k| tr(lang, k)).collect()
}

fn row(seq: usize, c: &Case, lang: Lang) -> Vec<String> {
    let a = &c.achievement;
    let contact = &c.issuer.contact;
    let reach = [
        contact.name.as_str(),
        contact.mobile.as_str(),
        contact.email.as_str(),
    ]
    .iter()
    .filter(|s| !s.trim().is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join("\n");
    vec![
        seq.to_string(),
        a.name.clone(),
        c.issuer.name.clone(),
        c.kind.label(lang).to_string(),
        doc_style::clip(&a.description, SUMMARY_CHARS),
        a.suggested_period.clone(),
        a.estimated_investment
            .map(|y| y.wan_string())
            .unwrap_or_default(),
        reach,
    ]
}

fn title(m: &Masthead, lang: Lang) -> String {
    trf(lang, msg::office::BD_TITLE, &[("batch", &m.batch)])
}

/// The 榜单 as a Word document.
pub fn to_docx(cases: &[Case], m: &Masthead, lang: Lang) -> Result<Vec<u8>, String> {
    let date = trf(
        lang,
        msg::office::BD_DATE,
        &[("date", &date_text(m.date, lang))],
    );
    let mut doc = doc_style::document()
        .add_paragraph(doc_style::title(&title(m, lang)))
        .add_paragraph(doc_style::body(&date, true));
    let head = header(lang);
    for (n, (field, group)) in by_field(cases).into_iter().enumerate() {
        let rows: Vec<Vec<String>> = group
            .iter()
            .enumerate()
            .map(|(i, c)| row(i + 1, c, lang))
            .collect();
        let cap = caption(n + 1, field, lang);
        doc = doc
            .add_paragraph(doc_style::body("", false))
            .add_table(doc_style::table(Some(&cap), &head, &rows, WIDTHS));
    }
    if cases.is_empty() {
        doc = doc.add_paragraph(doc_style::body(tr(lang, msg::office::NONE), false));
    }
    doc_style::pack(doc)
}

/// The 榜单 as a workbook: one sheet per field, each with the title, a header row and the
/// rows; A4 landscape, fitted to the page width, page numbers in the footer.
pub fn to_xlsx(cases: &[Case], m: &Masthead, lang: Lang) -> Result<Vec<u8>, String> {
    write_xlsx(cases, m, lang)
        .map_err(|e| trf(lang, msg::office::XLSX_ERR_WRITE, &[("detail", &e)]))
}

fn write_xlsx(cases: &[Case], m: &Masthead, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let font = |f: Format| f.set_font_name(doc_style::FANGSONG).set_font_size(10.5);
    let title_fmt = font(Format::new())
        .set_bold()
        .set_font_size(16)
        .set_font_name(doc_style::SONG);
    let head_fmt = font(Format::new())
        .set_bold()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center);
    let cell_fmt = font(Format::new())
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let groups = by_field(cases);
    if groups.is_empty() {
        book.add_worksheet()
            .write_string(0, 0, tr(lang, msg::office::NONE))?;
    }
    for (n, (field, group)) in groups.into_iter().enumerate() {
        let sheet = book.add_worksheet();
        sheet.set_name(field.map_or_else(|| tr(lang, msg::office::NO_FIELD), |f| f.label(lang)))?;
        sheet
            .set_landscape()
            .set_paper_size(9)
            .set_print_fit_to_pages(1, 0);
        sheet.set_footer("&C&P / &N");
        let last_col = COLUMNS.len() as u16 - 1;
        sheet.merge_range(0, 0, 0, last_col, &title(m, lang), &title_fmt)?;
        sheet.write_string(1, 0, caption(n + 1, field, lang))?;
        sheet.write_string(
            1,
            4,
            trf(
                lang,
                msg::office::BD_DATE,
                &[("date", &date_text(m.date, lang))],
            ),
        )?;
        for (col, h) in header(lang).iter().enumerate() {
            sheet.write_string_with_format(2, col as u16, *h, &head_fmt)?;
        }
        for (i, c) in group.iter().enumerate() {
            let r = i as u32 + 3;
            let cells = row(i + 1, c, lang);
            // LibreOffice does not grow a wrapped row by itself: give it the lines it needs.
            let lines = cells
                .iter()
                .zip(WIDTHS)
                .map(|(t, w)| wrapped_lines(t, w * XLSX_WIDTH))
                .max()
                .unwrap_or(1);
            sheet.set_row_height(r, 16.0 * lines as f64 + 2.0)?;
            for (col, text) in cells.into_iter().enumerate() {
                sheet.write_string_with_format(r, col as u16, text, &cell_fmt)?;
            }
        }
        for (col, w) in WIDTHS.iter().enumerate() {
            sheet.set_column_width(col as u16, (w * XLSX_WIDTH) as f64)?;
        }
        sheet.set_repeat_rows(2, 2)?;
    }
    book.save_to_buffer()
}
