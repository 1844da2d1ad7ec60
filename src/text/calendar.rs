//! What is wrong with a holiday file, in words naming the year and the entry.

use crate::domain::calendar::{Calendar, CalendarError, EntryProblem};
use crate::i18n::msg;
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
                trf(lang, msg::calendar::ERR_SYNTAX, &[("detail", detail)])
            }
            CalendarError::YearKey { key } => {
                trf(lang, msg::calendar::ERR_YEAR_KEY, &[("key", key)])
            }
            CalendarError::NotATable { year } => {
                trf(lang, msg::calendar::ERR_NOT_A_TABLE, &[("year", year)])
            }
            CalendarError::Entry {
                year,
                entry,
                problem,
            } => {
                let what = problem.message(lang);
                trf(
                    lang,
                    msg::calendar::ERR_ENTRY,
                    &[("year", year), ("entry", entry), ("problem", &what)],
                )
            }
        }
    }
}

impl EntryProblem {
    pub(super) fn message(&self, lang: Lang) -> String {
        match self {
            EntryProblem::NotATable => trf(lang, msg::calendar::ERR_ENTRY_NOT_TABLE, &[]),
            EntryProblem::MissingName => trf(lang, msg::calendar::ERR_MISSING_NAME, &[]),
            EntryProblem::BadDate { key, value } => trf(
                lang,
                msg::calendar::ERR_BAD_DATE,
                &[("key", key), ("value", value)],
            ),
            EntryProblem::FromAfterTo => trf(lang, msg::calendar::ERR_FROM_AFTER_TO, &[]),
            EntryProblem::TooLong { days } => {
                trf(lang, msg::calendar::ERR_TOO_LONG, &[("days", days)])
            }
            EntryProblem::OutsideYear { date } => {
                trf(lang, msg::calendar::ERR_OUTSIDE_YEAR, &[("date", date)])
            }
            EntryProblem::WorkdayNotWeekend { date } => trf(
                lang,
                msg::calendar::ERR_WORKDAY_NOT_WEEKEND,
                &[("date", date)],
            ),
            EntryProblem::WorkdayFar { date } => {
                trf(lang, msg::calendar::ERR_WORKDAY_FAR, &[("date", date)])
            }
            EntryProblem::UnknownKey { key } => {
                trf(lang, msg::calendar::ERR_UNKNOWN_KEY, &[("key", key)])
            }
        }
    }
}
