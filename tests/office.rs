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
