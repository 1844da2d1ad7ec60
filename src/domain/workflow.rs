//! The transition graph of 第九条 and its side exits, and the guard of every move. The
//! domain gives the verdict; the app applies it and writes the audit event.

use chrono::NaiveDate;

use super::case::{Case, PlanBaseline};
use super::rules::{self, RuleContext, Unmet};
use super::vocab::Stage;

pub use super::rules::deadline::{Deadline, DeadlineKind, deadlines, is_overdue, next_deadline};
pub use super::rules::{SubsidyCalc, check_extension, check_tranche, publicity_end, subsidy_calc};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// The next stage of the main line.
    Forward,
    /// One stage back (退回); the app demands a reason.
    Back,
    /// A side exit: rejected, withdrawn or terminated.
    Exit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveError {
    Closed {
        from: Stage,
    },
    Same,
    /// Not the next or previous stage; `next` is where the case can go.
    Skip {
        from: Stage,
        to: Stage,
        next: Option<Stage>,
    },
    NotAnExit {
        from: Stage,
        to: Stage,
    },
}

/// Why a move is refused: not a move of the graph, or rules unmet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Invalid(MoveError),
    Unmet(Vec<Unmet>),
}

/// The shape of a move, before any rule is consulted.
pub fn classify(from: Stage, to: Stage) -> Result<Move, MoveError> {
    if from.is_closed() {
        return Err(MoveError::Closed { from });
    }
    if from == to {
        return Err(MoveError::Same);
    }
    match to {
        Stage::Rejected if matches!(from, Stage::Validating | Stage::Reviewing) => Ok(Move::Exit),
        Stage::Terminated if matches!(from, Stage::Implementing | Stage::Accepting) => {
            Ok(Move::Exit)
        }
        Stage::Withdrawn => Ok(Move::Exit),
        Stage::Rejected | Stage::Terminated => Err(MoveError::NotAnExit { from, to }),
        _ if from.next() == Some(to) => Ok(Move::Forward),
        _ if from.previous() == Some(to) => Ok(Move::Back),
        _ => Err(MoveError::Skip {
            from,
            to,
            next: from.next(),
        }),
    }
}

/// The rules guarding entry into `to` (DESIGN.md §2). 第十四条 holds at every move from
/// 揭榜申报 on.
fn guards(case: &Case, to: Stage, ctx: &RuleContext) -> Vec<Unmet> {
    let mut out = match to {
        Stage::Published => {
            let mut out = rules::check_publish(case);
            out.extend(rules::check_need_review(case, ctx.settings));
            out
        }
        Stage::Reviewing => rules::check_for_review(case),
        Stage::Matching => {
            let mut out = rules::check_for_matching(case);
            out.extend(rules::check_taker_review(case, ctx.settings));
            out
        }
        Stage::Implementing => {
            let mut out = rules::check_publicity(case, ctx);
            out.extend(rules::check_signatures(case));
            out.extend(rules::check_signing_order(case, ctx));
            out.extend(rules::check_agreement_terms(case));
            out.extend(rules::check_duration(case, ctx.settings));
            out.extend(rules::check_racing_duration(case, ctx.settings));
            out
        }
        Stage::Accepting => {
            let mut out = rules::check_midterm(case, ctx.settings);
            out.extend(rules::check_active(case));
            out
        }
        Stage::Completed => {
            let mut out = rules::check_completion(case);
            out.extend(rules::check_acceptance_dates(case, ctx));
            out
        }
        Stage::Terminated => rules::check_termination(case, ctx),
        _ => Vec::new(),
    };
    let from_applying = to.position() > Stage::Published.position();
    if from_applying && to != Stage::Terminated {
        let mut list = rules::check_integrity(case, ctx.blacklist);
        list.append(&mut out);
        out = list;
    }
    out
}

/// The verdict on moving `case` to `to` today. Moving back needs no rule (the app asks for
/// a reason); withdrawing and rejecting need none either.
pub fn check_move(case: &Case, to: Stage, ctx: &RuleContext) -> Result<Move, Refusal> {
    let mv = classify(case.stage, to).map_err(Refusal::Invalid)?;
    if mv == Move::Back {
        return Ok(mv);
    }
    let unmet = guards(case, to, ctx);
    if unmet.is_empty() {
        Ok(mv)
    } else {
        Err(Refusal::Unmet(unmet))
    }
}

/// Applies a move already checked. Entering 揭榜公告 starts publicity today unless a start
/// is recorded; moving back out of it clears the start, because a revised agreement is
/// published afresh. Entering 项目实施 records the period it starts with (later changes go
/// through an extension); moving back out of it forgets that. Entering 终止 dates the
/// termination if it has no date.
pub fn apply_move(case: &mut Case, to: Stage, today: NaiveDate) {
    let from = case.stage;
    if from == Stage::Announcing && Some(to) == from.previous() {
        case.publicity.start = None;
    }
    if from == Stage::Implementing && Some(to) == from.previous() {
        case.plan_baseline = None;
    }
    if to == Stage::Implementing && from != Stage::Accepting {
        case.plan_baseline = Some(PlanBaseline {
            start: case.plan.start,
            end: case.plan.end,
        });
    }
    case.stage = to;
    case.stage_since = Some(today);
    if to == Stage::Announcing && case.publicity.start.is_none() {
        case.publicity.start = Some(today);
    }
    if to == Stage::Terminated
        && let Some(t) = case.termination.as_mut()
        && t.date.is_none()
    {
        t.date = Some(today);
    }
}

#[cfg(test)]
mod tests;
