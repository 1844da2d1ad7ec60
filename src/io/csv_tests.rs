use super::*;
use crate::io::demo::{demo_cases, reference_date};

fn read(text: &str) -> Vec<Vec<String>> {
    ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn export_has_a_header_and_one_row_per_case() {
    let cases = demo_cases(reference_date().unwrap()).unwrap();
    let rows = read(&to_csv(&cases, Lang::Zh));
    assert_eq!(rows.len(), cases.len() + 1);
    assert_eq!(rows[0][0], "编号");
    assert_eq!(rows[0][3], "阶段");
    assert!(rows.iter().all(|r| r.len() == EXPORT.len()));
    let en = read(&to_csv(&cases, Lang::En));
    assert_eq!(en[0][0], "ID");
    for (row, case) in rows[1..].iter().zip(&cases) {
        assert_eq!(row[0], case.id);
        assert_eq!(row[3], case.stage.label(Lang::Zh));
        assert_eq!(row[15], case.subsidy_paid().wan_string());
    }
}

#[test]
fn commas_quotes_and_formulas_survive() {
    let mut c = Case::new(
        "JB-2026-0001".into(),
        Kind::Breakthrough,
        Org::named("包头北辰稀土，永磁\"材料\"有限公司"),
        "=HYPERLINK(\"x\")",
        DateTime::UNIX_EPOCH,
    );
    c.achievement.name.push_str("\n第二行");
    let text = to_csv(&[c], Lang::Zh);
    let rows = read(&text);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][5], "包头北辰稀土，永磁\"材料\"有限公司");
    assert_eq!(rows[1][4], "'=HYPERLINK(\"x\")\n第二行");
    assert_eq!(defuse("-12.5".into()), "-12.5");
    assert_eq!(defuse("+86 138".into()), "'+86 138");
}

const INTAKE_CSV: &str = "序号,单位名称,单位地址,注册时间,注册地区,注册资金（万）,单位类型,联系人姓名,手机,电子邮箱,成果名称,成果类型,是否拥有自主知识产权,知识产权类型,聚焦领域,拟转化科技成果情况,建议实施时限,项目预计总投入(万元)
1,长沙湘江储能科技有限公司,长沙市岳麓区,2015年3月,长沙市,5000,科技型企业,陈静,13812345678,chenjing@example.com,\"储能电站热管理系统，含液冷\",行业共性技术,是,专利权、商业秘密,大规模储能,成果已在两个项目应用。,2年,1200.5
,,,,,,,,,,,,,,,,,
2,重庆两江碳捕集技术研究院,,2012-06-01,重庆市,,其他：事业单位,,,,相变吸收剂,社会公益性,否,,碳捕集封存,,,
";

#[test]
fn intake_rows_become_new_cases() {
    let cases = parse_cases_csv(INTAKE_CSV.as_bytes()).unwrap();
    assert_eq!(cases.len(), 2);
    let a = &cases[0];
    assert_eq!(a.id, "");
    assert_eq!(a.stage, Stage::Collecting);
    assert_eq!(a.kind, Kind::Transformation);
    assert_eq!(a.issuer.name, "长沙湘江储能科技有限公司");
    assert_eq!(a.issuer.registered_on, NaiveDate::from_ymd_opt(2015, 3, 1));
    assert_eq!(a.issuer.registered_capital, Some(Yuan::from_wan(5000)));
    assert_eq!(a.issuer.org_type, OrgType::TechEnterprise);
    assert_eq!(a.achievement.name, "储能电站热管理系统，含液冷");
    assert_eq!(
        a.achievement.ip_types,
        vec![IpType::Patent, IpType::TradeSecret]
    );
    assert_eq!(a.achievement.owns_ip, Some(true));
    assert_eq!(a.field, Some(Field::EnergyStorage));
    assert_eq!(a.achievement.estimated_investment, Some(Yuan(12_005_000)));
    let b = &cases[1];
    assert_eq!(b.issuer.org_type, OrgType::Other);
    assert_eq!(b.issuer.org_type_other, "事业单位");
    assert_eq!(
        b.achievement.achievement_type,
        Some(AchievementType::PublicWelfare)
    );
    assert_eq!(b.field, Some(Field::Ccs));
}

#[test]
fn english_ids_are_accepted_as_headers() {
    let text =
        "issuer.name,achievement.name,kind,field\n包头鹿城稀土,废抛光粉再生,breakthrough,稀土\n";
    let c = &parse_cases_csv(text.as_bytes()).unwrap()[0];
    assert_eq!(c.kind, Kind::Breakthrough);
    assert_eq!(c.field, Some(Field::RareEarth));
}

#[test]
fn bad_rows_are_reported_by_line_and_column() {
    let text = "单位名称,成果名称,注册时间,单位总人数,聚焦领域\n甲公司,成果一,2020-01-01,100,氢能\n乙公司,成果二,去年,很多,核能\n,成果三,,,\n";
    let errs = parse_cases_csv_in(text.as_bytes(), Lang::En).unwrap_err();
    let got: Vec<(usize, &str)> = errs.iter().map(|e| (e.row, e.field.as_str())).collect();
    assert_eq!(
        got,
        [
            (3, "注册时间"),
            (3, "单位总人数"),
            (3, "聚焦领域"),
            (4, "单位名称")
        ],
        "{errs:#?}"
    );
    assert!(errs[2].message.contains("Hydrogen"), "{}", errs[2].message);
}

#[test]
fn header_problems_are_reported() {
    let errs = parse_cases_csv_in("单位名称,微信号\n甲,乙\n".as_bytes(), Lang::En).unwrap_err();
    assert!(errs.iter().any(|e| e.field == "微信号" && e.row == 1));
    assert!(errs.iter().any(|e| e.message.contains("Achievement name")));
    assert!(parse_cases_csv(b"").is_err());
    // 单位名称 saved as GBK: decoded, so the missing column is what is reported.
    let gbk = b"\xB5\xA5\xCE\xBB\xC3\xFB\xB3\xC6\n";
    let errs = parse_cases_csv_in(gbk, Lang::En).unwrap_err();
    assert!(errs.iter().any(|e| e.message.contains("Achievement name")));
}

#[test]
fn header_row_only_gives_no_cases() {
    assert_eq!(
        parse_cases_csv("单位名称,成果名称\n".as_bytes()).unwrap(),
        vec![]
    );
}
