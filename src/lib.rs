//! jiebang (揭榜): a keyboard-driven terminal case manager for the 揭榜挂帅 programme.
//!
//! Layers, arrows pointing down only (see DESIGN.md §3):
//! `tui` / `cli` → `app` → `io`, `search`, `store` → `text` → `domain`; `text` → `i18n`.
//! `domain` names nothing of ours (checked by `tests/architecture.rs`).

pub mod app;
pub mod cli;
pub mod domain;
pub mod i18n;
pub mod io;
pub mod search;
pub mod store;
pub mod text;
pub mod tui;
