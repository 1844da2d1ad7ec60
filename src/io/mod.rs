//! Formats in and out: JSON (round-trips), CSV (export, and intake rows of 附件1), Excel
//! (export, and intake rows), Word (one filled 附件1 form), text made safe for the
//! terminal, the shipped demo data and a generator for benchmarks.

pub mod bangdan;
pub mod csv;
pub mod demo;
pub mod doc_style;
pub mod docx;
pub mod docx_build;
pub mod encoding;
pub mod generate;
pub mod gongshi;
pub mod inert;
pub mod json;
pub mod office;
pub mod outfile;
pub mod report;
pub mod schema;
pub mod xlsx;

pub use inert::{inert, inert_line};
pub use json::{RowError, parse_cases, parse_cases_in, to_json};
