//! jiebang (揭榜): a keyboard-driven terminal case manager for the 揭榜挂帅 programme.
//!
//! Layers, arrows pointing down only (see DESIGN.md §3):
//! `tui` / `cli` → `app` → `io`, `search`, `store` → `domain` → `i18n`.

pub mod app;
pub mod cli;
pub mod domain;
pub mod i18n;
pub mod io;
pub mod search;
pub mod store;
pub mod tui;
