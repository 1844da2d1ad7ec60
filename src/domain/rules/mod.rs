//! The rules of the implementation measures, one file per article group. Every guard is a
//! pure function returning the unmet conditions, each citing its article.

use chrono::NaiveDate;

use super::calendar::Calendar;

mod acceptance;
mod integrity;
mod invariants;
mod midterm;
mod publicity;
mod publish;
mod racing;
mod record_rule;
mod review;
mod settings;
mod subsidy;
mod takers;
mod termination;
mod unmet;

pub mod deadline;
pub mod duration;

#[cfg(test)]
pub(crate) mod fixtures;

pub use acceptance::check_completion;
pub use deadline::{
    Deadline, DeadlineKind, deadlines, is_overdue, next_deadline, overdue_deadlines,
};
pub use duration::{
    check_duration, check_extension, check_period, check_recorded_extensions, latest_end,
};
pub use integrity::{Blacklist, BlacklistEntry, check_integrity};
pub use invariants::check_case;
pub use midterm::check_midterm;
pub use publicity::{check_publicity, check_signatures, publicity_end};
pub use publish::check_publish;
pub use racing::{
    check_active, check_racing_duration, check_taker_signatures, check_tranche_records,
};
pub use record_rule::RecordRule;
pub use review::{check_need_review, check_taker_review};
pub use settings::RuleSettings;
pub use subsidy::{SubsidyCalc, check_recorded_tranches, check_tranche, subsidy_calc};
pub use takers::{
    check_distinct, check_for_matching, check_for_review, is_subsidiary_of, normalize_name,
    same_unit,
};
pub use termination::check_termination;
pub use unmet::{Article, DatedEvent, Party, Rule, Unmet};

/// What every guard may consult besides the case: the date, the tables and the settings.
#[derive(Debug, Clone, Copy)]
pub struct RuleContext<'a> {
    pub today: NaiveDate,
    pub calendar: &'a Calendar,
    pub blacklist: &'a Blacklist,
    pub settings: &'a RuleSettings,
}
