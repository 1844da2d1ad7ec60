//! Forms described in one file each. A form here edits part of one case: its file says
//! what the form is called, which fields it has (each a path into the case, with its kind,
//! label and limits), and how the loaded case is readied for it; it saves the whole case
//! at the revision it was opened on, through the same checked operation as the 征集表.
//! The machinery in `form/` (editing, drafts, conflicts, live checks, drawing) is the same
//! for all. A form is listed once, in the command registry (`commands::REGISTRY`), which
//! gives it its `:name`, its help line and its key binding.

pub mod audit;
pub mod dates;

use crate::i18n::Msg;
use chrono::NaiveDate;

use crate::domain::Case;

use super::form::field::Field;

/// A form that edits one case.
pub struct FormSpec {
    /// Its `:name`, and the prefix of its draft key (`audit:JB-2026-0001`).
    pub tag: &'static str,
    /// The title line.
    pub title: Msg,
    /// The fields in order; each path is one `domain::validate` reports, so the rules'
    /// messages land beside the field they are about.
    pub fields: fn() -> Vec<Field>,
    /// Readies the loaded case, so every field has a place to read from and write into
    /// (creates the record the form fills in). `today` prefills dates.
    pub prepare: fn(&mut Case, NaiveDate),
}

impl std::fmt::Debug for FormSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag)
    }
}
