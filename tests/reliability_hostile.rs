//! Issue 5.4 — hostile input: imports carrying terminal escapes (OSC 52 clipboard writes,
//! screen clears), C0/C1 controls, bidi overrides, megabyte strings, deep nesting, invalid
//! UTF-8, GBK bytes and duplicate ids. Each is rejected with a row/field message or stored
//! as given and shown inert: no ESC, BEL or bidi control reaches the terminal from `list`,
//! `show`, `find`, `export --format csv`, `audit log` or an error message. JSON export
//! escapes them and round-trips. Property tests: the importers never panic, and an import
//! through a session is all-or-nothing.
//!
//! More proptest cases: `PROPTEST_CASES=2000 cargo test --test reliability_hostile`.

mod support;

use jiebang::app::data_ops::check_import;
use jiebang::app::{Config, Format, Session, SessionOptions};
use jiebang::domain::*;
use jiebang::i18n::Lang;
use proptest::prelude::*;
use support::common::*;
use support::rel::*;

const HOSTILE: [&str; 8] = [
    "\u{1b}]52;c;ZXZpbCBjbGlwYm9hcmQ=\u{7}",
    "\u{1b}[2J\u{1b}[H",
    "\u{1b}[31m红色\u{1b}[0m",
    "\u{202e}gpj.exe\u{202c}",
    "\u{2066}隔离\u{2069}",
    "\u{9b}31m",
    "回车\r覆盖\u{8}\u{7f}",
    "\u{1b}P+q\u{1b}\\",
];

/// A valid case whose free text fields carry every hostile string.
fn hostile_case(id: &str) -> Case {
    let mut c = case(id, Stage::Collecting);
    let all = HOSTILE.concat();
    c.achievement.name = format!("稀土永磁{}", HOSTILE[0]);
    c.issuer.contact.title = HOSTILE[1].to_string();
    c.issuer.address = HOSTILE[3].to_string();
    c.achievement.description = format!("描述{all}");
    c.achievement.team = HOSTILE[4].to_string();
    c.notes.push(Note {
        at: c.created_at,
        author: HOSTILE[5].to_string(),
        text: all,
    });
    c
}

/// Runs `args` and asserts nothing a terminal would act on is in stdout or stderr.
fn run_inert(env: &Env, args: &[&str]) -> Run {
    let r = finish(raw_cmd(env).args(args).output().unwrap());
    assert_no_panic(&format!("{args:?}"), &r.err());
    assert_inert(&format!("{args:?} stdout"), &r.stdout);
    assert_inert(&format!("{args:?} stderr"), &r.stderr);
    r
}

#[test]
fn escapes_and_bidi_controls_are_stored_as_given_and_shown_inert() {
    let env = Env::new();
    let hostile = hostile_case("JB-2026-0001");
    env.import(std::slice::from_ref(&hostile));
    let r = run_inert(&env, &["note", "JB-2026-0001", &HOSTILE.concat()]);
    assert_eq!(r.code, 0, "{}", r.err());
    for args in [
        &["list"][..],
        &["list", "--format", "csv"],
        &["show", "JB-2026-0001"],
        &["find", "稀土"],
        &["find", "xitu"],
        &["export", "--format", "csv"],
        &["audit", "log"],
        &["audit", "log", "JB-2026-0001"],
    ] {
        let r = run_inert(&env, args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.err());
    }
    // Errors that echo what the officer or a file typed are inert too.
    for args in [
        &["show", HOSTILE[0]][..],
        &["advance", "JB-2026-0001", "--to", HOSTILE[1]],
        &["list", "--filter", HOSTILE[2]],
        &["list", "--filter", &format!("stage:{}", HOSTILE[0])],
        &["set", "JB-2026-0001", &format!("{}=1", HOSTILE[3])],
    ] {
        let r = run_inert(&env, args);
        // A bare word is a valid (fuzzy) filter; the others are refused, echoing the input.
        assert!(r.code != 0 || args[0] == "list", "{args:?}");
    }
    // JSON escapes them (no raw control byte) and gives back exactly what was stored.
    let r = run_inert(&env, &["export", "--format", "json"]);
    let back: Vec<Case> = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(back[0].achievement.name, hostile.achievement.name);
    assert_eq!(
        back[0].achievement.description,
        hostile.achievement.description
    );
    assert_eq!(back[0].notes[0].text, HOSTILE.concat());
    assert_eq!(back[0].notes[1].text, HOSTILE.concat().trim());
    let r = run_inert(&env, &["show", "JB-2026-0001", "--format", "json"]);
    let shown: Case = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(shown, back[0]);
    run_inert(&env, &["list", "--format", "json"]);
    run_inert(&env, &["find", "稀土", "--format", "json"]);
    let r = run_inert(&env, &["audit", "log", "--format", "json"]);
    let events: Vec<jiebang::store::AuditEvent> = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(events.last().unwrap().note, "");
    assert_trail_replays(&env);
    let other = Env::new();
    let p = other.write("round.json", &run_inert(&env, &["export"]).stdout);
    assert_eq!(other.run(&["import", p.to_str().unwrap()]).0, 0);
    assert_eq!(exported(&other), exported(&env), "round trip");
}

/// Import `bytes`; exit 0 (then it is stored) or 2 with a message, never a panic, and a
/// refused import writes nothing.
fn import_bytes(env: &Env, name: &str, bytes: &[u8]) -> Run {
    let before = exported(env);
    let p = env.write(name, bytes);
    let r = run_inert(env, &["import", p.to_str().unwrap()]);
    assert!(
        r.code == 0 || r.code == 2,
        "{name}: exit {}: {}",
        r.code,
        r.err()
    );
    if r.code == 2 {
        assert!(r.err().starts_with("jiebang: "), "{name}: {}", r.err());
        assert_eq!(exported(env), before, "{name}: a refused import wrote");
    }
    r
}

#[test]
fn malformed_files_are_refused_with_a_message_and_write_nothing() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    let valid = jiebang::io::json::to_json(&[case("JB-2026-0002", Stage::Collecting)]);
    let mut tried = 0;
    let mut refuse = |name: &str, bytes: Vec<u8>, needle: &str| {
        tried += 1;
        let r = import_bytes(&env, name, &bytes);
        assert_eq!(r.code, 2, "{name} was accepted");
        assert!(r.err().contains(needle), "{name}: {}", r.err());
    };
    // Deep nesting, as a whole file and inside a field.
    refuse(
        "deep.json",
        ["[".repeat(100_000), "]".repeat(100_000)]
            .concat()
            .into_bytes(),
        "",
    );
    let nested = valid.replacen(
        "\"team\": \"\"",
        &format!("\"team\": {}1{}", "[".repeat(5000), "]".repeat(5000)),
        1,
    );
    assert_ne!(nested, valid);
    refuse("deep-field.json", nested.into_bytes(), "");
    // Invalid UTF-8 inside a string.
    let mut bad = valid.clone().into_bytes();
    let at = valid.find("高丰度").unwrap();
    bad[at] = 0xff;
    refuse("latin1.json", bad, "");
    // Duplicate ids: twice in the file, or already in the store.
    let twice = jiebang::io::json::to_json(&[
        case("JB-2026-0005", Stage::Collecting),
        case("JB-2026-0005", Stage::Collecting),
    ]);
    refuse("twice.json", twice.into_bytes(), "JB-2026-0005");
    let again = jiebang::io::json::to_json(&[case("JB-2026-0001", Stage::Collecting)]);
    refuse("again.json", again.into_bytes(), "JB-2026-0001");
    // A 1 MB description exceeds the 3000-character limit: the field is named.
    let mut huge = case("JB-2026-0006", Stage::Collecting);
    huge.achievement.description = "稀".repeat(350_000);
    refuse(
        "huge.json",
        jiebang::io::json::to_json(&[huge]).into_bytes(),
        "description",
    );
    // A truncated file.
    refuse("cut.json", valid.as_bytes()[..valid.len() / 2].to_vec(), "");
    eprintln!("hostile: {tried} malformed files refused, nothing written");
}

#[test]
fn long_names_and_gbk_files_are_stored_correctly_or_refused() {
    let env = Env::new();
    env.run(&["init"]);
    // A 1 MB name: stored whole or refused, either way listed inertly and quickly.
    let mut long = hostile_case("JB-2026-0007");
    long.achievement.name = format!("{}{}", "包头稀土".repeat(90_000), HOSTILE[0]);
    let r = import_bytes(
        &env,
        "long.json",
        jiebang::io::json::to_json(&[long.clone()]).as_bytes(),
    );
    if r.code == 0 {
        assert_eq!(
            env.case("JB-2026-0007").achievement.name,
            long.achievement.name
        );
        run_inert(&env, &["list"]);
        run_inert(&env, &["find", "btxt"]);
    }
    // The same file saved as GBK by a spreadsheet: decoded, every character intact.
    let json = jiebang::io::json::to_json(&[case("JB-2026-0008", Stage::Collecting)]);
    let gbk = to_gbk(&json);
    let r = import_bytes(&env, "gbk.json", &gbk);
    assert_eq!(r.code, 0, "{}", r.err());
    assert_eq!(
        env.case("JB-2026-0008").achievement.name,
        "高丰度镧铈永磁在工业电机中的应用"
    );
}

/// The file as a spreadsheet on Chinese Windows saves it.
fn to_gbk(s: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(s);
    assert!(!unmappable, "the fixture is GBK-encodable");
    bytes.into_owned()
}

fn sample_json() -> String {
    jiebang::io::json::to_json(&[
        hostile_case("JB-2026-0101"),
        case("JB-2026-0102", Stage::Validating),
    ])
}

/// Random edits of a valid file: the importers see almost-valid input, where bugs hide.
fn mutated(base: &[u8]) -> impl Strategy<Value = Vec<u8>> {
    let len = base.len();
    let base = base.to_vec();
    prop::collection::vec((0..len, any::<u8>(), 0u8..3), 1..8).prop_map(move |edits| {
        let mut b = base.clone();
        for (at, byte, op) in edits {
            let at = at.min(b.len().saturating_sub(1));
            match op {
                0 => b[at] = byte,
                1 => b.insert(at, byte),
                _ => {
                    b.remove(at);
                }
            }
        }
        b
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn importers_never_panic_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = jiebang::io::json::parse_cases(&bytes);
        let _ = jiebang::io::csv::parse_cases_csv(&bytes);
        let _ = check_import(&bytes, Format::Json, Lang::Zh);
        let _ = check_import(&bytes, Format::Csv, Lang::En);
    }

    #[test]
    fn importers_never_panic_on_mutated_files(bytes in mutated(sample_json().as_bytes())) {
        let _ = jiebang::io::json::parse_cases(&bytes);
        if let Err(e) = check_import(&bytes, Format::Json, Lang::Zh) {
            prop_assert!(!e.lines(Lang::Zh).is_empty());
        }
    }

    #[test]
    fn csv_importer_never_panics_on_csv_like_text(
        cells in prop::collection::vec(
            prop::collection::vec("[\\PC\\x00-\\x1f\"',;=+@-]{0,12}", 0..12), 0..6)
    ) {
        let text: String = cells.iter().map(|r| r.join(",")).collect::<Vec<_>>().join("\n");
        let _ = jiebang::io::csv::parse_cases_csv(text.as_bytes());
        let _ = check_import(text.as_bytes(), Format::Csv, Lang::Zh);
    }
}

fn session(db: &std::path::Path) -> Session {
    Session::open(
        &SessionOptions {
            db: Some(db.to_path_buf()),
            create: true,
            ..SessionOptions::default()
        },
        &Config::default(),
    )
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever the file, an import through a session writes all its cases or nothing.
    #[test]
    fn session_import_is_all_or_nothing(bytes in mutated(sample_json().as_bytes())) {
        let dir = tempfile::tempdir().unwrap();
        let s = session(&dir.path().join("s.redb"));
        s.import(jiebang::io::json::to_json(&[case("JB-2026-0102", Stage::Collecting)]).as_bytes(), Format::Json, false, false).unwrap();
        let before = s.export(None, Format::Json).unwrap();
        let events = s.store().events(None).unwrap().len();
        match s.import(&bytes, Format::Json, false, false) {
            Ok(n) => {
                prop_assert_eq!(s.store().count().unwrap(), 1 + n as u64);
                prop_assert_eq!(s.store().events(None).unwrap().len(), events + n);
            }
            Err(e) => {
                prop_assert!(matches!(e.exit_code(), 2 | 3), "{}", e);
                prop_assert_eq!(s.export(None, Format::Json).unwrap(), before);
                prop_assert_eq!(s.store().events(None).unwrap().len(), events);
            }
        }
        prop_assert_eq!(s.verify_audit().unwrap().first_bad, None);
    }

    /// The filter language through the rows an officer filters: never a panic.
    #[test]
    fn filters_never_panic(query in "[\\PC\\x00-\\x1f:<>=!\\- 万d]{0,40}") {
        let dir = tempfile::tempdir().unwrap();
        let s = session(&dir.path().join("f.redb"));
        s.import(sample_json().as_bytes(), Format::Json, false, false).unwrap();
        let rows = s.rows().unwrap();
        if let Ok(picked) = rows.filter(&query, s.me()) {
            prop_assert!(picked.iter().all(|&i| i < rows.rows.len()));
        }
        let _ = rows.find(&query, 10);
    }
}
