//! What the CLI and the TUI share: the operations on a store, with their revision checks,
//! rule checks and audit events. No terminal I/O here.

pub mod actor;
pub mod assign_ops;
pub mod clock;
pub mod config;
pub mod data_ops;
pub mod digest_ops;
pub mod edit_ops;
pub mod error;
pub mod facts;
pub mod find_ops;
pub mod history_text;
pub mod officers;
pub mod publish_ops;
pub mod query;
pub mod record_ops;
pub mod report_ops;
pub mod rule_doors;
#[cfg(test)]
mod rules_speed_tests;
pub mod session;
mod set_value;
pub mod stage_ops;
pub mod ui;
pub mod undo_ops;
pub mod window;

pub use clock::{Clock, ManualClock, SystemClock};
pub use config::Config;
pub use data_ops::Format;
pub use error::OpError;
pub use query::Rows;
pub use session::{Session, SessionOptions, today};
pub use stage_ops::Preview;
