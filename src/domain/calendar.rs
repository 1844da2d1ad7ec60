//! Working days: weekends plus the State Council's holiday notices (`data/holidays.toml`),
//! with adjusted working Saturdays/Sundays. A year missing from the table counts weekends
//! only, and every answer says whether it relied on that fallback.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, Weekday};

/// The table shipped with the program; officers override it from their config dir.
pub const BUNDLED_HOLIDAYS: &str = include_str!("../../data/holidays.toml");

/// A holiday is at most this long; a longer one is a typo in the file (e.g. a wrong month).
const MAX_HOLIDAY_DAYS: i64 = 15;
/// Adjusted working days lie within this many days of their holiday.
const MAX_WORKDAY_DISTANCE: i64 = 31;

/// One holiday of a notice, with the adjusted working days that belong to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub work: Vec<NaiveDate>,
}

/// One year's notice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct YearTable {
    pub notice: String,
    pub holidays: Vec<Holiday>,
}

/// The holiday table, parsed from TOML (one table per year; see `data/holidays.toml`).
/// `Default` knows no year: every answer then counts weekends only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    years: BTreeMap<i32, YearTable>,
    days_off: BTreeSet<NaiveDate>,
    working: BTreeSet<NaiveDate>,
}

/// A date computed from working days, and whether a year outside the table was involved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkingDate {
    pub date: NaiveDate,
    /// True when some day counted lies in a year absent from the table (weekends only).
    pub estimated: bool,
}

/// What is wrong with a holiday file, naming the year and the entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarError {
    Syntax {
        detail: String,
    },
    YearKey {
        key: String,
    },
    NotATable {
        year: i32,
    },
    Entry {
        year: i32,
        entry: String,
        problem: EntryProblem,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryProblem {
    NotATable,
    MissingName,
    /// `key` is missing or not a date.
    BadDate {
        key: &'static str,
        value: String,
    },
    FromAfterTo,
    TooLong {
        days: i64,
    },
    OutsideYear {
        date: NaiveDate,
    },
    WorkdayNotWeekend {
        date: NaiveDate,
    },
    WorkdayFar {
        date: NaiveDate,
    },
    UnknownKey {
        key: String,
    },
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// TOML dates may be written bare (`2026-10-01`) or quoted (`"2026-10-01"`).
fn date_of(v: &toml::Value) -> Option<NaiveDate> {
    match v {
        toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
            let d = dt.date?;
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
        }
        toml::Value::String(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok(),
        _ => None,
    }
}

/// A holiday runs forward, within its year, and not longer than any real one.
fn check_span(year: i32, from: NaiveDate, to: NaiveDate) -> Result<(), EntryProblem> {
    if from > to {
        return Err(EntryProblem::FromAfterTo);
    }
    let days = (to - from).num_days() + 1;
    if days > MAX_HOLIDAY_DAYS {
        return Err(EntryProblem::TooLong { days });
    }
    for d in [from, to] {
        if d.year() != year {
            return Err(EntryProblem::OutsideYear { date: d });
        }
    }
    Ok(())
}

/// The make-up working days (调休) of a holiday: weekend days close to it.
fn work_days(
    list: &toml::Value,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<NaiveDate>, EntryProblem> {
    let Some(items) = list.as_array() else {
        return Err(EntryProblem::BadDate {
            key: "work",
            value: list.to_string(),
        });
    };
    let mut work = Vec::new();
    for item in items {
        let d = date_of(item).ok_or_else(|| EntryProblem::BadDate {
            key: "work",
            value: item.to_string(),
        })?;
        if !is_weekend(d) {
            return Err(EntryProblem::WorkdayNotWeekend { date: d });
        }
        let distance = if d < from {
            (from - d).num_days()
        } else {
            (d - to).num_days()
        };
        if distance > MAX_WORKDAY_DISTANCE {
            return Err(EntryProblem::WorkdayFar { date: d });
        }
        work.push(d);
    }
    Ok(work)
}

fn parse_holiday(year: i32, index: usize, v: &toml::Value) -> Result<Holiday, CalendarError> {
    let fallback = format!("#{}", index + 1);
    let err = |entry: &str, problem| CalendarError::Entry {
        year,
        entry: entry.to_string(),
        problem,
    };
    let t = v
        .as_table()
        .ok_or_else(|| err(&fallback, EntryProblem::NotATable))?;
    let name = t
        .get("name")
        .and_then(|n| n.as_str())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .ok_or_else(|| err(&fallback, EntryProblem::MissingName))?
        .to_string();
    let entry = name.as_str();
    if let Some(key) = t
        .keys()
        .find(|k| !matches!(k.as_str(), "name" | "from" | "to" | "work"))
    {
        return Err(err(entry, EntryProblem::UnknownKey { key: key.clone() }));
    }
    let get_date = |key: &'static str| {
        let raw = t.get(key);
        raw.and_then(date_of).ok_or_else(|| {
            err(
                entry,
                EntryProblem::BadDate {
                    key,
                    value: raw.map(|r| r.to_string()).unwrap_or_default(),
                },
            )
        })
    };
    let from = get_date("from")?;
    let to = get_date("to")?;
    check_span(year, from, to).map_err(|p| err(entry, p))?;
    let work = match t.get("work") {
        Some(list) => work_days(list, from, to).map_err(|p| err(entry, p))?,
        None => Vec::new(),
    };
    Ok(Holiday {
        name,
        from,
        to,
        work,
    })
}

impl Calendar {
    /// Like [`Calendar::from_toml`], with a typed error for callers that pick the language.
    pub fn parse(text: &str) -> Result<Calendar, CalendarError> {
        let table: toml::Table =
            text.parse()
                .map_err(|e: toml::de::Error| CalendarError::Syntax {
                    detail: e.message().to_string(),
                })?;
        let mut cal = Calendar::default();
        for (key, value) in &table {
            let year: i32 = key
                .parse()
                .ok()
                .filter(|y| (1949..=9999).contains(y))
                .ok_or_else(|| CalendarError::YearKey { key: key.clone() })?;
            let t = value.as_table().ok_or(CalendarError::NotATable { year })?;
            let notice = t
                .get("notice")
                .and_then(|n| n.as_str())
                .unwrap_or_default()
                .to_string();
            let mut holidays = Vec::new();
            if let Some(list) = t.get("holidays") {
                let items = list.as_array().ok_or(CalendarError::NotATable { year })?;
                for (i, item) in items.iter().enumerate() {
                    holidays.push(parse_holiday(year, i, item)?);
                }
            }
            for h in &holidays {
                let mut d = h.from;
                while d <= h.to {
                    cal.days_off.insert(d);
                    d = match d.succ_opt() {
                        Some(n) => n,
                        None => break,
                    };
                }
                cal.working.extend(h.work.iter().copied());
            }
            cal.years.insert(year, YearTable { notice, holidays });
        }
        Ok(cal)
    }

    /// The bundled table; it is checked by a test, so failure here means a broken build.
    pub fn bundled() -> Calendar {
        Calendar::parse(BUNDLED_HOLIDAYS).unwrap_or_default()
    }

    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        if self.working.contains(&d) {
            return true;
        }
        !self.days_off.contains(&d) && !is_weekend(d)
    }

    pub fn knows_year(&self, year: i32) -> bool {
        self.years.contains_key(&year)
    }

    /// The years the table covers, oldest first.
    pub fn years(&self) -> impl Iterator<Item = (i32, &YearTable)> {
        self.years.iter().map(|(y, t)| (*y, t))
    }

    /// Years between the two dates (inclusive) that the table does not cover.
    pub fn unknown_years(&self, from: NaiveDate, to: NaiveDate) -> Vec<i32> {
        (from.year()..=to.year())
            .filter(|y| !self.knows_year(*y))
            .collect()
    }

    fn estimated(&self, from: NaiveDate, to: NaiveDate) -> bool {
        !self.unknown_years(from, to).is_empty()
    }

    /// The last day of a period of `n` working days starting at `start` (if `start` is not a
    /// working day, counting begins at the next one). n = 5 from Mon 2026-09-28 → 2026-10-09.
    /// `n = 0` is an empty period and answers `start`.
    pub fn period_end(&self, start: NaiveDate, n: u32) -> WorkingDate {
        if n == 0 {
            return WorkingDate {
                date: start,
                estimated: self.estimated(start, start),
            };
        }
        let mut d = start;
        let mut counted = 0;
        loop {
            if self.is_working_day(d) {
                counted += 1;
                if counted == n {
                    break;
                }
            }
            match d.succ_opt() {
                Some(next) => d = next,
                None => break,
            }
        }
        WorkingDate {
            date: d,
            estimated: self.estimated(start, d),
        }
    }

    /// Working days from `from` to `to` inclusive; 0 when `to` is before `from`.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        from.iter_days()
            .take_while(|d| *d <= to)
            .filter(|d| self.is_working_day(*d))
            .count() as u32
    }

    /// The date `n` working days after `from` (`from` itself is not counted).
    pub fn add_working_days(&self, from: NaiveDate, n: u32) -> WorkingDate {
        match from.succ_opt() {
            Some(next) if n > 0 => {
                let end = self.period_end(next, n);
                WorkingDate {
                    date: end.date,
                    estimated: self.estimated(from, end.date),
                }
            }
            _ => WorkingDate {
                date: from,
                estimated: self.estimated(from, from),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn cal() -> Calendar {
        Calendar::parse(BUNDLED_HOLIDAYS).expect("bundled holidays parse")
    }

    #[test]
    fn bundled_table_knows_2025_and_2026_only() {
        let c = cal();
        assert!(c.knows_year(2025) && c.knows_year(2026));
        assert!(!c.knows_year(2027));
        assert!(c.years().all(|(_, t)| !t.notice.is_empty()));
        assert_eq!(Calendar::bundled(), c);
    }

    #[test]
    fn publicity_across_national_day_2026_ends_on_10_09() {
        let end = cal().period_end(d("2026-09-28"), 5);
        assert_eq!(end.date, d("2026-10-09"));
        assert!(!end.estimated);
    }

    #[test]
    fn publicity_from_10_09_counts_the_adjusted_saturday() {
        let c = cal();
        assert!(c.is_working_day(d("2026-10-10")), "adjusted Saturday");
        assert_eq!(c.period_end(d("2026-10-09"), 5).date, d("2026-10-14"));
    }

    #[test]
    fn holidays_and_adjusted_days_of_2025() {
        let c = cal();
        assert!(!c.is_working_day(d("2025-01-28")));
        assert!(c.is_working_day(d("2025-01-26")), "adjusted Sunday");
        assert!(!c.is_working_day(d("2025-10-08")), "Wednesday inside 国庆");
        assert!(c.is_working_day(d("2025-10-09")));
        assert!(!c.is_working_day(d("2025-10-12")), "plain Sunday");
    }

    #[test]
    fn a_start_on_a_day_off_counts_from_the_next_working_day() {
        // Saturday 2026-10-03 is inside 国庆: counting begins on Thursday 10-08.
        assert_eq!(cal().period_end(d("2026-10-03"), 1).date, d("2026-10-08"));
    }

    #[test]
    fn a_year_missing_from_the_table_counts_weekends_only_and_says_so() {
        let c = cal();
        // 2027-01-01 is a Friday; without the 2027 notice it counts as a working day.
        let end = c.period_end(d("2026-12-28"), 5);
        assert_eq!(end.date, d("2027-01-01"));
        assert!(end.estimated);
        let inside = c.period_end(d("2026-12-21"), 5);
        assert_eq!(inside.date, d("2026-12-25"));
        assert!(!inside.estimated);
        assert_eq!(
            c.unknown_years(d("2026-12-28"), d("2027-01-01")),
            vec![2027]
        );
        assert!(Calendar::default().period_end(d("2026-10-01"), 1).estimated);
    }

    #[test]
    fn counting_working_days_between_and_after() {
        let c = cal();
        assert_eq!(c.working_days_between(d("2026-09-28"), d("2026-10-09")), 5);
        assert_eq!(c.working_days_between(d("2026-10-09"), d("2026-09-28")), 0);
        let after = c.add_working_days(d("2026-09-30"), 1);
        assert_eq!(after.date, d("2026-10-08"));
        assert_eq!(c.add_working_days(d("2026-09-30"), 0).date, d("2026-09-30"));
        assert!(c.add_working_days(d("2026-12-31"), 1).estimated);
    }

    #[test]
    fn a_2027_table_added_by_an_officer_is_used() {
        let text = format!(
            "{BUNDLED_HOLIDAYS}\n[2027]\nnotice = \"test\"\nholidays = [ {{ name = \"元旦\", from = \"2027-01-01\", to = 2027-01-01 }} ]\n"
        );
        let c = Calendar::parse(&text).unwrap();
        let end = c.period_end(d("2026-12-28"), 5);
        assert_eq!(end.date, d("2027-01-04"));
        assert!(!end.estimated);
    }
}
