//! The `note` figures of `jiebang bench`: adding a note to a case with no notes and to one
//! with 100 000, through the same session operation the CLI and the TUI use. Notes live
//! in their own table, so the two should be the same (issue 11: bounded records).

use std::time::{Duration, Instant};

use chrono::Utc;

use crate::app::{Config, Session, SessionOptions};
use crate::domain::{Case, Kind, Note, Org};
use crate::i18n::Lang;

/// Notes on the large case.
pub const MANY_NOTES: usize = 100_000;
/// Notes added (and timed) on each case; the median is reported.
const SAMPLES: usize = 21;

/// (`note_ms_0`, `note_ms_100k`): median milliseconds of one durable `note`.
pub fn note_figures(lang: Lang) -> anyhow::Result<(f64, f64)> {
    let dir = tempfile::tempdir()?;
    let opts = SessionOptions {
        db: Some(dir.path().join("notes.redb")),
        lang,
        create: true,
        ..SessionOptions::default()
    };
    let session = Session::open(&opts, &Config::default())?;
    let now = Utc::now();
    let case = |id: &str, notes: usize| {
        let mut c = Case::new(
            id.to_string(),
            Kind::Transformation,
            Org::named("基准测试单位"),
            "备注基准",
            now,
        );
        c.notes = (0..notes)
            .map(|i| Note {
                at: now,
                author: "bench".to_string(),
                text: format!("第 {i} 条备注：已电话联系发榜方，约定下周现场核查。"),
            })
            .collect();
        c
    };
    let ctx = crate::store::WriteCtx {
        actor: session.actor(),
        now,
    };
    session.store().import(
        &ctx,
        vec![case("JB-2026-0001", 0), case("JB-2026-0002", MANY_NOTES)],
        "bench",
    )?;
    let few = median(&session, "JB-2026-0001")?;
    let many = median(&session, "JB-2026-0002")?;
    Ok((few, many))
}

fn median(session: &Session, id: &str) -> anyhow::Result<f64> {
    let mut times: Vec<Duration> = Vec::with_capacity(SAMPLES);
    for i in 0..SAMPLES {
        let t = Instant::now();
        session.add_note(id, &format!("基准备注 {i}"))?;
        times.push(t.elapsed());
    }
    Ok(super::bench::pct(&mut times, 50))
}
