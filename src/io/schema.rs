//! What an imported case may contain, derived from the model itself: a fully populated
//! sample case is serialised and its keys are the accepted ones, so a field the model
//! gains is accepted without touching this file. Also maps vocabulary labels (评审推荐,
//! 氢能) to their ids, since officers may type either wherever an id is expected.

use std::sync::OnceLock;

use chrono::DateTime;
use serde_json::Value;

use crate::domain::records::{
    Expert, GateResult, MidtermVerdict, Objector, Review, ReviewConclusion, ReviewStage, Score,
    StageGate,
};
use crate::domain::{
    AchievementType, Case, Extension, Field, IpType, Kind, Note, Objection, Org, OrgType, Stage,
    Taker, TakerStatus, Termination, Tranche, TrancheKind, Verdict,
};
use crate::i18n::Lang;

fn sample() -> &'static Value {
    static SAMPLE: OnceLock<Value> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let at = DateTime::UNIX_EPOCH;
        let mut c = Case::new(String::new(), Kind::Breakthrough, Org::default(), "", at);
        c.takers = vec![Taker {
            consortium: vec![Org::default()],
            gate: Some(StageGate::default()),
            ..Taker::default()
        }];
        let expert = Expert {
            scores: vec![Score::default()],
            ..Expert::default()
        };
        c.reviews = vec![Review {
            panel: vec![expert.clone()],
            recommended: vec![String::new()],
            ..Review::default()
        }];
        c.midterm.panel = vec![expert.clone()];
        c.acceptance.panel = vec![expert];
        c.tranches = vec![Tranche::default()];
        c.publicity.objections = vec![Objection::default()];
        c.extensions = vec![Extension::default()];
        c.termination = Some(Termination::default());
        c.plan_baseline = Some(crate::domain::case::PlanBaseline::default());
        c.breaches = vec![String::new()];
        c.notes = vec![Note {
            at,
            author: String::new(),
            text: String::new(),
        }];
        serde_json::to_value(&c).unwrap_or(Value::Null)
    })
}

/// Keys present in `row` that the model does not know: (path, key, accepted keys).
pub fn unknown_keys(row: &Value) -> Vec<(String, String, Vec<String>)> {
    let mut out = Vec::new();
    walk_unknown(row, sample(), String::new(), &mut out);
    out
}

fn walk_unknown(v: &Value, s: &Value, path: String, out: &mut Vec<(String, String, Vec<String>)>) {
    match (v, s) {
        (Value::Object(vm), Value::Object(sm)) => {
            for (k, child) in vm {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match sm.get(k) {
                    Some(sc) => walk_unknown(child, sc, p, out),
                    None => out.push((p, k.clone(), sm.keys().cloned().collect())),
                }
            }
        }
        (Value::Array(va), Value::Array(sa)) => {
            if let Some(se) = sa.first() {
                for (i, child) in va.iter().enumerate() {
                    walk_unknown(child, se, format!("{path}[{i}]"), out);
                }
            }
        }
        _ => {}
    }
}

/// Replaces vocabulary labels by ids in place (`"stage": "评审推荐"` → `"reviewing"`).
/// Strings that match nothing are left for serde to reject with the accepted list.
pub fn normalise_labels(row: &mut Value) {
    fix(row.get_mut("kind"), Kind::parse, Kind::id);
    fix(row.get_mut("field"), Field::parse, Field::id);
    fix(row.get_mut("stage"), Stage::parse, Stage::id);
    fix_org(row.get_mut("issuer"));
    if let Some(a) = row.get_mut("achievement") {
        fix(
            a.get_mut("achievement_type"),
            AchievementType::parse,
            AchievementType::id,
        );
        for ip in items(a.get_mut("ip_types")) {
            fix(Some(ip), IpType::parse, IpType::id);
        }
    }
    for t in items(row.get_mut("takers")) {
        fix_taker(t);
    }
    normalise_later_stages(row);
}

/// The label at `v`, when it parses, replaced by its id.
fn fix<T: Copy>(v: Option<&mut Value>, parse: fn(&str) -> Option<T>, id: fn(T) -> &'static str) {
    if let Some(v) = v
        && let Some(parsed) = v.as_str().and_then(parse)
    {
        *v = Value::String(id(parsed).to_string());
    }
}

fn fix_org(o: Option<&mut Value>) {
    if let Some(o) = o {
        fix(o.get_mut("org_type"), OrgType::parse, OrgType::id);
    }
}

/// The elements of an array value; nothing when absent or not an array (serde reports it).
fn items(v: Option<&mut Value>) -> impl Iterator<Item = &mut Value> {
    match v {
        Some(Value::Array(a)) => Some(a.iter_mut()),
        _ => None,
    }
    .into_iter()
    .flatten()
}

fn fix_taker(t: &mut Value) {
    fix(t.get_mut("status"), TakerStatus::parse, TakerStatus::id);
    fix_org(t.get_mut("org"));
    for m in items(t.get_mut("consortium")) {
        fix_org(Some(m));
    }
    if let Some(g) = t.get_mut("gate") {
        fix(g.get_mut("result"), GateResult::parse, GateResult::id);
    }
}

/// Reviews, the midterm, publicity objections, tranches and the acceptance.
fn normalise_later_stages(row: &mut Value) {
    for r in items(row.get_mut("reviews")) {
        fix(r.get_mut("stage"), ReviewStage::parse, ReviewStage::id);
        fix(
            r.get_mut("conclusion"),
            ReviewConclusion::parse,
            ReviewConclusion::id,
        );
    }
    if let Some(m) = row.get_mut("midterm") {
        fix(
            m.get_mut("verdict"),
            MidtermVerdict::parse,
            MidtermVerdict::id,
        );
    }
    for o in items(
        row.get_mut("publicity")
            .and_then(|p| p.get_mut("objections")),
    ) {
        fix(o.get_mut("objector"), Objector::parse, Objector::id);
    }
    for t in items(row.get_mut("tranches")) {
        fix(t.get_mut("kind"), TrancheKind::parse, TrancheKind::id);
    }
    if let Some(a) = row.get_mut("acceptance") {
        fix(a.get_mut("verdict"), Verdict::parse, Verdict::id);
    }
}

/// The accepted values, `id (标签)`, for a vocabulary-valued JSON path.
pub fn vocab_for(path: &str) -> Option<String> {
    fn list<T: Copy>(
        all: &[T],
        id: fn(T) -> &'static str,
        label: fn(T, Lang) -> &'static str,
    ) -> String {
        all.iter()
            .map(|v| format!("{} ({})", id(*v), label(*v, Lang::Zh)))
            .collect::<Vec<_>>()
            .join(", ")
    }
    let last = path.rsplit('.').next().unwrap_or(path);
    let last = last.split('[').next().unwrap_or(last);
    Some(match last {
        "kind" if path.starts_with("tranches") => {
            list(TrancheKind::ALL, TrancheKind::id, TrancheKind::label)
        }
        "kind" => list(Kind::ALL, Kind::id, Kind::label),
        "stage" if path.starts_with("reviews") => {
            list(ReviewStage::ALL, ReviewStage::id, ReviewStage::label)
        }
        "verdict" if path.starts_with("midterm") => list(
            MidtermVerdict::ALL,
            MidtermVerdict::id,
            MidtermVerdict::label,
        ),
        "conclusion" => list(
            ReviewConclusion::ALL,
            ReviewConclusion::id,
            ReviewConclusion::label,
        ),
        "result" => list(GateResult::ALL, GateResult::id, GateResult::label),
        "objector" => list(Objector::ALL, Objector::id, Objector::label),
        "field" => list(Field::ALL, Field::id, Field::label),
        "stage" => list(Stage::ALL, Stage::id, Stage::label),
        "status" => list(TakerStatus::ALL, TakerStatus::id, TakerStatus::label),
        "org_type" => list(OrgType::ALL, OrgType::id, OrgType::label),
        "achievement_type" => list(
            AchievementType::ALL,
            AchievementType::id,
            AchievementType::label,
        ),
        "ip_types" => list(IpType::ALL, IpType::id, IpType::label),
        "verdict" => list(Verdict::ALL, Verdict::id, Verdict::label),
        _ => return None,
    })
}
