//! The layering of DESIGN.md §3 that the compiler does not check: `domain` is pure and
//! names nothing of ours. It may not name another module of the crate (`crate::i18n`,
//! `crate::app`, `crate::store`, `crate::tui`, … or `super::` paths climbing out of it),
//! the storage or terminal crates, the clock or the file system; and it may not call the
//! texts made at the edge (`src/text`), which Rust would let it do without an import
//! because they are inherent methods on the domain's own types.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Names that mean I/O, a terminal, storage or the clock.
const FORBIDDEN: &[&str] = &[
    "redb",
    "crossterm",
    "ratatui",
    "Local::now",
    "Utc::now",
    "chrono::Local",
    "SystemTime",
    "Instant::now",
    "std::time",
    "std::fs",
    "std::env",
    "std::net",
    "std::process",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read source dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a line, without its comment (a `//` inside a string cuts it short, which
/// only hides code, never invents a finding).
fn code(line: &str) -> &str {
    line.split("//").next().unwrap_or("")
}

/// How many `super::` a file's own module may climb and still be inside `domain`:
/// `domain/rules/unmet.rs` is `domain::rules::unmet`, so two.
fn depth_in_domain(rel: &Path) -> usize {
    let parts = rel.components().count();
    let is_mod = rel.file_name().is_some_and(|f| f == "mod.rs");
    if is_mod { parts - 2 } else { parts - 1 }
}

/// The functions `src/text` defines, with whether they take arguments besides `self`
/// (so `.message()` of a toml error is not mistaken for `Unmet::message(lang)`).
fn edge_functions(src: &Path) -> Vec<(String, bool)> {
    let mut files = Vec::new();
    rust_files(&src.join("text"), &mut files);
    let mut out = Vec::new();
    for f in files
        .iter()
        .filter(|f| !f.components().any(|c| c.as_os_str() == "tests"))
    {
        for line in fs::read_to_string(f).expect("read text file").lines() {
            let Some(rest) = line.trim_start().split("fn ").nth(1) else {
                continue;
            };
            if !line.trim_start().starts_with("pub") {
                continue;
            }
            let Some((name, params)) = rest.split_once('(') else {
                continue;
            };
            let params = params.split(')').next().unwrap_or("");
            let has_args = params
                .split(',')
                .map(str::trim)
                .any(|p| !p.is_empty() && !p.ends_with("self"));
            out.push((name.to_string(), has_args));
        }
    }
    out
}

/// Every function name `domain` defines itself: a call to one of those is its own.
fn domain_functions(files: &[(PathBuf, String)]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (_, text) in files {
        for line in text.lines() {
            if let Some(rest) = code(line).split("fn ").nth(1)
                && let Some((name, _)) = rest.split_once('(')
            {
                out.insert(name.trim().to_string());
            }
        }
    }
    out
}

/// Calls of an edge text in one line of code: `.label(lang)`, `::from_toml(text)`,
/// `.article()`.
fn edge_calls(line: &str, edge: &[(String, bool)], own: &BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    for (name, has_args) in edge.iter().filter(|(n, _)| !own.contains(n)) {
        for sep in [".", "::"] {
            let call = format!("{sep}{name}(");
            for (at, _) in line.match_indices(&call) {
                let after = &line[at + call.len()..];
                if *has_args != after.starts_with(')') {
                    out.push(format!("calls the edge text `{name}`"));
                }
            }
        }
    }
    out
}

/// What is wrong with one file of `domain`, one finding per offending line.
fn violations(
    rel: &Path,
    text: &str,
    edge: &[(String, bool)],
    own: &BTreeSet<String>,
) -> Vec<String> {
    let climb_out = "super::".repeat(depth_in_domain(rel) + 1);
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = code(line);
        let mut found: Vec<String> = Vec::new();
        for (at, _) in line.match_indices("crate::") {
            if !line[at + "crate::".len()..].starts_with("domain") {
                found.push("names a module of ours outside domain".into());
            }
        }
        if line.contains(&climb_out) {
            found.push("climbs out of domain with super::".into());
        }
        for word in FORBIDDEN.iter().filter(|w| line.contains(**w)) {
            found.push(format!("names `{word}`"));
        }
        found.extend(edge_calls(line, edge, own));
        for f in found {
            out.push(format!("{}:{}: {f}: {}", rel.display(), n + 1, line.trim()));
        }
    }
    out
}

fn domain_sources(src: &Path) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(&src.join("domain"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let text = fs::read_to_string(&f).expect("read domain file");
            (f.strip_prefix(src).expect("under src").to_path_buf(), text)
        })
        .collect()
}

#[test]
fn domain_names_nothing_of_ours_no_io_no_clock_and_no_edge_text() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = domain_sources(&src);
    assert!(files.len() > 30, "domain sources not found under {src:?}");
    let edge = edge_functions(&src);
    assert!(
        edge.iter().any(|(n, a)| n == "message" && *a),
        "the edge texts were not found under src/text: {edge:?}"
    );
    let own = domain_functions(&files);
    let found: Vec<String> = files
        .iter()
        .flat_map(|(rel, text)| violations(rel, text, &edge, &own))
        .collect();
    assert!(
        found.is_empty(),
        "domain must stay pure:\n{}",
        found.join("\n")
    );
}

/// The check itself finds what it is meant to find, and leaves alone what is allowed.
#[test]
fn the_purity_check_catches_each_kind_of_leak() {
    let edge = vec![
        ("message".to_string(), true),
        ("article".to_string(), false),
        ("from_toml".to_string(), true),
    ];
    let own = BTreeSet::new();
    let rel = Path::new("domain/rules/unmet.rs");
    let bad = [
        "use crate::i18n::{Lang, tr};",
        "use crate::app::Session;",
        "use crate::store::Store;",
        "use crate::tui::draw;",
        "use super::super::super::i18n::Lang;",
        "let db = redb::Database::create(p);",
        "use crossterm::event::KeyCode;",
        "let today = chrono::Local::now().date_naive();",
        "let t = std::time::SystemTime::now();",
        "let s = std::fs::read_to_string(p);",
        "let m = unmet.message(lang);",
        "let a = unmet.article();",
        "let c = Calendar::from_toml(text);",
    ];
    for line in bad {
        assert!(
            !violations(rel, line, &edge, &own).is_empty(),
            "not caught: {line}"
        );
    }
    let fine = [
        "use crate::domain::case::Case;",
        "use super::super::case::Case;",
        "// the labels live in crate::i18n, made at the edge",
        "detail: e.message().to_string(),",
        "let x = rule.source();",
    ];
    for line in fine {
        assert!(
            violations(rel, line, &edge, &own).is_empty(),
            "wrongly flagged: {line}"
        );
    }
}
