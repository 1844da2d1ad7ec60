//! Moving cases between stages: preview (what would happen), advance, move back, bulk.

use crate::domain::Case;
use crate::domain::rules::Unmet;
use crate::domain::vocab::Stage;
use crate::domain::workflow::{self, Move, Refusal};
use crate::store::UpdateError;

use super::error::OpError;
use super::session::Session;

/// What advancing a case to `to` would do, computed without writing.
#[derive(Debug, Clone)]
pub struct Preview {
    pub id: String,
    pub from: Stage,
    pub to: Stage,
    pub rev: u64,
    pub verdict: Result<Move, Refusal>,
}

impl Preview {
    pub fn allowed(&self) -> bool {
        self.verdict.is_ok()
    }

    pub fn unmet(&self) -> &[Unmet] {
        match &self.verdict {
            Err(Refusal::Unmet(u)) => u,
            _ => &[],
        }
    }
}

impl Session {
    /// The stage `advance` goes to when none is named: the next on the main line.
    pub fn default_target(case: &Case) -> Option<Stage> {
        case.stage.next()
    }

    pub fn preview_move(&self, id: &str, to: Stage) -> Result<Preview, OpError> {
        let case = self.case(id)?;
        Ok(self.preview_case(&case, to))
    }

    pub fn preview_case(&self, case: &Case, to: Stage) -> Preview {
        Preview {
            id: case.id.clone(),
            from: case.stage,
            to,
            rev: case.rev,
            verdict: workflow::check_move(case, to, &self.rule_ctx()),
        }
    }

    /// Moves a case to `to`, checking the rules inside the write transaction so the verdict
    /// is about the case as stored at that moment. Moving back, rejecting and withdrawing
    /// need a reason (`note`).
    pub fn move_case(
        &self,
        id: &str,
        to: Stage,
        expected_rev: Option<u64>,
        note: &str,
    ) -> Result<Case, OpError> {
        let rules = self.rule_ctx();
        let today = rules.today;
        let note = note.trim();
        let needs_reason =
            |m: Move| matches!(m, Move::Back) || matches!(to, Stage::Rejected | Stage::Withdrawn);
        self.write_case(id, expected_rev, "move", note, |case: &mut Case| {
            let m = workflow::check_move(case, to, &rules).map_err(OpError::Refused)?;
            if needs_reason(m) && note.is_empty() {
                return Err(OpError::NeedReason);
            }
            workflow::apply_move(case, to, today);
            Ok(())
        })
    }

    /// Moves back one stage on the main line, with a mandatory reason.
    pub fn move_back(
        &self,
        id: &str,
        expected_rev: Option<u64>,
        reason: &str,
    ) -> Result<Case, OpError> {
        let case = self.case(id)?;
        let to = case
            .stage
            .previous()
            .ok_or(OpError::Refused(Refusal::Invalid(
                workflow::MoveError::Closed { from: case.stage },
            )))?;
        self.move_case(id, to, expected_rev, reason)
    }

    /// Checks every case of a bulk move before anything is written.
    pub fn preview_bulk(&self, ids: &[String], to: Option<Stage>) -> Result<Vec<Preview>, OpError> {
        ids.iter()
            .map(|id| {
                let case = self.case(id)?;
                let target = to.or_else(|| case.stage.next()).unwrap_or(case.stage);
                Ok(self.preview_case(&case, target))
            })
            .collect()
    }
}

/// Flattens the store's update error: a refusal from the closure, or a store failure.
pub(crate) fn unwrap_update(r: Result<Case, UpdateError<OpError>>) -> Result<Case, OpError> {
    match r {
        Ok(c) => Ok(c),
        Err(UpdateError::Store(e)) => Err(OpError::Store(e)),
        Err(UpdateError::Rejected(e)) => Err(e),
    }
}
