use super::*;
use crate::domain::case::Termination;
use crate::domain::money::Yuan;
use crate::domain::rules::Rule;
use crate::domain::rules::fixtures::*;
use crate::domain::rules::{Article, Source};
use crate::domain::vocab::{TakerStatus, Verdict};

#[test]
fn the_main_line_moves_one_step_forward_or_back() {
    assert_eq!(
        classify(Stage::Collecting, Stage::Validating),
        Ok(Move::Forward)
    );
    assert_eq!(
        classify(Stage::Accepting, Stage::Completed),
        Ok(Move::Forward)
    );
    assert_eq!(classify(Stage::Matching, Stage::Reviewing), Ok(Move::Back));
    assert_eq!(
        classify(Stage::Published, Stage::Matching),
        Err(MoveError::Skip {
            from: Stage::Published,
            to: Stage::Matching,
            next: Some(Stage::Applying)
        })
    );
    assert_eq!(
        classify(Stage::Published, Stage::Published),
        Err(MoveError::Same)
    );
    assert_eq!(
        classify(Stage::Completed, Stage::Accepting),
        Err(MoveError::Closed {
            from: Stage::Completed
        })
    );
}

#[test]
fn art_9_1_publishing_is_guarded() {
    let env = Env::new();
    let mut case = breakthrough();
    case.stage = Stage::Validating;
    assert_eq!(
        check_move(&case, Stage::Published, &env.ctx("2026-06-01")),
        Ok(Move::Forward)
    );
    case.achievement.name.clear();
    let Err(Refusal::Unmet(unmet)) = check_move(&case, Stage::Published, &env.ctx("2026-06-01"))
    else {
        panic!("publishing without a name must be refused");
    };
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A9_1));
}

#[test]
fn moving_back_needs_no_rule() {
    let env = Env::new();
    let mut case = breakthrough();
    case.stage = Stage::Matching;
    case.takers.clear();
    assert_eq!(
        check_move(&case, Stage::Reviewing, &env.ctx("2026-06-01")),
        Ok(Move::Back)
    );
}

#[test]
fn art_9_7_and_15_implementing_needs_publicity_signatures_and_duration() {
    let env = Env::new();
    let mut case = breakthrough();
    assert_eq!(
        check_move(&case, Stage::Implementing, &env.ctx("2026-10-12")),
        Ok(Move::Forward)
    );
    case.plan.task_book_signed = None;
    case.plan.end = Some(d("2029-11-02"));
    let Err(Refusal::Unmet(unmet)) = check_move(&case, Stage::Implementing, &env.ctx("2026-10-09"))
    else {
        panic!("refused");
    };
    let sources: Vec<Source> = unmet.iter().map(|u| u.rule.source()).collect();
    let (a9_7, a15) = (Source::from(Article::A9_7), Source::from(Article::A15));
    assert_eq!(sources, vec![a9_7, a9_7, a15]);
}

#[test]
fn art_13_completion_and_art_15_termination_are_guarded() {
    let env = Env::new();
    let mut case = transformation();
    case.stage = Stage::Accepting;
    assert_eq!(
        check_move(&case, Stage::Completed, &env.ctx("2029-01-01")),
        Ok(Move::Forward)
    );
    case.acceptance.verdict = Some(Verdict::Failed);
    assert!(check_move(&case, Stage::Completed, &env.ctx("2029-01-01")).is_err());

    let refused = check_move(&case, Stage::Terminated, &env.ctx("2029-01-01")).unwrap_err();
    assert_eq!(
        refused,
        Refusal::Unmet(vec![Rule::TerminationNotRecorded.into()])
    );
    case.termination = Some(Termination {
        date: None,
        reason: "市场环境变化".into(),
        recovered: Some(Yuan::ZERO),
        both_agreed: true,
        approved: true,
        ..Termination::default()
    });
    assert_eq!(
        check_move(&case, Stage::Terminated, &env.ctx("2029-01-01")),
        Ok(Move::Exit)
    );
    assert_eq!(
        check_move(&case, Stage::Withdrawn, &env.ctx("2029-01-01")),
        Ok(Move::Exit)
    );
}

#[test]
fn art_9_4_and_9_5_taker_stages_are_guarded() {
    let env = Env::new();
    let mut case = breakthrough();
    case.stage = Stage::Applying;
    case.takers[0].status = TakerStatus::Applied;
    assert_eq!(
        check_move(&case, Stage::Reviewing, &env.ctx("2026-08-01")),
        Ok(Move::Forward)
    );
    case.stage = Stage::Reviewing;
    assert_eq!(
        check_move(&case, Stage::Matching, &env.ctx("2026-08-01")),
        Err(Refusal::Unmet(vec![Rule::NoRecommended.into()]))
    );
}

#[test]
fn apply_move_starts_publicity_and_dates_termination() {
    let mut case = breakthrough();
    case.stage = Stage::Matching;
    case.publicity.start = None;
    apply_move(&mut case, Stage::Announcing, d("2026-09-28"));
    assert_eq!(case.stage, Stage::Announcing);
    assert_eq!(case.stage_since, Some(d("2026-09-28")));
    assert_eq!(case.publicity.start, Some(d("2026-09-28")));

    apply_move(&mut case, Stage::Matching, d("2026-09-29"));
    assert_eq!(
        case.publicity.start, None,
        "a revised agreement is published afresh"
    );

    case.publicity.start = Some(d("2026-09-01"));
    apply_move(&mut case, Stage::Announcing, d("2026-09-30"));
    assert_eq!(
        case.publicity.start,
        Some(d("2026-09-01")),
        "a recorded start is kept"
    );

    case.stage = Stage::Implementing;
    case.termination = Some(Termination::default());
    apply_move(&mut case, Stage::Terminated, d("2027-03-01"));
    assert_eq!(
        case.termination.as_ref().unwrap().date,
        Some(d("2027-03-01"))
    );
}
