//! Issue 5.1 — concurrent officers: four processes of the real binary add notes, advance
//! and move back, edit fields against a revision and add tranches on five shared cases for
//! a bounded time. Every reported success must be in the store exactly once, every refusal
//! must say why, and the audit trail must verify and replay to the stored cases.
//!
//! `cargo test --test reliability_concurrency -- --nocapture` prints ops/second.
//! Longer: `JIEBANG_REL_SECS=60 cargo test --test reliability_concurrency -- --nocapture`.

mod support;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use jiebang::domain::*;
use support::common::*;
use support::rel::*;

const WORKERS: usize = 4;
const MOVABLE: [&str; 3] = ["JB-2026-0001", "JB-2026-0002", "JB-2026-0005"];
const ALL: [&str; 5] = [
    "JB-2026-0001",
    "JB-2026-0002",
    "JB-2026-0003",
    "JB-2026-0004",
    "JB-2026-0005",
];
const FUNDED: &str = "JB-2026-0004";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Note,
    Advance,
    Back,
    Set,
    Tranche,
}

#[derive(Debug, Clone)]
struct Op {
    kind: Kind,
    id: String,
    /// The note text or the value set: unique per operation.
    text: String,
    code: i32,
    stderr: String,
}

fn fixture(env: &Env) {
    let mut funded = case(FUNDED, Stage::Implementing);
    funded.amounts.rd_investment = Some(Yuan::from_wan(2000));
    funded.amounts.issuer_first_payment = Some(date("2026-10-01"));
    env.import(&[
        case("JB-2026-0001", Stage::Validating),
        case("JB-2026-0002", Stage::Published),
        case("JB-2026-0003", Stage::Collecting),
        funded,
        case("JB-2026-0005", Stage::Applying),
    ]);
}

fn worker(env: &Env, w: usize, until: Instant, seed: u64) -> Vec<Op> {
    let mut rng = Rng(seed);
    let mut ops = Vec::new();
    let mut n = 0;
    while Instant::now() < until {
        n += 1;
        let roll = rng.below(100);
        let (kind, id) = match roll {
            0..35 => (Kind::Note, ALL[rng.below(5) as usize]),
            35..50 => (Kind::Advance, MOVABLE[rng.below(3) as usize]),
            50..65 => (Kind::Back, MOVABLE[rng.below(3) as usize]),
            65..85 => (Kind::Set, ALL[rng.below(5) as usize]),
            _ => (Kind::Tranche, FUNDED),
        };
        let text = format!("w{w}-{n}");
        let reason = format!("退回补充材料 {text}");
        let assignment = format!("achievement.suggested_period={text}");
        let rev;
        let args: Vec<&str> = match kind {
            Kind::Note => vec!["note", id, &text],
            Kind::Advance => vec!["advance", id, "--note", &text],
            Kind::Back => vec!["back", id, "--reason", &reason],
            Kind::Set => {
                // The revision the officer saw; others may change the case before the write.
                let (code, out, err) = env.run(&["show", id, "--format", "json"]);
                assert_eq!(code, 0, "show {id}: {err}");
                let seen: Case = serde_json::from_str(&out).unwrap();
                rev = seen.rev.to_string();
                vec!["set", id, &assignment, "--rev", &rev]
            }
            Kind::Tranche => vec!["tranche", id, "--amount", "0.01", "--reason", &text],
        };
        let (code, _, stderr) = env.run(&args);
        ops.push(Op {
            kind,
            id: id.to_string(),
            text,
            code,
            stderr,
        });
    }
    ops
}

#[test]
fn four_officers_at_once_lose_nothing_and_the_trail_replays() {
    let env = Env::new();
    fixture(&env);
    let secs: u64 = std::env::var("JIEBANG_REL_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8);
    let mut rng = Rng::from_env("JIEBANG_REL_SEED");
    let seeds: Vec<u64> = (0..WORKERS).map(|_| rng.next() | 1).collect();
    let start = Instant::now();
    let until = start + Duration::from_secs(secs);
    let ops: Vec<Op> = std::thread::scope(|s| {
        let handles: Vec<_> = seeds
            .iter()
            .enumerate()
            .map(|(w, &seed)| {
                let env = &env;
                s.spawn(move || worker(env, w, until, seed))
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let elapsed = start.elapsed().as_secs_f64();

    // Every outcome is one the contract allows, and every refusal says why.
    let mut tally: BTreeMap<(Kind, i32), usize> = BTreeMap::new();
    for op in &ops {
        *tally.entry((op.kind, op.code)).or_default() += 1;
        assert_no_panic(&op.text, &op.stderr);
        let allowed: &[i32] = match op.kind {
            Kind::Note => &[0, 6],
            Kind::Set => &[0, 6],
            Kind::Advance | Kind::Back | Kind::Tranche => &[0, 3, 6],
        };
        assert!(
            allowed.contains(&op.code),
            "{:?} {} exited {}: {}",
            op.kind,
            op.id,
            op.code,
            op.stderr
        );
        if op.code == 6 {
            let stale = op.stderr.contains(&op.id) && op.stderr.contains("刷新");
            let busy = op.stderr.contains("稍后重试");
            assert!(
                op.stderr.starts_with("jiebang: ") && (stale || busy),
                "exit 6 without a clear message: {}",
                op.stderr
            );
        }
        if op.code == 0 {
            assert!(op.stderr.is_empty(), "success with stderr: {}", op.stderr);
        }
    }
    let ok = |k: Kind| ops.iter().filter(move |o| o.kind == k && o.code == 0);
    eprintln!(
        "concurrency: {} operations by {WORKERS} processes in {elapsed:.1} s = {:.1} ops/s; \
         outcomes (kind, exit) → count: {tally:?}",
        ops.len(),
        ops.len() as f64 / elapsed
    );
    assert!(
        ok(Kind::Note).count() > 0 && ok(Kind::Set).count() > 0,
        "the run did some work"
    );

    let stored: BTreeMap<String, Case> = ALL
        .iter()
        .map(|id| (id.to_string(), env.case(id)))
        .collect();
    // Notes: exactly the successful ones, each once.
    for (id, c) in &stored {
        let mut have: Vec<&str> = c.notes.iter().map(|n| n.text.as_str()).collect();
        let mut want: Vec<&str> = ok(Kind::Note)
            .filter(|o| &o.id == id)
            .map(|o| o.text.as_str())
            .collect();
        have.sort();
        want.sort();
        assert_eq!(have, want, "notes of {id}");
    }
    // Tranches: one per success, none for a refusal.
    let funded = &stored[FUNDED];
    let mut have: Vec<&str> = funded.tranches.iter().map(|t| t.note.as_str()).collect();
    let mut want: Vec<&str> = ok(Kind::Tranche).map(|o| o.text.as_str()).collect();
    have.sort();
    want.sort();
    assert_eq!(have, want, "tranches");
    assert_eq!(funded.subsidy_paid(), Yuan(100 * want.len() as i64));

    // The trail: one event per success, of the right kind, for the right case.
    let events = audit_log(&env);
    let count = |action: &str| events.iter().filter(|e| e.action == action).count();
    assert_eq!(
        count("move"),
        ok(Kind::Advance).count() + ok(Kind::Back).count(),
        "moves"
    );
    assert_eq!(count("note"), ok(Kind::Note).count(), "notes");
    assert_eq!(count("tranche"), ok(Kind::Tranche).count(), "tranches");
    let edits: Vec<(String, String)> = events
        .iter()
        .filter(|e| e.action == "edit")
        .map(|e| {
            let after = e
                .changes
                .iter()
                .find(|c| c.path == "achievement.suggested_period")
                .map(|c| c.after.as_str().unwrap_or_default().to_string())
                .unwrap_or_default();
            (e.case_id.clone(), after)
        })
        .collect();
    let mut want: Vec<(String, String)> = ok(Kind::Set)
        .map(|o| (o.id.clone(), o.text.clone()))
        .collect();
    let mut have = edits.clone();
    have.sort();
    want.sort();
    assert_eq!(have, want, "each successful set is one edit event");
    // The last edit of each case is its stored value.
    for (id, c) in &stored {
        if let Some((_, last)) = edits.iter().rev().find(|(e, _)| e == id) {
            assert_eq!(&c.achievement.suggested_period, last, "{id}");
        }
    }
    assert_trail_replays(&env);
}

/// A process stopped in the middle of a write (a frozen session, a debugger) holds redb's
/// writer lock. Other officers' commands must not hang behind it: they answer "busy, retry"
/// (exit 6) within the open deadline, and work again once the lock is gone.
#[test]
fn a_writer_frozen_mid_write_makes_others_busy_not_hung() {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    let db = raw_db(&env.db);
    let txn = db.begin_write().expect("hold the writer lock");
    let started = Instant::now();
    let (code, _, err) = env.run(&["note", "JB-2026-0001", "电话确认"]);
    let waited = started.elapsed();
    assert_eq!(code, 6, "{err}");
    assert!(waited < Duration::from_secs(30), "waited {waited:?}");
    assert!(!err.contains("panicked"), "{err}");
    txn.abort().unwrap();
    drop(db);
    let (code, _, err) = env.run(&["note", "JB-2026-0001", "电话确认"]);
    assert_eq!(code, 0, "{err}");
}
