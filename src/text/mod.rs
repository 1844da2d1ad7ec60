//! The edge where the domain's typed values become words. `domain` returns rule ids,
//! articles, amounts, dates and field paths and names nothing of ours; every text made
//! from them (rule messages, validation issues, labels of the vocabularies, holiday-file
//! errors, the subsidy explanation) is made here, through the i18n tables.
//!
//! Most of it is inherent methods on the domain's types (`Unmet::message`, `Stage::label`):
//! Rust lets any module of the crate add them, so callers keep writing `u.message(lang)`
//! while the domain itself stays free of `crate::i18n`.

mod articles;
mod calendar;
mod credit_code;
mod field_labels;
mod record_labels;
mod record_rules;
pub mod records;
mod rules;
mod subsidy;
pub mod validation;
mod vocab;
mod workflow;

#[cfg(test)]
mod tests;
