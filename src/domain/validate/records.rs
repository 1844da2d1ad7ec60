//! Validation of the stage records (reviews, objections, 赛马 takers, mid-term check,
//! acceptance): names required, scores in range, dates in order, taker names that exist.
//! Checks needing the settings or the calendar (criteria ids, late objections) are the
//! app's, at the moment of recording.

use super::{Checker, LIMIT_NOTE, LIMIT_PERSON, LIMIT_REASON, LIMIT_SHORT, Problem, Severity};
use crate::domain::case::Case;
use crate::domain::records::review::same_name;
use crate::domain::records::{Expert, GateResult, MidtermVerdict, Objector};
use crate::domain::vocab::TakerStatus;

/// Limits of the record fields, by path.
pub(super) fn limit_of(path: &str) -> Option<usize> {
    Some(match path {
        "reviews.panel.name" | "midterm.panel.name" | "acceptance.panel.name" => LIMIT_PERSON,
        "reviews.panel.unit" | "midterm.panel.unit" | "acceptance.panel.unit" => super::LIMIT_NAME,
        "reviews.panel.scores.criterion" => LIMIT_SHORT,
        "reviews.comments" | "midterm.remarks" => LIMIT_NOTE,
        "takers.gate.reason" => LIMIT_REASON,
        _ => return None,
    })
}

impl Checker {
    fn error(&mut self, path: &'static str, index: &[usize], p: Problem) {
        self.push(path, index, Severity::Error, p);
    }

    fn panel(&mut self, panel: &[Expert], paths: [&'static str; 2], index: &[usize]) {
        for (e, expert) in panel.iter().enumerate() {
            let at: Vec<usize> = index.iter().copied().chain([e]).collect();
            let required = Some(Problem::Required);
            self.text(paths[0], &at, &expert.name, required.clone());
            self.text(paths[1], &at, &expert.unit, required);
        }
    }

    fn taker_known(&mut self, case: &Case, path: &'static str, index: &[usize], name: &str) {
        if !name.trim().is_empty() && case.taker_named(name).is_none() {
            let name = name.to_string();
            self.error(path, index, Problem::UnknownTaker { name });
        }
    }

    pub(super) fn records(&mut self, case: &Case) {
        self.reviews(case);
        self.objection_records(case);
        self.racing(case);
        self.midterm(case);
        self.acceptance_record(case);
    }

    fn reviews(&mut self, case: &Case) {
        for (r, review) in case.reviews.iter().enumerate() {
            self.panel(
                &review.panel,
                ["reviews.panel.name", "reviews.panel.unit"],
                &[r],
            );
            self.text("reviews.comments", &[r], &review.comments, None);
            for (k, name) in review.recommended.iter().enumerate() {
                self.taker_known(case, "reviews.recommended", &[r, k], name);
            }
            for (e, expert) in review.panel.iter().enumerate() {
                for (s, score) in expert.scores.iter().enumerate() {
                    let at = [r, e, s];
                    if score.value > 100 {
                        let actual = score.value;
                        self.error(
                            "reviews.panel.scores.value",
                            &at,
                            Problem::Percent { actual },
                        );
                    }
                    let path = "reviews.panel.scores.criterion";
                    self.text(path, &at, &score.criterion, Some(Problem::Required));
                    self.taker_known(case, "reviews.panel.scores.taker", &at, &score.taker);
                    let twice = expert.scores[..s].iter().any(|o| {
                        o.criterion == score.criterion && same_name(&o.taker, &score.taker)
                    });
                    if twice {
                        self.error(path, &at, Problem::Duplicate);
                    }
                }
            }
        }
    }

    fn objection_records(&mut self, case: &Case) {
        for (i, o) in case.publicity.objections.iter().enumerate() {
            if o.objector == Objector::Anonymous && o.accepted {
                let path = "publicity.objections.accepted";
                self.error(path, &[i], Problem::AnonymousAccepted);
            }
        }
    }

    fn racing(&mut self, case: &Case) {
        for (i, t) in case.takers.iter().enumerate() {
            if let (Some(start), Some(end)) = (t.plan.start, t.plan.end)
                && end < start
            {
                let earlier = "plan.start";
                self.error("takers.plan.end", &[i], Problem::DateOrder { earlier });
            }
            let eliminated = t.status == TakerStatus::Eliminated;
            match &t.gate {
                None => {}
                Some(g) => {
                    if g.date.is_none() {
                        self.error("takers.gate.date", &[i], Problem::Required);
                    }
                    let out = g.result == GateResult::Eliminated;
                    if out {
                        let path = "takers.gate.reason";
                        self.text(path, &[i], &g.reason, Some(Problem::Required));
                    } else {
                        self.text("takers.gate.reason", &[i], &g.reason, None);
                    }
                    if out != eliminated {
                        self.error("takers.gate.result", &[i], Problem::GateStatus);
                    }
                }
            }
        }
        for (i, tr) in case.tranches.iter().enumerate() {
            self.taker_known(case, "tranches.taker", &[i], &tr.taker);
        }
    }

    fn midterm(&mut self, case: &Case) {
        let m = &case.midterm;
        self.panel(&m.panel, ["midterm.panel.name", "midterm.panel.unit"], &[]);
        self.text("midterm.remarks", &[], &m.remarks, None);
        if m.verdict.is_some() && m.held_on.is_none() {
            self.error("midterm.held_on", &[], Problem::Required);
        }
        if m.verdict == Some(MidtermVerdict::Rectify) && m.rectify_by.is_none() {
            self.error("midterm.rectify_by", &[], Problem::Required);
        }
        for (path, date) in [
            ("midterm.rectify_by", m.rectify_by),
            ("midterm.rectified_on", m.rectified_on),
        ] {
            if let (Some(held), Some(d)) = (m.held_on, date)
                && d < held
            {
                let earlier = "midterm.held_on";
                self.error(path, &[], Problem::DateOrder { earlier });
            }
        }
    }

    fn acceptance_record(&mut self, case: &Case) {
        let a = &case.acceptance;
        self.panel(
            &a.panel,
            ["acceptance.panel.name", "acceptance.panel.unit"],
            &[],
        );
        self.money("acceptance.benefit", &[], a.benefit);
        if a.verdict.is_some() && a.date.is_none() {
            self.error("acceptance.date", &[], Problem::Required);
        }
        if let (Some(start), Some(date)) = (case.plan.start, a.date)
            && date < start
        {
            let earlier = "plan.start";
            self.error("acceptance.date", &[], Problem::DateOrder { earlier });
        }
    }
}
