//! How the mid-term check's due date follows from the settings: worked out by the backend
//! with the case, worded by the mid-term form.

use crate::i18n::msg;
use chrono::NaiveDate;

use crate::domain::Yuan;
use crate::domain::case::Case;
use crate::domain::records::MidtermSummary;
use crate::domain::rules::RuleSettings;
use crate::i18n::{Lang, tr, trf};

/// How the mid-term check's due date follows from the settings in force: the backend
/// works it out with its settings and sends it with the case; the form words it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MidtermBasis {
    /// The check applies to this case under the settings.
    pub required: bool,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// The point of the period, in percent (`midterm_at_pct`).
    pub pct: u32,
    /// The date the period gives, ignoring an officer's date.
    pub computed: Option<NaiveDate>,
    /// The date an officer set instead.
    pub set: Option<NaiveDate>,
    /// The pre-funding from which the check applies (`midterm_min_subsidy`).
    pub min_subsidy: Yuan,
}

impl MidtermBasis {
    pub fn of(case: &Case, settings: &RuleSettings) -> MidtermBasis {
        let mut s = MidtermSummary::of(case);
        let set = s.due.take();
        MidtermBasis {
            required: s.required(settings),
            start: s.start,
            end: s.end,
            pct: settings.records.midterm_at_pct.min(100),
            computed: s.due_date(settings),
            set,
            min_subsidy: settings.midterm_min_subsidy,
        }
    }

    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        if !self.required {
            let min = self.min_subsidy.wan_string();
            out.push(trf(lang, msg::stages::DUE_NOT_REQUIRED, &[("min", &min)]));
        } else {
            match (self.computed, self.start, self.end) {
                (Some(due), Some(start), Some(end)) => out.push(trf(
                    lang,
                    msg::stages::DUE_COMPUTED,
                    &[
                        ("due", &due),
                        ("start", &start),
                        ("end", &end),
                        ("pct", &self.pct),
                    ],
                )),
                _ => out.push(tr(lang, msg::stages::DUE_NO_PERIOD).to_string()),
            }
        }
        out.push(match self.set {
            Some(d) => trf(lang, msg::stages::DUE_OFFICER, &[("due", &d)]),
            None => tr(lang, msg::stages::DUE_PREFILLED).to_string(),
        });
        out
    }
}
