//! CSV out (one row per case, the columns officers put in a report) and CSV in (the intake
//! fields of 附件1, one new case per row). Headers are read in Chinese, English or as
//! field ids; amounts are 万元 both ways.

use chrono::{DateTime, NaiveDate};

use super::encoding::decode;
use super::json::RowError;
use crate::domain::{AchievementType, Case, Field, IpType, Kind, Org, OrgType, Stage, Yuan};
use crate::i18n::{Lang, tr, trf};

/// Export columns: (i18n key of the header, cell).
type Cell = fn(&Case, Lang) -> String;
const EXPORT: &[(&str, Cell)] = &[
    ("io.col.id", |c, _| c.id.clone()),
    ("io.col.kind", |c, l| c.kind.label(l).into()),
    ("io.col.field", |c, l| {
        c.field.map(|f| f.label(l)).unwrap_or("").into()
    }),
    ("io.col.stage", |c, l| c.stage.label(l).into()),
    ("io.col.name", |c, _| c.achievement.name.clone()),
    ("io.col.issuer", |c, _| c.issuer.name.clone()),
    ("io.col.credit_code", |c, _| c.issuer.credit_code.clone()),
    ("io.col.region", |c, _| c.issuer.region.clone()),
    ("io.col.contact", |c, _| c.issuer.contact.name.clone()),
    ("io.col.mobile", |c, _| c.issuer.contact.mobile.clone()),
    ("io.col.taker", |c, _| {
        c.chosen_taker()
            .map(|t| t.org.name.clone())
            .unwrap_or_default()
    }),
    ("io.col.start", |c, _| date(c.plan.start)),
    ("io.col.end", |c, _| date(c.effective_end())),
    ("io.col.rd_investment", |c, _| wan(c.amounts.rd_investment)),
    ("io.col.funds_received", |c, _| {
        wan(c.amounts.funds_received)
    }),
    ("io.col.subsidy_paid", |c, _| c.subsidy_paid().wan_string()),
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

/// Intake columns of 附件1: (id, i18n key of the label). `issuer.name` and
/// `achievement.name` are required.
const INTAKE: &[(&str, &str)] = &[
    ("issuer.name", "io.intake.issuer_name"),
    ("issuer.address", "io.intake.issuer_address"),
    ("issuer.registered_on", "io.intake.issuer_registered_on"),
    ("issuer.region", "io.intake.issuer_region"),
    (
        "issuer.registered_capital",
        "io.intake.issuer_registered_capital",
    ),
    ("issuer.legal_rep", "io.intake.issuer_legal_rep"),
    ("issuer.tech_field", "io.intake.issuer_tech_field"),
    ("issuer.main_business", "io.intake.issuer_main_business"),
    ("issuer.staff_total", "io.intake.issuer_staff_total"),
    ("issuer.staff_bachelor", "io.intake.issuer_staff_bachelor"),
    ("issuer.staff_rd", "io.intake.issuer_staff_rd"),
    ("issuer.org_type", "io.intake.issuer_org_type"),
    ("issuer.credit_code", "io.intake.issuer_credit_code"),
    ("issuer.contact.name", "io.intake.contact_name"),
    ("issuer.contact.title", "io.intake.contact_title"),
    ("issuer.contact.mobile", "io.intake.contact_mobile"),
    ("issuer.contact.email", "io.intake.contact_email"),
    ("achievement.name", "io.intake.achievement_name"),
    ("achievement.achievement_type", "io.intake.achievement_type"),
    ("achievement.owns_ip", "io.intake.owns_ip"),
    ("achievement.ip_types", "io.intake.ip_types"),
    ("field", "io.intake.field"),
    ("achievement.description", "io.intake.description"),
    ("achievement.team", "io.intake.team"),
    ("achievement.suggested_period", "io.intake.suggested_period"),
    (
        "achievement.estimated_investment",
        "io.intake.estimated_investment",
    ),
    ("kind", "io.intake.kind"),
];

const REQUIRED: &[&str] = &["issuer.name", "achievement.name"];

/// Compares headers loosely: spaces, full-width brackets, case and a trailing unit in
/// brackets (`注册资金(万)` = `注册资金`) do not matter.
fn norm(s: &str) -> String {
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

fn column_for(header: &str) -> Option<&'static str> {
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
    let text = decode(bytes, lang).map_err(|m| vec![RowError::file(m)])?;
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let err_at = |row: usize, field: &str, message: String| RowError {
        row,
        id: None,
        field: field.to_string(),
        message,
    };
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => {
            return Err(vec![err_at(
                1,
                "",
                trf(lang, "io.err.csv", &[("detail", &e)]),
            )]);
        }
        None => return Err(vec![RowError::file(trf(lang, "io.err.no_header", &[]))]),
    };

    let mut errors = Vec::new();
    let mut columns: Vec<Option<&'static str>> = Vec::new();
    for h in header.iter() {
        let h = h.trim();
        if h.is_empty() || h == "序号" {
            columns.push(None);
            continue;
        }
        match column_for(h) {
            Some(id) if columns.contains(&Some(id)) => errors.push(err_at(
                1,
                h,
                trf(lang, "io.err.duplicate_column", &[("column", &h)]),
            )),
            Some(id) => columns.push(Some(id)),
            None => {
                let accepted: Vec<&str> = INTAKE.iter().map(|(_, k)| tr(lang, k)).collect();
                errors.push(err_at(
                    1,
                    h,
                    trf(
                        lang,
                        "io.err.unknown_column",
                        &[("column", &h), ("accepted", &accepted.join("、"))],
                    ),
                ));
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
                1,
                "",
                trf(lang, "io.err.missing_column", &[("column", &label)]),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut cases = Vec::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                errors.push(err_at(line, "", trf(lang, "io.err.csv", &[("detail", &e)])));
                continue;
            }
        };
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let mut case = Case::new(
            String::new(),
            Kind::Transformation,
            Org::default(),
            "",
            DateTime::UNIX_EPOCH,
        );
        case.stage = Stage::Collecting;
        case.stage_since = None;
        let before = errors.len();
        for (i, value) in record.iter().enumerate() {
            let Some(Some(id)) = columns.get(i) else {
                continue;
            };
            if let Err(message) = apply(&mut case, id, value.trim(), lang) {
                errors.push(err_at(line, header.get(i).unwrap_or(id).trim(), message));
            }
        }
        for req in REQUIRED {
            let empty = match *req {
                "issuer.name" => case.issuer.name.is_empty(),
                _ => case.achievement.name.is_empty(),
            };
            let col = columns
                .iter()
                .position(|c| *c == Some(*req))
                .and_then(|i| header.get(i))
                .unwrap_or(req);
            if empty {
                errors.push(err_at(line, col, tr(lang, "io.err.required").into()));
            }
        }
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
            "io.err.bad_choice",
            &[("value", &value), ("accepted", &accepted.join("、"))],
        )
    })
}

/// `其他：风电设备` → Some("风电设备") when the text starts with the "other" label.
fn other_text(value: &str, other_label: &str) -> Option<String> {
    let rest = value.strip_prefix(other_label)?;
    Some(rest.trim_start_matches([':', '：', ' ']).trim().to_string())
}

fn parse_date(value: &str) -> Option<NaiveDate> {
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

fn apply(c: &mut Case, id: &str, v: &str, lang: Lang) -> Result<(), String> {
    if v.is_empty() {
        return Ok(());
    }
    let bad = |key: &str| trf(lang, key, &[("value", &v)]);
    let count = || v.parse::<u32>().map_err(|_| bad("io.err.bad_number"));
    let amount = || Yuan::parse_wan(v).map_err(|_| bad("io.err.bad_amount"));
    let o = &mut c.issuer;
    let a = &mut c.achievement;
    match id {
        "issuer.name" => o.name = v.into(),
        "issuer.address" => o.address = v.into(),
        "issuer.registered_on" => {
            o.registered_on = Some(parse_date(v).ok_or_else(|| bad("io.err.bad_date"))?)
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
            a.owns_ip = Some(parse_bool(v).ok_or_else(|| bad("io.err.bad_bool"))?)
        }
        "achievement.ip_types" => {
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
        }
        "field" => c.field = Some(choice(v, Field::parse, Field::ALL, Field::label, lang)?),
        "achievement.description" => a.description = v.into(),
        "achievement.team" => a.team = v.into(),
        "achievement.suggested_period" => a.suggested_period = v.into(),
        "achievement.estimated_investment" => a.estimated_investment = Some(amount()?),
        "kind" => c.kind = choice(v, Kind::parse, Kind::ALL, Kind::label, lang)?,
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;
