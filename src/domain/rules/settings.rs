//! The figures of the measures that practice or a later notice may change. Read from the
//! config file; a missing key keeps the default given here.

use serde::{Deserialize, Serialize};

use crate::domain::money::Yuan;
use crate::domain::records::RecordSettings;
use crate::domain::vocab::Kind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RuleSettings {
    /// 公示 length in working days (practice: 5).
    pub publicity_working_days: u32,
    /// 第十五条: 技术攻关类 at most three years.
    pub max_years_breakthrough: u32,
    /// 第十五条: 成果转化类 at most two years.
    pub max_years_transformation: u32,
    /// Extensions allowed per case (practice: once).
    pub max_extensions: u32,
    /// How much later than the original end an extension may go, in months (practice: 12).
    pub max_extension_months: u32,
    /// 第十一条: fiscal share of the basis, percent.
    pub subsidy_rate_pct: i64,
    /// 第十一条: 前资助 cap, yuan.
    pub cap_breakthrough: Yuan,
    /// 第十一条: 后补助 cap, yuan.
    pub cap_transformation: Yuan,
    /// Pre-funding from which a mid-term check (中期检查) is held, yuan.
    pub midterm_min_subsidy: Yuan,
    /// Change requests are due this many months before the end (practice: 3).
    pub change_request_months: u32,
    /// Acceptance (验收) is due within this many months after the end (第十三条 "及时").
    pub acceptance_months: u32,
    /// Review criteria, panel size, pass mark, mid-term rule (`[rules.records]`).
    pub records: RecordSettings,
}

impl Default for RuleSettings {
    fn default() -> Self {
        RuleSettings {
            publicity_working_days: 5,
            max_years_breakthrough: 3,
            max_years_transformation: 2,
            max_extensions: 1,
            max_extension_months: 12,
            subsidy_rate_pct: 30,
            cap_breakthrough: Yuan::from_wan(1000),
            cap_transformation: Yuan::from_wan(500),
            midterm_min_subsidy: Yuan::from_wan(500),
            change_request_months: 3,
            acceptance_months: 3,
            records: RecordSettings::default(),
        }
    }
}

impl RuleSettings {
    pub fn max_years(&self, kind: Kind) -> u32 {
        match kind {
            Kind::Breakthrough => self.max_years_breakthrough,
            Kind::Transformation => self.max_years_transformation,
        }
    }

    pub fn cap(&self, kind: Kind) -> Yuan {
        match kind {
            Kind::Breakthrough => self.cap_breakthrough,
            Kind::Transformation => self.cap_transformation,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_figures_of_articles_11_and_15() {
        let s = RuleSettings::default();
        assert_eq!(s.cap(Kind::Breakthrough), Yuan(10_000_000));
        assert_eq!(s.cap(Kind::Transformation), Yuan(5_000_000));
        assert_eq!(s.max_years(Kind::Breakthrough), 3);
        assert_eq!(s.max_years(Kind::Transformation), 2);
        assert_eq!(s.subsidy_rate_pct, 30);
        assert_eq!(s.publicity_working_days, 5);
    }

    #[test]
    fn a_config_file_may_set_only_some_keys() {
        let s: RuleSettings = toml::from_str("publicity_working_days = 7").unwrap();
        assert_eq!(s.publicity_working_days, 7);
        assert_eq!(s.max_extensions, 1);
        let s: RuleSettings = toml::from_str("cap_transformation = 6000000").unwrap();
        assert_eq!(s.cap_transformation, Yuan::from_wan(600));
    }
}
