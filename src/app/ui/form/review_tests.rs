use super::*;
use crate::domain::Stage;
use crate::domain::rules::fixtures::*;
use crate::domain::{Org, Taker};

fn today() -> NaiveDate {
    d("2026-11-26")
}

#[test]
fn scores_are_read_in_criteria_order_with_any_separator() {
    assert_eq!(
        parse_scores("85 80 90 75", 4),
        Ok(vec![Some(85), Some(80), Some(90), Some(75)])
    );
    assert_eq!(
        parse_scores("８５，80、 - 100", 4),
        Ok(vec![Some(85), Some(80), None, Some(100)]),
        "full-width digits, Chinese commas, a dash for unscored"
    );
    assert_eq!(
        parse_scores("  ", 4),
        Ok(vec![None; 4]),
        "empty scores nothing"
    );
    assert_eq!(
        parse_scores("85 80", 4),
        Err(Problem::Count { want: 4, got: 2 })
    );
    assert_eq!(
        parse_scores("85 80 90 75 60", 4),
        Err(Problem::Count { want: 4, got: 5 })
    );
    assert_eq!(
        parse_scores("85 101 90 75", 4),
        Err(Problem::OutOfRange(101))
    );
    assert_eq!(
        parse_scores("85 八十 90 75", 4),
        Err(Problem::NotAScore("八十".into()))
    );
    assert_eq!(
        parse_scores("85.5 80 90 75", 4),
        Err(Problem::NotAScore("85.5".into()))
    );
    assert!(
        Problem::Count { want: 4, got: 2 }
            .message(Lang::Zh)
            .contains("应有 4 项")
    );
}

fn need_sheet(case: &Case) -> Sheet {
    let records = RecordSettings {
        panel_size: 3,
        ..RecordSettings::default()
    };
    let mut c = case.clone();
    c.reviews.clear();
    sheet_for(&c, &records, today())
}

#[test]
fn a_need_sheet_becomes_a_review_without_blank_slots() {
    let mut case = breakthrough();
    case.stage = Stage::Validating;
    let mut sheet = need_sheet(&case);
    assert_eq!(sheet.stage, ReviewStage::Validating);
    assert_eq!(sheet.experts.len(), 3, "the configured panel size");
    assert_eq!(sheet.date, Some(today()));
    sheet.experts[0].name = "王某".into();
    sheet.experts[0].unit = "内蒙古大学".into();
    sheet.experts[0].scores = vec!["85 80 - 75".into()];
    sheet.experts[1].name = "李某".into();
    sheet.experts[1].unit = "某研究所".into();
    sheet.experts[1].recused = true;
    sheet.experts[1].scores = vec!["10 10 10 10".into()];
    sheet.conclusion = Some(ReviewConclusion::Pass);
    let (review, found) = assess(&sheet, &case);
    assert_eq!(review.panel.len(), 2, "the blank third slot is left out");
    assert_eq!(review.stage, ReviewStage::Validating);
    let first: Vec<(&str, u8)> = review.panel[0]
        .scores
        .iter()
        .map(|s| (s.criterion.as_str(), s.value))
        .collect();
    assert_eq!(
        first,
        vec![("necessity", 85), ("innovation", 80), ("benefit", 75)]
    );
    assert!(review.panel[0].scores.iter().all(|s| s.taker.is_empty()));
    assert!(review.panel[1].recused);
    assert_eq!(
        review.mean_x10(""),
        Some(800),
        "the recused expert does not count"
    );
    // Two experts, one recused: one counts, fewer than the three the rules want.
    assert_eq!(
        found,
        vec![Finding {
            path: String::new(),
            error: false,
            problem: Problem::PanelSmall { count: 1, min: 3 },
        }]
    );
}

#[test]
fn problems_are_tied_to_the_slot_they_are_about() {
    let mut case = breakthrough();
    case.stage = Stage::Validating;
    let mut sheet = need_sheet(&case);
    sheet.experts[0].name = "王某".into();
    sheet.experts[0].scores = vec!["85 80".into()];
    sheet.experts[1].name = "乙".into();
    sheet.experts[1].unit = " 包头稀土永磁科技有限公司 ".into();
    sheet.experts[1].declared = false;
    sheet.experts[2].unit = "某大学".into();
    let (_, found) = assess(&sheet, &case);
    let at = |p: &str| -> Vec<(bool, Problem)> {
        found
            .iter()
            .filter(|f| f.path == p)
            .map(|f| (f.error, f.problem.clone()))
            .collect()
    };
    assert_eq!(at("experts.0.unit"), vec![(true, Problem::UnitMissing)]);
    assert_eq!(
        at("experts.0.scores.0"),
        vec![(true, Problem::Count { want: 4, got: 2 })]
    );
    assert_eq!(
        at("experts.1.unit"),
        vec![(
            false,
            Problem::Conflict {
                party: Party::Issuer,
                org: "包头稀土永磁科技有限公司".into()
            }
        )]
    );
    assert_eq!(at("experts.1.declared"), vec![(false, Problem::Undeclared)]);
    assert_eq!(at("experts.2.name"), vec![(false, Problem::Unnamed)]);
    let msg = Problem::Conflict {
        party: Party::Issuer,
        org: "X".into(),
    }
    .message(Lang::Zh);
    assert!(msg.contains("回避") && msg.contains("发榜方"), "{msg}");
    // Recused: the conflict is resolved, no warning.
    sheet.experts[1].recused = true;
    let (_, found) = assess(&sheet, &case);
    assert!(
        !found.iter().any(|f| f.path == "experts.1.unit"),
        "{found:?}"
    );
    // Nobody named at all.
    let empty = need_sheet(&case);
    let (_, found) = assess(&empty, &case);
    assert_eq!(found[0].problem, Problem::NoExperts);
    assert!(found[0].error);
}

fn two_takers() -> Case {
    let mut case = breakthrough();
    case.stage = Stage::Reviewing;
    case.takers.push(Taker {
        org: Org::named("西安某大学"),
        ..Taker::default()
    });
    case
}

#[test]
fn a_taker_sheet_scores_each_taker_and_recommends_by_number() {
    let case = two_takers();
    let mut c = case.clone();
    c.reviews.retain(|r| r.stage == ReviewStage::Validating);
    let mut sheet = sheet_for(&c, &RecordSettings::default(), today());
    assert_eq!(sheet.stage, ReviewStage::Reviewing);
    assert_eq!(sheet.takers, vec!["北京稀土材料研究院", "西安某大学"]);
    assert_eq!(sheet.experts.len(), 5, "default panel size");
    assert!(
        sheet
            .experts
            .iter()
            .all(|e| e.scores.len() == 2 && e.declared)
    );
    sheet.experts[0].name = "周某".into();
    sheet.experts[0].unit = "包头某研究所".into();
    sheet.experts[0].scores = vec!["90 85 80 75".into(), "60 60 60 60".into()];
    sheet.recommended = vec!["0".into()];
    let (review, found) = assess(&sheet, &case);
    assert!(found.iter().all(|f| !f.error), "{found:?}");
    assert_eq!(review.recommended, vec!["北京稀土材料研究院"]);
    let scores = &review.panel[0].scores;
    assert_eq!(scores.len(), 8);
    assert_eq!(
        (
            scores[0].taker.as_str(),
            scores[0].criterion.as_str(),
            scores[0].value
        ),
        ("北京稀土材料研究院", "coverage", 90)
    );
    assert_eq!(
        (
            scores[7].taker.as_str(),
            scores[7].criterion.as_str(),
            scores[7].value
        ),
        ("西安某大学", "feasibility", 60)
    );
}

#[test]
fn the_latest_review_of_the_panel_prefills_the_sheet() {
    let case = breakthrough();
    // Past 需求论证 with a taker: the taker panel, prefilled from its latest review.
    let sheet = sheet_for(&case, &RecordSettings::default(), today());
    assert_eq!(sheet.stage, ReviewStage::Reviewing);
    assert_eq!(sheet.experts.len(), 3, "the prefilled panel's size");
    assert_eq!(sheet.experts[0].name, "专家1");
    assert_eq!(sheet.experts[0].scores, vec!["80 80 80 80"]);
    assert_eq!(sheet.recommended, vec!["0"]);
    assert_eq!(sheet.date, Some(d("2026-06-01")));
    assert_eq!(sheet.conclusion, Some(ReviewConclusion::Pass));
    // Round trip: the prefilled sheet records the same review.
    let (again, found) = assess(&sheet, &case);
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(Some(&again), case.latest_review(ReviewStage::Reviewing));
    // An unscored criterion comes back as `-`.
    let mut c = case.clone();
    c.reviews[1].panel[0].scores.remove(1);
    let sheet = sheet_for(&c, &RecordSettings::default(), today());
    assert_eq!(sheet.experts[0].scores, vec!["80 - 80 80"]);
}

#[test]
fn the_panel_follows_the_stage_and_the_takers() {
    let mut case = breakthrough();
    for (stage, takers, want) in [
        (Stage::Collecting, true, ReviewStage::Validating),
        (Stage::Validating, true, ReviewStage::Validating),
        (Stage::Applying, false, ReviewStage::Validating),
        (Stage::Applying, true, ReviewStage::Reviewing),
        (Stage::Reviewing, true, ReviewStage::Reviewing),
    ] {
        case.stage = stage;
        if !takers {
            case.takers.clear();
        } else if case.takers.is_empty() {
            case.takers = breakthrough().takers;
        }
        assert_eq!(stage_for(&case), want, "{stage:?} takers={takers}");
    }
}

/// The per-expert headings and taker labels are built when the form opens.
#[test]
fn the_review_form_labels_scores_by_taker() {
    use super::super::review_form::{fields, title};
    let case = two_takers();
    let sheet = sheet_for(&case, &RecordSettings::default(), today());
    let base = to_value(&sheet);
    for lang in Lang::ALL {
        let fs = fields(&base, *lang);
        assert!(fs.iter().any(|f| f.path == "recommended"));
        let names: Vec<&str> = fs
            .iter()
            .filter(|f| f.path.starts_with("experts.0.scores."))
            .map(|f| f.label.text(*lang))
            .collect();
        assert_eq!(names, vec!["北京稀土材料研究院", "西安某大学"]);
    }
    assert_eq!(title(&base, Lang::Zh), "评审推荐专家评审");
    assert_eq!(
        title(&base, Lang::En),
        format!("Expert review: {}", ReviewStage::Reviewing.label(Lang::En))
    );
}
