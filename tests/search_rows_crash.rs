//! The derived search table survives kill -9 mid-write: a writer renames cases in a loop
//! (each rename rewrites the case, its summary and its search row in one transaction); the
//! test kills it with SIGKILL at varied moments and, after each kill, finds the table in
//! step with the summaries and equal to a rebuild from them.
//!
//! The writer is this test binary re-executed with `JIEBANG_SEARCH_WRITER` set.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use jiebang::app::{Config, Session, SessionOptions};
use jiebang::search::SearchRow;

const WRITER_ENV: &str = "JIEBANG_SEARCH_WRITER";

fn session(db: &Path) -> Session {
    Session::open(
        &SessionOptions {
            db: Some(db.to_path_buf()),
            create: true,
            ..SessionOptions::default()
        },
        &Config::default(),
    )
    .expect("the store opens")
}

/// The writer's entry point; a no-op in a normal test run.
#[test]
fn search_writer_child() {
    let Ok(db) = std::env::var(WRITER_ENV) else {
        return;
    };
    let s = session(&PathBuf::from(db));
    let ids: Vec<String> = s.summaries().unwrap().into_iter().map(|r| r.id).collect();
    let mut renamed = 0;
    for i in 0.. {
        let id = &ids[i % ids.len()];
        let name = format!("包头稀土永磁第{i}期");
        // Some generated cases break a rule an edit re-checks; the others take the writes.
        if s.set_fields(id, &[("achievement.name".into(), name)], None)
            .is_ok()
        {
            renamed += 1;
        }
        assert!(i < 200 || renamed > 0, "no case could be renamed");
    }
}

#[test]
fn search_table_stays_in_step_through_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.redb");
    session(&db).load_generated(40, 3).unwrap();
    let exe = std::env::current_exe().unwrap();
    for (round, wait_ms) in [15u64, 40, 90, 150, 260, 400].into_iter().enumerate() {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "search_writer_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WRITER_ENV, &db)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(200 + wait_ms));
        child.kill().unwrap();
        child.wait().unwrap();
        let s = session(&db);
        let rebuilt: Vec<SearchRow> = s.summaries().unwrap().iter().map(SearchRow::of).collect();
        assert_eq!(
            s.fresh_search_rows().unwrap(),
            Some(rebuilt),
            "round {round}: the table differs from its summaries"
        );
    }
    let s = session(&db);
    assert!(
        s.summaries().unwrap().iter().any(|r| r.name.contains('期')),
        "the writer committed nothing before the kills"
    );
}
