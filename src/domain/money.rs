//! Money is integer yuan (`Yuan`), never floating point. Officers read and type 万元 with
//! up to four decimals, which is exactly one yuan.

use serde::{Deserialize, Serialize};

/// An amount in yuan.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Yuan(pub i64);

pub const YUAN_PER_WAN: i64 = 10_000;

impl Yuan {
    pub const ZERO: Yuan = Yuan(0);

    pub fn from_wan(wan: i64) -> Yuan {
        Yuan(wan * YUAN_PER_WAN)
    }

    /// `30%` of an amount, rounded down to the yuan (a cap is never exceeded by rounding).
    pub fn percent(self, pct: i64) -> Yuan {
        Yuan(self.0.saturating_mul(pct) / 100)
    }

    /// Formats as 万元 with up to four decimals and no trailing zeros: `1234.5`, `500`.
    pub fn wan_string(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let whole = abs / YUAN_PER_WAN as u64;
        let frac = abs % YUAN_PER_WAN as u64;
        if frac == 0 {
            format!("{sign}{whole}")
        } else {
            let f = format!("{frac:04}");
            format!("{sign}{whole}.{}", f.trim_end_matches('0'))
        }
    }

    /// Parses 万元 as typed: `500`, `1234.5`, `0.0001`, optionally suffixed `万` or `万元`.
    pub fn parse_wan(input: &str) -> Result<Yuan, MoneyError> {
        let s = input.trim();
        let s = s
            .strip_suffix("万元")
            .or_else(|| s.strip_suffix('万'))
            .unwrap_or(s)
            .trim()
            .replace([',', '，'], "");
        if s.is_empty() {
            return Err(MoneyError::Empty);
        }
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s.as_str()),
        };
        let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
        if whole.is_empty() && frac.is_empty()
            || !whole.chars().all(|c| c.is_ascii_digit())
            || !frac.chars().all(|c| c.is_ascii_digit())
        {
            return Err(MoneyError::NotANumber(input.trim().to_string()));
        }
        if frac.len() > 4 {
            return Err(MoneyError::TooManyDecimals);
        }
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| MoneyError::TooLarge)?
        };
        let frac_val: i64 = format!("{frac:0<4}").parse().unwrap_or(0);
        let total = whole
            .checked_mul(YUAN_PER_WAN)
            .and_then(|w| w.checked_add(frac_val))
            .filter(|v| *v <= MAX_YUAN)
            .ok_or(MoneyError::TooLarge)?;
        Ok(Yuan(if neg { -total } else { total }))
    }
}

/// One trillion yuan: far above any programme amount, far below overflow.
pub const MAX_YUAN: i64 = 1_000_000_000_000;

impl std::ops::Add for Yuan {
    type Output = Yuan;
    fn add(self, rhs: Yuan) -> Yuan {
        Yuan(self.0.saturating_add(rhs.0))
    }
}

impl std::ops::Sub for Yuan {
    type Output = Yuan;
    fn sub(self, rhs: Yuan) -> Yuan {
        Yuan(self.0.saturating_sub(rhs.0))
    }
}

impl std::iter::Sum for Yuan {
    fn sum<I: Iterator<Item = Yuan>>(iter: I) -> Yuan {
        iter.fold(Yuan::ZERO, |a, b| a + b)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    NotANumber(String),
    TooManyDecimals,
    TooLarge,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wan_round_trip() {
        for (typed, yuan, shown) in [
            ("500", 5_000_000, "500"),
            ("1234.5", 12_345_000, "1234.5"),
            ("0.0001", 1, "0.0001"),
            ("960万", 9_600_000, "960"),
            ("1,000万元", 10_000_000, "1000"),
        ] {
            let y = Yuan::parse_wan(typed).unwrap();
            assert_eq!(y, Yuan(yuan), "{typed}");
            assert_eq!(y.wan_string(), shown);
        }
    }

    #[test]
    fn wan_rejects_bad_input() {
        assert_eq!(Yuan::parse_wan("1.23456"), Err(MoneyError::TooManyDecimals));
        assert_eq!(Yuan::parse_wan(""), Err(MoneyError::Empty));
        assert!(matches!(
            Yuan::parse_wan("12a"),
            Err(MoneyError::NotANumber(_))
        ));
        assert_eq!(
            Yuan::parse_wan("99999999999999999"),
            Err(MoneyError::TooLarge)
        );
    }

    #[test]
    fn percent_rounds_down() {
        assert_eq!(Yuan(10).percent(30), Yuan(3));
        assert_eq!(Yuan(11).percent(30), Yuan(3));
    }
}
