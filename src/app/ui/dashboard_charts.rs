//! What the dashboard's charts show, computed with the dashboard's figures whenever the
//! rows change, so drawing a frame does no pass over the rows.

use chrono::{Datelike, NaiveDate};

use crate::app::clock::local_date;
use crate::app::ui::backend::RowFacts;
use crate::domain::{CaseSummary, Field, Stage, Yuan};

/// Months the sparkline covers, this one included.
pub const MONTHS: usize = 12;

/// What the charts show, computed from the rows the dashboard counts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartData {
    /// Cases at or past each main-line stage.
    pub funnel: Vec<(Stage, u64)>,
    /// Per field: subsidy committed and paid, in whole 万元.
    pub subsidy: Vec<(Field, u64, u64)>,
    /// Cases opened in each of the last [`MONTHS`] months, oldest first.
    pub months: Vec<u64>,
    pub first_month: Option<NaiveDate>,
}

fn wan(y: Yuan) -> u64 {
    (y.0.max(0) / 10_000) as u64
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// The chart figures of `rows` (with their facts) on `today`.
pub fn data(rows: &[CaseSummary], facts: &[RowFacts], today: NaiveDate) -> ChartData {
    let mut at = vec![0u64; Stage::MAIN.len()];
    let mut subsidy: Vec<(Field, u64, u64)> = Field::ALL.iter().map(|f| (*f, 0, 0)).collect();
    let mut committed = vec![Yuan::ZERO; Field::ALL.len()];
    let mut paid = vec![Yuan::ZERO; Field::ALL.len()];
    let first = (0..MONTHS - 1).fold(month_start(today), |m, _| {
        month_start(m.pred_opt().unwrap_or(m))
    });
    let mut months = vec![0u64; MONTHS];
    for (i, r) in rows.iter().enumerate() {
        if let Some(p) = r.stage.position() {
            at[p] += 1;
        }
        if let Some(fi) = r
            .field
            .and_then(|f| Field::ALL.iter().position(|x| *x == f))
        {
            committed[fi] =
                committed[fi] + facts.get(i).map_or(Yuan::ZERO, |f| f.subsidy_committed);
            paid[fi] = paid[fi] + r.subsidy_paid;
        }
        if let Some(opened) = r
            .created_at
            .map(local_date)
            .filter(|d| *d >= first && *d <= today)
        {
            let n =
                (opened.year() - first.year()) * 12 + opened.month() as i32 - first.month() as i32;
            if let Some(slot) = months.get_mut(n as usize) {
                *slot += 1;
            }
        }
    }
    for (i, s) in subsidy.iter_mut().enumerate() {
        (s.1, s.2) = (wan(committed[i]), wan(paid[i]));
    }
    let funnel = Stage::MAIN
        .iter()
        .enumerate()
        .map(|(i, s)| (*s, at[i..].iter().sum()))
        .collect();
    ChartData {
        funnel,
        subsidy,
        months,
        first_month: Some(first),
    }
}
