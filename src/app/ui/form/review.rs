//! The expert review form's document (a "sheet"): what the officer types from the paper
//! score sheets, and how it becomes a `Review`. One score field per expert (per taker at
//! 评审推荐) takes the criteria in the configured order, `85 80 90 75`; `-` leaves one
//! criterion unscored. Slots without a name are not saved.

use crate::i18n::msg;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::records::review::conflicts;
use crate::domain::records::{
    Expert, RecordSettings, Review, ReviewConclusion, ReviewStage, Score,
};
use crate::domain::rules::Party;
use crate::domain::{Case, Stage};
use crate::i18n::{Lang, tr, trf};

/// One expert's slot on the sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Slot {
    pub name: String,
    pub unit: String,
    pub declared: bool,
    pub recused: bool,
    /// The typed scores: one text at 需求论证, one per taker at 评审推荐.
    pub scores: Vec<String>,
}

impl Default for Slot {
    fn default() -> Self {
        Slot {
            name: String::new(),
            unit: String::new(),
            declared: true,
            recused: false,
            scores: Vec::new(),
        }
    }
}

/// The form's document. `stage`, `criteria`, `takers` and `min_experts` are fixed when the
/// form opens (and kept in its draft); the rest is typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sheet {
    pub stage: ReviewStage,
    pub criteria: Vec<String>,
    /// The case's takers by name, at 评审推荐 (empty at 需求论证).
    pub takers: Vec<String>,
    pub min_experts: u32,
    pub date: Option<NaiveDate>,
    pub experts: Vec<Slot>,
    pub comments: String,
    pub conclusion: Option<ReviewConclusion>,
    /// Recommended takers by number (from 0), as the picker's ids.
    pub recommended: Vec<String>,
}

impl Default for Sheet {
    fn default() -> Self {
        Sheet {
            stage: ReviewStage::Validating,
            criteria: Vec::new(),
            takers: Vec::new(),
            min_experts: 0,
            date: None,
            experts: Vec::new(),
            comments: String::new(),
            conclusion: None,
            recommended: Vec::new(),
        }
    }
}

impl Sheet {
    /// Score texts each expert has: one, or one per taker.
    pub fn score_columns(&self) -> usize {
        match self.stage {
            ReviewStage::Validating => 1,
            ReviewStage::Reviewing => self.takers.len(),
        }
    }

    /// The taker a score column is about (`""`: the need).
    fn taker_of(&self, column: usize) -> &str {
        match self.stage {
            ReviewStage::Validating => "",
            ReviewStage::Reviewing => self.takers.get(column).map_or("", String::as_str),
        }
    }

    pub fn blank_slot(&self) -> Slot {
        Slot {
            scores: vec![String::new(); self.score_columns()],
            ..Slot::default()
        }
    }
}

/// Which panel the form records: 需求论证 up to that stage, 评审推荐 after it once the case
/// has takers (without takers nobody can be scored, so it stays the need panel).
pub fn stage_for(case: &Case) -> ReviewStage {
    match case.stage {
        Stage::Collecting | Stage::Validating => ReviewStage::Validating,
        _ if case.takers.is_empty() => ReviewStage::Validating,
        _ => ReviewStage::Reviewing,
    }
}

/// A score text from recorded scores, in criteria order, `-` where a criterion is unscored.
fn score_text(expert: &Expert, taker: &str, criteria: &[String]) -> String {
    let values: Vec<Option<u8>> = criteria
        .iter()
        .map(|c| {
            expert
                .scores
                .iter()
                .find(|s| &s.criterion == c && same_taker(&s.taker, taker))
                .map(|s| s.value)
        })
        .collect();
    if values.iter().all(Option::is_none) {
        return String::new();
    }
    values
        .iter()
        .map(|v| v.map_or("-".to_string(), |v| v.to_string()))
        .collect::<Vec<_>>()
        .join(" ")
}

fn same_taker(a: &str, b: &str) -> bool {
    crate::domain::records::review::same_name(a, b)
}

/// The sheet the form opens with: the latest review of the panel's stage when there is
/// one (saving appends a review that supersedes it), else `panel_size` blank slots.
pub fn sheet_for(case: &Case, records: &RecordSettings, today: NaiveDate) -> Sheet {
    let stage = stage_for(case);
    let mut sheet = Sheet {
        stage,
        criteria: records.criteria(stage).to_vec(),
        takers: match stage {
            ReviewStage::Validating => Vec::new(),
            ReviewStage::Reviewing => case.takers.iter().map(|t| t.org.name.clone()).collect(),
        },
        min_experts: records.min_experts,
        date: Some(today),
        ..Sheet::default()
    };
    match case.latest_review(stage).filter(|r| !r.panel.is_empty()) {
        Some(r) => {
            sheet.date = r.date.or(Some(today));
            sheet.comments = r.comments.clone();
            sheet.conclusion = r.conclusion;
            sheet.recommended = (0..sheet.takers.len())
                .filter(|k| r.recommends(&sheet.takers[*k]))
                .map(|k| k.to_string())
                .collect();
            sheet.experts = r
                .panel
                .iter()
                .map(|e| Slot {
                    name: e.name.clone(),
                    unit: e.unit.clone(),
                    declared: e.declared,
                    recused: e.recused,
                    scores: (0..sheet.score_columns())
                        .map(|k| score_text(e, sheet.taker_of(k), &sheet.criteria))
                        .collect(),
                })
                .collect();
        }
        None => {
            let n = records.panel_size.max(1) as usize;
            sheet.experts = vec![sheet.blank_slot(); n];
        }
    }
    sheet
}

pub fn to_value(sheet: &Sheet) -> Value {
    serde_json::to_value(sheet).unwrap_or(Value::Null)
}

/// What is wrong with (or worth knowing about) part of a sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A token that is not a whole number (nor `-`).
    NotAScore(String),
    OutOfRange(u32),
    /// So many scores typed, the criteria want so many.
    Count {
        want: usize,
        got: usize,
    },
    UnitMissing,
    /// A slot with a unit or scores but no name: it will not be saved.
    Unnamed,
    NoExperts,
    /// The expert's unit is a party's (or its parent's): must withdraw (回避).
    Conflict {
        party: Party,
        org: String,
    },
    /// Named, counted and no declaration signed.
    Undeclared,
    PanelSmall {
        count: usize,
        min: u32,
    },
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::NotAScore(t) => trf(lang, msg::review_form::P_NOT_A_SCORE, &[("text", t)]),
            Problem::OutOfRange(v) => trf(lang, msg::review_form::P_RANGE, &[("value", v)]),
            Problem::Count { want, got } => trf(
                lang,
                msg::review_form::P_COUNT,
                &[("want", want), ("got", got)],
            ),
            Problem::UnitMissing => tr(lang, msg::review_form::P_UNIT_MISSING).to_string(),
            Problem::Unnamed => tr(lang, msg::review_form::P_UNNAMED).to_string(),
            Problem::NoExperts => tr(lang, msg::review_form::P_NO_EXPERTS).to_string(),
            Problem::Conflict { party, org } => trf(
                lang,
                msg::review_form::P_CONFLICT,
                &[("party", &party.label(lang)), ("org", org)],
            ),
            Problem::Undeclared => tr(lang, msg::review_form::P_UNDECLARED).to_string(),
            Problem::PanelSmall { count, min } => trf(
                lang,
                msg::review_form::P_PANEL_SMALL,
                &[("count", count), ("min", min)],
            ),
        }
    }
}

/// A problem tied to a field path of the sheet (`""`: the whole form).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub path: String,
    pub error: bool,
    pub problem: Problem,
}

fn halfwidth(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '－' | '—' => '-',
        c => c,
    }
}

/// Scores in criteria order: `want` values, each 0–100 or `-` (not scored). Spaces, commas
/// and 、 separate; full-width digits are read. An empty text scores nothing.
pub fn parse_scores(text: &str, want: usize) -> Result<Vec<Option<u8>>, Problem> {
    let text: String = text.chars().map(halfwidth).collect();
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | '、' | ';' | '；' | '/'))
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.is_empty() {
        return Ok(vec![None; want]);
    }
    let mut out = Vec::with_capacity(tokens.len());
    for t in &tokens {
        if *t == "-" {
            out.push(None);
            continue;
        }
        let v: u32 = t.parse().map_err(|_| Problem::NotAScore(t.to_string()))?;
        if v > 100 {
            return Err(Problem::OutOfRange(v));
        }
        out.push(Some(v as u8));
    }
    if out.len() != want {
        return Err(Problem::Count {
            want,
            got: out.len(),
        });
    }
    Ok(out)
}

fn found(out: &mut Vec<Finding>, path: String, error: bool, problem: Problem) {
    out.push(Finding {
        path,
        error,
        problem,
    });
}

/// The review the sheet records, and every finding: errors block saving, warnings (a
/// conflict of interest, a missing declaration, a small panel) are shown beside the
/// field. Blank-name slots are left out; a withdrawn expert's scores are kept, as the
/// record of what was handed in, and do not count.
pub fn assess(sheet: &Sheet, case: &Case) -> (Review, Vec<Finding>) {
    let mut out = Vec::new();
    let mut panel = Vec::new();
    // The slot each panel member came from, to place conflict warnings.
    let mut slot_of = Vec::new();
    for (i, s) in sheet.experts.iter().enumerate() {
        if let Some(expert) = assess_slot(sheet, i, s, &mut out) {
            panel.push(expert);
            slot_of.push(i);
        }
    }
    panel_findings(sheet, case, &panel, &slot_of, &mut out);
    let recommended = sheet
        .recommended
        .iter()
        .filter_map(|k| k.parse::<usize>().ok())
        .filter_map(|k| sheet.takers.get(k).cloned())
        .collect();
    let review = Review {
        stage: sheet.stage,
        date: sheet.date,
        panel,
        comments: sheet.comments.trim_end().to_string(),
        conclusion: sheet.conclusion,
        recommended,
    };
    (review, out)
}

/// Slot `i` as a panel member, or None for a blank-name slot (an error when it holds
/// anything else, which would otherwise be lost).
fn assess_slot(sheet: &Sheet, i: usize, s: &Slot, out: &mut Vec<Finding>) -> Option<Expert> {
    let at = |leaf: &str| format!("experts.{i}.{leaf}");
    let has_scores = s.scores.iter().any(|t| !t.trim().is_empty());
    if s.name.trim().is_empty() {
        if !s.unit.trim().is_empty() || has_scores {
            found(out, at("name"), false, Problem::Unnamed);
        }
        return None;
    }
    if s.unit.trim().is_empty() {
        found(out, at("unit"), true, Problem::UnitMissing);
    }
    let scores = slot_scores(sheet, i, s, out);
    if !s.declared && !s.recused {
        found(out, at("declared"), false, Problem::Undeclared);
    }
    Some(Expert {
        name: s.name.trim().to_string(),
        unit: s.unit.trim().to_string(),
        declared: s.declared,
        recused: s.recused,
        scores,
    })
}

/// The scores slot `i` gave, one per taker column and criterion; an unreadable cell is an
/// error at that cell.
fn slot_scores(sheet: &Sheet, i: usize, s: &Slot, out: &mut Vec<Finding>) -> Vec<Score> {
    let mut scores = Vec::new();
    for (k, text) in s.scores.iter().enumerate().take(sheet.score_columns()) {
        match parse_scores(text, sheet.criteria.len()) {
            Ok(values) => {
                for (c, v) in sheet.criteria.iter().zip(values) {
                    if let Some(value) = v {
                        scores.push(Score {
                            taker: sheet.taker_of(k).to_string(),
                            criterion: c.clone(),
                            value,
                        });
                    }
                }
            }
            Err(p) => found(out, format!("experts.{i}.scores.{k}"), true, p),
        }
    }
    scores
}

/// The findings about the panel as a whole: none at all, conflicts of interest of members
/// who did not withdraw, fewer counted members than the minimum.
fn panel_findings(
    sheet: &Sheet,
    case: &Case,
    panel: &[Expert],
    slot_of: &[usize],
    out: &mut Vec<Finding>,
) {
    if panel.is_empty() {
        found(out, "experts.0.name".into(), true, Problem::NoExperts);
    }
    for c in conflicts(case, panel) {
        if !panel[c.expert].recused {
            let problem = Problem::Conflict {
                party: c.party,
                org: c.org,
            };
            found(
                out,
                format!("experts.{}.unit", slot_of[c.expert]),
                false,
                problem,
            );
        }
    }
    let counted = panel.iter().filter(|e| !e.recused).count();
    if !panel.is_empty() && (counted as u64) < u64::from(sheet.min_experts) {
        let problem = Problem::PanelSmall {
            count: counted,
            min: sheet.min_experts,
        };
        found(out, String::new(), false, problem);
    }
}

#[cfg(test)]
#[path = "review_tests.rs"]
mod tests;
