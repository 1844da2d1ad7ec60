//! Labels of the closed vocabularies, and parsing a value back from its id or a label: the
//! domain declares the values and their i18n keys; reading the tables happens here.

use crate::domain::records::midterm::MidtermVerdict;
use crate::domain::records::objection::Objector;
use crate::domain::records::racing::GateResult;
use crate::domain::records::{ReviewConclusion, ReviewStage};
use crate::domain::vocab::{
    AchievementType, Field, IpType, Kind, OrgType, Stage, TakerStatus, TrancheKind, Verdict,
};
use crate::i18n::Lang;

/// `parse` and `parse_loose` for each vocabulary the domain declares.
macro_rules! vocab_text {
    ($($name:ident),+ $(,)?) => {$(
        impl $name {
            /// Accepts the id or a label in any supported language (e.g. `评审推荐` for
            /// `reviewing`).
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|v| {
                    v.id() == s || Lang::ALL.iter().any(|l| v.label(*l).eq_ignore_ascii_case(s))
                })
            }

            /// [`Self::parse`], or else the one value whose label in some language contains
            /// `s` (`实施` for 项目实施, `技术攻关` for 技术攻关类): what an officer types
            /// after reading a short label on the dashboard.
            pub fn parse_loose(s: &str) -> Option<$name> {
                if let Some(v) = Self::parse(s) {
                    return Some(v);
                }
                let s = s.trim().to_lowercase();
                if s.is_empty() {
                    return None;
                }
                let mut hits = Self::ALL.iter().copied().filter(|v| {
                    Lang::ALL.iter().any(|l| v.label(*l).to_lowercase().contains(&s))
                });
                match (hits.next(), hits.next()) {
                    (Some(v), None) => Some(v),
                    _ => None,
                }
            }
        }
    )+};
}

vocab_text!(
    Kind,
    Field,
    OrgType,
    AchievementType,
    IpType,
    Stage,
    TrancheKind,
    TakerStatus,
    Verdict,
    GateResult,
    Objector,
    MidtermVerdict,
    ReviewStage,
    ReviewConclusion,
);
