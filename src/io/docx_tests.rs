use super::*;
use crate::domain::{AchievementType, Field, IpType, Kind, OrgType, Stage, Yuan};
use crate::i18n::msg;
use crate::io::docx_build::{
    Cell, document_xml, docx, docx_entries, filled_form, filled_form_rows, form_docx, table_xml,
    valid_credit_code,
};
use chrono::NaiveDate;

fn parse(bytes: &[u8]) -> Result<Case, Vec<String>> {
    parse_case_docx_in(bytes, Lang::Zh)
        .map(|mut v| v.remove(0))
        .map_err(|e| e.iter().map(|r| r.describe(Lang::Zh)).collect())
}

#[test]
fn the_filled_form_becomes_one_new_case() {
    let c = parse(&filled_form()).unwrap();
    assert_eq!(c.id, "");
    assert_eq!(c.stage, Stage::Collecting);
    assert_eq!(c.kind, Kind::Transformation);
    let o = &c.issuer;
    assert_eq!(o.name, "包头稀宝永磁材料科技有限公司");
    assert_eq!(o.address, "内蒙古自治区包头市稀土高新区黄河大街 88 号");
    assert_eq!(o.credit_code, valid_credit_code());
    assert_eq!(o.registered_on, NaiveDate::from_ymd_opt(2012, 6, 1));
    assert_eq!(o.region, "包头市");
    assert_eq!(o.registered_capital, Some(Yuan::from_wan(12_000)));
    assert_eq!(o.legal_rep, "巴特尔");
    assert_eq!(o.tech_field, "稀土永磁材料");
    assert_eq!(o.main_business, "钕铁硼磁体研发、生产与销售");
    assert_eq!(
        (o.staff_total, o.staff_bachelor, o.staff_rd),
        (Some(420), Some(185), Some(76))
    );
    assert_eq!(o.org_type, OrgType::TechEnterprise);
    assert_eq!(o.contact.name, "乌云其其格");
    assert_eq!(o.contact.title, "技术总监");
    assert_eq!(o.contact.mobile, "13947212345");
    assert_eq!(o.contact.email, "wuyun@xibao-magnet.cn");
    let a = &c.achievement;
    assert_eq!(a.name, "晶界扩散低重稀土高矫顽力钕铁硼磁体制备技术");
    assert_eq!(a.achievement_type, Some(AchievementType::CommonTech));
    assert_eq!(a.owns_ip, Some(true));
    assert_eq!(a.ip_types, [IpType::Patent, IpType::TradeSecret]);
    assert_eq!(c.field, Some(Field::RareEarth));
    assert!(a.description.starts_with("采用晶界扩散技术"));
    assert!(
        a.description.contains("\n已完成中试"),
        "{:?}",
        a.description
    );
    assert!(a.team.starts_with("核心团队 12 人"));
    assert_eq!(a.suggested_period, "3年");
    assert_eq!(a.estimated_investment, Some(Yuan::from_wan(3500)));
}

#[test]
fn ugly_copies_of_the_form_are_read() {
    use Cell::*;
    // Labels with spaces and full-width colons, a label and its value in one cell,
    // values over several paragraphs, Wingdings checkboxes, runs split mid-word, √ marks,
    // a nested table, a merged cell spanning rows, and units typed into the values.
    let sym_checked = r#"<w:p><w:r><w:sym w:font="Wingdings" w:char="F0A8"/><w:t>高校</w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FE"/><w:t>其他：</w:t></w:r><w:r><w:t>事业</w:t></w:r><w:r><w:t>单位</w:t></w:r></w:p>"#;
    let split_label =
        r#"<w:p><w:r><w:t>成果</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>名称：</w:t></w:r></w:p>"#;
    let nested = format!(
        "<w:p><w:r><w:t>团队带头人：</w:t></w:r></w:p>{}",
        table_xml(&[vec![Text("张教授"), Text("李研究员")]])
    );
    let rows = vec![
        vec![
            Text("单 位 名 称："),
            Span("  内蒙古北方稀土磁材有限公司\n（盖章）", 3),
        ],
        vec![
            Text("所在地区"),
            Text("包头市\n昆都仑区"),
            Text("注册资本："),
            Text("5000万元"),
        ],
        vec![MergeStart("联系人"), Text("宝音 / 13800471234")],
        vec![MergeCont, Text("邮箱：baoyin@example.com")],
        vec![Text("单位性质"), Raw(sym_checked)],
        vec![
            Text("职工总数"),
            Text("300人"),
            Text("研发人员"),
            Text("45 名"),
        ],
        vec![Raw(split_label), Span("稀土抛光粉&废料再生", 3)],
        vec![Text("知识产权"), Text("□是 □√否")],
        vec![Text("聚焦领域"), Text("■稀土")],
        vec![Span("成果简介", 4)],
        vec![Span("第一段。\n\n第二段。", 4)],
        vec![Text("团队情况"), Raw(&nested)],
        vec![
            Text("建议实施周期"),
            Text("18个月"),
            Text("预计投资"),
            Text("800（万元）"),
        ],
    ];
    let c = parse(&form_docx(&rows)).unwrap();
    assert_eq!(c.issuer.name, "内蒙古北方稀土磁材有限公司 （盖章）");
    assert_eq!(c.issuer.region, "包头市 昆都仑区");
    assert_eq!(c.issuer.registered_capital, Some(Yuan::from_wan(5000)));
    assert_eq!(c.issuer.contact.name, "宝音 / 13800471234");
    assert_eq!(c.issuer.contact.email, "baoyin@example.com");
    assert_eq!(c.issuer.org_type, OrgType::Other);
    assert_eq!(c.issuer.org_type_other, "事业单位");
    assert_eq!(c.issuer.staff_total, Some(300));
    assert_eq!(c.issuer.staff_rd, Some(45));
    assert_eq!(c.achievement.name, "稀土抛光粉&废料再生");
    assert_eq!(c.achievement.owns_ip, Some(false));
    assert_eq!(c.field, Some(Field::RareEarth));
    assert_eq!(c.achievement.description, "第一段。\n\n第二段。");
    assert!(
        c.achievement.team.contains("张教授"),
        "{:?}",
        c.achievement.team
    );
    assert_eq!(c.achievement.suggested_period, "18个月");
    assert_eq!(
        c.achievement.estimated_investment,
        Some(Yuan::from_wan(800))
    );
}

#[test]
fn errors_name_the_label_of_the_form() {
    let code = valid_credit_code();
    let mut rows = filled_form_rows(&code);
    rows[1] = vec![Cell::Text("单位名称"), Cell::Span("", 6)];
    rows[4][2] = Cell::Text("前年");
    rows[15] = vec![Cell::Text("聚焦领域"), Cell::Span("☑稀土 ☑氢能", 6)];
    let errs = parse(&form_docx(&rows)).unwrap_err();
    assert_eq!(errs.len(), 3, "{errs:?}");
    assert!(errs[0].starts_with("注册时间: "), "{errs:?}");
    assert!(
        errs[1].starts_with("聚焦领域: ") && errs[1].contains("稀土、氢能"),
        "{errs:?}"
    );
    assert!(errs[2].starts_with("单位名称: "), "{errs:?}");
    assert!(
        errs[2].contains(tr(Lang::Zh, msg::io::ERR_REQUIRED)),
        "{errs:?}"
    );
}

#[test]
fn two_different_values_for_one_field_are_refused() {
    use Cell::*;
    let rows = vec![
        vec![
            Text("单位名称"),
            Text("甲公司"),
            Text("成果名称"),
            Text("成果一"),
        ],
        vec![Text("联系人"), Text("张三"), Text("姓名"), Text("李四")],
    ];
    let errs = parse(&form_docx(&rows)).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].starts_with("姓名: ") && errs[0].contains("李四"),
        "{errs:?}"
    );
}

#[test]
fn a_document_without_the_form_is_refused() {
    let letter = docx(&document_xml(
        "<w:p><w:r><w:t>关于征集揭榜挂帅成果的函</w:t></w:r></w:p>",
    ));
    let errs = parse(&letter).unwrap_err();
    assert!(errs[0].contains("单位名称"), "{errs:?}");
    let other_table = docx(&document_xml(&table_xml(&[vec![
        Cell::Text("姓名"),
        Cell::Text("张三"),
    ]])));
    assert!(parse(&other_table).is_err());
}

#[test]
fn broken_packages_get_clear_errors() {
    let no_doc = docx_entries(&[("word/styles.xml", b"<w:styles/>")]);
    let errs = parse_case_docx_in(&no_doc, Lang::En).unwrap_err();
    assert!(errs[0].message.contains("word/document.xml"), "{errs:?}");
    let bad_xml = docx("<w:document><w:body><w:tbl><w:tr></w:tc></w:body>");
    let errs = parse_case_docx_in(&bad_xml, Lang::En).unwrap_err();
    assert!(errs[0].message.contains("document"), "{errs:?}");
    let unclosed = docx(
        &document_xml("<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr>")
            .replace("</w:body></w:document>", ""),
    );
    assert!(parse_case_docx_in(&unclosed, Lang::En).is_err());
    let latin1 = docx_entries(&[("word/document.xml", b"<w:t>\xB0\xFC</w:t>")]);
    assert!(parse_case_docx_in(&latin1, Lang::En).is_err());
    let form = filled_form();
    let errs = parse_case_docx_in(&form[..form.len() - 40], Lang::En).unwrap_err();
    assert!(errs[0].message.contains("damaged"), "{errs:?}");
}

#[test]
fn cells_rows_and_merges_are_read_in_order() {
    use Cell::*;
    let xml = document_xml(&table_xml(&[
        vec![MergeStart("联系人"), Text("姓名"), Text("张三")],
        vec![MergeCont, Text("手机"), Text("1380000")],
    ]));
    let rows = read_rows(&xml).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][0].text, "联系人");
    assert!(!rows[0][0].continued);
    assert!(rows[1][0].continued);
    assert_eq!(rows[1][2].text, "1380000");
}

#[test]
fn boxes_are_read_as_choices() {
    assert_eq!(ticked("☑是 □否"), Some(vec!["是".to_string()]));
    assert_eq!(ticked("□是 ☐否"), Some(vec![]));
    assert_eq!(ticked("稀土"), None);
    assert_eq!(
        ticked("☒专利权 □商标权 ✓商业秘密 □其他：____"),
        Some(vec!["专利权".to_string(), "商业秘密".to_string()])
    );
    assert_eq!(
        ticked("□高校 ☑其他：农牧业合作社____"),
        Some(vec!["其他：农牧业合作社".to_string()])
    );
}

#[test]
fn labels_are_recognised_loosely_but_not_values() {
    assert_eq!(label_id("单 位 名 称："), Some("issuer.name"));
    assert_eq!(label_id("*成果名称"), Some("achievement.name"));
    assert_eq!(label_id("注册资金 (万)"), Some("issuer.registered_capital"));
    assert_eq!(
        label_id("项目预计总投入(或成果价值)"),
        Some("achievement.estimated_investment")
    );
    assert_eq!(
        label_id("拟转化科技成果情况（成果转化必要性、可行性，预期绩效。3000字以内）"),
        Some("achievement.description")
    );
    assert_eq!(label_id("上级主管部门"), Some("issuer.parent"));
    assert_eq!(label_id("包头市"), None);
    assert_eq!(label_id("稀土"), None);
}

mod hostile {
    use super::*;
    use crate::io::docx_build::document_xml;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// Whatever document.xml holds, import answers; it never panics.
        #[test]
        fn mangled_document_xml_is_an_error_not_a_panic(
            cut in 0usize..20000,
            flips in proptest::collection::vec((0usize..20000, any::<u8>()), 0..8),
        ) {
            let rows = filled_form_rows("91150200MA0Q7RXE3H");
            let mut xml = document_xml(&table_xml(&rows)).into_bytes();
            for (at, b) in flips {
                let i = at % xml.len();
                xml[i] = b;
            }
            xml.truncate(cut.max(1).min(xml.len()));
            let _ = parse_case_docx_in(&docx_entries(&[("word/document.xml", &xml)]), Lang::En);
        }
    }
}
