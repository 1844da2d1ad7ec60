//! CSV out (one row per case, the columns officers put in a report) and CSV in (the intake
//! fields of 附件1, one new case per row). Headers are read in Chinese, English or as
//! field ids; amounts are 万元 both ways.

use crate::i18n::Msg;
use crate::i18n::msg;
use chrono::{DateTime, NaiveDate};

use super::encoding::decode;
use super::json::RowError;
use crate::domain::{
    Achievement, AchievementType, Case, Field, IpType, Kind, Org, OrgType, Stage, Yuan,
};
use crate::i18n::{Lang, tr, trf};

/// Export columns: (header, cell).
pub(super) type Cell = fn(&Case, Lang) -> String;
pub(super) const EXPORT: &[(Msg, Cell)] = &[
    (msg::io::COL_ID, |c, _| c.id.clone()),
    (msg::io::COL_KIND, |c, l| c.kind.label(l).into()),
    (msg::io::COL_FIELD, |c, l| {
        c.field.map(|f| f.label(l)).unwrap_or("").into()
    }),
    (msg::io::COL_STAGE, |c, l| c.stage.label(l).into()),
    (msg::io::COL_NAME, |c, _| c.achievement.name.clone()),
    (msg::io::COL_ISSUER, |c, _| c.issuer.name.clone()),
    (msg::io::COL_CREDIT_CODE, |c, _| {
        c.issuer.credit_code.clone()
    }),
    (msg::io::COL_REGION, |c, _| c.issuer.region.clone()),
    (msg::io::COL_CONTACT, |c, _| c.issuer.contact.name.clone()),
    (msg::io::COL_MOBILE, |c, _| c.issuer.contact.mobile.clone()),
    (msg::io::COL_TAKER, |c, _| {
        c.chosen_taker()
            .map(|t| t.org.name.clone())
            .unwrap_or_default()
    }),
    (msg::io::COL_START, |c, _| date(c.plan.start)),
    (msg::io::COL_END, |c, _| date(c.effective_end())),
    (msg::io::COL_RD_INVESTMENT, |c, _| {
        wan(c.amounts.rd_investment)
    }),
    (msg::io::COL_FUNDS_RECEIVED, |c, _| {
        wan(c.amounts.funds_received)
    }),
    (msg::io::COL_SUBSIDY_PAID, |c, _| {
        c.subsidy_paid().wan_string()
    }),
    // Last, so scripts reading the earlier columns by position keep working.
    (msg::io::COL_OFFICER, |c, _| c.officer.clone()),
];

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn wan(y: Option<Yuan>) -> String {
    y.map(Yuan::wan_string).unwrap_or_default()
}

/// Spreadsheets run a cell starting with `=`, `+`, `-` or `@` as a formula; text that came
/// from outside must not become one when an officer opens the export. Numbers stay as
/// they are.
///
/// The export is also printed to terminals (`jiebang export --format csv`): escape
/// sequences and bidi controls from imported text are written inert, as everywhere else.
fn defuse(s: String) -> String {
    let s = match super::inert::inert(&s) {
        std::borrow::Cow::Borrowed(_) => s,
        std::borrow::Cow::Owned(safe) => safe,
    };
    if s.starts_with(['=', '+', '-', '@']) && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s
    }
}

/// One row per case with a header row, labels in `lang`.
pub fn to_csv(cases: &[Case], lang: Lang) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let header: Vec<&str> = EXPORT.iter().map(|(k, _)| tr(lang, k)).collect();
    // Writing to a Vec cannot fail.
    let _ = w.write_record(&header);
    for c in cases {
        let _ = w.write_record(EXPORT.iter().map(|(_, cell)| defuse(cell(c, lang))));
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Intake columns of 附件1: (id, label). `issuer.name` and
/// `achievement.name` are required.
pub(super) const INTAKE: &[(&str, Msg)] = &[
    ("issuer.name", msg::io::INTAKE_ISSUER_NAME),
    ("issuer.address", msg::io::INTAKE_ISSUER_ADDRESS),
    ("issuer.registered_on", msg::io::INTAKE_ISSUER_REGISTERED_ON),
    ("issuer.region", msg::io::INTAKE_ISSUER_REGION),
    (
        "issuer.registered_capital",
        msg::io::INTAKE_ISSUER_REGISTERED_CAPITAL,
    ),
    ("issuer.legal_rep", msg::io::INTAKE_ISSUER_LEGAL_REP),
    ("issuer.tech_field", msg::io::INTAKE_ISSUER_TECH_FIELD),
    ("issuer.main_business", msg::io::INTAKE_ISSUER_MAIN_BUSINESS),
    ("issuer.staff_total", msg::io::INTAKE_ISSUER_STAFF_TOTAL),
    (
        "issuer.staff_bachelor",
        msg::io::INTAKE_ISSUER_STAFF_BACHELOR,
    ),
    ("issuer.staff_rd", msg::io::INTAKE_ISSUER_STAFF_RD),
    ("issuer.org_type", msg::io::INTAKE_ISSUER_ORG_TYPE),
    ("issuer.credit_code", msg::io::INTAKE_ISSUER_CREDIT_CODE),
    ("issuer.contact.name", msg::io::INTAKE_CONTACT_NAME),
    ("issuer.contact.title", msg::io::INTAKE_CONTACT_TITLE),
    ("issuer.contact.mobile", msg::io::INTAKE_CONTACT_MOBILE),
    ("issuer.contact.email", msg::io::INTAKE_CONTACT_EMAIL),
    ("achievement.name", msg::io::INTAKE_ACHIEVEMENT_NAME),
    (
        "achievement.achievement_type",
        msg::io::INTAKE_ACHIEVEMENT_TYPE,
    ),
    ("achievement.owns_ip", msg::io::INTAKE_OWNS_IP),
    ("achievement.ip_types", msg::io::INTAKE_IP_TYPES),
    ("field", msg::io::INTAKE_FIELD),
    ("achievement.description", msg::io::INTAKE_DESCRIPTION),
    ("achievement.team", msg::io::INTAKE_TEAM),
    (
        "achievement.suggested_period",
        msg::io::INTAKE_SUGGESTED_PERIOD,
    ),
    (
        "achievement.estimated_investment",
        msg::io::INTAKE_ESTIMATED_INVESTMENT,
    ),
    ("kind", msg::io::INTAKE_KIND),
];

pub(super) const REQUIRED: &[&str] = &["issuer.name", "achievement.name"];

/// Compares headers loosely: spaces, full-width brackets, case and a trailing unit in
/// brackets (`注册资金(万)` = `注册资金`) do not matter.
pub(super) fn norm(s: &str) -> String {
    let s: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{feff}')
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect::<String>()
        .to_lowercase();
    match s.find('(') {
        Some(i) if i > 0 && s.ends_with(')') => s[..i].to_string(),
        _ => s,
    }
}

pub(super) fn column_for(header: &str) -> Option<&'static str> {
    let h = norm(header);
    INTAKE
        .iter()
        .map(|(id, key)| (*id, *key))
        .find_map(|(id, key)| {
            let hit = norm(id) == h || Lang::ALL.iter().any(|l| norm(tr(*l, key)) == h);
            hit.then_some(id)
        })
}

/// New cases (stage collecting, empty id) from intake rows. `created_at`/`updated_at` are
/// the Unix epoch and `stage_since` is empty: the app stamps them when it stores the cases.
pub fn parse_cases_csv(bytes: &[u8]) -> Result<Vec<Case>, Vec<RowError>> {
    parse_cases_csv_in(bytes, Lang::Zh)
}

pub fn parse_cases_csv_in(bytes: &[u8], lang: Lang) -> Result<Vec<Case>, Vec<RowError>> {
    let decoded = decode(bytes, lang).map_err(|m| vec![RowError::file(m)])?;
    let text: &str = &decoded.text;
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header: Vec<String> = match records.next() {
        Some(Ok(h)) => h.iter().map(str::to_string).collect(),
        Some(Err(e)) => {
            return Err(vec![RowError {
                row: 1,
                id: None,
                field: String::new(),
                message: trf(lang, msg::io::ERR_CSV, &[("detail", &e)]),
            }]);
        }
        None => return Err(vec![RowError::file(trf(lang, msg::io::ERR_NO_HEADER, &[]))]),
    };
    let rows = records.map(|record| match record {
        Ok(r) => {
            let line = r.position().map(|p| p.line() as usize).unwrap_or(0);
            Ok((line, r.iter().map(str::to_string).collect()))
        }
        Err(e) => {
            let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
            Err(RowError {
                row: line,
                id: None,
                field: String::new(),
                message: trf(lang, msg::io::ERR_CSV, &[("detail", &e)]),
            })
        }
    });
    parse_table(&header, 1, rows, lang, &|row, _, h| (row, h.to_string()))
}

/// Where a problem is, as [`RowError`] shows it: `(row, field)` from the row number, the
/// column index (None for the whole row) and the column's header. CSV says line and
/// header; a spreadsheet says `Sheet1!C7`.
pub(super) type Locate<'a> = &'a dyn Fn(usize, Option<usize>, &str) -> (usize, String);

/// The intake core shared by CSV and spreadsheets: maps the header to intake columns,
/// then makes one new case per non-empty row. Every problem is reported, or the cases
/// come back. `rows` yields (row number, cells) or a row the reader could not read.
pub(super) fn parse_table(
    header: &[String],
    header_row: usize,
    rows: impl Iterator<Item = Result<(usize, Vec<String>), RowError>>,
    lang: Lang,
    locate: Locate,
) -> Result<Vec<Case>, Vec<RowError>> {
    let columns = map_header(header, header_row, lang, locate)?;
    let mut errors = Vec::new();
    let mut cases = Vec::new();
    for record in rows {
        let (line, record) = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let before = errors.len();
        let case = parse_row(header, &columns, line, &record, lang, locate, &mut errors);
        if errors.len() == before {
            cases.push(case);
        }
    }
    if errors.is_empty() {
        Ok(cases)
    } else {
        Err(errors)
    }
}

/// A problem at a place, located the way the source names places.
fn err_at(locate: Locate, row: usize, col: Option<usize>, h: &str, message: String) -> RowError {
    let (row, field) = locate(row, col, h);
    RowError {
        row,
        id: None,
        field,
        message,
    }
}

/// The intake column of each header cell (None for ignored ones), or every problem with
/// the header: an exported report, duplicate, unknown or missing columns.
fn map_header(
    header: &[String],
    header_row: usize,
    lang: Lang,
    locate: Locate,
) -> Result<Vec<Option<&'static str>>, Vec<RowError>> {
    // A report exported by jiebang (编号, 阶段, …) is not an intake sheet: say so once
    // rather than listing each of its columns as unknown.
    let has = |key: Msg| {
        header
            .iter()
            .any(|h| Lang::ALL.iter().any(|l| norm(h) == norm(tr(*l, key))))
    };
    if has(msg::io::COL_ID) && has(msg::io::COL_STAGE) {
        return Err(vec![err_at(
            locate,
            header_row,
            None,
            "",
            tr(lang, msg::office::XLSX_ERR_EXPORT_FILE).to_string(),
        )]);
    }
    let mut errors = Vec::new();
    let mut columns: Vec<Option<&'static str>> = Vec::new();
    for (i, h) in header.iter().enumerate() {
        let h = h.trim();
        match header_column(h, &columns, lang) {
            Ok(column) => columns.push(column),
            Err(message) => {
                errors.push(err_at(locate, header_row, Some(i), h, message));
                columns.push(None);
            }
        }
    }
    for req in REQUIRED {
        if !columns.contains(&Some(*req)) {
            let label = INTAKE
                .iter()
                .find(|(id, _)| id == req)
                .map(|(_, k)| tr(lang, k))
                .unwrap_or(req);
            errors.push(err_at(
                locate,
                header_row,
                None,
                "",
                trf(lang, msg::io::ERR_MISSING_COLUMN, &[("column", &label)]),
            ));
        }
    }
    if errors.is_empty() {
        Ok(columns)
    } else {
        Err(errors)
    }
}

/// One trimmed header cell's intake column given the columns before it: None for a blank
/// or 序号 column, an error for a duplicate or an unknown one.
fn header_column(
    h: &str,
    before: &[Option<&'static str>],
    lang: Lang,
) -> Result<Option<&'static str>, String> {
    if h.is_empty() || h == "序号" {
        return Ok(None);
    }
    match column_for(h) {
        Some(id) if before.contains(&Some(id)) => {
            Err(trf(lang, msg::io::ERR_DUPLICATE_COLUMN, &[("column", &h)]))
        }
        Some(id) => Ok(Some(id)),
        None => {
            let accepted: Vec<&str> = INTAKE.iter().map(|(_, k)| tr(lang, k)).collect();
            Err(trf(
                lang,
                msg::io::ERR_UNKNOWN_COLUMN,
                &[("column", &h), ("accepted", &accepted.join("、"))],
            ))
        }
    }
}

/// One non-empty row as a new case; its problems go to `errors`.
fn parse_row(
    header: &[String],
    columns: &[Option<&'static str>],
    line: usize,
    record: &[String],
    lang: Lang,
    locate: Locate,
    errors: &mut Vec<RowError>,
) -> Case {
    let mut case = new_intake_case();
    for (i, value) in record.iter().enumerate() {
        let Some(Some(id)) = columns.get(i) else {
            continue;
        };
        if let Err(message) = apply(&mut case, id, value.trim(), lang) {
            let h = header.get(i).map(|h| h.trim()).unwrap_or(id);
            errors.push(err_at(locate, line, Some(i), h, message));
        }
    }
    for req in REQUIRED {
        if !has_required(&case, req) {
            let col = columns.iter().position(|c| *c == Some(*req));
            let h = col
                .and_then(|i| header.get(i))
                .map(|h| h.trim())
                .unwrap_or(req);
            errors.push(err_at(
                locate,
                line,
                col,
                h,
                tr(lang, msg::io::ERR_REQUIRED).into(),
            ));
        }
    }
    case
}

/// A blank new case as intake makes it: stage collecting, no id, epoch timestamps (the
/// app stamps them when it stores the case).
pub(super) fn new_intake_case() -> Case {
    let mut case = Case::new(
        String::new(),
        Kind::Transformation,
        Org::default(),
        "",
        DateTime::UNIX_EPOCH,
    );
    case.stage = Stage::Collecting;
    case.stage_since = None;
    case
}

/// False when a required intake field (`issuer.name`, `achievement.name`) is empty.
pub(super) fn has_required(case: &Case, id: &str) -> bool {
    match id {
        "issuer.name" => !case.issuer.name.is_empty(),
        "achievement.name" => !case.achievement.name.is_empty(),
        _ => true,
    }
}

fn choice<T: Copy>(
    value: &str,
    parse: fn(&str) -> Option<T>,
    all: &[T],
    label: fn(T, Lang) -> &'static str,
    lang: Lang,
) -> Result<T, String> {
    parse(value).ok_or_else(|| {
        let accepted: Vec<&str> = all.iter().map(|v| label(*v, lang)).collect();
        trf(
            lang,
            msg::io::ERR_BAD_CHOICE,
            &[("value", &value), ("accepted", &accepted.join("、"))],
        )
    })
}

/// `其他：风电设备` → Some("风电设备") when the text starts with the "other" label.
fn other_text(value: &str, other_label: &str) -> Option<String> {
    let rest = value.strip_prefix(other_label)?;
    Some(rest.trim_start_matches([':', '：', ' ']).trim().to_string())
}

pub(super) fn parse_date(value: &str) -> Option<NaiveDate> {
    for f in ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"] {
        if let Ok(d) = NaiveDate::parse_from_str(value, f) {
            return Some(d);
        }
    }
    // Month precision is common for 注册时间 (`2010年5月`, `2010-05`): take the first day.
    let ym = value.trim_end_matches('月').replace(['年', '/', '.'], "-");
    NaiveDate::parse_from_str(&format!("{ym}-01"), "%Y-%m-%d").ok()
}

fn parse_bool(value: &str) -> Option<bool> {
    match value.to_lowercase().as_str() {
        "是" | "有" | "yes" | "y" | "true" | "1" | "√" => Some(true),
        "否" | "无" | "no" | "n" | "false" | "0" | "×" => Some(false),
        _ => None,
    }
}

pub(super) fn apply(c: &mut Case, id: &str, v: &str, lang: Lang) -> Result<(), String> {
    if v.is_empty() {
        return Ok(());
    }
    match id {
        "field" => c.field = Some(choice(v, Field::parse, Field::ALL, Field::label, lang)?),
        "kind" => c.kind = choice(v, Kind::parse, Kind::ALL, Kind::label, lang)?,
        _ if id.starts_with("issuer.") => apply_issuer(&mut c.issuer, id, v, lang)?,
        _ => apply_achievement(&mut c.achievement, id, v, lang)?,
    }
    Ok(())
}

/// The cell's text as the error for a value that does not parse.
fn bad(lang: Lang, key: Msg, v: &str) -> String {
    trf(lang, key, &[("value", &v)])
}

fn apply_issuer(o: &mut Org, id: &str, v: &str, lang: Lang) -> Result<(), String> {
    let count = || {
        v.parse::<u32>()
            .map_err(|_| bad(lang, msg::io::ERR_BAD_NUMBER, v))
    };
    let amount = || Yuan::parse_wan(v).map_err(|_| bad(lang, msg::io::ERR_BAD_AMOUNT, v));
    match id {
        "issuer.name" => o.name = v.into(),
        "issuer.address" => o.address = v.into(),
        "issuer.registered_on" => {
            o.registered_on =
                Some(parse_date(v).ok_or_else(|| bad(lang, msg::io::ERR_BAD_DATE, v))?)
        }
        "issuer.region" => o.region = v.into(),
        "issuer.registered_capital" => o.registered_capital = Some(amount()?),
        "issuer.legal_rep" => o.legal_rep = v.into(),
        "issuer.tech_field" => o.tech_field = v.into(),
        "issuer.main_business" => o.main_business = v.into(),
        "issuer.staff_total" => o.staff_total = Some(count()?),
        "issuer.staff_bachelor" => o.staff_bachelor = Some(count()?),
        "issuer.staff_rd" => o.staff_rd = Some(count()?),
        "issuer.org_type" => {
            if let Some(text) = other_text(v, OrgType::Other.label(lang))
                .or_else(|| other_text(v, OrgType::Other.label(Lang::Zh)))
                .filter(|t| !t.is_empty())
            {
                o.org_type = OrgType::Other;
                o.org_type_other = text;
            } else {
                o.org_type = choice(v, OrgType::parse, OrgType::ALL, OrgType::label, lang)?;
            }
        }
        "issuer.credit_code" => o.credit_code = v.to_uppercase(),
        "issuer.contact.name" => o.contact.name = v.into(),
        "issuer.contact.title" => o.contact.title = v.into(),
        "issuer.contact.mobile" => o.contact.mobile = v.into(),
        "issuer.contact.email" => o.contact.email = v.into(),
        _ => {}
    }
    Ok(())
}

fn apply_achievement(a: &mut Achievement, id: &str, v: &str, lang: Lang) -> Result<(), String> {
    match id {
        "achievement.name" => a.name = v.into(),
        "achievement.achievement_type" => {
            a.achievement_type = Some(choice(
                v,
                AchievementType::parse,
                AchievementType::ALL,
                AchievementType::label,
                lang,
            )?)
        }
        "achievement.owns_ip" => {
            a.owns_ip = Some(parse_bool(v).ok_or_else(|| bad(lang, msg::io::ERR_BAD_BOOL, v))?)
        }
        "achievement.ip_types" => add_ip_types(a, v, lang)?,
        "achievement.description" => a.description = v.into(),
        "achievement.team" => a.team = v.into(),
        "achievement.suggested_period" => a.suggested_period = v.into(),
        "achievement.estimated_investment" => {
            a.estimated_investment =
                Some(Yuan::parse_wan(v).map_err(|_| bad(lang, msg::io::ERR_BAD_AMOUNT, v))?)
        }
        _ => {}
    }
    Ok(())
}

/// A list of IP types in one cell, any common separator; `其他：…` keeps its text.
fn add_ip_types(a: &mut Achievement, v: &str, lang: Lang) -> Result<(), String> {
    for part in v.split(['、', ',', '，', ';', '；', '/']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let other = Lang::ALL
            .iter()
            .find_map(|l| other_text(part, IpType::Other.label(*l)))
            .or_else(|| other_text(part, OrgType::Other.label(Lang::Zh)));
        let ip = match other {
            Some(text) if !text.is_empty() => {
                a.ip_other = text;
                IpType::Other
            }
            _ => choice(part, IpType::parse, IpType::ALL, IpType::label, lang)?,
        };
        if !a.ip_types.contains(&ip) {
            a.ip_types.push(ip);
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;
