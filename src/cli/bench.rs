//! `jiebang bench`: the figures of CONTRACT.md, measured in-process on N generated cases in
//! a temporary store. Performance targets are checked here, not by timed tests.

use crate::i18n::msg;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::app::{Config, Rows, Session, SessionOptions};
use crate::domain::Stage;
use crate::i18n::{Lang, trf};
use crate::search::Searcher;

mod pty;

/// Queries typed one character at a time, as officers type them: Chinese names, pinyin
/// initials, full pinyin, mixed.
const QUERIES: &[&str] = &[
    "包头稀土",
    "btxt",
    "baotou",
    "baotxt",
    "鄂尔多斯氢能",
    "eeds",
    "qingneng",
    "储能电站",
    "cndz",
    "石墨烯",
    "shimoxi",
    "碳捕集",
    "tbj",
    "changsha",
    "cs",
    "内蒙古",
    "nmg",
    "电解槽",
];

const FILTERS: &[&str] = &[
    "stage:implementing",
    "field:hydrogen -stage:completed",
    "kind:transformation amount>=500万",
    "region:包头 taker:none",
    "overdue",
    "due<30d",
    "stale>30d stage:reviewing,matching",
    "btxt stage:published",
];

/// Every key is described in README.md, section "Benchmark".
#[derive(Debug, Serialize)]
pub struct Figures {
    pub cases: usize,
    /// Generating and importing the cases (a child process).
    pub import_ms: f64,
    pub open_ms: f64,
    pub first_frame_ms: f64,
    /// Process-side open to the list drawn with every row loaded (search index not built).
    pub full_frame_ms: f64,
    pub search_p50_ms: f64,
    pub search_p99_ms: f64,
    pub frame_p50_ms: f64,
    pub frame_p99_ms: f64,
    pub filter_p99_ms: f64,
    pub commit_p50_ms: f64,
    /// One `note` on a case with no notes / with 100 000 (`bench_notes`).
    pub note_ms_0: f64,
    pub note_ms_100k: f64,
    pub rss_mb: f64,
    pub bytes_per_move: f64,
    pub bytes_per_move_max: f64,
    pub bytes_per_scroll: f64,
    /// A move that scrolls the list window one row: key to frame written.
    pub scroll_p50_ms: f64,
    pub scroll_p99_ms: f64,
    /// Search keystrokes, key event to frame written, every kind together.
    pub keystroke_p50_ms: f64,
    pub keystroke_p99_ms: f64,
    /// SkimMatcherV2 scoring and ranking every case's names for the same keystrokes.
    pub anchor_keystroke_p50_ms: f64,
    pub anchor_keystroke_p99_ms: f64,
    /// `keystroke_p99_ms / anchor_keystroke_p99_ms` (target: at most 0.5).
    pub keystroke_vs_anchor_p99: f64,
    /// `keystroke_KIND_p50_ms` and `keystroke_KIND_p99_ms` for every kind.
    #[serde(flatten)]
    pub keystroke_kinds: std::collections::BTreeMap<String, f64>,
    /// With `--pty`: the TUI as a process on a pseudo-terminal, from spawn to its first
    /// row's bytes, and its peak memory once idle (everything loaded, index built).
    pub pty_first_frame_ms: Option<f64>,
    pub tui_rss_mb: Option<f64>,
}

pub fn run(cases: usize, format: &str, with_pty: bool, lang: Lang) -> anyhow::Result<()> {
    if !matches!(format, "text" | "json") {
        return Err(super::usage(trf(
            lang,
            msg::cli::BAD_FORMAT,
            &[("value", &format), ("allowed", &"text|json")],
        )));
    }
    let figures = measure(cases, with_pty, lang)?;
    if format == "json" {
        outln!("{}", serde_json::to_string(&figures)?);
    } else {
        let v = serde_json::to_value(&figures)?;
        if let Some(obj) = v.as_object() {
            for (k, v) in obj {
                outln!("{k:>28}  {v}");
            }
        }
    }
    Ok(())
}

fn measure(n: usize, with_pty: bool, lang: Lang) -> anyhow::Result<Figures> {
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("bench.redb");
    let opts = SessionOptions {
        db: Some(db.clone()),
        lang,
        create: true,
        ..SessionOptions::default()
    };
    let cfg = Config::default();

    let import_ms = import_demo(&db, n)?;

    // Open: the store, its rows, the search index and deadlines — what the list needs.
    // With the TUI's page cache, so `rss_mb` is an officer's screen.
    crate::store::keep_page_cache_small();
    let t = Instant::now();
    let session = Session::open(
        &SessionOptions {
            create: false,
            ..opts.clone()
        },
        &cfg,
    )?;
    let session_ms = ms(t.elapsed());

    // The TUI's own path on the opened session: a first page drawn at once, every row,
    // one-row moves through the real crossterm backend (into memory), the search index.
    let frames = crate::tui::bench::measure(&session, 100, 30, 200)?;
    let first_frame_ms = round3(session_ms + frames.first_frame_ms);
    // Peak memory of an officer's TUI session on this store (the import ran in a child).
    let rss_mb = peak_rss_mb();

    // What the CLI's list/find/filter need: rows, the name index and deadlines.
    let t = Instant::now();
    let rows = session.rows()?;
    let open_ms = round3(session_ms + ms(t.elapsed()));

    let mut keystrokes = search_times(&rows);
    let mut filters = filter_times(&session, &rows, lang)?;

    let commits = commit_times(&session, &rows)?;
    let (note_ms_0, note_ms_100k) = super::bench_notes::note_figures(lang)?;
    let keys = KeyFigures::of(&crate::tui::bench::measure_keys(&session, 100, 30)?);
    let pty = if with_pty {
        pty_figures(&db, &rows)?
    } else {
        None
    };

    Ok(Figures {
        cases: n,
        import_ms,
        open_ms,
        first_frame_ms,
        full_frame_ms: round3(session_ms + frames.full_frame_ms),
        search_p50_ms: pct(&mut keystrokes, 50),
        search_p99_ms: pct(&mut keystrokes, 99),
        frame_p50_ms: round3(frames.frame_p50_ms),
        frame_p99_ms: round3(frames.frame_p99_ms),
        filter_p99_ms: pct(&mut filters, 99),
        commit_p50_ms: pct(&mut commits.clone(), 50),
        note_ms_0,
        note_ms_100k,
        rss_mb,
        bytes_per_move: frames.bytes_per_move as f64,
        bytes_per_move_max: frames.bytes_per_move_max as f64,
        bytes_per_scroll: frames.bytes_per_scroll as f64,
        scroll_p50_ms: round3(frames.scroll_p50_ms),
        scroll_p99_ms: round3(frames.scroll_p99_ms),
        keystroke_p50_ms: keys.p50,
        keystroke_p99_ms: keys.p99,
        anchor_keystroke_p50_ms: keys.anchor_p50,
        anchor_keystroke_p99_ms: keys.anchor_p99,
        keystroke_vs_anchor_p99: ratio(keys.p99, keys.anchor_p99),
        keystroke_kinds: keys.kinds,
        pty_first_frame_ms: pty.map(|p| round3(p.first_frame_ms)),
        tui_rss_mb: pty.map(|p| p.rss_mb),
    })
}

/// Keystroke percentiles over every kind of key, per kind, and of the anchor keystroke
/// the others are compared with.
struct KeyFigures {
    kinds: std::collections::BTreeMap<String, f64>,
    p50: f64,
    p99: f64,
    anchor_p50: f64,
    anchor_p99: f64,
}

impl KeyFigures {
    fn of(keys: &crate::tui::bench::KeySamples) -> KeyFigures {
        let mut all: Vec<f64> = keys.by_kind.values().flatten().copied().collect();
        let mut kinds = std::collections::BTreeMap::new();
        for (kind, samples) in &keys.by_kind {
            let mut v = samples.clone();
            kinds.insert(format!("keystroke_{kind}_p50_ms"), pct_f(&mut v, 50));
            kinds.insert(format!("keystroke_{kind}_p99_ms"), pct_f(&mut v, 99));
        }
        // Not a keystroke: the work a pause in typing starts (the typo pass), apart.
        let mut pause = keys.typo_pause.clone();
        kinds.insert("typo_pause_p50_ms".into(), pct_f(&mut pause, 50));
        kinds.insert("typo_pause_p99_ms".into(), pct_f(&mut pause, 99));
        let mut anchor = keys.anchor.clone();
        KeyFigures {
            kinds,
            p99: pct_f(&mut all, 99),
            p50: pct_f(&mut all, 50),
            anchor_p99: pct_f(&mut anchor, 99),
            anchor_p50: pct_f(&mut anchor, 50),
        }
    }
}

/// The TUI run as an officer runs it, in a pseudo-terminal, on the first case; None on
/// an empty store.
fn pty_figures(db: &std::path::Path, rows: &Rows) -> anyhow::Result<Option<pty::PtyFigures>> {
    match rows.rows.first() {
        Some(first) => Ok(Some(pty::measure(
            &std::env::current_exe()?,
            db,
            &first.id,
            (100, 30),
        )?)),
        None => Ok(None),
    }
}

/// Generates and imports in a child process, so the peak memory reported is that of an
/// officer's session on the store, not of building 100 000 cases. Returns milliseconds.
fn import_demo(db: &std::path::Path, n: usize) -> anyhow::Result<f64> {
    let t = Instant::now();
    let status = std::process::Command::new(std::env::current_exe()?)
        .arg("--db")
        .arg(db)
        .args(["demo", "--count", &n.to_string(), "--seed", "1"])
        .stdout(std::process::Stdio::null())
        .status()?;
    if !status.success() {
        anyhow::bail!("generating {n} cases failed ({status})");
    }
    Ok(ms(t.elapsed()))
}

/// One search per keystroke of each query, as typed, each from a fresh searcher.
fn search_times(rows: &Rows) -> Vec<Duration> {
    let mut keystrokes = Vec::new();
    for q in QUERIES {
        let mut searcher = Searcher::new();
        let mut typed = String::new();
        for ch in q.chars() {
            typed.push(ch);
            let t = Instant::now();
            let (hits, _total) = searcher.search_top(&rows.index, &typed, 50);
            std::hint::black_box(&hits);
            keystrokes.push(t.elapsed());
        }
    }
    keystrokes
}

/// Each filter five times, so the percentile has samples.
fn filter_times(session: &Session, rows: &Rows, lang: Lang) -> anyhow::Result<Vec<Duration>> {
    let mut filters = Vec::new();
    for _ in 0..5 {
        for q in FILTERS {
            let t = Instant::now();
            let picked = rows
                .filter(q, session.me())
                .map_err(|e| anyhow::anyhow!(e.message(lang)))?;
            std::hint::black_box(&picked);
            filters.push(t.elapsed());
        }
    }
    Ok(filters)
}

/// Durable stage changes: advance then move back, on cases that may move freely.
fn commit_times(session: &Session, rows: &Rows) -> anyhow::Result<Vec<Duration>> {
    let candidates: Vec<&str> = rows
        .rows
        .iter()
        .filter(|s| s.stage == Stage::Published)
        .map(|s| s.id.as_str())
        .take(20)
        .collect();
    let mut out = Vec::new();
    for id in candidates {
        let t = Instant::now();
        if session
            .move_case(id, Stage::Applying, None, "bench")
            .is_ok()
        {
            out.push(t.elapsed());
            let t = Instant::now();
            session.move_back(id, None, "bench")?;
            out.push(t.elapsed());
        }
    }
    Ok(out)
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0
}

/// The `p`th percentile (nearest rank) in milliseconds; 0 for no samples.
pub fn pct(samples: &mut [Duration], p: usize) -> f64 {
    if samples.is_empty() {
        return 0.0;
    }
    samples.sort();
    let rank = (p * samples.len()).div_ceil(100).clamp(1, samples.len());
    ms(samples[rank - 1])
}

/// `a / b` to three decimals; 0 when `b` is 0.
fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 { round3(a / b) } else { 0.0 }
}

/// The `p`th percentile (nearest rank) of samples in ms, to three decimals.
fn pct_f(samples: &mut [f64], p: usize) -> f64 {
    if samples.is_empty() {
        return 0.0;
    }
    samples.sort_by(f64::total_cmp);
    let rank = (p * samples.len()).div_ceil(100).clamp(1, samples.len());
    round3(samples[rank - 1])
}

/// Peak resident memory of this process (VmHWM), in MiB.
fn peak_rss_mb() -> f64 {
    peak_rss_mb_of("/proc/self/status")
}

/// Peak resident memory (VmHWM) from a `/proc/PID/status` file, in MiB; 0 if unreadable.
fn peak_rss_mb_of(status: &str) -> f64 {
    std::fs::read_to_string(status)
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|kb| kb.parse::<f64>().ok())
            })
        })
        .map(|kb| (kb / 1024.0 * 10.0).round() / 10.0)
        .unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentile_nearest_rank() {
        let mut v: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(pct(&mut v, 50), 50.0);
        assert_eq!(pct(&mut v, 99), 99.0);
        assert_eq!(pct(&mut [], 99), 0.0);
    }
}
