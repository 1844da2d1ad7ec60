//! The demo dataset shipped in the binary (`data/demo.json`, `data/blacklist.example.toml`).
//! Its dates are written relative to a reference date kept in the file; loading shifts every
//! date by (today − reference) so that publicity periods are running and deadlines are near
//! whenever the demo is opened.

use crate::i18n::msg;
use anyhow::{Context, anyhow};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Deserialize;

use super::json::parse_cases_in;
use crate::domain::{Case, Org};
use crate::i18n::{Lang, tr};

pub const DEMO_JSON: &str = include_str!("../../data/demo.json");
pub const BLACKLIST_TOML: &str = include_str!("../../data/blacklist.example.toml");

/// One blacklist entry: (name, credit code, reason, listed on, source).
pub type BlacklistEntry = (String, String, String, Option<NaiveDate>, String);

/// The date the demo file's dates were written against.
pub fn reference_date() -> anyhow::Result<NaiveDate> {
    #[derive(Deserialize)]
    struct Header {
        reference_date: NaiveDate,
    }
    let header: Header = serde_json::from_str(DEMO_JSON)
        .with_context(|| tr(Lang::default(), msg::io::ERR_DEMO_HEADER))?;
    Ok(header.reference_date)
}

/// The demo cases with every date moved so that the file's reference date becomes `today`.
pub fn demo_cases(today: NaiveDate) -> anyhow::Result<Vec<Case>> {
    let reference = reference_date()?;
    let mut cases = parse_cases_in(DEMO_JSON.as_bytes(), Lang::En).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.describe(Lang::En)).collect();
        anyhow!("data/demo.json: {}", lines.join("; "))
    })?;
    let days = (today - reference).num_days();
    for case in &mut cases {
        shift_case(case, days);
    }
    Ok(cases)
}

/// Moves every date and instant of a case by `days` (dates that would overflow stay put).
pub fn shift_case(c: &mut Case, days: i64) {
    let d = |x: &mut NaiveDate| {
        if let Some(v) = x.checked_add_signed(Duration::days(days)) {
            *x = v;
        }
    };
    let od = |x: &mut Option<NaiveDate>| {
        if let Some(v) = x {
            d(v);
        }
    };
    let t = |x: &mut DateTime<Utc>| {
        if let Some(v) = x.checked_add_signed(Duration::days(days)) {
            *x = v;
        }
    };
    let org = |o: &mut Org| od(&mut o.registered_on);

    od(&mut c.stage_since);
    org(&mut c.issuer);
    let plan = |p: &mut crate::domain::Plan| {
        od(&mut p.agreement_signed);
        od(&mut p.task_book_signed);
        od(&mut p.start);
        od(&mut p.end);
    };
    for taker in &mut c.takers {
        org(&mut taker.org);
        taker.consortium.iter_mut().for_each(org);
        od(&mut taker.applied_on);
        plan(&mut taker.plan);
        if let Some(g) = &mut taker.gate {
            od(&mut g.date);
        }
    }
    for r in &mut c.reviews {
        od(&mut r.date);
    }
    od(&mut c.midterm.due);
    od(&mut c.midterm.held_on);
    od(&mut c.midterm.rectify_by);
    od(&mut c.midterm.rectified_on);
    plan(&mut c.plan);
    od(&mut c.amounts.issuer_first_payment);
    for tranche in &mut c.tranches {
        d(&mut tranche.date);
    }
    od(&mut c.publicity.start);
    for o in &mut c.publicity.objections {
        d(&mut o.received);
        od(&mut o.resolved);
    }
    for e in &mut c.extensions {
        d(&mut e.requested_on);
        d(&mut e.new_end);
    }
    if let Some(term) = &mut c.termination {
        od(&mut term.date);
        od(&mut term.audit_date);
    }
    if let Some(base) = &mut c.plan_baseline {
        od(&mut base.start);
        od(&mut base.end);
    }
    od(&mut c.acceptance.date);
    for n in &mut c.notes {
        t(&mut n.at);
    }
    t(&mut c.created_at);
    t(&mut c.updated_at);
}

#[derive(Deserialize)]
struct BlacklistFile {
    #[serde(default)]
    entry: Vec<RawEntry>,
}

#[derive(Deserialize)]
struct RawEntry {
    name: String,
    #[serde(default)]
    credit_code: String,
    #[serde(default)]
    reason: String,
    /// A TOML date (`2025-06-12`) or a quoted one.
    #[serde(default)]
    listed_on: Option<toml::Value>,
    #[serde(default)]
    source: String,
}

/// Parses a blacklist in the format of `data/blacklist.example.toml`.
pub fn parse_blacklist(text: &str) -> anyhow::Result<Vec<BlacklistEntry>> {
    let file: BlacklistFile = toml::from_str(text)?;
    file.entry
        .into_iter()
        .map(|e| {
            let listed_on = match &e.listed_on {
                None => None,
                Some(v) => {
                    let s = match v {
                        toml::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    Some(
                        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                            .with_context(|| format!("{}: listed_on = {s}", e.name))?,
                    )
                }
            };
            Ok((e.name, e.credit_code, e.reason, listed_on, e.source))
        })
        .collect()
}

/// The example blacklist shipped with the demo (its first entry takes part in a demo case).
pub fn demo_blacklist() -> Vec<BlacklistEntry> {
    // The file is compiled in and covered by a test, so a parse failure cannot ship.
    parse_blacklist(BLACKLIST_TOML).unwrap_or_default()
}

#[cfg(test)]
#[path = "demo_tests.rs"]
mod tests;
