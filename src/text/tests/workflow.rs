//! Texts of `crate::domain::workflow`, moved out of the domain's tests.

use crate::domain::rules::fixtures::*;
use crate::domain::rules::{BlacklistEntry, Rule};
use crate::domain::workflow::*;
use crate::domain::*;
use crate::i18n::Lang;

#[test]
fn side_exits_only_from_their_stages() {
    assert_eq!(classify(Stage::Validating, Stage::Rejected), Ok(Move::Exit));
    assert_eq!(classify(Stage::Reviewing, Stage::Rejected), Ok(Move::Exit));
    assert!(matches!(
        classify(Stage::Published, Stage::Rejected),
        Err(MoveError::NotAnExit { .. })
    ));
    for s in Stage::MAIN.iter().filter(|s| !s.is_closed()) {
        assert_eq!(classify(*s, Stage::Withdrawn), Ok(Move::Exit), "{s}");
    }
    assert_eq!(
        classify(Stage::Implementing, Stage::Terminated),
        Ok(Move::Exit)
    );
    assert_eq!(
        classify(Stage::Accepting, Stage::Terminated),
        Ok(Move::Exit)
    );
    let e = classify(Stage::Matching, Stage::Terminated).unwrap_err();
    assert!(e.message(Lang::Zh).contains("仅项目实施、验收阶段可以终止"));
    assert!(
        e.message(Lang::En)
            .contains("only implementation or acceptance")
    );
    assert!(matches!(
        classify(Stage::Withdrawn, Stage::Collecting),
        Err(MoveError::Closed { .. })
    ));
}

#[test]
fn skip_message_names_the_next_stage() {
    let e = classify(Stage::Published, Stage::Matching).unwrap_err();
    assert_eq!(
        e.message(Lang::Zh),
        "不能从发布榜单直接到组织对接: 下一阶段是揭榜申报, 或退回上一阶段"
    );
}

#[test]
fn art_14_blacklist_guards_announcing_and_implementing() {
    let mut env = Env::new();
    env.blacklist.entries.push(BlacklistEntry {
        name: "北京稀土材料研究院".into(),
        reason: "科研失信".into(),
        ..BlacklistEntry::default()
    });
    let mut case = breakthrough();
    case.stage = Stage::Matching;
    let refused = check_move(&case, Stage::Announcing, &env.ctx("2026-09-28")).unwrap_err();
    assert!(refused.messages(Lang::Zh)[0].starts_with("第十四条: 揭榜方"));
    case.stage = Stage::Announcing;
    let Err(Refusal::Unmet(unmet)) = check_move(&case, Stage::Implementing, &env.ctx("2026-10-12"))
    else {
        panic!("a blacklisted taker may not start implementing");
    };
    assert!(matches!(unmet[0].rule, Rule::Blacklisted { .. }));
}
