//! The office formats of the contract, against the real binary on temporary stores:
//! `export --format xlsx`, `import` of xlsx intake rows and of a filled Word form, and
//! damaged or hostile files refused with exit 2 and the store untouched.

mod support;

use std::io::{Cursor, Write};
use std::path::Path;

use calamine::{Reader, Xlsx};
use jiebang::app::Format;
use jiebang::domain::*;
use jiebang::io::docx_build::{Cell, filled_form, filled_form_rows, form_docx, valid_credit_code};
use support::common::*;
use support::pty::Pty;

/// The first sheet's rows as text (numbers as Excel holds them).
fn sheet_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

/// Everything a failed import must leave as it was.
fn snapshot(env: &Env) -> (String, String) {
    let (code, cases, err) = env.run(&["export", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let (_, audit, _) = env.run(&["audit", "verify"]);
    (cases, audit)
}

fn env_with_one_case() -> Env {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    env
}

fn intake_xlsx(rows: &[&[&str]]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("征集表").unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            match v.parse::<f64>() {
                Ok(n) => sheet.write_number(r as u32, c as u16, n),
                Err(_) => sheet.write_string(r as u32, c as u16, *v),
            }
            .unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

const HEADER: &[&str] = &["单位名称", "成果名称", "聚焦领域", "注册资金(万)", "手机"];
const ROW1: &[&str] = &[
    "包头市金蒙稀土有限责任公司",
    "稀土抛光粉再生",
    "稀土",
    "3000",
    "13947100001",
];
const ROW2: &[&str] = &[
    "鄂尔多斯市氢能科技有限公司",
    "碱性电解槽",
    "氢能",
    "1500.5",
    "",
];

#[test]
fn export_xlsx_writes_a_workbook_to_a_file_or_a_pipe() {
    let env = env_with_one_case();
    let out = env.path("cases.xlsx");
    let (code, _, err) = env.run(&["export", "--format", "xlsx", "-o", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let rows = sheet_rows(&file_bytes(&out));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][0], "编号");
    assert_eq!(rows[1][0], "JB-2026-0001");
    // The same table as the CSV export.
    let (_, csv, _) = env.run(&["export", "--format", "csv"]);
    let csv_header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    assert_eq!(rows[0], csv_header);

    let piped = env
        .cmd()
        .args(["export", "--format", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(piped.status.code(), Some(0));
    assert_eq!(sheet_rows(&piped.stdout), rows);
}

#[test]
fn export_xlsx_to_a_terminal_is_refused() {
    let env = env_with_one_case();
    let db = env.db.to_str().unwrap().to_string();
    let config = env.path("config");
    let mut pty = Pty::spawn(
        &["--db", &db, "export", "--format", "xlsx"],
        &[
            ("JIEBANG_TODAY", TODAY),
            ("XDG_CONFIG_HOME", config.to_str().unwrap()),
        ],
        env.dir.path(),
        100,
        10,
    );
    assert_eq!(pty.wait_exit(20), Some(2));
    let screen = pty.screen();
    assert!(screen.contains("-o"), "{screen}");
    assert!(
        !pty.raw().windows(2).any(|w| w == b"PK"),
        "binary reached the terminal"
    );
}

#[test]
fn the_tui_export_picks_xlsx_from_the_extension() {
    assert_eq!(Format::from_path(Path::new("报表.xlsx")), Format::Xlsx);
    assert_eq!(Format::from_path(Path::new("a.XLSX")), Format::Xlsx);
    assert_eq!(Format::from_path(Path::new("form.docx")), Format::Docx);
    assert_eq!(Format::from_path(Path::new("a.csv")), Format::Csv);
    assert_eq!(Format::parse("xlsx"), Some(Format::Xlsx));
}

#[test]
fn docx_is_not_an_export_format() {
    let env = env_with_one_case();
    let (code, _, err) = env.run(&["export", "--format", "docx", "-o", "x.docx"]);
    assert_eq!(code, 2);
    assert!(err.contains("[possible values: json, csv, xlsx]"), "{err}");
}

#[test]
fn xlsx_intake_imports_as_csv_does_and_dry_run_writes_nothing() {
    let env = Env::new();
    let book = env.write("intake.xlsx", &intake_xlsx(&[HEADER, ROW1, ROW2]));
    let (code, out, err) = env.run(&["import", book.to_str().unwrap(), "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains('2'), "{out}");
    assert!(!env.db.exists(), "a dry run creates no store");

    let (code, _, err) = env.run(&["import", book.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (_, json, _) = env.run(&["list", "--format", "json"]);
    let from_xlsx: Vec<Case> = serde_json::from_str(&json).unwrap();

    let csv_env = Env::new();
    let text: String = [HEADER, ROW1, ROW2]
        .iter()
        .map(|r| r.join(",") + "\n")
        .collect();
    let csv = csv_env.write("intake.csv", text.as_bytes());
    assert_eq!(csv_env.run(&["import", csv.to_str().unwrap()]).0, 0);
    let (_, json, _) = csv_env.run(&["list", "--format", "json"]);
    let from_csv: Vec<Case> = serde_json::from_str(&json).unwrap();

    assert_eq!(from_xlsx.len(), 2);
    for (x, c) in from_xlsx.iter().zip(&from_csv) {
        assert_eq!(
            (&x.id, &x.issuer, &x.achievement),
            (&c.id, &c.issuer, &c.achievement)
        );
        assert_eq!((x.field, x.kind, x.stage), (c.field, c.kind, c.stage));
    }
    assert_eq!(
        from_xlsx[0].issuer.registered_capital,
        Some(Yuan::from_wan(3000))
    );
    assert_eq!(from_xlsx[0].issuer.contact.mobile, "13947100001");
}

#[test]
fn bad_xlsx_cells_are_named_and_nothing_is_written() {
    let env = env_with_one_case();
    let before = snapshot(&env);
    let bad: &[&str] = &["", "成果", "核能", "三千", ""];
    let book = env.write("bad.xlsx", &intake_xlsx(&[HEADER, ROW1, bad]));
    let (code, _, err) = env.run(&["import", book.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    for cell in [
        "征集表!C3 聚焦领域",
        "征集表!D3 注册资金(万)",
        "征集表!A3 单位名称",
    ] {
        assert!(err.contains(cell), "{cell} missing from: {err}");
    }
    assert_eq!(snapshot(&env), before);
}

#[test]
fn a_filled_word_form_is_shown_by_a_dry_run_then_imported() {
    let env = env_with_one_case();
    let form = env.write("附件1.docx", &filled_form());
    let (code, out, err) = env.run(&["import", form.to_str().unwrap(), "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("晶界扩散低重稀土高矫顽力钕铁硼磁体制备技术"),
        "{out}"
    );
    assert!(
        out.contains("单位名称：包头稀宝永磁材料科技有限公司"),
        "{out}"
    );
    assert!(out.contains("聚焦领域：稀土"), "{out}");
    assert!(out.contains("项目预计总投入(万元)：3500 万元"), "{out}");
    assert_eq!(
        env.run(&["list", "--format", "json"])
            .1
            .matches("\"id\"")
            .count(),
        1
    );

    let (code, _, err) = env.run(&["import", form.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let c = env.case("JB-2026-0002");
    assert_eq!(c.issuer.name, "包头稀宝永磁材料科技有限公司");
    assert_eq!(c.issuer.credit_code, valid_credit_code());
    assert_eq!(c.field, Some(Field::RareEarth));
    assert_eq!(c.stage, Stage::Collecting);
}

#[test]
fn a_word_form_with_errors_names_the_labels() {
    let env = env_with_one_case();
    let before = snapshot(&env);
    let code17 = valid_credit_code();
    let mut rows = filled_form_rows(&code17);
    rows[1] = vec![Cell::Text("单位名称："), Cell::Span("", 6)];
    rows[6][2] = Cell::Text("很多");
    let form = env.write("bad.docx", &form_docx(&rows));
    let (code, _, err) = env.run(&["import", form.to_str().unwrap(), "--dry-run"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("单位名称: 必填项为空"), "{err}");
    assert!(err.contains("单位总人数(人): "), "{err}");
    assert_eq!(env.run(&["import", form.to_str().unwrap()]).0, 2);
    assert_eq!(snapshot(&env), before);
}

fn zip_bomb(entry: &str) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    w.start_file("[Content_Types].xml", opts).unwrap();
    w.write_all(b"<Types/>").unwrap();
    w.start_file(entry, opts).unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..65 {
        w.write_all(&zeros).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn damaged_and_hostile_files_are_refused_with_the_store_untouched() {
    let env = env_with_one_case();
    let before = snapshot(&env);
    let export = env.path("good.xlsx");
    env.run(&["export", "--format", "xlsx", "-o", export.to_str().unwrap()]);
    let good_xlsx = file_bytes(&export);
    let good_docx = filled_form();
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend([0u8; 512]);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "half.xlsx",
            good_xlsx[..good_xlsx.len() / 2].to_vec(),
            "damaged",
        ),
        (
            "half.docx",
            good_docx[..good_docx.len() / 2].to_vec(),
            "damaged",
        ),
        ("bomb.xlsx", zip_bomb("xl/worksheets/sheet1.xml"), "64 MiB"),
        ("bomb.docx", zip_bomb("word/document.xml"), "64 MiB"),
        (
            "renamed.xlsx",
            "单位名称,成果名称\n甲,乙\n".as_bytes().to_vec(),
            "zip",
        ),
        ("old.xls", ole.clone(), ".xls"),
        ("old.doc", ole, ".doc"),
        ("empty.docx", Vec::new(), "zip"),
        ("workbook.docx", good_xlsx.clone(), "document.xml"),
        ("form.xlsx", good_docx.clone(), "workbook"),
    ];
    for (name, bytes, needle) in cases {
        let p = env.write(name, &bytes);
        for dry in [true, false] {
            let mut args = vec!["--lang", "en", "import", p.to_str().unwrap()];
            if dry {
                args.push("--dry-run");
            }
            let (code, out, err) = env.run(&args);
            assert_eq!(code, 2, "{name}: {out}{err}");
            assert!(err.starts_with("jiebang: "), "{name}: {err}");
            assert!(err.contains(needle), "{name}: expected {needle:?} in {err}");
            assert!(!err.contains("panicked"), "{name}: {err}");
        }
    }
    assert_eq!(snapshot(&env), before);
}

/// A form that a real word processor wrote: `tests/data/form_libreoffice.docx` is
/// LibreOffice 7's conversion of `form_libreoffice.html` (a 附件1 table as officers fill it:
/// `选 填` side cells, `注册资本 (万)` units, ☑ boxes, long texts in the row below their
/// heading). Regenerate with `soffice --headless --infilter="HTML (StarWriter)"
/// --convert-to docx:"MS Word 2007 XML" form_libreoffice.html`.
#[test]
fn a_form_written_by_libreoffice_imports_field_by_field() {
    let env = Env::new();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/form_libreoffice.docx");
    let (code, out, err) = env.run(&["import", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    let c = env.case("JB-2026-0001");
    assert_eq!(c.issuer.name, "包头稀宝新材料科技有限公司");
    assert_eq!(c.issuer.region, "包头市");
    assert_eq!(c.issuer.registered_on, Some(date("2016-05-12")));
    assert_eq!(c.issuer.registered_capital, Some(Yuan::from_wan(5000)));
    assert_eq!(c.issuer.legal_rep, "张建华");
    assert_eq!(c.issuer.main_business, "稀土永磁材料研发与生产");
    assert_eq!(
        (
            c.issuer.staff_total,
            c.issuer.staff_bachelor,
            c.issuer.staff_rd
        ),
        (Some(260), Some(140), Some(45))
    );
    assert_eq!(c.issuer.org_type, OrgType::NewRd);
    assert_eq!(c.issuer.contact.mobile, "13904725678");
    assert_eq!(c.achievement.name, "高丰度稀土永磁材料在风电电机中的应用");
    assert_eq!(c.achievement.owns_ip, Some(true));
    assert_eq!(c.achievement.ip_types, vec![IpType::Patent]);
    assert_eq!(c.field, Some(Field::RareEarth));
    assert!(
        c.achievement
            .description
            .starts_with("本成果针对镧铈资源积压问题"),
        "{:?}",
        c.achievement.description
    );
    assert!(c.achievement.team.contains("博士 9 人"));
    assert_eq!(c.achievement.suggested_period, "2年");
    assert_eq!(
        c.achievement.estimated_investment,
        Some(Yuan::from_wan(2800))
    );
}
