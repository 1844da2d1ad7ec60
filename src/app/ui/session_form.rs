//! The form half of the [`Backend`](super::Backend) over a [`Session`]: creating a case,
//! drafts, and the organisations the forms offer for reuse.

use crate::i18n::msg;
use chrono::Datelike;

use crate::app::Session;
use crate::app::error::OpError;
use crate::domain::{Case, Org, Stage};

use super::backend::DraftRow;

/// Validates and stores a new case; the store gives it the next id of this year.
pub(super) fn create_case(s: &Session, mut case: Case) -> Result<Case, OpError> {
    crate::app::edit_ops::check_valid(&case)?;
    let ctx = s.write_ctx()?;
    let year = s.today().year();
    let now = ctx.now;
    case.stage = Stage::Collecting;
    case.stage_since = Some(s.today());
    case.created_at = now;
    case.notes.clear();
    case.breaches.clear();
    // A new case is a write like any other: it may not break a rule (a registration date
    // in the future, say).
    let unmet = crate::app::rule_doors::case_breaches(&case, &s.rule_ctx());
    if !unmet.is_empty() {
        return Err(OpError::Refused(crate::domain::workflow::Refusal::Unmet(
            unmet,
        )));
    }
    // Whoever opens a case is its 经办人 until someone reassigns it.
    if case.officer.is_empty() {
        case.officer = s.me().to_string();
    }
    let stored = s.store().create(&ctx, year, "", move |id| {
        case.id = id;
        case
    })?;
    Ok(stored)
}

pub(super) fn orgs(s: &Session) -> Result<Vec<Org>, OpError> {
    let mut out = Vec::new();
    for c in s.store().cases()? {
        out.push(c.issuer);
        for t in c.takers {
            out.push(t.org);
            out.extend(t.consortium);
        }
    }
    Ok(out)
}

/// Drafts belong to the operating-system user running the program.
pub(super) fn user(s: &Session) -> String {
    s.actor().user.clone()
}

pub(super) fn drafts(s: &Session) -> Result<Vec<DraftRow>, OpError> {
    Ok(s.store()
        .drafts(&user(s))?
        .into_iter()
        .filter(|d| !d.key.starts_with(crate::app::digest_ops::RESERVED))
        .map(|d| DraftRow {
            key: d.key,
            payload: d.payload,
            saved_at: d.saved_at,
        })
        .collect())
}

/// Writes the draft as this window's; another running window's draft is left alone
/// unless `take` (the officer chose to take it over), and the refusal says since when.
pub(super) fn put_draft(s: &Session, key: &str, payload: &str, take: bool) -> Result<(), String> {
    use crate::app::window;
    use crate::store::DraftWrite;
    let me = window::this_window(chrono::Utc::now());
    match s
        .store()
        .put_draft_held(&user(s), key, payload, &me, take, &window::alive)
    {
        Ok(DraftWrite::Written) => Ok(()),
        Ok(DraftWrite::HeldBy(h)) => Err(crate::i18n::trf(
            s.lang,
            msg::drafts::HELD_WRITE,
            &[("since", &crate::app::ui::text::clock(h.since))],
        )),
        Err(e) => Err(e.message(s.lang)),
    }
}

/// The drafts of this user that another window, still running, holds.
pub(super) fn draft_holders(
    s: &Session,
) -> Result<Vec<(String, chrono::DateTime<chrono::Utc>)>, OpError> {
    let me = crate::app::window::this_window(chrono::Utc::now());
    Ok(s.store()
        .drafts(&user(s))?
        .into_iter()
        .filter_map(|d| {
            let h = d.holder?;
            (!h.same_window(&me) && crate::app::window::alive(&h)).then_some((d.key, h.since))
        })
        .collect())
}
