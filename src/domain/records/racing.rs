//! 赛马制: several takers selected and implementing in parallel, each under its own
//! agreement, task book and period (`Taker::plan`), paid by tranches that name it, until a
//! stage gate keeps it running or eliminates it. An eliminated taker keeps its plan, gate
//! and tranches: the case's history is never rewritten.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::case::{Case, Taker};
use crate::domain::vocab::{TakerStatus, vocab};

use super::review::same_name;

vocab!(
    /// The result of a stage gate (阶段评估).
    GateResult, "records.gate" {
        Continue = "continue",
        Eliminated = "eliminated",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StageGate {
    pub date: Option<NaiveDate>,
    pub result: GateResult,
    /// Required when eliminated.
    pub reason: String,
}

impl Default for StageGate {
    fn default() -> Self {
        StageGate {
            date: None,
            result: GateResult::Continue,
            reason: String::new(),
        }
    }
}

impl Case {
    /// The takers implementing (or about to): those selected.
    pub fn selected_takers(&self) -> impl Iterator<Item = &Taker> {
        self.takers
            .iter()
            .filter(|t| t.status == TakerStatus::Selected)
    }

    /// More than one taker selected: the case runs as a 赛马.
    pub fn is_racing(&self) -> bool {
        self.selected_takers().nth(1).is_some()
    }

    /// The taker a name designates (as the same-unit rule compares names).
    pub fn taker_named(&self, name: &str) -> Option<&Taker> {
        self.takers.iter().find(|t| same_name(&t.org.name, name))
    }
}

impl Taker {
    /// Eliminated (at a stage gate, or earlier at review): since when, when known.
    pub fn eliminated_since(&self) -> Option<Option<NaiveDate>> {
        (self.status == TakerStatus::Eliminated).then(|| {
            self.gate
                .as_ref()
                .filter(|g| g.result == GateResult::Eliminated)
                .and_then(|g| g.date)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::org::Org;
    use crate::domain::rules::fixtures::*;

    #[test]
    fn two_selected_takers_race_and_elimination_keeps_the_date() {
        let mut case = breakthrough();
        assert!(!case.is_racing());
        case.takers.push(Taker {
            org: Org::named("包头某研究院"),
            status: TakerStatus::Selected,
            ..Taker::default()
        });
        assert!(case.is_racing());
        assert!(case.taker_named(" 包头某研究院").is_some());
        let t = &mut case.takers[1];
        t.status = TakerStatus::Eliminated;
        t.gate = Some(StageGate {
            date: Some(d("2027-11-01")),
            result: GateResult::Eliminated,
            reason: "阶段目标未达成".into(),
        });
        assert_eq!(t.eliminated_since(), Some(Some(d("2027-11-01"))));
        assert_eq!(case.takers[0].eliminated_since(), None);
        assert!(!case.is_racing());
    }
}
