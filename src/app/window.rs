//! This running window of the program, as a draft's holder: a draft belongs to one window
//! while that window runs, and is offered as recovered once its process is gone.

use chrono::{DateTime, Utc};

use crate::store::Holder;

/// The start time of process `pid` in clock ticks since boot (field 22 of
/// `/proc/PID/stat`), which tells a live window from a later process reusing its pid.
fn start_of(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may hold spaces and parentheses: count after its end.
    let after = &stat[stat.rfind(')')? + 1..];
    after.split_whitespace().nth(19)?.parse().ok()
}

/// This window, writing at `now`.
pub fn this_window(now: DateTime<Utc>) -> Holder {
    let pid = std::process::id();
    Holder {
        pid,
        start: start_of(pid).unwrap_or(0),
        since: now,
    }
}

/// True while the window that holds a draft still runs. Without `/proc` nothing can be
/// known, and a draft nobody can take would be lost: it counts as gone.
pub fn alive(h: &Holder) -> bool {
    start_of(h.pid).is_some_and(|start| start == h.start)
}
