//! Builds minimal .docx files: a zip with `[Content_Types].xml`, the package relations and
//! a `word/document.xml` holding paragraphs and one table. Word and WPS open them. Tests
//! use it to make the forms officers receive (no binary fixtures in the repository), and
//! [`filled_form`] is a realistic filled 附件1 for demonstrations.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;

use crate::domain::credit_code;

/// One table cell.
#[derive(Debug, Clone)]
pub enum Cell<'a> {
    /// Text; `\n` starts a new paragraph.
    Text(&'a str),
    /// Text over this many grid columns (`w:gridSpan`).
    Span(&'a str, u32),
    /// The first cell of a vertical merge (`w:vMerge w:val="restart"`).
    MergeStart(&'a str),
    /// A cell continuing the vertical merge above it (Word keeps it, empty).
    MergeCont,
    /// Paragraphs given as raw WordprocessingML (`<w:p>…</w:p>`), for checkboxes drawn with
    /// `w:sym` and runs split mid-word.
    Raw(&'a str),
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

/// Escapes text for XML character data.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn paragraphs(text: &str) -> String {
    text.split('\n')
        .map(|p| {
            format!(
                r#"<w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
                esc(p)
            )
        })
        .collect()
}

/// A `<w:tbl>` of the given rows.
pub fn table_xml(rows: &[Vec<Cell>]) -> String {
    let mut out = String::from("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>");
    for row in rows {
        out.push_str("<w:tr>");
        for cell in row {
            let (props, body) = match cell {
                Cell::Text(t) => (String::new(), paragraphs(t)),
                Cell::Span(t, n) => (format!("<w:gridSpan w:val=\"{n}\"/>"), paragraphs(t)),
                Cell::MergeStart(t) => ("<w:vMerge w:val=\"restart\"/>".into(), paragraphs(t)),
                Cell::MergeCont => ("<w:vMerge/>".into(), "<w:p/>".into()),
                Cell::Raw(xml) => (String::new(), xml.to_string()),
            };
            out.push_str(&format!("<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"));
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    out
}

/// A whole `document.xml` around `body` (paragraphs and tables).
pub fn document_xml(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    )
}

/// A .docx package with the given `document.xml`.
pub fn docx(document: &str) -> Vec<u8> {
    docx_entries(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ])
}

/// A zip of the given entries, deflated.
pub fn docx_entries(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        // Writing into memory fails only on out-of-memory.
        let _ = w.start_file(*name, opts);
        let _ = w.write_all(data);
    }
    w.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// The form's title paragraphs and table, as in 附件1.
pub fn form_docx(rows: &[Vec<Cell>]) -> Vec<u8> {
    let body = format!(
        "{}{}{}",
        paragraphs("附件 1\n内蒙古自治区成果转化揭榜制项目 榜单征集表\n(成果转化类)"),
        table_xml(rows),
        paragraphs("")
    );
    docx(&document_xml(&body))
}

/// 附件1 filled in by an Inner Mongolia rare-earth enterprise, laid out as the official
/// form: merged 选填 and 联系人 cells, checkbox rows, the long texts below their headings.
pub fn filled_form() -> Vec<u8> {
    form_docx(&filled_form_rows(&valid_credit_code()))
}

/// A valid 统一社会信用代码 for the example enterprise (Baotou, 150200).
pub fn valid_credit_code() -> String {
    credit_code::with_check_char("91150200MA0Q7RXE3").unwrap_or_default()
}

pub fn filled_form_rows(code: &str) -> Vec<Vec<Cell<'_>>> {
    use Cell::*;
    vec![
        vec![Span("发榜方情况", 7)],
        vec![Text("单位名称"), Span("包头稀宝永磁材料科技有限公司", 6)],
        vec![
            Text("单位地址"),
            Span("内蒙古自治区包头市稀土高新区黄河大街 88 号", 6),
        ],
        vec![Text("统一社会信用代码"), Span(code, 6)],
        vec![
            MergeStart("选 填"),
            Text("注册时间"),
            Text("2012年6月"),
            Text("注册地区"),
            Text("包头市"),
            Text("注册资金 (万)"),
            Text("12000"),
        ],
        vec![
            MergeCont,
            Text("法定代表人"),
            Text("巴特尔"),
            Text("技术领域"),
            Text("稀土永磁材料"),
            Text("主营业务"),
            Text("钕铁硼磁体研发、生产与销售"),
        ],
        vec![
            MergeCont,
            Text("单位总人数 (人)"),
            Text("420"),
            Text("本科以上人数 (人)"),
            Text("185"),
            Text("研发人员数 (人)"),
            Text("76"),
        ],
        vec![
            Text("单 位 类 型"),
            Span("□高校 □科研机构 □新型研发机构 ☑科技型企业 □其他：______", 6),
        ],
        vec![
            MergeStart("联系人"),
            Text("姓名"),
            Text("乌云其其格"),
            Text("职务"),
            Span("技术总监", 3),
        ],
        vec![
            MergeCont,
            Text("手机"),
            Text("13947212345"),
            Text("电子邮箱"),
            Span("wuyun@xibao-magnet.cn", 3),
        ],
        vec![Span("项目需求信息", 7)],
        vec![
            Text("成果名称"),
            Span("晶界扩散低重稀土高矫顽力钕铁硼磁体制备技术", 6),
        ],
        vec![Text("成果类型"), Span("□社会公益性 ☑行业共性技术", 6)],
        vec![Text("是否拥有自主知识产权"), Span("☑是 □否", 6)],
        vec![
            Text("知识产权类型"),
            Span(
                "☑专利权 □商标权 □版权(著作权) □原产地名称(地理标志) □植物新品种 ☑商业秘密 □其他：____",
                6,
            ),
        ],
        vec![
            Text("聚焦领域"),
            Span("□大规模储能 □石墨烯 ☑稀土 □氢能 □碳捕集封存", 6),
        ],
        vec![Span(
            "拟转化科技成果情况（成果转化必要性、可行性，预期绩效。3000字以内）",
            7,
        )],
        vec![Span(
            "采用晶界扩散技术，重稀土用量降低 60%，矫顽力提高 30% 以上。\n已完成中试，具备年产 500 吨的转化条件。",
            7,
        )],
        vec![Span(
            "技术团队情况（团队能够提供转化支撑服务的情况，1000字以内）",
            7,
        )],
        vec![Span(
            "核心团队 12 人，其中教授级高工 3 人，可派驻现场支撑转化。",
            7,
        )],
        vec![
            Text("建议实施时限"),
            Span("3年", 2),
            Text("项目预计总投入(或成果价值)"),
            Span("3500", 2),
            Text("(万元)"),
        ],
    ]
}
