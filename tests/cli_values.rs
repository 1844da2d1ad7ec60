//! Closed sets of flag values (clap `ValueEnum`s) and the one config-dir resolver, on the
//! real binary.

mod support;

use jiebang::domain::*;
use support::common::*;

#[test]
fn a_bad_value_is_exit_2_naming_the_possible_ones() {
    let env = Env::new();
    for (args, allowed) in [
        (&["list", "--format", "xml"][..], "table, json, csv"),
        (&["show", "JB-2026-0001", "--format", "csv"], "text, json"),
        (&["export", "--format", "docx"], "json, csv, xlsx"),
        (
            &["import", "x.json", "--format", "pdf"],
            "json, csv, xlsx, docx",
        ),
        (
            &["export", "--format", "csv", "--encoding", "big5"],
            "utf-8, gb18030",
        ),
        (&["--lang", "fr", "list"], "zh, en"),
    ] {
        let (code, out, err) = env.run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(
            err.contains(&format!("[possible values: {allowed}]")),
            "{args:?}: {err}"
        );
    }
    assert!(
        !env.db.exists(),
        "a bad value is refused before the store is opened"
    );
}

#[test]
fn help_lists_the_values_and_aliases_still_work() {
    let env = Env::new();
    let (code, out, _) = env.run(&["export", "--help"]);
    assert_eq!(code, 0);
    for v in ["json", "csv", "xlsx", "utf-8", "gb18030"] {
        assert!(out.contains(&format!("- {v}")), "{v} in: {out}");
    }
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    // The spellings the string options took before: other case, `gbk`, `english`.
    let (code, out, err) = env.run(&["--lang", "English", "list", "--format", "JSON"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("JB-2026-0001"), "{out}");
    let (code, out, err) = env.run(&["export", "--format", "csv", "--encoding", "GBK"]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.is_empty());
}

/// The XDG spec: a relative `XDG_CONFIG_HOME` is ignored, for `~/.config`. Before, the
/// CLI ignored it and the TUI's keymap lookup used it; now one resolver serves both.
#[test]
fn a_relative_xdg_config_home_is_ignored() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    let home = env.path("home");
    let in_home = home.join(".config/jiebang");
    let relative = env.path("rel/jiebang");
    std::fs::create_dir_all(&in_home).unwrap();
    std::fs::create_dir_all(&relative).unwrap();
    std::fs::write(in_home.join("config.toml"), "lang = \"en\"\n").unwrap();
    std::fs::write(relative.join("config.toml"), "lang = 3\n").unwrap();
    let o = env
        .cmd()
        .current_dir(env.dir.path())
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", "rel")
        .arg("list")
        .output()
        .unwrap();
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "the relative dir's broken config.toml was read: {err}"
    );
    assert!(
        out.contains("1 of 1"),
        "~/.config/jiebang/config.toml picked English: {out}"
    );
}
