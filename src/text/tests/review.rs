//! Texts of `crate::domain::rules::review`, moved out of the domain's tests.

use crate::domain::records::Expert;
use crate::domain::records::*;
use crate::domain::rules::fixtures::*;
use crate::domain::rules::*;
use crate::domain::vocab::Stage;
use crate::domain::workflow::{Move, Refusal, check_move};
use crate::domain::*;
use crate::i18n::Lang;

fn settings() -> RuleSettings {
    RuleSettings::default()
}

fn need_mut(case: &mut Case) -> &mut Review {
    case.reviews
        .iter_mut()
        .find(|r| r.stage == ReviewStage::Validating)
        .unwrap()
}

fn record(unmet: &[Unmet]) -> Vec<&RecordRule> {
    unmet
        .iter()
        .map(|u| match &u.rule {
            Rule::Record(r) => r,
            other => panic!("not a record rule: {other:?}"),
        })
        .collect()
}

#[test]
fn art_9_2_publishing_needs_a_passing_need_review() {
    let env = Env::new();
    let mut case = breakthrough();
    case.stage = Stage::Validating;
    assert_eq!(
        check_move(&case, Stage::Published, &env.ctx("2026-06-02")),
        Ok(Move::Forward)
    );
    case.reviews.retain(|r| r.stage != ReviewStage::Validating);
    let Err(Refusal::Unmet(unmet)) = check_move(&case, Stage::Published, &env.ctx("2026-06-02"))
    else {
        panic!("publishing without a need review must be refused");
    };
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A9_2));
    assert_eq!(
        unmet[0].message(Lang::Zh),
        "第九条(二): 尚无需求论证专家评审记录"
    );
    assert_eq!(
        unmet[0].message(Lang::En),
        "Art. 9(2): no Need review panel review is recorded"
    );
}

#[test]
fn art_9_2_the_last_review_counts_and_must_pass() {
    let mut case = breakthrough();
    let mut second = passing_review(ReviewStage::Validating, &[]);
    second.conclusion = Some(ReviewConclusion::Revise);
    case.reviews.push(second);
    let unmet = check_need_review(&case, &settings());
    assert_eq!(
        record(&unmet),
        vec![&RecordRule::ReviewNotPassed {
            stage: ReviewStage::Validating,
            conclusion: Some(ReviewConclusion::Revise)
        }]
    );
    assert!(unmet[0].message(Lang::Zh).contains("修改完善后再议"));
    case.reviews
        .push(passing_review(ReviewStage::Validating, &[]));
    assert!(check_need_review(&case, &settings()).is_empty());
}

#[test]
fn art_9_2_panel_size_declarations_and_scores() {
    let mut case = breakthrough();
    need_mut(&mut case).panel[0].declared = false;
    need_mut(&mut case).panel[1].scores.pop();
    let unmet = check_need_review(&case, &settings());
    let rules = record(&unmet);
    assert!(
        matches!(rules[0], RecordRule::ExpertsUndeclared { experts, .. } if experts == &["专家1"])
    );
    assert!(matches!(
        rules[1],
        RecordRule::ScoresIncomplete { expert, criteria, taker: None, .. }
            if expert == "专家2" && criteria == &["benefit"]
    ));
    assert!(
        unmet[1].message(Lang::Zh).contains("预期效益"),
        "{}",
        unmet[1].message(Lang::Zh)
    );

    let mut case = breakthrough();
    need_mut(&mut case).panel.pop();
    let unmet = check_need_review(&case, &settings());
    assert_eq!(
        record(&unmet),
        vec![&RecordRule::PanelTooSmall {
            stage: ReviewStage::Validating,
            count: 2,
            min: 3
        }]
    );

    let mut case = breakthrough();
    for e in &mut need_mut(&mut case).panel {
        e.scores.iter_mut().for_each(|s| s.value = 55);
    }
    let unmet = check_need_review(&case, &settings());
    assert_eq!(
        unmet[0].message(Lang::Zh),
        "本厅规定(评审通过分数): 需求论证平均分 55.0 低于合格线 60"
    );
}

#[test]
fn art_9_2_an_expert_of_the_issuers_unit_must_withdraw_and_be_replaced() {
    let mut case = breakthrough();
    let issuer = case.issuer.name.clone();
    need_mut(&mut case).panel[2].unit = issuer.clone();
    let unmet = check_need_review(&case, &settings());
    assert_eq!(unmet.len(), 1, "{unmet:?}");
    assert!(matches!(
        record(&unmet)[0],
        RecordRule::ExpertConflict { party: crate::domain::rules::Party::Issuer, org, .. } if org == &issuer
    ));
    assert_eq!(
        unmet[0].message(Lang::Zh),
        "本厅规定: 需求论证专家「专家3」来自发榜方「包头稀土永磁科技有限公司」，须回避并更换后评审结论方可采用"
    );
    // A declaration alone does not cure it; withdrawing does, but then the panel is short.
    need_mut(&mut case).panel[2].recused = true;
    let unmet = check_need_review(&case, &settings());
    assert!(matches!(
        record(&unmet)[0],
        RecordRule::PanelTooSmall { count: 2, .. }
    ));
    // Replaced: the withdrawn expert's scores no longer count either way.
    let mut replacement = passing_review(ReviewStage::Validating, &[]).panel.remove(0);
    replacement.name = "替补专家".into();
    replacement.unit = "内蒙古农业大学".into();
    need_mut(&mut case).panel.push(replacement);
    need_mut(&mut case).panel[2]
        .scores
        .iter_mut()
        .for_each(|s| s.value = 0);
    assert!(check_need_review(&case, &settings()).is_empty());
}

#[test]
fn art_9_5_matching_needs_the_panel_to_recommend_the_taker() {
    let env = Env::new();
    let mut case = breakthrough();
    case.stage = Stage::Reviewing;
    case.takers[0].status = crate::domain::TakerStatus::Recommended;
    assert_eq!(
        check_move(&case, Stage::Matching, &env.ctx("2026-08-01")),
        Ok(Move::Forward)
    );
    // The panel recommended someone else.
    let review = case
        .reviews
        .iter_mut()
        .find(|r| r.stage == ReviewStage::Reviewing)
        .unwrap();
    review.recommended = vec!["另一家单位".into()];
    let unmet = check_taker_review(&case, &settings());
    assert_eq!(unmet.len(), 1);
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A9_5));
    assert!(unmet[0].message(Lang::Zh).contains("北京稀土材料研究院"));
    // No review at all.
    case.reviews.retain(|r| r.stage != ReviewStage::Reviewing);
    assert_eq!(
        record(&check_taker_review(&case, &settings())),
        vec![&RecordRule::ReviewMissing {
            stage: ReviewStage::Reviewing
        }]
    );
}

#[test]
fn art_9_5_an_expert_of_a_takers_unit_is_a_conflict() {
    let mut case = breakthrough();
    let taker = case.takers[0].org.name.clone();
    let review = case
        .reviews
        .iter_mut()
        .find(|r| r.stage == ReviewStage::Reviewing)
        .unwrap();
    review.panel.push(Expert {
        scores: review.panel[0].scores.clone(),
        ..Expert::new("揭榜方的人", &taker)
    });
    let unmet = check_taker_review(&case, &settings());
    assert_eq!(unmet.len(), 1);
    assert_eq!(
        unmet[0].rule.source(),
        Source::from(Policy::ExpertConflicts),
        "conflicts of interest are policy"
    );
    assert!(unmet[0].message(Lang::En).contains("from the applicant"));
}
