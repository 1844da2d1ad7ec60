//! End to end in a pseudo-terminal, on the real binary and a real store: a whole case typed
//! with the keyboard (Chinese included) and found with `jiebang show`; a form cut off by
//! SIGHUP (a dropped SSH link) and resumed with every character; key-to-screen latency.

mod support;

use std::time::{Duration, Instant};

use support::common::{Env, TODAY};
use support::pty::Pty;

const TAB: &str = "\t";
const SAVE: &str = "\x13";

fn start(env: &Env) -> Pty {
    start_showing(env, "揭榜挂帅")
}

fn start_showing(env: &Env, first: &str) -> Pty {
    if !env.db.exists() {
        // The TUI asks before creating a store; these tests start from an empty one.
        assert_eq!(env.run(&["init"]).0, 0);
    }
    let db = env.db.display().to_string();
    let config = env.path("config").display().to_string();
    let p = Pty::spawn(
        &["--db", &db],
        &[
            ("JIEBANG_TODAY", TODAY),
            ("XDG_CONFIG_HOME", &config),
            ("EDITOR", "true"),
        ],
        env.dir.path(),
        80,
        24,
    );
    p.wait_for(first, 10);
    p
}

/// Tabs forward `n` fields.
fn tabs(p: &mut Pty, n: usize) {
    for _ in 0..n {
        p.send(TAB);
    }
}

#[test]
fn a_whole_case_typed_with_the_keyboard_is_saved_and_shown() {
    let env = Env::new();
    let mut p = start(&env);
    let code = jiebang::domain::credit_code::with_check_char("91150200MA0N8Q2K1").unwrap();
    p.send("n");
    p.wait_for("新建项目", 5);
    // kind (keep), field
    tabs(&mut p, 1);
    p.type_text("氢");
    tabs(&mut p, 1);
    for text in [
        "包头某稀土研究院",            // name
        "包头市稀土高新区黄河大街1号", // address
        "20150301",                    // registered on
        "包头市",                      // region
        "5000",                        // capital
        "李某",                        // legal rep
        "稀土功能材料",                // tech field
        "稀土永磁材料研发",            // main business
        "120",
        "80",
        "30",
        &code,
        "", // parent
    ] {
        p.type_text(text);
        tabs(&mut p, 1);
    }
    // org type: keep; other: empty
    tabs(&mut p, 2);
    for text in [
        "王海",
        "主任",
        "13904721234",
        "wanghai@example.cn",
        "高丰度稀土永磁电机应用",
    ] {
        p.type_text(text);
        tabs(&mut p, 1);
    }
    p.type_text("共性"); // achievement type
    tabs(&mut p, 1);
    p.type_text("是"); // owns IP
    tabs(&mut p, 1);
    p.type_text(" "); // IP types: patent
    tabs(&mut p, 2);
    p.type_text("本项目针对镧铈资源积压, 开发高丰度稀土永磁材料。");
    p.send("\r");
    p.type_text("第二段: 示范应用。");
    tabs(&mut p, 1);
    p.type_text("团队30人, 其中博士8人。");
    tabs(&mut p, 1);
    p.type_text("2年");
    tabs(&mut p, 1);
    p.type_text("3200.5");
    p.send(SAVE);
    p.wait_for("已保存 JB-2026-0001", 10);
    p.send("q");
    assert_eq!(p.wait_exit(10), Some(0));

    let c = env.case("JB-2026-0001");
    assert_eq!(c.issuer.name, "包头某稀土研究院");
    assert_eq!(c.issuer.address, "包头市稀土高新区黄河大街1号");
    assert_eq!(c.issuer.registered_on.unwrap().to_string(), "2015-03-01");
    assert_eq!(c.issuer.credit_code, code);
    assert_eq!(c.issuer.staff_total, Some(120));
    assert_eq!(c.issuer.contact.mobile, "13904721234");
    assert_eq!(c.field, Some(jiebang::domain::Field::Hydrogen));
    assert_eq!(c.achievement.name, "高丰度稀土永磁电机应用");
    assert_eq!(
        c.achievement.achievement_type,
        Some(jiebang::domain::AchievementType::CommonTech)
    );
    assert_eq!(c.achievement.owns_ip, Some(true));
    assert_eq!(
        c.achievement.ip_types,
        vec![jiebang::domain::IpType::Patent]
    );
    assert_eq!(
        c.achievement.description,
        "本项目针对镧铈资源积压, 开发高丰度稀土永磁材料。\n第二段: 示范应用。"
    );
    assert_eq!(c.achievement.team, "团队30人, 其中博士8人。");
    assert_eq!(c.achievement.suggested_period, "2年");
    assert_eq!(
        c.achievement.estimated_investment,
        Some(jiebang::domain::Yuan(32_005_000))
    );
    let (code, out, _) = env.run(&["show", "JB-2026-0001"]);
    assert_eq!(code, 0);
    assert!(out.contains("高丰度稀土永磁电机应用"), "{out}");
}

#[test]
fn sighup_halfway_through_a_form_loses_no_typed_character() {
    let env = Env::new();
    let mut p = start(&env);
    p.send("n");
    p.wait_for("新建项目", 5);
    tabs(&mut p, 2);
    p.type_text("鄂尔多斯某储能科技有限公司");
    tabs(&mut p, 19);
    p.type_text("掺氢长输管道氢脆评价");
    tabs(&mut p, 5);
    p.type_text("本项目针对掺氢天然气管道的氢脆");
    // The SSH link drops before any pause long enough for the periodic draft.
    let pid = p.pid().unwrap() as i32;
    // SAFETY: sends a signal to the child this test started.
    unsafe {
        libc::kill(pid, libc::SIGHUP);
    }
    assert_eq!(p.wait_exit(10), Some(0), "SIGHUP exits cleanly");

    let mut p = start_showing(&env, "未保存的草稿");
    let s = p.screen();
    assert!(s.contains("掺氢长输管道氢脆评价"), "{s}");
    p.send("\r");
    let s = p.wait_for("本项目针对掺氢天然气管道的氢脆", 5);
    assert!(s.contains("15/3000"), "counter of the resumed text: {s}");
    // The cursor is back in the long field; the other fields hold their text too.
    p.send("\x1b[Z");
    p.send("\x1b[Z");
    p.send("\x1b[Z");
    p.send("\x1b[Z");
    p.send("\x1b[Z");
    p.wait_for("掺氢长输管道氢脆评价", 5);
    for _ in 0..19 {
        p.send("\x1b[Z");
    }
    p.wait_for("鄂尔多斯某储能科技有限公司", 5);
    p.send(SAVE);
    p.wait_for("已保存 JB-2026-0001", 10);
    p.send("q");
    assert_eq!(p.wait_exit(10), Some(0));
    let c = env.case("JB-2026-0001");
    assert_eq!(c.issuer.name, "鄂尔多斯某储能科技有限公司");
    assert_eq!(c.achievement.description, "本项目针对掺氢天然气管道的氢脆");
    // Saved: the draft is gone, the next start offers nothing.
    let mut p = start(&env);
    std::thread::sleep(Duration::from_millis(300));
    assert!(!p.screen().contains("未保存的草稿"));
    p.send("q");
    p.wait_exit(10);
}

/// Key press to drawn character, through the pty, the event loop, validation, drawing and
/// vt100 parsing. Printed for the report; bounded loosely so a slow CI still passes.
#[test]
fn key_to_screen_latency_in_a_form() {
    let env = Env::new();
    let mut p = start(&env);
    p.send("n");
    p.wait_for("新建项目", 5);
    tabs(&mut p, 2);
    let text = "包头某稀土研究院材料科技有限公司";
    let mut typed = String::new();
    let mut times = Vec::new();
    for ch in text.chars() {
        typed.push(ch);
        let t0 = Instant::now();
        p.write_raw(&ch.to_string());
        while !p.screen().contains(&typed) {
            assert!(t0.elapsed() < Duration::from_secs(2), "no echo of {typed}");
            std::thread::sleep(Duration::from_micros(200));
        }
        times.push(t0.elapsed());
    }
    times.sort();
    let median = times[times.len() / 2];
    let max = *times.last().unwrap();
    eprintln!(
        "form key->screen latency over {} keys: median {:.1} ms, max {:.1} ms",
        times.len(),
        median.as_secs_f64() * 1000.0,
        max.as_secs_f64() * 1000.0
    );
    assert!(median < Duration::from_millis(250), "median {median:?}");
    p.send("\x1b");
    p.send("\r");
    p.send("q");
    p.wait_exit(10);
}

#[test]
fn sigkill_after_a_pause_keeps_the_draft_and_ctrl_e_edits_in_the_editor() {
    let env = Env::new();
    // An "editor" that replaces the file's text, as an officer would in vi.
    let script = env.path("fake-editor.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\nprintf '由编辑器写入的团队情况' > \"$1\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    assert_eq!(env.run(&["init"]).0, 0);
    let db = env.db.display().to_string();
    let config = env.path("config").display().to_string();
    let editor = script.display().to_string();
    let mut p = Pty::spawn(
        &["--db", &db],
        &[
            ("JIEBANG_TODAY", TODAY),
            ("XDG_CONFIG_HOME", &config),
            ("EDITOR", &editor),
        ],
        env.dir.path(),
        80,
        24,
    );
    p.wait_for("揭榜挂帅", 10);
    p.send("n");
    p.wait_for("新建项目", 5);
    tabs(&mut p, 27);
    p.send("\x05"); // Ctrl-E
    p.wait_for("由编辑器写入的团队情况", 10);
    // A pause: the draft is written within a second, then the power goes.
    std::thread::sleep(Duration::from_millis(1200));
    let _ = p.wait_for("草稿已保存", 5);
    let pid = p.pid().unwrap() as i32;
    // SAFETY: sends a signal to the child this test started.
    unsafe {
        libc::kill(pid, libc::SIGKILL);
    }
    p.wait_exit(10);
    let mut p = start_showing(&env, "未保存的草稿");
    p.send("\r");
    p.wait_for("由编辑器写入的团队情况", 5);
    p.send("\x1b");
    p.send("\r");
    p.send("q");
    p.wait_exit(10);
}
