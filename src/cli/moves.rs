//! The commands that change one case: advance, back, note, set, tranche, extend.

use crate::i18n::msg;
use chrono::NaiveDate;
use clap::Args;

use super::{open, usage};
use crate::app::{Config, OpError, SessionOptions};
use crate::domain::validate;
use crate::domain::vocab::Stage;
use crate::domain::workflow::{MoveError, Refusal};
use crate::domain::{Case, Extension, Tranche, Yuan};
use crate::i18n::{Lang, trf};

#[derive(Debug, Args)]
pub struct AdvanceArgs {
    /// Case id
    pub id: String,
    /// Target stage, by id or Chinese label (reviewing, 评审推荐)
    #[arg(long, value_name = "STAGE")]
    pub to: Option<String>,
    /// A note recorded with the move
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub note: String,
    /// Refuse if the case changed since this revision
    #[arg(long, value_name = "REV")]
    pub rev: Option<u64>,
}

#[derive(Debug, Args)]
pub struct BackArgs {
    /// Case id
    pub id: String,
    /// Why the case goes back (kept in its history)
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Refuse if the case changed since this revision
    #[arg(long, value_name = "REV")]
    pub rev: Option<u64>,
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    /// Case id
    pub id: String,
    /// The note (kept with the OS user and the time)
    pub text: String,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Case id
    pub id: String,
    /// One or more field assignments
    #[arg(value_name = "PATH=VALUE", required = true)]
    pub assignments: Vec<String>,
    /// Refuse if the case changed since this revision
    #[arg(long, value_name = "REV")]
    pub rev: Option<u64>,
}

#[derive(Debug, Args)]
pub struct TrancheArgs {
    /// Case id
    pub id: String,
    /// Amount in 万元 (up to 4 decimals)
    #[arg(long, value_name = "WAN")]
    pub amount: String,
    /// Payment date (default: today)
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// 一事一议: allow exceeding the caps, with --reason
    #[arg(long)]
    pub special: bool,
    /// The taker this tranche pays (赛马制: several takers implement in parallel)
    #[arg(long, value_name = "NAME", default_value = "")]
    pub taker: String,
    /// Why (required with --special)
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub reason: String,
}

#[derive(Debug, Args)]
pub struct ExtendArgs {
    /// Case id
    pub id: String,
    /// The new end of the implementation period
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub new_end: String,
    /// Why the period is extended
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Both parties agreed
    #[arg(long)]
    pub agreed: bool,
    /// The department approved
    #[arg(long)]
    pub approved: bool,
}

pub fn advance(a: AdvanceArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let s = open(opts, cfg, false)?;
    let target = match a.to {
        Some(t) => parse_stage(opts.lang, &t)?,
        None => {
            let case = s.case(&a.id)?;
            let closed = Refusal::Invalid(MoveError::Closed { from: case.stage });
            case.stage.next().ok_or(OpError::Refused(closed))?
        }
    };
    let case = s.move_case(&a.id, target, a.rev, &a.note)?;
    outln!("{}", moved_line(opts.lang, &case));
    Ok(())
}

pub fn back(a: BackArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let s = open(opts, cfg, false)?;
    let case = s.move_back(&a.id, a.rev, &a.reason)?;
    outln!("{}", moved_line(opts.lang, &case));
    Ok(())
}

pub fn note(a: NoteArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let s = open(opts, cfg, false)?;
    let case = s.add_note(&a.id, &a.text)?;
    let done = [
        ("id", &case.id as &dyn std::fmt::Display),
        ("rev", &case.rev),
    ];
    outln!("{}", trf(opts.lang, msg::cli::NOTE_DONE, &done));
    Ok(())
}

pub fn set(a: SetArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    let s = open(opts, cfg, false)?;
    let pairs = a
        .assignments
        .iter()
        .map(|a| {
            a.split_once('=')
                .map(|(k, v)| (k.trim().to_string(), v.to_string()))
                .ok_or_else(|| usage(trf(lang, msg::cli::SET_SYNTAX, &[("arg", a)])))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let case = s.set_fields(&a.id, &pairs, a.rev)?;
    outln!("{}", saved_line(lang, &case));
    Ok(())
}

pub fn tranche(a: TrancheArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    let s = open(opts, cfg, false)?;
    let case = s.case(&a.id)?;
    let tranche = Tranche {
        amount: parse_wan(lang, &a.amount)?,
        date: match a.date.as_deref() {
            Some(d) => parse_date(lang, d)?,
            None => s.today(),
        },
        kind: case.kind.tranche_kind(),
        special: a.special,
        special_reason: a.reason.clone(),
        note: a.reason,
        taker: a.taker,
    };
    let case = s.add_tranche(&a.id, tranche)?;
    let paid = case.subsidy_paid().wan_string();
    let done = [("id", &case.id as &dyn std::fmt::Display), ("paid", &paid)];
    outln!("{}", trf(lang, msg::cli::TRANCHE_DONE, &done));
    Ok(())
}

pub fn extend(a: ExtendArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let s = open(opts, cfg, false)?;
    let ext = Extension {
        requested_on: s.today(),
        new_end: parse_date(opts.lang, &a.new_end)?,
        reason: a.reason,
        both_agreed: a.agreed,
        approved: a.approved,
    };
    let case = s.add_extension(&a.id, ext)?;
    outln!("{}", saved_line(opts.lang, &case));
    Ok(())
}

fn saved_line(lang: Lang, case: &Case) -> String {
    trf(
        lang,
        msg::cli::SAVED,
        &[("id", &case.id), ("rev", &case.rev)],
    )
}

fn moved_line(lang: Lang, case: &Case) -> String {
    trf(
        lang,
        msg::cli::MOVED,
        &[
            ("id", &case.id),
            ("stage", &case.stage.label(lang)),
            ("rev", &case.rev),
        ],
    )
}

fn parse_stage(lang: Lang, s: &str) -> anyhow::Result<Stage> {
    Stage::parse(s).ok_or_else(|| {
        usage(trf(
            lang,
            msg::cli::UNKNOWN_STAGE,
            &[("value", &s), ("ids", &Stage::ids().join(" "))],
        ))
    })
}

fn parse_wan(lang: Lang, s: &str) -> anyhow::Result<Yuan> {
    Yuan::parse_wan(s).map_err(|_| usage(trf(lang, msg::cli::BAD_AMOUNT, &[("value", &s)])))
}

fn parse_date(lang: Lang, s: &str) -> anyhow::Result<NaiveDate> {
    validate::parse_date(s).map_err(|_| usage(trf(lang, msg::cli::BAD_DATE, &[("value", &s)])))
}
