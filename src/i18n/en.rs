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
    (
        "store.err.not_found",
        "There is no case {id}. Run jiebang list to see the existing ids.",
    ),
    (
        "store.err.stale",
        "Case {id} was changed by {by} at {at} (you started from revision {expected}, it is now {actual}). Refresh, review the changes, then try again.",
    ),
    (
        "store.err.busy",
        "The store is busy with another officer's write. Try again in a moment.",
    ),
    (
        "store.err.read_only",
        "The store was opened read-only. Drop the read-only option or ask an administrator for write access.",
    ),
    (
        "store.err.missing",
        "No store at {path}. Create one with jiebang init, or point --db at the right file.",
    ),
    (
        "store.err.not_a_store",
        "{path} is not a jiebang store ({detail}); it was left untouched. Point --db at the right file.",
    ),
    (
        "store.err.newer_schema",
        "{path} was written by a newer jiebang (schema {found}, this one reads {supported}); it was left untouched. Upgrade jiebang.",
    ),
    (
        "store.err.corrupt",
        "The store {path} is damaged ({detail}); it was left untouched. Restore it from a backup with jiebang restore and tell your administrator.",
    ),
    (
        "store.err.audit_broken",
        "The audit trail of {path} is broken at event {seq} ({reason}). It may have been tampered with: keep the file, tell your administrator, restore from a backup if needed.",
    ),
    (
        "store.err.permission",
        "Permission denied on {path} ({detail}). Check the file's permissions or ask an administrator to add you to the shared group.",
    ),
    (
        "store.err.io",
        "Reading or writing {path} failed ({detail}). Check the disk space and file system, then try again.",
    ),
    (
        "store.err.duplicate",
        "Case {id} already exists; nothing was imported. Remove the duplicate and import again.",
    ),
    ("store.err.rejected", "Refused: {why}"),
    // -- search --
    // -- io --
    // -- app --
    // -- cli --
    // -- tui --
    // -- form --
];
