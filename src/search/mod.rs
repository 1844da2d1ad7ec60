//! Search: the fuzzy + pinyin name index ([`NameIndex`], [`Searcher`]) and the filter query
//! language ([`parse`], [`Filter`]). See DESIGN.md §6 and CONTRACT.md "Filter query".

mod builder;
mod eval;
mod filter;
mod highlight;
mod index;
mod matcher;
mod message;
pub mod pinyin;
mod row;
mod searcher;
pub mod typo;

pub use builder::IndexBuilder;
pub use eval::FilterCtx;
pub use filter::{Cmp, Filter, FilterError, FilterProblem, KEYS, Term, parse};
pub use highlight::{highlight, match_text};
pub use index::{NameField, NameIndex};
pub use matcher::Alignment;
pub use row::{Names, SearchRow};
pub use searcher::{Hit, Searcher, search_once};

#[cfg(test)]
mod filter_tests;
#[cfg(test)]
mod mask_tests;
#[cfg(test)]
mod perf;
#[cfg(test)]
pub(crate) mod tests;
