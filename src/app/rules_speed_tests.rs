//! The rules stay cheap enough to run on every keystroke and every list row. Timed here,
//! not in `domain`, because `domain` reads no clock.

use crate::domain::rules::check_case;
use crate::domain::rules::fixtures::{Env, transformation};
use crate::domain::vocab::Stage;

#[test]
fn check_case_stays_cheap() {
    let env = Env::new();
    let ctx = env.ctx("2029-11-05");
    let mut case = transformation();
    case.stage = Stage::Completed;
    let start = std::time::Instant::now();
    for _ in 0..1000 {
        std::hint::black_box(check_case(&case, &ctx));
    }
    // Debug build, shared machine: generous, but a regression to milliseconds shows.
    assert!(start.elapsed().as_millis() < 2000, "{:?}", start.elapsed());
}
