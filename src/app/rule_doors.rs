//! Rules as invariants at every door (DESIGN.md §2): every write to a case computes the
//! rules for the case as it would be after the write, inside the same write transaction,
//! and is refused when it makes a rule unmet that was met before. A write that does not
//! worsen a case (a note on a case already in breach) passes, and a write that resolves a
//! flagged breach drops its flag — the audit event's before → after records both.

use crate::domain::Case;
use crate::domain::rules::{self, Rule, RuleContext, Unmet};
use crate::domain::workflow::Refusal;

use super::error::OpError;
use super::session::Session;
use super::stage_ops::unwrap_update;

/// Every rule that applies to `case` at its stage and is unmet, deduplicated.
pub fn case_breaches(case: &Case, ctx: &RuleContext) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = Vec::new();
    for u in rules::check_case(case, ctx) {
        if !out.contains(&u) {
            out.push(u);
        }
    }
    out
}

/// The breaches `case` is flagged for and still has (the section 违规/待核 shows).
pub fn flagged(case: &Case, ctx: &RuleContext) -> Vec<Unmet> {
    if case.breaches.is_empty() {
        return Vec::new();
    }
    case_breaches(case, ctx)
        .into_iter()
        .filter(|u| case.breaches.contains(&rule_id(u)))
        .collect()
}

/// The rule's stable id (`subsidy_over_max`): what a breach flag on a case stores.
pub fn rule_id(u: &Unmet) -> String {
    id_of(&u.rule)
}

fn id_of(rule: &Rule) -> String {
    match rule {
        Rule::ForTaker { rule, .. } => id_of(rule),
        Rule::Record(r) => snake(&format!("{r:?}")),
        r => snake(&format!("{r:?}")),
    }
}

/// `SubsidyOverMax { .. }` → `subsidy_over_max`: the variant's name is the id.
fn snake(debug: &str) -> String {
    let mut out = String::new();
    for c in debug.chars().take_while(|c| c.is_ascii_alphanumeric()) {
        if c.is_ascii_uppercase() && !out.is_empty() {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Whom a breach is about, for rules that can be broken once per organisation.
fn subject(rule: &Rule) -> String {
    match rule {
        Rule::ForTaker { taker, rule } => format!("{taker}/{}", subject(rule)),
        Rule::SameUnit { taker, member, .. } => {
            format!("{taker}/{}", member.as_deref().unwrap_or_default())
        }
        Rule::TakerNotRegionalEnterprise { taker, .. } => taker.clone(),
        Rule::Blacklisted { name, .. } => name.clone(),
        _ => String::new(),
    }
}

/// What makes two unmet conditions the same breach: the rule and whom it is about, not the
/// figures in its message (lowering an over-cap subsidy's base changes the figures but is
/// not a new breach).
fn breach_key(u: &Unmet) -> (String, String) {
    (rule_id(u), subject(&u.rule))
}

/// The conditions unmet in `after` that were met (or did not apply) in `before`.
pub fn worsened(before: &[Unmet], after: &[Unmet]) -> Vec<Unmet> {
    let was: Vec<_> = before.iter().map(breach_key).collect();
    after
        .iter()
        .filter(|u| !was.contains(&breach_key(u)))
        .cloned()
        .collect()
}

/// Refuses `after` when it breaks a rule `before` kept; otherwise drops the flags of
/// breaches it resolved.
pub(crate) fn enforce(before: &Case, after: &mut Case, ctx: &RuleContext) -> Result<(), OpError> {
    let now = case_breaches(after, ctx);
    let new = worsened(&case_breaches(before, ctx), &now);
    if !new.is_empty() {
        return Err(OpError::Refused(Refusal::Unmet(new)));
    }
    after
        .breaches
        .retain(|id| now.iter().any(|u| rule_id(u) == *id));
    Ok(())
}

impl Session {
    /// The one door every write to a stored case goes through: revision check, `change`,
    /// then the rules on the result, all in one write transaction, with one audit event.
    pub(crate) fn write_case(
        &self,
        id: &str,
        expected_rev: Option<u64>,
        action: &str,
        note: &str,
        change: impl FnOnce(&mut Case) -> Result<(), OpError>,
    ) -> Result<Case, OpError> {
        let ctx = self.write_ctx()?;
        let rules = self.rule_ctx();
        let r = self.store().update(
            id,
            expected_rev,
            &ctx,
            action,
            note,
            |case: &mut Case| -> Result<(), OpError> {
                let before = case.clone();
                change(case)?;
                enforce(&before, case, &rules)
            },
        );
        unwrap_update(r)
    }
}
