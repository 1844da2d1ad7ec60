//! The pure domain: types and rules of the 揭榜挂帅 measures. No I/O, no clock, no
//! storage, no terminal: `today` and every table (holidays, blacklist) are passed in.

pub mod calendar;
pub mod case;
pub mod credit_code;
pub mod money;
pub mod org;
pub mod records;
pub mod region;
pub mod rules;
pub mod summary;
pub mod validate;
pub mod vocab;
pub mod workflow;

pub use case::*;
pub use money::Yuan;
pub use org::{Contact, Org};
pub use summary::CaseSummary;
pub use vocab::*;
