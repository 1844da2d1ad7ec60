use super::*;
use crate::domain::{Field, IpType, Kind, Org, OrgType};
use crate::i18n::msg;
use crate::io::csv::{parse_cases_csv_in, to_csv};
use crate::io::demo::{demo_cases, reference_date};
use chrono::DateTime;

fn demo() -> Vec<Case> {
    demo_cases(reference_date().unwrap()).unwrap()
}

fn first_grid(bytes: &[u8]) -> Grid {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let name = book.sheet_names()[0].clone();
    read_grid(&mut book, &name, Lang::Zh).unwrap()
}

fn entry(bytes: &[u8], name: &str) -> String {
    let raw = office::read_entry(bytes, name, "xlsx", Lang::Zh)
        .unwrap()
        .unwrap();
    String::from_utf8(raw).unwrap()
}

#[test]
fn export_has_the_csv_columns_and_values() {
    let cases = demo();
    let xlsx = to_xlsx(&cases, Lang::Zh).unwrap();
    let csv_text = to_csv(&cases, Lang::Zh);
    let csv_rows: Vec<Vec<String>> = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let grid = first_grid(&xlsx);
    assert_eq!(grid.len(), cases.len() + 1);
    for (r, csv_row) in csv_rows.iter().enumerate() {
        let cells = &grid[&(r as u32)];
        for (c, want) in csv_row.iter().enumerate() {
            let got = cells.get(c).cloned().unwrap_or(Ok(String::new())).unwrap();
            assert_eq!(&got, want, "row {r} column {c}");
        }
    }
}

#[test]
fn typed_columns_exist_in_the_export() {
    // A renamed export column would silently turn dates and amounts back into text.
    for key in DATE_COLUMNS.iter().chain(MONEY_COLUMNS) {
        assert!(EXPORT.iter().any(|(k, _)| k == key), "{key:?}");
    }
}

#[test]
fn dates_are_dates_and_amounts_are_numbers() {
    let cases: Vec<Case> = demo()
        .into_iter()
        .filter(|c| c.plan.start.is_some() && c.amounts.rd_investment.is_some())
        .take(1)
        .collect();
    assert_eq!(
        cases.len(),
        1,
        "the demo has a planned case with an investment"
    );
    let xlsx = to_xlsx(&cases, Lang::Zh).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(&xlsx[..])).unwrap();
    let mut reader = book.worksheet_cells_reader("案件").unwrap();
    let start = EXPORT
        .iter()
        .position(|(k, _)| *k == msg::io::COL_START)
        .unwrap();
    let rd = EXPORT
        .iter()
        .position(|(k, _)| *k == msg::io::COL_RD_INVESTMENT)
        .unwrap();
    let (mut saw_date, mut saw_money) = (false, false);
    while let Some(cell) = reader.next_cell().unwrap() {
        let (row, col) = cell.get_position();
        if row == 1 && col as usize == start {
            assert!(matches!(cell.get_value(), DataRef::DateTime(_)));
            saw_date = true;
        }
        if row == 1 && col as usize == rd {
            let DataRef::Float(f) = cell.get_value() else {
                panic!("{:?}", cell.get_value())
            };
            let wan = cases[0].amounts.rd_investment.unwrap().0 as f64 / 10_000.0;
            assert_eq!(*f, wan);
            saw_money = true;
        }
    }
    assert!(saw_date && saw_money);
}

#[test]
fn header_is_bold_and_frozen_and_text_never_a_formula() {
    let case = Case::new(
        "JB-2026-0001".into(),
        Kind::Breakthrough,
        Org::named("@SUM(A1)"),
        "=HYPERLINK(\"http://x\",\"点我\")",
        DateTime::UNIX_EPOCH,
    );
    let xlsx = to_xlsx(&[case], Lang::Zh).unwrap();
    let sheet = entry(&xlsx, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("state=\"frozen\""), "{sheet}");
    assert!(!sheet.contains("<f>"), "a formula was written: {sheet}");
    assert!(entry(&xlsx, "xl/styles.xml").contains("<b/>"));
    let grid = first_grid(&xlsx);
    assert_eq!(grid[&1][4], Ok("=HYPERLINK(\"http://x\",\"点我\")".into()));
    assert_eq!(grid[&1][5], Ok("@SUM(A1)".into()));
}

#[test]
fn columns_are_wide_enough_for_chinese_text() {
    let mut case = demo().remove(0);
    case.issuer.name = "内蒙古包头稀土高新技术产业开发区永磁材料有限公司".into();
    let xlsx = to_xlsx(&[case], Lang::Zh).unwrap();
    let sheet = entry(&xlsx, "xl/worksheets/sheet1.xml");
    // 24 CJK characters are 48 columns wide, plus the margin.
    assert!(sheet.contains("width=\"50.7"), "{sheet}");
}

#[test]
fn overlong_text_is_cut_where_excel_allows() {
    let long = "稀".repeat(40_000);
    let cut = fit_cell(long);
    assert_eq!(cut.chars().count(), MAX_CELL_UTF16);
    let emoji = "😀".repeat(20_000);
    assert_eq!(fit_cell(emoji).encode_utf16().count(), MAX_CELL_UTF16 - 1);
    let mut case = demo().remove(0);
    case.achievement.name = "稀".repeat(40_000);
    assert!(to_xlsx(&[case], Lang::Zh).is_ok());
}

/// An intake workbook as an officer makes one: a title row, the header of 附件1, numbers
/// and dates typed as such.
fn intake_book(rows: &[&[&str]]) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("征集表").unwrap();
    sheet
        .write_string(0, 0, "内蒙古自治区成果转化揭榜项目榜单征集表")
        .unwrap();
    let date_fmt = Format::new().set_num_format("yyyy/m/d");
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            if let Ok(n) = v.parse::<f64>() {
                sheet.write_number(r, c, n).unwrap();
            } else if let Some(d) = excel_date(v) {
                sheet
                    .write_datetime_with_format(r, c, d, &date_fmt)
                    .unwrap();
            } else if !v.is_empty() {
                sheet.write_string(r, c, *v).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

const HEADER: &[&str] = &[
    "单位名称",
    "注册时间",
    "注册资金（万）",
    "单位类型",
    "手机",
    "成果名称",
    "是否拥有自主知识产权",
    "知识产权类型",
    "聚焦领域",
    "项目预计总投入(万元)",
];
const ROW1: &[&str] = &[
    "包头天和磁材科技股份有限公司",
    "2008-03-11",
    "26000",
    "科技型企业",
    "13904721234",
    "高丰度稀土永磁材料制备技术",
    "是",
    "专利权、商业秘密",
    "稀土",
    "1200.5",
];
const ROW2: &[&str] = &[
    "内蒙古大学",
    "",
    "",
    "高校",
    "",
    "稀土储氢合金",
    "否",
    "",
    "氢能",
    "",
];

#[test]
fn intake_rows_import_as_the_csv_importer_reads_them() {
    let xlsx = intake_book(&[HEADER, ROW1, &[], ROW2]);
    let from_xlsx = parse_cases_xlsx_in(&xlsx, Lang::Zh).unwrap();
    let csv: String = [HEADER, ROW1, ROW2]
        .iter()
        .map(|r| r.join(",") + "\n")
        .collect();
    let from_csv = parse_cases_csv_in(csv.as_bytes(), Lang::Zh).unwrap();
    assert_eq!(from_xlsx, from_csv);
    let a = &from_xlsx[0];
    assert_eq!(a.issuer.registered_on, NaiveDate::from_ymd_opt(2008, 3, 11));
    assert_eq!(a.issuer.contact.mobile, "13904721234");
    assert_eq!(a.issuer.org_type, OrgType::TechEnterprise);
    assert_eq!(
        a.achievement.ip_types,
        [IpType::Patent, IpType::TradeSecret]
    );
    assert_eq!(a.achievement.estimated_investment, Some(Yuan(12_005_000)));
    assert_eq!(from_xlsx[1].field, Some(Field::Hydrogen));
}

#[test]
fn bad_cells_are_named_by_sheet_and_cell() {
    let mut bad = ROW2.to_vec();
    bad[1] = "去年";
    bad[8] = "核能";
    let mut no_name = ROW1.to_vec();
    no_name[5] = "";
    let xlsx = intake_book(&[HEADER, ROW1, &bad, &no_name]);
    let errs = parse_cases_xlsx_in(&xlsx, Lang::Zh).unwrap_err();
    let got: Vec<String> = errs.iter().map(|e| e.describe(Lang::Zh)).collect();
    // Row 1 is the title, row 2 the header: the bad row is sheet row 4.
    assert!(got[0].starts_with("征集表!B4 注册时间: "), "{got:?}");
    assert!(got[1].starts_with("征集表!I4 聚焦领域: "), "{got:?}");
    assert!(
        got[1].contains("稀土"),
        "the accepted values are listed: {got:?}"
    );
    assert!(got[2].starts_with("征集表!F5 成果名称: "), "{got:?}");
    assert_eq!(got.len(), 3);
}

#[test]
fn header_problems_name_the_header_cell() {
    let xlsx = intake_book(&[&["单位名称", "成果名称", "微信号"], &["甲", "乙", "x"]]);
    let errs = parse_cases_xlsx_in(&xlsx, Lang::En).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert!(errs[0].field.starts_with("征集表!C2 微信号"), "{errs:?}");
    assert!(errs[0].message.contains("Achievement name"), "{errs:?}");
}

#[test]
fn an_empty_or_foreign_file_is_refused_with_a_message() {
    let empty = Workbook::new().save_to_buffer().unwrap();
    let errs = parse_cases_xlsx_in(&empty, Lang::En).unwrap_err();
    assert!(errs[0].message.contains("no data"), "{errs:?}");
    let errs = parse_cases_xlsx_in("单位名称,成果名称\n".as_bytes(), Lang::En).unwrap_err();
    assert!(errs[0].message.contains("zip"), "{errs:?}");
    // A zip that is not a workbook (a .docx renamed .xlsx).
    let docx = crate::io::docx_build::filled_form();
    let errs = parse_cases_xlsx_in(&docx, Lang::En).unwrap_err();
    assert!(errs[0].message.contains("workbook"), "{errs:?}");
}

#[test]
fn far_columns_are_ignored_and_cells_named_in_letters() {
    assert_eq!(column_letters(0), "A");
    assert_eq!(column_letters(25), "Z");
    assert_eq!(column_letters(26), "AA");
    assert_eq!(column_letters(16_383), "XFD");
    assert_eq!(sheet_ref("My sheet"), "'My sheet'");
    assert_eq!(sheet_ref("征集表"), "征集表");
    let mut book = Workbook::new();
    let s = book.add_worksheet();
    s.write_string(0, 0, "单位名称").unwrap();
    s.write_string(0, 1, "成果名称").unwrap();
    s.write_string(1, 0, "甲").unwrap();
    s.write_string(1, 1, "乙").unwrap();
    s.write_string(1_048_575, 16_383, "far away").unwrap();
    let xlsx = book.save_to_buffer().unwrap();
    let cases = parse_cases_xlsx_in(&xlsx, Lang::Zh).unwrap();
    assert_eq!(cases.len(), 1);
}

#[test]
fn an_exported_report_is_named_as_such_on_import() {
    let xlsx = to_xlsx(&demo(), Lang::Zh).unwrap();
    let errs = parse_cases_xlsx_in(&xlsx, Lang::En).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].message.contains("json"), "{errs:?}");
    let csv = to_csv(&demo(), Lang::En);
    let errs = parse_cases_csv_in(csv.as_bytes(), Lang::En).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
}

/// The workbook with one entry's bytes replaced (stored whole, so the zip stays valid and
/// only the XML is hostile).
fn with_entry(book: &[u8], name: &str, data: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(Cursor::new(book)).unwrap();
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for i in 0..archive.len() {
        let mut e = archive.by_index(i).unwrap();
        let entry_name = e.name().unwrap().to_string();
        let mut bytes = Vec::new();
        e.read_to_end(&mut bytes).unwrap();
        w.start_file(entry_name.as_str(), opts).unwrap();
        w.write_all(if entry_name == name { data } else { &bytes })
            .unwrap();
    }
    w.finish().unwrap().into_inner()
}

mod hostile {
    use super::*;
    use proptest::prelude::*;

    /// A dimension whose end is before its start made calamine's debug build panic on an
    /// underflow (found by the property below): the import names the damaged workbook.
    #[test]
    fn a_backwards_dimension_is_an_error_not_a_panic() {
        let book = intake_book(&[HEADER, ROW1, ROW2]);
        let name = "xl/worksheets/sheet1.xml";
        let xml = entry(&book, name);
        let start = xml.find("<dimension ref=\"").expect("a dimension") + 16;
        let end = start + xml[start..].find('"').unwrap();
        let xml = format!("{}B9:A1{}", &xml[..start], &xml[end..]);
        let r = parse_cases_xlsx_in(&with_entry(&book, name, xml.as_bytes()), Lang::En);
        assert!(r.is_err(), "{r:?}");
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// Whatever the sheet or shared strings hold, import answers; it never panics.
        #[test]
        fn mangled_workbook_xml_is_an_error_not_a_panic(
            cut in 0usize..4000,
            flips in proptest::collection::vec((0usize..4000, any::<u8>()), 0..6),
            which in 0usize..2,
        ) {
            let book = intake_book(&[HEADER, ROW1, ROW2]);
            let name = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"][which];
            let mut xml = entry(&book, name).into_bytes();
            for (at, b) in flips {
                if !xml.is_empty() {
                    let i = at % xml.len();
                    xml[i] = b;
                }
            }
            xml.truncate(cut.max(1).min(xml.len()));
            let _ = parse_cases_xlsx_in(&with_entry(&book, name, &xml), Lang::En);
        }
    }
}
