//! Recording the stage records: expert reviews, publicity objections, 赛马 takers and their
//! stage gates, the mid-term check and acceptance. Each is one `Store::update`: checked
//! against the revision it was based on, validated as a whole case, and audited with its
//! before → after. What needs the settings or the calendar (criteria ids, whether an
//! objection came in late) is decided here, at the moment of recording.

use crate::domain::Yuan;
use crate::domain::case::{Acceptance, Case, Objection, Plan};
use crate::domain::records::{GateResult, Midterm, Review, StageGate};
use crate::domain::rules::publicity_end;
use crate::domain::vocab::TakerStatus;
use crate::i18n::msg;
use crate::i18n::trf;
use crate::text::records::apply_assessment;

use super::edit_ops::check_valid;
use super::error::OpError;
use super::session::Session;

/// What `record_taker` sets on one taker: where it stands, its own agreement, task book and
/// period (赛马制), and its stage gate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TakerRecord {
    pub status: TakerStatus,
    pub plan: Plan,
    pub gate: Option<StageGate>,
}

impl Session {
    /// Appends an expert review; the last one of a stage is the one the rules read. Every
    /// score must name a criterion of the settings for that stage.
    pub fn add_review(
        &self,
        id: &str,
        review: Review,
        expected_rev: Option<u64>,
    ) -> Result<Case, OpError> {
        let allowed = self.settings.records.criteria(review.stage).to_vec();
        let mut unknown: Vec<String> = review
            .panel
            .iter()
            .flat_map(|e| e.scores.iter())
            .map(|s| s.criterion.clone())
            .filter(|c| !allowed.contains(c))
            .collect();
        unknown.dedup();
        if !unknown.is_empty() {
            return Err(OpError::BadInput(vec![trf(
                self.lang,
                msg::records::APP_UNKNOWN_CRITERIA,
                &[
                    ("criteria", &unknown.join(", ")),
                    ("stage", &review.stage.label(self.lang)),
                    ("allowed", &allowed.join(", ")),
                ],
            )]));
        }
        let note = review.comments.clone();
        self.record(id, expected_rev, "review", &note, |case| {
            case.reviews.push(review);
            Ok(())
        })
    }

    /// Adds an objection (`index` None) or replaces objection `index` (from 0). Anonymous
    /// objections and those received after the last day of publicity are recorded as not
    /// accepted, with the reason, whatever was asked.
    pub fn record_objection(
        &self,
        id: &str,
        index: Option<usize>,
        mut objection: Objection,
        expected_rev: Option<u64>,
    ) -> Result<Case, OpError> {
        let lang = self.lang;
        let (calendar, settings) = (&self.calendar, &self.settings);
        let note = objection.by.clone();
        self.record(id, expected_rev, "objection", &note, |case| {
            let end = case
                .publicity
                .start
                .map(|s| publicity_end(s, calendar, settings).date);
            apply_assessment(&mut objection, end, lang);
            let list = &mut case.publicity.objections;
            match index {
                None => list.push(objection),
                Some(i) => {
                    let count = list.len();
                    let slot = list.get_mut(i).ok_or_else(|| {
                        OpError::BadInput(vec![trf(
                            lang,
                            msg::records::APP_NO_OBJECTION,
                            &[("n", &(i + 1)), ("count", &count)],
                        )])
                    })?;
                    *slot = objection;
                }
            }
            Ok(())
        })
    }

    /// Replaces the mid-term check record.
    pub fn record_midterm(
        &self,
        id: &str,
        midterm: Midterm,
        expected_rev: Option<u64>,
    ) -> Result<Case, OpError> {
        let note = midterm.remarks.clone();
        self.record(id, expected_rev, "midterm", &note, |case| {
            case.midterm = midterm;
            Ok(())
        })
    }

    /// Replaces the acceptance record. `funds_received` (实际到账金额, the post-subsidy
    /// basis): `None` leaves the case's amount as it is, `Some(x)` sets it, and
    /// `Some(None)` clears it (a form whose field was emptied).
    pub fn record_acceptance(
        &self,
        id: &str,
        acceptance: Acceptance,
        funds_received: Option<Option<Yuan>>,
        expected_rev: Option<u64>,
    ) -> Result<Case, OpError> {
        let note = acceptance.remarks.clone();
        self.record(id, expected_rev, "acceptance", &note, |case| {
            case.acceptance = acceptance;
            if let Some(funds) = funds_received {
                case.amounts.funds_received = funds;
            }
            Ok(())
        })
    }

    /// Sets taker `index` (from 0): status, own plan, stage gate. A gate that eliminates
    /// also marks the taker eliminated; its plan and tranches stay as they were.
    pub fn record_taker(
        &self,
        id: &str,
        index: usize,
        mut record: TakerRecord,
        expected_rev: Option<u64>,
    ) -> Result<Case, OpError> {
        let lang = self.lang;
        if record
            .gate
            .as_ref()
            .is_some_and(|g| g.result == GateResult::Eliminated)
        {
            record.status = TakerStatus::Eliminated;
        }
        let note = record
            .gate
            .as_ref()
            .map(|g| g.reason.clone())
            .unwrap_or_default();
        self.record(id, expected_rev, "taker", &note, |case| {
            let count = case.takers.len();
            let t = case.takers.get_mut(index).ok_or_else(|| {
                OpError::BadInput(vec![trf(
                    lang,
                    msg::records::APP_NO_TAKER,
                    &[("n", &(index + 1)), ("count", &count)],
                )])
            })?;
            t.status = record.status;
            t.plan = record.plan;
            t.gate = record.gate;
            Ok(())
        })
    }

    /// One audited, revision-checked change that must leave the case valid.
    fn record(
        &self,
        id: &str,
        expected_rev: Option<u64>,
        action: &str,
        note: &str,
        change: impl FnOnce(&mut Case) -> Result<(), OpError>,
    ) -> Result<Case, OpError> {
        self.write_case(id, expected_rev, action, note, |case: &mut Case| {
            change(case)?;
            check_valid(case)
        })
    }
}
