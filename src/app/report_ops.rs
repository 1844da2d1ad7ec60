//! The figures of the report workbook for a period: every count from the same summaries
//! and facts the list and the dashboard use, so the report's totals equal `list` counts.

use crate::i18n::msg;
use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::domain::region::{REGIONS, region_code, region_in_text};
use crate::domain::vocab::{Field, Kind, Stage};
use crate::domain::{Case, Yuan};
use crate::i18n::tr;
use crate::io::report::{LateRow, RegionRow, Report, SubsidyRow};

use super::clock::local_date;
use super::error::OpError;
use super::session::Session;

impl Session {
    /// The report for cases opened between `from` and `to` (inclusive, either open-ended),
    /// with the subsidy paid in that period; stages, deadlines and idleness as of today.
    pub fn report(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Report, OpError> {
        let within = |d: NaiveDate| from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t);
        let rows = self.rows()?;
        let mut cases: BTreeMap<String, Case> = self
            .store()
            .cases()?
            .into_iter()
            .map(|c| (c.id.clone(), c))
            .collect();
        let mut r = Report {
            from,
            to,
            today: rows.today,
            by_stage_field: vec![vec![0; Field::ALL.len() + 1]; Stage::ALL.len()],
            ..Report::default()
        };
        let mut regions: BTreeMap<usize, RegionRow> = BTreeMap::new();
        let mut subsidy: BTreeMap<(usize, usize), SubsidyRow> = BTreeMap::new();
        for (s, f) in rows.rows.iter().zip(&rows.facts) {
            let Some(case) = cases.remove(&s.id) else {
                continue;
            };
            if !within(local_date(case.created_at)) {
                continue;
            }
            let si = Stage::ALL.iter().position(|x| *x == s.stage).unwrap_or(0);
            let fi = field_index(s.field);
            r.by_stage_field[si][fi] += 1;
            let (ri, name) = region_of(&s.issuer_region, &case.issuer.address, self.lang);
            let reg = regions.entry(ri).or_insert_with(|| RegionRow {
                region: name,
                cases: 0,
                open: 0,
                funded: 0,
            });
            reg.cases += 1;
            reg.open += u32::from(!s.stage.is_closed());
            reg.funded += u32::from(f.subsidy_committed > Yuan::ZERO);
            let ki = usize::from(s.kind == Kind::Transformation);
            let sub = subsidy.entry((fi, ki)).or_insert_with(|| SubsidyRow {
                field: s.field,
                kind: s.kind,
                cases: 0,
                committed: Yuan::ZERO,
                paid: Yuan::ZERO,
            });
            sub.cases += 1;
            sub.committed = sub.committed + f.subsidy_committed;
            sub.paid = sub.paid
                + case
                    .tranches
                    .iter()
                    .filter(|t| within(t.date))
                    .map(|t| t.amount)
                    .sum();
            if f.is_overdue() || f.stale {
                let kinds: Vec<&str> = f.overdue.iter().map(|k| k.label(self.lang)).collect();
                r.late.push(LateRow {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    stage: s.stage,
                    officer: s.officer.clone(),
                    overdue: kinds.join("、"),
                    due: f.due.map(|d| d.date),
                    idle_days: f.idle_days,
                    stale: f.stale,
                });
            }
        }
        r.by_region = regions.into_values().collect();
        r.subsidies = subsidy.into_values().collect();
        Ok(r)
    }
}

fn field_index(f: Option<Field>) -> usize {
    f.and_then(|f| Field::ALL.iter().position(|x| *x == f))
        .unwrap_or(Field::ALL.len())
}

/// The 盟市 a case's issuer is registered in, ordered by division code; the region as a
/// whole when no city is named, and one row for everything outside Inner Mongolia.
fn region_of(region: &str, address: &str, lang: crate::i18n::Lang) -> (usize, String) {
    let code = region_code(region)
        .or_else(|| region_in_text(region))
        .or_else(|| region_in_text(address));
    match code.and_then(|c| REGIONS.iter().position(|(_, x)| *x == c)) {
        Some(i) => (i, REGIONS[i].0.to_string()),
        None => (REGIONS.len(), tr(lang, msg::office::RP_OUTSIDE).to_string()),
    }
}
