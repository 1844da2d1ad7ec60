//! The English table. Same keys as `zh.rs`, same order.

pub static TABLE: &[(&str, &str)] = &[
    // -- vocab --
    ("kind.breakthrough", "Technology breakthrough"),
    ("kind.transformation", "Achievement transformation"),
    ("field.energy_storage", "Large-scale energy storage"),
    ("field.graphene", "Graphene"),
    ("field.rare_earth", "Rare earth"),
    ("field.hydrogen", "Hydrogen"),
    ("field.ccs", "Carbon capture and storage"),
    ("org_type.university", "University"),
    ("org_type.institute", "Research institute"),
    ("org_type.new_rd", "New R&D institution"),
    ("org_type.tech_enterprise", "Technology enterprise"),
    ("org_type.other", "Other"),
    ("achievement_type.public_welfare", "Public welfare"),
    ("achievement_type.common_tech", "Industry common technology"),
    ("ip_type.patent", "Patent"),
    ("ip_type.trademark", "Trademark"),
    ("ip_type.copyright", "Copyright"),
    ("ip_type.geo_indication", "Geographical indication"),
    ("ip_type.plant_variety", "Plant variety"),
    ("ip_type.trade_secret", "Trade secret"),
    ("ip_type.other", "Other IP"),
    ("stage.collecting", "Collecting"),
    ("stage.validating", "Validating"),
    ("stage.published", "Published"),
    ("stage.applying", "Applying"),
    ("stage.reviewing", "Reviewing"),
    ("stage.matching", "Matching"),
    ("stage.announcing", "Announcing"),
    ("stage.implementing", "Implementing"),
    ("stage.accepting", "Accepting"),
    ("stage.completed", "Completed"),
    ("stage.rejected", "Rejected"),
    ("stage.withdrawn", "Withdrawn"),
    ("stage.terminated", "Terminated"),
    ("tranche_kind.pre_funding", "Pre-funding"),
    ("tranche_kind.post_subsidy", "Post-subsidy"),
    ("taker_status.applied", "Applied"),
    ("taker_status.recommended", "Recommended"),
    ("taker_status.selected", "Selected"),
    ("taker_status.eliminated", "Eliminated"),
    ("verdict.passed", "Passed"),
    ("verdict.review", "Needs review"),
    ("verdict.failed", "Failed"),
    // -- rules --
    // -- calendar --
    (
        "calendar.err.syntax",
        "Holiday table is not valid TOML: {detail}",
    ),
    (
        "calendar.err.year_key",
        "Holiday table: \"{key}\" is not a year; write one section per year, e.g. [2027]",
    ),
    (
        "calendar.err.not_a_table",
        "Holiday table {year}: expected a section with notice and holidays",
    ),
    (
        "calendar.err.entry",
        "Holiday table {year}, \"{entry}\": {problem}",
    ),
    (
        "calendar.err.entry_not_table",
        "each holiday must be an inline table with name, from, to and optional work",
    ),
    ("calendar.err.missing_name", "the holiday has no name"),
    (
        "calendar.err.bad_date",
        "{key} must be a date YYYY-MM-DD (found {value})",
    ),
    ("calendar.err.from_after_to", "from is after to"),
    (
        "calendar.err.too_long",
        "a holiday of {days} days; check the dates",
    ),
    (
        "calendar.err.outside_year",
        "the date {date} is not in this year",
    ),
    (
        "calendar.err.workday_not_weekend",
        "adjusted working day {date} is not a Saturday or Sunday",
    ),
    (
        "calendar.err.workday_far",
        "adjusted working day {date} is more than a month from the holiday; check it",
    ),
    (
        "calendar.err.unknown_key",
        "unknown key {key} (use name, from, to, work)",
    ),
    // -- validate --
    // -- store --
    // -- search --
    // -- io --
    // -- app --
    // -- cli --
    // -- tui --
    // -- form --
];
