use super::*;
use crate::domain::rules::fixtures::*;
use crate::domain::vocab::Stage;
use crate::domain::workflow::{Refusal, check_move};

#[test]
fn art_9_5_without_a_recommended_taker_only_no_recommended_is_said() {
    let env = Env::new();
    let mut case = breakthrough();
    case.stage = Stage::Reviewing;
    case.takers[0].status = crate::domain::TakerStatus::Applied;
    case.reviews.clear();
    assert_eq!(
        check_move(&case, Stage::Matching, &env.ctx("2026-08-01")),
        Err(Refusal::Unmet(vec![Rule::NoRecommended.into()]))
    );
}
