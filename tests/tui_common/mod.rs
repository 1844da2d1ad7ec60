//! Shared by the TUI tests: `Live`, the one harness (a real `Session` over a temporary
//! store, keys typed, the screen or the store read back; see `live.rs`), the office's cases
//! it can start from, and helpers to reach form fields.
#![allow(dead_code)]

pub mod forms;
pub mod live;
pub mod office;
pub mod office_records;

use ratatui::buffer::Buffer;

pub use live::Live;

/// The buffer as lines of text, wide characters once, trailing spaces trimmed.
pub fn buffer_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = cell.symbol();
            line.push_str(sym);
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
