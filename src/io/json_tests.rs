use super::*;
use crate::domain::{Field, Kind, Org, Stage};
use chrono::{DateTime, Utc};

fn at() -> DateTime<Utc> {
    "2026-11-26T02:00:00Z".parse().unwrap()
}

fn case(id: &str) -> Case {
    let mut c = Case::new(
        id.into(),
        Kind::Transformation,
        Org::named("包头稀土研究院"),
        "废抛光粉再生",
        at(),
    );
    c.field = Some(Field::RareEarth);
    c
}

fn errors(json: &str) -> Vec<RowError> {
    parse_cases_in(json.as_bytes(), Lang::En).unwrap_err()
}

#[test]
fn round_trip_is_exact() {
    let cases = vec![case("JB-2026-0001"), case("JB-2026-0002")];
    let back = parse_cases(to_json(&cases).as_bytes()).unwrap();
    assert_eq!(back, cases);
}

#[test]
fn object_with_cases_array_is_accepted() {
    let text = format!(
        "{{\"reference_date\":\"2026-11-26\",\"cases\":{}}}",
        to_json(&[case("JB-2026-0001")])
    );
    assert_eq!(parse_cases(text.as_bytes()).unwrap().len(), 1);
}

#[test]
fn labels_are_accepted_where_ids_are() {
    let json = to_json(&[case("JB-2026-0001")])
        .replace("\"collecting\"", "\"评审推荐\"")
        .replace("\"rare_earth\"", "\"氢能\"");
    let c = &parse_cases(json.as_bytes()).unwrap()[0];
    assert_eq!(c.stage, Stage::Reviewing);
    assert_eq!(c.field, Some(Field::Hydrogen));
}

#[test]
fn every_bad_row_is_reported_with_its_path() {
    let good = serde_json::to_value(case("JB-2026-0001")).unwrap();
    let mut bad_stage = serde_json::to_value(case("JB-2026-0002")).unwrap();
    bad_stage["stage"] = "reviewed".into();
    let mut bad_staff = serde_json::to_value(case("JB-2026-0003")).unwrap();
    bad_staff["issuer"]["staff_total"] = "many".into();
    let mut missing = serde_json::to_value(case("JB-2026-0004")).unwrap();
    missing["notes"] = serde_json::json!([{"author": "王", "text": "t"}]);
    let rows = serde_json::to_string(&vec![good, bad_stage, bad_staff, missing]).unwrap();
    let errs = errors(&rows);
    assert_eq!(errs.len(), 3, "{errs:#?}");

    assert_eq!(errs[0].row, 2);
    assert_eq!(errs[0].id.as_deref(), Some("JB-2026-0002"));
    assert_eq!(errs[0].field, "stage");
    assert!(errs[0].message.contains("reviewed"), "{}", errs[0].message);
    assert!(
        errs[0].message.contains("reviewing (评审推荐)"),
        "{}",
        errs[0].message
    );

    assert_eq!(
        (errs[1].row, errs[1].field.as_str()),
        (3, "issuer.staff_total")
    );
    assert_eq!((errs[2].row, errs[2].field.as_str()), (4, "notes[0]"));
    assert!(errs[2].message.contains("`at`"), "{}", errs[2].message);
}

#[test]
fn unknown_field_and_kind_are_named() {
    let mut v = serde_json::to_value(case("JB-2026-0001")).unwrap();
    v["kind"] = "research".into();
    v["issuer"]["contact"]["wechat"] = "x".into();
    let errs = errors(&serde_json::to_string(&vec![v]).unwrap());
    let fields: Vec<_> = errs.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["issuer.contact.wechat", "kind"], "{errs:#?}");
    assert!(errs[0].message.contains("mobile"));
    assert!(errs[1].message.contains("breakthrough"));
}

#[test]
fn tranche_kind_lists_tranche_kinds() {
    let mut v = serde_json::to_value(case("JB-2026-0001")).unwrap();
    v["tranches"] = serde_json::json!([{"amount": 1, "date": "2026-01-01", "kind": "loan"}]);
    let errs = errors(&serde_json::to_string(&vec![v]).unwrap());
    assert_eq!(errs[0].field, "tranches[0].kind");
    assert!(
        errs[0].message.contains("pre_funding"),
        "{}",
        errs[0].message
    );
}

#[test]
fn duplicate_ids_are_refused() {
    let json = to_json(&[case("JB-2026-0001"), case("JB-2026-0001")]);
    let errs = errors(&json);
    assert_eq!(errs.len(), 1);
    assert_eq!((errs[0].row, errs[0].field.as_str()), (2, "id"));
    assert!(errs[0].message.contains("row 1"), "{}", errs[0].message);
}

#[test]
fn file_level_problems() {
    let not_array = errors("{\"id\": 1}");
    assert_eq!(not_array[0].row, 0);
    assert!(not_array[0].message.contains("array"));

    let syntax = errors("[\n{\"id\": }\n]");
    assert!(
        syntax[0].message.contains("line 2"),
        "{}",
        syntax[0].message
    );

    let scalar_row = errors("[1]");
    assert_eq!(scalar_row[0].row, 1);

    assert_eq!(parse_cases(b"[]").unwrap(), vec![]);
}

#[test]
fn deep_nesting_is_refused_before_serde() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let errs = errors(&deep);
    assert!(errs[0].message.contains("64"), "{}", errs[0].message);
    // Brackets inside strings do not count.
    let quoted = format!("[\"{}\"]", "[".repeat(100));
    assert_eq!(errors(&quoted)[0].row, 1);
    assert_eq!(too_deep(b"[[[]]]", 3), None);
    assert_eq!(too_deep(b"[[[[]]]]", 3), Some(3));
    // Escaped quotes and backslashes keep a string open or close it where JSON does.
    assert_eq!(too_deep(br#"["a\"[[[[", "\\", [[]]]"#, 3), None);
    assert_eq!(too_deep(br#"["\\", [[[]]]]"#, 3), Some(9));
    assert_eq!(too_deep(br#"["\\\"[[[[[", [[]]]"#, 3), None);
}

#[test]
fn encoding_problems_are_named() {
    // GBK is decoded: what is reported is the row, not the encoding.
    let gbk = b"[{\"id\": \"\xB0\xFC\xCD\xB7\"}]";
    let errs = parse_cases_in(gbk, Lang::En).unwrap_err();
    assert!(errs.iter().all(|e| e.row == 1), "{errs:?}");
    let bad = parse_cases_in(b"[\"\xC3\x28\"]", Lang::En).unwrap_err();
    assert!(bad[0].message.contains("byte 2"), "{}", bad[0].message);
}

#[test]
fn megabyte_strings_are_parsed() {
    let mut c = case("JB-2026-0001");
    c.achievement.description = "储".repeat(1 << 20);
    let back = parse_cases(to_json(&[c.clone()]).as_bytes()).unwrap();
    assert_eq!(back[0], c);
    let mut v = serde_json::to_value(&c).unwrap();
    v["rev"] = "x".repeat(1 << 20).into();
    let errs = errors(&serde_json::to_string(&vec![v]).unwrap());
    assert_eq!(errs[0].field, "rev");
}

#[test]
fn describe_is_terminal_safe() {
    let e = RowError {
        row: 3,
        id: Some("JB\x1b[2J".into()),
        field: "issuer.name".into(),
        message: "bad\x07".into(),
    };
    let line = e.describe(Lang::En);
    assert_eq!(line, "row 3 [JB\\u{1b}[2J] issuer.name: bad\\u{7}");
}

#[test]
fn a_row_that_is_json_text_but_no_value_is_a_syntax_error_placed_in_the_file() {
    // A lone surrogate escape passes as a row's text; reading it as a value fails, and
    // the file is refused where serde_json's own reading of the file stopped.
    let errs = errors("[\n  {\"id\": \"JB-2026-0001\",\n   \"kind\": \"\\ud800x\"}\n]\n");
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].row, 0);
    assert_eq!(
        errs[0].message,
        "JSON syntax error at line 3, column 19: unexpected end of hex escape"
    );
    let errs = errors("[{\"id\": \"JB-2026-0001\", \"kind\": \"\\ud800x\"}]");
    assert!(
        errs[0].message.contains("line 1, column 40"),
        "{}",
        errs[0].message
    );
}

#[test]
fn every_vocabulary_id_reads_back_as_itself() {
    // Rows whose values are all ids skip the label mapping: it must leave an id alone.
    use crate::domain::records::{
        GateResult, MidtermVerdict, Objector, ReviewConclusion, ReviewStage,
    };
    use crate::domain::{AchievementType, IpType, OrgType, TakerStatus, TrancheKind, Verdict};
    fn each<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        id: fn(T) -> &'static str,
        parse: fn(&str) -> Option<T>,
    ) {
        for v in all {
            assert_eq!(parse(id(*v)), Some(*v), "{}", id(*v));
        }
    }
    each(Kind::ALL, Kind::id, Kind::parse);
    each(Field::ALL, Field::id, Field::parse);
    each(Stage::ALL, Stage::id, Stage::parse);
    each(OrgType::ALL, OrgType::id, OrgType::parse);
    each(
        AchievementType::ALL,
        AchievementType::id,
        AchievementType::parse,
    );
    each(IpType::ALL, IpType::id, IpType::parse);
    each(TakerStatus::ALL, TakerStatus::id, TakerStatus::parse);
    each(GateResult::ALL, GateResult::id, GateResult::parse);
    each(ReviewStage::ALL, ReviewStage::id, ReviewStage::parse);
    each(
        ReviewConclusion::ALL,
        ReviewConclusion::id,
        ReviewConclusion::parse,
    );
    each(
        MidtermVerdict::ALL,
        MidtermVerdict::id,
        MidtermVerdict::parse,
    );
    each(Objector::ALL, Objector::id, Objector::parse);
    each(TrancheKind::ALL, TrancheKind::id, TrancheKind::parse);
    each(Verdict::ALL, Verdict::id, Verdict::parse);
}

/// The checking road alone, for one row.
fn checked(row: Value) -> (Vec<Case>, Vec<RowError>) {
    let mut rows = Rows {
        text: "",
        lang: Lang::En,
        n: 1,
        errors: Vec::new(),
        cases: Vec::new(),
        seen: HashMap::new(),
        broken: None,
    };
    rows.check_value(row);
    (rows.cases, rows.errors)
}

#[test]
fn the_direct_road_reads_every_exported_case_as_the_checking_road_does() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    let mut cases = crate::io::demo::demo_cases(today).unwrap();
    cases.extend(crate::io::generate::generate(300, 11, today));
    for case in &cases {
        let text = serde_json::to_string_pretty(case).unwrap();
        let direct = read_exact(&text).expect("an exported case reads directly");
        let (slow, errs) = checked(serde_json::from_str(&text).unwrap());
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(slow, vec![direct.clone()]);
        assert_eq!(&direct, case);
    }
}

#[test]
fn rows_the_direct_road_doubts_take_the_checking_road() {
    let mut row = serde_json::to_value(case("JB-2026-0001")).unwrap();
    let text = |v: &Value| serde_json::to_string(v).unwrap();
    assert!(read_exact(&text(&row)).is_some());
    row["stage"] = "评审推荐".into();
    assert!(read_exact(&text(&row)).is_none(), "a label");
    row["stage"] = "reviewing".into();
    row["issuer"]["colour"] = "red".into();
    assert!(
        read_exact(&text(&row)).is_none(),
        "an unknown key, deep down"
    );
    let errs = errors(&format!("[{}]", text(&row)));
    assert_eq!(errs[0].field, "issuer.colour");
    let dup_key = text(&row).replacen("{", "{\"stage\":\"collecting\",", 1);
    assert!(read_exact(&dup_key).is_none(), "a key twice");
}
