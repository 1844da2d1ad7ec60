//! Several officers on one file: nothing lost, backups consistent, and the timings.

use std::sync::Arc;
use std::thread;
use std::time::Instant;

use super::*;

#[test]
fn two_handles_writing_at_once_lose_nothing() {
    let (_dir, path, store) = fresh();
    let a = actor("zhang");
    let ctx = WriteCtx {
        actor: &a,
        now: t(0),
    };
    let shared = new_case(&store, &ctx, "共同编辑").id;
    drop(store);
    let per_thread = 40;
    let handles: Vec<_> = ["zhang", "li"]
        .into_iter()
        .map(|user| {
            let path = path.clone();
            let shared = shared.clone();
            thread::spawn(move || {
                let store = reopen(&path);
                let who = actor(user);
                for i in 0..per_thread {
                    let ctx = WriteCtx {
                        actor: &who,
                        now: t(i),
                    };
                    new_case(&store, &ctx, &format!("{user}-{i}"));
                    let note = Note {
                        at: t(i),
                        author: user.into(),
                        text: format!("{i}"),
                    };
                    store.add_note(&ctx, &shared, note).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let store = reopen(&path);
    assert_eq!(store.count().unwrap(), 1 + 2 * per_thread as u64);
    let case = store.get(&shared).unwrap().unwrap();
    assert_eq!(store.note_count(&shared).unwrap(), 2 * per_thread as u64);
    assert_eq!(
        case.notes.len(),
        (2 * per_thread as usize).min(crate::store::notes::NOTE_WINDOW)
    );
    assert_eq!(case.rev, 1 + 2 * per_thread as u64);
    let report = store.verify_audit().unwrap();
    assert_eq!(
        (report.events, report.first_bad),
        (1 + 4 * per_thread as u64, None)
    );
    let mut ids: Vec<String> = store
        .summaries()
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    ids.dedup();
    assert_eq!(ids.len(), 1 + 2 * per_thread as usize);
}

#[test]
fn threads_sharing_one_handle_lose_nothing() {
    let (_dir, _path, store) = fresh();
    let store = Arc::new(store);
    let handles: Vec<_> = (0..3)
        .map(|n| {
            let store = Arc::clone(&store);
            thread::spawn(move || {
                let who = actor(&format!("user{n}"));
                for i in 0..20 {
                    let ctx = WriteCtx {
                        actor: &who,
                        now: t(i),
                    };
                    new_case(&store, &ctx, "x");
                    store
                        .put_draft(&who.user, "new", &format!("{i}"), t(i))
                        .unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(store.count().unwrap(), 60);
    assert_eq!(store.change_counter().unwrap(), 60);
    assert_eq!(store.drafts("user1").unwrap()[0].payload, "19");
}

#[test]
fn a_backup_taken_while_others_write_opens_and_verifies() {
    let (dir, path, store) = fresh();
    drop(store);
    let writer = {
        let path = path.clone();
        thread::spawn(move || {
            let store = reopen(&path);
            let who = actor("li");
            for i in 0..150 {
                let ctx = WriteCtx {
                    actor: &who,
                    now: t(i),
                };
                new_case(&store, &ctx, &format!("并发{i}"));
            }
        })
    };
    let store = reopen(&path);
    let mut seen = Vec::new();
    for n in 0..5 {
        let copy = dir.path().join(format!("backup-{n}.redb"));
        store.backup(&copy).unwrap();
        let backup = reopen(&copy);
        let report = backup.verify_audit().unwrap();
        assert_eq!(report.first_bad, None);
        assert_eq!(
            report.events,
            backup.count().unwrap(),
            "cases and trail from one snapshot"
        );
        assert_eq!(
            backup.summaries().unwrap().len() as u64,
            backup.count().unwrap()
        );
        seen.push(report.events);
        thread::sleep(std::time::Duration::from_millis(5));
    }
    writer.join().unwrap();
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
}

/// Release timings for the report: `cargo test --release --lib store:: -- --ignored --nocapture`.
#[test]
#[ignore]
fn measure_loading_100k_summaries_and_one_durable_update() {
    let (_dir, path, store) = fresh();
    let a = actor("bench");
    let ctx = WriteCtx {
        actor: &a,
        now: t(0),
    };
    let small: Vec<Case> = (0..1000)
        .map(|i| full_case(&format!("JB-2025-{i:06}")))
        .collect();
    store.import(&ctx, small, "bench").unwrap();
    eprintln!(
        "durable update, 1000-case store: {}",
        update_times(&store, &ctx, "JB-2025-")
    );
    let start = Instant::now();
    for chunk in 0..10 {
        let cases: Vec<Case> = (0..10_000)
            .map(|i| {
                let mut c = full_case(&format!("JB-2026-{:06}", chunk * 10_000 + i));
                c.achievement.name = format!("稀土永磁项目{i}");
                c
            })
            .collect();
        store.import(&ctx, cases, "bench").unwrap();
    }
    eprintln!("import 100000 cases: {:?}", start.elapsed());
    drop(store);
    let size = std::fs::metadata(&path).unwrap().len();
    eprintln!("store size: {} MB", size / 1_000_000);

    let start = Instant::now();
    let store = reopen(&path);
    eprintln!("open: {:?}", start.elapsed());
    let start = Instant::now();
    let summaries = store.summaries().unwrap();
    let load = start.elapsed();
    assert_eq!(summaries.len(), 101_000);
    eprintln!("load 100000 summaries: {load:?}");
    let start = Instant::now();
    let _ = store.change_counter().unwrap();
    eprintln!("change_counter: {:?}", start.elapsed());

    eprintln!(
        "durable update, 101000-case store: {}",
        update_times(&store, &ctx, "JB-2026-")
    );
    let start = Instant::now();
    let report = store.verify_audit().unwrap();
    eprintln!("verify {} events: {:?}", report.events, start.elapsed());
    assert!(load.as_millis() < 1000, "loading summaries took {load:?}");
}

/// p50 and max of 50 durable single-case updates spread over the store.
fn update_times(store: &Store, ctx: &WriteCtx, prefix: &str) -> String {
    let mut times = Vec::new();
    for i in 0..50 {
        let id = format!("{prefix}{:06}", i * 19);
        let start = Instant::now();
        store
            .update::<String>(&id, None, ctx, "advance", "", |c| {
                c.stage = Stage::Accepting;
                Ok(())
            })
            .unwrap();
        times.push(start.elapsed());
    }
    times.sort();
    format!("p50 {:?}, max {:?}", times[25], times[49])
}
