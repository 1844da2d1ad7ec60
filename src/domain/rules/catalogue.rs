//! The list of every rule, for `jiebang rules`: its id, its source (an article, a
//! department policy, or a fact of the data), where it applies and the settings of
//! config.toml `[rules]` that tune it. Its descriptions are i18n keys `rules.cat.<id>`.

use super::settings::RuleSettings;
use super::source::{Policy, Source};
use super::unmet::Article;
use crate::domain::vocab::Stage;

/// Where a rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    /// Entering this stage and at every later one (a write may not break it there).
    From(Stage),
    /// Only on entering this stage (a closed stage: completed, terminated).
    At(Stage),
    /// At an event, whatever the stage.
    Event(RuleEvent),
    /// At every stage.
    Always,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleEvent {
    Tranche,
    Extension,
    Acceptance,
    Termination,
}

impl RuleEvent {
    pub fn id(self) -> &'static str {
        match self {
            RuleEvent::Tranche => "tranche",
            RuleEvent::Extension => "extension",
            RuleEvent::Acceptance => "acceptance",
            RuleEvent::Termination => "termination",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    pub id: &'static str,
    pub source: Source,
    pub applies: &'static [Applies],
    /// Keys of `[rules]` in config.toml.
    pub settings: &'static [&'static str],
    /// Advisory: shown, never refused.
    pub warning: bool,
}

const fn rule(
    id: &'static str,
    source: Source,
    applies: &'static [Applies],
    settings: &'static [&'static str],
) -> RuleInfo {
    RuleInfo {
        id,
        source,
        applies,
        settings,
        warning: false,
    }
}

const fn art(a: Article) -> Source {
    Source::Article(a)
}

const fn pol(p: Policy) -> Source {
    Source::Policy(p)
}

use Applies::{Always, At, Event, From};
use RuleEvent as E;

const PUBLISHED: &[Applies] = &[From(Stage::Published)];
const REVIEWING: &[Applies] = &[From(Stage::Reviewing)];
const MATCHING: &[Applies] = &[From(Stage::Matching)];
const IMPLEMENTING: &[Applies] = &[From(Stage::Implementing)];
const REVIEWS: &[Applies] = &[From(Stage::Published), From(Stage::Matching)];
const TRANCHE: &[Applies] = &[Event(E::Tranche)];
const EXTENSION: &[Applies] = &[Event(E::Extension)];
const TERMINATION: &[Applies] = &[At(Stage::Terminated), Event(E::Termination)];

/// Every rule check_case and the moves enforce, in the order of the workflow.
pub const CATALOGUE: &[RuleInfo] = &[
    rule("form_complete", art(Article::A9_1), PUBLISHED, &[]),
    rule("period_and_investment", art(Article::A9_1), PUBLISHED, &[]),
    rule("field_of_five", art(Article::Call1), PUBLISHED, &[]),
    rule(
        "issuer_credit_code",
        pol(Policy::CreditCode),
        PUBLISHED,
        &[],
    ),
    rule("issuer_owns_ip", art(Article::A7_1), PUBLISHED, &[]),
    rule(
        "issuer_regional_enterprise",
        art(Article::A5),
        PUBLISHED,
        &[],
    ),
    rule("need_review", art(Article::A9_2), PUBLISHED, &[]),
    rule(
        "panel_size",
        pol(Policy::MinExperts),
        REVIEWS,
        &["records.min_experts"],
    ),
    rule(
        "review_criteria",
        pol(Policy::Criteria),
        REVIEWS,
        &["records.need_criteria", "records.taker_criteria"],
    ),
    rule(
        "pass_mark",
        pol(Policy::PassScore),
        REVIEWS,
        &["records.pass_score"],
    ),
    rule(
        "expert_conflicts",
        pol(Policy::ExpertConflicts),
        REVIEWS,
        &[],
    ),
    rule(
        "blacklist",
        art(Article::A14),
        &[From(Stage::Applying), Event(E::Tranche)],
        &[],
    ),
    rule("applicant", art(Article::A9_4), REVIEWING, &[]),
    rule(
        "not_same_unit_breakthrough",
        art(Article::A4A6),
        REVIEWING,
        &[],
    ),
    rule(
        "not_same_unit_transformation",
        art(Article::A4A8),
        REVIEWING,
        &[],
    ),
    rule(
        "taker_regional_enterprise",
        art(Article::A8),
        REVIEWING,
        &[],
    ),
    rule("recommended_taker", art(Article::A9_5), MATCHING, &[]),
    rule("taker_review", art(Article::A9_5), MATCHING, &[]),
    rule(
        "objection_in_publicity",
        art(Article::A9_7),
        &[From(Stage::Announcing)],
        &["publicity_working_days"],
    ),
    rule(
        "publicity_over",
        art(Article::A9_7),
        IMPLEMENTING,
        &["publicity_working_days"],
    ),
    rule("no_open_objection", art(Article::A9_7), IMPLEMENTING, &[]),
    rule("signatures", art(Article::A9_7), IMPLEMENTING, &[]),
    rule("signing_order", art(Article::A9_7), IMPLEMENTING, &[]),
    rule("agreement_terms", art(Article::A14), IMPLEMENTING, &[]),
    rule(
        "duration",
        art(Article::A15),
        &[From(Stage::Implementing), Event(E::Extension)],
        &["max_years_breakthrough", "max_years_transformation"],
    ),
    rule("plan_unchanged", art(Article::A15), IMPLEMENTING, &[]),
    rule("extension_conditions", art(Article::A15), EXTENSION, &[]),
    rule(
        "extension_count",
        pol(Policy::ExtensionCount),
        EXTENSION,
        &["max_extensions"],
    ),
    rule(
        "extension_length",
        pol(Policy::ExtensionLength),
        EXTENSION,
        &["max_extension_months"],
    ),
    rule(
        "midterm",
        pol(Policy::Midterm),
        &[From(Stage::Accepting), Event(E::Tranche)],
        &[
            "midterm_min_subsidy",
            "records.midterm_for_all",
            "records.midterm_at_pct",
        ],
    ),
    rule(
        "racing",
        pol(Policy::Racing),
        &[From(Stage::Accepting), Event(E::Tranche)],
        &[],
    ),
    rule("tranche_stage", art(Article::A10), TRANCHE, &[]),
    rule(
        "subsidy_cap",
        art(Article::A11),
        TRANCHE,
        &["subsidy_rate_pct", "cap_breakthrough", "cap_transformation"],
    ),
    rule("special_case", art(Article::A11), TRANCHE, &[]),
    rule("first_payment", art(Article::A12), TRANCHE, &[]),
    rule(
        "post_subsidy_after_acceptance",
        art(Article::A12),
        TRANCHE,
        &[],
    ),
    rule(
        "completion_accepted",
        art(Article::A13),
        &[At(Stage::Completed), Event(E::Acceptance)],
        &[],
    ),
    rule(
        "acceptance_dates",
        Source::Fact,
        &[Event(E::Acceptance)],
        &[],
    ),
    rule("termination_agreed", art(Article::A15), TERMINATION, &[]),
    rule("termination_audit", art(Article::A15), TERMINATION, &[]),
    rule(
        "recovered_within_paid",
        art(Article::A15),
        &[Event(E::Termination)],
        &[],
    ),
    rule("headcounts", Source::Fact, &[Always], &[]),
    rule("dates_not_future", Source::Fact, &[Always], &[]),
    RuleInfo {
        warning: true,
        ..rule("region_code", Source::Fact, &[Always], &[])
    },
];

/// The current value of a `[rules]` key, as config.toml would write it.
pub fn setting_value(key: &str, s: &RuleSettings) -> Option<String> {
    let r = &s.records;
    Some(match key {
        "publicity_working_days" => s.publicity_working_days.to_string(),
        "max_years_breakthrough" => s.max_years_breakthrough.to_string(),
        "max_years_transformation" => s.max_years_transformation.to_string(),
        "max_extensions" => s.max_extensions.to_string(),
        "max_extension_months" => s.max_extension_months.to_string(),
        "subsidy_rate_pct" => s.subsidy_rate_pct.to_string(),
        "cap_breakthrough" => s.cap_breakthrough.0.to_string(),
        "cap_transformation" => s.cap_transformation.0.to_string(),
        "midterm_min_subsidy" => s.midterm_min_subsidy.0.to_string(),
        "records.min_experts" => r.min_experts.to_string(),
        "records.pass_score" => r.pass_score.to_string(),
        "records.midterm_for_all" => r.midterm_for_all.to_string(),
        "records.midterm_at_pct" => r.midterm_at_pct.to_string(),
        "records.need_criteria" => r.need_criteria.join(","),
        "records.taker_criteria" => r.taker_criteria.join(","),
        _ => return None,
    })
}

#[cfg(test)]
#[path = "catalogue_tests.rs"]
mod tests;
