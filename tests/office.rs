//! Issue 14, against the real binary on temporary stores: files as offices save them
//! (GBK, GB18030, byte-order marks), the 榜单 and 公示 documents, the report workbook and
//! the daily digest.

mod support;

use jiebang::io::encoding::{TextEncoding, encode};
use serde_json::Value;
use support::common::*;

const INTAKE: &str = "单位名称,成果名称,聚焦领域,注册地区,联系人姓名,手机,拟转化科技成果情况,建议实施时限,项目预计总投入(万元)
包头市金蒙稀土有限责任公司,高丰度稀土永磁电机,稀土,包头市,王岩,13812345678,\"已在两条产线应用，节能 12%\",2年,1200.5
鄂尔多斯氢能装备研究院,兆瓦级碱性电解槽,氢能,鄂尔多斯市,李娜,13900001111,中试完成,3年,800
";

/// The stored cases as JSON, without the import instants (the clock runs).
fn stored(env: &Env) -> Value {
    let (code, out, err) = env.run(&["export", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let mut v: Value = serde_json::from_str(&out).unwrap();
    strip_instants(&mut v);
    v
}

fn strip_instants(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|k, _| !k.ends_with("_at") && k != "at");
            m.values_mut().for_each(strip_instants);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_instants),
        _ => {}
    }
}

/// Imports `bytes` as CSV into a fresh store; the stored cases and the import report.
fn import_csv(bytes: &[u8]) -> (Value, String) {
    let env = Env::new();
    let p = env.write("intake.csv", bytes);
    let (code, out, err) = env.run(&["--lang", "en", "import", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    (stored(&env), out)
}

#[test]
fn the_same_rows_in_every_office_encoding_give_identical_cases() {
    let gbk = encoding_rs::GBK.encode(INTAKE);
    assert!(!gbk.2, "the fixture is GBK-encodable");
    let (reference, report) = import_csv(INTAKE.as_bytes());
    assert!(report.contains("file encoding: UTF-8\n"), "{report}");
    assert_eq!(reference.as_array().unwrap().len(), 2);
    for (bytes, name) in [
        (encode(INTAKE, TextEncoding::Utf8Bom), "UTF-8 with BOM"),
        (gbk.0.into_owned(), "GBK"),
    ] {
        let (cases, report) = import_csv(&bytes);
        assert_eq!(cases, reference, "{name}");
        assert!(
            report.contains(&format!("file encoding: {name}")),
            "{report}"
        );
    }
    // A name outside GBK (𠮷, CJK extension B) makes a spreadsheet save GB18030
    // four-byte sequences.
    let rare = INTAKE.replace("王岩", "王𠮷");
    let (reference, _) = import_csv(rare.as_bytes());
    let (cases, report) = import_csv(&encode(&rare, TextEncoding::Gb18030));
    assert_eq!(cases, reference);
    assert!(report.contains("file encoding: GB18030"), "{report}");
    assert!(cases.to_string().contains("王𠮷"));
}

#[test]
fn utf16_and_binary_files_are_refused_and_nothing_is_written() {
    let env = Env::new();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(INTAKE.encode_utf16().flat_map(u16::to_le_bytes));
    for (name, bytes, says) in [
        ("u16.csv", utf16, "UTF-16"),
        (
            "book.csv",
            b"PK\x03\x04\x14\x00\x06\x00".to_vec(),
            "not text",
        ),
    ] {
        let p = env.write(name, &bytes);
        let (code, _, err) = env.run(&["--lang", "en", "import", p.to_str().unwrap()]);
        assert_eq!(code, 2, "{name}: {err}");
        assert!(err.contains(says), "{name}: {err}");
        assert!(
            !env.db.exists(),
            "{name}: a refused import created the store"
        );
    }
}

#[test]
fn csv_export_to_a_file_carries_a_bom_unless_told_otherwise() {
    let env = Env::new();
    let p = env.write("intake.csv", INTAKE.as_bytes());
    assert_eq!(env.run(&["import", p.to_str().unwrap()]).0, 0);
    let out = |args: &[&str], name: &str| {
        let path = env.path(name);
        let mut all = vec!["export", "--format", "csv", "-o", path.to_str().unwrap()];
        all.extend_from_slice(args);
        let (code, _, err) = env.run(&all);
        assert_eq!(code, 0, "{err}");
        file_bytes(&path)
    };
    let (_, piped, _) = env.run(&["export", "--format", "csv"]);
    assert!(!piped.starts_with('\u{feff}'), "stdout stays plain UTF-8");
    let bom = out(&[], "bom.csv");
    assert!(bom.starts_with(b"\xEF\xBB\xBF"));
    assert_eq!(&bom[3..], piped.as_bytes());
    let plain = out(&["--no-bom"], "plain.csv");
    assert_eq!(plain, piped.as_bytes());
    let gb = out(&["--encoding", "gb18030"], "gb.csv");
    assert_eq!(
        encoding_rs::GB18030.decode_without_bom_handling(&gb).0,
        piped
    );
    assert!(gb.windows(2).any(|w| w == [0xB0, 0xFC]), "包 in GB18030");
    // The options only mean something for CSV, and a wrong name is named.
    let (code, _, err) = env.run(&[
        "--lang",
        "en",
        "export",
        "--encoding",
        "latin1",
        "--format",
        "csv",
    ]);
    assert!(code == 2 && err.contains("latin1"), "{err}");
    let (code, _, _) = env.run(&["export", "--no-bom", "--format", "json"]);
    assert_eq!(code, 2);
}

// -- publish bangdan --------------------------------------------------------------------

fn demo_env() -> Env {
    let env = Env::new();
    let (code, _, err) = env.run(&["demo"]);
    assert_eq!(code, 0, "{err}");
    env
}

/// The cases `list` gives for a filter query.
fn listed(env: &Env, filter: &str) -> Vec<jiebang::domain::Case> {
    let (code, out, err) = env.run(&["list", "--filter", filter, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn write_doc(env: &Env, args: &[&str], name: &str) -> Vec<u8> {
    let path = env.path(name);
    let mut all = args.to_vec();
    all.extend(["-o", path.to_str().unwrap()]);
    let (code, out, err) = env.run(&all);
    assert_eq!(code, 0, "{args:?}: {err}");
    assert!(out.contains(name), "{out}");
    file_bytes(&path)
}

#[test]
fn the_bangdan_lists_every_open_case_once_in_its_fields_table() {
    use jiebang::io::bangdan::SUMMARY_CHARS;
    use jiebang::io::doc_style::clip;
    let env = demo_env();
    let mut open = listed(&env, "stage:published");
    open.extend(listed(&env, "stage:applying"));
    assert!(open.len() >= 5, "the demo has open cases");
    let bytes = write_doc(
        &env,
        &["publish", "bangdan", "--batch", "2026年第二批"],
        "榜单.docx",
    );
    let tables = jiebang::io::docx::read_tables(&bytes, jiebang::i18n::Lang::Zh).unwrap();
    // Each table: the field caption, the header, then one row per case.
    let rows: usize = tables.iter().map(|t| t.len() - 2).sum();
    assert_eq!(rows, open.len(), "no case twice, none missing");
    for t in &tables {
        assert_eq!(t[1][0], "序号");
        assert_eq!(t[1][4], "成果/需求简介");
    }
    for case in &open {
        let field = case.field.unwrap().label(jiebang::i18n::Lang::Zh);
        let hits: Vec<(&Vec<Vec<String>>, &Vec<String>)> = tables
            .iter()
            .flat_map(|t| t[2..].iter().map(move |r| (t, r)))
            .filter(|(_, r)| r[1] == case.achievement.name && r[2] == case.issuer.name)
            .collect();
        assert_eq!(hits.len(), 1, "{} once", case.id);
        let (table, row) = hits[0];
        assert!(
            table[0][0].ends_with(field),
            "{} in {}",
            case.id,
            table[0][0]
        );
        assert_eq!(row[4], clip(&case.achievement.description, SUMMARY_CHARS));
        assert_eq!(row[3], case.kind.label(jiebang::i18n::Lang::Zh));
    }
    // The title carries the batch; the page is A4 landscape with a page-number footer.
    let doc = zip_entry(&bytes, "word/document.xml");
    assert!(doc.contains("揭榜挂帅项目榜单（2026年第二批）"));
    assert!(
        doc.contains(r#"w:w="16838" w:h="11906""#) && doc.contains("landscape"),
        "A4 landscape"
    );
    assert!(doc.contains("仿宋"));
    let footer = zip_entry(&bytes, "word/footer1.xml");
    assert!(
        footer.contains("PAGE") && footer.contains("NUMPAGES"),
        "{footer}"
    );
}

#[test]
fn the_bangdan_workbook_has_a_sheet_per_field_and_refuses_to_overwrite() {
    use calamine::{Reader, Xlsx};
    let env = demo_env();
    let mut open = listed(&env, "stage:published");
    open.extend(listed(&env, "stage:applying"));
    let bytes = write_doc(&env, &["publish", "bangdan"], "榜单.xlsx");
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let mut rows = 0;
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        let in_field = open
            .iter()
            .filter(|c| c.field.unwrap().label(jiebang::i18n::Lang::Zh) == name)
            .count();
        assert_eq!(range.height() - 3, in_field, "{name}");
        rows += in_field;
    }
    assert_eq!(rows, open.len());
    // An existing file is replaced only with --force; a folder never.
    let path = env.path("榜单.xlsx");
    let (code, _, err) = env.run(&["publish", "bangdan", "-o", path.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    let dir = env.path("folder.docx");
    std::fs::create_dir(&dir).unwrap();
    let (code, _, _) = env.run(&["publish", "bangdan", "--force", "-o", dir.to_str().unwrap()]);
    assert_eq!(code, 2);
    let (code, _, err) = env.run(&["--lang", "en", "publish", "bangdan", "-o", "list.pdf"]);
    assert!(code == 2 && err.contains(".docx"), "{err}");
}

fn zip_entry(bytes: &[u8], name: &str) -> String {
    let entry = jiebang::io::office::read_entry(bytes, name, "docx", jiebang::i18n::Lang::En);
    String::from_utf8(entry.unwrap().expect(name)).unwrap()
}

// -- publish gongshi --------------------------------------------------------------------

fn taker(name: &str, code: &str) -> jiebang::domain::Taker {
    use jiebang::domain::*;
    let mut org = issuer();
    org.name = name.into();
    org.credit_code = credit_code::with_check_char(code).unwrap();
    Taker {
        org,
        status: TakerStatus::Selected,
        ..Taker::default()
    }
}

fn announcing_env() -> Env {
    use jiebang::domain::*;
    let env = Env::new();
    let mut a = case("JB-2026-0001", Stage::Announcing);
    a.takers = vec![taker("包头稀土研究院有限公司", "91150200MA0N8Q3K1")];
    let mut b = case("JB-2026-0002", Stage::Announcing);
    b.field = Some(Field::Hydrogen);
    b.achievement.name = "兆瓦级碱性电解槽".into();
    let mut lead = taker("鄂尔多斯氢能装备有限公司", "91150600MA0N8Q4K1");
    lead.consortium = vec![Org::named("内蒙古工业大学")];
    let mut out = taker("落选公司", "91150600MA0N8Q5K1");
    out.status = TakerStatus::Eliminated;
    b.takers = vec![lead, out];
    env.import(&[a, b, case("JB-2026-0003", Stage::Published)]);
    env
}

#[test]
fn the_gongshi_counts_working_days_across_national_day_and_records_the_start() {
    let env = announcing_env();
    let path = env.path("公示.docx");
    let args = [
        "publish",
        "gongshi",
        "--start",
        "2026-09-28",
        "--objections-to",
        "成果转化处 0471-1234567",
        "-o",
        path.to_str().unwrap(),
    ];
    let (code, out, err) = env.run(&args);
    assert_eq!(code, 0, "{err}");
    // 5 working days from Monday 28 September: 28, 29, 30 September, then 国庆 until the
    // 8th, then Friday 9 October.
    let period = "公示期：2026年9月28日 至 2026年10月9日（5 个工作日）";
    assert!(out.contains(period), "{out}");
    assert!(
        out.contains("已为 2 个项目记录公示开始日期 2026-09-28"),
        "{out}"
    );
    let bytes = file_bytes(&path);
    let doc = zip_entry(&bytes, "word/document.xml");
    assert!(doc.contains(period) && doc.contains("成果转化处 0471-1234567"));
    let tables = jiebang::io::docx::read_tables(&bytes, jiebang::i18n::Lang::Zh).unwrap();
    assert_eq!(tables.len(), 1);
    let rows = &tables[0];
    assert_eq!(
        rows.len(),
        3,
        "header and the two announcing cases: {rows:?}"
    );
    assert_eq!(rows[1][4], "包头稀土研究院有限公司");
    assert_eq!(rows[2][1], "兆瓦级碱性电解槽");
    assert_eq!(
        rows[2][4],
        "鄂尔多斯氢能装备有限公司（联合体成员：内蒙古工业大学）"
    );
    for id in ["JB-2026-0001", "JB-2026-0002"] {
        assert_eq!(
            env.case(id).publicity.start,
            Some(date("2026-09-28")),
            "{id}"
        );
    }
    assert_eq!(env.case("JB-2026-0003").publicity.start, None);
    // Issued again: the recorded start is kept and nothing changes.
    let rev = env.case("JB-2026-0001").rev;
    let (code, out, err) = env.run(&[
        "publish",
        "gongshi",
        "--force",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(period) && out.contains("已为 0 个项目"),
        "{out}"
    );
    assert_eq!(env.case("JB-2026-0001").rev, rev);
    // Another start for cases already publicised is refused, naming each case.
    let (code, _, err) = env.run(&[
        "publish",
        "gongshi",
        "--start",
        "2026-10-12",
        "--force",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("JB-2026-0001") && err.contains("2026-09-28"),
        "{err}"
    );
    assert_eq!(env.case("JB-2026-0001").rev, rev);
}

// -- report -----------------------------------------------------------------------------

#[test]
fn the_report_workbook_reads_back_with_totals_equal_to_list_counts() {
    use calamine::{Data, Reader, Xlsx};
    let env = demo_env();
    let bytes = write_doc(&env, &["--lang", "en", "report"], "report.xlsx");
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Summary",
            "Stage x field",
            "Regions",
            "Subsidies",
            "Overdue and stale"
        ]
    );
    let num = |d: &Data| match d {
        Data::Float(f) => *f as usize,
        Data::Int(i) => *i as usize,
        other => panic!("not a number: {other:?}"),
    };
    let all = listed(&env, "").len();
    let grid = book.worksheet_range("Stage x field").unwrap();
    let rows: Vec<&[Data]> = grid.rows().collect();
    let total_col = rows[0].len() - 1;
    assert_eq!(num(&rows[rows.len() - 1][total_col]), all);
    for (i, stage) in jiebang::domain::vocab::Stage::ALL.iter().enumerate() {
        let n = listed(&env, &format!("stage:{}", stage.id())).len();
        assert_eq!(num(&rows[i + 1][total_col]), n, "{stage:?}");
    }
    let summary = book.worksheet_range("Summary").unwrap();
    let figure = |label: &str| {
        let row = summary
            .rows()
            .find(|r| r[0].to_string() == label)
            .expect(label);
        num(&row[1])
    };
    assert_eq!(figure("Cases"), all);
    assert_eq!(figure("Overdue cases"), listed(&env, "overdue").len());
    let regions = book.worksheet_range("Regions").unwrap();
    let last = regions.rows().last().unwrap();
    assert_eq!(
        (last[0].to_string(), num(&last[1])),
        ("Total".to_string(), all)
    );
    let late = book.worksheet_range("Overdue and stale").unwrap();
    assert!(late.height() > 1, "the demo has late cases");
    // The summary sheet carries three native charts.
    let raw = file_bytes(&env.path("report.xlsx"));
    for n in 1..=3 {
        let chart = jiebang::io::office::read_entry(
            &raw,
            &format!("xl/charts/chart{n}.xml"),
            "xlsx",
            jiebang::i18n::Lang::En,
        );
        assert!(chart.unwrap().is_some(), "chart {n}");
    }
    // A period keeps only the cases opened in it; a reversed one is refused.
    let (code, out, err) = env.run(&[
        "--lang",
        "en",
        "report",
        "--from",
        "2031-01-01",
        "-o",
        env.path("empty.xlsx").to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(": 0 cases"), "{out}");
    let (code, _, _) = env.run(&[
        "report",
        "--from",
        "2026-12-01",
        "--to",
        "2026-01-01",
        "-o",
        env.path("x.xlsx").to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
}
