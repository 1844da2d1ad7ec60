//! Stage records: what officers record at the stages of 第九条 and after, and what the rules
//! read from them — expert reviews (需求论证, 评审推荐), publicity objections, parallel takers
//! (赛马制) with their stage gates, the mid-term check and acceptance. Pure types and
//! helpers; the rules that use them live in `rules/`.

pub mod acceptance;
pub mod midterm;
pub mod objection;
pub mod panel;
pub mod racing;
pub mod review;
pub mod settings;

pub use midterm::{Midterm, MidtermSummary, MidtermVerdict};
pub use objection::{Inadmissible, Objector};
pub use racing::{GateResult, StageGate};
pub use review::{Conflict, Expert, Review, ReviewConclusion, ReviewStage, Score};
pub use settings::RecordSettings;

use crate::domain::case::Case;

/// Which panel an expert sits on, for conflict warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// `reviews[i]`.
    Review(usize),
    Midterm,
    Acceptance,
}

/// Every flagged expert on every panel of the case, with the panel.
pub fn all_conflicts(case: &Case) -> Vec<(Panel, Conflict)> {
    let mut out = Vec::new();
    for (i, r) in case.reviews.iter().enumerate() {
        out.extend(
            review::conflicts(case, &r.panel)
                .into_iter()
                .map(|c| (Panel::Review(i), c)),
        );
    }
    out.extend(
        review::conflicts(case, &case.midterm.panel)
            .into_iter()
            .map(|c| (Panel::Midterm, c)),
    );
    out.extend(
        review::conflicts(case, &case.acceptance.panel)
            .into_iter()
            .map(|c| (Panel::Acceptance, c)),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::{Objection, Tranche};
    use crate::domain::money::Yuan;
    use crate::domain::rules::fixtures::*;

    /// Every field the records add, set to a non-default value, survives serde; a case
    /// written before they existed reads with their defaults.
    #[test]
    fn every_record_field_round_trips_and_old_cases_still_read() {
        let mut c = breakthrough();
        let name = c.takers[0].org.name.clone();
        let mut e = Expert::new("甲", "某大学");
        e.declared = false;
        e.recused = true;
        e.scores = vec![Score {
            taker: name.clone(),
            criterion: "team".into(),
            value: 66,
        }];
        c.reviews[1].panel.push(e.clone());
        c.reviews[1].conclusion = Some(ReviewConclusion::Fail);
        c.takers[0].plan.end = Some(d("2029-01-01"));
        c.takers[0].gate = Some(StageGate {
            date: Some(d("2028-01-01")),
            result: GateResult::Continue,
            reason: "达标".into(),
        });
        c.tranches.push(Tranche {
            taker: name,
            ..Tranche::default()
        });
        c.publicity.objections.push(Objection {
            objector: Objector::Anonymous,
            accepted: false,
            ..Objection::default()
        });
        c.midterm = Midterm {
            due: Some(d("2028-05-01")),
            held_on: Some(d("2028-05-02")),
            panel: vec![e.clone()],
            verdict: Some(MidtermVerdict::Rectify),
            rectify_by: Some(d("2028-08-01")),
            rectified_on: Some(d("2028-07-01")),
            remarks: "整改".into(),
        };
        c.acceptance.benefit = Some(Yuan::from_wan(9));
        c.acceptance.panel = vec![e];
        let json = serde_json::to_string(&c).unwrap();
        for key in [
            "\"reviews\"",
            "\"recommended\"",
            "\"declared\"",
            "\"recused\"",
            "\"criterion\"",
            "\"gate\"",
            "\"result\":\"continue\"",
            "\"objector\":\"anonymous\"",
            "\"midterm\"",
            "\"rectify_by\"",
            "\"rectified_on\"",
            "\"benefit\"",
            "\"verdict\":\"rectify\"",
            "\"conclusion\":\"fail\"",
        ] {
            assert!(json.contains(key), "{key}");
        }
        let back: Case = serde_json::from_str(&json).unwrap();
        assert_eq!(back, c);

        let mut v = serde_json::to_value(&c).unwrap();
        let o = v.as_object_mut().unwrap();
        o.remove("reviews");
        o.remove("midterm");
        o["acceptance"].as_object_mut().unwrap().remove("panel");
        o["acceptance"].as_object_mut().unwrap().remove("benefit");
        o["takers"][0].as_object_mut().unwrap().remove("gate");
        o["takers"][0].as_object_mut().unwrap().remove("plan");
        let old: Case = serde_json::from_value(v).unwrap();
        assert!(old.reviews.is_empty() && old.midterm == Midterm::default());
        assert_eq!(old.takers[0].gate, None);
        assert_eq!(old.acceptance.benefit, None);
    }

    #[test]
    fn conflicts_are_collected_from_every_panel() {
        let mut c = breakthrough();
        let issuer = c.issuer.name.clone();
        c.midterm.panel = vec![Expert::new("乙", &issuer)];
        c.acceptance.panel = vec![Expert::new("丙", "北京稀土材料研究院")];
        let found = all_conflicts(&c);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].0, Panel::Midterm);
        assert_eq!(found[1].0, Panel::Acceptance);
    }
}
