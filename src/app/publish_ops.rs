//! What the published documents need from the store: the cases each lists, the publicity
//! period computed from the holiday calendar, and recording the start of publicity on each
//! case of a 公示 through the ordinary field edit (so every rule and audit event applies).

use crate::i18n::msg;
use chrono::NaiveDate;

use crate::domain::Case;
use crate::domain::rules::publicity_end;
use crate::domain::vocab::Stage;
use crate::i18n::trf;

use super::error::OpError;
use super::session::Session;

/// The stages whose cases the 榜单 lists: published and still open for taking.
pub const BANGDAN_STAGES: &[Stage] = &[Stage::Published, Stage::Applying];
/// The stage whose cases the 公示 lists (揭榜公告).
pub const GONGSHI_STAGES: &[Stage] = &[Stage::Announcing];

/// A publicity period as the calendar counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub working_days: u32,
    pub estimated: bool,
}

impl Session {
    /// The cases in one of `stages`, restricted to `ids` when given, in id order.
    pub fn cases_in(&self, ids: Option<&[String]>, stages: &[Stage]) -> Result<Vec<Case>, OpError> {
        let mut cases = self.store().cases()?;
        cases.retain(|c| stages.contains(&c.stage));
        if let Some(ids) = ids {
            cases.retain(|c| ids.contains(&c.id));
        }
        cases.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(cases)
    }

    /// The publicity period starting at `start` (the configured number of working days).
    pub fn publicity_period(&self, start: NaiveDate) -> Period {
        let ctx = self.rule_ctx();
        let end = publicity_end(start, ctx.calendar, ctx.settings);
        Period {
            start,
            end: end.date,
            working_days: ctx.settings.publicity_working_days,
            estimated: end.estimated,
        }
    }

    /// The publicity start the cases share, when every one has the same recorded start:
    /// re-issuing a 公示 keeps its period.
    pub fn shared_start(cases: &[Case]) -> Option<NaiveDate> {
        let first = cases.first()?.publicity.start?;
        cases
            .iter()
            .all(|c| c.publicity.start == Some(first))
            .then_some(first)
    }

    /// Records `start` as the publicity start of every case that has none; a case already
    /// publicised from another day is refused before anything is written (its recorded
    /// start is named, so the officer can pass it or leave the case out). Returns how many
    /// cases were changed.
    pub fn record_publicity(&self, cases: &[Case], start: NaiveDate) -> Result<usize, OpError> {
        let clash: Vec<String> = cases
            .iter()
            .filter_map(|c| {
                let s = c.publicity.start?;
                (s != start).then(|| {
                    trf(
                        self.lang,
                        msg::office::GS_OTHER_START,
                        &[("id", &c.id), ("start", &s)],
                    )
                })
            })
            .collect();
        if !clash.is_empty() {
            let mut lines = vec![trf(self.lang, msg::office::GS_CLASH, &[("start", &start)])];
            lines.extend(clash);
            return Err(OpError::BadInput(lines));
        }
        let mut changed = 0;
        for c in cases.iter().filter(|c| c.publicity.start.is_none()) {
            let set = [("publicity.start".to_string(), start.to_string())];
            self.set_fields(&c.id, &set, Some(c.rev))?;
            changed += 1;
        }
        Ok(changed)
    }
}
