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
    ("rules.unmet", "{article}: {text}"),
    ("rules.art.call_1", "Call §1"),
    ("rules.art.4_6", "Art. 4, 6"),
    ("rules.art.4_8", "Art. 4, 8"),
    ("rules.art.5", "Art. 5"),
    ("rules.art.7_1", "Art. 7(1)"),
    ("rules.art.8", "Art. 8"),
    ("rules.art.9_1", "Art. 9(1)"),
    ("rules.art.9_3", "Art. 9(3)"),
    ("rules.art.9_4", "Art. 9(4)"),
    ("rules.art.9_5", "Art. 9(5)"),
    ("rules.art.9_7", "Art. 9(7)"),
    ("rules.art.10", "Art. 10"),
    ("rules.art.11", "Art. 11"),
    ("rules.art.12", "Art. 12"),
    ("rules.art.13", "Art. 13"),
    ("rules.art.14", "Art. 14"),
    ("rules.art.15", "Art. 15"),
    ("rules.party.issuer", "issuer"),
    ("rules.party.taker", "applicant"),
    ("rules.party.member", "consortium member"),
    ("rules.yes", "yes"),
    ("rules.no", "no"),
    ("rules.none_yet", "none yet"),
    ("rules.list_sep", ", "),
    (
        "rules.missing_fields",
        "complete these before publishing: {fields}",
    ),
    (
        "rules.field_not_chosen",
        "the field must be one of energy storage, graphene, rare earth, hydrogen, CCS (none chosen)",
    ),
    (
        "rules.issuer_credit_code",
        "publishing needs the issuer's valid unified social credit code ({detail})",
    ),
    (
        "rules.issuer_ip_unknown",
        "a transformation issuer must own the IP of the achievement (not stated)",
    ),
    (
        "rules.issuer_lacks_ip",
        "a transformation issuer must own the IP of the achievement (stated: no)",
    ),
    (
        "rules.issuer_not_regional_enterprise",
        "a breakthrough issuer must be an enterprise registered in the region (in region: {in_region}, enterprise: {enterprise})",
    ),
    ("rules.no_applicant", "no applicant has applied yet"),
    (
        "rules.no_recommended",
        "no applicant is recommended or selected yet",
    ),
    ("rules.member_of", "{member}, consortium member of {taker}"),
    (
        "rules.same_unit",
        "an applicant may not be the issuer itself ({who})",
    ),
    (
        "rules.subsidiary",
        "an applicant may not be a subsidiary of the issuer ({who})",
    ),
    (
        "rules.taker_not_regional_enterprise",
        "a transformation applicant must be an enterprise in the region or a consortium it leads ({taker}: in region {in_region}, enterprise {enterprise})",
    ),
    (
        "rules.blacklisted",
        "{party} \"{name}\" is on the joint-punishment list ({reason}; {since} {source})",
    ),
    ("rules.publicity_not_started", "publicity has not started"),
    (
        "rules.publicity_not_over",
        "publicity runs {days} working days from {start} to {end} and is not over",
    ),
    (
        "rules.estimated",
        " (the holiday table lacks {years}, so the end counts weekends only; check it)",
    ),
    (
        "rules.open_objections",
        "{count} accepted objection(s) from publicity still open ({by})",
    ),
    (
        "rules.agreement_not_signed",
        "the agreement (technology contract) must be signed after publicity; no date recorded",
    ),
    (
        "rules.task_book_not_signed",
        "the task book must be signed with the department; no date recorded",
    ),
    (
        "rules.plan_dates_missing",
        "the implementation period needs: {fields}",
    ),
    (
        "rules.plan_end_before_start",
        "the end date {end} is before the start date {start}",
    ),
    (
        "rules.duration_too_long",
        "a {kind} project runs at most {max} years ({start} to {end}; latest end {latest})",
    ),
    (
        "rules.extension_stage",
        "only a project being implemented can be extended (now: {stage})",
    ),
    (
        "rules.extension_not_later",
        "the new end {new} must be after the current end {current}",
    ),
    (
        "rules.extension_no_reason",
        "an extension needs a reason (e.g. force majeure)",
    ),
    (
        "rules.extension_not_agreed",
        "an extension needs the applicant and the issuer to agree",
    ),
    (
        "rules.extension_not_approved",
        "an extension needs the department's approval",
    ),
    (
        "rules.extension_count",
        "a project may be extended at most {max} time(s)",
    ),
    (
        "rules.extension_too_long",
        "an extension adds at most {months} months (original end {original}, latest {latest}, asked {new})",
    ),
    (
        "rules.termination_not_recorded",
        "termination must be recorded first",
    ),
    ("rules.termination_no_reason", "termination needs a reason"),
    (
        "rules.termination_no_recovered",
        "termination needs the recovered fiscal funds after the audit (0 allowed)",
    ),
    (
        "rules.acceptance_not_passed",
        "completion needs a passed acceptance (verdict: {verdict})",
    ),
    (
        "rules.tranche_stage",
        "fiscal funds go only to projects under implementation (now: {stage})",
    ),
    (
        "rules.tranche_kind",
        "a {kind} project is funded by {allowed}, not {tranche}",
    ),
    (
        "rules.tranche_not_positive",
        "the amount must be greater than 0",
    ),
    (
        "rules.subsidy_base_missing",
        "fill in {base} first to compute the subsidy limit",
    ),
    (
        "rules.subsidy_over_max",
        "subsidy ({kind}, {tranche}) may not exceed {rate}% of \"{base_label}\" nor {cap} wan yuan (cumulative after this tranche {after} wan, maximum {max} wan)",
    ),
    (
        "rules.special_without_reason",
        "a case-by-case decision needs a recorded reason",
    ),
    (
        "rules.first_payment_missing",
        "pre-funding is paid only after the issuer's first payment to the applicant; none recorded",
    ),
    (
        "rules.tranche_before_first_payment",
        "the pre-funding date {date} is before the issuer's first payment on {first}",
    ),
    (
        "rules.post_subsidy_before_acceptance",
        "the post-subsidy is given only after acceptance is passed (verdict: {verdict})",
    ),
    (
        "rules.benefit_not_verified",
        "the post-subsidy needs the department to confirm the expected economic benefit",
    ),
    (
        "rules.subsidy.base",
        "{base_label} {base} wan x {rate}% = {by_rate} wan",
    ),
    (
        "rules.subsidy.base_missing",
        "{base_label} not filled in; the rate cannot be applied",
    ),
    (
        "rules.subsidy.max",
        "cap {cap} wan -> at most {max} wan ({article})",
    ),
    ("rules.subsidy.cap_only", "cap {cap} wan ({article})"),
    (
        "rules.subsidy.paid",
        "paid {paid} wan, {remaining} wan still available",
    ),
    ("rules.subsidy.paid_only", "paid {paid} wan"),
    (
        "rules.subsidy.special",
        "of which {special} wan case-by-case, outside the cap",
    ),
    (
        "rules.subsidy.first_payment",
        "issuer's first payment: {date} ({article})",
    ),
    (
        "rules.subsidy.first_payment_missing",
        "issuer's first payment not recorded; no pre-funding yet ({article})",
    ),
    (
        "rules.subsidy.after_acceptance",
        "post-subsidy after passed acceptance and verified benefit: acceptance {verdict}, benefit verified {verified} ({article})",
    ),
    ("rules.deadline.publicity_ends", "Publicity ends"),
    ("rules.deadline.change_request_by", "Change requests due"),
    ("rules.deadline.implementation_ends", "Implementation ends"),
    ("rules.deadline.acceptance_due", "Acceptance due"),
    ("rules.deadline.estimated", "estimated"),
    (
        "rules.move.closed",
        "the case is {from}; its stage can no longer change",
    ),
    ("rules.move.same", "the case is already at that stage"),
    (
        "rules.move.skip",
        "cannot go from {from} straight to {to}: the next stage is {next}, or move back one",
    ),
    (
        "rules.move.skip_last",
        "cannot go from {from} straight to {to}",
    ),
    (
        "rules.move.not_an_exit",
        "cannot go from {from} to {to}: {allowed}",
    ),
    (
        "rules.move.rejected_from",
        "only demand review or evaluation can end in rejection",
    ),
    (
        "rules.move.terminated_from",
        "only implementation or acceptance can be terminated",
    ),
    (
        "rules.move.withdrawn_from",
        "only an open case can be withdrawn",
    ),
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
    ("validate.credit.empty", "no unified social credit code"),
    (
        "validate.credit.length",
        "a unified social credit code has 18 characters, found {found}",
    ),
    (
        "validate.credit.bad_char",
        "character {pos} of the credit code, \"{ch}\", is not allowed (digits or capitals except I, O, S, V, Z)",
    ),
    (
        "validate.credit.check_char",
        "the credit code's check character should be {expected}, found {found}; check the code",
    ),
    ("validate.required", "required"),
    ("validate.should_fill", "should be filled in"),
    (
        "validate.needed_to_publish",
        "required before the call is published",
    ),
    (
        "validate.too_long",
        "at most {max} characters, found {actual}",
    ),
    (
        "validate.mobile",
        "must be an 11-digit mobile number such as 13800000000 (+86 allowed)",
    ),
    (
        "validate.email",
        "must be an email address such as name@example.com",
    ),
    ("validate.date_order", "must not be before {other}"),
    (
        "validate.date",
        "cannot read the date \"{input}\"; write 2026-11-26, 20261126 or 2026/11/26",
    ),
    ("validate.not_positive", "the amount must be greater than 0"),
    ("validate.negative", "the amount cannot be negative"),
    (
        "validate.percent",
        "must be between 0 and 100, found {actual}",
    ),
    (
        "validate.more_than_total",
        "{count} people is more than the total headcount {total}",
    ),
    (
        "validate.other_unspecified",
        "\"Other\" is chosen; say what it is",
    ),
    ("validate.scoped", "{scope}{field}"),
    ("validate.scope.issuer", "Issuer "),
    ("validate.scope.taker", "Applicant {n} "),
    (
        "validate.scope.member",
        "Applicant {n} consortium member {m} ",
    ),
    ("validate.scope.tranche", "Tranche {n} "),
    ("validate.scope.objection", "Objection {n} "),
    ("validate.scope.extension", "Extension {n} "),
    ("validate.scope.note", "Note {n} "),
    ("validate.f.name", "name"),
    ("validate.f.address", "address"),
    ("validate.f.region", "registered region"),
    ("validate.f.registered_capital", "registered capital"),
    ("validate.f.legal_rep", "legal representative"),
    ("validate.f.tech_field", "technical field"),
    ("validate.f.main_business", "main business"),
    (
        "validate.f.staff_bachelor",
        "staff with a bachelor's degree or above",
    ),
    ("validate.f.staff_rd", "R&D staff"),
    ("validate.f.org_type_other", "organisation type (other)"),
    ("validate.f.credit_code", "unified social credit code"),
    ("validate.f.parent", "parent organisation"),
    ("validate.f.contact_name", "contact name"),
    ("validate.f.contact_title", "contact title"),
    ("validate.f.contact_mobile", "contact mobile"),
    ("validate.f.contact_email", "contact email"),
    ("validate.f.field", "Field"),
    ("validate.f.kind", "Project type"),
    ("validate.f.achievement_name", "Achievement name"),
    ("validate.f.description", "Achievement description"),
    ("validate.f.team", "Team description"),
    ("validate.f.suggested_period", "Suggested period"),
    ("validate.f.ip_other", "IP type (other)"),
    (
        "validate.f.estimated_investment",
        "Estimated total investment",
    ),
    ("validate.f.plan_start", "Start date"),
    ("validate.f.plan_end", "End date"),
    ("validate.f.agreement_signed", "Agreement signed"),
    ("validate.f.task_book_signed", "Task book signed"),
    ("validate.f.rd_investment", "Total R&D investment"),
    ("validate.f.funds_received", "Funds actually received"),
    ("validate.f.recovered", "Recovered funds"),
    ("validate.f.tranche_amount", "amount"),
    ("validate.f.special_reason", "case-by-case reason"),
    ("validate.f.note", "note"),
    ("validate.f.objection_by", "objector"),
    ("validate.f.objection_received", "received on"),
    ("validate.f.objection_resolved", "resolved on"),
    ("validate.f.not_accepted_reason", "reason for not accepting"),
    ("validate.f.finding", "finding"),
    ("validate.f.reason", "reason"),
    ("validate.f.completion_pct", "Completion"),
    ("validate.f.remarks", "Acceptance remarks"),
    ("validate.f.unknown", "field"),
    // -- store --
    // -- search --
    // -- io --
    // -- app --
    // -- cli --
    // -- tui --
    // -- form --
];
