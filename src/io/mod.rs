//! Formats in and out: JSON (round-trips), CSV (export, and intake rows of 附件1), text made
//! safe for the terminal, the shipped demo data and a generator for benchmarks.

pub mod csv;
pub mod demo;
pub mod encoding;
pub mod generate;
pub mod inert;
pub mod json;
mod schema;

pub use inert::{inert, inert_line};
pub use json::{RowError, parse_cases, parse_cases_in, to_json};
