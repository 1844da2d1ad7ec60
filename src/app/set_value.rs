//! Typed `set`: the text after `=` becomes a value of the type the path's field has. The
//! field's type is learned from the model itself (which probe values the case accepts at
//! that path), so a field the model gains is typed without touching this file.

use crate::i18n::msg;
use chrono::NaiveDate;
use serde_json::Value;

use crate::domain::{Case, Yuan};
use crate::i18n::{Lang, tr, trf};
use crate::io::schema::vocab_for;
use crate::text::validation::path_label;

use super::edit_ops::json_slot;
use super::error::OpError;

/// What a path takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Want {
    Text,
    Date,
    /// Yuan, typed with a unit: `800万`, `800万元`, `8000000元`.
    Money,
    Count,
    Bool,
    /// One of a vocabulary (ids or labels); the accepted list.
    Choice(String),
    /// A list or record, as JSON.
    Json,
}

/// Leaves that hold yuan (`Yuan` is an integer to serde, so probing cannot tell it from a
/// headcount).
const MONEY_LEAVES: &[&str] = &[
    "rd_investment",
    "funds_received",
    "recovered",
    "amount",
    "estimated_investment",
    "registered_capital",
    "benefit",
];

fn accepts(case: &Value, path: &str, probe: Value) -> bool {
    let mut v = case.clone();
    match json_slot(&mut v, path) {
        Some(slot) => *slot = probe,
        None => return false,
    }
    serde_json::from_value::<Case>(v).is_ok()
}

fn leaf(path: &str) -> &str {
    let last = path.rsplit('.').next().unwrap_or(path);
    last.split('[').next().unwrap_or(last)
}

/// The type of the field at `path` of `case` (the case as JSON).
pub(crate) fn want(case: &Value, path: &str) -> Want {
    if path.ends_with(']') {
        return Want::Json;
    }
    if let Some(list) = vocab_for(path) {
        return Want::Choice(list);
    }
    if MONEY_LEAVES.contains(&leaf(path)) && accepts(case, path, Value::from(1)) {
        return Want::Money;
    }
    if accepts(case, path, Value::from("\u{1}x")) {
        Want::Text
    } else if accepts(case, path, Value::from("2026-01-01")) {
        Want::Date
    } else if accepts(case, path, Value::Bool(true)) {
        Want::Bool
    } else if accepts(case, path, Value::from(1)) {
        Want::Count
    } else {
        Want::Json
    }
}

/// Surrounding spaces, and one pair of quotes a shell left in, are not part of the value.
fn unquote(raw: &str) -> &str {
    let t = raw.trim();
    for q in ['"', '\'', '“', '「'] {
        let close = match q {
            '“' => '”',
            '「' => '」',
            c => c,
        };
        if let Some(inner) = t.strip_prefix(q).and_then(|r| r.strip_suffix(close)) {
            return inner.trim();
        }
    }
    t
}

fn money(t: &str) -> Option<Value> {
    if t.ends_with('万') || t.ends_with("万元") {
        return Yuan::parse_wan(t).ok().map(|y| Value::from(y.0));
    }
    let yuan = t.strip_suffix('元')?.trim().replace([',', '，'], "");
    yuan.parse::<i64>().ok().map(Value::from)
}

fn boolean(t: &str) -> Option<Value> {
    match t.to_lowercase().as_str() {
        "true" | "yes" | "y" | "是" | "有" => Some(Value::Bool(true)),
        "false" | "no" | "n" | "否" | "无" => Some(Value::Bool(false)),
        _ => None,
    }
}

/// The value to store at `path` for the text `raw`, or a message naming the type the path
/// wants. An empty value clears an optional field (and empties a text).
pub(crate) fn typed(case: &Value, path: &str, raw: &str, lang: Lang) -> Result<Value, OpError> {
    let want = want(case, path);
    let t = if want == Want::Json {
        raw.trim()
    } else {
        unquote(raw)
    };
    if t.is_empty() {
        return Ok(if want == Want::Text {
            Value::from("")
        } else {
            Value::Null
        });
    }
    let parsed = match &want {
        Want::Text | Want::Choice(_) => Some(Value::from(t)),
        Want::Date => NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .ok()
            .map(|d| Value::from(d.to_string())),
        Want::Money => money(t),
        Want::Count => t.parse::<u64>().ok().map(Value::from),
        Want::Bool => boolean(t),
        Want::Json => serde_json::from_str(t).ok(),
    };
    parsed.ok_or_else(|| wrong_type(path, t, &want, lang))
}

fn wrong_type(path: &str, value: &str, want: &Want, lang: Lang) -> OpError {
    let wanted = match want {
        Want::Text => tr(lang, msg::app::SET_WANT_TEXT).to_string(),
        Want::Date => tr(lang, msg::app::SET_WANT_DATE).to_string(),
        Want::Money => tr(lang, msg::app::SET_WANT_MONEY).to_string(),
        Want::Count => tr(lang, msg::app::SET_WANT_COUNT).to_string(),
        Want::Bool => tr(lang, msg::app::SET_WANT_BOOL).to_string(),
        Want::Choice(list) => trf(lang, msg::app::SET_WANT_CHOICE, &[("list", list)]),
        Want::Json => tr(lang, msg::app::SET_WANT_JSON).to_string(),
    };
    let label = path_label(&unindexed(path), &[], lang);
    OpError::BadInput(vec![trf(
        lang,
        msg::app::SET_WRONG_TYPE,
        &[
            ("path", &path),
            ("label", &label),
            ("want", &wanted),
            ("value", &value),
        ],
    )])
}

/// `takers[0].org.name` → `takers.org.name`, the form `path_label` knows.
fn unindexed(path: &str) -> String {
    path.split('.')
        .map(|p| p.split('[').next().unwrap_or(p))
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Kind, Org};

    fn case_json() -> Value {
        let mut c = Case::new(
            "JB-2026-0001".into(),
            Kind::Breakthrough,
            Org::named("包头稀土"),
            "永磁",
            chrono::DateTime::UNIX_EPOCH,
        );
        c.tranches.push(crate::domain::Tranche::default());
        serde_json::to_value(&c).unwrap()
    }

    #[test]
    fn each_path_wants_its_fields_type() {
        let v = case_json();
        assert_eq!(want(&v, "issuer.contact.mobile"), Want::Text);
        assert_eq!(want(&v, "issuer.credit_code"), Want::Text);
        assert_eq!(want(&v, "plan.end"), Want::Date);
        assert_eq!(want(&v, "amounts.rd_investment"), Want::Money);
        assert_eq!(want(&v, "tranches[0].amount"), Want::Money);
        assert_eq!(want(&v, "issuer.staff_total"), Want::Count);
        assert_eq!(want(&v, "tranches[0].special"), Want::Bool);
        assert!(matches!(want(&v, "field"), Want::Choice(_)));
        assert_eq!(want(&v, "tranches"), Want::Json);
    }

    #[test]
    fn values_are_typed_trimmed_and_unquoted() {
        let v = case_json();
        let t = |p: &str, raw: &str| typed(&v, p, raw, Lang::Zh);
        assert_eq!(
            t("issuer.contact.mobile", "13800138000").unwrap(),
            Value::from("13800138000")
        );
        assert_eq!(
            t("issuer.contact.mobile", " \"13800138000\" ").unwrap(),
            Value::from("13800138000")
        );
        assert_eq!(
            t("issuer.credit_code", " 911502001144000000 ").unwrap(),
            Value::from("911502001144000000")
        );
        assert_eq!(
            t("amounts.rd_investment", "800万").unwrap(),
            Value::from(8_000_000)
        );
        assert_eq!(
            t("amounts.rd_investment", "8,000,000元").unwrap(),
            Value::from(8_000_000)
        );
        assert_eq!(t("amounts.rd_investment", "").unwrap(), Value::Null);
        assert_eq!(
            t("plan.end", "2028-12-31").unwrap(),
            Value::from("2028-12-31")
        );
        assert_eq!(t("tranches[0].special", "是").unwrap(), Value::Bool(true));
    }

    #[test]
    fn a_wrong_type_names_the_type_the_path_wants() {
        let v = case_json();
        let msg = |p: &str, raw: &str| {
            typed(&v, p, raw, Lang::Zh).unwrap_err().lines(Lang::Zh)[0].clone()
        };
        let m = msg("amounts.rd_investment", "800");
        assert!(m.contains("800万"), "{m}");
        let m = msg("plan.end", "2028/12/31");
        assert!(m.contains("YYYY-MM-DD"), "{m}");
        let m = msg("issuer.staff_total", "很多");
        assert!(m.contains("整数"), "{m}");
        let m = msg("tranches", "[oops");
        assert!(m.contains("JSON"), "{m}");
    }
}
