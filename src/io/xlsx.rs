//! Excel workbooks. Out: one sheet of cases with exactly the columns of the CSV export
//! (the same table drives both), dates as dates and amounts as numbers in 万元. In: the
//! intake rows of 附件1 as the CSV importer reads them, with bad cells named `Sheet1!C7`.

use crate::i18n::Msg;
use crate::i18n::msg;
use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx};
use chrono::{Datelike, NaiveDate, Timelike};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr;

use super::csv::{EXPORT, column_for, parse_table};
use super::json::RowError;
use super::office;
use crate::domain::{Case, Yuan};
use crate::i18n::{Lang, tr, trf};

/// Export columns written as Excel dates rather than text.
const DATE_COLUMNS: &[Msg] = &[msg::io::COL_START, msg::io::COL_END];
/// Export columns written as numbers (万元) rather than text.
const MONEY_COLUMNS: &[Msg] = &[
    msg::io::COL_RD_INVESTMENT,
    msg::io::COL_FUNDS_RECEIVED,
    msg::io::COL_SUBSIDY_PAID,
];

/// Excel refuses longer strings in a cell (counted in UTF-16 units).
const MAX_CELL_UTF16: usize = 32_767;
/// Columns past this are ignored on import (the intake has 27); keeps a hostile sheet with
/// a cell at XFD1 from making every row 16,384 cells wide.
const MAX_IMPORT_COLUMNS: u32 = 256;

/// The cases as an .xlsx workbook: header bold and frozen, column widths fitted to the
/// (Chinese) text, labels in `lang`. Text cells are always strings: a name starting with
/// `=` stays text and never becomes a formula.
pub fn to_xlsx(cases: &[Case], lang: Lang) -> Result<Vec<u8>, String> {
    write_book(cases, lang).map_err(|e| trf(lang, msg::office::XLSX_ERR_WRITE, &[("detail", &e)]))
}

fn write_book(cases: &[Case], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(tr(lang, msg::office::XLSX_SHEET))?;
    let bold = Format::new().set_bold();
    let date_fmt = Format::new().set_num_format("yyyy-mm-dd");
    let money_fmt = Format::new().set_num_format("#,##0.00##");
    let mut widths: Vec<usize> = Vec::with_capacity(EXPORT.len());
    for (col, (key, _)) in EXPORT.iter().enumerate() {
        let header = tr(lang, key);
        sheet.write_string_with_format(0, col as u16, header, &bold)?;
        widths.push(header.width());
    }
    for (i, case) in cases.iter().enumerate() {
        let row = i as u32 + 1;
        for (col, (key, cell)) in EXPORT.iter().enumerate() {
            let text = cell(case, lang);
            let c = col as u16;
            let w = if text.is_empty() {
                0
            } else if DATE_COLUMNS.contains(key)
                && let Some(d) = excel_date(&text)
            {
                sheet.write_datetime_with_format(row, c, d, &date_fmt)?;
                10
            } else if MONEY_COLUMNS.contains(key)
                && let Ok(y) = Yuan::parse_wan(&text)
            {
                sheet.write_number_with_format(row, c, y.0 as f64 / 10_000.0, &money_fmt)?;
                text.len() + 3
            } else {
                let text = fit_cell(text);
                let w = text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
                sheet.write_string(row, c, text)?;
                w
            };
            widths[col] = widths[col].max(w);
        }
    }
    finish_sheet(sheet, &widths, cases.len() as u32)?;
    book.save_to_buffer()
}

fn finish_sheet(sheet: &mut Worksheet, widths: &[usize], rows: u32) -> Result<(), XlsxError> {
    for (col, w) in widths.iter().enumerate() {
        // Excel's width unit is about one Latin digit; a CJK character is two.
        sheet.set_column_width(col as u16, (*w).clamp(6, 60) as f64 + 2.0)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    if !widths.is_empty() {
        sheet.autofilter(0, 0, rows, widths.len() as u16 - 1)?;
    }
    Ok(())
}

fn excel_date(text: &str) -> Option<ExcelDateTime> {
    let d = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    let year = u16::try_from(d.year()).ok()?;
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8).ok()
}

/// Cuts text Excel would refuse to the longest prefix it accepts.
fn fit_cell(text: String) -> String {
    if text.len() <= MAX_CELL_UTF16 {
        return text;
    }
    let mut units = 0;
    let end = text
        .char_indices()
        .find(|(_, c)| {
            units += c.len_utf16();
            units > MAX_CELL_UTF16
        })
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    text[..end].to_string()
}

/// New cases from the intake rows of the first sheet that has data. The header is the
/// first row (of the first ten) naming at least two intake columns, so a title row above
/// it is skipped; columns are read as the CSV importer reads them.
pub fn parse_cases_xlsx_in(bytes: &[u8], lang: Lang) -> Result<Vec<Case>, Vec<RowError>> {
    let file_err = |m: String| vec![RowError::file(m)];
    office::check_zip(bytes, "xlsx", lang).map_err(file_err)?;
    let mut book: Xlsx<_> = crate::store::catch_quietly(|| Xlsx::new(Cursor::new(bytes)))
        .ok_or_else(|| {
            file_err(trf(
                lang,
                msg::office::XLSX_ERR_WORKBOOK,
                &[("detail", &"?")],
            ))
        })?
        .map_err(|e| file_err(trf(lang, msg::office::XLSX_ERR_WORKBOOK, &[("detail", &e)])))?;
    let names = book.sheet_names();
    for name in &names {
        // calamine may panic on a mangled sheet (a dimension like `B9:A1` underflows).
        let grid = crate::store::catch_quietly(|| read_grid(&mut book, name, lang))
            .unwrap_or_else(|| {
                Err(trf(
                    lang,
                    msg::office::XLSX_ERR_WORKBOOK,
                    &[("detail", &name)],
                ))
            })
            .map_err(file_err)?;
        if grid.is_empty() {
            continue;
        }
        return parse_grid(name, grid, lang);
    }
    Err(file_err(tr(lang, msg::office::XLSX_ERR_EMPTY).to_string()))
}

/// A cell as text, or the Excel error it holds (`#N/A`).
type Grid = BTreeMap<u32, Vec<Result<String, String>>>;

fn read_grid(book: &mut Xlsx<Cursor<&[u8]>>, name: &str, lang: Lang) -> Result<Grid, String> {
    let bad = |e: calamine::XlsxError| trf(lang, msg::office::XLSX_ERR_WORKBOOK, &[("detail", &e)]);
    let mut reader = book.worksheet_cells_reader(name).map_err(bad)?;
    let mut grid = Grid::new();
    while let Some(cell) = reader.next_cell().map_err(bad)? {
        let (row, col) = cell.get_position();
        if col >= MAX_IMPORT_COLUMNS {
            continue;
        }
        let value = cell_text(cell.get_value());
        if matches!(&value, Ok(s) if s.trim().is_empty()) {
            continue;
        }
        let cells = grid.entry(row).or_default();
        if cells.len() <= col as usize {
            cells.resize(col as usize + 1, Ok(String::new()));
        }
        cells[col as usize] = value;
    }
    Ok(grid)
}

fn cell_text(v: &DataRef) -> Result<String, String> {
    Ok(match v {
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number_text(*f),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(dt) => match dt.as_datetime() {
            Some(t) if t.time().num_seconds_from_midnight() == 0 => t.date().to_string(),
            Some(t) => t.format("%Y-%m-%d %H:%M:%S").to_string(),
            None => number_text(dt.as_f64()),
        },
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => return Err(e.to_string()),
        DataRef::Empty => String::new(),
    })
}

/// `13812345678.0` → `13812345678` (a phone typed as a number), `1200.5` stays.
fn number_text(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

fn parse_grid(sheet: &str, grid: Grid, lang: Lang) -> Result<Vec<Case>, Vec<RowError>> {
    let text = |cells: &[Result<String, String>]| -> Vec<String> {
        cells
            .iter()
            .map(|c| c.as_ref().map(|s| s.trim().to_string()).unwrap_or_default())
            .collect()
    };
    let header_row = grid
        .iter()
        .take(10)
        .find(|(_, cells)| {
            text(cells)
                .iter()
                .filter(|h| column_for(h).is_some())
                .count()
                >= 2
        })
        .or_else(|| grid.iter().next())
        .map(|(r, _)| *r)
        .unwrap_or(0);
    let header = grid.get(&header_row).map(|c| text(c)).unwrap_or_default();
    let sheet_ref = sheet_ref(sheet);
    let locate = |row: usize, col: Option<usize>, h: &str| {
        let at = match col {
            Some(c) => format!("{sheet_ref}!{}{row}", column_letters(c)),
            None => format!("{sheet_ref}!{row}"),
        };
        let field = if h.is_empty() {
            at
        } else {
            format!("{at} {h}")
        };
        (0, field)
    };
    let rows = grid
        .range(header_row + 1..)
        .map(|(r, cells)| {
            let row = *r as usize + 1;
            if let Some((c, Err(e))) = cells.iter().enumerate().find(|(_, c)| c.is_err()) {
                let h = header.get(c).map(String::as_str).unwrap_or("");
                let (row, field) = locate(row, Some(c), h);
                return Err(RowError {
                    row,
                    id: None,
                    field,
                    message: trf(lang, msg::office::XLSX_ERR_CELL_ERROR, &[("value", e)]),
                });
            }
            Ok((row, text(cells)))
        })
        .collect::<Vec<_>>();
    parse_table(
        &header,
        header_row as usize + 1,
        rows.into_iter(),
        lang,
        &locate,
    )
}

/// `Sheet1`, or `'My sheet'` when Excel would need the quotes.
fn sheet_ref(name: &str) -> String {
    if name
        .chars()
        .any(|c| c.is_whitespace() || c.is_ascii_punctuation() && c != '_')
    {
        format!("'{}'", name.replace('\'', "''"))
    } else {
        name.to_string()
    }
}

/// 0 → `A`, 25 → `Z`, 26 → `AA`.
fn column_letters(mut col: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
#[path = "xlsx_tests.rs"]
mod tests;
