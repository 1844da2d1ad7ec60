//! What is wrong with a holiday file, in words naming the year and the entry.

use crate::domain::calendar::{Calendar, CalendarError, EntryProblem};
use crate::i18n::{Lang, trf};

impl Calendar {
    /// Parses the TOML text; errors name the year and entry (Chinese, the default language).
    pub fn from_toml(text: &str) -> Result<Calendar, String> {
        Calendar::parse(text).map_err(|e| e.message(Lang::Zh))
    }
}

impl CalendarError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CalendarError::Syntax { detail } => {
                trf(lang, "calendar.err.syntax", &[("detail", detail)])
            }
            CalendarError::YearKey { key } => trf(lang, "calendar.err.year_key", &[("key", key)]),
            CalendarError::NotATable { year } => {
                trf(lang, "calendar.err.not_a_table", &[("year", year)])
            }
            CalendarError::Entry {
                year,
                entry,
                problem,
            } => {
                let what = problem.message(lang);
                trf(
                    lang,
                    "calendar.err.entry",
                    &[("year", year), ("entry", entry), ("problem", &what)],
                )
            }
        }
    }
}

impl EntryProblem {
    pub(super) fn message(&self, lang: Lang) -> String {
        match self {
            EntryProblem::NotATable => trf(lang, "calendar.err.entry_not_table", &[]),
            EntryProblem::MissingName => trf(lang, "calendar.err.missing_name", &[]),
            EntryProblem::BadDate { key, value } => trf(
                lang,
                "calendar.err.bad_date",
                &[("key", key), ("value", value)],
            ),
            EntryProblem::FromAfterTo => trf(lang, "calendar.err.from_after_to", &[]),
            EntryProblem::TooLong { days } => trf(lang, "calendar.err.too_long", &[("days", days)]),
            EntryProblem::OutsideYear { date } => {
                trf(lang, "calendar.err.outside_year", &[("date", date)])
            }
            EntryProblem::WorkdayNotWeekend { date } => {
                trf(lang, "calendar.err.workday_not_weekend", &[("date", date)])
            }
            EntryProblem::WorkdayFar { date } => {
                trf(lang, "calendar.err.workday_far", &[("date", date)])
            }
            EntryProblem::UnknownKey { key } => {
                trf(lang, "calendar.err.unknown_key", &[("key", key)])
            }
        }
    }
}
