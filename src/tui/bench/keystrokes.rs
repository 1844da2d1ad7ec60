//! Keystroke figures for `jiebang bench`: from a key event to its frame written, as the
//! event loop runs it (crossterm event → chord → keymap and `update` → `settle`, which
//! searches and rebuilds the list → `draw` through the crossterm backend), and the same
//! keystrokes scored by fuzzy-matcher's `SkimMatcherV2` over every case's names (the
//! anchor: what skim and most Rust fuzzy finders do per keystroke).

use std::collections::BTreeMap;
use std::time::Instant;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::app::ui::action::Action;
use crate::app::ui::backend::Backend;
use crate::app::ui::{State, settle};
use crate::domain::CaseSummary;
use crate::tui::{draw, keys, runner};

/// Queries typed one character at a time, by kind.
const SEQUENCES: &[(&str, &[&str])] = &[
    (
        "chinese",
        &[
            "包头稀土",
            "鄂尔多斯氢能",
            "储能电站",
            "石墨烯",
            "内蒙古",
            "碳捕集",
        ],
    ),
    ("initials", &["btxt", "eeds", "cndz", "tbj", "nmg", "cs"]),
    (
        "pinyin",
        &["baotou", "qingneng", "shimoxi", "changsha", "neimenggu"],
    ),
    ("mixed", &["包tou", "baotxt", "鄂尔duosi", "储neng"]),
    // One typo each: the exact search finds few hits, so a typo pass is left pending; it
    // runs when typing pauses, timed apart ([`KeySamples::typo_pause`]).
    ("typo", &["baotuo", "鄂而多斯", "neimengguu"]),
];

/// The filter in force for the `filter` kind: a broad one, so the search inside it still
/// ranks most of the store.
pub const FILTER: &str = "-stage:completed";

/// Per-keystroke times in ms, by kind (`chinese`, `initials`, `pinyin`, `mixed`, `typo`,
/// `backspace`, `filter`), and the anchor's time for each of the same keystrokes.
#[derive(Debug, Default)]
pub struct KeySamples {
    pub by_kind: BTreeMap<&'static str, Vec<f64>>,
    pub anchor: Vec<f64>,
    /// After every keystroke that left a typo pass pending: the pause's work, from the
    /// search clock's first slice to the frame with the typo hits written (the 150 ms of
    /// waiting itself not counted).
    pub typo_pause: Vec<f64>,
}

type Term = crate::tui::bench::Term;

/// Types every sequence in a search, deletes it with Backspace, leaves the search; then
/// does it all again inside [`FILTER`].
pub fn measure(
    state: &mut State,
    backend: &dyn Backend,
    term: &mut Term,
) -> anyhow::Result<KeySamples> {
    let lines = anchor_lines(&state.rows);
    let mut out = KeySamples::default();
    for inside_filter in [false, true] {
        if inside_filter {
            press(state, backend, term, KeyCode::Char('f'))?;
            for c in FILTER.chars() {
                press(state, backend, term, KeyCode::Char(c))?;
            }
            press(state, backend, term, KeyCode::Enter)?;
        }
        for (kind, queries) in SEQUENCES {
            for q in *queries {
                let typing = if inside_filter { "filter" } else { kind };
                let deleting = if inside_filter { "filter" } else { "backspace" };
                type_query(
                    state,
                    backend,
                    term,
                    &lines,
                    q,
                    (typing, deleting),
                    &mut out,
                )?;
            }
        }
    }
    Ok(out)
}

fn type_query(
    state: &mut State,
    backend: &dyn Backend,
    term: &mut Term,
    lines: &[String],
    q: &str,
    (typing, deleting): (&'static str, &'static str),
    out: &mut KeySamples,
) -> anyhow::Result<()> {
    press(state, backend, term, KeyCode::Char('/'))?;
    let chars: Vec<char> = q.chars().collect();
    for n in 1..=chars.len() {
        let ms = press(state, backend, term, KeyCode::Char(chars[n - 1]))?;
        out.by_kind.entry(typing).or_default().push(ms);
        out.anchor.push(anchor(lines, &chars[..n]));
        out.typo_pause.extend(pause(state, backend, term)?);
    }
    for n in (0..chars.len()).rev() {
        let ms = press(state, backend, term, KeyCode::Backspace)?;
        out.by_kind.entry(deleting).or_default().push(ms);
        if n > 0 {
            out.anchor.push(anchor(lines, &chars[..n]));
        }
        out.typo_pause.extend(pause(state, backend, term)?);
    }
    press(state, backend, term, KeyCode::Esc)?;
    Ok(())
}

/// One key through the event loop's path; the time to its frame written, in ms.
fn press(
    state: &mut State,
    backend: &dyn Backend,
    term: &mut Term,
    code: KeyCode,
) -> anyhow::Result<f64> {
    let t = Instant::now();
    let ev = KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(chord) = keys::chord(&ev) {
        runner::dispatch(state, backend, Action::Key(chord));
    }
    settle(state);
    term.draw(|f| draw::draw(f, state))?;
    Ok(t.elapsed().as_secs_f64() * 1000.0)
}

/// Typing pauses after a key (the officer stops at every one, the worst case): the typo
/// pass runs slice by slice as the idle event loop runs it, then its frame is drawn. The
/// time in ms, or `None` when the key left no pass pending.
fn pause(state: &mut State, backend: &dyn Backend, term: &mut Term) -> anyhow::Result<Option<f64>> {
    if !state.finder.near_pending() {
        return Ok(None);
    }
    let t = Instant::now();
    while state.finder.near_pending() {
        runner::dispatch(state, backend, Action::TypingPaused);
    }
    term.draw(|f| draw::draw(f, state))?;
    Ok(Some(t.elapsed().as_secs_f64() * 1000.0))
}

/// One line per case, its names joined: what an officer would feed a general fuzzy finder
/// (and what `sk --filter` is given in the README's comparison).
pub fn anchor_lines(rows: &[CaseSummary]) -> Vec<String> {
    rows.iter().map(line).collect()
}

pub fn line(s: &CaseSummary) -> String {
    let mut l = format!("{} {}", s.name, s.issuer);
    for t in s.taker.iter().chain(&s.other_names) {
        l.push(' ');
        l.push_str(t);
    }
    l
}

/// SkimMatcherV2 scoring every line and ranking the matches, in ms.
fn anchor(lines: &[String], typed: &[char]) -> f64 {
    let q: String = typed.iter().collect();
    let t = Instant::now();
    let m = SkimMatcherV2::default();
    let mut hits: Vec<(i64, u32)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| m.fuzzy_match(l, &q).map(|s| (s, i as u32)))
        .collect();
    hits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    std::hint::black_box(&hits);
    t.elapsed().as_secs_f64() * 1000.0
}
