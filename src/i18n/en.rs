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
    // -- validate --
    // -- store --
    // -- search --
    (
        "search.filter.unknown_key",
        "Unknown filter “{term}”: the keys are {keys}",
    ),
    (
        "search.filter.unknown_value",
        "In “{term}”, there is no {what} “{value}”. Accepted: {accepted}",
    ),
    ("search.filter.did_you_mean", "Did you mean: {list}?"),
    ("search.filter.key_stage", "stage"),
    ("search.filter.key_field", "field"),
    ("search.filter.key_kind", "kind"),
    ("search.filter.id_label", "{id} ({label})"),
    ("search.filter.list_sep", ", "),
    ("search.filter.empty_value", "Filter “{term}” has no value"),
    (
        "search.filter.empty_negation",
        "“-” must be followed by the term to exclude",
    ),
    (
        "search.filter.bad_number",
        "In “{term}”, “{value}” is not an amount: write 万元, e.g. 500万 or 1234.5",
    ),
    (
        "search.filter.bad_duration",
        "In “{term}”, “{value}” is not a duration: write days or weeks, e.g. 30d, 7天, 2w, 2周",
    ),
    (
        "search.filter.missing_operator",
        "Filter “{term}” needs a comparison: <, <=, >, >=, =",
    ),
    (
        "search.filter.unexpected_operator",
        "Filter “{term}” cannot compare sizes; write key:value",
    ),
    (
        "search.filter.unterminated_quote",
        "Filter “{term}” has an unclosed quote",
    ),
    // -- io --
    // -- app --
    // -- cli --
    // -- tui --
    // -- form --
];
