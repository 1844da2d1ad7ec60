//! `jiebang terminate ID --reason … --recovered WAN [--agreed] [--approved]
//! [--audit-date D --audit-conclusion TEXT] [--date D] [--rev N]`: 第十五条 asks for the
//! issuer's agreement, the department's approval and, once funds were paid, a special audit.

use crate::i18n::msg;
use clap::Args;

use super::{open, usage};
use crate::app::{Config, SessionOptions};
use crate::domain::validate::parse_date;
use crate::domain::{Termination, Yuan};
use crate::i18n::{Lang, trf};

#[derive(Debug, Args)]
pub struct TerminateArgs {
    /// Case id
    pub id: String,
    /// Why the case is terminated
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Subsidy recovered, in 万元 (0 if none; at most what was paid)
    #[arg(long, value_name = "WAN")]
    pub recovered: String,
    /// Date of the decision (default: today)
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// The issuer and the taker agreed to terminate
    #[arg(long)]
    pub agreed: bool,
    /// The department approved the termination
    #[arg(long)]
    pub approved: bool,
    /// Date the special audit (专项审计) concluded
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub audit_date: Option<String>,
    /// The special audit's conclusion
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub audit_conclusion: String,
    /// Refuse if the case changed since this revision
    #[arg(long, value_name = "REV")]
    pub rev: Option<u64>,
}

fn date(lang: Lang, s: &str) -> anyhow::Result<chrono::NaiveDate> {
    parse_date(s).map_err(|_| usage(trf(lang, msg::cli::BAD_DATE, &[("value", &s)])))
}

pub fn run(a: TerminateArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    let recovered = Yuan::parse_wan(&a.recovered)
        .map_err(|_| usage(trf(lang, msg::cli::BAD_AMOUNT, &[("value", &a.recovered)])))?;
    let audit_date = a.audit_date.as_deref().map(|d| date(lang, d)).transpose()?;
    let given = a.date.as_deref().map(|d| date(lang, d)).transpose()?;
    let s = open(opts, cfg, false)?;
    let t = Termination {
        date: Some(given.unwrap_or(s.today())),
        reason: a.reason,
        recovered: Some(recovered),
        both_agreed: a.agreed,
        approved: a.approved,
        audit_date,
        audit_conclusion: a.audit_conclusion,
    };
    let case = s.terminate_record(&a.id, t, a.rev)?;
    outln!(
        "{}",
        trf(
            lang,
            msg::cli::MOVED,
            &[
                ("id", &case.id),
                ("stage", &case.stage.label(lang)),
                ("rev", &case.rev),
            ],
        )
    );
    Ok(())
}
