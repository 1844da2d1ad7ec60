//! One audited change as an officer reads it, shared by the TUI's history and the CLI's
//! `show` / `audit log`: every path by its form label (`专家评审1`, `经认定的经济效益`),
//! money in 万元, yes/no for flags, ids of closed vocabularies by their labels, and a
//! whole record (a review, a tranche, a taker) as one line naming it.

use crate::i18n::msg;
use serde_json::Value;

use crate::domain::records::{GateResult, MidtermVerdict, Objector, ReviewConclusion, ReviewStage};
use crate::domain::{
    AchievementType, Field, IpType, Kind, OrgType, Stage, TakerStatus, TrancheKind, Verdict, Yuan,
};
use crate::i18n::{Lang, Msg, tr, trf};
use crate::store::Change;

/// Longest value shown before it is cut with `...` (the detail has the whole text).
const MAX_VALUE: usize = 40;

/// Leaf names of the case's money fields (`Yuan`, stored as integer yuan).
const MONEY: &[&str] = &[
    "estimated_investment",
    "rd_investment",
    "funds_received",
    "recovered",
    "amount",
    "benefit",
    "registered_capital",
    "basis",
];

/// Lists of records, by their path without indices, and the scope key naming one of them.
const RECORDS: &[(&str, Msg)] = &[
    ("reviews", msg::records::SCOPE_REVIEW),
    ("tranches", msg::validate::SCOPE_TRANCHE),
    ("takers", msg::validate::SCOPE_TAKER),
    ("publicity.objections", msg::validate::SCOPE_OBJECTION),
    ("extensions", msg::validate::SCOPE_EXTENSION),
    ("notes", msg::validate::SCOPE_NOTE),
    ("takers.consortium", msg::validate::SCOPE_MEMBER),
    ("reviews.panel", msg::records::SCOPE_EXPERT),
    ("midterm.panel", msg::records::SCOPE_EXPERT),
    ("acceptance.panel", msg::records::SCOPE_EXPERT),
];

/// Labels of the fields the forms do not name (flags, dates the program keeps, whole
/// sub-records), by their last path name.
const LEAVES: &[(&str, Msg)] = &[
    ("benefit_verified", msg::hist::F_BENEFIT_VERIFIED),
    ("declared", msg::hist::F_DECLARED),
    ("recused", msg::hist::F_RECUSED),
    ("scores", msg::hist::F_SCORES),
    ("verdict", msg::hist::F_VERDICT),
    ("conclusion", msg::hist::F_CONCLUSION),
    ("achievement_type", msg::hist::F_ACHIEVEMENT_TYPE),
    ("ip_types", msg::hist::F_IP_TYPES),
    ("owns_ip", msg::hist::F_OWNS_IP),
    ("issuer_first_payment", msg::hist::F_ISSUER_FIRST_PAYMENT),
    ("approved", msg::hist::F_APPROVED),
    ("both_agreed", msg::hist::F_BOTH_AGREED),
    ("new_end", msg::hist::F_NEW_END),
    ("requested_on", msg::hist::F_REQUESTED_ON),
    ("org_type", msg::hist::F_ORG_TYPE),
    ("registered_on", msg::hist::F_REGISTERED_ON),
    ("staff_total", msg::hist::F_STAFF_TOTAL),
    ("due", msg::hist::F_DUE),
    ("at", msg::hist::F_AT),
    ("author", msg::hist::F_AUTHOR),
    ("start", msg::hist::F_START),
    ("stage", msg::hist::F_STAGE),
    ("stage_since", msg::hist::F_STAGE_SINCE),
    ("applied_on", msg::hist::F_APPLIED_ON),
    ("gate", msg::hist::F_GATE),
    ("benefit_sharing", msg::hist::F_BENEFIT_SHARING),
    ("ip_ownership", msg::hist::F_IP_OWNERSHIP),
    ("status", msg::hist::F_STATUS),
    ("date", msg::hist::F_DATE),
    ("kind", msg::hist::F_KIND),
    ("special", msg::hist::F_SPECIAL),
    ("consortium", msg::hist::F_CONSORTIUM),
    ("termination", msg::hist::F_TERMINATION),
    ("rev", msg::hist::F_REV),
    ("updated_at", msg::hist::F_UPDATED_AT),
    ("created_at", msg::hist::F_CREATED_AT),
    ("id", msg::hist::F_ID),
];

/// The scope a path lies in (`揭榜方2 `, `专家评审1专家3 `) and the rest of the path.
fn scope<'p>(lang: Lang, dotted: &'p str, index: &[usize]) -> (String, &'p str) {
    let n = |i: usize| index.get(i).map_or(1, |x| x + 1);
    let review = || trf(lang, msg::records::SCOPE_REVIEW, &[("n", &n(0))]);
    let expert = |i: usize| trf(lang, msg::records::SCOPE_EXPERT, &[("n", &n(i))]);
    let scopes: [(&str, &dyn Fn() -> String); 11] = [
        ("issuer.", &|| {
            tr(lang, msg::validate::SCOPE_ISSUER).to_string()
        }),
        ("takers.org.", &|| {
            trf(lang, msg::validate::SCOPE_TAKER, &[("n", &n(0))])
        }),
        ("takers.consortium.", &|| {
            trf(
                lang,
                msg::validate::SCOPE_MEMBER,
                &[("n", &n(0)), ("m", &n(1))],
            )
        }),
        ("takers.", &|| {
            trf(lang, msg::validate::SCOPE_TAKER, &[("n", &n(0))])
        }),
        ("tranches.", &|| {
            trf(lang, msg::validate::SCOPE_TRANCHE, &[("n", &n(0))])
        }),
        ("extensions.", &|| {
            trf(lang, msg::validate::SCOPE_EXTENSION, &[("n", &n(0))])
        }),
        ("notes.", &|| {
            trf(lang, msg::validate::SCOPE_NOTE, &[("n", &n(0))])
        }),
        ("reviews.panel.", &|| format!("{}{}", review(), expert(1))),
        ("reviews.", &review),
        ("acceptance.panel.", &|| {
            format!("{}{}", tr(lang, msg::records::SCOPE_ACCEPTANCE), expert(0))
        }),
        ("midterm.panel.", &|| {
            format!("{}{}", tr(lang, msg::records::SCOPE_MIDTERM), expert(0))
        }),
    ];
    for (prefix, name) in scopes {
        if let Some(rest) = dotted.strip_prefix(prefix) {
            return (name(), rest);
        }
    }
    (String::new(), dotted)
}

/// A label for a path the forms do not name, from [`LEAVES`] within its scope.
fn leaf_label(lang: Lang, dotted: &str, index: &[usize]) -> Option<String> {
    let (scope, rest) = scope(lang, dotted, index);
    let leaf = rest.rsplit('.').next().unwrap_or(rest);
    let key = LEAVES.iter().find(|(l, _)| *l == leaf)?.1;
    Some(format!("{scope}{}", tr(lang, key)))
}

/// The fields that make a record recognisable on one line, by its list.
const RECORD_KEYS: &[(&str, &[&str])] = &[
    ("reviews", &["stage", "date", "conclusion"]),
    ("tranches", &["date", "amount", "kind", "taker"]),
    ("takers", &["org.name", "status"]),
    ("takers.consortium", &["name"]),
    ("publicity.objections", &["received", "objector", "by"]),
    ("extensions", &["requested_on", "new_end", "reason"]),
    ("notes", &["text"]),
    ("reviews.panel", &["name", "unit"]),
    ("midterm.panel", &["name", "unit"]),
    ("acceptance.panel", &["name", "unit"]),
];

/// A path split into its dotted names without indices and the indices in order:
/// `takers[1].org.name` → (`takers.org.name`, [1]).
fn split(path: &str) -> (String, Vec<usize>) {
    let mut dotted = String::new();
    let mut index = Vec::new();
    for part in path.split('.') {
        let (name, at) = match part.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        if !dotted.is_empty() {
            dotted.push('.');
        }
        dotted.push_str(name);
        index.extend(at);
    }
    (dotted, index)
}

/// An audit path as the officer's label (`takers[1].org.name` → `揭榜方2 单位名称`,
/// `reviews[0]` → `专家评审1`); a path nothing names keeps its own name.
pub fn field_name(lang: Lang, path: &str) -> String {
    let (dotted, index) = split(path);
    if let Some((_, key)) = RECORDS.iter().find(|(p, _)| *p == dotted) {
        let last = index.last().map_or(1, |i| i + 1);
        // A consortium member is numbered within its taker: `揭榜方1 联合体成员2`.
        let n = if dotted == "takers.consortium" {
            index.first().map_or(1, |i| i + 1)
        } else {
            last
        };
        return trf(lang, key, &[("n", &n), ("m", &last)])
            .trim_end()
            .to_string();
    }
    if crate::text::validation::has_label(&dotted) {
        crate::text::validation::path_label(&dotted, &index, lang)
    } else {
        leaf_label(lang, &dotted, &index).unwrap_or_else(|| path.to_string())
    }
}

/// The label of a closed vocabulary's id, by the field it is stored in.
fn vocab_label(lang: Lang, dotted: &str, id: &str) -> Option<&'static str> {
    let leaf = dotted.rsplit('.').next().unwrap_or(dotted);
    let under = |list: &str| dotted.starts_with(list);
    Some(match leaf {
        "stage" if under("reviews") => ReviewStage::parse(id)?.label(lang),
        "stage" => Stage::parse(id)?.label(lang),
        "conclusion" => ReviewConclusion::parse(id)?.label(lang),
        "kind" if under("tranches") => TrancheKind::parse(id)?.label(lang),
        "kind" => Kind::parse(id)?.label(lang),
        "status" => TakerStatus::parse(id)?.label(lang),
        "verdict" if under("midterm") => MidtermVerdict::parse(id)?.label(lang),
        "verdict" => Verdict::parse(id)?.label(lang),
        "objector" => Objector::parse(id)?.label(lang),
        "result" => GateResult::parse(id)?.label(lang),
        "field" => Field::parse(id)?.label(lang),
        "org_type" => OrgType::parse(id)?.label(lang),
        "achievement_type" => AchievementType::parse(id)?.label(lang),
        "ip_type" => IpType::parse(id)?.label(lang),
        _ => return None,
    })
}

fn cut(s: &str) -> String {
    let one_line = s.replace(['\n', '\r'], " ");
    if one_line.chars().count() > MAX_VALUE {
        format!(
            "{}...",
            one_line.chars().take(MAX_VALUE).collect::<String>()
        )
    } else {
        one_line
    }
}

/// One value of the field at `dotted` (a path without indices), as the officer reads it.
pub fn value_text(lang: Lang, dotted: &str, v: &Value) -> String {
    let leaf = dotted.rsplit('.').next().unwrap_or(dotted);
    match v {
        Value::Null => "-".into(),
        Value::Bool(b) => tr(lang, if *b { msg::words::YES } else { msg::words::NO }).to_string(),
        Value::Number(n) if MONEY.contains(&leaf) => match n.as_i64() {
            Some(y) => format!("{} {}", Yuan(y).wan_string(), tr(lang, msg::tui::UNIT_WAN)),
            None => n.to_string(),
        },
        Value::Number(n) => n.to_string(),
        Value::String(s) if s.is_empty() => "-".into(),
        Value::String(s) => vocab_label(lang, dotted, s).map_or_else(|| cut(s), str::to_string),
        Value::Array(items) if items.iter().all(Value::is_string) => {
            let names: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            cut(&names.join(", "))
        }
        Value::Array(items) => trf(lang, msg::hist::ITEMS, &[("n", &items.len())]),
        Value::Object(_) => record_line(lang, dotted, v),
    }
}

/// A record on one line: the fields that name it (a review's stage, date and conclusion;
/// a tranche's date and amount), else its name or text.
fn record_line(lang: Lang, dotted: &str, v: &Value) -> String {
    let keys: &[&str] = RECORD_KEYS
        .iter()
        .find(|(p, _)| *p == dotted)
        .map_or(&["name", "text", "org.name", "date"], |(_, k)| k);
    let parts: Vec<String> = keys
        .iter()
        .filter_map(|k| {
            let at = v.pointer(&format!("/{}", k.replace('.', "/")))?;
            let empty = at.is_null() || at.as_str().is_some_and(str::is_empty);
            (!empty).then(|| value_text(lang, &format!("{dotted}.{k}"), at))
        })
        .collect();
    if parts.is_empty() {
        trf(
            lang,
            msg::hist::RECORD,
            &[("n", &v.as_object().map_or(0, |m| m.len()))],
        )
    } else {
        parts.join(" ")
    }
}

/// One change: `评审推荐 -> 组织对接` (a move), `新增 专家评审1: 需求论证 2026-03-01 通过`,
/// `经认定的经济效益: - -> 12000 万元`.
pub fn change_text(lang: Lang, c: &Change) -> String {
    let (dotted, _) = split(&c.path);
    let label = field_name(lang, &c.path);
    let value = |v: &Value| value_text(lang, &dotted, v);
    // A new note is its text and a move its two stages: the action before them already
    // says 备注 or 阶段变更.
    if dotted == "notes" && c.before.is_null() {
        return value(&c.after);
    }
    if dotted == "stage" {
        return format!("{} -> {}", value(&c.before), value(&c.after));
    }
    match (c.before.is_null(), c.after.is_null()) {
        (true, false) if c.after.is_object() => trf(
            lang,
            msg::hist::ADDED,
            &[("what", &label), ("value", &value(&c.after))],
        ),
        (false, true) if c.before.is_object() => trf(
            lang,
            msg::hist::REMOVED,
            &[("what", &label), ("value", &value(&c.before))],
        ),
        _ => trf(
            lang,
            msg::hist::CHANGED,
            &[
                ("what", &label),
                ("before", &value(&c.before)),
                ("after", &value(&c.after)),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn change(path: &str, before: Value, after: Value) -> Change {
        Change {
            path: path.into(),
            before,
            after,
        }
    }

    #[test]
    fn paths_read_as_labels_and_values_as_an_officer_writes_them() {
        let zh = Lang::Zh;
        assert_eq!(field_name(zh, "takers[1].org.name"), "揭榜方2 单位名称");
        assert_eq!(field_name(zh, "reviews[0]"), "专家评审1");
        assert_eq!(field_name(zh, "issuer.contact.mobile"), "发榜方联系人手机");
        assert_eq!(field_name(Lang::En, "plan.end"), "End date");
        // Nothing names it: the path itself, not a vague "field".
        assert_eq!(field_name(zh, "plan.warp_drive"), "plan.warp_drive");
        let money = change("acceptance.benefit", Value::Null, json!(120_000_000));
        assert!(
            change_text(zh, &money).ends_with("- -> 12000 万元"),
            "{}",
            change_text(zh, &money)
        );
        let flag = change("acceptance.benefit_verified", json!(false), json!(true));
        assert!(
            change_text(zh, &flag).ends_with("否 -> 是"),
            "{}",
            change_text(zh, &flag)
        );
        let stage = change("stage", json!("reviewing"), json!("matching"));
        assert_eq!(change_text(zh, &stage), "评审推荐 -> 组织对接");
    }

    #[test]
    fn a_whole_record_is_one_line_naming_it() {
        let review = json!({
            "stage": "validating", "date": "2026-03-01", "conclusion": "passed",
            "panel": [{"name": "王建国"}], "comments": "同意\n发布", "recommended": []
        });
        let text = change_text(Lang::Zh, &change("reviews[0]", Value::Null, review));
        assert!(!text.contains('{') && !text.contains('\n'), "{text}");
        assert!(
            text.contains("专家评审1") && text.contains("2026-03-01"),
            "{text}"
        );
        let tranche = json!({"amount": 3_750_000, "date": "2026-07-07", "kind": "pre_funding"});
        let text = change_text(Lang::Zh, &change("tranches[1]", Value::Null, tranche));
        assert!(
            text.contains("375 万元") && text.contains("第2笔补助"),
            "{text}"
        );
    }
}
