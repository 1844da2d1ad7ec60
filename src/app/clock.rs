//! Where "now" and "today" come from. Every operation reads the clock when it runs (never
//! once at open), so a session left open over midnight dates its writes, deadlines and
//! publicity counts by the new day. Tests pin or step a [`ManualClock`].

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Instant;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

/// China Standard Time has no daylight saving: a fixed +08:00 offset is exact.
pub fn shanghai() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).expect("valid offset")
}

/// The date of an instant in Asia/Shanghai: the department's day.
pub fn local_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&shanghai()).date_naive()
}

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;

    /// Today in Asia/Shanghai.
    fn today(&self) -> NaiveDate {
        local_date(self.now())
    }
}

/// The system clock, or the date and time `JIEBANG_TODAY` pins (see [`SystemClock::from_env`]).
#[derive(Debug, Clone)]
pub struct SystemClock {
    pin: Option<Pin>,
}

#[derive(Debug, Clone, Copy)]
enum Pin {
    /// The date is fixed; the time of day follows the system clock.
    Date(NaiveDate),
    /// Time runs on from this instant, taken when the clock was made.
    From { at: DateTime<Utc>, since: Instant },
}

impl SystemClock {
    /// The real clock, whatever the environment says.
    pub fn real() -> SystemClock {
        SystemClock { pin: None }
    }

    /// `JIEBANG_TODAY=YYYY-MM-DD` pins the date for rehearsals and tests (the time of day
    /// still runs); `JIEBANG_TODAY=YYYY-MM-DDTHH:MM[:SS]` (Asia/Shanghai) starts the clock
    /// there and lets it run, to rehearse a midnight. Anything else is ignored.
    pub fn from_env() -> SystemClock {
        let pin = std::env::var("JIEBANG_TODAY")
            .ok()
            .and_then(|v| parse_pin(v.trim()));
        SystemClock { pin }
    }
}

fn parse_pin(v: &str) -> Option<Pin> {
    if let Ok(d) = NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        return Some(Pin::Date(d));
    }
    let local = [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(v, f).ok())?;
    let at = shanghai()
        .from_local_datetime(&local)
        .single()?
        .with_timezone(&Utc);
    Some(Pin::From {
        at,
        since: Instant::now(),
    })
}

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        let real = Utc::now();
        match self.pin {
            None => real,
            Some(Pin::Date(d)) => {
                let time: NaiveTime = real.with_timezone(&shanghai()).time();
                shanghai()
                    .from_local_datetime(&d.and_time(time))
                    .single()
                    .map_or(real, |t| t.with_timezone(&Utc))
            }
            Some(Pin::From { at, since }) => {
                let run = chrono::Duration::from_std(since.elapsed()).unwrap_or_default();
                at + run
            }
        }
    }
}

/// A clock that moves only when told to: tests fix it, or step it past midnight.
#[derive(Debug)]
pub struct ManualClock {
    millis: AtomicI64,
}

impl ManualClock {
    pub fn at(at: DateTime<Utc>) -> ManualClock {
        ManualClock {
            millis: AtomicI64::new(at.timestamp_millis()),
        }
    }

    /// Noon of `date` in Asia/Shanghai.
    pub fn on(date: NaiveDate) -> ManualClock {
        ManualClock::at(local_instant(date, 12, 0, 0))
    }

    pub fn set(&self, at: DateTime<Utc>) {
        self.millis.store(at.timestamp_millis(), Ordering::SeqCst);
    }

    pub fn advance(&self, by: chrono::Duration) {
        self.millis
            .fetch_add(by.num_milliseconds(), Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(self.millis.load(Ordering::SeqCst)).unwrap_or_default()
    }
}

/// `date` at `h:m:s` in Asia/Shanghai, as an instant.
pub fn local_instant(date: NaiveDate, h: u32, m: u32, s: u32) -> DateTime<Utc> {
    let time = NaiveTime::from_hms_opt(h, m, s).unwrap_or(NaiveTime::MIN);
    shanghai()
        .from_local_datetime(&date.and_time(time))
        .single()
        .map_or_else(|| date.and_time(time).and_utc(), |t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_day_turns_at_midnight_in_shanghai_not_in_utc() {
        let c = ManualClock::at(local_instant(d("2026-12-31"), 23, 59, 30));
        assert_eq!(c.today(), d("2026-12-31"));
        // 16:00 UTC is midnight in Shanghai.
        c.advance(chrono::Duration::seconds(45));
        assert_eq!(c.today(), d("2027-01-01"));
        assert_eq!(c.now().format("%H:%M:%S").to_string(), "16:00:15");
    }

    #[test]
    fn a_pinned_date_keeps_the_date_and_a_pinned_instant_runs_on() {
        let Some(Pin::Date(p)) = parse_pin("2026-11-26") else {
            panic!("a date pins the date")
        };
        let clock = SystemClock {
            pin: Some(Pin::Date(p)),
        };
        assert_eq!(clock.today(), d("2026-11-26"));
        let clock = SystemClock {
            pin: parse_pin("2026-11-26T23:59:59"),
        };
        let first = clock.now();
        assert_eq!(local_date(first), d("2026-11-26"));
        assert!(clock.now() >= first, "it runs forward");
        assert!(
            parse_pin("26/11/2026").is_none(),
            "not a date: the real clock"
        );
    }
}
