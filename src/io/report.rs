//! The report workbook sent upward every quarter: a summary sheet with native Excel charts
//! (stage funnel, subsidy by field, cases by region), then cases by stage × field, by 盟市,
//! subsidies committed vs paid by field and kind, and the overdue and stale cases. The
//! figures come computed in a [`Report`]; this file only lays them out.

use crate::i18n::Msg;
use crate::i18n::msg;
use chrono::NaiveDate;
use rust_xlsxwriter::{Chart, ChartType, Format, Workbook, Worksheet, XlsxError};

use super::bangdan::date_text;
use crate::domain::Yuan;
use crate::domain::vocab::{Field, Kind, Stage};
use crate::i18n::{Lang, tr, trf};

/// Everything the workbook shows, computed by the caller for one period.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub today: NaiveDate,
    /// `by_stage_field[stage][field]`, stages in `Stage::ALL` order, fields in
    /// `Field::ALL` order then "no field".
    pub by_stage_field: Vec<Vec<u32>>,
    /// Per 盟市 (or outside the region): cases, open cases, implementing or later.
    pub by_region: Vec<RegionRow>,
    /// Per field and kind: cases, committed and paid subsidy.
    pub subsidies: Vec<SubsidyRow>,
    pub late: Vec<LateRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RegionRow {
    pub region: String,
    pub cases: u32,
    pub open: u32,
    pub funded: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SubsidyRow {
    pub field: Option<Field>,
    pub kind: Kind,
    pub cases: u32,
    pub committed: Yuan,
    pub paid: Yuan,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LateRow {
    pub id: String,
    pub name: String,
    pub stage: Stage,
    pub officer: String,
    /// What is overdue, labels joined (empty when only stale).
    pub overdue: String,
    pub due: Option<NaiveDate>,
    pub idle_days: i64,
    pub stale: bool,
}

impl Report {
    pub fn total(&self) -> u32 {
        self.by_stage_field.iter().flatten().sum()
    }

    /// Cases at or past each main-line stage (side exits are not on the line).
    pub fn funnel(&self) -> Vec<(Stage, u32)> {
        let at = |s: Stage| -> u32 {
            let i = Stage::ALL.iter().position(|x| *x == s).unwrap_or(0);
            self.by_stage_field.get(i).map_or(0, |r| r.iter().sum())
        };
        Stage::MAIN
            .iter()
            .enumerate()
            .map(|(i, s)| (*s, Stage::MAIN[i..].iter().map(|x| at(*x)).sum()))
            .collect()
    }
}

/// The sheet names, in order (a test reads them back).
pub const SHEETS: &[Msg] = &[
    msg::office::RP_SHEET_SUMMARY,
    msg::office::RP_SHEET_STAGE_FIELD,
    msg::office::RP_SHEET_REGION,
    msg::office::RP_SHEET_SUBSIDY,
    msg::office::RP_SHEET_LATE,
];

pub fn to_xlsx(r: &Report, lang: Lang) -> Result<Vec<u8>, String> {
    write(r, lang).map_err(|e| trf(lang, msg::office::XLSX_ERR_WRITE, &[("detail", &e)]))
}

fn wan(y: Yuan) -> f64 {
    y.0 as f64 / 10_000.0
}

fn field_name(f: Option<Field>, lang: Lang) -> &'static str {
    f.map_or_else(|| tr(lang, msg::office::NO_FIELD), |f| f.label(lang))
}

struct Styles {
    bold: Format,
    money: Format,
    title: Format,
}

fn write(r: &Report, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let st = Styles {
        bold: Format::new().set_bold(),
        money: Format::new().set_num_format("#,##0.00"),
        title: Format::new().set_bold().set_font_size(14),
    };
    let mut book = Workbook::new();
    let names: Vec<&str> = SHEETS.iter().map(|k| tr(lang, k)).collect();
    for name in &names {
        let sheet = book.add_worksheet();
        sheet.set_name(*name)?;
        sheet
            .set_landscape()
            .set_paper_size(9)
            .set_print_fit_to_pages(1, 0);
        sheet.set_footer("&C&P / &N");
    }
    summary(book.worksheet_from_index(0)?, r, names[0], &st, lang)?;
    stage_field(book.worksheet_from_index(1)?, r, &st, lang)?;
    regions(book.worksheet_from_index(2)?, r, &st, lang)?;
    subsidies(book.worksheet_from_index(3)?, r, &st, lang)?;
    late(book.worksheet_from_index(4)?, r, &st, lang)?;
    book.save_to_buffer()
}

fn period(r: &Report, lang: Lang) -> String {
    let d = |x: Option<NaiveDate>| x.map(|d| date_text(d, lang)).unwrap_or_else(|| "…".into());
    if r.from.is_none() && r.to.is_none() {
        return tr(lang, msg::office::RP_ALL_TIME).to_string();
    }
    trf(
        lang,
        msg::office::RP_PERIOD,
        &[("from", &d(r.from)), ("to", &d(r.to))],
    )
}

fn header(
    sheet: &mut Worksheet,
    row: u32,
    keys: &[Msg],
    st: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    for (c, k) in keys.iter().enumerate() {
        sheet.write_string_with_format(row, c as u16, tr(lang, k), &st.bold)?;
    }
    Ok(())
}

/// Where the summary sheet's chart data sits: the funnel and the subsidy by field from
/// row `TOP`, the regions two rows under the funnel.
const TOP: u32 = 11;

/// Title, key figures, the tables the charts read, and the three charts.
fn summary(
    sheet: &mut Worksheet,
    r: &Report,
    name: &str,
    st: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    summary_figures(sheet, r, st, lang)?;
    let rtop = summary_tables(sheet, r, st, lang)?;
    let last = |start: u32, n: usize| start + n.max(1) as u32 - 1;
    let stages = Stage::MAIN.len();
    let mut chart = Chart::new(ChartType::Bar);
    chart
        .title()
        .set_name(tr(lang, msg::office::RP_CHART_FUNNEL));
    chart
        .add_series()
        .set_name(tr(lang, msg::office::RP_CASES))
        .set_categories((name, TOP, 0, last(TOP, stages), 0))
        .set_values((name, TOP, 1, last(TOP, stages), 1));
    chart.y_axis().set_reverse();
    chart.legend().set_hidden();
    sheet.insert_chart(0, 7, &chart)?;
    let mut chart = Chart::new(ChartType::Column);
    chart
        .title()
        .set_name(tr(lang, msg::office::RP_CHART_SUBSIDY));
    for col in [4u16, 5] {
        chart
            .add_series()
            .set_name((name, TOP - 1, col))
            .set_categories((name, TOP, 3, last(TOP, Field::ALL.len()), 3))
            .set_values((name, TOP, col, last(TOP, Field::ALL.len()), col));
    }
    chart.y_axis().set_name(tr(lang, msg::office::RP_WAN));
    sheet.insert_chart(16, 7, &chart)?;
    let mut chart = Chart::new(ChartType::Column);
    chart
        .title()
        .set_name(tr(lang, msg::office::RP_CHART_REGION));
    chart
        .add_series()
        .set_name(tr(lang, msg::office::RP_CASES))
        .set_categories((name, rtop, 0, last(rtop, r.by_region.len()), 0))
        .set_values((name, rtop, 1, last(rtop, r.by_region.len()), 1));
    chart.legend().set_hidden();
    sheet.insert_chart(32, 7, &chart)?;
    Ok(())
}

fn summary_figures(
    sheet: &mut Worksheet,
    r: &Report,
    st: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.write_string_with_format(0, 0, tr(lang, msg::office::RP_TITLE), &st.title)?;
    sheet.write_string(1, 0, period(r, lang))?;
    let made = trf(
        lang,
        msg::office::RP_MADE,
        &[("date", &date_text(r.today, lang))],
    );
    sheet.write_string(2, 0, made)?;
    let committed: Yuan = r.subsidies.iter().map(|s| s.committed).sum();
    let paid: Yuan = r.subsidies.iter().map(|s| s.paid).sum();
    let overdue = r.late.iter().filter(|l| !l.overdue.is_empty()).count();
    let stale = r.late.iter().filter(|l| l.stale).count();
    let figures: [(Msg, f64); 5] = [
        (msg::office::RP_CASES, r.total() as f64),
        (msg::office::RP_OVERDUE, overdue as f64),
        (msg::office::RP_STALE, stale as f64),
        (msg::office::RP_COMMITTED, wan(committed)),
        (msg::office::RP_PAID, wan(paid)),
    ];
    for (i, (k, v)) in figures.iter().enumerate() {
        sheet.write_string(4 + i as u32, 0, tr(lang, k))?;
        sheet.write_number(4 + i as u32, 1, *v)?;
    }
    for (col, w) in [(0u16, 24.0), (3, 12.0), (4, 22.0), (5, 22.0)] {
        sheet.set_column_width(col, w)?;
    }
    Ok(())
}

/// The tables the charts read; returns the first row of the regions table.
fn summary_tables(
    sheet: &mut Worksheet,
    r: &Report,
    st: &Styles,
    lang: Lang,
) -> Result<u32, XlsxError> {
    header(
        sheet,
        TOP - 1,
        &[msg::office::RP_STAGE, msg::office::RP_CASES],
        st,
        lang,
    )?;
    let funnel = r.funnel();
    for (i, (s, n)) in funnel.iter().enumerate() {
        sheet.write_string(TOP + i as u32, 0, s.label(lang))?;
        sheet.write_number(TOP + i as u32, 1, *n as f64)?;
    }
    for (c, k) in [
        msg::office::COL_FIELD,
        msg::office::RP_COMMITTED,
        msg::office::RP_PAID,
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string_with_format(TOP - 1, 3 + c as u16, tr(lang, k), &st.bold)?;
    }
    for (i, f) in Field::ALL.iter().enumerate() {
        let rows = r.subsidies.iter().filter(|s| s.field == Some(*f));
        let (c, p) = rows.fold((Yuan::ZERO, Yuan::ZERO), |(c, p), s| {
            (c + s.committed, p + s.paid)
        });
        let row = TOP + i as u32;
        sheet.write_string(row, 3, f.label(lang))?;
        sheet.write_number_with_format(row, 4, wan(c), &st.money)?;
        sheet.write_number_with_format(row, 5, wan(p), &st.money)?;
    }
    let rtop = TOP + funnel.len() as u32 + 2;
    header(
        sheet,
        rtop - 1,
        &[msg::office::RP_REGION, msg::office::RP_CASES],
        st,
        lang,
    )?;
    for (i, row) in r.by_region.iter().enumerate() {
        sheet.write_string(rtop + i as u32, 0, &row.region)?;
        sheet.write_number(rtop + i as u32, 1, row.cases as f64)?;
    }
    Ok(rtop)
}

fn stage_field(
    sheet: &mut Worksheet,
    r: &Report,
    st: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let mut fields: Vec<&str> = Field::ALL.iter().map(|f| f.label(lang)).collect();
    fields.push(tr(lang, msg::office::NO_FIELD));
    sheet.write_string_with_format(0, 0, tr(lang, msg::office::RP_STAGE), &st.bold)?;
    for (c, f) in fields.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16 + 1, *f, &st.bold)?;
    }
    let total_col = fields.len() as u16 + 1;
    sheet.write_string_with_format(0, total_col, tr(lang, msg::office::RP_TOTAL), &st.bold)?;
    let mut col_totals = vec![0u32; fields.len()];
    for (i, s) in Stage::ALL.iter().enumerate() {
        let row = i as u32 + 1;
        let counts = r.by_stage_field.get(i).cloned().unwrap_or_default();
        sheet.write_string(row, 0, s.label(lang))?;
        for (c, n) in counts.iter().enumerate() {
            sheet.write_number(row, c as u16 + 1, *n as f64)?;
            col_totals[c] += n;
        }
        sheet.write_number_with_format(
            row,
            total_col,
            counts.iter().sum::<u32>() as f64,
            &st.bold,
        )?;
    }
    let row = Stage::ALL.len() as u32 + 1;
    sheet.write_string_with_format(row, 0, tr(lang, msg::office::RP_TOTAL), &st.bold)?;
    for (c, n) in col_totals.iter().enumerate() {
        sheet.write_number_with_format(row, c as u16 + 1, *n as f64, &st.bold)?;
    }
    sheet.write_number_with_format(row, total_col, r.total() as f64, &st.bold)?;
    sheet.set_column_width(0, 14)?;
    sheet.set_freeze_panes(1, 1)?;
    Ok(())
}

fn regions(sheet: &mut Worksheet, r: &Report, st: &Styles, lang: Lang) -> Result<(), XlsxError> {
    let keys = [
        msg::office::RP_REGION,
        msg::office::RP_CASES,
        msg::office::RP_OPEN,
        msg::office::RP_FUNDED,
    ];
    header(sheet, 0, &keys, st, lang)?;
    for (i, row) in r.by_region.iter().enumerate() {
        let n = i as u32 + 1;
        sheet.write_string(n, 0, &row.region)?;
        sheet.write_number(n, 1, row.cases as f64)?;
        sheet.write_number(n, 2, row.open as f64)?;
        sheet.write_number(n, 3, row.funded as f64)?;
    }
    let n = r.by_region.len() as u32 + 1;
    sheet.write_string_with_format(n, 0, tr(lang, msg::office::RP_TOTAL), &st.bold)?;
    sheet.write_number_with_format(
        n,
        1,
        r.by_region.iter().map(|x| x.cases).sum::<u32>() as f64,
        &st.bold,
    )?;
    sheet.set_column_width(0, 16)?;
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn subsidies(sheet: &mut Worksheet, r: &Report, st: &Styles, lang: Lang) -> Result<(), XlsxError> {
    let keys = [
        msg::office::COL_FIELD,
        msg::office::COL_KIND,
        msg::office::RP_CASES,
        msg::office::RP_COMMITTED,
        msg::office::RP_PAID,
        msg::office::RP_RATE,
    ];
    header(sheet, 0, &keys, st, lang)?;
    let pct = Format::new().set_num_format("0.0%");
    for (i, s) in r.subsidies.iter().enumerate() {
        let n = i as u32 + 1;
        sheet.write_string(n, 0, field_name(s.field, lang))?;
        sheet.write_string(n, 1, s.kind.label(lang))?;
        sheet.write_number(n, 2, s.cases as f64)?;
        sheet.write_number_with_format(n, 3, wan(s.committed), &st.money)?;
        sheet.write_number_with_format(n, 4, wan(s.paid), &st.money)?;
        if s.committed > Yuan::ZERO {
            sheet.write_number_with_format(n, 5, s.paid.0 as f64 / s.committed.0 as f64, &pct)?;
        }
    }
    let n = r.subsidies.len() as u32 + 1;
    let sum = |f: fn(&SubsidyRow) -> Yuan| wan(r.subsidies.iter().map(f).sum());
    sheet.write_string_with_format(n, 0, tr(lang, msg::office::RP_TOTAL), &st.bold)?;
    sheet.write_number_with_format(n, 3, sum(|s| s.committed), &st.money)?;
    sheet.write_number_with_format(n, 4, sum(|s| s.paid), &st.money)?;
    sheet.set_column_width(0, 14)?;
    sheet.set_column_width(1, 12)?;
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn late(sheet: &mut Worksheet, r: &Report, st: &Styles, lang: Lang) -> Result<(), XlsxError> {
    let keys = [
        msg::office::RP_ID,
        msg::office::COL_NAME,
        msg::office::RP_STAGE,
        msg::office::RP_OFFICER,
        msg::office::RP_OVERDUE_KIND,
        msg::office::RP_DUE,
        msg::office::RP_IDLE,
        msg::office::RP_STALE,
    ];
    header(sheet, 0, &keys, st, lang)?;
    let yes = tr(lang, msg::office::RP_YES);
    for (i, l) in r.late.iter().enumerate() {
        let n = i as u32 + 1;
        sheet.write_string(n, 0, &l.id)?;
        sheet.write_string(n, 1, &l.name)?;
        sheet.write_string(n, 2, l.stage.label(lang))?;
        sheet.write_string(n, 3, &l.officer)?;
        sheet.write_string(n, 4, &l.overdue)?;
        if let Some(d) = l.due {
            sheet.write_string(n, 5, d.to_string())?;
        }
        sheet.write_number(n, 6, l.idle_days as f64)?;
        sheet.write_string(n, 7, if l.stale { yes } else { "" })?;
    }
    sheet.set_column_width(0, 14)?;
    sheet.set_column_width(1, 40)?;
    sheet.set_column_width(4, 20)?;
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}
