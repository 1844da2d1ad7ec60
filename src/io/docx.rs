//! A filled 附件1 征集表 received as a Word file becomes one new case. The form is a table
//! of label cells (单位名称, 注册时间, …) each followed by its value; the long texts
//! (拟转化科技成果情况, 技术团队情况) sit in the row below their heading. Choices are
//! checkbox rows (`☑科技型企业 □高校`). Values go through the same intake rules as CSV.

use crate::i18n::msg;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::csv::{INTAKE, REQUIRED, apply, column_for, has_required, new_intake_case, norm};
use super::json::RowError;
use super::office;
use crate::domain::Case;
use crate::i18n::{Lang, tr, trf};

/// Labels officers' copies of the form use besides the intake labels of the CSV importer
/// (compared after [`clean_label`]).
const ALIASES: &[(&str, &str)] = &[
    ("发榜方名称", "issuer.name"),
    ("发榜单位", "issuer.name"),
    ("单位全称", "issuer.name"),
    ("地址", "issuer.address"),
    ("通讯地址", "issuer.address"),
    ("成立时间", "issuer.registered_on"),
    ("成立日期", "issuer.registered_on"),
    ("所在地区", "issuer.region"),
    ("所在地", "issuer.region"),
    ("所属地区", "issuer.region"),
    ("注册资本", "issuer.registered_capital"),
    ("法人代表", "issuer.legal_rep"),
    ("法定代表人姓名", "issuer.legal_rep"),
    ("单位总人数", "issuer.staff_total"),
    ("职工总数", "issuer.staff_total"),
    ("职工人数", "issuer.staff_total"),
    ("本科以上", "issuer.staff_bachelor"),
    ("本科以上人数", "issuer.staff_bachelor"),
    ("研发人员", "issuer.staff_rd"),
    ("研发人员数", "issuer.staff_rd"),
    ("单位性质", "issuer.org_type"),
    ("信用代码", "issuer.credit_code"),
    ("上级主管部门", "issuer.parent"),
    ("主管部门", "issuer.parent"),
    ("联系人", "issuer.contact.name"),
    ("姓名", "issuer.contact.name"),
    ("手机号", "issuer.contact.mobile"),
    ("手机号码", "issuer.contact.mobile"),
    ("联系电话", "issuer.contact.mobile"),
    ("邮箱", "issuer.contact.email"),
    ("e-mail", "issuer.contact.email"),
    ("email", "issuer.contact.email"),
    ("自主知识产权", "achievement.owns_ip"),
    ("知识产权", "achievement.owns_ip"),
    ("成果简介", "achievement.description"),
    ("团队情况", "achievement.team"),
    ("建议实施周期", "achievement.suggested_period"),
    ("实施周期", "achievement.suggested_period"),
    ("项目预计总投入", "achievement.estimated_investment"),
    ("预计投资", "achievement.estimated_investment"),
    ("预计总投入", "achievement.estimated_investment"),
    ("所属领域", "field"),
];

/// Section headings and unit cells of the form: neither labels nor values.
const NOISE: &[&str] = &[
    "发榜方情况",
    "项目需求信息",
    "选填",
    "必填",
    "(万元)",
    "万元",
    "(万)",
];

/// Fields filled by ticking boxes, and whether only one box may be ticked.
const CHOICES: &[(&str, bool)] = &[
    ("issuer.org_type", true),
    ("achievement.achievement_type", true),
    ("achievement.owns_ip", true),
    ("achievement.ip_types", false),
    ("field", true),
    ("kind", true),
];

/// Fields whose value keeps its paragraphs.
const MULTILINE: &[&str] = &[
    "achievement.description",
    "achievement.team",
    "issuer.main_business",
];

const CHECKED: &[char] = &['☑', '☒', '■', '√', '✓', '✔', '✅', '⊠', '▣'];
const UNCHECKED: &[char] = &['□', '☐', '○', '◯'];

/// A table cell: its paragraphs joined by `\n`; `continued` for the lower parts of a
/// vertically merged cell, which repeat nothing.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct DocCell {
    pub text: String,
    pub continued: bool,
    /// Which top-level table of the document the cell is in (0 is the first).
    pub table: usize,
}

/// One new case from a filled form. Errors name the form's label (`单位名称: …`).
pub fn parse_case_docx_in(bytes: &[u8], lang: Lang) -> Result<Vec<Case>, Vec<RowError>> {
    let file_err = |m: String| vec![RowError::file(m)];
    office::check_zip(bytes, "docx", lang).map_err(file_err)?;
    let xml = office::read_entry(bytes, "word/document.xml", "docx", lang)
        .map_err(file_err)?
        .ok_or_else(|| file_err(tr(lang, msg::office::XLSX_DOCX_NO_DOCUMENT).to_string()))?;
    let xml = String::from_utf8(xml)
        .map_err(|e| file_err(trf(lang, msg::office::XLSX_DOCX_BAD_XML, &[("detail", &e)])))?;
    let rows = read_rows(&xml)
        .map_err(|e| file_err(trf(lang, msg::office::XLSX_DOCX_BAD_XML, &[("detail", &e)])))?;
    let pairs = label_values(&rows);
    let ids: Vec<&str> = pairs.iter().map(|p| p.id).collect();
    if !REQUIRED.iter().all(|r| ids.contains(r)) {
        return Err(file_err(
            tr(lang, msg::office::XLSX_DOCX_NO_FORM).to_string(),
        ));
    }
    build_case(&pairs, lang).map(|c| vec![c])
}

/// The rows of every table in the document, in order (a form split over two pages is
/// often two tables). Text of nested tables stays in the outer cell.
pub(super) fn read_rows(xml: &str) -> Result<Vec<Vec<DocCell>>, String> {
    let mut reader = Reader::from_str(xml);
    let mut rows: Vec<Vec<DocCell>> = Vec::new();
    let mut depth = 0usize; // w:tbl nesting
    let mut tables = 0usize; // top-level tables begun
    let mut in_cell = false;
    let mut in_text = false;
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| format!("{e} ({})", reader.buffer_position()))?;
        match ev {
            Event::Start(e) => match e.local_name().as_ref() {
                "tbl" => {
                    depth += 1;
                    tables += usize::from(depth == 1);
                }
                "tr" if depth == 1 => rows.push(Vec::new()),
                "tc" if depth == 1 => {
                    if let Some(r) = rows.last_mut() {
                        r.push(DocCell {
                            table: tables.saturating_sub(1),
                            ..DocCell::default()
                        });
                        in_cell = true;
                    }
                }
                "t" if in_cell => in_text = true,
                "vMerge" if depth == 1 && in_cell => mark_continued(&e, last_cell(&mut rows)),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "vMerge" if depth == 1 && in_cell => mark_continued(&e, last_cell(&mut rows)),
                "tab" if in_cell => push(last_cell(&mut rows), " "),
                "br" | "cr" if in_cell => push(last_cell(&mut rows), "\n"),
                "sym" if in_cell => {
                    if let Some(c) = sym_char(&e) {
                        push(last_cell(&mut rows), c.encode_utf8(&mut [0; 4]));
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "tbl" => depth = depth.saturating_sub(1),
                "tc" if depth == 1 => in_cell = false,
                "t" => in_text = false,
                "p" if in_cell => push(last_cell(&mut rows), "\n"),
                _ => {}
            },
            Event::Text(t) if in_text => push(last_cell(&mut rows), &t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match &*r {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                if let Some(c) = c {
                    push(last_cell(&mut rows), c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if depth != 0 {
        return Err("document.xml ends inside a table".into());
    }
    for cell in rows.iter_mut().flatten() {
        cell.text = cell.text.trim().to_string();
    }
    Ok(rows)
}

/// Every top-level table of a .docx as rows of cell texts (a cell's paragraphs joined by
/// `\n`), for reading back a published document.
pub fn read_tables(bytes: &[u8], lang: Lang) -> Result<Vec<Vec<Vec<String>>>, String> {
    office::check_zip(bytes, "docx", lang)?;
    let xml = office::read_entry(bytes, "word/document.xml", "docx", lang)?
        .ok_or_else(|| tr(lang, msg::office::XLSX_DOCX_NO_DOCUMENT).to_string())?;
    let xml = String::from_utf8(xml)
        .map_err(|e| trf(lang, msg::office::XLSX_DOCX_BAD_XML, &[("detail", &e)]))?;
    let rows = read_rows(&xml)
        .map_err(|e| trf(lang, msg::office::XLSX_DOCX_BAD_XML, &[("detail", &e)]))?;
    let mut tables: Vec<Vec<Vec<String>>> = Vec::new();
    for row in rows.into_iter().filter(|r| !r.is_empty()) {
        let t = row[0].table;
        tables.resize_with(tables.len().max(t + 1), Vec::new);
        tables[t].push(row.into_iter().map(|c| c.text).collect());
    }
    Ok(tables)
}

fn last_cell(rows: &mut [Vec<DocCell>]) -> Option<&mut DocCell> {
    rows.last_mut().and_then(|r| r.last_mut())
}

fn push(cell: Option<&mut DocCell>, s: &str) {
    if let Some(c) = cell {
        c.text.push_str(s);
    }
}

fn mark_continued(e: &BytesStart, cell: Option<&mut DocCell>) {
    let val = e
        .try_get_attribute("w:val")
        .ok()
        .flatten()
        .map(|a| a.value.to_string());
    if let Some(c) = cell
        && val.as_deref().is_none_or(|v| v == "continue")
    {
        c.continued = true;
    }
}

/// Checkboxes drawn with symbol fonts (`<w:sym w:font="Wingdings" w:char="F0FE"/>`).
fn sym_char(e: &BytesStart) -> Option<char> {
    let attr = |name: &str| {
        e.try_get_attribute(name)
            .ok()
            .flatten()
            .map(|a| a.value.to_string())
    };
    let font = attr("w:font").unwrap_or_default().to_ascii_lowercase();
    let code = u32::from_str_radix(&attr("w:char")?, 16).ok()?;
    // Symbol fonts are addressed through the private-use range F000–F0FF.
    let low = if (0xF000..=0xF0FF).contains(&code) {
        code - 0xF000
    } else {
        code
    };
    let mapped = match (font.as_str(), low) {
        ("wingdings", 0xFE) | ("wingdings 2", 0x52) => '☑',
        ("wingdings", 0xFD | 0x78) | ("wingdings 2", 0x54 | 0x53) => '☒',
        ("wingdings", 0xFC) | ("wingdings 2", 0x50) => '√',
        ("wingdings", 0xA8 | 0x6F) | ("wingdings 2", 0xA3 | 0x2A) => '□',
        _ => return char::from_u32(code).filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c)),
    };
    Some(mapped)
}

/// `单 位 名 称：` → `单位名称`; `*成果名称` → `成果名称`.
fn clean_label(text: &str) -> String {
    let s: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    s.trim_start_matches(['*', '＊'])
        .trim_end_matches([':', '：'])
        .to_string()
}

/// The intake field a cell labels, if it is a label.
fn label_id(text: &str) -> Option<&'static str> {
    if text.chars().count() > 40 {
        return None;
    }
    let cleaned = clean_label(text);
    let n = norm(&cleaned);
    ALIASES
        .iter()
        .find(|(alias, _)| norm(alias) == n)
        .map(|(_, id)| *id)
        .or_else(|| column_for(&cleaned))
}

fn is_noise(cell: &DocCell) -> bool {
    let t = clean_label(&cell.text)
        .replace('（', "(")
        .replace('）', ")");
    cell.continued || NOISE.contains(&t.as_str())
}

/// A label found in the form and the value written beside (or below) it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Pair {
    pub id: &'static str,
    pub label: String,
    pub value: String,
}

pub(super) fn label_values(rows: &[Vec<DocCell>]) -> Vec<Pair> {
    let mut out = Vec::new();
    // Cells already read as some label's value: never labels themselves.
    let mut used = std::collections::HashSet::new();
    for (r, row) in rows.iter().enumerate() {
        for (i, cell) in row.iter().enumerate() {
            if cell.continued || used.contains(&(r, i)) {
                continue;
            }
            let Some(id) = label_id(&cell.text) else {
                // `单位名称：包头稀宝…` — label and value typed into one cell.
                if let Some((label, value)) = cell.text.split_once([':', '：'])
                    && let Some(id) = label_id(label)
                    && !value.trim().is_empty()
                {
                    out.push(Pair {
                        id,
                        label: clean_label(label),
                        value: value.trim().to_string(),
                    });
                }
                continue;
            };
            let mut cells: Vec<(usize, usize)> = Vec::new();
            let rest: Vec<usize> = (i + 1..row.len()).filter(|&j| !is_noise(&row[j])).collect();
            // A long text's heading may trail empty cells (a word processor filling out the
            // grid); its text is still the row below.
            let blank = rest.iter().all(|&j| row[j].text.trim().is_empty());
            if rest.is_empty() || (blank && MULTILINE.contains(&id)) {
                // A heading row (拟转化科技成果情况): the text is the row below.
                if let Some(next) = rows.get(r + 1)
                    && !next.iter().any(|c| label_id(&c.text).is_some())
                {
                    cells.extend(
                        (0..next.len())
                            .filter(|&j| !is_noise(&next[j]))
                            .map(|j| (r + 1, j)),
                    );
                }
            } else {
                cells.extend(
                    rest.into_iter()
                        .take_while(|&j| label_id(&row[j].text).is_none())
                        .map(|j| (r, j)),
                );
            }
            let value = cells
                .iter()
                .map(|&(r, j)| rows[r][j].text.as_str())
                .filter(|v| !v.is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            used.extend(cells);
            out.push(Pair {
                id,
                label: clean_label(&cell.text),
                value,
            });
        }
    }
    out
}

fn build_case(pairs: &[Pair], lang: Lang) -> Result<Case, Vec<RowError>> {
    let mut case = new_intake_case();
    let mut errors = Vec::new();
    let err = |label: &str, message: String| RowError {
        row: 0,
        id: None,
        field: label.to_string(),
        message,
    };
    let mut seen: Vec<(&str, &Pair)> = Vec::new();
    for p in pairs.iter().filter(|p| !p.value.is_empty()) {
        if let Some((_, first)) = seen.iter().find(|(id, _)| *id == p.id) {
            if first.value != p.value {
                errors.push(err(
                    &p.label,
                    trf(
                        lang,
                        msg::office::XLSX_DOCX_CONFLICT,
                        &[("a", &first.value), ("b", &p.value)],
                    ),
                ));
            }
            continue;
        }
        seen.push((p.id, p));
        let value = match prepare(p.id, &p.value, lang) {
            Ok(v) => v,
            Err(m) => {
                errors.push(err(&p.label, m));
                continue;
            }
        };
        if p.id == "issuer.parent" {
            case.issuer.parent = value;
        } else if let Err(m) = apply(&mut case, p.id, value.trim(), lang) {
            errors.push(err(&p.label, m));
        }
    }
    for req in REQUIRED {
        if !has_required(&case, req) {
            let label = pairs
                .iter()
                .find(|p| p.id == *req)
                .map(|p| p.label.clone())
                .unwrap_or_else(|| req.to_string());
            errors.push(err(&label, tr(lang, msg::io::ERR_REQUIRED).into()));
        }
    }
    if errors.is_empty() {
        Ok(case)
    } else {
        Err(errors)
    }
}

/// The value as the intake rules read it: ticked boxes become the chosen labels, units
/// the form prints are dropped, one-line fields lose their paragraph breaks.
fn prepare(id: &str, value: &str, lang: Lang) -> Result<String, String> {
    if let Some((_, single)) = CHOICES.iter().find(|(c, _)| *c == id)
        && let Some(chosen) = ticked(value)
    {
        if *single && chosen.len() > 1 {
            return Err(trf(
                lang,
                msg::office::XLSX_DOCX_MANY_CHECKED,
                &[("chosen", &chosen.join("、"))],
            ));
        }
        return Ok(chosen.join("、"));
    }
    if MULTILINE.contains(&id) {
        return Ok(value.to_string());
    }
    let mut v = value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if id.ends_with("registered_capital") || id.ends_with("estimated_investment") {
        for unit in ["(万元)", "（万元）", "(万)", "（万）"] {
            v = v.replace(unit, "");
        }
    }
    if id.starts_with("issuer.staff_") {
        v = v.trim_end_matches(['人', '名']).trim().to_string();
    }
    Ok(v)
}

/// The labels of the ticked boxes in `text`, or None when it has no boxes at all (the
/// officer typed the value instead).
fn ticked(text: &str) -> Option<Vec<String>> {
    let mut items: Vec<(bool, String)> = Vec::new();
    for c in text.chars() {
        if CHECKED.contains(&c) {
            items.push((true, String::new()));
        } else if UNCHECKED.contains(&c) {
            items.push((false, String::new()));
        } else if let Some((_, t)) = items.last_mut() {
            t.push(c);
        }
    }
    if items.is_empty() {
        return None;
    }
    Some(
        items
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, t)| {
                let t = t.trim().trim_end_matches(['_', '＿', ' ']);
                t.trim_end_matches([':', '：']).trim().to_string()
            })
            .filter(|t| !t.is_empty())
            .collect(),
    )
}

/// The intake fields a new case has, as (label, value) in the form's order: what a dry
/// run shows the officer before anything is stored. Text is made terminal-safe.
pub fn intake_summary(case: &Case, lang: Lang) -> Vec<(&'static str, String)> {
    let json = serde_json::to_value(case).unwrap_or_default();
    let wan = |y: Option<crate::domain::Yuan>| {
        y.map(|y| format!("{} {}", y.wan_string(), tr(lang, msg::form::WAN)))
    };
    let a = &case.achievement;
    let o = &case.issuer;
    let mut out = Vec::new();
    for (id, key) in INTAKE {
        let value = match *id {
            "kind" => Some(case.kind.label(lang).to_string()),
            "field" => case.field.map(|f| f.label(lang).to_string()),
            "issuer.org_type" if o.org_type_other.is_empty() => {
                Some(o.org_type.label(lang).to_string())
            }
            "issuer.org_type" => Some(format!("{}：{}", o.org_type.label(lang), o.org_type_other)),
            "achievement.achievement_type" => a.achievement_type.map(|t| t.label(lang).to_string()),
            "achievement.owns_ip" => a
                .owns_ip
                .map(|b| tr(lang, if b { msg::form::YES } else { msg::form::NO }).to_string()),
            "achievement.ip_types" => Some(
                a.ip_types
                    .iter()
                    .map(|t| t.label(lang))
                    .collect::<Vec<_>>()
                    .join("、"),
            ),
            "issuer.registered_capital" => wan(o.registered_capital),
            "achievement.estimated_investment" => wan(a.estimated_investment),
            path => path
                .split('.')
                .try_fold(&json, |v, k| v.get(k))
                .and_then(|v| match v {
                    serde_json::Value::String(s) => Some(s.clone()),
                    serde_json::Value::Number(n) => Some(n.to_string()),
                    _ => None,
                }),
        };
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            let v = v.replace('\n', " ");
            // Long texts (成果情况 runs to 3000 characters) are shown by their start.
            let short: String = match v.char_indices().nth(60) {
                Some((i, _)) => format!("{}…", &v[..i]),
                None => v,
            };
            out.push((tr(lang, key), super::inert::inert_line(&short).into_owned()));
        }
    }
    if !o.parent.is_empty() {
        out.push((
            tr(lang, msg::office::XLSX_PARENT),
            super::inert::inert_line(&o.parent).into_owned(),
        ));
    }
    out
}

#[cfg(test)]
#[path = "docx_tests.rs"]
mod tests;
