//! End to end in a pseudo-terminal, on the real binary and a real store: a 需求论证 panel
//! typed into the `:review` form (with `Ctrl-N` from the bundled keymap adding a slot and a
//! conflict of interest warned until the expert withdraws) is what lets the case leave
//! 需求论证, as `jiebang advance` and `jiebang show` then see.

mod support;

use jiebang::domain::Stage;
use support::common::{Env, TODAY, case};
use support::pty::Pty;

const TAB: &str = "\t";
const SAVE: &str = "\x13";
const ADD_EXPERT: &str = "\x0e";

fn start(env: &Env) -> Pty {
    let db = env.db.display().to_string();
    let config = env.path("config").display().to_string();
    let p = Pty::spawn(
        &["--db", &db],
        &[("JIEBANG_TODAY", TODAY), ("XDG_CONFIG_HOME", &config)],
        env.dir.path(),
        100,
        30,
    );
    p.wait_for("JB-2026-0001", 10);
    p
}

fn tabs(p: &mut Pty, n: usize) {
    for _ in 0..n {
        p.send(TAB);
    }
}

/// Types one expert slot: name, unit, declaration (kept), 回避, scores; ends on the next slot.
fn expert(p: &mut Pty, name: &str, unit: &str, recused: bool, scores: &str) {
    p.type_text(name);
    tabs(p, 1);
    p.type_text(unit);
    tabs(p, 2);
    if recused {
        p.type_text("是");
    }
    tabs(p, 1);
    p.type_text(scores);
    tabs(p, 1);
}

#[test]
fn a_need_review_typed_in_the_tui_lets_the_case_leave_validation() {
    let env = Env::new();
    let mut c = case("JB-2026-0001", Stage::Validating);
    c.reviews.clear();
    env.import(&[c]);
    let (code, _, err) = env.run(&["advance", "JB-2026-0001"]);
    assert_eq!(code, 3, "no review yet: refused ({err})");
    assert!(err.contains("第九条"), "{err}");

    let mut p = start(&env);
    p.type_text(":review\r");
    p.wait_for("需求论证专家评审", 10);
    tabs(&mut p, 1); // date: today
    expert(&mut p, "赵明", "内蒙古大学", false, "85 80 90 75");
    expert(&mut p, "钱红", "内蒙古工业大学", false, "80 80 85 70");
    // The issuer's own unit: warned as a conflict of interest until 回避 is set.
    p.type_text("孙强");
    tabs(&mut p, 1);
    p.type_text("包头北方稀土磁材有限公司");
    p.wait_for("同单位", 5);
    tabs(&mut p, 2);
    p.type_text("是");
    tabs(&mut p, 1);
    p.type_text("95 95 95 95");
    tabs(&mut p, 1);
    expert(&mut p, "李娜", "内蒙古科技大学", false, "78 82 80 76");
    // One more slot, focused at its name; it and slot 5 stay empty and are not saved.
    p.send(ADD_EXPERT);
    p.wait_for("专家 6", 5);
    tabs(&mut p, 5);
    p.type_text("需求明确, 同意发布");
    tabs(&mut p, 1);
    p.type_text("通过");
    p.send(SAVE);
    p.wait_for("已保存 JB-2026-0001", 10);
    p.send("q");
    assert_eq!(p.wait_exit(10), Some(0));

    let c = env.case("JB-2026-0001");
    assert_eq!(c.reviews.len(), 1);
    let r = &c.reviews[0];
    let names: Vec<&str> = r.panel.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["赵明", "钱红", "孙强", "李娜"]);
    assert!(r.panel[2].recused && !r.panel[0].recused);
    assert!(r.panel.iter().all(|e| e.declared));
    assert_eq!(r.date.unwrap().to_string(), TODAY);
    assert_eq!(r.comments, "需求明确, 同意发布");
    let first: Vec<u8> = r.panel[0].scores.iter().map(|s| s.value).collect();
    assert_eq!(first, [85, 80, 90, 75]);
    let (code, out, err) = env.run(&["advance", "JB-2026-0001"]);
    assert_eq!(code, 0, "{out}{err}");
    let (_, shown, _) = env.run(&["show", "JB-2026-0001"]);
    assert!(shown.contains("赵明") && shown.contains("回避"), "{shown}");
}
