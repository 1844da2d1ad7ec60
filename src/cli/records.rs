//! `jiebang record …`: the stage records from the command line. Each subcommand starts from
//! what the case already holds (or from `--json FILE`, the record's own JSON form, `-` for
//! stdin), applies the flags given, and writes through one session operation checked
//! against the revision it read (or `--rev`).

use crate::i18n::Msg;
use crate::i18n::msg;
use std::io::Read;

use clap::{Args, Subcommand};
use serde::de::DeserializeOwned;

use super::{open, usage};
use crate::app::record_ops::TakerRecord;
use crate::app::{Config, Session, SessionOptions};
use crate::domain::Yuan;
use crate::domain::case::{Case, Objection};
use crate::domain::records::{
    self, Expert, GateResult, MidtermVerdict, Objector, Review, ReviewConclusion, ReviewStage,
    Score, StageGate,
};
use crate::domain::validate;
use crate::domain::vocab::{Stage, TakerStatus, Verdict};
use crate::i18n::{Lang, tr, trf};
use crate::io::inert::inert_line;
use crate::text::records::criterion_label;

#[derive(Debug, Subcommand)]
pub enum RecordCommand {
    /// Expert review at 需求论证 (validating) or 评审推荐 (reviewing); the last one counts
    Review(ReviewArgs),
    /// A publicity objection (added, or objection --index N edited)
    Objection(ObjectionArgs),
    /// The mid-term check (中期检查)
    Midterm(MidtermArgs),
    /// The acceptance (验收) verdict, completion and verified benefit
    Acceptance(AcceptanceArgs),
    /// A taker's status, own agreement and period (赛马制) and stage gate
    Taker(TakerArgs),
}

#[derive(Debug, Args)]
pub struct Common {
    /// Case id
    pub id: String,
    /// Start from this JSON object of the record (`-` reads stdin); flags apply on top
    #[arg(long, value_name = "FILE")]
    pub json: Option<String>,
    /// Refuse if the case changed since this revision
    #[arg(long, value_name = "REV")]
    pub rev: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    #[command(flatten)]
    pub common: Common,
    /// validating (需求论证) or reviewing (评审推荐)
    #[arg(long, value_name = "STAGE")]
    pub stage: Option<String>,
    /// Date of the review meeting
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// "姓名,单位[,undeclared][,recused]", repeated; declaration signed unless `undeclared`
    #[arg(long, value_name = "EXPERT")]
    pub expert: Vec<String>,
    /// "姓名[@揭榜方]:criterion=85,criterion=80", repeated (揭榜方 by name or number)
    #[arg(long, value_name = "SCORES")]
    pub score: Vec<String>,
    /// The panel's written comments
    #[arg(long, value_name = "TEXT")]
    pub comments: Option<String>,
    /// pass (通过), revise (修改完善后再议) or fail (不通过)
    #[arg(long)]
    pub conclusion: Option<String>,
    /// A taker the panel recommends (name or number), repeated
    #[arg(long, value_name = "TAKER")]
    pub recommend: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ObjectionArgs {
    #[command(flatten)]
    pub common: Common,
    /// Edit objection N (from 1) instead of adding one
    #[arg(long, value_name = "N")]
    pub index: Option<usize>,
    /// Who objected (a person's name, or the unit that stamped it)
    #[arg(long)]
    pub by: Option<String>,
    /// A unit's stamped objection (default: a named person)
    #[arg(long)]
    pub unit: bool,
    /// Anonymous: recorded, not accepted
    #[arg(long)]
    pub anonymous: bool,
    /// Date the objection was received
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub received: Option<String>,
    /// Not accepted for another reason (anonymous and late ones are decided automatically)
    #[arg(long, value_name = "REASON")]
    pub not_accepted: Option<String>,
    /// What the verification found
    #[arg(long, value_name = "TEXT")]
    pub finding: Option<String>,
    /// Date the objection was resolved
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub resolved: Option<String>,
}

#[derive(Debug, Args)]
pub struct MidtermArgs {
    #[command(flatten)]
    pub common: Common,
    /// Override the computed due date
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub due: Option<String>,
    /// Date the check was held
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub held: Option<String>,
    /// qualified (合格) or rectify (限期整改)
    #[arg(long)]
    pub verdict: Option<String>,
    /// 限期整改: rectification due by
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub deadline: Option<String>,
    /// 限期整改: rectification confirmed on
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub rectified: Option<String>,
    /// "姓名,单位", repeated (replaces the panel)
    #[arg(long, value_name = "EXPERT")]
    pub expert: Vec<String>,
    /// Remarks kept with the record
    #[arg(long, value_name = "TEXT")]
    pub remarks: Option<String>,
}

#[derive(Debug, Args)]
pub struct AcceptanceArgs {
    #[command(flatten)]
    pub common: Common,
    /// Date of the acceptance meeting
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// passed (通过), review (需要复议) or failed (不通过)
    #[arg(long)]
    pub verdict: Option<String>,
    /// Completion of the task-book indicators, percent
    #[arg(long, value_name = "PCT")]
    pub completion: Option<u8>,
    /// 成果转化类: the department verified the economic benefit (第十二条)
    #[arg(long)]
    pub benefit_verified: bool,
    /// 成果转化类: the verified economic benefit, 万元
    #[arg(long, value_name = "WAN")]
    pub benefit: Option<String>,
    /// 实际到账金额, 万元 (basis of the post-subsidy)
    #[arg(long, value_name = "WAN")]
    pub funds_received: Option<String>,
    /// "姓名,单位", repeated (replaces the panel)
    #[arg(long, value_name = "EXPERT")]
    pub expert: Vec<String>,
    /// Remarks kept with the record
    #[arg(long, value_name = "TEXT")]
    pub remarks: Option<String>,
}

#[derive(Debug, Args)]
pub struct TakerArgs {
    #[command(flatten)]
    pub common: Common,
    /// The taker: its number (from 1) or its name
    #[arg(long, value_name = "N|NAME")]
    pub taker: String,
    /// applied, recommended, selected or eliminated
    #[arg(long)]
    pub status: Option<String>,
    /// Date this taker signed its agreement
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub agreement: Option<String>,
    /// Date this taker's task book was signed
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub task_book: Option<String>,
    /// Start of this taker's implementation period
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub start: Option<String>,
    /// End of this taker's implementation period
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub end: Option<String>,
    /// Stage gate result: continue or eliminated
    #[arg(long)]
    pub gate: Option<String>,
    /// Date of the stage gate
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub gate_date: Option<String>,
    /// Why (required when eliminated)
    #[arg(long)]
    pub reason: Option<String>,
}

pub fn run(cmd: RecordCommand, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let s = open(opts, cfg, false)?;
    let lang = s.lang;
    let (case, what) = match cmd {
        RecordCommand::Review(a) => review(&s, a)?,
        RecordCommand::Objection(a) => objection(&s, a)?,
        RecordCommand::Midterm(a) => {
            let case = s.case(&a.common.id)?;
            let mut m = base(lang, &a.common, case.midterm.clone())?;
            set_date(lang, &mut m.due, a.due.as_deref())?;
            set_date(lang, &mut m.held_on, a.held.as_deref())?;
            if let Some(v) = &a.verdict {
                m.verdict = Some(vocab(lang, v, MidtermVerdict::parse, MidtermVerdict::ids)?);
            }
            set_date(lang, &mut m.rectify_by, a.deadline.as_deref())?;
            set_date(lang, &mut m.rectified_on, a.rectified.as_deref())?;
            if !a.expert.is_empty() {
                m.panel = experts(lang, &a.expert)?;
            }
            set_text(&mut m.remarks, a.remarks);
            let rev = a.common.rev.or(Some(case.rev));
            (
                s.record_midterm(&case.id, m, rev)?,
                msg::records::CLI_MIDTERM,
            )
        }
        RecordCommand::Acceptance(a) => {
            let case = s.case(&a.common.id)?;
            let mut acc = base(lang, &a.common, case.acceptance.clone())?;
            set_date(lang, &mut acc.date, a.date.as_deref())?;
            if let Some(v) = &a.verdict {
                acc.verdict = Some(vocab(lang, v, Verdict::parse, Verdict::ids)?);
            }
            if a.completion.is_some() {
                acc.completion_pct = a.completion;
            }
            acc.benefit_verified |= a.benefit_verified;
            if let Some(b) = &a.benefit {
                acc.benefit = Some(wan(lang, b)?);
            }
            if !a.expert.is_empty() {
                acc.panel = experts(lang, &a.expert)?;
            }
            set_text(&mut acc.remarks, a.remarks);
            let funds = a
                .funds_received
                .as_deref()
                .map(|f| wan(lang, f))
                .transpose()?;
            let rev = a.common.rev.or(Some(case.rev));
            (
                s.record_acceptance(&case.id, acc, funds.map(Some), rev)?,
                msg::records::CLI_ACCEPTANCE,
            )
        }
        RecordCommand::Taker(a) => taker(&s, a)?,
    };
    println!(
        "{}",
        trf(
            lang,
            msg::records::CLI_DONE,
            &[
                ("what", &tr(lang, what)),
                ("id", &case.id),
                ("rev", &case.rev)
            ]
        )
    );
    for (_, c) in records::all_conflicts(&case) {
        println!("{}", super::render_records::conflict_line(&case, &c, lang));
    }
    Ok(())
}

fn review(s: &Session, a: ReviewArgs) -> anyhow::Result<(Case, Msg)> {
    let lang = s.lang;
    let case = s.case(&a.common.id)?;
    let mut r: Review = base(lang, &a.common, Review::default())?;
    if let Some(st) = &a.stage {
        r.stage = match Stage::parse(st) {
            Some(Stage::Validating) => ReviewStage::Validating,
            Some(Stage::Reviewing) => ReviewStage::Reviewing,
            _ => vocab(lang, st, ReviewStage::parse, ReviewStage::ids)?,
        };
    } else if a.common.json.is_none() && case.stage == Stage::Reviewing {
        r.stage = ReviewStage::Reviewing;
    }
    set_date(lang, &mut r.date, a.date.as_deref())?;
    if !a.expert.is_empty() {
        r.panel = experts(lang, &a.expert)?;
    }
    for spec in &a.score {
        add_scores(lang, &case, &mut r, spec)?;
    }
    set_text(&mut r.comments, a.comments);
    if let Some(c) = &a.conclusion {
        r.conclusion = Some(vocab(
            lang,
            c,
            ReviewConclusion::parse,
            ReviewConclusion::ids,
        )?);
    }
    for t in &a.recommend {
        r.recommended.push(taker_of(lang, &case, t)?.1);
    }
    let rev = a.common.rev.or(Some(case.rev));
    Ok((s.add_review(&case.id, r, rev)?, msg::records::CLI_REVIEW))
}

fn objection(s: &Session, a: ObjectionArgs) -> anyhow::Result<(Case, Msg)> {
    let lang = s.lang;
    let case = s.case(&a.common.id)?;
    let index = match a.index {
        Some(0) => return Err(usage(trf(lang, msg::records::CLI_FROM_ONE, &[]))),
        Some(n) => Some(n - 1),
        None => None,
    };
    let existing = index
        .and_then(|i| case.publicity.objections.get(i).cloned())
        .unwrap_or_else(|| Objection {
            received: s.today(),
            ..Objection::default()
        });
    let mut o = base(lang, &a.common, existing)?;
    set_text(&mut o.by, a.by);
    if a.unit {
        o.objector = Objector::Unit;
    }
    if a.anonymous {
        o.objector = Objector::Anonymous;
    }
    if let Some(d) = &a.received {
        o.received = date(lang, d)?;
    }
    if let Some(reason) = a.not_accepted {
        o.accepted = false;
        o.not_accepted_reason = reason;
    }
    set_text(&mut o.finding, a.finding);
    set_date(lang, &mut o.resolved, a.resolved.as_deref())?;
    let rev = a.common.rev.or(Some(case.rev));
    let case = s.record_objection(&case.id, index, o, rev)?;
    let n = index.unwrap_or(case.publicity.objections.len() - 1);
    if let Some(o) = case.publicity.objections.get(n).filter(|o| !o.accepted) {
        let reason = inert_line(&o.not_accepted_reason);
        println!(
            "{}",
            trf(lang, msg::records::CLI_NOT_ACCEPTED, &[("reason", &reason)])
        );
    }
    Ok((case, msg::records::CLI_OBJECTION))
}

fn taker(s: &Session, a: TakerArgs) -> anyhow::Result<(Case, Msg)> {
    let lang = s.lang;
    let case = s.case(&a.common.id)?;
    let (index, _) = taker_of(lang, &case, &a.taker)?;
    let t = &case.takers[index];
    let current = TakerJson {
        status: t.status,
        plan: t.plan.clone(),
        gate: t.gate.clone(),
    };
    let mut rec = base(lang, &a.common, current)?;
    if let Some(st) = &a.status {
        rec.status = vocab(lang, st, TakerStatus::parse, TakerStatus::ids)?;
    }
    set_date(lang, &mut rec.plan.agreement_signed, a.agreement.as_deref())?;
    set_date(lang, &mut rec.plan.task_book_signed, a.task_book.as_deref())?;
    set_date(lang, &mut rec.plan.start, a.start.as_deref())?;
    set_date(lang, &mut rec.plan.end, a.end.as_deref())?;
    if a.gate.is_some() || a.gate_date.is_some() || a.reason.is_some() {
        let g = rec.gate.get_or_insert_with(StageGate::default);
        if let Some(r) = &a.gate {
            g.result = vocab(lang, r, GateResult::parse, GateResult::ids)?;
        }
        set_date(lang, &mut g.date, a.gate_date.as_deref())?;
        set_text(&mut g.reason, a.reason);
        if g.date.is_none() {
            g.date = Some(s.today());
        }
    }
    let record = TakerRecord {
        status: rec.status,
        plan: rec.plan,
        gate: rec.gate,
    };
    let rev = a.common.rev.or(Some(case.rev));
    Ok((
        s.record_taker(&case.id, index, record, rev)?,
        msg::records::CLI_TAKER,
    ))
}

/// The JSON form `record taker --json` reads: the taker's record fields.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(default)]
struct TakerJson {
    status: TakerStatus,
    plan: crate::domain::Plan,
    gate: Option<StageGate>,
}

impl Default for TakerJson {
    fn default() -> Self {
        TakerJson {
            status: TakerStatus::Applied,
            plan: Default::default(),
            gate: None,
        }
    }
}

/// The record to start from: `--json` if given, else what the case holds.
fn base<T: DeserializeOwned>(lang: Lang, c: &Common, current: T) -> anyhow::Result<T> {
    let Some(src) = &c.json else {
        return Ok(current);
    };
    let text = if src == "-" {
        let mut t = String::new();
        std::io::stdin().read_to_string(&mut t)?;
        t
    } else {
        std::fs::read_to_string(src).map_err(|e| {
            usage(trf(
                lang,
                msg::cli::CANNOT_READ,
                &[("path", src), ("detail", &e)],
            ))
        })?
    };
    serde_json::from_str(&text).map_err(|e| {
        usage(trf(
            lang,
            msg::records::CLI_BAD_JSON,
            &[("path", src), ("detail", &e)],
        ))
    })
}

fn set_text(slot: &mut String, v: Option<String>) {
    if let Some(v) = v {
        *slot = v;
    }
}

fn date(lang: Lang, s: &str) -> anyhow::Result<chrono::NaiveDate> {
    validate::parse_date(s).map_err(|_| usage(trf(lang, msg::cli::BAD_DATE, &[("value", &s)])))
}

/// `--flag D` sets the date; `--flag -` clears it.
fn set_date(
    lang: Lang,
    slot: &mut Option<chrono::NaiveDate>,
    v: Option<&str>,
) -> anyhow::Result<()> {
    match v.map(str::trim) {
        None => {}
        Some("-") => *slot = None,
        Some(d) => *slot = Some(date(lang, d)?),
    }
    Ok(())
}

fn wan(lang: Lang, s: &str) -> anyhow::Result<Yuan> {
    Yuan::parse_wan(s).map_err(|_| usage(trf(lang, msg::cli::BAD_AMOUNT, &[("value", &s)])))
}

fn vocab<T>(
    lang: Lang,
    s: &str,
    parse: fn(&str) -> Option<T>,
    ids: fn() -> Vec<&'static str>,
) -> anyhow::Result<T> {
    parse(s).ok_or_else(|| {
        usage(trf(
            lang,
            msg::records::CLI_BAD_VALUE,
            &[("value", &s), ("ids", &ids().join(" "))],
        ))
    })
}

/// `姓名,单位[,undeclared][,recused]`, each by the grammar the TUI's panel fields share.
fn experts(lang: Lang, specs: &[String]) -> anyhow::Result<Vec<Expert>> {
    specs
        .iter()
        .map(|spec| {
            records::panel::parse_expert(spec)
                .ok_or_else(|| usage(trf(lang, msg::records::CLI_BAD_EXPERT, &[("value", spec)])))
        })
        .collect()
}

/// A taker by number (from 1) or name: its index and name.
fn taker_of(lang: Lang, case: &Case, key: &str) -> anyhow::Result<(usize, String)> {
    let key = key.trim();
    let found = match key.parse::<usize>() {
        Ok(n) if n >= 1 => case.takers.get(n - 1).map(|_| n - 1),
        _ => case
            .takers
            .iter()
            .position(|t| records::review::same_name(&t.org.name, key)),
    };
    found
        .map(|i| (i, case.takers[i].org.name.clone()))
        .ok_or_else(|| {
            let names: Vec<String> = case
                .takers
                .iter()
                .enumerate()
                .map(|(i, t)| format!("{} {}", i + 1, t.org.name))
                .collect();
            usage(trf(
                lang,
                msg::records::CLI_NO_SUCH_TAKER,
                &[("value", &key), ("takers", &names.join(", "))],
            ))
        })
}

/// `姓名[@揭榜方]:criterion=85,criterion=80` onto the named expert of the review.
fn add_scores(lang: Lang, case: &Case, r: &mut Review, spec: &str) -> anyhow::Result<()> {
    let bad = || usage(trf(lang, msg::records::CLI_BAD_SCORE, &[("value", &spec)]));
    let (who, list) = spec.split_once([':', '：']).ok_or_else(bad)?;
    let (name, taker) = match who.split_once('@') {
        Some((n, t)) => (n.trim(), taker_of(lang, case, t)?.1),
        None => (who.trim(), String::new()),
    };
    let expert = r.panel.iter_mut().find(|e| e.name == name).ok_or_else(|| {
        usage(trf(
            lang,
            msg::records::CLI_NO_SUCH_EXPERT,
            &[("value", &name)],
        ))
    })?;
    for item in list.split([',', '，']).filter(|x| !x.trim().is_empty()) {
        let (c, v) = item.split_once('=').ok_or_else(bad)?;
        let c = c.trim();
        let criterion = [
            records::settings::NEED_CRITERIA,
            records::settings::TAKER_CRITERIA,
        ]
        .concat()
        .into_iter()
        .find(|id| *id == c || criterion_label(id, Lang::Zh) == c)
        .map(str::to_string)
        .unwrap_or_else(|| c.to_string());
        let value: u8 = v.trim().parse().map_err(|_| bad())?;
        expert
            .scores
            .retain(|s| !(s.criterion == criterion && s.taker == taker));
        expert.scores.push(Score {
            taker: taker.clone(),
            criterion,
            value,
        });
    }
    Ok(())
}
