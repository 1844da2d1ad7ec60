//! Keymaps are data: the shipped files are checked for duplicates, user files override
//! single entries, and a bad file is an error naming the file and line.

mod tui_common;

use std::collections::HashMap;

use jiebang::app::ui::commands::Cmd;
use jiebang::app::ui::keymap::{self, Context, EMACS, VIM};
use jiebang::app::ui::keys::KeyChord;
use jiebang::i18n::Lang;
use jiebang::tui::load_keymap;
use tui_common::Live;

/// Every (context, key) pair of a file, with the lines it appears on, spelled any way.
fn duplicates(file: &str, text: &str) -> Vec<String> {
    let mut seen: HashMap<(String, KeyChord), usize> = HashMap::new();
    let mut dups = Vec::new();
    let mut context = String::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if let Some(c) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            context = c.to_string();
        } else if let Some(rest) = line.strip_prefix('"') {
            let key = rest.split('"').next().unwrap_or_default();
            let chord = KeyChord::parse(key).unwrap_or_else(|e| panic!("{file}:{}: {e}", n + 1));
            if let Some(first) = seen.insert((context.clone(), chord), n + 1) {
                dups.push(format!(
                    "{file}:{}: [{context}] {key} also on line {first}",
                    n + 1
                ));
            }
        }
    }
    dups
}

#[test]
fn shipped_keymaps_have_no_duplicate_keys_per_context() {
    for (file, text) in [
        ("default.toml", keymap::DEFAULT),
        ("vim.toml", VIM),
        ("emacs.toml", EMACS),
    ] {
        assert_eq!(duplicates(file, text), Vec::<String>::new());
        keymap::parse(file, text).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn the_contract_default_keys_are_bound() {
    let map = load_keymap("default", None).unwrap();
    let k = |s: &str| KeyChord::parse(s).unwrap();
    for (key, cmd) in [
        ("j", Cmd::MoveDown),
        ("k", Cmd::MoveUp),
        ("Down", Cmd::MoveDown),
        ("g", Cmd::First),
        ("G", Cmd::Last),
        ("Enter", Cmd::Open),
        ("/", Cmd::Search),
        ("f", Cmd::Filter),
        ("a", Cmd::Advance),
        ("b", Cmd::MoveBack),
        ("m", Cmd::Note),
        ("Space", Cmd::Mark),
    ] {
        assert_eq!(map.resolve(&[Context::List], &k(key)), Some(cmd), "{key}");
    }
    for (key, cmd) in [
        (":", Cmd::CommandLine),
        ("?", Cmd::Help),
        ("d", Cmd::Dashboard),
        ("r", Cmd::Refresh),
        ("q", Cmd::Quit),
    ] {
        assert_eq!(map.resolve(&[Context::List], &k(key)), Some(cmd), "{key}");
    }
}

#[test]
fn a_bad_keymap_names_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.toml");
    std::fs::write(
        &path,
        "[list]\n\"j\" = \"move_down\"\n\"x\" = \"teleport\"\n",
    )
    .unwrap();
    let e = load_keymap(path.to_str().unwrap(), None).unwrap_err();
    assert_eq!(e.line, 3);
    assert!(e.to_string().contains("mine.toml:3"), "{e}");
    assert!(e.to_string().contains("teleport"), "{e}");

    std::fs::write(&path, "[list]\n\"Ctrl-Banana\" = \"move_down\"\n").unwrap();
    let e = load_keymap(path.to_str().unwrap(), None).unwrap_err();
    assert_eq!(e.line, 2, "{e}");

    let e = load_keymap("/nonexistent/keys.toml", None).unwrap_err();
    assert!(e.to_string().contains("/nonexistent/keys.toml"), "{e}");
}

#[test]
fn a_bad_user_override_is_reported_too() {
    let dir = tempfile::tempdir().unwrap();
    let user = dir.path().join("keymap.toml");
    std::fs::write(
        &user,
        "[detail]\n\"Tab\" = \"next_tab\"\n\"tab\" = \"prev_tab\"\n",
    )
    .unwrap();
    let e = load_keymap("vim", Some(&user)).unwrap_err();
    assert!(e.to_string().contains("keymap.toml:3"), "{e}");
}

#[test]
fn a_user_file_overrides_single_entries_and_help_follows() {
    let dir = tempfile::tempdir().unwrap();
    let user = dir.path().join("keymap.toml");
    std::fs::write(&user, "[list]\n\"x\" = \"advance\"\n\"a\" = \"none\"\n").unwrap();
    let map = load_keymap("default", Some(&user)).unwrap();
    let k = |s: &str| KeyChord::parse(s).unwrap();
    assert_eq!(map.resolve(&[Context::List], &k("x")), Some(Cmd::Advance));
    assert_eq!(map.resolve(&[Context::List], &k("a")), None);
    assert_eq!(
        map.resolve(&[Context::List], &k("j")),
        Some(Cmd::MoveDown),
        "rest kept"
    );

    let mut h = Live::with_keymap(Lang::En, map);
    let screen = h.render();
    assert!(
        screen.contains("x advance"),
        "status hints follow the keymap:\n{screen}"
    );
    h.keys("?");
    let help = h.render_at(100, 60);
    let line = help
        .lines()
        .find(|l| l.contains("Advance to the next stage"))
        .expect("advance listed");
    assert!(line.trim_start().starts_with("x "), "{line}");
}

#[test]
fn flavours_layer_over_the_default() {
    let vim = load_keymap("vim", None).unwrap();
    let emacs = load_keymap("emacs", None).unwrap();
    let k = |s: &str| KeyChord::parse(s).unwrap();
    assert_eq!(
        vim.resolve(&[Context::List], &k("C-f")),
        Some(Cmd::PageDown)
    );
    assert_eq!(
        emacs.resolve(&[Context::List], &k("C-n")),
        Some(Cmd::MoveDown)
    );
    assert_eq!(
        emacs.resolve(&[Context::Search, Context::Input], &k("C-a")),
        Some(Cmd::InputHome)
    );
    assert_eq!(
        emacs.resolve(&[Context::List], &k("j")),
        Some(Cmd::MoveDown)
    );
}

#[test]
fn vim_z_quits_from_the_list_only_not_from_a_detail_view() {
    let vim = load_keymap("vim", None).unwrap();
    let z = KeyChord::parse("Z").unwrap();
    assert_eq!(vim.resolve(&[Context::List], &z), Some(Cmd::Quit));
    assert_ne!(vim.resolve(&[Context::Detail], &z), Some(Cmd::Quit));

    let mut h = Live::with_keymap(Lang::Zh, vim);
    h.keys("<Enter>Z");
    assert!(!h.state.quit, "Z in the detail view must not quit");
    h.keys("q");
    h.keys("Z");
    assert!(h.state.quit, "Z on the top list quits");
}
